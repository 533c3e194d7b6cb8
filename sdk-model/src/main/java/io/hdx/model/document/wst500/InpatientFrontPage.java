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
 * WS/T 500.32-2016 住院病案首页 (Inpatient medical record front page): document code {@code C0032}, templateId {@code 2.16.156.10011.2.1.1.52}.
 *
 * <p>Unconfirmed in the spec data: cardinalities (the public samples show presence only); 20 of 64 entries.
 *
 * <p>Generated from the document spec by TypedDocumentGenerator; do not edit.
 *
 * <p>Thread safety: immutable; the builder is not thread-safe.
 *
 * @since 0.1.0
 */
public final class InpatientFrontPage extends TypedDocument {
  /** The document code. */
  public static final String CODE = "C0032";
  /** The templateId OID. */
  public static final String TEMPLATE_ID = "2.16.156.10011.2.1.1.52";

  private InpatientFrontPage(ClinicalDocument document) {
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
   * @throws io.hdx.model.ValidationException when the document is not a C0032
   */
  public static InpatientFrontPage from(ClinicalDocument document) {
    return new InpatientFrontPage(document);
  }

  /** 新生儿入院体重(g) ({@code DE04.10.019.00}, PQ), section 8716-3 VITAL SIGNS, unit g. */
  public List<PhysicalQuantity> newbornBirthWeight() {
    return valueList("8716-3", "DE04.10.019.00", PhysicalQuantity.class);
  }

  /** 门急诊诊断名称 ({@code DE05.10.025.00}, ST), section 29548-5 Diagnosis. */
  public Optional<String> outpatientDiagnosisName() {
    return text("29548-5", "DE05.10.025.00");
  }

  /** The DiagnosisGroup groups of section 29548-5, in document order. */
  public List<DiagnosisGroup> diagnosisGroupList() {
    return groups("29548-5", "ORGANIZER", DiagnosisGroup::new);
  }

  /** 门急诊诊断疾病编码 ({@code DE05.01.024.00}, CD), section 29548-5 Diagnosis. */
  public List<CodedValue> diagnosisCodeInDiagnosis() {
    return valueList("29548-5", "DE05.01.024.00", CodedValue.class);
  }

  /** 病理诊断名称 ({@code DE05.01.025.00}, ST), section 29548-5 Diagnosis. */
  public List<Text> diagnosisNameInDiagnosis() {
    return valueList("29548-5", "DE05.01.025.00", Text.class);
  }

  /** 住院者疾病状态代码 ({@code DE05.10.119.00}, CD), section 11450-4 Problem list. */
  public Optional<CodedValue> patientInfectiousFlag() {
    return value("11450-4", "DE05.10.119.00", CodedValue.class);
  }

  /** 损伤中毒的外部原因 ({@code DE05.10.152.00}, ST), section 11450-4 Problem list. */
  public Optional<String> injuryExternalCause() {
    return text("11450-4", "DE05.10.152.00");
  }

  /** The InjuryExternalCauseGroup groups of section 11450-4, in document order. */
  public List<InjuryExternalCauseGroup> injuryExternalCauseGroupList() {
    return groups("11450-4", "DE05.10.152.00", InjuryExternalCauseGroup::new);
  }

  /** 损伤中毒的外部原因-疾病编码 ({@code DE05.01.078.00}, CD), section 11450-4 Problem list, value set {@code 2.16.156.10011.2.3.3.11.5}. */
  public List<CodedValue> injuryExternalCauseCode() {
    return valueList("11450-4", "DE05.01.078.00", CodedValue.class);
  }

  /** 颅脑损伤患者入院前昏迷时间-d ({@code DE05.10.138.01}, PQ), section 11450-4 Problem list, unit d. */
  public List<PhysicalQuantity> comaDurationDays() {
    return valueList("11450-4", "DE05.10.138.01", PhysicalQuantity.class);
  }

  /** The ProblemListGroup groups of section 11450-4, in document order. */
  public List<ProblemListGroup> problemListGroupList() {
    return groups("11450-4", "ORGANIZER", ProblemListGroup::new);
  }

  /** 颅脑损伤患者入院前昏迷时间-h ({@code DE05.10.138.02}, PQ), section 11450-4 Problem list, unit h. */
  public List<PhysicalQuantity> comaDurationHours() {
    return valueList("11450-4", "DE05.10.138.02", PhysicalQuantity.class);
  }

  /** 颅脑损伤患者入院前昏迷时间-min ({@code DE05.10.138.03}, PQ), section 11450-4 Problem list, unit min. */
  public List<PhysicalQuantity> comaDurationMinutes() {
    return valueList("11450-4", "DE05.10.138.03", PhysicalQuantity.class);
  }

  /** 出院诊断-疾病名称 ({@code DE05.01.025.00}, ST), section 11535-2 Discharge Diagnosis. */
  public List<Text> diagnosisNameInDischargeDiagnosis() {
    return valueList("11535-2", "DE05.01.025.00", Text.class);
  }

  /** The DischargeDiagnosisGroup groups of section 11535-2, in document order. */
  public List<DischargeDiagnosisGroup> dischargeDiagnosisGroupList() {
    return groups("11535-2", "ORGANIZER", DischargeDiagnosisGroup::new);
  }

  /** 出院诊断-疾病编码 ({@code DE05.01.024.00}, CD), section 11535-2 Discharge Diagnosis, value set {@code 2.16.156.10011.2.3.3.11.3}. */
  public List<CodedValue> diagnosisCodeInDischargeDiagnosis() {
    return valueList("11535-2", "DE05.01.024.00", CodedValue.class);
  }

  /** 出院诊断-主要诊断-入院病情代码 ({@code DE09.00.104.00}, CD), section 11535-2 Discharge Diagnosis, value set {@code 2.16.156.10011.2.3.1.253}. */
  public List<CodedValue> presentOnAdmissionCode() {
    return valueList("11535-2", "DE09.00.104.00", CodedValue.class);
  }

  /** 离院方式 ({@code DE06.00.223.00}, CD), section 11535-2 Discharge Diagnosis, value set {@code 2.16.156.10011.2.3.1.265}. */
  public Optional<CodedValue> dischargeMode() {
    return value("11535-2", "DE06.00.223.00", CodedValue.class);
  }

  /** The DischargeModeGroup groups of section 11535-2, in document order. */
  public List<DischargeModeGroup> dischargeModeGroupList() {
    return groups("11535-2", "DE06.00.223.00", DischargeModeGroup::new);
  }

  /** 拟接受医疗机构名称 ({@code DE08.10.013.00}, ST), section 11535-2 Discharge Diagnosis. */
  public Optional<String> organizationName() {
    return text("11535-2", "DE08.10.013.00");
  }

  /** 过敏史标志 ({@code DE02.10.023.00}, BL), section 48765-2 Allergies,adverse reactions,alerts. */
  public List<BooleanValue> allergyHistoryFlag() {
    return valueList("48765-2", "DE02.10.023.00", BooleanValue.class);
  }

  /** The Act groups of section 48765-2, in document order. */
  public List<Act> actList() {
    return groups("48765-2", "ACT", Act::new);
  }

  /** 过敏药物 ({@code DE02.10.022.00}, ST), section 48765-2 Allergies,adverse reactions,alerts. */
  public Optional<String> allergyHistory() {
    return text("48765-2", "DE02.10.022.00");
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
  public Optional<CodedValue> rhBloodTypeCode() {
    return value("30954-2", "DE04.50.010.00", CodedValue.class);
  }

  /** 手术操作名称 ({@code DE06.00.094.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
  public List<Text> procedureName() {
    return valueList("47519-4", "DE06.00.094.00", Text.class);
  }

  /** The Operation groups of section 47519-4, in document order. */
  public List<Operation> operationList() {
    return groups("47519-4", "PROCEDURE", Operation::new);
  }

  /** 手术级别 ({@code DE06.00.255.00}, CD), section 47519-4 HISTORY OF PROCEDURES, value set {@code 2.16.156.10011.2.3.1.258}. */
  public List<CodedValue> operationLevel() {
    return valueList("47519-4", "DE06.00.255.00", CodedValue.class);
  }

  /** 手术切口类别代码表 ({@code DE06.00.257.00}, CD), section 47519-4 HISTORY OF PROCEDURES. */
  public List<CodedValue> incisionClassCode() {
    return valueList("47519-4", "DE06.00.257.00", CodedValue.class);
  }

  /** 手术切口愈合等级 ({@code DE05.10.147.00}, CD), section 47519-4 HISTORY OF PROCEDURES, value set {@code 2.16.156.10011.2.3.1.257}. */
  public List<CodedValue> incisionHealingGrade() {
    return valueList("47519-4", "DE05.10.147.00", CodedValue.class);
  }

  /** 麻醉方法代码 ({@code DE06.00.073.00}, CD), section 47519-4 HISTORY OF PROCEDURES, value set {@code 2.16.156.10011.2.3.1.159}. */
  public List<CodedValue> anesthesiaMethodCode() {
    return valueList("47519-4", "DE06.00.073.00", CodedValue.class);
  }

  /** 手术及操作编码 ({@code DE06.00.093.00}, CD), section 47519-4 HISTORY OF PROCEDURES, value set {@code 2.16.156.10011.2.3.3.12}. */
  public List<CodedValue> procedureCode() {
    return valueList("47519-4", "DE06.00.093.00", CodedValue.class);
  }

  /** 住院次数 ({@code DE02.10.090.00}, PQ), section 11336-5 HISTORY OF HOSPITALIZATIONS, unit 次. */
  public Optional<PhysicalQuantity> hospitalizationCount() {
    return value("11336-5", "DE02.10.090.00", PhysicalQuantity.class);
  }

  /** 实际住院天数 ({@code DE06.00.310.00}, PQ), section 8648-8 Hospital Course, unit 天. */
  public Optional<PhysicalQuantity> lengthOfStay() {
    return value("8648-8", "DE06.00.310.00", PhysicalQuantity.class);
  }

  /** 死亡患者尸检标志 ({@code DE09.00.108.00}, BL), section - 行政管理. */
  public Optional<Boolean> autopsyFlag() {
    return bool("行政管理", "DE09.00.108.00");
  }

  /** 病案质量 ({@code DE09.00.103.00}, CD), section - 行政管理, value set {@code 2.16.156.10011.2.3.2.29}. */
  public Optional<CodedValue> medicalRecordQuality() {
    return value("行政管理", "DE09.00.103.00", CodedValue.class);
  }

  /** 出院31d内在住院标志 ({@code DE06.00.194.00}, BL), section 18776-5 TREATMENT PLAN. */
  public List<BooleanValue> readmissionWithin31DaysFlag() {
    return valueList("18776-5", "DE06.00.194.00", BooleanValue.class);
  }

  /** The ReadmissionWithin31DaysFlagGroup groups of section 18776-5, in document order. */
  public List<ReadmissionWithin31DaysFlagGroup> readmissionWithin31DaysFlagGroupList() {
    return groups("18776-5", "DE06.00.194.00", ReadmissionWithin31DaysFlagGroup::new);
  }

  /** 出院31d再住院目的 ({@code DE06.00.195.00}, ST), section 18776-5 TREATMENT PLAN. */
  public List<Text> readmissionWithin31DaysPurpose() {
    return valueList("18776-5", "DE06.00.195.00", Text.class);
  }

  /** 医疗付款方式代码 ({@code DE07.00.007.00}, CD), section 48768-6 PAYMENT SOURCES, value set {@code 2.16.156.10011.2.3.1.269}. */
  public List<CodedValue> paymentMethodCode() {
    return valueList("48768-6", "DE07.00.007.00", CodedValue.class);
  }

  /** 使用医疗机构中药制剂 ({@code DE06.00.243.00}, BL), section 48768-6 PAYMENT SOURCES. */
  public Optional<Boolean> inHouseTcmPreparationUseFlag() {
    return bool("48768-6", "DE06.00.243.00");
  }

  /** 使用中医诊疗技术标志 ({@code DE06.00.245.00}, BL), section 48768-6 PAYMENT SOURCES. */
  public Optional<Boolean> tcmTechniqueUseFlag() {
    return bool("48768-6", "DE06.00.245.00");
  }

  /** 辩证施护标志 ({@code DE06.00.180.00}, BL), section 48768-6 PAYMENT SOURCES. */
  public Optional<Boolean> syndromeBasedNursingFlag() {
    return bool("48768-6", "DE06.00.180.00");
  }

  /** 住院总费用 ({@code HDSD00.11.142}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
  public Optional<MonetaryAmount> totalHospitalizationCost() {
    return value("48768-6", "HDSD00.11.142", MonetaryAmount.class);
  }

  /** The TotalHospitalizationCostGroup groups of section 48768-6, in document order. */
  public List<TotalHospitalizationCostGroup> totalHospitalizationCostGroupList() {
    return groups("48768-6", "HDSD00.11.142", TotalHospitalizationCostGroup::new);
  }

  /** 住院总费用-自付金额 ({@code HDSD00.11.143}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
  public Optional<MonetaryAmount> selfPaidAmount() {
    return value("48768-6", "HDSD00.11.143", MonetaryAmount.class);
  }

  /** 一般医疗服务费 ({@code HDSD00.11.147}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
  public Optional<MonetaryAmount> generalMedicalServiceFee() {
    return value("48768-6", "HDSD00.11.147", MonetaryAmount.class);
  }

  /** The PaymentSourcesGroup groups of section 48768-6, in document order. */
  public List<PaymentSourcesGroup> paymentSourcesGroupList() {
    return groups("48768-6", "ORGANIZER", PaymentSourcesGroup::new);
  }

  /** 一般治疗操作费 ({@code HDSD00.11.148}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
  public Optional<MonetaryAmount> generalTreatmentProcedureFee() {
    return value("48768-6", "HDSD00.11.148", MonetaryAmount.class);
  }

  /** 护理费 ({@code HDSD00.11.145}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
  public Optional<MonetaryAmount> nursingFee() {
    return value("48768-6", "HDSD00.11.145", MonetaryAmount.class);
  }

  /** 其他费用 ({@code HDSD00.11.146}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
  public Optional<MonetaryAmount> otherComprehensiveServiceFee() {
    return value("48768-6", "HDSD00.11.146", MonetaryAmount.class);
  }

  /** 病理诊断费 ({@code HDSD00.11.121}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
  public Optional<MonetaryAmount> pathologyDiagnosisFee() {
    return value("48768-6", "HDSD00.11.121", MonetaryAmount.class);
  }

  /** 实验室诊断费 ({@code HDSD00.11.123}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
  public Optional<MonetaryAmount> laboratoryDiagnosisFee() {
    return value("48768-6", "HDSD00.11.123", MonetaryAmount.class);
  }

  /** 影像学诊断费 ({@code HDSD00.11.124}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
  public Optional<MonetaryAmount> imagingDiagnosisFee() {
    return value("48768-6", "HDSD00.11.124", MonetaryAmount.class);
  }

  /** 临床诊断项目费 ({@code HDSD00.11.122}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
  public Optional<MonetaryAmount> clinicalDiagnosisItemFee() {
    return value("48768-6", "HDSD00.11.122", MonetaryAmount.class);
  }

  /** 非手术治疗项目费 ({@code HDSD00.11.129}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
  public Optional<MonetaryAmount> nonSurgicalTreatmentFee() {
    return value("48768-6", "HDSD00.11.129", MonetaryAmount.class);
  }

  /** 临床物理治疗费 ({@code HDSD00.11.130}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
  public Optional<MonetaryAmount> clinicalPhysiotherapyFee() {
    return value("48768-6", "HDSD00.11.130", MonetaryAmount.class);
  }

  /** 手术治疗费 ({@code HDSD00.11.131}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
  public Optional<MonetaryAmount> surgicalTreatmentFee() {
    return value("48768-6", "HDSD00.11.131", MonetaryAmount.class);
  }

  /** 麻醉费 ({@code HDSD00.11.132}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
  public Optional<MonetaryAmount> anesthesiaFee() {
    return value("48768-6", "HDSD00.11.132", MonetaryAmount.class);
  }

  /** 手术费 ({@code HDSD00.11.133}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
  public Optional<MonetaryAmount> operationFee() {
    return value("48768-6", "HDSD00.11.133", MonetaryAmount.class);
  }

  /** 康复费 ({@code HDSD00.11.055}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
  public Optional<MonetaryAmount> rehabilitationFee() {
    return value("48768-6", "HDSD00.11.055", MonetaryAmount.class);
  }

  /** 中医治疗费 ({@code HDSD00.11.136}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
  public Optional<MonetaryAmount> tcmTreatmentFee() {
    return value("48768-6", "HDSD00.11.136", MonetaryAmount.class);
  }

  /** 西药费 ({@code HDSD00.11.098}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
  public Optional<MonetaryAmount> westernMedicineFee() {
    return value("48768-6", "HDSD00.11.098", MonetaryAmount.class);
  }

  /** The WesternMedicineFeeGroup groups of section 48768-6, in document order. */
  public List<WesternMedicineFeeGroup> westernMedicineFeeGroupList() {
    return groups("48768-6", "HDSD00.11.098", WesternMedicineFeeGroup::new);
  }

  /** 抗菌药物费用 ({@code HDSD00.11.099}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
  public Optional<MonetaryAmount> antibacterialDrugFee() {
    return value("48768-6", "HDSD00.11.099", MonetaryAmount.class);
  }

  /** 中成药费 ({@code HDSD00.11.135}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
  public Optional<MonetaryAmount> chinesePatentMedicineFee() {
    return value("48768-6", "HDSD00.11.135", MonetaryAmount.class);
  }

  /** 中草药费 ({@code HDSD00.11.134}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
  public Optional<MonetaryAmount> chineseHerbalMedicineFee() {
    return value("48768-6", "HDSD00.11.134", MonetaryAmount.class);
  }

  /** 血费 ({@code HDSD00.11.115}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
  public Optional<MonetaryAmount> bloodFee() {
    return value("48768-6", "HDSD00.11.115", MonetaryAmount.class);
  }

  /** 白蛋白类制品费 ({@code HDSD00.11.111}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
  public Optional<MonetaryAmount> albuminProductFee() {
    return value("48768-6", "HDSD00.11.111", MonetaryAmount.class);
  }

  /** 球蛋白类制品费 ({@code HDSD00.11.113}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
  public Optional<MonetaryAmount> globulinProductFee() {
    return value("48768-6", "HDSD00.11.113", MonetaryAmount.class);
  }

  /** 凝血因子类制品费 ({@code HDSD00.11.112}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
  public Optional<MonetaryAmount> coagulationFactorProductFee() {
    return value("48768-6", "HDSD00.11.112", MonetaryAmount.class);
  }

  /** 细胞因子类制品费 ({@code HDSD00.11.114}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
  public Optional<MonetaryAmount> cytokineProductFee() {
    return value("48768-6", "HDSD00.11.114", MonetaryAmount.class);
  }

  /** 检查用一次性医用材料费 ({@code HDSD00.11.038}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
  public Optional<MonetaryAmount> disposableExaminationMaterialFee() {
    return value("48768-6", "HDSD00.11.038", MonetaryAmount.class);
  }

  /** 治疗用一次性医用材料费 ({@code HDSD00.11.040}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
  public Optional<MonetaryAmount> disposableTreatmentMaterialFee() {
    return value("48768-6", "HDSD00.11.040", MonetaryAmount.class);
  }

  /** 手术用一次性医用材料费 ({@code HDSD00.11.039}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
  public Optional<MonetaryAmount> disposableSurgicalMaterialFee() {
    return value("48768-6", "HDSD00.11.039", MonetaryAmount.class);
  }

  /**
   * One group of section 29548-5 Diagnosis: the components of one organizer, written as one unit (document layout group {@code ORGANIZER}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class DiagnosisGroup extends TypedGroup<DiagnosisGroup> {
    private DiagnosisGroup() {
      super("29548-5", "ORGANIZER");
    }

    @Override
    protected DiagnosisGroup blank() {
      return new DiagnosisGroup();
    }

    /** An empty group; set its members. */
    public static DiagnosisGroup of() {
      return new DiagnosisGroup();
    }

    /** 门急诊诊断名称 ({@code DE05.10.025.00}, ST). */
    public DiagnosisGroup outpatientDiagnosisName(String value) {
      return with("DE05.10.025.00", Text.of(value));
    }

    /** 门急诊诊断名称 ({@code DE05.10.025.00}). */
    public Optional<Text> outpatientDiagnosisName() {
      return value("DE05.10.025.00", Text.class);
    }

    /** 门急诊诊断疾病编码 ({@code DE05.01.024.00}, CD). */
    public DiagnosisGroup diagnosisCodeInDiagnosis(Coded value) {
      return with("DE05.01.024.00", CodedValue.of(value));
    }

    /** 门急诊诊断疾病编码 ({@code DE05.01.024.00}). */
    public Optional<CodedValue> diagnosisCodeInDiagnosis() {
      return value("DE05.01.024.00", CodedValue.class);
    }

    /** 病理诊断名称 ({@code DE05.01.025.00}, ST). */
    public DiagnosisGroup diagnosisNameInDiagnosis(String value) {
      return with("DE05.01.025.00", Text.of(value));
    }

    /** 病理诊断名称 ({@code DE05.01.025.00}). */
    public Optional<Text> diagnosisNameInDiagnosis() {
      return value("DE05.01.025.00", Text.class);
    }
  }

  /**
   * One group of section 11450-4 Problem list: 损伤中毒的外部原因 with the data nested in it, written as one unit (document layout group {@code DE05.10.152.00}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class InjuryExternalCauseGroup extends TypedGroup<InjuryExternalCauseGroup> {
    private InjuryExternalCauseGroup() {
      super("11450-4", "DE05.10.152.00");
    }

    @Override
    protected InjuryExternalCauseGroup blank() {
      return new InjuryExternalCauseGroup();
    }

    /** A group with its head 损伤中毒的外部原因 ({@code DE05.10.152.00}). */
    public static InjuryExternalCauseGroup of(String value) {
      return new InjuryExternalCauseGroup().with("DE05.10.152.00", Text.of(value));
    }

    /** 损伤中毒的外部原因-疾病编码 ({@code DE05.01.078.00}, CD, value set {@code 2.16.156.10011.2.3.3.11.5}). */
    public InjuryExternalCauseGroup injuryExternalCauseCode(Coded value) {
      return with("DE05.01.078.00", CodedValue.of(value));
    }

    /** 损伤中毒的外部原因-疾病编码 ({@code DE05.01.078.00}). */
    public Optional<CodedValue> injuryExternalCauseCode() {
      return value("DE05.01.078.00", CodedValue.class);
    }

    /** 损伤中毒的外部原因 ({@code DE05.10.152.00}). */
    public Optional<Text> injuryExternalCause() {
      return value("DE05.10.152.00", Text.class);
    }
  }

  /**
   * One group of section 11450-4 Problem list: the components of one organizer, written as one unit (document layout group {@code ORGANIZER}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class ProblemListGroup extends TypedGroup<ProblemListGroup> {
    private ProblemListGroup() {
      super("11450-4", "ORGANIZER");
    }

    @Override
    protected ProblemListGroup blank() {
      return new ProblemListGroup();
    }

    /** An empty group; set its members. */
    public static ProblemListGroup of() {
      return new ProblemListGroup();
    }

    /** 颅脑损伤患者入院前昏迷时间-d ({@code DE05.10.138.01}, PQ, unit d). */
    public ProblemListGroup comaDurationDays(BigDecimal value) {
      return with("DE05.10.138.01", PhysicalQuantity.of(value, "d"));
    }

    /** 颅脑损伤患者入院前昏迷时间-d ({@code DE05.10.138.01}, PQ, unit d). */
    public ProblemListGroup comaDurationDays(PhysicalQuantity value) {
      return with("DE05.10.138.01", value);
    }

    /** 颅脑损伤患者入院前昏迷时间-d ({@code DE05.10.138.01}). */
    public Optional<PhysicalQuantity> comaDurationDays() {
      return value("DE05.10.138.01", PhysicalQuantity.class);
    }

    /** 颅脑损伤患者入院前昏迷时间-h ({@code DE05.10.138.02}, PQ, unit h). */
    public ProblemListGroup comaDurationHours(BigDecimal value) {
      return with("DE05.10.138.02", PhysicalQuantity.of(value, "h"));
    }

    /** 颅脑损伤患者入院前昏迷时间-h ({@code DE05.10.138.02}, PQ, unit h). */
    public ProblemListGroup comaDurationHours(PhysicalQuantity value) {
      return with("DE05.10.138.02", value);
    }

    /** 颅脑损伤患者入院前昏迷时间-h ({@code DE05.10.138.02}). */
    public Optional<PhysicalQuantity> comaDurationHours() {
      return value("DE05.10.138.02", PhysicalQuantity.class);
    }

    /** 颅脑损伤患者入院前昏迷时间-min ({@code DE05.10.138.03}, PQ, unit min). */
    public ProblemListGroup comaDurationMinutes(BigDecimal value) {
      return with("DE05.10.138.03", PhysicalQuantity.of(value, "min"));
    }

    /** 颅脑损伤患者入院前昏迷时间-min ({@code DE05.10.138.03}, PQ, unit min). */
    public ProblemListGroup comaDurationMinutes(PhysicalQuantity value) {
      return with("DE05.10.138.03", value);
    }

    /** 颅脑损伤患者入院前昏迷时间-min ({@code DE05.10.138.03}). */
    public Optional<PhysicalQuantity> comaDurationMinutes() {
      return value("DE05.10.138.03", PhysicalQuantity.class);
    }
  }

  /**
   * One group of section 11535-2 Discharge Diagnosis: the components of one organizer, written as one unit (document layout group {@code ORGANIZER}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class DischargeDiagnosisGroup extends TypedGroup<DischargeDiagnosisGroup> {
    private DischargeDiagnosisGroup() {
      super("11535-2", "ORGANIZER");
    }

    @Override
    protected DischargeDiagnosisGroup blank() {
      return new DischargeDiagnosisGroup();
    }

    /** An empty group; set its members. */
    public static DischargeDiagnosisGroup of() {
      return new DischargeDiagnosisGroup();
    }

    /** 出院诊断-疾病名称 ({@code DE05.01.025.00}, ST). */
    public DischargeDiagnosisGroup diagnosisNameInDischargeDiagnosis(String value) {
      return with("DE05.01.025.00", Text.of(value));
    }

    /** 出院诊断-疾病名称 ({@code DE05.01.025.00}). */
    public Optional<Text> diagnosisNameInDischargeDiagnosis() {
      return value("DE05.01.025.00", Text.class);
    }

    /** 出院诊断-疾病编码 ({@code DE05.01.024.00}, CD, value set {@code 2.16.156.10011.2.3.3.11.3}). */
    public DischargeDiagnosisGroup diagnosisCodeInDischargeDiagnosis(Coded value) {
      return with("DE05.01.024.00", CodedValue.of(value));
    }

    /** 出院诊断-疾病编码 ({@code DE05.01.024.00}). */
    public Optional<CodedValue> diagnosisCodeInDischargeDiagnosis() {
      return value("DE05.01.024.00", CodedValue.class);
    }

    /** 出院诊断-主要诊断-入院病情代码 ({@code DE09.00.104.00}, CD, value set {@code 2.16.156.10011.2.3.1.253}). */
    public DischargeDiagnosisGroup presentOnAdmissionCode(Coded value) {
      return with("DE09.00.104.00", CodedValue.of(value));
    }

    /** 出院诊断-主要诊断-入院病情代码 ({@code DE09.00.104.00}). */
    public Optional<CodedValue> presentOnAdmissionCode() {
      return value("DE09.00.104.00", CodedValue.class);
    }
  }

  /**
   * One group of section 11535-2 Discharge Diagnosis: 离院方式 with the data nested in it, written as one unit (document layout group {@code DE06.00.223.00}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class DischargeModeGroup extends TypedGroup<DischargeModeGroup> {
    private DischargeModeGroup() {
      super("11535-2", "DE06.00.223.00");
    }

    @Override
    protected DischargeModeGroup blank() {
      return new DischargeModeGroup();
    }

    /** A group with its head 离院方式 ({@code DE06.00.223.00}). */
    public static DischargeModeGroup of(Coded value) {
      return new DischargeModeGroup().with("DE06.00.223.00", CodedValue.of(value));
    }

    /** 拟接受医疗机构名称 ({@code DE08.10.013.00}, ST). */
    public DischargeModeGroup organizationName(String value) {
      return with("DE08.10.013.00", Text.of(value));
    }

    /** 拟接受医疗机构名称 ({@code DE08.10.013.00}). */
    public Optional<Text> organizationName() {
      return value("DE08.10.013.00", Text.class);
    }

    /** 离院方式 ({@code DE06.00.223.00}). */
    public Optional<CodedValue> dischargeMode() {
      return value("DE06.00.223.00", CodedValue.class);
    }
  }

  /**
   * One group of section 48765-2 Allergies,adverse reactions,alerts: one ACT act, written as one unit (document layout group {@code ACT}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class Act extends TypedGroup<Act> {
    private Act() {
      super("48765-2", "ACT");
    }

    @Override
    protected Act blank() {
      return new Act();
    }

    /** An empty group; set its members. */
    public static Act of() {
      return new Act();
    }

    /** 过敏史标志 ({@code DE02.10.023.00}, BL). */
    public Act allergyHistoryFlag(boolean value) {
      return with("DE02.10.023.00", BooleanValue.of(value));
    }

    /** 过敏史标志 ({@code DE02.10.023.00}). */
    public Optional<BooleanValue> allergyHistoryFlag() {
      return value("DE02.10.023.00", BooleanValue.class);
    }
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
   * One group of section 47519-4 HISTORY OF PROCEDURES: one PROCEDURE act, written as one unit (document layout group {@code PROCEDURE}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class Operation extends TypedGroup<Operation> {
    private Operation() {
      super("47519-4", "PROCEDURE");
    }

    @Override
    protected Operation blank() {
      return new Operation();
    }

    /** An empty group; set its members. */
    public static Operation of() {
      return new Operation();
    }

    /** 手术操作名称 ({@code DE06.00.094.00}, ST). */
    public Operation procedureName(String value) {
      return with("DE06.00.094.00", Text.of(value));
    }

    /** 手术操作名称 ({@code DE06.00.094.00}). */
    public Optional<Text> procedureName() {
      return value("DE06.00.094.00", Text.class);
    }

    /** 手术级别 ({@code DE06.00.255.00}, CD, value set {@code 2.16.156.10011.2.3.1.258}). */
    public Operation operationLevel(Coded value) {
      return with("DE06.00.255.00", CodedValue.of(value));
    }

    /** 手术级别 ({@code DE06.00.255.00}). */
    public Optional<CodedValue> operationLevel() {
      return value("DE06.00.255.00", CodedValue.class);
    }

    /** 手术切口类别代码表 ({@code DE06.00.257.00}, CD). */
    public Operation incisionClassCode(Coded value) {
      return with("DE06.00.257.00", CodedValue.of(value));
    }

    /** 手术切口类别代码表 ({@code DE06.00.257.00}). */
    public Optional<CodedValue> incisionClassCode() {
      return value("DE06.00.257.00", CodedValue.class);
    }

    /** 手术切口愈合等级 ({@code DE05.10.147.00}, CD, value set {@code 2.16.156.10011.2.3.1.257}). */
    public Operation incisionHealingGrade(Coded value) {
      return with("DE05.10.147.00", CodedValue.of(value));
    }

    /** 手术切口愈合等级 ({@code DE05.10.147.00}). */
    public Optional<CodedValue> incisionHealingGrade() {
      return value("DE05.10.147.00", CodedValue.class);
    }

    /** 麻醉方法代码 ({@code DE06.00.073.00}, CD, value set {@code 2.16.156.10011.2.3.1.159}). */
    public Operation anesthesiaMethodCode(Coded value) {
      return with("DE06.00.073.00", CodedValue.of(value));
    }

    /** 麻醉方法代码 ({@code DE06.00.073.00}). */
    public Optional<CodedValue> anesthesiaMethodCode() {
      return value("DE06.00.073.00", CodedValue.class);
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

  /**
   * One group of section 18776-5 TREATMENT PLAN: 出院31d内在住院标志 with the data nested in it, written as one unit (document layout group {@code DE06.00.194.00}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class ReadmissionWithin31DaysFlagGroup extends TypedGroup<ReadmissionWithin31DaysFlagGroup> {
    private ReadmissionWithin31DaysFlagGroup() {
      super("18776-5", "DE06.00.194.00");
    }

    @Override
    protected ReadmissionWithin31DaysFlagGroup blank() {
      return new ReadmissionWithin31DaysFlagGroup();
    }

    /** A group with its head 出院31d内在住院标志 ({@code DE06.00.194.00}). */
    public static ReadmissionWithin31DaysFlagGroup of(boolean value) {
      return new ReadmissionWithin31DaysFlagGroup().with("DE06.00.194.00", BooleanValue.of(value));
    }

    /** 出院31d再住院目的 ({@code DE06.00.195.00}, ST). */
    public ReadmissionWithin31DaysFlagGroup readmissionWithin31DaysPurpose(String value) {
      return with("DE06.00.195.00", Text.of(value));
    }

    /** 出院31d再住院目的 ({@code DE06.00.195.00}). */
    public Optional<Text> readmissionWithin31DaysPurpose() {
      return value("DE06.00.195.00", Text.class);
    }

    /** 出院31d内在住院标志 ({@code DE06.00.194.00}). */
    public Optional<BooleanValue> readmissionWithin31DaysFlag() {
      return value("DE06.00.194.00", BooleanValue.class);
    }
  }

  /**
   * One group of section 48768-6 PAYMENT SOURCES: 住院总费用 with the data nested in it, written as one unit (document layout group {@code HDSD00.11.142}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class TotalHospitalizationCostGroup extends TypedGroup<TotalHospitalizationCostGroup> {
    private TotalHospitalizationCostGroup() {
      super("48768-6", "HDSD00.11.142");
    }

    @Override
    protected TotalHospitalizationCostGroup blank() {
      return new TotalHospitalizationCostGroup();
    }

    /** A group with its head 住院总费用 ({@code HDSD00.11.142}). */
    public static TotalHospitalizationCostGroup of(MonetaryAmount value) {
      return new TotalHospitalizationCostGroup().with("HDSD00.11.142", value);
    }

    /** 住院总费用-自付金额 ({@code HDSD00.11.143}, MO, unit 元). */
    public TotalHospitalizationCostGroup selfPaidAmount(MonetaryAmount value) {
      return with("HDSD00.11.143", value);
    }

    /** 住院总费用-自付金额 ({@code HDSD00.11.143}). */
    public Optional<MonetaryAmount> selfPaidAmount() {
      return value("HDSD00.11.143", MonetaryAmount.class);
    }

    /** 住院总费用 ({@code HDSD00.11.142}). */
    public Optional<MonetaryAmount> totalHospitalizationCost() {
      return value("HDSD00.11.142", MonetaryAmount.class);
    }
  }

  /**
   * One group of section 48768-6 PAYMENT SOURCES: the components of one organizer, written as one unit (document layout group {@code ORGANIZER}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class PaymentSourcesGroup extends TypedGroup<PaymentSourcesGroup> {
    private PaymentSourcesGroup() {
      super("48768-6", "ORGANIZER");
    }

    @Override
    protected PaymentSourcesGroup blank() {
      return new PaymentSourcesGroup();
    }

    /** An empty group; set its members. */
    public static PaymentSourcesGroup of() {
      return new PaymentSourcesGroup();
    }

    /** 一般医疗服务费 ({@code HDSD00.11.147}, MO, unit 元). */
    public PaymentSourcesGroup generalMedicalServiceFee(MonetaryAmount value) {
      return with("HDSD00.11.147", value);
    }

    /** 一般医疗服务费 ({@code HDSD00.11.147}). */
    public Optional<MonetaryAmount> generalMedicalServiceFee() {
      return value("HDSD00.11.147", MonetaryAmount.class);
    }

    /** 一般治疗操作费 ({@code HDSD00.11.148}, MO, unit 元). */
    public PaymentSourcesGroup generalTreatmentProcedureFee(MonetaryAmount value) {
      return with("HDSD00.11.148", value);
    }

    /** 一般治疗操作费 ({@code HDSD00.11.148}). */
    public Optional<MonetaryAmount> generalTreatmentProcedureFee() {
      return value("HDSD00.11.148", MonetaryAmount.class);
    }

    /** 护理费 ({@code HDSD00.11.145}, MO, unit 元). */
    public PaymentSourcesGroup nursingFee(MonetaryAmount value) {
      return with("HDSD00.11.145", value);
    }

    /** 护理费 ({@code HDSD00.11.145}). */
    public Optional<MonetaryAmount> nursingFee() {
      return value("HDSD00.11.145", MonetaryAmount.class);
    }

    /** 其他费用 ({@code HDSD00.11.146}, MO, unit 元). */
    public PaymentSourcesGroup otherComprehensiveServiceFee(MonetaryAmount value) {
      return with("HDSD00.11.146", value);
    }

    /** 其他费用 ({@code HDSD00.11.146}). */
    public Optional<MonetaryAmount> otherComprehensiveServiceFee() {
      return value("HDSD00.11.146", MonetaryAmount.class);
    }

    /** 病理诊断费 ({@code HDSD00.11.121}, MO, unit 元). */
    public PaymentSourcesGroup pathologyDiagnosisFee(MonetaryAmount value) {
      return with("HDSD00.11.121", value);
    }

    /** 病理诊断费 ({@code HDSD00.11.121}). */
    public Optional<MonetaryAmount> pathologyDiagnosisFee() {
      return value("HDSD00.11.121", MonetaryAmount.class);
    }

    /** 实验室诊断费 ({@code HDSD00.11.123}, MO, unit 元). */
    public PaymentSourcesGroup laboratoryDiagnosisFee(MonetaryAmount value) {
      return with("HDSD00.11.123", value);
    }

    /** 实验室诊断费 ({@code HDSD00.11.123}). */
    public Optional<MonetaryAmount> laboratoryDiagnosisFee() {
      return value("HDSD00.11.123", MonetaryAmount.class);
    }

    /** 影像学诊断费 ({@code HDSD00.11.124}, MO, unit 元). */
    public PaymentSourcesGroup imagingDiagnosisFee(MonetaryAmount value) {
      return with("HDSD00.11.124", value);
    }

    /** 影像学诊断费 ({@code HDSD00.11.124}). */
    public Optional<MonetaryAmount> imagingDiagnosisFee() {
      return value("HDSD00.11.124", MonetaryAmount.class);
    }

    /** 临床诊断项目费 ({@code HDSD00.11.122}, MO, unit 元). */
    public PaymentSourcesGroup clinicalDiagnosisItemFee(MonetaryAmount value) {
      return with("HDSD00.11.122", value);
    }

    /** 临床诊断项目费 ({@code HDSD00.11.122}). */
    public Optional<MonetaryAmount> clinicalDiagnosisItemFee() {
      return value("HDSD00.11.122", MonetaryAmount.class);
    }

    /** 非手术治疗项目费 ({@code HDSD00.11.129}, MO, unit 元). */
    public PaymentSourcesGroup nonSurgicalTreatmentFee(MonetaryAmount value) {
      return with("HDSD00.11.129", value);
    }

    /** 非手术治疗项目费 ({@code HDSD00.11.129}). */
    public Optional<MonetaryAmount> nonSurgicalTreatmentFee() {
      return value("HDSD00.11.129", MonetaryAmount.class);
    }

    /** 临床物理治疗费 ({@code HDSD00.11.130}, MO, unit 元). */
    public PaymentSourcesGroup clinicalPhysiotherapyFee(MonetaryAmount value) {
      return with("HDSD00.11.130", value);
    }

    /** 临床物理治疗费 ({@code HDSD00.11.130}). */
    public Optional<MonetaryAmount> clinicalPhysiotherapyFee() {
      return value("HDSD00.11.130", MonetaryAmount.class);
    }

    /** 手术治疗费 ({@code HDSD00.11.131}, MO, unit 元). */
    public PaymentSourcesGroup surgicalTreatmentFee(MonetaryAmount value) {
      return with("HDSD00.11.131", value);
    }

    /** 手术治疗费 ({@code HDSD00.11.131}). */
    public Optional<MonetaryAmount> surgicalTreatmentFee() {
      return value("HDSD00.11.131", MonetaryAmount.class);
    }

    /** 麻醉费 ({@code HDSD00.11.132}, MO, unit 元). */
    public PaymentSourcesGroup anesthesiaFee(MonetaryAmount value) {
      return with("HDSD00.11.132", value);
    }

    /** 麻醉费 ({@code HDSD00.11.132}). */
    public Optional<MonetaryAmount> anesthesiaFee() {
      return value("HDSD00.11.132", MonetaryAmount.class);
    }

    /** 手术费 ({@code HDSD00.11.133}, MO, unit 元). */
    public PaymentSourcesGroup operationFee(MonetaryAmount value) {
      return with("HDSD00.11.133", value);
    }

    /** 手术费 ({@code HDSD00.11.133}). */
    public Optional<MonetaryAmount> operationFee() {
      return value("HDSD00.11.133", MonetaryAmount.class);
    }

    /** 中成药费 ({@code HDSD00.11.135}, MO, unit 元). */
    public PaymentSourcesGroup chinesePatentMedicineFee(MonetaryAmount value) {
      return with("HDSD00.11.135", value);
    }

    /** 中成药费 ({@code HDSD00.11.135}). */
    public Optional<MonetaryAmount> chinesePatentMedicineFee() {
      return value("HDSD00.11.135", MonetaryAmount.class);
    }

    /** 中草药费 ({@code HDSD00.11.134}, MO, unit 元). */
    public PaymentSourcesGroup chineseHerbalMedicineFee(MonetaryAmount value) {
      return with("HDSD00.11.134", value);
    }

    /** 中草药费 ({@code HDSD00.11.134}). */
    public Optional<MonetaryAmount> chineseHerbalMedicineFee() {
      return value("HDSD00.11.134", MonetaryAmount.class);
    }

    /** 血费 ({@code HDSD00.11.115}, MO, unit 元). */
    public PaymentSourcesGroup bloodFee(MonetaryAmount value) {
      return with("HDSD00.11.115", value);
    }

    /** 血费 ({@code HDSD00.11.115}). */
    public Optional<MonetaryAmount> bloodFee() {
      return value("HDSD00.11.115", MonetaryAmount.class);
    }

    /** 白蛋白类制品费 ({@code HDSD00.11.111}, MO, unit 元). */
    public PaymentSourcesGroup albuminProductFee(MonetaryAmount value) {
      return with("HDSD00.11.111", value);
    }

    /** 白蛋白类制品费 ({@code HDSD00.11.111}). */
    public Optional<MonetaryAmount> albuminProductFee() {
      return value("HDSD00.11.111", MonetaryAmount.class);
    }

    /** 球蛋白类制品费 ({@code HDSD00.11.113}, MO, unit 元). */
    public PaymentSourcesGroup globulinProductFee(MonetaryAmount value) {
      return with("HDSD00.11.113", value);
    }

    /** 球蛋白类制品费 ({@code HDSD00.11.113}). */
    public Optional<MonetaryAmount> globulinProductFee() {
      return value("HDSD00.11.113", MonetaryAmount.class);
    }

    /** 凝血因子类制品费 ({@code HDSD00.11.112}, MO, unit 元). */
    public PaymentSourcesGroup coagulationFactorProductFee(MonetaryAmount value) {
      return with("HDSD00.11.112", value);
    }

    /** 凝血因子类制品费 ({@code HDSD00.11.112}). */
    public Optional<MonetaryAmount> coagulationFactorProductFee() {
      return value("HDSD00.11.112", MonetaryAmount.class);
    }

    /** 细胞因子类制品费 ({@code HDSD00.11.114}, MO, unit 元). */
    public PaymentSourcesGroup cytokineProductFee(MonetaryAmount value) {
      return with("HDSD00.11.114", value);
    }

    /** 细胞因子类制品费 ({@code HDSD00.11.114}). */
    public Optional<MonetaryAmount> cytokineProductFee() {
      return value("HDSD00.11.114", MonetaryAmount.class);
    }

    /** 检查用一次性医用材料费 ({@code HDSD00.11.038}, MO, unit 元). */
    public PaymentSourcesGroup disposableExaminationMaterialFee(MonetaryAmount value) {
      return with("HDSD00.11.038", value);
    }

    /** 检查用一次性医用材料费 ({@code HDSD00.11.038}). */
    public Optional<MonetaryAmount> disposableExaminationMaterialFee() {
      return value("HDSD00.11.038", MonetaryAmount.class);
    }

    /** 治疗用一次性医用材料费 ({@code HDSD00.11.040}, MO, unit 元). */
    public PaymentSourcesGroup disposableTreatmentMaterialFee(MonetaryAmount value) {
      return with("HDSD00.11.040", value);
    }

    /** 治疗用一次性医用材料费 ({@code HDSD00.11.040}). */
    public Optional<MonetaryAmount> disposableTreatmentMaterialFee() {
      return value("HDSD00.11.040", MonetaryAmount.class);
    }

    /** 手术用一次性医用材料费 ({@code HDSD00.11.039}, MO, unit 元). */
    public PaymentSourcesGroup disposableSurgicalMaterialFee(MonetaryAmount value) {
      return with("HDSD00.11.039", value);
    }

    /** 手术用一次性医用材料费 ({@code HDSD00.11.039}). */
    public Optional<MonetaryAmount> disposableSurgicalMaterialFee() {
      return value("HDSD00.11.039", MonetaryAmount.class);
    }
  }

  /**
   * One group of section 48768-6 PAYMENT SOURCES: 西药费 with the data nested in it, written as one unit (document layout group {@code HDSD00.11.098}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class WesternMedicineFeeGroup extends TypedGroup<WesternMedicineFeeGroup> {
    private WesternMedicineFeeGroup() {
      super("48768-6", "HDSD00.11.098");
    }

    @Override
    protected WesternMedicineFeeGroup blank() {
      return new WesternMedicineFeeGroup();
    }

    /** A group with its head 西药费 ({@code HDSD00.11.098}). */
    public static WesternMedicineFeeGroup of(MonetaryAmount value) {
      return new WesternMedicineFeeGroup().with("HDSD00.11.098", value);
    }

    /** 抗菌药物费用 ({@code HDSD00.11.099}, MO, unit 元). */
    public WesternMedicineFeeGroup antibacterialDrugFee(MonetaryAmount value) {
      return with("HDSD00.11.099", value);
    }

    /** 抗菌药物费用 ({@code HDSD00.11.099}). */
    public Optional<MonetaryAmount> antibacterialDrugFee() {
      return value("HDSD00.11.099", MonetaryAmount.class);
    }

    /** 西药费 ({@code HDSD00.11.098}). */
    public Optional<MonetaryAmount> westernMedicineFee() {
      return value("HDSD00.11.098", MonetaryAmount.class);
    }
  }

  /** Builds a {@link InpatientFrontPage}. Thread safety: not thread-safe. */
  public static final class Builder extends TypedDocument.Builder<InpatientFrontPage, Builder> {
    private Builder() {
      super(documentSpec());
    }

    @Override
    protected InpatientFrontPage create(ClinicalDocument document) {
      return new InpatientFrontPage(document);
    }

    /** 新生儿入院体重(g) ({@code DE04.10.019.00}, PQ), section 8716-3 VITAL SIGNS, unit g. */
    public Builder addNewbornBirthWeight(BigDecimal value) {
      return add("8716-3", "DE04.10.019.00", quantity("8716-3", "DE04.10.019.00", value));
    }

    /** 新生儿入院体重(g) ({@code DE04.10.019.00}, PQ), section 8716-3 VITAL SIGNS, unit g. */
    public Builder addNewbornBirthWeight(PhysicalQuantity value) {
      return add("8716-3", "DE04.10.019.00", value);
    }

    /** Appends one {@link DiagnosisGroup}: all its values as one unit. */
    public Builder addDiagnosisGroup(DiagnosisGroup group) {
      return addGroup(group);
    }

    /** 住院者疾病状态代码 ({@code DE05.10.119.00}, CD), section 11450-4 Problem list. */
    public Builder patientInfectiousFlag(Coded value) {
      return set("11450-4", "DE05.10.119.00", CodedValue.of(value));
    }

    /** Sets the one {@link InjuryExternalCauseGroup}, replacing any before. */
    public Builder injuryExternalCause(InjuryExternalCauseGroup group) {
      return setGroup(group);
    }

    /** Sets the one {@link InjuryExternalCauseGroup} to its head 损伤中毒的外部原因 alone, replacing any before. */
    public Builder injuryExternalCause(String value) {
      return setGroup(InjuryExternalCauseGroup.of(value));
    }

    /** Appends one {@link ProblemListGroup}: all its values as one unit. */
    public Builder addProblemListGroup(ProblemListGroup group) {
      return addGroup(group);
    }

    /** Appends one {@link DischargeDiagnosisGroup}: all its values as one unit. */
    public Builder addDischargeDiagnosisGroup(DischargeDiagnosisGroup group) {
      return addGroup(group);
    }

    /** Sets the one {@link DischargeModeGroup}, replacing any before. */
    public Builder dischargeMode(DischargeModeGroup group) {
      return setGroup(group);
    }

    /** Sets the one {@link DischargeModeGroup} to its head 离院方式 alone, replacing any before. */
    public Builder dischargeMode(Coded value) {
      return setGroup(DischargeModeGroup.of(value));
    }

    /** Appends one {@link Act}: all its values as one unit. */
    public Builder addAct(Act group) {
      return addGroup(group);
    }

    /** 过敏药物 ({@code DE02.10.022.00}, ST), section 48765-2 Allergies,adverse reactions,alerts. */
    public Builder allergyHistory(String value) {
      return set("48765-2", "DE02.10.022.00", Text.of(value));
    }

    /** Sets the one {@link StudiesSummaryGroup}, replacing any before. */
    public Builder studiesSummaryGroup(StudiesSummaryGroup group) {
      return setGroup(group);
    }

    /** Appends one {@link Operation}: all its values as one unit. */
    public Builder addOperation(Operation group) {
      return addGroup(group);
    }

    /** 住院次数 ({@code DE02.10.090.00}, PQ), section 11336-5 HISTORY OF HOSPITALIZATIONS, unit 次. */
    public Builder hospitalizationCount(BigDecimal value) {
      return set("11336-5", "DE02.10.090.00", quantity("11336-5", "DE02.10.090.00", value));
    }

    /** 住院次数 ({@code DE02.10.090.00}, PQ), section 11336-5 HISTORY OF HOSPITALIZATIONS, unit 次. */
    public Builder hospitalizationCount(PhysicalQuantity value) {
      return set("11336-5", "DE02.10.090.00", value);
    }

    /** 实际住院天数 ({@code DE06.00.310.00}, PQ), section 8648-8 Hospital Course, unit 天. */
    public Builder lengthOfStay(BigDecimal value) {
      return set("8648-8", "DE06.00.310.00", quantity("8648-8", "DE06.00.310.00", value));
    }

    /** 实际住院天数 ({@code DE06.00.310.00}, PQ), section 8648-8 Hospital Course, unit 天. */
    public Builder lengthOfStay(PhysicalQuantity value) {
      return set("8648-8", "DE06.00.310.00", value);
    }

    /** 死亡患者尸检标志 ({@code DE09.00.108.00}, BL), section - 行政管理. */
    public Builder autopsyFlag(boolean value) {
      return set("行政管理", "DE09.00.108.00", BooleanValue.of(value));
    }

    /** 病案质量 ({@code DE09.00.103.00}, CD), section - 行政管理, value set {@code 2.16.156.10011.2.3.2.29}. */
    public Builder medicalRecordQuality(Coded value) {
      return set("行政管理", "DE09.00.103.00", CodedValue.of(value));
    }

    /** Appends one {@link ReadmissionWithin31DaysFlagGroup}: all its values as one unit. */
    public Builder addReadmissionWithin31DaysFlagGroup(ReadmissionWithin31DaysFlagGroup group) {
      return addGroup(group);
    }

    /** 医疗付款方式代码 ({@code DE07.00.007.00}, CD), section 48768-6 PAYMENT SOURCES, value set {@code 2.16.156.10011.2.3.1.269}. */
    public Builder addPaymentMethodCode(Coded value) {
      return add("48768-6", "DE07.00.007.00", CodedValue.of(value));
    }

    /** 使用医疗机构中药制剂 ({@code DE06.00.243.00}, BL), section 48768-6 PAYMENT SOURCES. */
    public Builder inHouseTcmPreparationUseFlag(boolean value) {
      return set("48768-6", "DE06.00.243.00", BooleanValue.of(value));
    }

    /** 使用中医诊疗技术标志 ({@code DE06.00.245.00}, BL), section 48768-6 PAYMENT SOURCES. */
    public Builder tcmTechniqueUseFlag(boolean value) {
      return set("48768-6", "DE06.00.245.00", BooleanValue.of(value));
    }

    /** 辩证施护标志 ({@code DE06.00.180.00}, BL), section 48768-6 PAYMENT SOURCES. */
    public Builder syndromeBasedNursingFlag(boolean value) {
      return set("48768-6", "DE06.00.180.00", BooleanValue.of(value));
    }

    /** Sets the one {@link TotalHospitalizationCostGroup}, replacing any before. */
    public Builder totalHospitalizationCost(TotalHospitalizationCostGroup group) {
      return setGroup(group);
    }

    /** Sets the one {@link TotalHospitalizationCostGroup} to its head 住院总费用 alone, replacing any before. */
    public Builder totalHospitalizationCost(MonetaryAmount value) {
      return setGroup(TotalHospitalizationCostGroup.of(value));
    }

    /** Sets the one {@link PaymentSourcesGroup}, replacing any before. */
    public Builder paymentSourcesGroup(PaymentSourcesGroup group) {
      return setGroup(group);
    }

    /** 康复费 ({@code HDSD00.11.055}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
    public Builder rehabilitationFee(MonetaryAmount value) {
      return set("48768-6", "HDSD00.11.055", value);
    }

    /** 中医治疗费 ({@code HDSD00.11.136}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
    public Builder tcmTreatmentFee(MonetaryAmount value) {
      return set("48768-6", "HDSD00.11.136", value);
    }

    /** Sets the one {@link WesternMedicineFeeGroup}, replacing any before. */
    public Builder westernMedicineFee(WesternMedicineFeeGroup group) {
      return setGroup(group);
    }

    /** Sets the one {@link WesternMedicineFeeGroup} to its head 西药费 alone, replacing any before. */
    public Builder westernMedicineFee(MonetaryAmount value) {
      return setGroup(WesternMedicineFeeGroup.of(value));
    }
  }
}
