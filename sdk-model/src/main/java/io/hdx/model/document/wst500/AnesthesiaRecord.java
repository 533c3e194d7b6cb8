package io.hdx.model.document.wst500;

import io.hdx.model.datatype.*;
import io.hdx.model.document.ClinicalDocument;
import io.hdx.model.document.TypedDocument;
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

  /** 舒张压 ({@code DE04.10.176.00}, PQ), section 8716-3 VITAL SIGNS. */
  public Optional<PhysicalQuantity> diastolicBloodPressure() {
    return value("8716-3", "DE04.10.176.00", PhysicalQuantity.class);
  }

  /** 患者实施手术所在的手术室编号 ({@code DE06.00.256.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
  public List<Text> operatingRoomNumber() {
    return valueList("47519-4", "DE06.00.256.00", Text.class);
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

  /** 出血量(ml) ({@code DE06.00.097.00}, PQ), section 55103-6 Surgical operation note estimated blood loss, unit mL. */
  public List<PhysicalQuantity> bloodLoss() {
    return valueList("55103-6", "DE06.00.097.00", PhysicalQuantity.class);
  }

  /** 患者去向代码 ({@code DE06.00.185.00}, ST), section 59775-7 Procedure disposition. */
  public Optional<String> patientDispositionCode() {
    return text("59775-7", "DE06.00.185.00");
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

    /** ABO血型代码 ({@code DE04.50.001.00}, CD), section 30954-2 STUDIES SUMMARY, value set {@code 2.16.156.10011.2.3.1.85}. */
    public Builder aboBloodTypeCode(Coded value) {
      return set("30954-2", "DE04.50.001.00", CodedValue.of(value));
    }

    /** Rh(D)血型代码 ({@code DE04.50.010.00}, CD), section 30954-2 STUDIES SUMMARY, value set {@code 2.16.156.10011.2.3.1.250}. */
    public Builder addRhBloodTypeCode(Coded value) {
      return add("30954-2", "DE04.50.010.00", CodedValue.of(value));
    }

    /** 术前诊断编码 ({@code DE05.01.024.00}, CD), section 10219-4 Surgical operation note preoperative Dx, value set {@code 2.16.156.10011.2.3.3.11.3}. */
    public Builder diagnosisCodeInSurgicalOperationNotePreoperativeDx(Coded value) {
      return set("10219-4", "DE05.01.024.00", CodedValue.of(value));
    }

    /** 术后诊断编码 ({@code DE05.01.024.00}, CD), section 10218-6 Surgical operation note postoperative Dx, value set {@code 2.16.156.10011.2.3.3.11.3}. */
    public Builder diagnosisCodeInSurgicalOperationNotePostoperativeDx(Coded value) {
      return set("10218-6", "DE05.01.024.00", CodedValue.of(value));
    }

    /** 药物用法 ({@code DE06.00.136.00}, ST), section 18610-6 MEDICATION ADMINISTERED. */
    public Builder addMedicationUsageInMedicationAdministered(String value) {
      return add("18610-6", "DE06.00.136.00", Text.of(value));
    }

    /** 药物使用频率 ({@code DE06.00.133.00}, CD), section 18610-6 MEDICATION ADMINISTERED, value set {@code 2.16.156.10011.2.3.1.267}. */
    public Builder addMedicationFrequency(Coded value) {
      return add("18610-6", "DE06.00.133.00", CodedValue.of(value));
    }

    /** 药物使用剂量单位 ({@code DE08.50.024.00}, ST), section 18610-6 MEDICATION ADMINISTERED. */
    public Builder addMedicationDoseUnit(String value) {
      return add("18610-6", "DE08.50.024.00", Text.of(value));
    }

    /** 药物使用总剂量 ({@code DE06.00.135.00}, PQ), section 18610-6 MEDICATION ADMINISTERED. */
    public Builder addMedicationTotalDose(BigDecimal value) {
      return add("18610-6", "DE06.00.135.00", quantity("18610-6", "DE06.00.135.00", value));
    }

    /** 药物使用总剂量 ({@code DE06.00.135.00}, PQ), section 18610-6 MEDICATION ADMINISTERED. */
    public Builder addMedicationTotalDose(PhysicalQuantity value) {
      return add("18610-6", "DE06.00.135.00", value);
    }

    /** 过敏史 ({@code DE02.10.022.00}, ST), section 18610-6 MEDICATION ADMINISTERED. */
    public Builder allergyHistory(String value) {
      return set("18610-6", "DE02.10.022.00", Text.of(value));
    }

    /** 药物使用途径代码 ({@code DE06.00.134.00}, CD), section 18610-6 MEDICATION ADMINISTERED, value set {@code 2.16.156.10011.2.3.1.158}. */
    public Builder addMedicationRouteCode(Coded value) {
      return add("18610-6", "DE06.00.134.00", CodedValue.of(value));
    }

    /** 药物使用次剂量 ({@code DE08.50.023.00}, PQ), section 18610-6 MEDICATION ADMINISTERED. */
    public Builder addMedicationSingleDose(BigDecimal value) {
      return add("18610-6", "DE08.50.023.00", quantity("18610-6", "DE08.50.023.00", value));
    }

    /** 药物使用次剂量 ({@code DE08.50.023.00}, PQ), section 18610-6 MEDICATION ADMINISTERED. */
    public Builder addMedicationSingleDose(PhysicalQuantity value) {
      return add("18610-6", "DE08.50.023.00", value);
    }

    /** 药物名称 ({@code DE08.50.022.00}, ST), section 18610-6 MEDICATION ADMINISTERED. */
    public Builder addMedicationNameInMedicationAdministered(String value) {
      return add("18610-6", "DE08.50.022.00", Text.of(value));
    }

    /** 术中输液项目 ({@code DE06.00.269.00}, ST), section 10216-0 Surgical operation note fluids. */
    public Builder intraoperativeInfusionItems(String value) {
      return set("10216-0", "DE06.00.269.00", Text.of(value));
    }

    /** 输血品种代码 ({@code DE08.50.040.00}, CD), section 56836-0 History of blood transfusion, value set {@code 2.16.156.10011.2.3.1.251}. */
    public Builder addBloodProductCode(Coded value) {
      return add("56836-0", "DE08.50.040.00", CodedValue.of(value));
    }

    /** 输血量(ml) ({@code DE06.00.267.00}, PQ), section 56836-0 History of blood transfusion. */
    public Builder addTransfusionVolume(BigDecimal value) {
      return add("56836-0", "DE06.00.267.00", quantity("56836-0", "DE06.00.267.00", value));
    }

    /** 输血量(ml) ({@code DE06.00.267.00}, PQ), section 56836-0 History of blood transfusion. */
    public Builder addTransfusionVolume(PhysicalQuantity value) {
      return add("56836-0", "DE06.00.267.00", value);
    }

    /** 输血量计量单位 ({@code DE08.50.036.00}, ST), section 56836-0 History of blood transfusion. */
    public Builder addTransfusionVolumeUnit(String value) {
      return add("56836-0", "DE08.50.036.00", Text.of(value));
    }

    /** 输血反应标志 ({@code DE06.00.264.00}, BL), section 56836-0 History of blood transfusion. */
    public Builder addTransfusionReactionFlag(boolean value) {
      return add("56836-0", "DE06.00.264.00", BooleanValue.of(value));
    }

    /** ASA分级标准代码 ({@code DE05.10.129.00}, CD), section 59774-0 Procedure anesthesia, value set {@code 2.16.156.10011.2.3.1.255}. */
    public Builder addAsaClassCode(Coded value) {
      return add("59774-0", "DE05.10.129.00", CodedValue.of(value));
    }

    /** 气管插管分类 ({@code DE06.00.228.00}, ST), section 59774-0 Procedure anesthesia. */
    public Builder addIntubationType(String value) {
      return add("59774-0", "DE06.00.228.00", Text.of(value));
    }

    /** 麻醉药物名称 ({@code DE08.50.022.00}, ST), section 59774-0 Procedure anesthesia. */
    public Builder addMedicationNameInProcedureAnesthesia(String value) {
      return add("59774-0", "DE08.50.022.00", Text.of(value));
    }

    /** 麻醉体位 ({@code DE04.10.260.00}, ST), section 59774-0 Procedure anesthesia. */
    public Builder addAnesthesiaPosition(String value) {
      return add("59774-0", "DE04.10.260.00", Text.of(value));
    }

    /** 呼吸类型代码 ({@code DE06.00.208.00}, CD), section 59774-0 Procedure anesthesia, value set {@code 2.16.156.10011.2.3.2.1}. */
    public Builder addBreathingTypeCode(Coded value) {
      return add("59774-0", "DE06.00.208.00", CodedValue.of(value));
    }

    /** 麻醉描述 ({@code DE06.00.226.00}, ST), section 59774-0 Procedure anesthesia. */
    public Builder addAnesthesiaDescription(String value) {
      return add("59774-0", "DE06.00.226.00", Text.of(value));
    }

    /** 麻醉合并症标志代码 ({@code DE05.01.077.00}, CD), section 59774-0 Procedure anesthesia, value set {@code 2.16.156.10011.2.3.2.59}. */
    public Builder addAnesthesiaComplicationFlagCode(Coded value) {
      return add("59774-0", "DE05.01.077.00", CodedValue.of(value));
    }

    /** 穿刺过程 ({@code DE05.10.063.00}, ST), section 59774-0 Procedure anesthesia. */
    public Builder addOperationDescription(String value) {
      return add("59774-0", "DE05.10.063.00", Text.of(value));
    }

    /** 麻醉效果 ({@code DE06.00.253.00}, ST), section 59774-0 Procedure anesthesia. */
    public Builder addAnesthesiaEffect(String value) {
      return add("59774-0", "DE06.00.253.00", Text.of(value));
    }

    /** 麻醉前用药 ({@code DE06.00.136.00}, ST), section 59774-0 Procedure anesthesia. */
    public Builder addMedicationUsageInProcedureAnesthesia(String value) {
      return add("59774-0", "DE06.00.136.00", Text.of(value));
    }

    /** 麻醉方法代码 ({@code DE06.00.073.00}, CD), section 59774-0 Procedure anesthesia, value set {@code 2.16.156.10011.2.3.1.159}. */
    public Builder addAnesthesiaMethodCode(Coded value) {
      return add("59774-0", "DE06.00.073.00", CodedValue.of(value));
    }

    /** 常规监测项目名称 ({@code DE06.00.216.00}, ST), section 11450-4 PROBLEM LIST. */
    public Builder addMonitoringItemName(String value) {
      return add("11450-4", "DE06.00.216.00", Text.of(value));
    }

    /** 常规监测项目结果 ({@code DE06.00.281.00}, ST), section 11450-4 PROBLEM LIST. */
    public Builder addMonitoringItemResult(String value) {
      return add("11450-4", "DE06.00.281.00", Text.of(value));
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

    /** 收缩压 ({@code DE04.10.174.00}, PQ), section 8716-3 VITAL SIGNS. */
    public Builder systolicBloodPressure(BigDecimal value) {
      return set("8716-3", "DE04.10.174.00", quantity("8716-3", "DE04.10.174.00", value));
    }

    /** 收缩压 ({@code DE04.10.174.00}, PQ), section 8716-3 VITAL SIGNS. */
    public Builder systolicBloodPressure(PhysicalQuantity value) {
      return set("8716-3", "DE04.10.174.00", value);
    }

    /** 舒张压 ({@code DE04.10.176.00}, PQ), section 8716-3 VITAL SIGNS. */
    public Builder diastolicBloodPressure(BigDecimal value) {
      return set("8716-3", "DE04.10.176.00", quantity("8716-3", "DE04.10.176.00", value));
    }

    /** 舒张压 ({@code DE04.10.176.00}, PQ), section 8716-3 VITAL SIGNS. */
    public Builder diastolicBloodPressure(PhysicalQuantity value) {
      return set("8716-3", "DE04.10.176.00", value);
    }

    /** 患者实施手术所在的手术室编号 ({@code DE06.00.256.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
    public Builder addOperatingRoomNumber(String value) {
      return add("47519-4", "DE06.00.256.00", Text.of(value));
    }

    /** 手术体位代码 ({@code DE06.00.260.00}, CD), section 47519-4 HISTORY OF PROCEDURES, value set {@code 2.16.156.10011.2.3.1.262}. */
    public Builder addSurgicalPositionCode(Coded value) {
      return add("47519-4", "DE06.00.260.00", CodedValue.of(value));
    }

    /** 诊疗过程描述 ({@code DE06.00.296.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
    public Builder addTreatmentCourseDescription(String value) {
      return add("47519-4", "DE06.00.296.00", Text.of(value));
    }

    /** 手术及操作编码 ({@code DE06.00.093.00}, CD), section 47519-4 HISTORY OF PROCEDURES, value set {@code 2.16.156.10011.2.3.3.12}. */
    public Builder addProcedureCode(Coded value) {
      return add("47519-4", "DE06.00.093.00", CodedValue.of(value));
    }

    /** 出血量(ml) ({@code DE06.00.097.00}, PQ), section 55103-6 Surgical operation note estimated blood loss, unit mL. */
    public Builder addBloodLoss(BigDecimal value) {
      return add("55103-6", "DE06.00.097.00", quantity("55103-6", "DE06.00.097.00", value));
    }

    /** 出血量(ml) ({@code DE06.00.097.00}, PQ), section 55103-6 Surgical operation note estimated blood loss, unit mL. */
    public Builder addBloodLoss(PhysicalQuantity value) {
      return add("55103-6", "DE06.00.097.00", value);
    }

    /** 患者去向代码 ({@code DE06.00.185.00}, ST), section 59775-7 Procedure disposition. */
    public Builder patientDispositionCode(String value) {
      return set("59775-7", "DE06.00.185.00", Text.of(value));
    }
  }
}
