package io.hdx.model.id;

import java.util.Objects;
import java.util.Optional;

/**
 * The OIDs that name the kind of an identifier in shared documents and platform messages: the
 * {@code root} of an HL7 {@code II} whose {@code extension} is the identifier, e.g.
 * {@code <id root="2.16.156.10011.1.3" extension="..."/>} for a resident ID number.
 *
 * <p>{@code 2.16.156.10011.1.*} are the identifier roots of WS/T 500 shared-document headers and
 * bodies; {@code 2.16.156.10011.2.5.1.*} the identifier roots seen in the hospital
 * interoperability (互联互通) HL7 V3 messages. Meanings come from the example documents and
 * messages of the project's reference table {@code identifier-oids.csv}; constants whose row there
 * is not HIGH confidence say "Unconfirmed" and report {@link #isConfirmed()} false. The code-system
 * OIDs of that table are not identifier roots and are not here.
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public enum IdentifierOid {
  /** 文档流水号: the document instance id, {@code ClinicalDocument/id}. */
  DOCUMENT_ID("2.16.156.10011.1.1", "文档流水号", true),
  /** 健康档案标识号: the health record (EHR) number, {@code recordTarget/patientRole/id}. */
  HEALTH_RECORD_NUMBER("2.16.156.10011.1.2", "健康档案标识号", true),
  /** 患者身份证号 (身份证件号码): the resident ID card number, {@code patientRole/patient/id}. */
  RESIDENT_ID_CARD("2.16.156.10011.1.3", "患者身份证号", true),
  /** 医务人员标识: a healthcare staff id (employee number), e.g. of authenticators and performers. */
  STAFF_ID("2.16.156.10011.1.4", "医务人员标识", true),
  /** 医疗卫生机构标识: a healthcare organization id (custodian, represented organization). */
  ORGANIZATION_ID("2.16.156.10011.1.5", "医疗卫生机构标识", true),
  /** 文档创作者标识: the author id, {@code author/assignedAuthor/id} (meaning inferred from position). */
  AUTHOR_ID("2.16.156.10011.1.7", "文档创作者(作者)标识", true),
  /** 病理号: pathology number. Unconfirmed (MEDIUM confidence). */
  PATHOLOGY_NUMBER("2.16.156.10011.1.8", "病理号", false),
  /** 门(急)诊号: outpatient/emergency number. */
  OUTPATIENT_NUMBER("2.16.156.10011.1.11", "门(急)诊号", true),
  /** 住院号: inpatient number. */
  INPATIENT_NUMBER("2.16.156.10011.1.12", "住院号", true),
  /** 病案号: medical record (chart) number. */
  MEDICAL_RECORD_NUMBER("2.16.156.10011.1.13", "病案号", true),
  /** (检验)标本编号: specimen number. Unconfirmed (MEDIUM confidence). */
  SPECIMEN_NUMBER("2.16.156.10011.1.14", "标本编号", false),
  /** 健康卡号 (居民健康卡号): resident health card number. */
  HEALTH_CARD_NUMBER("2.16.156.10011.1.19", "居民健康卡号", true),
  /** 处方编号: prescription number. */
  PRESCRIPTION_NUMBER("2.16.156.10011.1.20", "处方编号", true),
  /** 病房号: ward room id (second level of the encounter location). */
  WARD_ROOM_ID("2.16.156.10011.1.21", "病房号", true),
  /** 病床号: bed id (innermost level of the encounter location). */
  BED_ID("2.16.156.10011.1.22", "病床号", true),
  /** 电子申请单编号: electronic order (request form) number. */
  ORDER_FORM_NUMBER("2.16.156.10011.1.24", "电子申请单编号", true),
  /** 科室标识: department id. */
  DEPARTMENT_ID("2.16.156.10011.1.26", "科室标识", true),
  /** 病区标识: inpatient area (ward unit) id. */
  WARD_ID("2.16.156.10011.1.27", "病区标识", true),
  /** 检查报告单号: examination report number. Unconfirmed (MEDIUM confidence). */
  EXAM_REPORT_NUMBER("2.16.156.10011.1.32", "检查报告单号", false),
  /** 检验报告单号: laboratory report number. Unconfirmed (MEDIUM confidence). */
  LAB_REPORT_NUMBER("2.16.156.10011.1.33", "检验报告单号", false),
  /** 知情同意书编号: informed consent form number. */
  CONSENT_FORM_NUMBER("2.16.156.10011.1.34", "知情同意书编号", true),

  /** 消息流水号: the message id root of an HL7 V3 message. Unconfirmed (MEDIUM confidence, one source). */
  MESSAGE_ID("2.16.156.10011.2.5.1.1", "消息流水号", false),
  /** 消息的服务标识: the interactionId root. Unconfirmed (MEDIUM confidence, one source). */
  INTERACTION_ID("2.16.156.10011.2.5.1.2", "消息的服务标识", false),
  /** 接收者/发送者设备(系统)标识: receiver or sender device (system) id. Unconfirmed (MEDIUM, one source). */
  DEVICE_ID("2.16.156.10011.2.5.1.3", "接收者/发送者设备(系统)标识", false),
  /** 患者ID: patient id in registry messages. Unconfirmed (MEDIUM confidence, one source). */
  PATIENT_ID("2.16.156.10011.2.5.1.4", "患者ID", false),
  /** 域ID: assigning domain id. Unconfirmed (MEDIUM confidence, one source). */
  DOMAIN_ID("2.16.156.10011.2.5.1.5", "域ID", false),
  /** 就诊卡号: encounter (visit) card number. Unconfirmed (MEDIUM confidence, one source). */
  VISIT_CARD_NUMBER("2.16.156.10011.2.5.1.6", "就诊卡号", false),
  /** 就诊次数: visit count. Unconfirmed (MEDIUM confidence, one source). */
  VISIT_COUNT("2.16.156.10011.2.5.1.8", "就诊次数", false),
  /** 就诊流水号: visit serial number. Unconfirmed (MEDIUM confidence, one source). */
  VISIT_SERIAL_NUMBER("2.16.156.10011.2.5.1.9", "就诊流水号", false),
  /**
   * 文档流水号 in document registration (RCMR) messages: the document id root there. Unconfirmed
   * (MEDIUM confidence, one source).
   */
  REGISTRY_DOCUMENT_ID("2.16.156.10011.2.5.1.24", "文档流水号", false);

  private final String oid;
  private final String nameZh;
  private final boolean confirmed;

  IdentifierOid(String oid, String nameZh, boolean confirmed) {
    this.oid = oid;
    this.nameZh = nameZh;
    this.confirmed = confirmed;
  }

  /** The OID, e.g. {@code 2.16.156.10011.1.3}. */
  public String oid() {
    return oid;
  }

  /** The Chinese name, e.g. {@code 患者身份证号}. */
  public String nameZh() {
    return nameZh;
  }

  /**
   * Whether the meaning is confirmed by two sources (HIGH confidence in the reference table);
   * false marks an unconfirmed meaning to check against the standard's text.
   */
  public boolean isConfirmed() {
    return confirmed;
  }

  /** The constant with this OID, if any. */
  public static Optional<IdentifierOid> fromOid(String oid) {
    Objects.requireNonNull(oid, "oid");
    for (IdentifierOid value : values()) {
      if (value.oid.equals(oid)) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }
}
