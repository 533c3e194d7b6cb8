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
 * WS/T 500.14-2016 待产记录 (Labor (pre-delivery) record): document code {@code C0014}, templateId {@code 2.16.156.10011.2.1.1.34}.
 *
 * <p>Unconfirmed in the spec data: cardinalities (the public samples show presence only); 11 of 41 entries.
 *
 * <p>Generated from the document spec by TypedDocumentGenerator; do not edit.
 *
 * <p>Thread safety: immutable; the builder is not thread-safe.
 *
 * @since 0.1.0
 */
public final class LaborRecord extends TypedDocument {
  /** The document code. */
  public static final String CODE = "C0014";
  /** The templateId OID. */
  public static final String TEMPLATE_ID = "2.16.156.10011.2.1.1.34";

  private LaborRecord(ClinicalDocument document) {
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
   * @throws io.hdx.model.ValidationException when the document is not a C0014
   */
  public static LaborRecord from(ClinicalDocument document) {
    return new LaborRecord(document);
  }

  /** 待产日期时间 ({@code DE06.00.197.00}, TS), section 11450-4 PROBLEM LIST. */
  public Optional<PointInTime> awaitingDeliveryDateTime() {
    return value("11450-4", "DE06.00.197.00", PointInTime.class);
  }

  /** 孕次 ({@code DE04.01.108.00}, INT), section 11450-4 PROBLEM LIST. */
  public Optional<Long> gravidity() {
    return integer("11450-4", "DE04.01.108.00");
  }

  /** 产次 ({@code DE02.10.002.00}, INT), section 11450-4 PROBLEM LIST. */
  public Optional<Long> parity() {
    return integer("11450-4", "DE02.10.002.00");
  }

  /** 末次月经日期 ({@code DE02.10.051.00}, TS), section 11450-4 PROBLEM LIST. */
  public Optional<PointInTime> lastMenstrualPeriodDate() {
    return value("11450-4", "DE02.10.051.00", PointInTime.class);
  }

  /** 受孕形式代码 ({@code DE06.00.261.00}, CD), section 11450-4 PROBLEM LIST, value set {@code 2.16.156.10011.2.3.2.44}. */
  public Optional<CodedValue> conceptionModeCode() {
    return value("11450-4", "DE06.00.261.00", CodedValue.class);
  }

  /** 预产期 ({@code DE05.10.098.00}, TS), section 11450-4 PROBLEM LIST. */
  public Optional<PointInTime> expectedDeliveryDate() {
    return value("11450-4", "DE05.10.098.00", PointInTime.class);
  }

  /** 产前检查标志 ({@code DE04.10.013.00}, BL), section 11450-4 PROBLEM LIST. */
  public Optional<Boolean> prenatalCheckFlag() {
    return bool("11450-4", "DE04.10.013.00");
  }

  /** 产前检查异常情况 ({@code DE05.10.161.00}, ST), section 11450-4 PROBLEM LIST. */
  public Optional<String> prenatalCheckAbnormalities() {
    return text("11450-4", "DE05.10.161.00");
  }

  /** 此次妊娠特殊情况 ({@code DE05.10.070.00}, ST), section 11450-4 PROBLEM LIST. */
  public Optional<String> pregnancySpecialConditions() {
    return text("11450-4", "DE05.10.070.00");
  }

  /** 孕前体重(kg) ({@code DE04.10.188.00}, PQ), section 8716-3 VITAL SIGNS. */
  public List<PhysicalQuantity> bodyWeight() {
    return valueList("8716-3", "DE04.10.188.00", PhysicalQuantity.class);
  }

  /** 身高 ({@code DE04.10.167.00}, PQ), section 8716-3 VITAL SIGNS. */
  public List<PhysicalQuantity> bodyHeight() {
    return valueList("8716-3", "DE04.10.167.00", PhysicalQuantity.class);
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

  /** 体温(°C) ({@code DE04.10.186.00}, PQ), section 8716-3 VITAL SIGNS. */
  public List<PhysicalQuantity> bodyTemperature() {
    return valueList("8716-3", "DE04.10.186.00", PhysicalQuantity.class);
  }

  /** 脉率(次/min) ({@code DE04.10.118.00}, PQ), section 8716-3 VITAL SIGNS. */
  public List<PhysicalQuantity> pulseRate() {
    return valueList("8716-3", "DE04.10.118.00", PhysicalQuantity.class);
  }

  /** 呼吸频率(次/min) ({@code DE04.10.081.00}, PQ), section 8716-3 VITAL SIGNS. */
  public List<PhysicalQuantity> respiratoryRate() {
    return valueList("8716-3", "DE04.10.081.00", PhysicalQuantity.class);
  }

  /** 既往史 ({@code DE02.10.099.00}, ST), section 11348-0 HISTORY OF PAST ILLNESS. */
  public Optional<String> pastMedicalHistory() {
    return text("11348-0", "DE02.10.099.00");
  }

  /** 手术史 ({@code DE02.10.061.00}, ST), section 11348-0 HISTORY OF PAST ILLNESS. */
  public Optional<String> surgicalHistory() {
    return text("11348-0", "DE02.10.061.00");
  }

  /** 既往孕产史 ({@code DE02.10.098.00}, ST), section 11348-0 HISTORY OF PAST ILLNESS. */
  public Optional<String> maritalReproductiveHistory() {
    return text("11348-0", "DE02.10.098.00");
  }

  /** 宫底高度(cm) ({@code DE04.10.067.00}, PQ), section 57073-9 Prenatal events. */
  public List<PhysicalQuantity> fundalHeight() {
    return valueList("57073-9", "DE04.10.067.00", PhysicalQuantity.class);
  }

  /** 腹围(cm) ({@code DE04.10.052.00}, PQ), section 57073-9 Prenatal events. */
  public List<PhysicalQuantity> abdominalCircumference() {
    return valueList("57073-9", "DE04.10.052.00", PhysicalQuantity.class);
  }

  /** 胎方位代码 ({@code DE05.01.044.00}, CD), section 57073-9 Prenatal events, value set {@code 2.16.156.10011.2.3.1.106}. */
  public Optional<CodedValue> fetalPositionCode() {
    return value("57073-9", "DE05.01.044.00", CodedValue.class);
  }

  /** 胎心率(次/min) ({@code DE04.10.183.00}, PQ), section 57073-9 Prenatal events. */
  public List<PhysicalQuantity> fetalHeartRate() {
    return valueList("57073-9", "DE04.10.183.00", PhysicalQuantity.class);
  }

  /** 头位难产情况的评估 ({@code DE05.10.135.00}, ST), section 57073-9 Prenatal events. */
  public Optional<String> cephalicDystociaAssessment() {
    return text("57073-9", "DE05.10.135.00");
  }

  /** 出口横径(cm) ({@code DE04.10.247.00}, PQ), section 57073-9 Prenatal events. */
  public List<PhysicalQuantity> pelvicOutletTransverseDiameter() {
    return valueList("57073-9", "DE04.10.247.00", PhysicalQuantity.class);
  }

  /** 骶耻外径(cm) ({@code DE04.10.175.00}, PQ), section 57073-9 Prenatal events. */
  public List<PhysicalQuantity> externalConjugateDiameter() {
    return valueList("57073-9", "DE04.10.175.00", PhysicalQuantity.class);
  }

  /** 坐骨结间径(cm) ({@code DE04.10.239.00}, PQ), section 57073-9 Prenatal events. */
  public List<PhysicalQuantity> intertuberousDiameter() {
    return valueList("57073-9", "DE04.10.239.00", PhysicalQuantity.class);
  }

  /** 宫缩情况 ({@code DE04.10.245.00}, ST), section 57073-9 Prenatal events. */
  public Optional<String> uterineContractionStatus() {
    return text("57073-9", "DE04.10.245.00");
  }

  /** 宫颈厚度 ({@code DE04.10.248.00}, ST), section 57073-9 Prenatal events. */
  public Optional<String> cervicalThickness() {
    return text("57073-9", "DE04.10.248.00");
  }

  /** 宫口情况 ({@code DE04.10.265.00}, ST), section 57073-9 Prenatal events. */
  public Optional<String> cervicalDilationStatus() {
    return text("57073-9", "DE04.10.265.00");
  }

  /** 胎膜情况代码 ({@code DE05.10.155.00}, CD), section 57073-9 Prenatal events, value set {@code 2.16.156.10011.2.3.1.10}. */
  public Optional<CodedValue> membraneStatusCode() {
    return value("57073-9", "DE05.10.155.00", CodedValue.class);
  }

  /** 破膜方式代码 ({@code DE04.10.256.00}, CD), section 57073-9 Prenatal events, value set {@code 2.16.156.10011.2.3.2.46}. */
  public Optional<CodedValue> membraneRuptureMethodCode() {
    return value("57073-9", "DE04.10.256.00", CodedValue.class);
  }

  /** 先露位置 ({@code DE04.10.262.00}, ST), section 57073-9 Prenatal events. */
  public Optional<String> presentingPartPosition() {
    return text("57073-9", "DE04.10.262.00");
  }

  /** 羊水情况 ({@code DE04.30.062.00}, ST), section 57073-9 Prenatal events. */
  public Optional<String> amnioticFluidStatus() {
    return text("57073-9", "DE04.30.062.00");
  }

  /** 膀胱充盈标志 ({@code DE04.10.257.00}, BL), section 57073-9 Prenatal events. */
  public Optional<Boolean> bladderDistensionFlag() {
    return bool("57073-9", "DE04.10.257.00");
  }

  /** 肠胀气标志 ({@code DE04.01.123.00}, BL), section 57073-9 Prenatal events. */
  public Optional<Boolean> flatulenceFlag() {
    return bool("57073-9", "DE04.01.123.00");
  }

  /** 检查方式代码 ({@code DE04.50.139.00}, CD), section 57073-9 Prenatal events, value set {@code 2.16.156.10011.2.3.2.47}. */
  public Optional<CodedValue> examMethodCode() {
    return value("57073-9", "DE04.50.139.00", CodedValue.class);
  }

  /** 处置计划 ({@code DE05.10.014.00}, ST), section 18776-5 TREATMENT PLAN. */
  public Optional<String> managementPlan() {
    return text("18776-5", "DE05.10.014.00");
  }

  /** 计划选取的分娩方式 ({@code DE02.10.011.00}, CD), section 18776-5 TREATMENT PLAN, value set {@code 2.16.156.10011.2.3.1.10}. */
  public Optional<CodedValue> plannedDeliveryMode() {
    return value("18776-5", "DE02.10.011.00", CodedValue.class);
  }

  /** 产程记录日期时间 ({@code DE09.00.053.00}, TS), section 18776-5 TREATMENT PLAN. */
  public Optional<PointInTime> laborRecordDateTime() {
    return value("18776-5", "DE09.00.053.00", PointInTime.class);
  }

  /** 产程经过 ({@code DE06.00.190.00}, ST), section 18776-5 TREATMENT PLAN. */
  public Optional<String> laborProgress() {
    return text("18776-5", "DE06.00.190.00");
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

  /** Builds a {@link LaborRecord}. Thread safety: not thread-safe. */
  public static final class Builder extends TypedDocument.Builder<LaborRecord, Builder> {
    private Builder() {
      super(documentSpec());
    }

    @Override
    protected LaborRecord create(ClinicalDocument document) {
      return new LaborRecord(document);
    }

    /** 待产日期时间 ({@code DE06.00.197.00}, TS), section 11450-4 PROBLEM LIST. */
    public Builder awaitingDeliveryDateTime(LocalDate value) {
      return set("11450-4", "DE06.00.197.00", PointInTime.of(value));
    }

    /** 待产日期时间 ({@code DE06.00.197.00}, TS), section 11450-4 PROBLEM LIST. */
    public Builder awaitingDeliveryDateTime(LocalDateTime value) {
      return set("11450-4", "DE06.00.197.00", PointInTime.of(value));
    }

    /** 待产日期时间 ({@code DE06.00.197.00}, TS), section 11450-4 PROBLEM LIST. */
    public Builder awaitingDeliveryDateTime(PointInTime value) {
      return set("11450-4", "DE06.00.197.00", value);
    }

    /** 孕次 ({@code DE04.01.108.00}, INT), section 11450-4 PROBLEM LIST. */
    public Builder gravidity(long value) {
      return set("11450-4", "DE04.01.108.00", IntegerValue.of(value));
    }

    /** 产次 ({@code DE02.10.002.00}, INT), section 11450-4 PROBLEM LIST. */
    public Builder parity(long value) {
      return set("11450-4", "DE02.10.002.00", IntegerValue.of(value));
    }

    /** 末次月经日期 ({@code DE02.10.051.00}, TS), section 11450-4 PROBLEM LIST. */
    public Builder lastMenstrualPeriodDate(LocalDate value) {
      return set("11450-4", "DE02.10.051.00", PointInTime.of(value));
    }

    /** 末次月经日期 ({@code DE02.10.051.00}, TS), section 11450-4 PROBLEM LIST. */
    public Builder lastMenstrualPeriodDate(LocalDateTime value) {
      return set("11450-4", "DE02.10.051.00", PointInTime.of(value));
    }

    /** 末次月经日期 ({@code DE02.10.051.00}, TS), section 11450-4 PROBLEM LIST. */
    public Builder lastMenstrualPeriodDate(PointInTime value) {
      return set("11450-4", "DE02.10.051.00", value);
    }

    /** 受孕形式代码 ({@code DE06.00.261.00}, CD), section 11450-4 PROBLEM LIST, value set {@code 2.16.156.10011.2.3.2.44}. */
    public Builder conceptionModeCode(Coded value) {
      return set("11450-4", "DE06.00.261.00", CodedValue.of(value));
    }

    /** 预产期 ({@code DE05.10.098.00}, TS), section 11450-4 PROBLEM LIST. */
    public Builder expectedDeliveryDate(LocalDate value) {
      return set("11450-4", "DE05.10.098.00", PointInTime.of(value));
    }

    /** 预产期 ({@code DE05.10.098.00}, TS), section 11450-4 PROBLEM LIST. */
    public Builder expectedDeliveryDate(LocalDateTime value) {
      return set("11450-4", "DE05.10.098.00", PointInTime.of(value));
    }

    /** 预产期 ({@code DE05.10.098.00}, TS), section 11450-4 PROBLEM LIST. */
    public Builder expectedDeliveryDate(PointInTime value) {
      return set("11450-4", "DE05.10.098.00", value);
    }

    /** 产前检查标志 ({@code DE04.10.013.00}, BL), section 11450-4 PROBLEM LIST. */
    public Builder prenatalCheckFlag(boolean value) {
      return set("11450-4", "DE04.10.013.00", BooleanValue.of(value));
    }

    /** 产前检查异常情况 ({@code DE05.10.161.00}, ST), section 11450-4 PROBLEM LIST. */
    public Builder prenatalCheckAbnormalities(String value) {
      return set("11450-4", "DE05.10.161.00", Text.of(value));
    }

    /** 此次妊娠特殊情况 ({@code DE05.10.070.00}, ST), section 11450-4 PROBLEM LIST. */
    public Builder pregnancySpecialConditions(String value) {
      return set("11450-4", "DE05.10.070.00", Text.of(value));
    }

    /** 孕前体重(kg) ({@code DE04.10.188.00}, PQ), section 8716-3 VITAL SIGNS. */
    public Builder addBodyWeight(BigDecimal value) {
      return add("8716-3", "DE04.10.188.00", quantity("8716-3", "DE04.10.188.00", value));
    }

    /** 孕前体重(kg) ({@code DE04.10.188.00}, PQ), section 8716-3 VITAL SIGNS. */
    public Builder addBodyWeight(PhysicalQuantity value) {
      return add("8716-3", "DE04.10.188.00", value);
    }

    /** 身高 ({@code DE04.10.167.00}, PQ), section 8716-3 VITAL SIGNS. */
    public Builder addBodyHeight(BigDecimal value) {
      return add("8716-3", "DE04.10.167.00", quantity("8716-3", "DE04.10.167.00", value));
    }

    /** 身高 ({@code DE04.10.167.00}, PQ), section 8716-3 VITAL SIGNS. */
    public Builder addBodyHeight(PhysicalQuantity value) {
      return add("8716-3", "DE04.10.167.00", value);
    }

    /** Sets the one {@link VitalSignsGroup}, replacing any before. */
    public Builder vitalSignsGroup(VitalSignsGroup group) {
      return setGroup(group);
    }

    /** 体温(°C) ({@code DE04.10.186.00}, PQ), section 8716-3 VITAL SIGNS. */
    public Builder addBodyTemperature(BigDecimal value) {
      return add("8716-3", "DE04.10.186.00", quantity("8716-3", "DE04.10.186.00", value));
    }

    /** 体温(°C) ({@code DE04.10.186.00}, PQ), section 8716-3 VITAL SIGNS. */
    public Builder addBodyTemperature(PhysicalQuantity value) {
      return add("8716-3", "DE04.10.186.00", value);
    }

    /** 脉率(次/min) ({@code DE04.10.118.00}, PQ), section 8716-3 VITAL SIGNS. */
    public Builder addPulseRate(BigDecimal value) {
      return add("8716-3", "DE04.10.118.00", quantity("8716-3", "DE04.10.118.00", value));
    }

    /** 脉率(次/min) ({@code DE04.10.118.00}, PQ), section 8716-3 VITAL SIGNS. */
    public Builder addPulseRate(PhysicalQuantity value) {
      return add("8716-3", "DE04.10.118.00", value);
    }

    /** 呼吸频率(次/min) ({@code DE04.10.081.00}, PQ), section 8716-3 VITAL SIGNS. */
    public Builder addRespiratoryRate(BigDecimal value) {
      return add("8716-3", "DE04.10.081.00", quantity("8716-3", "DE04.10.081.00", value));
    }

    /** 呼吸频率(次/min) ({@code DE04.10.081.00}, PQ), section 8716-3 VITAL SIGNS. */
    public Builder addRespiratoryRate(PhysicalQuantity value) {
      return add("8716-3", "DE04.10.081.00", value);
    }

    /** 既往史 ({@code DE02.10.099.00}, ST), section 11348-0 HISTORY OF PAST ILLNESS. */
    public Builder pastMedicalHistory(String value) {
      return set("11348-0", "DE02.10.099.00", Text.of(value));
    }

    /** 手术史 ({@code DE02.10.061.00}, ST), section 11348-0 HISTORY OF PAST ILLNESS. */
    public Builder surgicalHistory(String value) {
      return set("11348-0", "DE02.10.061.00", Text.of(value));
    }

    /** 既往孕产史 ({@code DE02.10.098.00}, ST), section 11348-0 HISTORY OF PAST ILLNESS. */
    public Builder maritalReproductiveHistory(String value) {
      return set("11348-0", "DE02.10.098.00", Text.of(value));
    }

    /** 宫底高度(cm) ({@code DE04.10.067.00}, PQ), section 57073-9 Prenatal events. */
    public Builder addFundalHeight(BigDecimal value) {
      return add("57073-9", "DE04.10.067.00", quantity("57073-9", "DE04.10.067.00", value));
    }

    /** 宫底高度(cm) ({@code DE04.10.067.00}, PQ), section 57073-9 Prenatal events. */
    public Builder addFundalHeight(PhysicalQuantity value) {
      return add("57073-9", "DE04.10.067.00", value);
    }

    /** 腹围(cm) ({@code DE04.10.052.00}, PQ), section 57073-9 Prenatal events. */
    public Builder addAbdominalCircumference(BigDecimal value) {
      return add("57073-9", "DE04.10.052.00", quantity("57073-9", "DE04.10.052.00", value));
    }

    /** 腹围(cm) ({@code DE04.10.052.00}, PQ), section 57073-9 Prenatal events. */
    public Builder addAbdominalCircumference(PhysicalQuantity value) {
      return add("57073-9", "DE04.10.052.00", value);
    }

    /** 胎方位代码 ({@code DE05.01.044.00}, CD), section 57073-9 Prenatal events, value set {@code 2.16.156.10011.2.3.1.106}. */
    public Builder fetalPositionCode(Coded value) {
      return set("57073-9", "DE05.01.044.00", CodedValue.of(value));
    }

    /** 胎心率(次/min) ({@code DE04.10.183.00}, PQ), section 57073-9 Prenatal events. */
    public Builder addFetalHeartRate(BigDecimal value) {
      return add("57073-9", "DE04.10.183.00", quantity("57073-9", "DE04.10.183.00", value));
    }

    /** 胎心率(次/min) ({@code DE04.10.183.00}, PQ), section 57073-9 Prenatal events. */
    public Builder addFetalHeartRate(PhysicalQuantity value) {
      return add("57073-9", "DE04.10.183.00", value);
    }

    /** 头位难产情况的评估 ({@code DE05.10.135.00}, ST), section 57073-9 Prenatal events. */
    public Builder cephalicDystociaAssessment(String value) {
      return set("57073-9", "DE05.10.135.00", Text.of(value));
    }

    /** 出口横径(cm) ({@code DE04.10.247.00}, PQ), section 57073-9 Prenatal events. */
    public Builder addPelvicOutletTransverseDiameter(BigDecimal value) {
      return add("57073-9", "DE04.10.247.00", quantity("57073-9", "DE04.10.247.00", value));
    }

    /** 出口横径(cm) ({@code DE04.10.247.00}, PQ), section 57073-9 Prenatal events. */
    public Builder addPelvicOutletTransverseDiameter(PhysicalQuantity value) {
      return add("57073-9", "DE04.10.247.00", value);
    }

    /** 骶耻外径(cm) ({@code DE04.10.175.00}, PQ), section 57073-9 Prenatal events. */
    public Builder addExternalConjugateDiameter(BigDecimal value) {
      return add("57073-9", "DE04.10.175.00", quantity("57073-9", "DE04.10.175.00", value));
    }

    /** 骶耻外径(cm) ({@code DE04.10.175.00}, PQ), section 57073-9 Prenatal events. */
    public Builder addExternalConjugateDiameter(PhysicalQuantity value) {
      return add("57073-9", "DE04.10.175.00", value);
    }

    /** 坐骨结间径(cm) ({@code DE04.10.239.00}, PQ), section 57073-9 Prenatal events. */
    public Builder addIntertuberousDiameter(BigDecimal value) {
      return add("57073-9", "DE04.10.239.00", quantity("57073-9", "DE04.10.239.00", value));
    }

    /** 坐骨结间径(cm) ({@code DE04.10.239.00}, PQ), section 57073-9 Prenatal events. */
    public Builder addIntertuberousDiameter(PhysicalQuantity value) {
      return add("57073-9", "DE04.10.239.00", value);
    }

    /** 宫缩情况 ({@code DE04.10.245.00}, ST), section 57073-9 Prenatal events. */
    public Builder uterineContractionStatus(String value) {
      return set("57073-9", "DE04.10.245.00", Text.of(value));
    }

    /** 宫颈厚度 ({@code DE04.10.248.00}, ST), section 57073-9 Prenatal events. */
    public Builder cervicalThickness(String value) {
      return set("57073-9", "DE04.10.248.00", Text.of(value));
    }

    /** 宫口情况 ({@code DE04.10.265.00}, ST), section 57073-9 Prenatal events. */
    public Builder cervicalDilationStatus(String value) {
      return set("57073-9", "DE04.10.265.00", Text.of(value));
    }

    /** 胎膜情况代码 ({@code DE05.10.155.00}, CD), section 57073-9 Prenatal events, value set {@code 2.16.156.10011.2.3.1.10}. */
    public Builder membraneStatusCode(Coded value) {
      return set("57073-9", "DE05.10.155.00", CodedValue.of(value));
    }

    /** 破膜方式代码 ({@code DE04.10.256.00}, CD), section 57073-9 Prenatal events, value set {@code 2.16.156.10011.2.3.2.46}. */
    public Builder membraneRuptureMethodCode(Coded value) {
      return set("57073-9", "DE04.10.256.00", CodedValue.of(value));
    }

    /** 先露位置 ({@code DE04.10.262.00}, ST), section 57073-9 Prenatal events. */
    public Builder presentingPartPosition(String value) {
      return set("57073-9", "DE04.10.262.00", Text.of(value));
    }

    /** 羊水情况 ({@code DE04.30.062.00}, ST), section 57073-9 Prenatal events. */
    public Builder amnioticFluidStatus(String value) {
      return set("57073-9", "DE04.30.062.00", Text.of(value));
    }

    /** 膀胱充盈标志 ({@code DE04.10.257.00}, BL), section 57073-9 Prenatal events. */
    public Builder bladderDistensionFlag(boolean value) {
      return set("57073-9", "DE04.10.257.00", BooleanValue.of(value));
    }

    /** 肠胀气标志 ({@code DE04.01.123.00}, BL), section 57073-9 Prenatal events. */
    public Builder flatulenceFlag(boolean value) {
      return set("57073-9", "DE04.01.123.00", BooleanValue.of(value));
    }

    /** 检查方式代码 ({@code DE04.50.139.00}, CD), section 57073-9 Prenatal events, value set {@code 2.16.156.10011.2.3.2.47}. */
    public Builder examMethodCode(Coded value) {
      return set("57073-9", "DE04.50.139.00", CodedValue.of(value));
    }

    /** 处置计划 ({@code DE05.10.014.00}, ST), section 18776-5 TREATMENT PLAN. */
    public Builder managementPlan(String value) {
      return set("18776-5", "DE05.10.014.00", Text.of(value));
    }

    /** 计划选取的分娩方式 ({@code DE02.10.011.00}, CD), section 18776-5 TREATMENT PLAN, value set {@code 2.16.156.10011.2.3.1.10}. */
    public Builder plannedDeliveryMode(Coded value) {
      return set("18776-5", "DE02.10.011.00", CodedValue.of(value));
    }

    /** 产程记录日期时间 ({@code DE09.00.053.00}, TS), section 18776-5 TREATMENT PLAN. */
    public Builder laborRecordDateTime(LocalDate value) {
      return set("18776-5", "DE09.00.053.00", PointInTime.of(value));
    }

    /** 产程记录日期时间 ({@code DE09.00.053.00}, TS), section 18776-5 TREATMENT PLAN. */
    public Builder laborRecordDateTime(LocalDateTime value) {
      return set("18776-5", "DE09.00.053.00", PointInTime.of(value));
    }

    /** 产程记录日期时间 ({@code DE09.00.053.00}, TS), section 18776-5 TREATMENT PLAN. */
    public Builder laborRecordDateTime(PointInTime value) {
      return set("18776-5", "DE09.00.053.00", value);
    }

    /** 产程经过 ({@code DE06.00.190.00}, ST), section 18776-5 TREATMENT PLAN. */
    public Builder laborProgress(String value) {
      return set("18776-5", "DE06.00.190.00", Text.of(value));
    }
  }
}
