package io.hdx.model.document;

import io.hdx.model.datatype.PointInTime;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code componentOf/encompassingEncounter} of inpatient documents (cda-header.md): when it began
 * (e.g. 入院日期时间 DE06.00.092.00) and where: {@code location/healthCareFacility/
 * serviceProviderOrganization}, innermost first through {@link Organization#partOf()}: bed
 * (1.22) → room (1.21) → department (1.26) → ward (1.27) → hospital (1.5).
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public final class Encounter {
  private final PointInTime effectiveTime;
  private final Organization location;

  private Encounter(PointInTime effectiveTime, Organization location) {
    this.effectiveTime = effectiveTime;
    this.location = location;
  }

  /** An encounter that began at {@code effectiveTime} at {@code location}; either may be {@code null}. */
  public static Encounter of(PointInTime effectiveTime, Organization location) {
    return new Encounter(effectiveTime, location);
  }

  /** When the encounter began. */
  public Optional<PointInTime> effectiveTime() {
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
