package io.hdx.codec.v3;

import io.hdx.model.datatype.PointInTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A patient as the patient registry messages carry it ({@code registrationRequest/subject1/patient}, or
 * {@code registrationEvent/subject1/patient} in a query response): the patient's ids in a system
 * ({@code patient/id}, e.g. root {@value #LOCAL_ID_ROOT} for a hospital's own patient id, or the platform's id),
 * the person's ids ({@code patientPerson/id}, e.g. resident ID root {@value #RESIDENT_ID_ROOT}) and
 * demographics. Elements per wangk4i/LangZhongGit {@code lzihe/xml样例/H02/H0201Rt.xml} (2016 national style) and
 * JohnSire/zoe-phip {@code multicacheschemas/PRPA_IN201311UV02.xml} (R1 style).
 *
 * <p>What the codec reads and writes: patient ids, effective time, person ids, id category, name, telecoms,
 * gender, birth time, address parts, marital status, ethnic group, occupation, employer name and telephone,
 * other ids with their scoping organization, contacts (relationship, telephone, name), provider organization
 * (id, name) and insurance type. Other elements (e.g. {@code author}) are not kept.
 *
 * <p>Thread safety: immutable; the builder is not. {@link #toString()} shows counts only (patient data).
 *
 * @since 0.1.0
 */
public final class PatientRecord {
  /** Root of a hospital system's local patient id (本地系统的患者ID), per the national samples. */
  public static final String LOCAL_ID_ROOT = "2.16.156.10011.2.5.1.4";
  /** Root of the resident identity card number (居民身份证号), identifier-oids.csv. */
  public static final String RESIDENT_ID_ROOT = "2.16.156.10011.1.3";

  private final List<Identifier> ids;
  private final PointInTime effectiveTime;
  private final List<Identifier> personIds;
  private final Code idCategory;
  private final String name;
  private final List<String> telecoms;
  private final Code gender;
  private final PointInTime birthTime;
  private final List<AddressPart> address;
  private final Code maritalStatus;
  private final Code ethnicGroup;
  private final Code occupation;
  private final String employerName;
  private final String employerTelecom;
  private final List<OtherId> otherIds;
  private final List<Contact> contacts;
  private final Identifier providerOrganization;
  private final String providerOrganizationName;
  private final Code insuranceType;

  private PatientRecord(Builder b) {
    this.ids = PersonBuilder.copy(b.ids);
    this.effectiveTime = b.effectiveTime;
    this.personIds = PersonBuilder.copy(b.personIds);
    this.idCategory = b.idCategory;
    this.name = b.name;
    this.telecoms = PersonBuilder.copy(b.telecoms);
    this.gender = b.gender;
    this.birthTime = b.birthTime;
    this.address = PersonBuilder.copy(b.address);
    this.maritalStatus = b.maritalStatus;
    this.ethnicGroup = b.ethnicGroup;
    this.occupation = b.occupation;
    this.employerName = b.employerName;
    this.employerTelecom = b.employerTelecom;
    this.otherIds = PersonBuilder.copy(b.otherIds);
    this.contacts = PersonBuilder.copy(b.contacts);
    this.providerOrganization = b.providerOrganization;
    this.providerOrganizationName = b.providerOrganizationName;
    this.insuranceType = b.insuranceType;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this record's fields. */
  public Builder toBuilder() {
    Builder b = new Builder().person(ids, personIds, telecoms, name, gender, birthTime);
    b.effectiveTime = effectiveTime;
    b.idCategory = idCategory;
    b.address.addAll(address);
    b.maritalStatus = maritalStatus;
    b.ethnicGroup = ethnicGroup;
    b.occupation = occupation;
    b.employerName = employerName;
    b.employerTelecom = employerTelecom;
    b.otherIds.addAll(otherIds);
    b.contacts.addAll(contacts);
    b.providerOrganization = providerOrganization;
    b.providerOrganizationName = providerOrganizationName;
    b.insuranceType = insuranceType;
    return b;
  }

  /** The patient's ids ({@code patient/id}): local ids of the sending system, or the platform's. */
  public List<Identifier> ids() {
    return ids;
  }

  /** The patient role's effective time. */
  public Optional<PointInTime> effectiveTime() {
    return Optional.ofNullable(effectiveTime);
  }

  /** The person's ids ({@code patientPerson/id}), e.g. the resident ID. */
  public List<Identifier> personIds() {
    return personIds;
  }

  /** The category of the person's id document (身份证件类别, CV02.01.101). */
  public Optional<Code> idCategory() {
    return Optional.ofNullable(idCategory);
  }

  /** The name. */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /** Telephone numbers. */
  public List<String> telecoms() {
    return telecoms;
  }

  /** Administrative gender (GB/T 2261.1, 2.16.156.10011.2.3.3.4). */
  public Optional<Code> gender() {
    return Optional.ofNullable(gender);
  }

  /** Birth time. */
  public Optional<PointInTime> birthTime() {
    return Optional.ofNullable(birthTime);
  }

  /** Address parts in written order. */
  public List<AddressPart> address() {
    return address;
  }

  /** Marital status (GB/T 2261.2). */
  public Optional<Code> maritalStatus() {
    return Optional.ofNullable(maritalStatus);
  }

  /** Ethnic group (GB 3304). */
  public Optional<Code> ethnicGroup() {
    return Optional.ofNullable(ethnicGroup);
  }

  /** Occupation (GB/T 2261.4). */
  public Optional<Code> occupation() {
    return Optional.ofNullable(occupation);
  }

  /** Employer's name. */
  public Optional<String> employerName() {
    return Optional.ofNullable(employerName);
  }

  /** Employer's telephone. */
  public Optional<String> employerTelecom() {
    return Optional.ofNullable(employerTelecom);
  }

  /** Other ids (health card, health record number) with their issuing organization. */
  public List<OtherId> otherIds() {
    return otherIds;
  }

  /** Contact persons. */
  public List<Contact> contacts() {
    return contacts;
  }

  /** The registering organization's id. */
  public Optional<Identifier> providerOrganization() {
    return Optional.ofNullable(providerOrganization);
  }

  /** The registering organization's name. */
  public Optional<String> providerOrganizationName() {
    return Optional.ofNullable(providerOrganizationName);
  }

  /** Medical insurance type (医疗保险类别). */
  public Optional<Code> insuranceType() {
    return Optional.ofNullable(insuranceType);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof PatientRecord)) {
      return false;
    }
    PatientRecord p = (PatientRecord) o;
    return ids.equals(p.ids) && literal(effectiveTime).equals(literal(p.effectiveTime))
        && personIds.equals(p.personIds) && Objects.equals(idCategory, p.idCategory) && Objects.equals(name, p.name)
        && telecoms.equals(p.telecoms) && Objects.equals(gender, p.gender)
        && literal(birthTime).equals(literal(p.birthTime)) && address.equals(p.address)
        && Objects.equals(maritalStatus, p.maritalStatus) && Objects.equals(ethnicGroup, p.ethnicGroup)
        && Objects.equals(occupation, p.occupation) && Objects.equals(employerName, p.employerName)
        && Objects.equals(employerTelecom, p.employerTelecom) && otherIds.equals(p.otherIds)
        && contacts.equals(p.contacts) && Objects.equals(providerOrganization, p.providerOrganization)
        && Objects.equals(providerOrganizationName, p.providerOrganizationName)
        && Objects.equals(insuranceType, p.insuranceType);
  }

  private static String literal(PointInTime t) {
    return t == null ? "" : t.literal();
  }

  @Override
  public int hashCode() {
    return Objects.hash(ids, literal(effectiveTime), personIds, idCategory, name, telecoms, gender,
        literal(birthTime), address, maritalStatus, ethnicGroup, occupation, employerName, employerTelecom,
        otherIds, contacts, providerOrganization, providerOrganizationName, insuranceType);
  }

  @Override
  public String toString() {
    return "PatientRecord{ids=" + ids.size() + ", personIds=" + personIds.size() + ", name=" + (name == null ? "-" : "***")
        + "}";
  }

  /** An other id of the person ({@code asOtherIDs}): the id and the organization that issued it. */
  public static final class OtherId {
    private final Identifier id;
    private final Identifier scopingOrganization;

    private OtherId(Identifier id, Identifier scopingOrganization) {
      this.id = Objects.requireNonNull(id, "id");
      this.scopingOrganization = scopingOrganization;
    }

    /** An other id; {@code scopingOrganization} may be null. */
    public static OtherId of(Identifier id, Identifier scopingOrganization) {
      return new OtherId(id, scopingOrganization);
    }

    /** The id. */
    public Identifier id() {
      return id;
    }

    /** The issuing organization's id. */
    public Optional<Identifier> scopingOrganization() {
      return Optional.ofNullable(scopingOrganization);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof OtherId && id.equals(((OtherId) o).id)
          && Objects.equals(scopingOrganization, ((OtherId) o).scopingOrganization);
    }

    @Override
    public int hashCode() {
      return Objects.hash(id, scopingOrganization);
    }

    @Override
    public String toString() {
      return "OtherId{" + id + "}";
    }
  }

  /** A contact person ({@code personalRelationship}): relationship (GB/T 4761), telephone, name. */
  public static final class Contact {
    private final Code relationship;
    private final String telecom;
    private final String name;

    private Contact(Code relationship, String telecom, String name) {
      this.relationship = relationship;
      this.telecom = telecom;
      this.name = name;
    }

    /** A contact; any field may be null. */
    public static Contact of(Code relationship, String telecom, String name) {
      return new Contact(relationship, telecom, name);
    }

    /** The relationship to the patient. */
    public Optional<Code> relationship() {
      return Optional.ofNullable(relationship);
    }

    /** The contact's telephone. */
    public Optional<String> telecom() {
      return Optional.ofNullable(telecom);
    }

    /** The contact's name. */
    public Optional<String> name() {
      return Optional.ofNullable(name);
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof Contact)) {
        return false;
      }
      Contact c = (Contact) o;
      return Objects.equals(relationship, c.relationship) && Objects.equals(telecom, c.telecom)
          && Objects.equals(name, c.name);
    }

    @Override
    public int hashCode() {
      return Objects.hash(relationship, telecom, name);
    }

    @Override
    public String toString() {
      return "Contact{***}";
    }
  }

  /**
   * Builds a {@link PatientRecord}.
   *
   * <p>Thread safety: not thread-safe.
   */
  public static final class Builder extends PersonBuilder<Builder> {
    private PointInTime effectiveTime;
    private Code idCategory;
    private final List<AddressPart> address = new ArrayList<>();
    private Code maritalStatus;
    private Code ethnicGroup;
    private Code occupation;
    private String employerName;
    private String employerTelecom;
    private final List<OtherId> otherIds = new ArrayList<>();
    private final List<Contact> contacts = new ArrayList<>();
    private Identifier providerOrganization;
    private String providerOrganizationName;
    private Code insuranceType;

    private Builder() {}

    /** Replaces the patient ids. */
    public Builder ids(List<Identifier> ids) {
      this.ids.clear();
      ids.forEach(this::addId);
      return this;
    }

    /** Replaces the person ids. */
    public Builder personIds(List<Identifier> personIds) {
      this.personIds.clear();
      personIds.forEach(this::addPersonId);
      return this;
    }

    /** Sets the effective time (null clears). */
    public Builder effectiveTime(PointInTime effectiveTime) {
      this.effectiveTime = effectiveTime;
      return this;
    }

    /** Sets the id category (null clears). */
    public Builder idCategory(Code idCategory) {
      this.idCategory = idCategory;
      return this;
    }

    /** Adds an address part. */
    public Builder addAddressPart(AddressPart part) {
      address.add(Objects.requireNonNull(part, "part"));
      return this;
    }

    /** Sets the marital status (null clears). */
    public Builder maritalStatus(Code maritalStatus) {
      this.maritalStatus = maritalStatus;
      return this;
    }

    /** Sets the ethnic group (null clears). */
    public Builder ethnicGroup(Code ethnicGroup) {
      this.ethnicGroup = ethnicGroup;
      return this;
    }

    /** Sets the occupation (null clears). */
    public Builder occupation(Code occupation) {
      this.occupation = occupation;
      return this;
    }

    /** Sets the employer's name (null clears). */
    public Builder employerName(String employerName) {
      this.employerName = emptyToNull(employerName);
      return this;
    }

    /** Sets the employer's telephone (null clears). */
    public Builder employerTelecom(String employerTelecom) {
      this.employerTelecom = emptyToNull(employerTelecom);
      return this;
    }

    /** Adds an other id. */
    public Builder addOtherId(OtherId otherId) {
      otherIds.add(Objects.requireNonNull(otherId, "otherId"));
      return this;
    }

    /** Adds a contact. */
    public Builder addContact(Contact contact) {
      contacts.add(Objects.requireNonNull(contact, "contact"));
      return this;
    }

    /** Sets the provider organization's id (null clears). */
    public Builder providerOrganization(Identifier providerOrganization) {
      this.providerOrganization = providerOrganization;
      return this;
    }

    /** Sets the provider organization's name (null clears). */
    public Builder providerOrganizationName(String providerOrganizationName) {
      this.providerOrganizationName = emptyToNull(providerOrganizationName);
      return this;
    }

    /** Sets the insurance type (null clears). */
    public Builder insuranceType(Code insuranceType) {
      this.insuranceType = insuranceType;
      return this;
    }

    /** Builds the record. */
    public PatientRecord build() {
      return new PatientRecord(this);
    }
  }
}
