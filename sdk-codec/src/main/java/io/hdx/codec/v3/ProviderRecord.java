package io.hdx.codec.v3;

import io.hdx.model.datatype.PointInTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A health-care provider (医疗卫生人员) as the provider registry messages carry it
 * ({@code registrationRequest/subject1/healthCareProvider}, or {@code registrationEvent/subject1/healthCareProvider}
 * in a query response): the provider's ids ({@code healthCareProvider/id}, e.g. root {@value #PROVIDER_ID_ROOT}
 * 医务人员ID), the professional title ({@code code}, 专业技术职务代码, code system 2.16.156.10011.2.3.3.10 in the
 * sample), telecoms, the person ({@code healthCarePrincipalPerson}: ids such as the resident ID, name, gender,
 * birth time) and the department the provider belongs to
 * ({@code healthCarePrincipalPerson/asAffiliate/affiliatedPrincipalOrganization}: id, name). Elements per
 * wangk4i/LangZhongGit {@code lzihe/xml样例/H04/H0401Rt.xml} (2016 national style) and
 * {@code schemas-v3/multicacheschemas/PRPM_MT301010UV01.xsd} (R1 style).
 *
 * <p>The department affiliation exists only in the national style: the R1 schema's {@code Affiliate} has an
 * {@code affiliatedPrincipalPerson}, no organization. The encoder writes it the national way in both styles, so an
 * R1 message with a department is not valid against schemas-v3.
 *
 * <p>Thread safety: immutable; the builder is not. {@link #toString()} shows counts only (personal data).
 *
 * <pre>{@code ProviderRecord p = ProviderRecord.builder().addId(Identifier.of(ProviderRecord.PROVIDER_ID_ROOT, "D001"))
 *     .name(name).build();}</pre>
 *
 * @since 0.1.0
 */
public final class ProviderRecord {
  /** Root of a provider id (医务人员ID) in the national samples (H0401, also the registrar's id in H02). */
  public static final String PROVIDER_ID_ROOT = "2.16.156.10011.1.4";

  private final List<Identifier> ids;
  private final Code title;
  private final List<String> telecoms;
  private final List<Identifier> personIds;
  private final String name;
  private final Code gender;
  private final PointInTime birthTime;
  private final Identifier department;
  private final String departmentName;

  private ProviderRecord(Builder b) {
    if (b.ids.isEmpty()) {
      throw new IllegalArgumentException("a provider needs at least one id");
    }
    this.ids = PersonBuilder.copy(b.ids);
    this.title = b.title;
    this.telecoms = PersonBuilder.copy(b.telecoms);
    this.personIds = PersonBuilder.copy(b.personIds);
    this.name = b.name;
    this.gender = b.gender;
    this.birthTime = b.birthTime;
    this.department = b.department;
    this.departmentName = b.departmentName;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this record's values. */
  public Builder toBuilder() {
    Builder b = new Builder().person(ids, personIds, telecoms, name, gender, birthTime);
    b.title = title;
    b.department = department;
    b.departmentName = departmentName;
    return b;
  }

  /** The provider's ids (at least one). */
  public List<Identifier> ids() {
    return ids;
  }

  /** The professional title (专业技术职务). */
  public Optional<Code> title() {
    return Optional.ofNullable(title);
  }

  /** Work telephone numbers or e-mail addresses, as written. */
  public List<String> telecoms() {
    return telecoms;
  }

  /** The person's ids (e.g. resident ID). */
  public List<Identifier> personIds() {
    return personIds;
  }

  /** The person's name. */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /** The person's gender. */
  public Optional<Code> gender() {
    return Optional.ofNullable(gender);
  }

  /** The person's birth time. */
  public Optional<PointInTime> birthTime() {
    return Optional.ofNullable(birthTime);
  }

  /** The department's id (科室号标识). */
  public Optional<Identifier> department() {
    return Optional.ofNullable(department);
  }

  /** The department's name. */
  public Optional<String> departmentName() {
    return Optional.ofNullable(departmentName);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ProviderRecord)) {
      return false;
    }
    ProviderRecord p = (ProviderRecord) o;
    return ids.equals(p.ids) && Objects.equals(title, p.title) && telecoms.equals(p.telecoms)
        && personIds.equals(p.personIds) && Objects.equals(name, p.name) && Objects.equals(gender, p.gender)
        && Objects.equals(birthTime, p.birthTime) && Objects.equals(department, p.department)
        && Objects.equals(departmentName, p.departmentName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ids, title, telecoms, personIds, name, gender, birthTime, department, departmentName);
  }

  @Override
  public String toString() {
    return "ProviderRecord{" + ids.size() + " ids, " + personIds.size() + " person ids, name="
        + (name == null ? "-" : "***") + "}";
  }

  /**
   * Builds a {@link ProviderRecord}.
   *
   * <p>Thread safety: not thread-safe.
   */
  public static final class Builder extends PersonBuilder<Builder> {
    private Code title;
    private Identifier department;
    private String departmentName;

    private Builder() {}

    /** The professional title, or null. */
    public Builder title(Code title) {
      this.title = title;
      return this;
    }

    /** The department's id, or null. */
    public Builder department(Identifier department) {
      this.department = department;
      return this;
    }

    /** The department's name, or null. */
    public Builder departmentName(String departmentName) {
      this.departmentName = emptyToNull(departmentName);
      return this;
    }

    /** Builds the record; at least one id is required. */
    public ProviderRecord build() {
      return new ProviderRecord(this);
    }
  }
}
