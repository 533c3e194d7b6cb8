package io.hdx.client;

import io.hdx.codec.v3.Code;
import io.hdx.codec.v3.Identifier;
import io.hdx.model.datatype.PointInTime;
import java.util.Objects;
import java.util.Optional;

/**
 * What to look a patient up by in {@link PlatformClient#queryPatients}: the sending system's local patient id, the
 * person's id (e.g. resident ID) or demographics (name, gender, birth time); every criterion given must match.
 *
 * <p>Thread safety: immutable; the builder is not. {@link #toString()} names the criteria, not their values.
 *
 * <pre>{@code PatientCriteria c = PatientCriteria.builder().personId(Identifier.of(PatientRecord.RESIDENT_ID_ROOT, id)).build();}</pre>
 *
 * @since 0.1.0
 */
public final class PatientCriteria {
  private final Identifier localId;
  private final Identifier personId;
  private final String name;
  private final Code gender;
  private final PointInTime birthTime;
  private final int limit;

  private PatientCriteria(Builder b) {
    this.localId = b.localId;
    this.personId = b.personId;
    this.name = b.name;
    this.gender = b.gender;
    this.birthTime = b.birthTime;
    this.limit = b.limit;
    if (localId == null && personId == null && name == null && gender == null && birthTime == null) {
      throw new IllegalArgumentException("at least one criterion is required");
    }
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The local patient id of the sending system. */
  public Optional<Identifier> localId() {
    return Optional.ofNullable(localId);
  }

  /** The person's id. */
  public Optional<Identifier> personId() {
    return Optional.ofNullable(personId);
  }

  /** The name. */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /** The gender. */
  public Optional<Code> gender() {
    return Optional.ofNullable(gender);
  }

  /** The birth time. */
  public Optional<PointInTime> birthTime() {
    return Optional.ofNullable(birthTime);
  }

  /** The most results wanted. */
  public int limit() {
    return limit;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof PatientCriteria)) {
      return false;
    }
    PatientCriteria c = (PatientCriteria) o;
    return Objects.equals(localId, c.localId) && Objects.equals(personId, c.personId) && Objects.equals(name, c.name)
        && Objects.equals(gender, c.gender) && Objects.equals(birthTime == null ? null : birthTime.literal(),
            c.birthTime == null ? null : c.birthTime.literal()) && limit == c.limit;
  }

  @Override
  public int hashCode() {
    return Objects.hash(localId, personId, name, gender, birthTime == null ? null : birthTime.literal(), limit);
  }

  @Override
  public String toString() {
    return "PatientCriteria{" + (localId != null ? "localId " : "") + (personId != null ? "personId " : "")
        + (name != null ? "name " : "") + (gender != null ? "gender " : "") + (birthTime != null ? "birthTime " : "")
        + "limit=" + limit + "}";
  }

  /**
   * Builds {@link PatientCriteria}.
   *
   * <p>Thread safety: not thread-safe.
   */
  public static final class Builder {
    private Identifier localId;
    private Identifier personId;
    private String name;
    private Code gender;
    private PointInTime birthTime;
    private int limit = 10;

    private Builder() {}

    /** By the sending system's local patient id. */
    public Builder localId(Identifier localId) {
      this.localId = Objects.requireNonNull(localId, "localId");
      return this;
    }

    /** By the person's id. */
    public Builder personId(Identifier personId) {
      this.personId = Objects.requireNonNull(personId, "personId");
      return this;
    }

    /** By name. */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /** By gender. */
    public Builder gender(Code gender) {
      this.gender = Objects.requireNonNull(gender, "gender");
      return this;
    }

    /** By birth time. */
    public Builder birthTime(PointInTime birthTime) {
      this.birthTime = Objects.requireNonNull(birthTime, "birthTime");
      return this;
    }

    /** At most this many results (1-100, default 10). */
    public Builder limit(int limit) {
      if (limit < 1 || limit > 100) {
        throw new IllegalArgumentException("limit must be 1-100");
      }
      this.limit = limit;
      return this;
    }

    /** Builds the criteria; at least one is required. */
    public PatientCriteria build() {
      return new PatientCriteria(this);
    }
  }
}
