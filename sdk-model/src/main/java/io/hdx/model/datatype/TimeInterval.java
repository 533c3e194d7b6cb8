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
    if (low != null && high != null && low.isValid() && high.isValid() && low.start().isAfter(high.start())) {
      throw new IllegalArgumentException("IVL_TS: low must not be after high");
    }
    this.low = low;
    this.high = high;
  }

  /** The interval from {@code low} to {@code high}; either may be {@code null} for open. */
  public static TimeInterval of(PointInTime low, PointInTime high) {
    return new TimeInterval(low, high);
  }

  /** The interval starting at {@code low}, open at the end. */
  public static TimeInterval from(PointInTime low) {
    return new TimeInterval(Objects.requireNonNull(low, "low"), null);
  }

  @Override
  public Hl7Type type() {
    return Hl7Type.IVL_TS;
  }

  /** Whether both bounds, where given, are points in time ({@link PointInTime#isValid()}). */
  @Override
  public boolean isValid() {
    return (low == null || low.isValid()) && (high == null || high.isValid());
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
