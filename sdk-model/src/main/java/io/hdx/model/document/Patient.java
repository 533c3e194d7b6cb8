package io.hdx.model.document;

import io.hdx.model.datatype.CodedValue;
import io.hdx.model.datatype.InstanceIdentifier;
import io.hdx.model.datatype.PhysicalQuantity;
import io.hdx.model.datatype.PointInTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The subject of a document: {@code recordTarget/patientRole} and its {@code patient}
 * (WS/T 500-2016 header, standard's examples): business identifiers by root OID (门诊号 1.11, 住院号 1.12, 健康档案号 1.2 ...),
 * the resident ID number (patient/id, root 2.16.156.10011.1.3, DE02.01.030.00), name
 * (DE02.01.039.00), sex (GB/T 2261.1), birth time (DE02.01.005.01), marital status (GB/T 2261.2),
 * ethnic group (GB 3304), occupation (GB/T 2261.4), age (the SDA.xsd extension), address, phone,
 * employer and the provider organization.
 *
 * <p>{@link #toString()} never shows personal data.
 *
 * <p>Thread safety: immutable.
 *
 * <pre>{@code
 * Patient p = Patient.builder()
 *     .addId(InstanceIdentifier.of(IdentifierOid.OUTPATIENT_NUMBER.oid(), "MZ0001"))
 *     .name("...").gender(CodedValue.of(Sex.FEMALE)).birthTime(PointInTime.of(LocalDate.of(1980, 1, 1)))
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Patient {
  private final List<InstanceIdentifier> ids;
  private final InstanceIdentifier residentId;
  private final String name;
  private final CodedValue gender;
  private final PointInTime birthTime;
  private final CodedValue maritalStatus;
  private final CodedValue ethnicGroup;
  private final CodedValue occupation;
  private final PhysicalQuantity age;
  private final Address address;
  private final String telecom;
  private final Organization employer;
  private final Organization providerOrganization;

  private Patient(Builder b) {
    this.ids = Collections.unmodifiableList(new ArrayList<>(b.ids));
    this.residentId = b.residentId;
    this.name = b.name;
    this.gender = b.gender;
    this.birthTime = b.birthTime;
    this.maritalStatus = b.maritalStatus;
    this.ethnicGroup = b.ethnicGroup;
    this.occupation = b.occupation;
    this.age = b.age;
    this.address = b.address;
    this.telecom = b.telecom;
    this.employer = b.employer;
    this.providerOrganization = b.providerOrganization;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this patient's fields. */
  public Builder toBuilder() {
    Builder b = new Builder().residentId(residentId).name(name).gender(gender).birthTime(birthTime)
        .maritalStatus(maritalStatus).ethnicGroup(ethnicGroup).occupation(occupation).age(age).address(address)
        .telecom(telecom).employer(employer).providerOrganization(providerOrganization);
    b.ids.addAll(ids);
    return b;
  }

  /** The business identifiers in {@code patientRole/id}, in order. */
  public List<InstanceIdentifier> ids() {
    return ids;
  }

  /** The first business identifier with root {@code root}. */
  public Optional<InstanceIdentifier> id(String root) {
    for (InstanceIdentifier id : ids) {
      if (id.root().equals(root)) {
        return Optional.of(id);
      }
    }
    return Optional.empty();
  }

  /** The resident ID number, {@code patient/id} (root 2.16.156.10011.1.3). */
  public Optional<InstanceIdentifier> residentId() {
    return Optional.ofNullable(residentId);
  }

  /** The name. */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /** Sex, GB/T 2261.1. */
  public Optional<CodedValue> gender() {
    return Optional.ofNullable(gender);
  }

  /** Birth time. */
  public Optional<PointInTime> birthTime() {
    return Optional.ofNullable(birthTime);
  }

  /** Marital status, GB/T 2261.2. */
  public Optional<CodedValue> maritalStatus() {
    return Optional.ofNullable(maritalStatus);
  }

  /** Ethnic group, GB 3304. */
  public Optional<CodedValue> ethnicGroup() {
    return Optional.ofNullable(ethnicGroup);
  }

  /** Occupation, GB/T 2261.4. */
  public Optional<CodedValue> occupation() {
    return Optional.ofNullable(occupation);
  }

  /** Age with unit 岁 or 月 ({@code patient/age}, SDA.xsd). */
  public Optional<PhysicalQuantity> age() {
    return Optional.ofNullable(age);
  }

  /** Address ({@code patientRole/addr}). */
  public Optional<Address> address() {
    return Optional.ofNullable(address);
  }

  /** Phone ({@code patientRole/telecom}). */
  public Optional<String> telecom() {
    return Optional.ofNullable(telecom);
  }

  /** Employer ({@code patient/employerOrganization}). */
  public Optional<Organization> employer() {
    return Optional.ofNullable(employer);
  }

  /** The department / organization ({@code patientRole/providerOrganization}). */
  public Optional<Organization> providerOrganization() {
    return Optional.ofNullable(providerOrganization);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Patient)) {
      return false;
    }
    Patient p = (Patient) o;
    return ids.equals(p.ids) && Objects.equals(residentId, p.residentId) && Objects.equals(name, p.name)
        && Objects.equals(gender, p.gender) && Objects.equals(birthTime, p.birthTime)
        && Objects.equals(maritalStatus, p.maritalStatus) && Objects.equals(ethnicGroup, p.ethnicGroup)
        && Objects.equals(occupation, p.occupation) && Objects.equals(age, p.age)
        && Objects.equals(address, p.address) && Objects.equals(telecom, p.telecom)
        && Objects.equals(employer, p.employer) && Objects.equals(providerOrganization, p.providerOrganization);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ids, residentId, name, gender, birthTime, maritalStatus, ethnicGroup, occupation, age,
        address, telecom, employer, providerOrganization);
  }

  /** {@code Patient[***]}: nothing of a patient is shown. */
  @Override
  public String toString() {
    return "Patient[***]";
  }

  /**
   * Builds a {@link Patient}. Thread safety: not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final List<InstanceIdentifier> ids = new ArrayList<>();
    private InstanceIdentifier residentId;
    private String name;
    private CodedValue gender;
    private PointInTime birthTime;
    private CodedValue maritalStatus;
    private CodedValue ethnicGroup;
    private CodedValue occupation;
    private PhysicalQuantity age;
    private Address address;
    private String telecom;
    private Organization employer;
    private Organization providerOrganization;

    private Builder() {}

    /** Appends a business identifier ({@code patientRole/id}). */
    public Builder addId(InstanceIdentifier id) {
      ids.add(Objects.requireNonNull(id, "id"));
      return this;
    }

    /** The resident ID number as an identifier with root 2.16.156.10011.1.3, or {@code null}. */
    public Builder residentId(InstanceIdentifier residentId) {
      this.residentId = residentId;
      return this;
    }

    /** The name, or {@code null}. */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /** Sex (GB/T 2261.1), or {@code null}. */
    public Builder gender(CodedValue gender) {
      this.gender = gender;
      return this;
    }

    /** Birth time, or {@code null}. */
    public Builder birthTime(PointInTime birthTime) {
      this.birthTime = birthTime;
      return this;
    }

    /** Marital status (GB/T 2261.2), or {@code null}. */
    public Builder maritalStatus(CodedValue maritalStatus) {
      this.maritalStatus = maritalStatus;
      return this;
    }

    /** Ethnic group (GB 3304), or {@code null}. */
    public Builder ethnicGroup(CodedValue ethnicGroup) {
      this.ethnicGroup = ethnicGroup;
      return this;
    }

    /** Occupation (GB/T 2261.4), or {@code null}. */
    public Builder occupation(CodedValue occupation) {
      this.occupation = occupation;
      return this;
    }

    /** Age with unit 岁 or 月, or {@code null}. */
    public Builder age(PhysicalQuantity age) {
      this.age = age;
      return this;
    }

    /** Address, or {@code null}. */
    public Builder address(Address address) {
      this.address = address;
      return this;
    }

    /** Phone, or {@code null}. */
    public Builder telecom(String telecom) {
      this.telecom = telecom;
      return this;
    }

    /** Employer, or {@code null}. */
    public Builder employer(Organization employer) {
      this.employer = employer;
      return this;
    }

    /** Provider organization, or {@code null}. */
    public Builder providerOrganization(Organization providerOrganization) {
      this.providerOrganization = providerOrganization;
      return this;
    }

    /** Builds the patient. */
    public Patient build() {
      return new Patient(this);
    }
  }
}
