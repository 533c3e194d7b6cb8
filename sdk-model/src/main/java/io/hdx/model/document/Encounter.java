package io.hdx.model.document;

import io.hdx.model.datatype.Hl7Value;
import io.hdx.model.datatype.NullValue;
import io.hdx.model.datatype.PointInTime;
import io.hdx.model.datatype.TimeInterval;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code componentOf/encompassingEncounter} of inpatient documents (WS/T 500-2016 header, standard's examples): when it took place
 * (its {@code effectiveTime}: the admission time 入院日期时间 DE06.00.092.00 as a point, or admission and discharge as
 * an IVL_TS {@code low}/{@code high} as CDA R2 allows and the standard's inpatient examples write it, or a null
 * flavor) and where: {@code location/healthCareFacility/
 * serviceProviderOrganization}, innermost first through {@link Organization#partOf()}: bed
 * (1.22) → room (1.21) → department (1.26) → ward (1.27) → hospital (1.5).
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public final class Encounter {
  private final Hl7Value effectiveTime;
  private final Organization location;

  private Encounter(Hl7Value effectiveTime, Organization location) {
    this.effectiveTime = EffectiveTimes.check(effectiveTime);
    this.location = location;
  }

  /** An encounter that began at {@code effectiveTime} at {@code location}; either may be {@code null}. */
  public static Encounter of(PointInTime effectiveTime, Organization location) {
    return new Encounter(effectiveTime, location);
  }

  /**
   * An encounter at {@code location} whose {@code effectiveTime} is {@code time}: a {@link PointInTime}, a
   * {@link TimeInterval} (admission to discharge) or a {@link NullValue} of TS or IVL_TS; either may be
   * {@code null}. An encounter without a time is written with {@code nullFlavor="UNK"} (CDA R2 requires the
   * element), and that flavor reads back as no time.
   *
   * @throws IllegalArgumentException for a time of another type
   * @since 0.1.0
   */
  public static Encounter of(Hl7Value time, Organization location) {
    return new Encounter(time, location);
  }

  /**
   * When the encounter began: the point in time, or the interval's low bound; empty for a null flavor or an
   * interval without a low bound.
   */
  public Optional<PointInTime> effectiveTime() {
    if (effectiveTime instanceof TimeInterval) {
      return ((TimeInterval) effectiveTime).low();
    }
    return effectiveTime instanceof PointInTime ? Optional.of((PointInTime) effectiveTime)
        : Optional.<PointInTime>empty();
  }

  /**
   * The {@code effectiveTime} as written: a point in time, an interval or a null flavor.
   *
   * @since 0.1.0
   */
  public Optional<Hl7Value> time() {
    return Optional.ofNullable(effectiveTime);
  }

  /** The innermost place (usually the bed), linked outward by {@link Organization#partOf()}. */
  public Optional<Organization> location() {
    return Optional.ofNullable(location);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Encounter && Objects.equals(effectiveTime, ((Encounter) o).effectiveTime)
        && Objects.equals(location, ((Encounter) o).location);
  }

  @Override
  public int hashCode() {
    return Objects.hash(effectiveTime, location);
  }

  @Override
  public String toString() {
    return "Encounter[" + (location == null ? "" : location) + "]";
  }
}
