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
 * WS/T 500.23-2016 入院评估 (Admission (nursing) assessment): document code {@code C0023}, templateId {@code 2.16.156.10011.2.1.1.43}.
 *
 * <p>Unconfirmed in the spec data: cardinalities (the public samples show presence only); 21 of 52 entries.
 *
 * <p>Generated from the document spec by TypedDocumentGenerator; do not edit.
 *
 * <p>Thread safety: immutable; the builder is not thread-safe.
 *
 * @since 0.1.0
 */
public final class AdmissionAssessment extends TypedDocument {
  /** The document code. */
  public static final String CODE = "C0023";
  /** The templateId OID. */
  public static final String TEMPLATE_ID = "2.16.156.10011.2.1.1.43";

  private AdmissionAssessment(ClinicalDocument document) {
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
   * @throws io.hdx.model.ValidationException when the document is not a C0023
   */
  public static AdmissionAssessment from(ClinicalDocument document) {
    return new AdmissionAssessment(document);
  }

  /** 入院原因 ({@code DE05.10.053.00}, ST), section - 入院信息. */
  public Optional<String> visitReason() {
    return text("入院信息", "DE05.10.053.00");
  }

  /** 入院途径代码 ({@code DE06.00.339.00}, CD), section - 入院信息, value set {@code 2.16.156.10011.2.3.1.270}. */
  public Optional<CodedValue> admissionRouteCode() {
    return value("入院信息", "DE06.00.339.00", CodedValue.class);
  }

  /** 入病房方式 ({@code DE06.00.237.00}, ST), section - 入院信息. */
  public Optional<String> wardArrivalMode() {
    return text("入院信息", "DE06.00.237.00");
  }

  /** 吸烟标志 ({@code DE03.00.070.00}, BL), section - 入院信息. */
  public Optional<Boolean> smokingFlagInSection1() {
    return bool("入院信息", "DE03.00.070.00");
  }

  /** 吸烟状况代码表 ({@code DE03.00.073.00}, BL), section - 入院信息. */
  public List<BooleanValue> smokingStatusCodeInSection1() {
    return valueList("入院信息", "DE03.00.073.00", BooleanValue.class);
  }

  /** 日吸烟量 ({@code DE03.00.053.00}, PQ), section - 入院信息, unit 支. */
  public List<PhysicalQuantity> dailyCigaretteCountInSection1() {
    return valueList("入院信息", "DE03.00.053.00", PhysicalQuantity.class);
  }

  /** 停止吸烟天数 ({@code DE03.00.065.00}, PQ), section - 入院信息, unit d. */
  public Optional<PhysicalQuantity> smokingCessationDaysInSection1() {
    return value("入院信息", "DE03.00.065.00", PhysicalQuantity.class);
  }

  /** 饮酒标志 ({@code DE03.00.030.00}, BL), section - 入院信息. */
  public Optional<Boolean> drinkingFlagInSection1() {
    return bool("入院信息", "DE03.00.030.00");
  }

  /** 饮酒频率代码 ({@code DE03.00.076.00}, CD), section - 入院信息. */
  public Optional<CodedValue> drinkingFrequencyCodeInSection1() {
    return value("入院信息", "DE03.00.076.00", CodedValue.class);
  }

  /** 日饮酒量(ml) ({@code DE03.00.054.00}, PQ), section - 入院信息, unit mL. */
  public List<PhysicalQuantity> dailyAlcoholIntakeInSection1() {
    return valueList("入院信息", "DE03.00.054.00", PhysicalQuantity.class);
  }

  /** 饮食情况代码 ({@code DE03.00.080.00}, CD), section - 入院信息, value set {@code 2.16.156.10011.2.3.2.34}. */
  public Optional<CodedValue> dietStatusCodeInSection1() {
    return value("入院信息", "DE03.00.080.00", CodedValue.class);
  }

  /** 护理观察项目名称 ({@code DE02.10.031.00}, ST), section - 入院信息. */
  public Optional<String> observationItemNameInSection1() {
    return text("入院信息", "DE02.10.031.00");
  }

  /** 护理观察结果 ({@code DE02.10.028.00}, ST), section - 入院信息. */
  public Optional<String> observationResultInSection1() {
    return text("入院信息", "DE02.10.028.00");
  }

  /** 主要症状名称 ({@code DE04.01.118.00}, ST), section 11450-4 PROBLEM LIST. */
  public Optional<String> symptomName() {
    return text("11450-4", "DE04.01.118.00");
  }

  /** 体温 ({@code DE04.10.186.00}, PQ), section 8716-3 VITAL SIGNS, unit ℃. */
  public List<PhysicalQuantity> bodyTemperature() {
    return valueList("8716-3", "DE04.10.186.00", PhysicalQuantity.class);
  }

  /** 脉率 ({@code DE04.10.118.00}, PQ), section 8716-3 VITAL SIGNS, unit 次/min. */
  public Optional<PhysicalQuantity> pulseRate() {
    return value("8716-3", "DE04.10.118.00", PhysicalQuantity.class);
  }

  /** 呼吸频次 ({@code DE04.10.081.00}, PQ), section 8716-3 VITAL SIGNS, unit 次/min. */
  public List<PhysicalQuantity> respiratoryRate() {
    return valueList("8716-3", "DE04.10.081.00", PhysicalQuantity.class);
  }

  /** 收缩压 ({@code DE04.10.174.00}, PQ), section 8716-3 VITAL SIGNS, unit mmHg. */
  public Optional<PhysicalQuantity> systolicBloodPressure() {
    return value("8716-3", "DE04.10.174.00", PhysicalQuantity.class);
  }

  /** The VitalSignsGroup groups of section 8716-3, in document order. */
  public List<VitalSignsGroup> vitalSignsGroupList() {
    return groups("8716-3", "ORGANIZER", VitalSignsGroup::new);
  }

  /** 舒张压 ({@code DE04.10.176.00}, PQ), section 8716-3 VITAL SIGNS, unit mmHg. */
  public Optional<PhysicalQuantity> diastolicBloodPressure() {
    return value("8716-3", "DE04.10.176.00", PhysicalQuantity.class);
  }

  /** 体重 ({@code DE04.10.188.00}, PQ), section 8716-3 VITAL SIGNS, unit kg. */
  public Optional<PhysicalQuantity> bodyWeight() {
    return value("8716-3", "DE04.10.188.00", PhysicalQuantity.class);
  }

  /** 疾病史 ({@code DE02.10.026.00}, ST), section 11348-0 HISTORY OF PAST ILLNESS. */
  public List<Text> diseaseHistory() {
    return valueList("11348-0", "DE02.10.026.00", Text.class);
  }

  /** 传染病史 ({@code DE02.10.008.00}, ST), section 11348-0 HISTORY OF PAST ILLNESS. */
  public Optional<String> infectiousDiseaseHistory() {
    return text("11348-0", "DE02.10.008.00");
  }

  /** 预防接种史 ({@code DE02.10.101.00}, ST), section 11348-0 HISTORY OF PAST ILLNESS. */
  public Optional<String> immunizationHistory() {
    return text("11348-0", "DE02.10.101.00");
  }

  /** 手术史 ({@code DE02.10.061.00}, ST), section 11348-0 HISTORY OF PAST ILLNESS. */
  public Optional<String> surgicalHistory() {
    return text("11348-0", "DE02.10.061.00");
  }

  /** 输血史 ({@code DE02.10.100.00}, ST), section 11348-0 HISTORY OF PAST ILLNESS. */
  public Optional<String> transfusionHistory() {
    return text("11348-0", "DE02.10.100.00");
  }

  /** 一般健康状况标志 ({@code DE05.10.031.00}, BL), section 11348-0 HISTORY OF PAST ILLNESS. */
  public Optional<Boolean> generalHealthStatusFlag() {
    return bool("11348-0", "DE05.10.031.00");
  }

  /** 患者传染性标志 ({@code DE05.10.119.00}, BL), section 11348-0 HISTORY OF PAST ILLNESS. */
  public Optional<Boolean> patientInfectiousFlag() {
    return bool("11348-0", "DE05.10.119.00");
  }

  /** 过敏史 ({@code DE02.10.022.00}, ST), section 48765-2 Allergies,adverse reactions,alerts. */
  public Optional<String> allergyHistory() {
    return text("48765-2", "DE02.10.022.00");
  }

  /** 家族史 ({@code DE02.10.103.00}, ST), section 10157-6 HISTORY OF FAMILY MEMBER DISEASES. */
  public Optional<String> familyHistory() {
    return text("10157-6", "DE02.10.103.00");
  }

  /** Apgar评分值 ({@code DE05.10.001.00}, INT), section 51848-0 Assessment note. */
  public Optional<Long> apgarScore() {
    return integer("51848-0", "DE05.10.001.00");
  }

  /** 发育程度代码 ({@code DE05.10.022.00}, CD), section 51848-0 Assessment note, value set {@code 2.16.156.10011.2.3.2.53}. */
  public Optional<CodedValue> developmentLevelCode() {
    return value("51848-0", "DE05.10.022.00", CodedValue.class);
  }

  /** 精神状态正常标志 ({@code DE05.10.142.00}, BL), section 51848-0 Assessment note. */
  public Optional<Boolean> mentalStatusNormalFlag() {
    return bool("51848-0", "DE05.10.142.00");
  }

  /** 睡眠状况 ({@code DE05.10.065.00}, ST), section 51848-0 Assessment note. */
  public Optional<String> sleepStatus() {
    return text("51848-0", "DE05.10.065.00");
  }

  /** 特殊情况 ({@code DE05.10.158.00}, ST), section 51848-0 Assessment note. */
  public Optional<String> specialCircumstances() {
    return text("51848-0", "DE05.10.158.00");
  }

  /** 心理状态代码 ({@code DE05.10.084.00}, CD), section 51848-0 Assessment note, value set {@code 2.16.156.10011.2.3.1.140}. */
  public Optional<CodedValue> psychologicalStatusCode() {
    return value("51848-0", "DE05.10.084.00", CodedValue.class);
  }

  /** 营养状态代码 ({@code DE05.10.097.00}, CD), section 51848-0 Assessment note, value set {@code 2.16.156.10011.2.3.2.54}. */
  public Optional<CodedValue> nutritionStatusCode() {
    return value("51848-0", "DE05.10.097.00", CodedValue.class);
  }

  /** 自理能力代码 ({@code DE05.10.122.00}, CD), section 51848-0 Assessment note, value set {@code 2.16.156.10011.2.3.2.55}. */
  public Optional<CodedValue> selfCareAbilityCode() {
    return value("51848-0", "DE05.10.122.00", CodedValue.class);
  }

  /** 吸烟标志 ({@code DE03.00.070.00}, BL), section - 生活方式. */
  public Optional<Boolean> smokingFlagInSection8() {
    return bool("生活方式", "DE03.00.070.00");
  }

  /** 吸烟状况代码表 ({@code DE03.00.073.00}, BL), section - 生活方式. */
  public Optional<Boolean> smokingStatusCodeInSection8() {
    return bool("生活方式", "DE03.00.073.00");
  }

  /** 日吸烟量 ({@code DE03.00.053.00}, PQ), section - 生活方式, unit 支. */
  public Optional<PhysicalQuantity> dailyCigaretteCountInSection8() {
    return value("生活方式", "DE03.00.053.00", PhysicalQuantity.class);
  }

  /** 停止吸烟天数 ({@code DE03.00.065.00}, PQ), section - 生活方式, unit d. */
  public Optional<PhysicalQuantity> smokingCessationDaysInSection8() {
    return value("生活方式", "DE03.00.065.00", PhysicalQuantity.class);
  }

  /** 饮酒标志 ({@code DE03.00.030.00}, BL), section - 生活方式. */
  public Optional<Boolean> drinkingFlagInSection8() {
    return bool("生活方式", "DE03.00.030.00");
  }

  /** 饮酒频率代码 ({@code DE03.00.076.00}, CD), section - 生活方式, value set {@code 2.16.156.10011.2.3.3.11}. */
  public Optional<CodedValue> drinkingFrequencyCodeInSection8() {
    return value("生活方式", "DE03.00.076.00", CodedValue.class);
  }

  /** 日饮酒量(ml) ({@code DE03.00.054.00}, PQ), section - 生活方式, unit mL. */
  public Optional<PhysicalQuantity> dailyAlcoholIntakeInSection8() {
    return value("生活方式", "DE03.00.054.00", PhysicalQuantity.class);
  }

  /** 饮食情况代码 ({@code DE03.00.080.00}, CD), section - 生活方式, value set {@code 2.16.156.10011.2.3.2.34}. */
  public Optional<CodedValue> dietStatusCodeInSection8() {
    return value("生活方式", "DE03.00.080.00", CodedValue.class);
  }

  /** 入院诊断编码 ({@code DE02.10.024.00}, CD), section 46241-6 HISTORY ADMISSION DX, value set {@code 2.16.156.10011.2.3.3.11}. */
  public Optional<CodedValue> admissionDiagnosisCode() {
    return value("46241-6", "DE02.10.024.00", CodedValue.class);
  }

  /** 入院诊断编码 ({@code DE05.01.024.00}, CD), section 46241-6 HISTORY ADMISSION DX, value set {@code 2.16.156.10011.2.3.3.11}. */
  public Optional<CodedValue> diagnosisCode() {
    return value("46241-6", "DE05.01.024.00", CodedValue.class);
  }

  /** 护理观察项目名称 ({@code DE02.10.031.00}, ST), section - 护理观察. */
  public Optional<String> observationItemNameInSection10() {
    return text("护理观察", "DE02.10.031.00");
  }

  /** The ObservationItemNameInSection10Group groups of section 护理观察, in document order. */
  public List<ObservationItemNameInSection10Group> observationItemNameInSection10GroupList() {
    return groups("护理观察", "DE02.10.031.00", ObservationItemNameInSection10Group::new);
  }

  /** 中医“四诊”观察结果 ({@code DE02.10.028.00}, ST), section - 护理观察. */
  public Optional<String> observationResultInSection10() {
    return text("护理观察", "DE02.10.028.00");
  }

  /** 通知医师标志 ({@code DE06.00.280.00}, BL), section 8648-8 Hospital Course. */
  public Optional<Boolean> physicianNotifiedFlag() {
    return bool("8648-8", "DE06.00.280.00");
  }

  /** The PhysicianNotifiedFlagGroup groups of section 8648-8, in document order. */
  public List<PhysicianNotifiedFlagGroup> physicianNotifiedFlagGroupList() {
    return groups("8648-8", "DE06.00.280.00", PhysicianNotifiedFlagGroup::new);
  }

  /** 通知医师日期时间 ({@code DE06.00.279.00}, TS), section 8648-8 Hospital Course. */
  public Optional<PointInTime> physicianNotifiedDateTime() {
    return value("8648-8", "DE06.00.279.00", PointInTime.class);
  }

  /** 评估日期时间 ({@code DE05.10.144.00}, TS), section 8648-8 Hospital Course. */
  public Optional<PointInTime> assessmentDateTime() {
    return value("8648-8", "DE05.10.144.00", PointInTime.class);
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

    /** 收缩压 ({@code DE04.10.174.00}, PQ, unit mmHg). */
    public VitalSignsGroup systolicBloodPressure(BigDecimal value) {
      return with("DE04.10.174.00", PhysicalQuantity.of(value, "mmHg"));
    }

    /** 收缩压 ({@code DE04.10.174.00}, PQ, unit mmHg). */
    public VitalSignsGroup systolicBloodPressure(PhysicalQuantity value) {
      return with("DE04.10.174.00", value);
    }

    /** 收缩压 ({@code DE04.10.174.00}). */
    public Optional<PhysicalQuantity> systolicBloodPressure() {
      return value("DE04.10.174.00", PhysicalQuantity.class);
    }

    /** 舒张压 ({@code DE04.10.176.00}, PQ, unit mmHg). */
    public VitalSignsGroup diastolicBloodPressure(BigDecimal value) {
      return with("DE04.10.176.00", PhysicalQuantity.of(value, "mmHg"));
    }

    /** 舒张压 ({@code DE04.10.176.00}, PQ, unit mmHg). */
    public VitalSignsGroup diastolicBloodPressure(PhysicalQuantity value) {
      return with("DE04.10.176.00", value);
    }

    /** 舒张压 ({@code DE04.10.176.00}). */
    public Optional<PhysicalQuantity> diastolicBloodPressure() {
      return value("DE04.10.176.00", PhysicalQuantity.class);
    }
  }

  /**
   * One group of section 护理观察 护理观察: 护理观察项目名称 with the data nested in it, written as one unit (document layout group {@code DE02.10.031.00}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class ObservationItemNameInSection10Group extends TypedGroup<ObservationItemNameInSection10Group> {
    private ObservationItemNameInSection10Group() {
      super("护理观察", "DE02.10.031.00");
    }

    @Override
    protected ObservationItemNameInSection10Group blank() {
      return new ObservationItemNameInSection10Group();
    }

    /** A group with its head 护理观察项目名称 ({@code DE02.10.031.00}). */
    public static ObservationItemNameInSection10Group of(String value) {
      return new ObservationItemNameInSection10Group().with("DE02.10.031.00", Text.of(value));
    }

    /** 中医“四诊”观察结果 ({@code DE02.10.028.00}, ST). */
    public ObservationItemNameInSection10Group observationResultInSection10(String value) {
      return with("DE02.10.028.00", Text.of(value));
    }

    /** 中医“四诊”观察结果 ({@code DE02.10.028.00}). */
    public Optional<Text> observationResultInSection10() {
      return value("DE02.10.028.00", Text.class);
    }

    /** 护理观察项目名称 ({@code DE02.10.031.00}). */
    public Optional<Text> observationItemNameInSection10() {
      return value("DE02.10.031.00", Text.class);
    }
  }

  /**
   * One group of section 8648-8 Hospital Course: 通知医师标志 with the data nested in it, written as one unit (document layout group {@code DE06.00.280.00}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class PhysicianNotifiedFlagGroup extends TypedGroup<PhysicianNotifiedFlagGroup> {
    private PhysicianNotifiedFlagGroup() {
      super("8648-8", "DE06.00.280.00");
    }

    @Override
    protected PhysicianNotifiedFlagGroup blank() {
      return new PhysicianNotifiedFlagGroup();
    }

    /** A group with its head 通知医师标志 ({@code DE06.00.280.00}). */
    public static PhysicianNotifiedFlagGroup of(boolean value) {
      return new PhysicianNotifiedFlagGroup().with("DE06.00.280.00", BooleanValue.of(value));
    }

    /** 通知医师日期时间 ({@code DE06.00.279.00}, TS). */
    public PhysicianNotifiedFlagGroup physicianNotifiedDateTime(LocalDate value) {
      return with("DE06.00.279.00", PointInTime.of(value));
    }

    /** 通知医师日期时间 ({@code DE06.00.279.00}, TS). */
    public PhysicianNotifiedFlagGroup physicianNotifiedDateTime(LocalDateTime value) {
      return with("DE06.00.279.00", PointInTime.of(value));
    }

    /** 通知医师日期时间 ({@code DE06.00.279.00}, TS). */
    public PhysicianNotifiedFlagGroup physicianNotifiedDateTime(PointInTime value) {
      return with("DE06.00.279.00", value);
    }

    /** 通知医师日期时间 ({@code DE06.00.279.00}). */
    public Optional<PointInTime> physicianNotifiedDateTime() {
      return value("DE06.00.279.00", PointInTime.class);
    }

    /** 通知医师标志 ({@code DE06.00.280.00}). */
    public Optional<BooleanValue> physicianNotifiedFlag() {
      return value("DE06.00.280.00", BooleanValue.class);
    }
  }

  /** Builds a {@link AdmissionAssessment}. Thread safety: not thread-safe. */
  public static final class Builder extends TypedDocument.Builder<AdmissionAssessment, Builder> {
    private Builder() {
      super(documentSpec());
    }

    @Override
    protected AdmissionAssessment create(ClinicalDocument document) {
      return new AdmissionAssessment(document);
    }

    /** 入院原因 ({@code DE05.10.053.00}, ST), section - 入院信息. */
    public Builder visitReason(String value) {
      return set("入院信息", "DE05.10.053.00", Text.of(value));
    }

    /** 入院途径代码 ({@code DE06.00.339.00}, CD), section - 入院信息, value set {@code 2.16.156.10011.2.3.1.270}. */
    public Builder admissionRouteCode(Coded value) {
      return set("入院信息", "DE06.00.339.00", CodedValue.of(value));
    }

    /** 入病房方式 ({@code DE06.00.237.00}, ST), section - 入院信息. */
    public Builder wardArrivalMode(String value) {
      return set("入院信息", "DE06.00.237.00", Text.of(value));
    }

    /** 吸烟标志 ({@code DE03.00.070.00}, BL), section - 入院信息. */
    public Builder smokingFlagInSection1(boolean value) {
      return set("入院信息", "DE03.00.070.00", BooleanValue.of(value));
    }

    /** 吸烟状况代码表 ({@code DE03.00.073.00}, BL), section - 入院信息. */
    public Builder addSmokingStatusCodeInSection1(boolean value) {
      return add("入院信息", "DE03.00.073.00", BooleanValue.of(value));
    }

    /** 日吸烟量 ({@code DE03.00.053.00}, PQ), section - 入院信息, unit 支. */
    public Builder addDailyCigaretteCountInSection1(BigDecimal value) {
      return add("入院信息", "DE03.00.053.00", quantity("入院信息", "DE03.00.053.00", value));
    }

    /** 日吸烟量 ({@code DE03.00.053.00}, PQ), section - 入院信息, unit 支. */
    public Builder addDailyCigaretteCountInSection1(PhysicalQuantity value) {
      return add("入院信息", "DE03.00.053.00", value);
    }

    /** 停止吸烟天数 ({@code DE03.00.065.00}, PQ), section - 入院信息, unit d. */
    public Builder smokingCessationDaysInSection1(BigDecimal value) {
      return set("入院信息", "DE03.00.065.00", quantity("入院信息", "DE03.00.065.00", value));
    }

    /** 停止吸烟天数 ({@code DE03.00.065.00}, PQ), section - 入院信息, unit d. */
    public Builder smokingCessationDaysInSection1(PhysicalQuantity value) {
      return set("入院信息", "DE03.00.065.00", value);
    }

    /** 饮酒标志 ({@code DE03.00.030.00}, BL), section - 入院信息. */
    public Builder drinkingFlagInSection1(boolean value) {
      return set("入院信息", "DE03.00.030.00", BooleanValue.of(value));
    }

    /** 饮酒频率代码 ({@code DE03.00.076.00}, CD), section - 入院信息. */
    public Builder drinkingFrequencyCodeInSection1(Coded value) {
      return set("入院信息", "DE03.00.076.00", CodedValue.of(value));
    }

    /** 日饮酒量(ml) ({@code DE03.00.054.00}, PQ), section - 入院信息, unit mL. */
    public Builder addDailyAlcoholIntakeInSection1(BigDecimal value) {
      return add("入院信息", "DE03.00.054.00", quantity("入院信息", "DE03.00.054.00", value));
    }

    /** 日饮酒量(ml) ({@code DE03.00.054.00}, PQ), section - 入院信息, unit mL. */
    public Builder addDailyAlcoholIntakeInSection1(PhysicalQuantity value) {
      return add("入院信息", "DE03.00.054.00", value);
    }

    /** 饮食情况代码 ({@code DE03.00.080.00}, CD), section - 入院信息, value set {@code 2.16.156.10011.2.3.2.34}. */
    public Builder dietStatusCodeInSection1(Coded value) {
      return set("入院信息", "DE03.00.080.00", CodedValue.of(value));
    }

    /** 护理观察项目名称 ({@code DE02.10.031.00}, ST), section - 入院信息. */
    public Builder observationItemNameInSection1(String value) {
      return set("入院信息", "DE02.10.031.00", Text.of(value));
    }

    /** 护理观察结果 ({@code DE02.10.028.00}, ST), section - 入院信息. */
    public Builder observationResultInSection1(String value) {
      return set("入院信息", "DE02.10.028.00", Text.of(value));
    }

    /** 主要症状名称 ({@code DE04.01.118.00}, ST), section 11450-4 PROBLEM LIST. */
    public Builder symptomName(String value) {
      return set("11450-4", "DE04.01.118.00", Text.of(value));
    }

    /** 体温 ({@code DE04.10.186.00}, PQ), section 8716-3 VITAL SIGNS, unit ℃. */
    public Builder addBodyTemperature(BigDecimal value) {
      return add("8716-3", "DE04.10.186.00", quantity("8716-3", "DE04.10.186.00", value));
    }

    /** 体温 ({@code DE04.10.186.00}, PQ), section 8716-3 VITAL SIGNS, unit ℃. */
    public Builder addBodyTemperature(PhysicalQuantity value) {
      return add("8716-3", "DE04.10.186.00", value);
    }

    /** 脉率 ({@code DE04.10.118.00}, PQ), section 8716-3 VITAL SIGNS, unit 次/min. */
    public Builder pulseRate(BigDecimal value) {
      return set("8716-3", "DE04.10.118.00", quantity("8716-3", "DE04.10.118.00", value));
    }

    /** 脉率 ({@code DE04.10.118.00}, PQ), section 8716-3 VITAL SIGNS, unit 次/min. */
    public Builder pulseRate(PhysicalQuantity value) {
      return set("8716-3", "DE04.10.118.00", value);
    }

    /** 呼吸频次 ({@code DE04.10.081.00}, PQ), section 8716-3 VITAL SIGNS, unit 次/min. */
    public Builder addRespiratoryRate(BigDecimal value) {
      return add("8716-3", "DE04.10.081.00", quantity("8716-3", "DE04.10.081.00", value));
    }

    /** 呼吸频次 ({@code DE04.10.081.00}, PQ), section 8716-3 VITAL SIGNS, unit 次/min. */
    public Builder addRespiratoryRate(PhysicalQuantity value) {
      return add("8716-3", "DE04.10.081.00", value);
    }

    /** Sets the one {@link VitalSignsGroup}, replacing any before. */
    public Builder vitalSignsGroup(VitalSignsGroup group) {
      return setGroup(group);
    }

    /** 体重 ({@code DE04.10.188.00}, PQ), section 8716-3 VITAL SIGNS, unit kg. */
    public Builder bodyWeight(BigDecimal value) {
      return set("8716-3", "DE04.10.188.00", quantity("8716-3", "DE04.10.188.00", value));
    }

    /** 体重 ({@code DE04.10.188.00}, PQ), section 8716-3 VITAL SIGNS, unit kg. */
    public Builder bodyWeight(PhysicalQuantity value) {
      return set("8716-3", "DE04.10.188.00", value);
    }

    /** 疾病史 ({@code DE02.10.026.00}, ST), section 11348-0 HISTORY OF PAST ILLNESS. */
    public Builder addDiseaseHistory(String value) {
      return add("11348-0", "DE02.10.026.00", Text.of(value));
    }

    /** 传染病史 ({@code DE02.10.008.00}, ST), section 11348-0 HISTORY OF PAST ILLNESS. */
    public Builder infectiousDiseaseHistory(String value) {
      return set("11348-0", "DE02.10.008.00", Text.of(value));
    }

    /** 预防接种史 ({@code DE02.10.101.00}, ST), section 11348-0 HISTORY OF PAST ILLNESS. */
    public Builder immunizationHistory(String value) {
      return set("11348-0", "DE02.10.101.00", Text.of(value));
    }

    /** 手术史 ({@code DE02.10.061.00}, ST), section 11348-0 HISTORY OF PAST ILLNESS. */
    public Builder surgicalHistory(String value) {
      return set("11348-0", "DE02.10.061.00", Text.of(value));
    }

    /** 输血史 ({@code DE02.10.100.00}, ST), section 11348-0 HISTORY OF PAST ILLNESS. */
    public Builder transfusionHistory(String value) {
      return set("11348-0", "DE02.10.100.00", Text.of(value));
    }

    /** 一般健康状况标志 ({@code DE05.10.031.00}, BL), section 11348-0 HISTORY OF PAST ILLNESS. */
    public Builder generalHealthStatusFlag(boolean value) {
      return set("11348-0", "DE05.10.031.00", BooleanValue.of(value));
    }

    /** 患者传染性标志 ({@code DE05.10.119.00}, BL), section 11348-0 HISTORY OF PAST ILLNESS. */
    public Builder patientInfectiousFlag(boolean value) {
      return set("11348-0", "DE05.10.119.00", BooleanValue.of(value));
    }

    /** 过敏史 ({@code DE02.10.022.00}, ST), section 48765-2 Allergies,adverse reactions,alerts. */
    public Builder allergyHistory(String value) {
      return set("48765-2", "DE02.10.022.00", Text.of(value));
    }

    /** 家族史 ({@code DE02.10.103.00}, ST), section 10157-6 HISTORY OF FAMILY MEMBER DISEASES. */
    public Builder familyHistory(String value) {
      return set("10157-6", "DE02.10.103.00", Text.of(value));
    }

    /** Apgar评分值 ({@code DE05.10.001.00}, INT), section 51848-0 Assessment note. */
    public Builder apgarScore(long value) {
      return set("51848-0", "DE05.10.001.00", IntegerValue.of(value));
    }

    /** 发育程度代码 ({@code DE05.10.022.00}, CD), section 51848-0 Assessment note, value set {@code 2.16.156.10011.2.3.2.53}. */
    public Builder developmentLevelCode(Coded value) {
      return set("51848-0", "DE05.10.022.00", CodedValue.of(value));
    }

    /** 精神状态正常标志 ({@code DE05.10.142.00}, BL), section 51848-0 Assessment note. */
    public Builder mentalStatusNormalFlag(boolean value) {
      return set("51848-0", "DE05.10.142.00", BooleanValue.of(value));
    }

    /** 睡眠状况 ({@code DE05.10.065.00}, ST), section 51848-0 Assessment note. */
    public Builder sleepStatus(String value) {
      return set("51848-0", "DE05.10.065.00", Text.of(value));
    }

    /** 特殊情况 ({@code DE05.10.158.00}, ST), section 51848-0 Assessment note. */
    public Builder specialCircumstances(String value) {
      return set("51848-0", "DE05.10.158.00", Text.of(value));
    }

    /** 心理状态代码 ({@code DE05.10.084.00}, CD), section 51848-0 Assessment note, value set {@code 2.16.156.10011.2.3.1.140}. */
    public Builder psychologicalStatusCode(Coded value) {
      return set("51848-0", "DE05.10.084.00", CodedValue.of(value));
    }

    /** 营养状态代码 ({@code DE05.10.097.00}, CD), section 51848-0 Assessment note, value set {@code 2.16.156.10011.2.3.2.54}. */
    public Builder nutritionStatusCode(Coded value) {
      return set("51848-0", "DE05.10.097.00", CodedValue.of(value));
    }

    /** 自理能力代码 ({@code DE05.10.122.00}, CD), section 51848-0 Assessment note, value set {@code 2.16.156.10011.2.3.2.55}. */
    public Builder selfCareAbilityCode(Coded value) {
      return set("51848-0", "DE05.10.122.00", CodedValue.of(value));
    }

    /** 吸烟标志 ({@code DE03.00.070.00}, BL), section - 生活方式. */
    public Builder smokingFlagInSection8(boolean value) {
      return set("生活方式", "DE03.00.070.00", BooleanValue.of(value));
    }

    /** 吸烟状况代码表 ({@code DE03.00.073.00}, BL), section - 生活方式. */
    public Builder smokingStatusCodeInSection8(boolean value) {
      return set("生活方式", "DE03.00.073.00", BooleanValue.of(value));
    }

    /** 日吸烟量 ({@code DE03.00.053.00}, PQ), section - 生活方式, unit 支. */
    public Builder dailyCigaretteCountInSection8(BigDecimal value) {
      return set("生活方式", "DE03.00.053.00", quantity("生活方式", "DE03.00.053.00", value));
    }

    /** 日吸烟量 ({@code DE03.00.053.00}, PQ), section - 生活方式, unit 支. */
    public Builder dailyCigaretteCountInSection8(PhysicalQuantity value) {
      return set("生活方式", "DE03.00.053.00", value);
    }

    /** 停止吸烟天数 ({@code DE03.00.065.00}, PQ), section - 生活方式, unit d. */
    public Builder smokingCessationDaysInSection8(BigDecimal value) {
      return set("生活方式", "DE03.00.065.00", quantity("生活方式", "DE03.00.065.00", value));
    }

    /** 停止吸烟天数 ({@code DE03.00.065.00}, PQ), section - 生活方式, unit d. */
    public Builder smokingCessationDaysInSection8(PhysicalQuantity value) {
      return set("生活方式", "DE03.00.065.00", value);
    }

    /** 饮酒标志 ({@code DE03.00.030.00}, BL), section - 生活方式. */
    public Builder drinkingFlagInSection8(boolean value) {
      return set("生活方式", "DE03.00.030.00", BooleanValue.of(value));
    }

    /** 饮酒频率代码 ({@code DE03.00.076.00}, CD), section - 生活方式, value set {@code 2.16.156.10011.2.3.3.11}. */
    public Builder drinkingFrequencyCodeInSection8(Coded value) {
      return set("生活方式", "DE03.00.076.00", CodedValue.of(value));
    }

    /** 日饮酒量(ml) ({@code DE03.00.054.00}, PQ), section - 生活方式, unit mL. */
    public Builder dailyAlcoholIntakeInSection8(BigDecimal value) {
      return set("生活方式", "DE03.00.054.00", quantity("生活方式", "DE03.00.054.00", value));
    }

    /** 日饮酒量(ml) ({@code DE03.00.054.00}, PQ), section - 生活方式, unit mL. */
    public Builder dailyAlcoholIntakeInSection8(PhysicalQuantity value) {
      return set("生活方式", "DE03.00.054.00", value);
    }

    /** 饮食情况代码 ({@code DE03.00.080.00}, CD), section - 生活方式, value set {@code 2.16.156.10011.2.3.2.34}. */
    public Builder dietStatusCodeInSection8(Coded value) {
      return set("生活方式", "DE03.00.080.00", CodedValue.of(value));
    }

    /** 入院诊断编码 ({@code DE02.10.024.00}, CD), section 46241-6 HISTORY ADMISSION DX, value set {@code 2.16.156.10011.2.3.3.11}. */
    public Builder admissionDiagnosisCode(Coded value) {
      return set("46241-6", "DE02.10.024.00", CodedValue.of(value));
    }

    /** 入院诊断编码 ({@code DE05.01.024.00}, CD), section 46241-6 HISTORY ADMISSION DX, value set {@code 2.16.156.10011.2.3.3.11}. */
    public Builder diagnosisCode(Coded value) {
      return set("46241-6", "DE05.01.024.00", CodedValue.of(value));
    }

    /** Sets the one {@link ObservationItemNameInSection10Group}, replacing any before. */
    public Builder observationItemNameInSection10(ObservationItemNameInSection10Group group) {
      return setGroup(group);
    }

    /** Sets the one {@link ObservationItemNameInSection10Group} to its head 护理观察项目名称 alone, replacing any before. */
    public Builder observationItemNameInSection10(String value) {
      return setGroup(ObservationItemNameInSection10Group.of(value));
    }

    /** Sets the one {@link PhysicianNotifiedFlagGroup}, replacing any before. */
    public Builder physicianNotifiedFlag(PhysicianNotifiedFlagGroup group) {
      return setGroup(group);
    }

    /** Sets the one {@link PhysicianNotifiedFlagGroup} to its head 通知医师标志 alone, replacing any before. */
    public Builder physicianNotifiedFlag(boolean value) {
      return setGroup(PhysicianNotifiedFlagGroup.of(value));
    }

    /** 评估日期时间 ({@code DE05.10.144.00}, TS), section 8648-8 Hospital Course. */
    public Builder assessmentDateTime(LocalDate value) {
      return set("8648-8", "DE05.10.144.00", PointInTime.of(value));
    }

    /** 评估日期时间 ({@code DE05.10.144.00}, TS), section 8648-8 Hospital Course. */
    public Builder assessmentDateTime(LocalDateTime value) {
      return set("8648-8", "DE05.10.144.00", PointInTime.of(value));
    }

    /** 评估日期时间 ({@code DE05.10.144.00}, TS), section 8648-8 Hospital Course. */
    public Builder assessmentDateTime(PointInTime value) {
      return set("8648-8", "DE05.10.144.00", value);
    }
  }
}
