package io.hdx.model.spec;

import java.util.Optional;

/**
 * The parts of a CDA R2 header that WS/T 500 and WS/T 483 documents use beyond the fixed
 * document-level elements (WS/T 500-2016 header, standard's examples). Each has the dotted {@link #path()}
 * used in the spec data, relative to {@code ClinicalDocument}.
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public enum HeaderElement {
  /** {@code recordTarget/patientRole/id}: business identifiers (门诊号, 住院号, ...), by root OID. */
  PATIENT_ROLE_ID("patientRole.id"),
  /** {@code recordTarget/patientRole/addr}: the patient's address. */
  PATIENT_ROLE_ADDR("patientRole.addr"),
  /** {@code recordTarget/patientRole/telecom}: the patient's phone. */
  PATIENT_ROLE_TELECOM("patientRole.telecom"),
  /** {@code recordTarget/patientRole/providerOrganization}: the department/organization. */
  PROVIDER_ORGANIZATION("patientRole.providerOrganization"),
  /** {@code patient/id}: the resident ID number (root 2.16.156.10011.1.3). */
  PATIENT_ID("patient.id"),
  /** {@code patient/name}. */
  PATIENT_NAME("patient.name"),
  /** {@code patient/administrativeGenderCode} (GB/T 2261.1). */
  PATIENT_GENDER("patient.administrativeGenderCode"),
  /** {@code patient/birthTime}. */
  PATIENT_BIRTH_TIME("patient.birthTime"),
  /** {@code patient/maritalStatusCode} (GB/T 2261.2). */
  PATIENT_MARITAL_STATUS("patient.maritalStatusCode"),
  /** {@code patient/ethnicGroupCode} (GB 3304). */
  PATIENT_ETHNIC_GROUP("patient.ethnicGroupCode"),
  /** {@code patient/age}: the national extension element of SDA.xsd. */
  PATIENT_AGE("patient.age"),
  /** {@code patient/employerOrganization}. */
  PATIENT_EMPLOYER("patient.employerOrganization"),
  /** {@code patient/occupation} (GB/T 2261.4). */
  PATIENT_OCCUPATION("patient.occupation"),
  /** {@code patient/nationality}: a national extension element seen in the samples. */
  PATIENT_NATIONALITY("patient.nationality"),
  /** {@code patient/birthplace}: 出生地, seen in the samples. */
  PATIENT_BIRTHPLACE("patient.birthplace"),
  /** {@code patient/nativePlace}: 籍贯, a national extension element seen in the samples. */
  PATIENT_NATIVE_PLACE("patient.nativePlace"),
  /** {@code patient/household}: 户籍, a national extension element seen in the samples. */
  PATIENT_HOUSEHOLD("patient.household"),
  /** {@code patient/educationLevel}: 学历 (GB/T 4658), a national extension element. */
  PATIENT_EDUCATION_LEVEL("patient.educationLevel"),
  /** {@code patientRole/patientType}: 患者类型, a national extension element seen in the samples. */
  PATIENT_TYPE("patientRole.patientType"),
  /** {@code author}: who wrote the document (assignedAuthor/id root 2.16.156.10011.1.7). */
  AUTHOR("author"),
  /** {@code author/assignedAuthor/representedOrganization}. */
  AUTHOR_ORGANIZATION("author.representedOrganization"),
  /** {@code dataEnterer}. */
  DATA_ENTERER("dataEnterer"),
  /** {@code informant}: who gave the history (陈述者). */
  INFORMANT("informant"),
  /** {@code custodian}: the organization keeping the document (root 2.16.156.10011.1.5). */
  CUSTODIAN("custodian"),
  /** {@code legalAuthenticator}: who signed, with the role in code@displayName. */
  LEGAL_AUTHENTICATOR("legalAuthenticator"),
  /** {@code authenticator}: further signers (接诊医师, 主治医师, ...), one per role. */
  AUTHENTICATOR("authenticator"),
  /** {@code participant}: e.g. the contact person (typeCode NOT, classCode ECON). */
  PARTICIPANT("participant"),
  /** {@code inFulfillmentOf}: the order fulfilled (e.g. 电子申请单编号). */
  IN_FULFILLMENT_OF("inFulfillmentOf"),
  /** {@code documentationOf}. */
  DOCUMENTATION_OF("documentationOf"),
  /** {@code authorization}: e.g. consent. */
  AUTHORIZATION("authorization"),
  /** {@code relatedDocument}: the replaced document (typeCode RPLC). */
  RELATED_DOCUMENT("relatedDocument"),
  /** {@code componentOf/encompassingEncounter}. */
  ENCOMPASSING_ENCOUNTER("componentOf.encompassingEncounter"),
  /** {@code encompassingEncounter/effectiveTime}, e.g. 入院日期时间. */
  ENCOUNTER_EFFECTIVE_TIME("encounter.effectiveTime"),
  /** The bed (病床号, root 2.16.156.10011.1.22) in the encounter's location. */
  ENCOUNTER_BED("encounter.location.bed"),
  /** The room (病房号, root 2.16.156.10011.1.21). */
  ENCOUNTER_ROOM("encounter.location.room"),
  /** The department (科室, root 2.16.156.10011.1.26). */
  ENCOUNTER_DEPARTMENT("encounter.location.department"),
  /** The ward (病区, root 2.16.156.10011.1.27). */
  ENCOUNTER_WARD("encounter.location.ward"),
  /** The organization (医疗机构, root 2.16.156.10011.1.5). */
  ENCOUNTER_ORGANIZATION("encounter.location.organization");

  private final String path;

  HeaderElement(String path) {
    this.path = path;
  }

  /** The dotted path used in the spec data, e.g. {@code patient.birthTime}. */
  public String path() {
    return path;
  }

  /** The element with dotted path {@code path}. */
  public static Optional<HeaderElement> fromPath(String path) {
    for (HeaderElement element : values()) {
      if (element.path.equals(path)) {
        return Optional.of(element);
      }
    }
    return Optional.empty();
  }
}
