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
 * WS/T 500.34-2016 入院记录 (Admission record): document code {@code C0034}, templateId {@code 2.16.156.10011.2.1.1.54}.
 *
 * <p>Unconfirmed in the spec data: cardinalities (the public samples show presence only); 10 of 43 entries.
 *
 * <p>Generated from the document spec by TypedDocumentGenerator; do not edit.
 *
 * <p>Thread safety: immutable; the builder is not thread-safe.
 *
 * @since 0.1.0
 */
public final class AdmissionRecord extends TypedDocument {
  /** The document code. */
  public static final String CODE = "C0034";
  /** The templateId OID. */
  public static final String TEMPLATE_ID = "2.16.156.10011.2.1.1.54";

  private AdmissionRecord(ClinicalDocument document) {
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
   * @throws io.hdx.model.ValidationException when the document is not a C0034
   */
  public static AdmissionRecord from(ClinicalDocument document) {
    return new AdmissionRecord(document);
  }

  /** 主诉 ({@code DE04.01.119.00}, ST), section 10154-3 CHIEF COMPLAINT. */
  public Optional<String> chiefComplaint() {
    return text("10154-3", "DE04.01.119.00");
  }

  /** 现病史 ({@code DE02.10.071.00}, ST), section 10164-2 HISTORY OF PRESENT ILLNESS. */
  public Optional<String> presentIllnessHistory() {
    return text("10164-2", "DE02.10.071.00");
  }

  /** 一般健康状况标志 ({@code DE05.10.031.00}, BL), section 11348-0 HISTORY OF PAST ILLNESS. */
  public Optional<Boolean> generalHealthStatusFlag() {
    return bool("11348-0", "DE05.10.031.00");
  }

  /** The GeneralHealthStatusFlagGroup groups of section 11348-0, in document order. */
  public List<GeneralHealthStatusFlagGroup> generalHealthStatusFlagGroupList() {
    return groups("11348-0", "DE05.10.031.00", GeneralHealthStatusFlagGroup::new);
  }

  /** 疾病史(含外伤) ({@code DE02.10.026.00}, ST), section 11348-0 HISTORY OF PAST ILLNESS. */
  public List<Text> diseaseHistory() {
    return valueList("11348-0", "DE02.10.026.00", Text.class);
  }

  /** 患者传染性标志 ({@code DE05.10.119.00}, BL), section 11348-0 HISTORY OF PAST ILLNESS. */
  public Optional<Boolean> patientInfectiousFlag() {
    return bool("11348-0", "DE05.10.119.00");
  }

  /** The PatientInfectiousFlagGroup groups of section 11348-0, in document order. */
  public List<PatientInfectiousFlagGroup> patientInfectiousFlagGroupList() {
    return groups("11348-0", "DE05.10.119.00", PatientInfectiousFlagGroup::new);
  }

  /** 传染病史 ({@code DE02.10.008.00}, ST), section 11348-0 HISTORY OF PAST ILLNESS. */
  public Optional<String> infectiousDiseaseHistory() {
    return text("11348-0", "DE02.10.008.00");
  }

  /** 婚育史 ({@code DE02.10.098.00}, ST), section 11348-0 HISTORY OF PAST ILLNESS. */
  public Optional<String> maritalReproductiveHistory() {
    return text("11348-0", "DE02.10.098.00");
  }

  /** 过敏史 ({@code DE02.10.022.00}, ST), section 11348-0 HISTORY OF PAST ILLNESS. */
  public Optional<String> allergyHistory() {
    return text("11348-0", "DE02.10.022.00");
  }

  /** 手术史 ({@code DE02.10.061.00}, ST), section 11348-0 HISTORY OF PAST ILLNESS. */
  public Optional<String> surgicalHistory() {
    return text("11348-0", "DE02.10.061.00");
  }

  /** 预防接种史 ({@code DE02.10.101.00}, ST), section 11369-6 HISTORY OF IMMUNIZATIONS. */
  public Optional<String> immunizationHistory() {
    return text("11369-6", "DE02.10.101.00");
  }

  /** 输血史 ({@code DE02.10.100.00}, ST), section 56836-0 History of blood transfusion. */
  public Optional<String> transfusionHistory() {
    return text("56836-0", "DE02.10.100.00");
  }

  /** 个人史 ({@code DE02.10.097.00}, ST), section 29762-2 Social history. */
  public Optional<String> personalHistory() {
    return text("29762-2", "DE02.10.097.00");
  }

  /** 月经史 ({@code DE02.10.102.00}, ST), section 49033-4 Menstrual History. */
  public Optional<String> menstrualHistory() {
    return text("49033-4", "DE02.10.102.00");
  }

  /** 家族史 ({@code DE02.10.103.00}, ST), section 10157-6 HISTORY OF FAMILY MEMBER DISEASES. */
  public Optional<String> familyHistory() {
    return text("10157-6", "DE02.10.103.00");
  }

  /** 体温(摄氏度) ({@code DE04.10.186.00}, PQ), section 8716-3 VITAL SIGNS. */
  public List<PhysicalQuantity> bodyTemperature() {
    return valueList("8716-3", "DE04.10.186.00", PhysicalQuantity.class);
  }

  /** 脉率(次/min) ({@code DE04.10.118.00}, PQ), section 8716-3 VITAL SIGNS. */
  public List<PhysicalQuantity> pulseRate() {
    return valueList("8716-3", "DE04.10.118.00", PhysicalQuantity.class);
  }

  /** 呼吸频率(次/min) ({@code DE04.10.082.00}, PQ), section 8716-3 VITAL SIGNS. */
  public List<PhysicalQuantity> admissionRespiratoryRate() {
    return valueList("8716-3", "DE04.10.082.00", PhysicalQuantity.class);
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

  /** 身高(cm) ({@code DE04.10.167.00}, PQ), section 8716-3 VITAL SIGNS. */
  public List<PhysicalQuantity> bodyHeight() {
    return valueList("8716-3", "DE04.10.167.00", PhysicalQuantity.class);
  }

  /** 体重(kg) ({@code DE04.10.188.00}, PQ), section 8716-3 VITAL SIGNS. */
  public List<PhysicalQuantity> bodyWeight() {
    return valueList("8716-3", "DE04.10.188.00", PhysicalQuantity.class);
  }

  /** 一般状况检查结果 ({@code DE04.10.219.00}, ST), section 29545-1 PHYSICAL EXAMINATION. */
  public Optional<String> generalConditionExamResult() {
    return text("29545-1", "DE04.10.219.00");
  }

  /** 皮肤和黏膜检査结果 ({@code DE04.10.126.00}, ST), section 29545-1 PHYSICAL EXAMINATION. */
  public List<Text> skinMucosaExamResult() {
    return valueList("29545-1", "DE04.10.126.00", Text.class);
  }

  /** 全身浅表淋巴结检查结果 ({@code DE04.10.114.00}, ST), section 29545-1 PHYSICAL EXAMINATION. */
  public Optional<String> lymphNodeExamResult() {
    return text("29545-1", "DE04.10.114.00");
  }

  /** 头部及其器官检查结果 ({@code DE04.10.261.00}, ST), section 29545-1 PHYSICAL EXAMINATION. */
  public Optional<String> headExamResult() {
    return text("29545-1", "DE04.10.261.00");
  }

  /** 颈部检查结果 ({@code DE04.10.255.00}, ST), section 29545-1 PHYSICAL EXAMINATION. */
  public Optional<String> neckExamResult() {
    return text("29545-1", "DE04.10.255.00");
  }

  /** 胸部检查结果 ({@code DE04.10.263.00}, ST), section 29545-1 PHYSICAL EXAMINATION. */
  public Optional<String> chestExamResult() {
    return text("29545-1", "DE04.10.263.00");
  }

  /** 腹部检查结果 ({@code DE04.10.046.00}, ST), section 29545-1 PHYSICAL EXAMINATION. */
  public Optional<String> abdominalExamResult() {
    return text("29545-1", "DE04.10.046.00");
  }

  /** 肛门指诊检查结果描述 ({@code DE04.10.065.00}, ST), section 29545-1 PHYSICAL EXAMINATION. */
  public Optional<String> digitalRectalExamResult() {
    return text("29545-1", "DE04.10.065.00");
  }

  /** 外生殖器检查结果 ({@code DE04.10.195.00}, ST), section 29545-1 PHYSICAL EXAMINATION. */
  public Optional<String> externalGenitaliaExamResult() {
    return text("29545-1", "DE04.10.195.00");
  }

  /** 脊柱检查结果 ({@code DE04.10.093.00}, ST), section 29545-1 PHYSICAL EXAMINATION. */
  public Optional<String> spineExamResult() {
    return text("29545-1", "DE04.10.093.00");
  }

  /** 四肢检查结果 ({@code DE04.10.179.00}, ST), section 29545-1 PHYSICAL EXAMINATION. */
  public Optional<String> extremitiesExamResult() {
    return text("29545-1", "DE04.10.179.00");
  }

  /** 神经系统检查结果 ({@code DE05.10.149.00}, ST), section 29545-1 PHYSICAL EXAMINATION. */
  public Optional<String> neurologicalExamResult() {
    return text("29545-1", "DE05.10.149.00");
  }

  /** 转科情况 ({@code DE08.10.061.00}, ST), section 29545-1 PHYSICAL EXAMINATION. */
  public List<Text> specialtyFindings() {
    return valueList("29545-1", "DE08.10.061.00", Text.class);
  }

  /** 辅助检查结果 ({@code DE04.30.009.00}, ST), section - 辅助检查. */
  public Optional<String> auxiliaryExamResult() {
    return text("辅助检查", "DE04.30.009.00");
  }

  /** 称述内容可靠标志 ({@code DE05.10.143.00}, BL), section 11450-4 Problem list. */
  public List<BooleanValue> historyReliableFlag() {
    return valueList("11450-4", "DE05.10.143.00", BooleanValue.class);
  }

  /** 初步诊断-西医诊断名称 ({@code DE05.01.025.00}, ST), section 11450-4 Problem list. */
  public List<Text> diagnosisName() {
    return valueList("11450-4", "DE05.01.025.00", Text.class);
  }

  /** The Diagnosis groups of section 11450-4, in document order. */
  public List<Diagnosis> diagnosisList() {
    return groups("11450-4", "DE05.01.025.00", Diagnosis::new);
  }

  /** 初步诊断-西医诊断编码 ({@code DE05.01.024.00}, CD), section 11450-4 Problem list, value set {@code 2.16.156.10011.2.3.3.11.3}. */
  public List<CodedValue> diagnosisCode() {
    return valueList("11450-4", "DE05.01.024.00", CodedValue.class);
  }

  /** 入院诊断顺位 ({@code DE05.01.080.00}, INT), section 11450-4 Problem list. */
  public Optional<Long> admissionDiagnosisSequence() {
    return integer("11450-4", "DE05.01.080.00");
  }

  /** 中医四诊观察结果 ({@code DE02.10.028.00}, ST), section 11450-4 Problem list. */
  public List<Text> observationResult() {
    return valueList("11450-4", "DE02.10.028.00", Text.class);
  }

  /** 初步诊断-中医病名名称 ({@code DE05.10.172.00}, ST), section 11450-4 Problem list. */
  public List<Text> tcmDiagnosisName() {
    return valueList("11450-4", "DE05.10.172.00", Text.class);
  }

  /** The TcmDiagnosis groups of section 11450-4, in document order. */
  public List<TcmDiagnosis> tcmDiagnosisList() {
    return groups("11450-4", "DE05.10.172.00", TcmDiagnosis::new);
  }

  /** 初步诊断-中医病名代码 ({@code DE05.10.130.00}, CD), section 11450-4 Problem list, value set {@code 2.16.156.10011.2.3.3.14}. */
  public List<CodedValue> tcmDiagnosisCode() {
    return valueList("11450-4", "DE05.10.130.00", CodedValue.class);
  }

  /** 治则治法 ({@code DE06.00.300.00}, ST), section 18776-5 TREATMENT PLAN. */
  public Optional<String> tcmTreatmentPrinciple() {
    return text("18776-5", "DE06.00.300.00");
  }

  /**
   * One group of section 11348-0 HISTORY OF PAST ILLNESS: 一般健康状况标志 with the data nested in it, written as one unit (document layout group {@code DE05.10.031.00}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class GeneralHealthStatusFlagGroup extends TypedGroup<GeneralHealthStatusFlagGroup> {
    private GeneralHealthStatusFlagGroup() {
      super("11348-0", "DE05.10.031.00");
    }

    @Override
    protected GeneralHealthStatusFlagGroup blank() {
      return new GeneralHealthStatusFlagGroup();
    }

    /** A group with its head 一般健康状况标志 ({@code DE05.10.031.00}). */
    public static GeneralHealthStatusFlagGroup of(boolean value) {
      return new GeneralHealthStatusFlagGroup().with("DE05.10.031.00", BooleanValue.of(value));
    }

    /** 疾病史(含外伤) ({@code DE02.10.026.00}, ST). */
    public GeneralHealthStatusFlagGroup diseaseHistory(String value) {
      return with("DE02.10.026.00", Text.of(value));
    }

    /** 疾病史(含外伤) ({@code DE02.10.026.00}). */
    public Optional<Text> diseaseHistory() {
      return value("DE02.10.026.00", Text.class);
    }

    /** 一般健康状况标志 ({@code DE05.10.031.00}). */
    public Optional<BooleanValue> generalHealthStatusFlag() {
      return value("DE05.10.031.00", BooleanValue.class);
    }
  }

  /**
   * One group of section 11348-0 HISTORY OF PAST ILLNESS: 患者传染性标志 with the data nested in it, written as one unit (document layout group {@code DE05.10.119.00}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class PatientInfectiousFlagGroup extends TypedGroup<PatientInfectiousFlagGroup> {
    private PatientInfectiousFlagGroup() {
      super("11348-0", "DE05.10.119.00");
    }

    @Override
    protected PatientInfectiousFlagGroup blank() {
      return new PatientInfectiousFlagGroup();
    }

    /** A group with its head 患者传染性标志 ({@code DE05.10.119.00}). */
    public static PatientInfectiousFlagGroup of(boolean value) {
      return new PatientInfectiousFlagGroup().with("DE05.10.119.00", BooleanValue.of(value));
    }

    /** 传染病史 ({@code DE02.10.008.00}, ST). */
    public PatientInfectiousFlagGroup infectiousDiseaseHistory(String value) {
      return with("DE02.10.008.00", Text.of(value));
    }

    /** 传染病史 ({@code DE02.10.008.00}). */
    public Optional<Text> infectiousDiseaseHistory() {
      return value("DE02.10.008.00", Text.class);
    }

    /** 患者传染性标志 ({@code DE05.10.119.00}). */
    public Optional<BooleanValue> patientInfectiousFlag() {
      return value("DE05.10.119.00", BooleanValue.class);
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
   * One group of section 11450-4 Problem list: 初步诊断-西医诊断名称 with the data nested in it, written as one unit (document layout group {@code DE05.01.025.00}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class Diagnosis extends TypedGroup<Diagnosis> {
    private Diagnosis() {
      super("11450-4", "DE05.01.025.00");
    }

    @Override
    protected Diagnosis blank() {
      return new Diagnosis();
    }

    /** A group with its head 初步诊断-西医诊断名称 ({@code DE05.01.025.00}). */
    public static Diagnosis of(String value) {
      return new Diagnosis().with("DE05.01.025.00", Text.of(value));
    }

    /** 初步诊断-西医诊断编码 ({@code DE05.01.024.00}, CD, value set {@code 2.16.156.10011.2.3.3.11.3}). */
    public Diagnosis diagnosisCode(Coded value) {
      return with("DE05.01.024.00", CodedValue.of(value));
    }

    /** 初步诊断-西医诊断编码 ({@code DE05.01.024.00}). */
    public Optional<CodedValue> diagnosisCode() {
      return value("DE05.01.024.00", CodedValue.class);
    }

    /** 入院诊断顺位 ({@code DE05.01.080.00}, INT). */
    public Diagnosis admissionDiagnosisSequence(long value) {
      return with("DE05.01.080.00", IntegerValue.of(value));
    }

    /** 入院诊断顺位 ({@code DE05.01.080.00}). */
    public Optional<IntegerValue> admissionDiagnosisSequence() {
      return value("DE05.01.080.00", IntegerValue.class);
    }

    /** 初步诊断-西医诊断名称 ({@code DE05.01.025.00}). */
    public Optional<Text> diagnosisName() {
      return value("DE05.01.025.00", Text.class);
    }
  }

  /**
   * One group of section 11450-4 Problem list: 初步诊断-中医病名名称 with the data nested in it, written as one unit (document layout group {@code DE05.10.172.00}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class TcmDiagnosis extends TypedGroup<TcmDiagnosis> {
    private TcmDiagnosis() {
      super("11450-4", "DE05.10.172.00");
    }

    @Override
    protected TcmDiagnosis blank() {
      return new TcmDiagnosis();
    }

    /** A group with its head 初步诊断-中医病名名称 ({@code DE05.10.172.00}). */
    public static TcmDiagnosis of(String value) {
      return new TcmDiagnosis().with("DE05.10.172.00", Text.of(value));
    }

    /** 初步诊断-中医病名代码 ({@code DE05.10.130.00}, CD, value set {@code 2.16.156.10011.2.3.3.14}). */
    public TcmDiagnosis tcmDiagnosisCode(Coded value) {
      return with("DE05.10.130.00", CodedValue.of(value));
    }

    /** 初步诊断-中医病名代码 ({@code DE05.10.130.00}). */
    public Optional<CodedValue> tcmDiagnosisCode() {
      return value("DE05.10.130.00", CodedValue.class);
    }

    /** 初步诊断-中医病名名称 ({@code DE05.10.172.00}). */
    public Optional<Text> tcmDiagnosisName() {
      return value("DE05.10.172.00", Text.class);
    }
  }

  /** Builds a {@link AdmissionRecord}. Thread safety: not thread-safe. */
  public static final class Builder extends TypedDocument.Builder<AdmissionRecord, Builder> {
    private Builder() {
      super(documentSpec());
    }

    @Override
    protected AdmissionRecord create(ClinicalDocument document) {
      return new AdmissionRecord(document);
    }

    /** 主诉 ({@code DE04.01.119.00}, ST), section 10154-3 CHIEF COMPLAINT. */
    public Builder chiefComplaint(String value) {
      return set("10154-3", "DE04.01.119.00", Text.of(value));
    }

    /** 现病史 ({@code DE02.10.071.00}, ST), section 10164-2 HISTORY OF PRESENT ILLNESS. */
    public Builder presentIllnessHistory(String value) {
      return set("10164-2", "DE02.10.071.00", Text.of(value));
    }

    /** Sets the one {@link GeneralHealthStatusFlagGroup}, replacing any before. */
    public Builder generalHealthStatusFlag(GeneralHealthStatusFlagGroup group) {
      return setGroup(group);
    }

    /** Sets the one {@link GeneralHealthStatusFlagGroup} to its head 一般健康状况标志 alone, replacing any before. */
    public Builder generalHealthStatusFlag(boolean value) {
      return setGroup(GeneralHealthStatusFlagGroup.of(value));
    }

    /** Sets the one {@link PatientInfectiousFlagGroup}, replacing any before. */
    public Builder patientInfectiousFlag(PatientInfectiousFlagGroup group) {
      return setGroup(group);
    }

    /** Sets the one {@link PatientInfectiousFlagGroup} to its head 患者传染性标志 alone, replacing any before. */
    public Builder patientInfectiousFlag(boolean value) {
      return setGroup(PatientInfectiousFlagGroup.of(value));
    }

    /** 婚育史 ({@code DE02.10.098.00}, ST), section 11348-0 HISTORY OF PAST ILLNESS. */
    public Builder maritalReproductiveHistory(String value) {
      return set("11348-0", "DE02.10.098.00", Text.of(value));
    }

    /** 过敏史 ({@code DE02.10.022.00}, ST), section 11348-0 HISTORY OF PAST ILLNESS. */
    public Builder allergyHistory(String value) {
      return set("11348-0", "DE02.10.022.00", Text.of(value));
    }

    /** 手术史 ({@code DE02.10.061.00}, ST), section 11348-0 HISTORY OF PAST ILLNESS. */
    public Builder surgicalHistory(String value) {
      return set("11348-0", "DE02.10.061.00", Text.of(value));
    }

    /** 预防接种史 ({@code DE02.10.101.00}, ST), section 11369-6 HISTORY OF IMMUNIZATIONS. */
    public Builder immunizationHistory(String value) {
      return set("11369-6", "DE02.10.101.00", Text.of(value));
    }

    /** 输血史 ({@code DE02.10.100.00}, ST), section 56836-0 History of blood transfusion. */
    public Builder transfusionHistory(String value) {
      return set("56836-0", "DE02.10.100.00", Text.of(value));
    }

    /** 个人史 ({@code DE02.10.097.00}, ST), section 29762-2 Social history. */
    public Builder personalHistory(String value) {
      return set("29762-2", "DE02.10.097.00", Text.of(value));
    }

    /** 月经史 ({@code DE02.10.102.00}, ST), section 49033-4 Menstrual History. */
    public Builder menstrualHistory(String value) {
      return set("49033-4", "DE02.10.102.00", Text.of(value));
    }

    /** 家族史 ({@code DE02.10.103.00}, ST), section 10157-6 HISTORY OF FAMILY MEMBER DISEASES. */
    public Builder familyHistory(String value) {
      return set("10157-6", "DE02.10.103.00", Text.of(value));
    }

    /** 体温(摄氏度) ({@code DE04.10.186.00}, PQ), section 8716-3 VITAL SIGNS. */
    public Builder addBodyTemperature(BigDecimal value) {
      return add("8716-3", "DE04.10.186.00", quantity("8716-3", "DE04.10.186.00", value));
    }

    /** 体温(摄氏度) ({@code DE04.10.186.00}, PQ), section 8716-3 VITAL SIGNS. */
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

    /** 呼吸频率(次/min) ({@code DE04.10.082.00}, PQ), section 8716-3 VITAL SIGNS. */
    public Builder addAdmissionRespiratoryRate(BigDecimal value) {
      return add("8716-3", "DE04.10.082.00", quantity("8716-3", "DE04.10.082.00", value));
    }

    /** 呼吸频率(次/min) ({@code DE04.10.082.00}, PQ), section 8716-3 VITAL SIGNS. */
    public Builder addAdmissionRespiratoryRate(PhysicalQuantity value) {
      return add("8716-3", "DE04.10.082.00", value);
    }

    /** Sets the one {@link VitalSignsGroup}, replacing any before. */
    public Builder vitalSignsGroup(VitalSignsGroup group) {
      return setGroup(group);
    }

    /** 身高(cm) ({@code DE04.10.167.00}, PQ), section 8716-3 VITAL SIGNS. */
    public Builder addBodyHeight(BigDecimal value) {
      return add("8716-3", "DE04.10.167.00", quantity("8716-3", "DE04.10.167.00", value));
    }

    /** 身高(cm) ({@code DE04.10.167.00}, PQ), section 8716-3 VITAL SIGNS. */
    public Builder addBodyHeight(PhysicalQuantity value) {
      return add("8716-3", "DE04.10.167.00", value);
    }

    /** 体重(kg) ({@code DE04.10.188.00}, PQ), section 8716-3 VITAL SIGNS. */
    public Builder addBodyWeight(BigDecimal value) {
      return add("8716-3", "DE04.10.188.00", quantity("8716-3", "DE04.10.188.00", value));
    }

    /** 体重(kg) ({@code DE04.10.188.00}, PQ), section 8716-3 VITAL SIGNS. */
    public Builder addBodyWeight(PhysicalQuantity value) {
      return add("8716-3", "DE04.10.188.00", value);
    }

    /** 一般状况检查结果 ({@code DE04.10.219.00}, ST), section 29545-1 PHYSICAL EXAMINATION. */
    public Builder generalConditionExamResult(String value) {
      return set("29545-1", "DE04.10.219.00", Text.of(value));
    }

    /** 皮肤和黏膜检査结果 ({@code DE04.10.126.00}, ST), section 29545-1 PHYSICAL EXAMINATION. */
    public Builder addSkinMucosaExamResult(String value) {
      return add("29545-1", "DE04.10.126.00", Text.of(value));
    }

    /** 全身浅表淋巴结检查结果 ({@code DE04.10.114.00}, ST), section 29545-1 PHYSICAL EXAMINATION. */
    public Builder lymphNodeExamResult(String value) {
      return set("29545-1", "DE04.10.114.00", Text.of(value));
    }

    /** 头部及其器官检查结果 ({@code DE04.10.261.00}, ST), section 29545-1 PHYSICAL EXAMINATION. */
    public Builder headExamResult(String value) {
      return set("29545-1", "DE04.10.261.00", Text.of(value));
    }

    /** 颈部检查结果 ({@code DE04.10.255.00}, ST), section 29545-1 PHYSICAL EXAMINATION. */
    public Builder neckExamResult(String value) {
      return set("29545-1", "DE04.10.255.00", Text.of(value));
    }

    /** 胸部检查结果 ({@code DE04.10.263.00}, ST), section 29545-1 PHYSICAL EXAMINATION. */
    public Builder chestExamResult(String value) {
      return set("29545-1", "DE04.10.263.00", Text.of(value));
    }

    /** 腹部检查结果 ({@code DE04.10.046.00}, ST), section 29545-1 PHYSICAL EXAMINATION. */
    public Builder abdominalExamResult(String value) {
      return set("29545-1", "DE04.10.046.00", Text.of(value));
    }

    /** 肛门指诊检查结果描述 ({@code DE04.10.065.00}, ST), section 29545-1 PHYSICAL EXAMINATION. */
    public Builder digitalRectalExamResult(String value) {
      return set("29545-1", "DE04.10.065.00", Text.of(value));
    }

    /** 外生殖器检查结果 ({@code DE04.10.195.00}, ST), section 29545-1 PHYSICAL EXAMINATION. */
    public Builder externalGenitaliaExamResult(String value) {
      return set("29545-1", "DE04.10.195.00", Text.of(value));
    }

    /** 脊柱检查结果 ({@code DE04.10.093.00}, ST), section 29545-1 PHYSICAL EXAMINATION. */
    public Builder spineExamResult(String value) {
      return set("29545-1", "DE04.10.093.00", Text.of(value));
    }

    /** 四肢检查结果 ({@code DE04.10.179.00}, ST), section 29545-1 PHYSICAL EXAMINATION. */
    public Builder extremitiesExamResult(String value) {
      return set("29545-1", "DE04.10.179.00", Text.of(value));
    }

    /** 神经系统检查结果 ({@code DE05.10.149.00}, ST), section 29545-1 PHYSICAL EXAMINATION. */
    public Builder neurologicalExamResult(String value) {
      return set("29545-1", "DE05.10.149.00", Text.of(value));
    }

    /** 转科情况 ({@code DE08.10.061.00}, ST), section 29545-1 PHYSICAL EXAMINATION. */
    public Builder addSpecialtyFindings(String value) {
      return add("29545-1", "DE08.10.061.00", Text.of(value));
    }

    /** 辅助检查结果 ({@code DE04.30.009.00}, ST), section - 辅助检查. */
    public Builder auxiliaryExamResult(String value) {
      return set("辅助检查", "DE04.30.009.00", Text.of(value));
    }

    /** 称述内容可靠标志 ({@code DE05.10.143.00}, BL), section 11450-4 Problem list. */
    public Builder addHistoryReliableFlag(boolean value) {
      return add("11450-4", "DE05.10.143.00", BooleanValue.of(value));
    }

    /** Appends one {@link Diagnosis}: all its values as one unit. */
    public Builder addDiagnosis(Diagnosis group) {
      return addGroup(group);
    }

    /** 中医四诊观察结果 ({@code DE02.10.028.00}, ST), section 11450-4 Problem list. */
    public Builder addObservationResult(String value) {
      return add("11450-4", "DE02.10.028.00", Text.of(value));
    }

    /** Appends one {@link TcmDiagnosis}: all its values as one unit. */
    public Builder addTcmDiagnosis(TcmDiagnosis group) {
      return addGroup(group);
    }

    /** 治则治法 ({@code DE06.00.300.00}, ST), section 18776-5 TREATMENT PLAN. */
    public Builder tcmTreatmentPrinciple(String value) {
      return set("18776-5", "DE06.00.300.00", Text.of(value));
    }
  }
}
