package io.hdx.model.document.wst500;

import io.hdx.model.datatype.*;
import io.hdx.model.document.ClinicalDocument;
import io.hdx.model.document.TypedDocument;
import io.hdx.model.document.TypedGroup;
import io.hdx.model.spec.DocumentSpec;
import io.hdx.model.spec.DocumentSpecRegistry;
import io.hdx.model.valueset.Coded;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * WS/T 500.11-2016 麻醉记录 (Anesthesia record): document code {@code C0011}, templateId {@code 2.16.156.10011.2.1.1.31}.
 *
 * <p>Unconfirmed in the spec data: cardinalities (the public samples show presence only); 7 of 43 entries.
 *
 * <p>Generated from the document spec by TypedDocumentGenerator; do not edit.
 *
 * <p>Thread safety: immutable; the builder is not thread-safe.
 *
 * @since 0.1.0
 */
public final class AnesthesiaRecord extends TypedDocument {
  /** The document code. */
  public static final String CODE = "C0011";
  /** The templateId OID. */
  public static final String TEMPLATE_ID = "2.16.156.10011.2.1.1.31";

  private AnesthesiaRecord(ClinicalDocument document) {
    super(document, documentSpec());
  }

  /** The spec of this kind of document. */
  public static DocumentSpec documentSpec() {
    return DocumentSpecRegistry.standard().byCode(CODE).get();
  }

  /** A new builder with templateId, code and title set. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A typed view of {@code document}.
   *
   * @throws io.hdx.model.ValidationException when the document is not a C0011
   */
  public static AnesthesiaRecord from(ClinicalDocument document) {
    return new AnesthesiaRecord(document);
  }

  /** ABO血型代码 ({@code DE04.50.001.00}, CD), section 30954-2 STUDIES SUMMARY, value set {@code 2.16.156.10011.2.3.1.85}. */
  public Optional<CodedValue> aboBloodTypeCode() {
    return value("30954-2", "DE04.50.001.00", CodedValue.class);
  }

  /** The StudiesSummaryGroup groups of section 30954-2, in document order. */
  public List<StudiesSummaryGroup> studiesSummaryGroupList() {
    return groups("30954-2", "ORGANIZER", StudiesSummaryGroup::new);
  }

  /** Rh(D)血型代码 ({@code DE04.50.010.00}, CD), section 30954-2 STUDIES SUMMARY, value set {@code 2.16.156.10011.2.3.1.250}. */
  public List<CodedValue> rhBloodTypeCode() {
    return valueList("30954-2", "DE04.50.010.00", CodedValue.class);
  }

  /** 术前诊断编码 ({@code DE05.01.024.00}, CD), section 10219-4 Surgical operation note preoperative Dx, value set {@code 2.16.156.10011.2.3.3.11.3}. */
  public Optional<CodedValue> diagnosisCodeInSurgicalOperationNotePreoperativeDx() {
    return value("10219-4", "DE05.01.024.00", CodedValue.class);
  }

  /** 术后诊断编码 ({@code DE05.01.024.00}, CD), section 10218-6 Surgical operation note postoperative Dx, value set {@code 2.16.156.10011.2.3.3.11.3}. */
  public Optional<CodedValue> diagnosisCodeInSurgicalOperationNotePostoperativeDx() {
    return value("10218-6", "DE05.01.024.00", CodedValue.class);
  }

  /** 药物用法 ({@code DE06.00.136.00}, ST), section 18610-6 MEDICATION ADMINISTERED. */
  public List<Text> medicationUsageInMedicationAdministered() {
    return valueList("18610-6", "DE06.00.136.00", Text.class);
  }

  /** The Drug groups of section 18610-6, in document order. */
  public List<Drug> drugList() {
    return groups("18610-6", "SUBSTANCE_ADMINISTRATION", Drug::new);
  }

  /** 药物使用频率 ({@code DE06.00.133.00}, CD), section 18610-6 MEDICATION ADMINISTERED, value set {@code 2.16.156.10011.2.3.1.267}. */
  public List<CodedValue> medicationFrequency() {
    return valueList("18610-6", "DE06.00.133.00", CodedValue.class);
  }

  /** 药物使用剂量单位 ({@code DE08.50.024.00}, ST), section 18610-6 MEDICATION ADMINISTERED. */
  public List<Text> medicationDoseUnit() {
    return valueList("18610-6", "DE08.50.024.00", Text.class);
  }

  /** 药物使用总剂量 ({@code DE06.00.135.00}, PQ), section 18610-6 MEDICATION ADMINISTERED. */
  public List<PhysicalQuantity> medicationTotalDose() {
    return valueList("18610-6", "DE06.00.135.00", PhysicalQuantity.class);
  }

  /** 过敏史 ({@code DE02.10.022.00}, ST), section 18610-6 MEDICATION ADMINISTERED. */
  public Optional<String> allergyHistory() {
    return text("18610-6", "DE02.10.022.00");
  }

  /** 药物使用途径代码 ({@code DE06.00.134.00}, CD), section 18610-6 MEDICATION ADMINISTERED, value set {@code 2.16.156.10011.2.3.1.158}. */
  public List<CodedValue> medicationRouteCode() {
    return valueList("18610-6", "DE06.00.134.00", CodedValue.class);
  }

  /** 药物使用次剂量 ({@code DE08.50.023.00}, PQ), section 18610-6 MEDICATION ADMINISTERED. */
  public List<PhysicalQuantity> medicationSingleDose() {
    return valueList("18610-6", "DE08.50.023.00", PhysicalQuantity.class);
  }

  /** 药物名称 ({@code DE08.50.022.00}, ST), section 18610-6 MEDICATION ADMINISTERED. */
  public List<Text> medicationNameInMedicationAdministered() {
    return valueList("18610-6", "DE08.50.022.00", Text.class);
  }

  /** 术中输液项目 ({@code DE06.00.269.00}, ST), section 10216-0 Surgical operation note fluids. */
  public Optional<String> intraoperativeInfusionItems() {
    return text("10216-0", "DE06.00.269.00");
  }

  /** 输血品种代码 ({@code DE08.50.040.00}, CD), section 56836-0 History of blood transfusion, value set {@code 2.16.156.10011.2.3.1.251}. */
  public List<CodedValue> bloodProductCode() {
    return valueList("56836-0", "DE08.50.040.00", CodedValue.class);
  }

  /** The OperationInHistoryOfBloodTransfusion groups of section 56836-0, in document order. */
  public List<OperationInHistoryOfBloodTransfusion> operationInHistoryOfBloodTransfusionList() {
    return groups("56836-0", "PROCEDURE", OperationInHistoryOfBloodTransfusion::new);
  }

  /** 输血量(ml) ({@code DE06.00.267.00}, PQ), section 56836-0 History of blood transfusion. */
  public List<PhysicalQuantity> transfusionVolume() {
    return valueList("56836-0", "DE06.00.267.00", PhysicalQuantity.class);
  }

  /** 输血量计量单位 ({@code DE08.50.036.00}, ST), section 56836-0 History of blood transfusion. */
  public List<Text> transfusionVolumeUnit() {
    return valueList("56836-0", "DE08.50.036.00", Text.class);
  }

  /** 输血反应标志 ({@code DE06.00.264.00}, BL), section 56836-0 History of blood transfusion. */
  public List<BooleanValue> transfusionReactionFlag() {
    return valueList("56836-0", "DE06.00.264.00", BooleanValue.class);
  }

  /** ASA分级标准代码 ({@code DE05.10.129.00}, CD), section 59774-0 Procedure anesthesia, value set {@code 2.16.156.10011.2.3.1.255}. */
  public List<CodedValue> asaClassCode() {
    return valueList("59774-0", "DE05.10.129.00", CodedValue.class);
  }

  /** The OperationInProcedureAnesthesia groups of section 59774-0, in document order. */
  public List<OperationInProcedureAnesthesia> operationInProcedureAnesthesiaList() {
    return groups("59774-0", "PROCEDURE", OperationInProcedureAnesthesia::new);
  }

  /** 气管插管分类 ({@code DE06.00.228.00}, ST), section 59774-0 Procedure anesthesia. */
  public List<Text> intubationType() {
    return valueList("59774-0", "DE06.00.228.00", Text.class);
  }

  /** 麻醉药物名称 ({@code DE08.50.022.00}, ST), section 59774-0 Procedure anesthesia. */
  public List<Text> medicationNameInProcedureAnesthesia() {
    return valueList("59774-0", "DE08.50.022.00", Text.class);
  }

  /** 麻醉体位 ({@code DE04.10.260.00}, ST), section 59774-0 Procedure anesthesia. */
  public List<Text> anesthesiaPosition() {
    return valueList("59774-0", "DE04.10.260.00", Text.class);
  }

  /** 呼吸类型代码 ({@code DE06.00.208.00}, CD), section 59774-0 Procedure anesthesia, value set {@code 2.16.156.10011.2.3.2.1}. */
  public List<CodedValue> breathingTypeCode() {
    return valueList("59774-0", "DE06.00.208.00", CodedValue.class);
  }

  /** 麻醉描述 ({@code DE06.00.226.00}, ST), section 59774-0 Procedure anesthesia. */
  public List<Text> anesthesiaDescription() {
    return valueList("59774-0", "DE06.00.226.00", Text.class);
  }

  /** 麻醉合并症标志代码 ({@code DE05.01.077.00}, CD), section 59774-0 Procedure anesthesia, value set {@code 2.16.156.10011.2.3.2.59}. */
  public List<CodedValue> anesthesiaComplicationFlagCode() {
    return valueList("59774-0", "DE05.01.077.00", CodedValue.class);
  }

  /** 穿刺过程 ({@code DE05.10.063.00}, ST), section 59774-0 Procedure anesthesia. */
  public List<Text> operationDescription() {
    return valueList("59774-0", "DE05.10.063.00", Text.class);
  }

  /** 麻醉效果 ({@code DE06.00.253.00}, ST), section 59774-0 Procedure anesthesia. */
  public List<Text> anesthesiaEffect() {
    return valueList("59774-0", "DE06.00.253.00", Text.class);
  }

  /** 麻醉前用药 ({@code DE06.00.136.00}, ST), section 59774-0 Procedure anesthesia. */
  public List<Text> medicationUsageInProcedureAnesthesia() {
    return valueList("59774-0", "DE06.00.136.00", Text.class);
  }

  /** 麻醉方法代码 ({@code DE06.00.073.00}, CD), section 59774-0 Procedure anesthesia, value set {@code 2.16.156.10011.2.3.1.159}. */
  public List<CodedValue> anesthesiaMethodCode() {
    return valueList("59774-0", "DE06.00.073.00", CodedValue.class);
  }

  /** 常规监测项目名称 ({@code DE06.00.216.00}, ST), section 11450-4 PROBLEM LIST. */
  public List<Text> monitoringItemName() {
    return valueList("11450-4", "DE06.00.216.00", Text.class);
  }

  /** The MonitoringItem groups of section 11450-4, in document order. */
  public List<MonitoringItem> monitoringItemList() {
    return groups("11450-4", "DE06.00.216.00", MonitoringItem::new);
  }

  /** 常规监测项目结果 ({@code DE06.00.281.00}, ST), section 11450-4 PROBLEM LIST. */
  public List<Text> monitoringItemResult() {
    return valueList("11450-4", "DE06.00.281.00", Text.class);
  }

  /** 体重 ({@code DE04.10.188.00}, PQ), section 8716-3 VITAL SIGNS, unit kg. */
  public Optional<PhysicalQuantity> bodyWeight() {
    return value("8716-3", "DE04.10.188.00", PhysicalQuantity.class);
  }

  /** 体温 ({@code DE04.10.186.00}, PQ), section 8716-3 VITAL SIGNS. */
  public Optional<PhysicalQuantity> bodyTemperature() {
    return value("8716-3", "DE04.10.186.00", PhysicalQuantity.class);
  }

  /** 脉率 ({@code DE04.10.118.00}, PQ), section 8716-3 VITAL SIGNS. */
  public Optional<PhysicalQuantity> pulseRate() {
    return value("8716-3", "DE04.10.118.00", PhysicalQuantity.class);
  }

  /** 呼吸频率 ({@code DE04.10.081.00}, PQ), section 8716-3 VITAL SIGNS. */
  public Optional<PhysicalQuantity> respiratoryRate() {
    return value("8716-3", "DE04.10.081.00", PhysicalQuantity.class);
  }

  /** 心率 ({@code DE04.10.206.00}, PQ), section 8716-3 VITAL SIGNS. */
  public Optional<PhysicalQuantity> heartRate() {
    return value("8716-3", "DE04.10.206.00", PhysicalQuantity.class);
  }

  /** 收缩压 ({@code DE04.10.174.00}, PQ), section 8716-3 VITAL SIGNS. */
  public Optional<PhysicalQuantity> systolicBloodPressure() {
    return value("8716-3", "DE04.10.174.00", PhysicalQuantity.class);
  }

  /** The VitalSignsGroup groups of section 8716-3, in document order. */
  public List<VitalSignsGroup> vitalSignsGroupList() {
    return groups("8716-3", "ORGANIZER", VitalSignsGroup::new);
  }

  /** 舒张压 ({@code DE04.10.176.00}, PQ), section 8716-3 VITAL SIGNS. */
  public Optional<PhysicalQuantity> diastolicBloodPressure() {
    return value("8716-3", "DE04.10.176.00", PhysicalQuantity.class);
  }

  /** 患者实施手术所在的手术室编号 ({@code DE06.00.256.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
  public List<Text> operatingRoomNumber() {
    return valueList("47519-4", "DE06.00.256.00", Text.class);
  }

  /** The OperationInHistoryOfProcedures groups of section 47519-4, in document order. */
  public List<OperationInHistoryOfProcedures> operationInHistoryOfProceduresList() {
    return groups("47519-4", "PROCEDURE", OperationInHistoryOfProcedures::new);
  }

  /** 手术体位代码 ({@code DE06.00.260.00}, CD), section 47519-4 HISTORY OF PROCEDURES, value set {@code 2.16.156.10011.2.3.1.262}. */
  public List<CodedValue> surgicalPositionCode() {
    return valueList("47519-4", "DE06.00.260.00", CodedValue.class);
  }

  /** 诊疗过程描述 ({@code DE06.00.296.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
  public List<Text> treatmentCourseDescription() {
    return valueList("47519-4", "DE06.00.296.00", Text.class);
  }

  /** 手术及操作编码 ({@code DE06.00.093.00}, CD), section 47519-4 HISTORY OF PROCEDURES, value set {@code 2.16.156.10011.2.3.3.12}. */
  public List<CodedValue> procedureCode() {
    return valueList("47519-4", "DE06.00.093.00", CodedValue.class);
  }

  /** 出血量(ml) ({@code DE06.00.097.00}, PQ), section 55103-6 Surgical operation note estimated blood loss, unit ml. */
  public List<PhysicalQuantity> bloodLoss() {
    return valueList("55103-6", "DE06.00.097.00", PhysicalQuantity.class);
  }

  /** 患者去向代码 ({@code DE06.00.185.00}, ST), section 59775-7 Procedure disposition. */
  public Optional<String> patientDispositionCode() {
    return text("59775-7", "DE06.00.185.00");
  }

  /**
   * One group of section 30954-2 STUDIES SUMMARY: the components of one organizer, written as one unit (document layout group {@code ORGANIZER}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class StudiesSummaryGroup extends TypedGroup<StudiesSummaryGroup> {
    private StudiesSummaryGroup() {
      super("30954-2", "ORGANIZER");
    }

    @Override
    protected StudiesSummaryGroup blank() {
      return new StudiesSummaryGroup();
    }

    /** An empty group; set its members. */
    public static StudiesSummaryGroup of() {
      return new StudiesSummaryGroup();
    }

    /** ABO血型代码 ({@code DE04.50.001.00}, CD, value set {@code 2.16.156.10011.2.3.1.85}). */
    public StudiesSummaryGroup aboBloodTypeCode(Coded value) {
      return with("DE04.50.001.00", CodedValue.of(value));
    }

    /** ABO血型代码 ({@code DE04.50.001.00}). */
    public Optional<CodedValue> aboBloodTypeCode() {
      return value("DE04.50.001.00", CodedValue.class);
    }

    /** Rh(D)血型代码 ({@code DE04.50.010.00}, CD, value set {@code 2.16.156.10011.2.3.1.250}). */
    public StudiesSummaryGroup rhBloodTypeCode(Coded value) {
      return with("DE04.50.010.00", CodedValue.of(value));
    }

    /** Rh(D)血型代码 ({@code DE04.50.010.00}). */
    public Optional<CodedValue> rhBloodTypeCode() {
      return value("DE04.50.010.00", CodedValue.class);
    }
  }

  /**
   * One group of section 18610-6 MEDICATION ADMINISTERED: one SUBSTANCE_ADMINISTRATION act, written as one unit (document layout group {@code SUBSTANCE_ADMINISTRATION}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class Drug extends TypedGroup<Drug> {
    private Drug() {
      super("18610-6", "SUBSTANCE_ADMINISTRATION");
    }

    @Override
    protected Drug blank() {
      return new Drug();
    }

    /** An empty group; set its members. */
    public static Drug of() {
      return new Drug();
    }

    /** 药物用法 ({@code DE06.00.136.00}, ST). */
    public Drug medicationUsageInMedicationAdministered(String value) {
      return with("DE06.00.136.00", Text.of(value));
    }

    /** 药物用法 ({@code DE06.00.136.00}). */
    public Optional<Text> medicationUsageInMedicationAdministered() {
      return value("DE06.00.136.00", Text.class);
    }

    /** 药物使用频率 ({@code DE06.00.133.00}, CD, value set {@code 2.16.156.10011.2.3.1.267}). */
    public Drug medicationFrequency(Coded value) {
      return with("DE06.00.133.00", CodedValue.of(value));
    }

    /** 药物使用频率 ({@code DE06.00.133.00}). */
    public Optional<CodedValue> medicationFrequency() {
      return value("DE06.00.133.00", CodedValue.class);
    }

    /** 药物使用剂量单位 ({@code DE08.50.024.00}, ST). */
    public Drug medicationDoseUnit(String value) {
      return with("DE08.50.024.00", Text.of(value));
    }

    /** 药物使用剂量单位 ({@code DE08.50.024.00}). */
    public Optional<Text> medicationDoseUnit() {
      return value("DE08.50.024.00", Text.class);
    }

    /** 药物使用总剂量 ({@code DE06.00.135.00}, PQ). */
    public Drug medicationTotalDose(BigDecimal value) {
      return with("DE06.00.135.00", PhysicalQuantity.unitless(value));
    }

    /** 药物使用总剂量 ({@code DE06.00.135.00}, PQ). */
    public Drug medicationTotalDose(PhysicalQuantity value) {
      return with("DE06.00.135.00", value);
    }

    /** 药物使用总剂量 ({@code DE06.00.135.00}). */
    public Optional<PhysicalQuantity> medicationTotalDose() {
      return value("DE06.00.135.00", PhysicalQuantity.class);
    }

    /** 药物使用途径代码 ({@code DE06.00.134.00}, CD, value set {@code 2.16.156.10011.2.3.1.158}). */
    public Drug medicationRouteCode(Coded value) {
      return with("DE06.00.134.00", CodedValue.of(value));
    }

    /** 药物使用途径代码 ({@code DE06.00.134.00}). */
    public Optional<CodedValue> medicationRouteCode() {
      return value("DE06.00.134.00", CodedValue.class);
    }

    /** 药物使用次剂量 ({@code DE08.50.023.00}, PQ). */
    public Drug medicationSingleDose(BigDecimal value) {
      return with("DE08.50.023.00", PhysicalQuantity.unitless(value));
    }

    /** 药物使用次剂量 ({@code DE08.50.023.00}, PQ). */
    public Drug medicationSingleDose(PhysicalQuantity value) {
      return with("DE08.50.023.00", value);
    }

    /** 药物使用次剂量 ({@code DE08.50.023.00}). */
    public Optional<PhysicalQuantity> medicationSingleDose() {
      return value("DE08.50.023.00", PhysicalQuantity.class);
    }

    /** 药物名称 ({@code DE08.50.022.00}, ST). */
    public Drug medicationNameInMedicationAdministered(String value) {
      return with("DE08.50.022.00", Text.of(value));
    }

    /** 药物名称 ({@code DE08.50.022.00}). */
    public Optional<Text> medicationNameInMedicationAdministered() {
      return value("DE08.50.022.00", Text.class);
    }
  }

  /**
   * One group of section 56836-0 History of blood transfusion: one PROCEDURE act, written as one unit (document layout group {@code PROCEDURE}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class OperationInHistoryOfBloodTransfusion extends TypedGroup<OperationInHistoryOfBloodTransfusion> {
    private OperationInHistoryOfBloodTransfusion() {
      super("56836-0", "PROCEDURE");
    }

    @Override
    protected OperationInHistoryOfBloodTransfusion blank() {
      return new OperationInHistoryOfBloodTransfusion();
    }

    /** An empty group; set its members. */
    public static OperationInHistoryOfBloodTransfusion of() {
      return new OperationInHistoryOfBloodTransfusion();
    }

    /** 输血品种代码 ({@code DE08.50.040.00}, CD, value set {@code 2.16.156.10011.2.3.1.251}). */
    public OperationInHistoryOfBloodTransfusion bloodProductCode(Coded value) {
      return with("DE08.50.040.00", CodedValue.of(value));
    }

    /** 输血品种代码 ({@code DE08.50.040.00}). */
    public Optional<CodedValue> bloodProductCode() {
      return value("DE08.50.040.00", CodedValue.class);
    }

    /** 输血量(ml) ({@code DE06.00.267.00}, PQ). */
    public OperationInHistoryOfBloodTransfusion transfusionVolume(BigDecimal value) {
      return with("DE06.00.267.00", PhysicalQuantity.unitless(value));
    }

    /** 输血量(ml) ({@code DE06.00.267.00}, PQ). */
    public OperationInHistoryOfBloodTransfusion transfusionVolume(PhysicalQuantity value) {
      return with("DE06.00.267.00", value);
    }

    /** 输血量(ml) ({@code DE06.00.267.00}). */
    public Optional<PhysicalQuantity> transfusionVolume() {
      return value("DE06.00.267.00", PhysicalQuantity.class);
    }

    /** 输血量计量单位 ({@code DE08.50.036.00}, ST). */
    public OperationInHistoryOfBloodTransfusion transfusionVolumeUnit(String value) {
      return with("DE08.50.036.00", Text.of(value));
    }

    /** 输血量计量单位 ({@code DE08.50.036.00}). */
    public Optional<Text> transfusionVolumeUnit() {
      return value("DE08.50.036.00", Text.class);
    }

    /** 输血反应标志 ({@code DE06.00.264.00}, BL). */
    public OperationInHistoryOfBloodTransfusion transfusionReactionFlag(boolean value) {
      return with("DE06.00.264.00", BooleanValue.of(value));
    }

    /** 输血反应标志 ({@code DE06.00.264.00}). */
    public Optional<BooleanValue> transfusionReactionFlag() {
      return value("DE06.00.264.00", BooleanValue.class);
    }
  }

  /**
   * One group of section 59774-0 Procedure anesthesia: one PROCEDURE act, written as one unit (document layout group {@code PROCEDURE}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class OperationInProcedureAnesthesia extends TypedGroup<OperationInProcedureAnesthesia> {
    private OperationInProcedureAnesthesia() {
      super("59774-0", "PROCEDURE");
    }

    @Override
    protected OperationInProcedureAnesthesia blank() {
      return new OperationInProcedureAnesthesia();
    }

    /** An empty group; set its members. */
    public static OperationInProcedureAnesthesia of() {
      return new OperationInProcedureAnesthesia();
    }

    /** ASA分级标准代码 ({@code DE05.10.129.00}, CD, value set {@code 2.16.156.10011.2.3.1.255}). */
    public OperationInProcedureAnesthesia asaClassCode(Coded value) {
      return with("DE05.10.129.00", CodedValue.of(value));
    }

    /** ASA分级标准代码 ({@code DE05.10.129.00}). */
    public Optional<CodedValue> asaClassCode() {
      return value("DE05.10.129.00", CodedValue.class);
    }

    /** 气管插管分类 ({@code DE06.00.228.00}, ST). */
    public OperationInProcedureAnesthesia intubationType(String value) {
      return with("DE06.00.228.00", Text.of(value));
    }

    /** 气管插管分类 ({@code DE06.00.228.00}). */
    public Optional<Text> intubationType() {
      return value("DE06.00.228.00", Text.class);
    }

    /** 麻醉药物名称 ({@code DE08.50.022.00}, ST). */
    public OperationInProcedureAnesthesia medicationNameInProcedureAnesthesia(String value) {
      return with("DE08.50.022.00", Text.of(value));
    }

    /** 麻醉药物名称 ({@code DE08.50.022.00}). */
    public Optional<Text> medicationNameInProcedureAnesthesia() {
      return value("DE08.50.022.00", Text.class);
    }

    /** 麻醉体位 ({@code DE04.10.260.00}, ST). */
    public OperationInProcedureAnesthesia anesthesiaPosition(String value) {
      return with("DE04.10.260.00", Text.of(value));
    }

    /** 麻醉体位 ({@code DE04.10.260.00}). */
    public Optional<Text> anesthesiaPosition() {
      return value("DE04.10.260.00", Text.class);
    }

    /** 呼吸类型代码 ({@code DE06.00.208.00}, CD, value set {@code 2.16.156.10011.2.3.2.1}). */
    public OperationInProcedureAnesthesia breathingTypeCode(Coded value) {
      return with("DE06.00.208.00", CodedValue.of(value));
    }

    /** 呼吸类型代码 ({@code DE06.00.208.00}). */
    public Optional<CodedValue> breathingTypeCode() {
      return value("DE06.00.208.00", CodedValue.class);
    }

    /** 麻醉描述 ({@code DE06.00.226.00}, ST). */
    public OperationInProcedureAnesthesia anesthesiaDescription(String value) {
      return with("DE06.00.226.00", Text.of(value));
    }

    /** 麻醉描述 ({@code DE06.00.226.00}). */
    public Optional<Text> anesthesiaDescription() {
      return value("DE06.00.226.00", Text.class);
    }

    /** 麻醉合并症标志代码 ({@code DE05.01.077.00}, CD, value set {@code 2.16.156.10011.2.3.2.59}). */
    public OperationInProcedureAnesthesia anesthesiaComplicationFlagCode(Coded value) {
      return with("DE05.01.077.00", CodedValue.of(value));
    }

    /** 麻醉合并症标志代码 ({@code DE05.01.077.00}). */
    public Optional<CodedValue> anesthesiaComplicationFlagCode() {
      return value("DE05.01.077.00", CodedValue.class);
    }

    /** 穿刺过程 ({@code DE05.10.063.00}, ST). */
    public OperationInProcedureAnesthesia operationDescription(String value) {
      return with("DE05.10.063.00", Text.of(value));
    }

    /** 穿刺过程 ({@code DE05.10.063.00}). */
    public Optional<Text> operationDescription() {
      return value("DE05.10.063.00", Text.class);
    }

    /** 麻醉效果 ({@code DE06.00.253.00}, ST). */
    public OperationInProcedureAnesthesia anesthesiaEffect(String value) {
      return with("DE06.00.253.00", Text.of(value));
    }

    /** 麻醉效果 ({@code DE06.00.253.00}). */
    public Optional<Text> anesthesiaEffect() {
      return value("DE06.00.253.00", Text.class);
    }

    /** 麻醉前用药 ({@code DE06.00.136.00}, ST). */
    public OperationInProcedureAnesthesia medicationUsageInProcedureAnesthesia(String value) {
      return with("DE06.00.136.00", Text.of(value));
    }

    /** 麻醉前用药 ({@code DE06.00.136.00}). */
    public Optional<Text> medicationUsageInProcedureAnesthesia() {
      return value("DE06.00.136.00", Text.class);
    }

    /** 麻醉方法代码 ({@code DE06.00.073.00}, CD, value set {@code 2.16.156.10011.2.3.1.159}). */
    public OperationInProcedureAnesthesia anesthesiaMethodCode(Coded value) {
      return with("DE06.00.073.00", CodedValue.of(value));
    }

    /** 麻醉方法代码 ({@code DE06.00.073.00}). */
    public Optional<CodedValue> anesthesiaMethodCode() {
      return value("DE06.00.073.00", CodedValue.class);
    }
  }

  /**
   * One group of section 11450-4 PROBLEM LIST: 常规监测项目名称 with the data nested in it, written as one unit (document layout group {@code DE06.00.216.00}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class MonitoringItem extends TypedGroup<MonitoringItem> {
    private MonitoringItem() {
      super("11450-4", "DE06.00.216.00");
    }

    @Override
    protected MonitoringItem blank() {
      return new MonitoringItem();
    }

    /** A group with its head 常规监测项目名称 ({@code DE06.00.216.00}). */
    public static MonitoringItem of(String value) {
      return new MonitoringItem().with("DE06.00.216.00", Text.of(value));
    }

    /** 常规监测项目结果 ({@code DE06.00.281.00}, ST). */
    public MonitoringItem monitoringItemResult(String value) {
      return with("DE06.00.281.00", Text.of(value));
    }

    /** 常规监测项目结果 ({@code DE06.00.281.00}). */
    public Optional<Text> monitoringItemResult() {
      return value("DE06.00.281.00", Text.class);
    }

    /** 常规监测项目名称 ({@code DE06.00.216.00}). */
    public Optional<Text> monitoringItemName() {
      return value("DE06.00.216.00", Text.class);
    }
  }

  /**
   * One group of section 8716-3 VITAL SIGNS: the components of one organizer, written as one unit (document layout group {@code ORGANIZER}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class VitalSignsGroup extends TypedGroup<VitalSignsGroup> {
    private VitalSignsGroup() {
      super("8716-3", "ORGANIZER");
    }

    @Override
    protected VitalSignsGroup blank() {
      return new VitalSignsGroup();
    }

    /** An empty group; set its members. */
    public static VitalSignsGroup of() {
      return new VitalSignsGroup();
    }

    /** 收缩压 ({@code DE04.10.174.00}, PQ). */
    public VitalSignsGroup systolicBloodPressure(BigDecimal value) {
      return with("DE04.10.174.00", PhysicalQuantity.unitless(value));
    }

    /** 收缩压 ({@code DE04.10.174.00}, PQ). */
    public VitalSignsGroup systolicBloodPressure(PhysicalQuantity value) {
      return with("DE04.10.174.00", value);
    }

    /** 收缩压 ({@code DE04.10.174.00}). */
    public Optional<PhysicalQuantity> systolicBloodPressure() {
      return value("DE04.10.174.00", PhysicalQuantity.class);
    }

    /** 舒张压 ({@code DE04.10.176.00}, PQ). */
    public VitalSignsGroup diastolicBloodPressure(BigDecimal value) {
      return with("DE04.10.176.00", PhysicalQuantity.unitless(value));
    }

    /** 舒张压 ({@code DE04.10.176.00}, PQ). */
    public VitalSignsGroup diastolicBloodPressure(PhysicalQuantity value) {
      return with("DE04.10.176.00", value);
    }

    /** 舒张压 ({@code DE04.10.176.00}). */
    public Optional<PhysicalQuantity> diastolicBloodPressure() {
      return value("DE04.10.176.00", PhysicalQuantity.class);
    }
  }

  /**
   * One group of section 47519-4 HISTORY OF PROCEDURES: one PROCEDURE act, written as one unit (document layout group {@code PROCEDURE}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class OperationInHistoryOfProcedures extends TypedGroup<OperationInHistoryOfProcedures> {
    private OperationInHistoryOfProcedures() {
      super("47519-4", "PROCEDURE");
    }

    @Override
    protected OperationInHistoryOfProcedures blank() {
      return new OperationInHistoryOfProcedures();
    }

    /** An empty group; set its members. */
    public static OperationInHistoryOfProcedures of() {
      return new OperationInHistoryOfProcedures();
    }

    /** 患者实施手术所在的手术室编号 ({@code DE06.00.256.00}, ST). */
    public OperationInHistoryOfProcedures operatingRoomNumber(String value) {
      return with("DE06.00.256.00", Text.of(value));
    }

    /** 患者实施手术所在的手术室编号 ({@code DE06.00.256.00}). */
    public Optional<Text> operatingRoomNumber() {
      return value("DE06.00.256.00", Text.class);
    }

    /** 手术体位代码 ({@code DE06.00.260.00}, CD, value set {@code 2.16.156.10011.2.3.1.262}). */
    public OperationInHistoryOfProcedures surgicalPositionCode(Coded value) {
      return with("DE06.00.260.00", CodedValue.of(value));
    }

    /** 手术体位代码 ({@code DE06.00.260.00}). */
    public Optional<CodedValue> surgicalPositionCode() {
      return value("DE06.00.260.00", CodedValue.class);
    }

    /** 诊疗过程描述 ({@code DE06.00.296.00}, ST). */
    public OperationInHistoryOfProcedures treatmentCourseDescription(String value) {
      return with("DE06.00.296.00", Text.of(value));
    }

    /** 诊疗过程描述 ({@code DE06.00.296.00}). */
    public Optional<Text> treatmentCourseDescription() {
      return value("DE06.00.296.00", Text.class);
    }

    /** 手术及操作编码 ({@code DE06.00.093.00}, CD, value set {@code 2.16.156.10011.2.3.3.12}). */
    public OperationInHistoryOfProcedures procedureCode(Coded value) {
      return with("DE06.00.093.00", CodedValue.of(value));
    }

    /** 手术及操作编码 ({@code DE06.00.093.00}). */
    public Optional<CodedValue> procedureCode() {
      return value("DE06.00.093.00", CodedValue.class);
    }
  }

  /** Builds a {@link AnesthesiaRecord}. Thread safety: not thread-safe. */
  public static final class Builder extends TypedDocument.Builder<AnesthesiaRecord, Builder> {
    private Builder() {
      super(documentSpec());
    }

    @Override
    protected AnesthesiaRecord create(ClinicalDocument document) {
      return new AnesthesiaRecord(document);
    }

    /** Appends one {@link StudiesSummaryGroup}: all its values as one unit. */
    public Builder addStudiesSummaryGroup(StudiesSummaryGroup group) {
      return addGroup(group);
    }

    /** 术前诊断编码 ({@code DE05.01.024.00}, CD), section 10219-4 Surgical operation note preoperative Dx, value set {@code 2.16.156.10011.2.3.3.11.3}. */
    public Builder diagnosisCodeInSurgicalOperationNotePreoperativeDx(Coded value) {
      return set("10219-4", "DE05.01.024.00", CodedValue.of(value));
    }

    /** 术后诊断编码 ({@code DE05.01.024.00}, CD), section 10218-6 Surgical operation note postoperative Dx, value set {@code 2.16.156.10011.2.3.3.11.3}. */
    public Builder diagnosisCodeInSurgicalOperationNotePostoperativeDx(Coded value) {
      return set("10218-6", "DE05.01.024.00", CodedValue.of(value));
    }

    /** Appends one {@link Drug}: all its values as one unit. */
    public Builder addDrug(Drug group) {
      return addGroup(group);
    }

    /** 过敏史 ({@code DE02.10.022.00}, ST), section 18610-6 MEDICATION ADMINISTERED. */
    public Builder allergyHistory(String value) {
      return set("18610-6", "DE02.10.022.00", Text.of(value));
    }

    /** 术中输液项目 ({@code DE06.00.269.00}, ST), section 10216-0 Surgical operation note fluids. */
    public Builder intraoperativeInfusionItems(String value) {
      return set("10216-0", "DE06.00.269.00", Text.of(value));
    }

    /** Appends one {@link OperationInHistoryOfBloodTransfusion}: all its values as one unit. */
    public Builder addOperationInHistoryOfBloodTransfusion(OperationInHistoryOfBloodTransfusion group) {
      return addGroup(group);
    }

    /** Appends one {@link OperationInProcedureAnesthesia}: all its values as one unit. */
    public Builder addOperationInProcedureAnesthesia(OperationInProcedureAnesthesia group) {
      return addGroup(group);
    }

    /** Appends one {@link MonitoringItem}: all its values as one unit. */
    public Builder addMonitoringItem(MonitoringItem group) {
      return addGroup(group);
    }

    /** 体重 ({@code DE04.10.188.00}, PQ), section 8716-3 VITAL SIGNS, unit kg. */
    public Builder bodyWeight(BigDecimal value) {
      return set("8716-3", "DE04.10.188.00", quantity("8716-3", "DE04.10.188.00", value));
    }

    /** 体重 ({@code DE04.10.188.00}, PQ), section 8716-3 VITAL SIGNS, unit kg. */
    public Builder bodyWeight(PhysicalQuantity value) {
      return set("8716-3", "DE04.10.188.00", value);
    }

    /** 体温 ({@code DE04.10.186.00}, PQ), section 8716-3 VITAL SIGNS. */
    public Builder bodyTemperature(BigDecimal value) {
      return set("8716-3", "DE04.10.186.00", quantity("8716-3", "DE04.10.186.00", value));
    }

    /** 体温 ({@code DE04.10.186.00}, PQ), section 8716-3 VITAL SIGNS. */
    public Builder bodyTemperature(PhysicalQuantity value) {
      return set("8716-3", "DE04.10.186.00", value);
    }

    /** 脉率 ({@code DE04.10.118.00}, PQ), section 8716-3 VITAL SIGNS. */
    public Builder pulseRate(BigDecimal value) {
      return set("8716-3", "DE04.10.118.00", quantity("8716-3", "DE04.10.118.00", value));
    }

    /** 脉率 ({@code DE04.10.118.00}, PQ), section 8716-3 VITAL SIGNS. */
    public Builder pulseRate(PhysicalQuantity value) {
      return set("8716-3", "DE04.10.118.00", value);
    }

    /** 呼吸频率 ({@code DE04.10.081.00}, PQ), section 8716-3 VITAL SIGNS. */
    public Builder respiratoryRate(BigDecimal value) {
      return set("8716-3", "DE04.10.081.00", quantity("8716-3", "DE04.10.081.00", value));
    }

    /** 呼吸频率 ({@code DE04.10.081.00}, PQ), section 8716-3 VITAL SIGNS. */
    public Builder respiratoryRate(PhysicalQuantity value) {
      return set("8716-3", "DE04.10.081.00", value);
    }

    /** 心率 ({@code DE04.10.206.00}, PQ), section 8716-3 VITAL SIGNS. */
    public Builder heartRate(BigDecimal value) {
      return set("8716-3", "DE04.10.206.00", quantity("8716-3", "DE04.10.206.00", value));
    }

    /** 心率 ({@code DE04.10.206.00}, PQ), section 8716-3 VITAL SIGNS. */
    public Builder heartRate(PhysicalQuantity value) {
      return set("8716-3", "DE04.10.206.00", value);
    }

    /** Sets the one {@link VitalSignsGroup}, replacing any before. */
    public Builder vitalSignsGroup(VitalSignsGroup group) {
      return setGroup(group);
    }

    /** Appends one {@link OperationInHistoryOfProcedures}: all its values as one unit. */
    public Builder addOperationInHistoryOfProcedures(OperationInHistoryOfProcedures group) {
      return addGroup(group);
    }

    /** 出血量(ml) ({@code DE06.00.097.00}, PQ), section 55103-6 Surgical operation note estimated blood loss, unit ml. */
    public Builder addBloodLoss(BigDecimal value) {
      return add("55103-6", "DE06.00.097.00", quantity("55103-6", "DE06.00.097.00", value));
    }

    /** 出血量(ml) ({@code DE06.00.097.00}, PQ), section 55103-6 Surgical operation note estimated blood loss, unit ml. */
    public Builder addBloodLoss(PhysicalQuantity value) {
      return add("55103-6", "DE06.00.097.00", value);
    }

    /** 患者去向代码 ({@code DE06.00.185.00}, ST), section 59775-7 Procedure disposition. */
    public Builder patientDispositionCode(String value) {
      return set("59775-7", "DE06.00.185.00", Text.of(value));
    }
  }
}
