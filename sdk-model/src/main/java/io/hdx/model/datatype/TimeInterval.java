package io.hdx.model.datatype;

import java.util.Objects;
import java.util.Optional;

/**
 * HL7 V3 IVL_TS: an interval of time with an optional low and high bound, e.g. an order's planned
 * start and end (医嘱计划开始/结束日期时间).
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public final class TimeInterval implements Hl7Value {
  private final PointInTime low;
  private final PointInTime high;

  private TimeInterval(PointInTime low, PointInTime high) {
    this.low = low;
    this.high = high;
  }

  /**
   * The interval from {@code low} to {@code high}; either may be {@code null} for open.
   *
   * @throws IllegalArgumentException when {@code low} is after {@code high}
   */
  public static TimeInterval of(PointInTime low, PointInTime high) {
    TimeInterval ivl = new TimeInterval(low, high);
    if (ivl.reversed()) {
      throw new IllegalArgumentException("IVL_TS: low must not be after high");
    }
    return ivl;
  }

  /**
   * The interval as a document wrote it, also when its low bound is after its high bound (then it is not
   * {@link #isValid() valid}): what a lenient decoder keeps so that nothing is lost (issue 10).
   */
  public static TimeInterval asWritten(PointInTime low, PointInTime high) {
    return new TimeInterval(low, high);
  }

  /** Whether both bounds are valid points in time and the low one is after the high one. */
  public boolean reversed() {
    return low != null && high != null && low.isValid() && high.isValid() && low.start().isAfter(high.start());
  }

  /** The interval starting at {@code low}, open at the end. */
  public static TimeInterval from(PointInTime low) {
    return new TimeInterval(Objects.requireNonNull(low, "low"), null);
  }

  @Override
  public Hl7Type type() {
    return Hl7Type.IVL_TS;
  }

  /**
   * Whether both bounds, where given, are points in time ({@link PointInTime#isValid()}) and the low one is not
   * after the high one.
   */
  @Override
  public boolean isValid() {
    return (low == null || low.isValid()) && (high == null || high.isValid()) && !reversed();
  }

  /** The low bound, if any. */
  public Optional<PointInTime> low() {
    return Optional.ofNullable(low);
  }

  /** The high bound, if any. */
  public Optional<PointInTime> high() {
    return Optional.ofNullable(high);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof TimeInterval)) {
      return false;
    }
    TimeInterval other = (TimeInterval) o;
    return Objects.equals(low, other.low) && Objects.equals(high, other.high);
  }

  @Override
  public int hashCode() {
    return Objects.hash(low, high);
  }

  @Override
  public String toString() {
    return "IVL_TS[" + (low == null ? "-" : low.isValid() ? low.precision() : "INVALID") + ".."
        + (high == null ? "-" : high.isValid() ? high.precision() : "INVALID") + "]";
  }
}
