package io.hdx.codec.v3;

import io.hdx.model.datatype.PointInTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A patient query, PRPA_IN201305UV02 (个人信息查询): {@code controlActProcess/queryByParameter} with a query id,
 * initial quantity, minimum degree of match and the parameters the national sample
 * (wangk4i/LangZhongGit {@code lzihe/xml样例/H02/H0204Rt.xml}) uses: the querying system's local patient id
 * ({@code parameterList/id}), the person's id ({@code livingSubjectId}), name ({@code livingSubjectName}), gender
 * ({@code livingSubjectAdministrativeGender}) and birth time ({@code livingSubjectBirthTime}, HL7 V3 PRPA_MT201306UV02).
 * At least one parameter is required. All given parameters must match.
 *
 * <p>Thread safety: immutable; the builder is not. {@link #toString()} names which parameters are set, not their values.
 *
 * @since 0.1.0
 */
public final class PatientQuery implements V3Message {
  private final MessageHeader header;
  private final String queryId;
  private final Integer initialQuantity;
  private final Integer minimumDegreeMatch;
  private final Identifier localId;
  private final Identifier personId;
  private final String name;
  private final Code gender;
  private final PointInTime birthTime;

  private PatientQuery(Builder b) {
    this.header = Objects.requireNonNull(b.header, "header");
    this.queryId = Objects.requireNonNull(b.queryId, "queryId");
    this.initialQuantity = b.initialQuantity;
    this.minimumDegreeMatch = b.minimumDegreeMatch;
    this.localId = b.localId;
    this.personId = b.personId;
    this.name = b.name;
    this.gender = b.gender;
    this.birthTime = b.birthTime;
    if (localId == null && personId == null && name == null && gender == null && birthTime == null) {
      throw new IllegalArgumentException("a patient query needs at least one parameter");
    }
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this query's fields. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.header = header;
    b.queryId = queryId;
    b.initialQuantity = initialQuantity;
    b.minimumDegreeMatch = minimumDegreeMatch;
    b.localId = localId;
    b.personId = personId;
    b.name = name;
    b.gender = gender;
    b.birthTime = birthTime;
    return b;
  }

  @Override
  public MessageHeader header() {
    return header;
  }

  /** The query id ({@code queryId/@extension}). */
  public String queryId() {
    return queryId;
  }

  /** How many results the sender wants at most. */
  public Optional<Integer> initialQuantity() {
    return Optional.ofNullable(initialQuantity);
  }

  /** The minimum degree of match, in percent. */
  public Optional<Integer> minimumDegreeMatch() {
    return Optional.ofNullable(minimumDegreeMatch);
  }

  /** The querying system's local patient id. */
  public Optional<Identifier> localId() {
    return Optional.ofNullable(localId);
  }

  /** The person's id (e.g. resident ID). */
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

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof PatientQuery)) {
      return false;
    }
    PatientQuery q = (PatientQuery) o;
    return header.equals(q.header) && queryId.equals(q.queryId) && Objects.equals(initialQuantity, q.initialQuantity)
        && Objects.equals(minimumDegreeMatch, q.minimumDegreeMatch) && Objects.equals(localId, q.localId)
        && Objects.equals(personId, q.personId) && Objects.equals(name, q.name) && Objects.equals(gender, q.gender)
        && Objects.equals(birthTime == null ? null : birthTime.literal(),
            q.birthTime == null ? null : q.birthTime.literal());
  }

  @Override
  public int hashCode() {
    return Objects.hash(header, queryId, initialQuantity, minimumDegreeMatch, localId, personId, name, gender,
        birthTime == null ? null : birthTime.literal());
  }

  @Override
  public String toString() {
    return "PatientQuery{" + header + ", by" + (localId != null ? " localId" : "") + (personId != null ? " personId" : "")
        + (name != null ? " name" : "") + (gender != null ? " gender" : "") + (birthTime != null ? " birthTime" : "")
        + "}";
  }

  /**
   * Builds a {@link PatientQuery}.
   *
   * <p>Thread safety: not thread-safe.
   */
  public static final class Builder {
    private MessageHeader header;
    private String queryId;
    private Integer initialQuantity;
    private Integer minimumDegreeMatch;
    private Identifier localId;
    private Identifier personId;
    private String name;
    private Code gender;
    private PointInTime birthTime;

    private Builder() {}

    /** Sets the header. */
    public Builder header(MessageHeader header) {
      this.header = Objects.requireNonNull(header, "header");
      return this;
    }

    /** Sets the query id. */
    public Builder queryId(String queryId) {
      this.queryId = Objects.requireNonNull(queryId, "queryId");
      return this;
    }

    /** Sets the initial quantity (null clears). */
    public Builder initialQuantity(Integer initialQuantity) {
      this.initialQuantity = initialQuantity;
      return this;
    }

    /** Sets the minimum degree of match (null clears). */
    public Builder minimumDegreeMatch(Integer minimumDegreeMatch) {
      this.minimumDegreeMatch = minimumDegreeMatch;
      return this;
    }

    /** Sets the local patient id parameter (null clears). */
    public Builder localId(Identifier localId) {
      this.localId = localId;
      return this;
    }

    /** Sets the person id parameter (null clears). */
    public Builder personId(Identifier personId) {
      this.personId = personId;
      return this;
    }

    /** Sets the name parameter (null clears). */
    public Builder name(String name) {
      this.name = name == null || name.isEmpty() ? null : name;
      return this;
    }

    /** Sets the gender parameter (null clears). */
    public Builder gender(Code gender) {
      this.gender = gender;
      return this;
    }

    /** Sets the birth time parameter (null clears). */
    public Builder birthTime(PointInTime birthTime) {
      this.birthTime = birthTime;
      return this;
    }

    /** Builds the query; a header, a query id and at least one parameter are required. */
    public PatientQuery build() {
      return new PatientQuery(this);
    }
  }
}
