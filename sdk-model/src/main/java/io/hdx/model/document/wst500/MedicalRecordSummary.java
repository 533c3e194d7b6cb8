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
 * WS/T 500.1-2016 病历概要 (Medical record summary): document code {@code C0001}, templateId {@code 2.16.156.10011.2.1.1.21}.
 *
 * <p>Unconfirmed in the spec data: cardinalities (the public samples show presence only); 5 of 35 entries.
 *
 * <p>Generated from the document spec by TypedDocumentGenerator; do not edit.
 *
 * <p>Thread safety: immutable; the builder is not thread-safe.
 *
 * @since 0.1.0
 */
public final class MedicalRecordSummary extends TypedDocument {
  /** The document code. */
  public static final String CODE = "C0001";
  /** The templateId OID. */
  public static final String TEMPLATE_ID = "2.16.156.10011.2.1.1.21";

  private MedicalRecordSummary(ClinicalDocument document) {
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
   * @throws io.hdx.model.ValidationException when the document is not a C0001
   */
  public static MedicalRecordSummary from(ClinicalDocument document) {
    return new MedicalRecordSummary(document);
  }

  /** ABO血型代码 ({@code DE04.50.001.00}, CD), section 30954-2 STUDIES SUMMARY, value set {@code 2.16.156.10011.2.3.1.85}. */
  public Optional<CodedValue> aboBloodTypeCode() {
    return value("30954-2", "DE04.50.001.00", CodedValue.class);
  }

  /** The StudiesSummaryGroup groups of section 30954-2, in document order. */
  public List<StudiesSummaryGroup> studiesSummaryGroupList() {
    return groups("30954-2", "ORGANIZER", StudiesSummaryGroup::new);
  }

  /** 疾病史(含外伤) ({@code DE02.10.026.00}, ST), section 11348-0 HISTORY OF PAST ILLNESS. */
  public List<Text> diseaseHistory() {
    return valueList("11348-0", "DE02.10.026.00", Text.class);
  }

  /** 传染病史 ({@code DE02.10.008.00}, ST), section 11348-0 HISTORY OF PAST ILLNESS. */
  public Optional<String> infectiousDiseaseHistory() {
    return text("11348-0", "DE02.10.008.00");
  }

  /** 手术史 ({@code DE02.10.061.00}, ST), section 11348-0 HISTORY OF PAST ILLNESS. */
  public Optional<String> surgicalHistory() {
    return text("11348-0", "DE02.10.061.00");
  }

  /** 婚育史 ({@code DE02.10.098.00}, ST), section 11348-0 HISTORY OF PAST ILLNESS. */
  public Optional<String> maritalReproductiveHistory() {
    return text("11348-0", "DE02.10.098.00");
  }

  /** 输血史 ({@code DE02.10.100.00}, ST), section 56836-0 History of blood transfusion. */
  public Optional<String> transfusionHistory() {
    return text("56836-0", "DE02.10.100.00");
  }

  /** 过敏史 ({@code DE02.10.022.00}, ST), section 48765-2 Allergies, adverse reactions, alerts. */
  public Optional<String> allergyHistory() {
    return text("48765-2", "DE02.10.022.00");
  }

  /** 预防接种史 ({@code DE02.10.101.00}, ST), section 11369-6 HISTORY OF IMMUNIZATIONS. */
  public Optional<String> immunizationHistory() {
    return text("11369-6", "DE02.10.101.00");
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

  /** 医疗机构科室名称 ({@code DE08.10.026.00}, ST), section - 卫生事件. */
  public Optional<String> departmentName() {
    return text("卫生事件", "DE08.10.026.00");
  }

  /** 患者类型代码 ({@code DE02.01.060.00}, CD), section - 卫生事件, value set {@code 2.16.156.10011.2.3.1.271}. */
  public Optional<CodedValue> patientTypeCode() {
    return value("卫生事件", "DE02.01.060.00", CodedValue.class);
  }

  /** 门(急)诊号 ({@code DE01.00.010.00}, ST), section - 卫生事件. */
  public List<Text> outpatientNumber() {
    return valueList("卫生事件", "DE01.00.010.00", Text.class);
  }

  /** 住院号 ({@code DE01.00.014.00}, ST), section - 卫生事件. */
  public Optional<String> inpatientNumber() {
    return text("卫生事件", "DE01.00.014.00");
  }

  /** 入院日期时间 ({@code DE06.00.092.00}, TS), section - 卫生事件. */
  public List<PointInTime> admissionDateTime() {
    return valueList("卫生事件", "DE06.00.092.00", PointInTime.class);
  }

  /** The Section9Group groups of section 卫生事件, in document order. */
  public List<Section9Group> section9GroupList() {
    return groups("卫生事件", "ORGANIZER", Section9Group::new);
  }

  /** 出院日期时间 ({@code DE06.00.017.00}, TS), section - 卫生事件. */
  public List<PointInTime> dischargeDateTime() {
    return valueList("卫生事件", "DE06.00.017.00", PointInTime.class);
  }

  /** 发病日期时间 ({@code DE04.01.018.00}, TS), section - 卫生事件. */
  public Optional<PointInTime> onsetDateTime() {
    return value("卫生事件", "DE04.01.018.00", PointInTime.class);
  }

  /** 就诊原因 ({@code DE05.10.053.00}, ST), section - 卫生事件. */
  public Optional<String> visitReason() {
    return text("卫生事件", "DE05.10.053.00");
  }

  /** 西医诊断编码 ({@code DE05.01.024.00}, CD), section - 卫生事件, value set {@code 2.16.156.10011.2.3.3.11.1}. */
  public List<CodedValue> diagnosisCode() {
    return valueList("卫生事件", "DE05.01.024.00", CodedValue.class);
  }

  /** The DiagnosisCodeGroup groups of section 卫生事件, in document order. */
  public List<DiagnosisCodeGroup> diagnosisCodeGroupList() {
    return groups("卫生事件", "DE05.01.024.00", DiagnosisCodeGroup::new);
  }

  /** 病情转归代码 ({@code DE05.10.113.00}, CD), section - 卫生事件, value set {@code 2.16.156.10011.2.3.1.148}. */
  public Optional<CodedValue> diseaseOutcomeCode() {
    return value("卫生事件", "DE05.10.113.00", CodedValue.class);
  }

  /** 中医病名代码 ({@code DE05.10.130.00}, CD), section - 卫生事件, value set {@code 2.16.156.10011.2.3.3.14}. */
  public List<CodedValue> tcmDiagnosisCode() {
    return valueList("卫生事件", "DE05.10.130.00", CodedValue.class);
  }

  /** 关键药物名称 ({@code DE08.50.022.00}, ST), section - 卫生事件. */
  public Optional<String> medicationName() {
    return text("卫生事件", "DE08.50.022.00");
  }

  /** The Medication groups of section 卫生事件, in document order. */
  public List<Medication> medicationList() {
    return groups("卫生事件", "DE08.50.022.00", Medication::new);
  }

  /** 关键药物用法 ({@code DE06.00.136.00}, ST), section - 卫生事件. */
  public Optional<String> medicationUsage() {
    return text("卫生事件", "DE06.00.136.00");
  }

  /** 药物不良反应情况 ({@code DE06.00.129.00}, ST), section - 卫生事件. */
  public Optional<String> adverseDrugReaction() {
    return text("卫生事件", "DE06.00.129.00");
  }

  /** 中药使用类别代码 ({@code DE06.00.164.00}, CD), section - 卫生事件, value set {@code 2.16.156.10011.2.3.1.157}. */
  public Optional<CodedValue> tcmUsageCategoryCode() {
    return value("卫生事件", "DE06.00.164.00", CodedValue.class);
  }

  /** 其他医学处置 ({@code DE06.00.251.00}, ST), section - 卫生事件. */
  public Optional<String> procedureMethodDescription() {
    return text("卫生事件", "DE06.00.251.00");
  }

  /** 根本死因代码 ({@code DE05.01.021.00}, CD), section - 卫生事件, value set {@code 2.16.156.10011.2.3.3.11.2}. */
  public Optional<CodedValue> causeOfDeathCode() {
    return value("卫生事件", "DE05.01.021.00", CodedValue.class);
  }

  /** 责任医师姓名 ({@code DE02.01.039.00}, ST), section - 卫生事件. */
  public Optional<String> name() {
    return text("卫生事件", "DE02.01.039.00");
  }

  /** 医疗保险类别代码 ({@code DE02.01.044.00}, CD), section - 卫生事件, value set {@code 2.16.156.10011.2.3.1.248}. */
  public Optional<CodedValue> medicalInsuranceTypeCode() {
    return value("卫生事件", "DE02.01.044.00", CodedValue.class);
  }

  /** 医疗付费方式代码 ({@code DE07.00.007.00}, CD), section - 卫生事件, value set {@code 2.16.156.10011.2.3.1.269}. */
  public Optional<CodedValue> paymentMethodCode() {
    return value("卫生事件", "DE07.00.007.00", CodedValue.class);
  }

  /** 门诊费用金额 ({@code DE07.00.004.00}, MO), section - 卫生事件. */
  public Optional<MonetaryAmount> prescriptionDrugAmount() {
    return value("卫生事件", "DE07.00.004.00", MonetaryAmount.class);
  }

  /** 住院费用金额 ({@code DE07.00.010.00}, MO), section - 卫生事件. */
  public Optional<MonetaryAmount> hospitalizationCostAmount() {
    return value("卫生事件", "DE07.00.010.00", MonetaryAmount.class);
  }

  /** 个人承担费用金额 ({@code DE07.00.001.00}, MO), section - 卫生事件. */
  public Optional<MonetaryAmount> outOfPocketAmount() {
    return value("卫生事件", "DE07.00.001.00", MonetaryAmount.class);
  }

  /** 手术及操作编码 ({@code DE06.00.093.00}, CD), section - 卫生事件, value set {@code 2.16.156.10011.2.3.3.12}. */
  public List<CodedValue> procedureCode() {
    return valueList("卫生事件", "DE06.00.093.00", CodedValue.class);
  }

  /** The Operation groups of section 卫生事件, in document order. */
  public List<Operation> operationList() {
    return groups("卫生事件", "PROCEDURE", Operation::new);
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
  }

  /**
   * One group of section 卫生事件 卫生事件: the components of one organizer, written as one unit (document layout group {@code ORGANIZER}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class Section9Group extends TypedGroup<Section9Group> {
    private Section9Group() {
      super("卫生事件", "ORGANIZER");
    }

    @Override
    protected Section9Group blank() {
      return new Section9Group();
    }

    /** An empty group; set its members. */
    public static Section9Group of() {
      return new Section9Group();
    }

    /** 入院日期时间 ({@code DE06.00.092.00}, TS). */
    public Section9Group admissionDateTime(LocalDate value) {
      return with("DE06.00.092.00", PointInTime.of(value));
    }

    /** 入院日期时间 ({@code DE06.00.092.00}, TS). */
    public Section9Group admissionDateTime(LocalDateTime value) {
      return with("DE06.00.092.00", PointInTime.of(value));
    }

    /** 入院日期时间 ({@code DE06.00.092.00}, TS). */
    public Section9Group admissionDateTime(PointInTime value) {
      return with("DE06.00.092.00", value);
    }

    /** 入院日期时间 ({@code DE06.00.092.00}). */
    public Optional<PointInTime> admissionDateTime() {
      return value("DE06.00.092.00", PointInTime.class);
    }

    /** 出院日期时间 ({@code DE06.00.017.00}, TS). */
    public Section9Group dischargeDateTime(LocalDate value) {
      return with("DE06.00.017.00", PointInTime.of(value));
    }

    /** 出院日期时间 ({@code DE06.00.017.00}, TS). */
    public Section9Group dischargeDateTime(LocalDateTime value) {
      return with("DE06.00.017.00", PointInTime.of(value));
    }

    /** 出院日期时间 ({@code DE06.00.017.00}, TS). */
    public Section9Group dischargeDateTime(PointInTime value) {
      return with("DE06.00.017.00", value);
    }

    /** 出院日期时间 ({@code DE06.00.017.00}). */
    public Optional<PointInTime> dischargeDateTime() {
      return value("DE06.00.017.00", PointInTime.class);
    }

    /** 医疗保险类别代码 ({@code DE02.01.044.00}, CD, value set {@code 2.16.156.10011.2.3.1.248}). */
    public Section9Group medicalInsuranceTypeCode(Coded value) {
      return with("DE02.01.044.00", CodedValue.of(value));
    }

    /** 医疗保险类别代码 ({@code DE02.01.044.00}). */
    public Optional<CodedValue> medicalInsuranceTypeCode() {
      return value("DE02.01.044.00", CodedValue.class);
    }

    /** 医疗付费方式代码 ({@code DE07.00.007.00}, CD, value set {@code 2.16.156.10011.2.3.1.269}). */
    public Section9Group paymentMethodCode(Coded value) {
      return with("DE07.00.007.00", CodedValue.of(value));
    }

    /** 医疗付费方式代码 ({@code DE07.00.007.00}). */
    public Optional<CodedValue> paymentMethodCode() {
      return value("DE07.00.007.00", CodedValue.class);
    }

    /** 门诊费用金额 ({@code DE07.00.004.00}, MO). */
    public Section9Group prescriptionDrugAmount(MonetaryAmount value) {
      return with("DE07.00.004.00", value);
    }

    /** 门诊费用金额 ({@code DE07.00.004.00}). */
    public Optional<MonetaryAmount> prescriptionDrugAmount() {
      return value("DE07.00.004.00", MonetaryAmount.class);
    }

    /** 住院费用金额 ({@code DE07.00.010.00}, MO). */
    public Section9Group hospitalizationCostAmount(MonetaryAmount value) {
      return with("DE07.00.010.00", value);
    }

    /** 住院费用金额 ({@code DE07.00.010.00}). */
    public Optional<MonetaryAmount> hospitalizationCostAmount() {
      return value("DE07.00.010.00", MonetaryAmount.class);
    }

    /** 个人承担费用金额 ({@code DE07.00.001.00}, MO). */
    public Section9Group outOfPocketAmount(MonetaryAmount value) {
      return with("DE07.00.001.00", value);
    }

    /** 个人承担费用金额 ({@code DE07.00.001.00}). */
    public Optional<MonetaryAmount> outOfPocketAmount() {
      return value("DE07.00.001.00", MonetaryAmount.class);
    }
  }

  /**
   * One group of section 卫生事件 卫生事件: 西医诊断编码 with the data nested in it, written as one unit (document layout group {@code DE05.01.024.00}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class DiagnosisCodeGroup extends TypedGroup<DiagnosisCodeGroup> {
    private DiagnosisCodeGroup() {
      super("卫生事件", "DE05.01.024.00");
    }

    @Override
    protected DiagnosisCodeGroup blank() {
      return new DiagnosisCodeGroup();
    }

    /** A group with its head 西医诊断编码 ({@code DE05.01.024.00}). */
    public static DiagnosisCodeGroup of(Coded value) {
      return new DiagnosisCodeGroup().with("DE05.01.024.00", CodedValue.of(value));
    }

    /** 病情转归代码 ({@code DE05.10.113.00}, CD, value set {@code 2.16.156.10011.2.3.1.148}). */
    public DiagnosisCodeGroup diseaseOutcomeCode(Coded value) {
      return with("DE05.10.113.00", CodedValue.of(value));
    }

    /** 病情转归代码 ({@code DE05.10.113.00}). */
    public Optional<CodedValue> diseaseOutcomeCode() {
      return value("DE05.10.113.00", CodedValue.class);
    }

    /** 西医诊断编码 ({@code DE05.01.024.00}). */
    public Optional<CodedValue> diagnosisCode() {
      return value("DE05.01.024.00", CodedValue.class);
    }
  }

  /**
   * One group of section 卫生事件 卫生事件: 关键药物名称 with the data nested in it, written as one unit (document layout group {@code DE08.50.022.00}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class Medication extends TypedGroup<Medication> {
    private Medication() {
      super("卫生事件", "DE08.50.022.00");
    }

    @Override
    protected Medication blank() {
      return new Medication();
    }

    /** A group with its head 关键药物名称 ({@code DE08.50.022.00}). */
    public static Medication of(String value) {
      return new Medication().with("DE08.50.022.00", Text.of(value));
    }

    /** 关键药物用法 ({@code DE06.00.136.00}, ST). */
    public Medication medicationUsage(String value) {
      return with("DE06.00.136.00", Text.of(value));
    }

    /** 关键药物用法 ({@code DE06.00.136.00}). */
    public Optional<Text> medicationUsage() {
      return value("DE06.00.136.00", Text.class);
    }

    /** 药物不良反应情况 ({@code DE06.00.129.00}, ST). */
    public Medication adverseDrugReaction(String value) {
      return with("DE06.00.129.00", Text.of(value));
    }

    /** 药物不良反应情况 ({@code DE06.00.129.00}). */
    public Optional<Text> adverseDrugReaction() {
      return value("DE06.00.129.00", Text.class);
    }

    /** 中药使用类别代码 ({@code DE06.00.164.00}, CD, value set {@code 2.16.156.10011.2.3.1.157}). */
    public Medication tcmUsageCategoryCode(Coded value) {
      return with("DE06.00.164.00", CodedValue.of(value));
    }

    /** 中药使用类别代码 ({@code DE06.00.164.00}). */
    public Optional<CodedValue> tcmUsageCategoryCode() {
      return value("DE06.00.164.00", CodedValue.class);
    }

    /** 关键药物名称 ({@code DE08.50.022.00}). */
    public Optional<Text> medicationName() {
      return value("DE08.50.022.00", Text.class);
    }
  }

  /**
   * One group of section 卫生事件 卫生事件: one PROCEDURE act, written as one unit (document layout group {@code PROCEDURE}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class Operation extends TypedGroup<Operation> {
    private Operation() {
      super("卫生事件", "PROCEDURE");
    }

    @Override
    protected Operation blank() {
      return new Operation();
    }

    /** An empty group; set its members. */
    public static Operation of() {
      return new Operation();
    }

    /** 手术及操作编码 ({@code DE06.00.093.00}, CD, value set {@code 2.16.156.10011.2.3.3.12}). */
    public Operation procedureCode(Coded value) {
      return with("DE06.00.093.00", CodedValue.of(value));
    }

    /** 手术及操作编码 ({@code DE06.00.093.00}). */
    public Optional<CodedValue> procedureCode() {
      return value("DE06.00.093.00", CodedValue.class);
    }
  }

  /** Builds a {@link MedicalRecordSummary}. Thread safety: not thread-safe. */
  public static final class Builder extends TypedDocument.Builder<MedicalRecordSummary, Builder> {
    private Builder() {
      super(documentSpec());
    }

    @Override
    protected MedicalRecordSummary create(ClinicalDocument document) {
      return new MedicalRecordSummary(document);
    }

    /** Sets the one {@link StudiesSummaryGroup}, replacing any before. */
    public Builder studiesSummaryGroup(StudiesSummaryGroup group) {
      return setGroup(group);
    }

    /** 疾病史(含外伤) ({@code DE02.10.026.00}, ST), section 11348-0 HISTORY OF PAST ILLNESS. */
    public Builder addDiseaseHistory(String value) {
      return add("11348-0", "DE02.10.026.00", Text.of(value));
    }

    /** 传染病史 ({@code DE02.10.008.00}, ST), section 11348-0 HISTORY OF PAST ILLNESS. */
    public Builder infectiousDiseaseHistory(String value) {
      return set("11348-0", "DE02.10.008.00", Text.of(value));
    }

    /** 手术史 ({@code DE02.10.061.00}, ST), section 11348-0 HISTORY OF PAST ILLNESS. */
    public Builder surgicalHistory(String value) {
      return set("11348-0", "DE02.10.061.00", Text.of(value));
    }

    /** 婚育史 ({@code DE02.10.098.00}, ST), section 11348-0 HISTORY OF PAST ILLNESS. */
    public Builder maritalReproductiveHistory(String value) {
      return set("11348-0", "DE02.10.098.00", Text.of(value));
    }

    /** 输血史 ({@code DE02.10.100.00}, ST), section 56836-0 History of blood transfusion. */
    public Builder transfusionHistory(String value) {
      return set("56836-0", "DE02.10.100.00", Text.of(value));
    }

    /** 过敏史 ({@code DE02.10.022.00}, ST), section 48765-2 Allergies, adverse reactions, alerts. */
    public Builder allergyHistory(String value) {
      return set("48765-2", "DE02.10.022.00", Text.of(value));
    }

    /** 预防接种史 ({@code DE02.10.101.00}, ST), section 11369-6 HISTORY OF IMMUNIZATIONS. */
    public Builder immunizationHistory(String value) {
      return set("11369-6", "DE02.10.101.00", Text.of(value));
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

    /** 医疗机构科室名称 ({@code DE08.10.026.00}, ST), section - 卫生事件. */
    public Builder departmentName(String value) {
      return set("卫生事件", "DE08.10.026.00", Text.of(value));
    }

    /** 患者类型代码 ({@code DE02.01.060.00}, CD), section - 卫生事件, value set {@code 2.16.156.10011.2.3.1.271}. */
    public Builder patientTypeCode(Coded value) {
      return set("卫生事件", "DE02.01.060.00", CodedValue.of(value));
    }

    /** 门(急)诊号 ({@code DE01.00.010.00}, ST), section - 卫生事件. */
    public Builder addOutpatientNumber(String value) {
      return add("卫生事件", "DE01.00.010.00", Text.of(value));
    }

    /** 住院号 ({@code DE01.00.014.00}, ST), section - 卫生事件. */
    public Builder inpatientNumber(String value) {
      return set("卫生事件", "DE01.00.014.00", Text.of(value));
    }

    /** Appends one {@link Section9Group}: all its values as one unit. */
    public Builder addSection9Group(Section9Group group) {
      return addGroup(group);
    }

    /** 发病日期时间 ({@code DE04.01.018.00}, TS), section - 卫生事件. */
    public Builder onsetDateTime(LocalDate value) {
      return set("卫生事件", "DE04.01.018.00", PointInTime.of(value));
    }

    /** 发病日期时间 ({@code DE04.01.018.00}, TS), section - 卫生事件. */
    public Builder onsetDateTime(LocalDateTime value) {
      return set("卫生事件", "DE04.01.018.00", PointInTime.of(value));
    }

    /** 发病日期时间 ({@code DE04.01.018.00}, TS), section - 卫生事件. */
    public Builder onsetDateTime(PointInTime value) {
      return set("卫生事件", "DE04.01.018.00", value);
    }

    /** 就诊原因 ({@code DE05.10.053.00}, ST), section - 卫生事件. */
    public Builder visitReason(String value) {
      return set("卫生事件", "DE05.10.053.00", Text.of(value));
    }

    /** Appends one {@link DiagnosisCodeGroup}: all its values as one unit. */
    public Builder addDiagnosisCodeGroup(DiagnosisCodeGroup group) {
      return addGroup(group);
    }

    /** 中医病名代码 ({@code DE05.10.130.00}, CD), section - 卫生事件, value set {@code 2.16.156.10011.2.3.3.14}. */
    public Builder addTcmDiagnosisCode(Coded value) {
      return add("卫生事件", "DE05.10.130.00", CodedValue.of(value));
    }

    /** Sets the one {@link Medication}, replacing any before. */
    public Builder medicationName(Medication group) {
      return setGroup(group);
    }

    /** Sets the one {@link Medication} to its head 关键药物名称 alone, replacing any before. */
    public Builder medicationName(String value) {
      return setGroup(Medication.of(value));
    }

    /** 其他医学处置 ({@code DE06.00.251.00}, ST), section - 卫生事件. */
    public Builder procedureMethodDescription(String value) {
      return set("卫生事件", "DE06.00.251.00", Text.of(value));
    }

    /** 根本死因代码 ({@code DE05.01.021.00}, CD), section - 卫生事件, value set {@code 2.16.156.10011.2.3.3.11.2}. */
    public Builder causeOfDeathCode(Coded value) {
      return set("卫生事件", "DE05.01.021.00", CodedValue.of(value));
    }

    /** 责任医师姓名 ({@code DE02.01.039.00}, ST), section - 卫生事件. */
    public Builder name(String value) {
      return set("卫生事件", "DE02.01.039.00", Text.of(value));
    }

    /** Appends one {@link Operation}: all its values as one unit. */
    public Builder addOperation(Operation group) {
      return addGroup(group);
    }
  }
}
