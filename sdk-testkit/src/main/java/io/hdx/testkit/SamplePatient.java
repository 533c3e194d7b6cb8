package io.hdx.testkit;

import io.hdx.model.datatype.CodedValue;
import io.hdx.model.datatype.Hl7Type;
import io.hdx.model.datatype.InstanceIdentifier;
import io.hdx.model.datatype.PointInTime;
import io.hdx.model.document.Address;
import io.hdx.model.document.Patient;
import io.hdx.model.id.IdentifierOid;
import io.hdx.model.valueset.Sex;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A synthetic person made by {@link SampleData}: a name drawn by national surname frequencies, a resident ID number
 * consistent with the birth date, sex and a real GB/T 2260 county, a mobile number, an address in that county, and
 * ethnicity, occupation and marital status from their GB/T code tables. Nobody real: every value is drawn from a
 * seed.
 *
 * <p>{@link #toString()} shows the index only, never a personal value (synthetic data is still handled like the
 * real thing).
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public final class SamplePatient {
  private final long index;
  private final String localId;
  private final String name;
  private final Sex sex;
  private final LocalDate birthDate;
  private final String residentId;
  private final String regionCode;
  private final Address address;
  private final String telecom;
  private final CodedValue ethnicGroup;
  private final CodedValue occupation;
  private final CodedValue maritalStatus;

  SamplePatient(long index, String localId, String name, Sex sex, LocalDate birthDate, String residentId,
      String regionCode, Address address, String telecom, CodedValue ethnicGroup, CodedValue occupation,
      CodedValue maritalStatus) {
    this.index = index;
    this.localId = localId;
    this.name = name;
    this.sex = sex;
    this.birthDate = birthDate;
    this.residentId = residentId;
    this.regionCode = regionCode;
    this.address = address;
    this.telecom = telecom;
    this.ethnicGroup = ethnicGroup;
    this.occupation = occupation;
    this.maritalStatus = maritalStatus;
  }

  /** The patient's number in its {@link SampleData} (0, 1, 2 ...). */
  public long index() {
    return index;
  }

  /** The hospital's patient number (outpatient number, root {@link IdentifierOid#OUTPATIENT_NUMBER}). */
  public String localId() {
    return localId;
  }

  /** 姓名. */
  public String name() {
    return name;
  }

  /** 性别 (GB/T 2261.1). */
  public Sex sex() {
    return sex;
  }

  /** 出生日期. */
  public LocalDate birthDate() {
    return birthDate;
  }

  /** 居民身份证号 (GB 11643-1999), consistent with {@link #birthDate()}, {@link #sex()} and {@link #regionCode()}. */
  public String residentId() {
    return residentId;
  }

  /** The GB/T 2260 county code of the household registration (the resident ID's first six digits). */
  public String regionCode() {
    return regionCode;
  }

  /** 现住址, in the county of {@link #regionCode()}. */
  public Address address() {
    return address;
  }

  /** Mobile number as a TEL URL. */
  public String telecom() {
    return telecom;
  }

  /** 民族 (GB/T 3304). */
  public CodedValue ethnicGroup() {
    return ethnicGroup;
  }

  /** 职业 (GB/T 2261.4). */
  public CodedValue occupation() {
    return occupation;
  }

  /** 婚姻状况 (GB/T 2261.2). */
  public CodedValue maritalStatus() {
    return maritalStatus;
  }

  /** 性别 as the header writes it: a CE (POCD_MT000040 administrativeGenderCode) of GB/T 2261.1. */
  public CodedValue gender() {
    return CodedValue.of(sex).toBuilder().type(Hl7Type.CE).build();
  }

  /** Age in whole years on {@code date}. */
  public int ageOn(LocalDate date) {
    int age = date.getYear() - birthDate.getYear();
    return date.getDayOfYear() < birthDate.getDayOfYear() ? age - 1 : age;
  }

  /** The document header's patient: resident ID, outpatient number, name, sex, birth date, codes, address, phone. */
  public Patient toPatient() {
    return Patient.builder()
        .addId(InstanceIdentifier.of(IdentifierOid.OUTPATIENT_NUMBER.oid(), localId))
        .residentId(InstanceIdentifier.of(IdentifierOid.RESIDENT_ID_CARD.oid(), residentId))
        .name(name).gender(gender()).birthTime(PointInTime.of(birthDate))
        .maritalStatus(maritalStatus).ethnicGroup(ethnicGroup).occupation(occupation)
        .address(address).telecom(telecom).build();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof SamplePatient)) {
      return false;
    }
    SamplePatient p = (SamplePatient) o;
    return index == p.index && localId.equals(p.localId) && name.equals(p.name) && sex == p.sex
        && birthDate.equals(p.birthDate) && residentId.equals(p.residentId) && regionCode.equals(p.regionCode)
        && address.equals(p.address) && telecom.equals(p.telecom) && ethnicGroup.equals(p.ethnicGroup)
        && occupation.equals(p.occupation) && maritalStatus.equals(p.maritalStatus);
  }

  @Override
  public int hashCode() {
    return Objects.hash(index, localId, residentId);
  }

  @Override
  public String toString() {
    return "SamplePatient[" + index + "]";
  }
}
