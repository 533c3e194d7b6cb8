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
 * WS/T 500.33-2016 中医住院病案首页 (TCM inpatient medical record front page): document code {@code C0033}, templateId {@code 2.16.156.10011.2.1.1.53}.
 *
 * <p>Unconfirmed in the spec data: cardinalities (the public samples show presence only); 14 of 84 entries.
 *
 * <p>Generated from the document spec by TypedDocumentGenerator; do not edit.
 *
 * <p>Thread safety: immutable; the builder is not thread-safe.
 *
 * @since 0.1.0
 */
public final class TcmInpatientFrontPage extends TypedDocument {
  /** The document code. */
  public static final String CODE = "C0033";
  /** The templateId OID. */
  public static final String TEMPLATE_ID = "2.16.156.10011.2.1.1.53";

  private TcmInpatientFrontPage(ClinicalDocument document) {
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
   * @throws io.hdx.model.ValidationException when the document is not a C0033
   */
  public static TcmInpatientFrontPage from(ClinicalDocument document) {
    return new TcmInpatientFrontPage(document);
  }

  /** 新生儿入院体重(g) ({@code DE04.10.019.00}, PQ), section 8716-3 VITAL SIGNS, unit g. */
  public List<PhysicalQuantity> newbornBirthWeight() {
    return valueList("8716-3", "DE04.10.019.00", PhysicalQuantity.class);
  }

  /** 门诊急诊(中医诊断)名称 ({@code DE05.10.172.00}, ST), section 29548-5 Diagnosis. */
  public List<Text> tcmDiagnosisNameInDiagnosis() {
    return valueList("29548-5", "DE05.10.172.00", Text.class);
  }

  /** The DiagnosisGroup groups of section 29548-5, in document order. */
  public List<DiagnosisGroup> diagnosisGroupList() {
    return groups("29548-5", "ORGANIZER", DiagnosisGroup::new);
  }

  /** 门诊急诊(中医诊断)病名编码 ({@code DE05.10.130.00}, CD), section 29548-5 Diagnosis, value set {@code 2.16.156.10011.2.3.3.14}. */
  public List<CodedValue> tcmDiagnosisCodeInDiagnosis() {
    return valueList("29548-5", "DE05.10.130.00", CodedValue.class);
  }

  /** 门急诊诊断(西医诊断)名称 ({@code DE05.10.025.00}, ST), section 29548-5 Diagnosis. */
  public Optional<String> outpatientDiagnosisName() {
    return text("29548-5", "DE05.10.025.00");
  }

  /** 门急诊诊断(西医诊断)疾病编码 ({@code DE05.01.024.00}, CD), section 29548-5 Diagnosis. */
  public List<CodedValue> diagnosisCodeInDiagnosis() {
    return valueList("29548-5", "DE05.01.024.00", CodedValue.class);
  }

  /** 病理诊断名称 ({@code DE05.01.025.00}, ST), section 29548-5 Diagnosis. */
  public List<Text> diagnosisNameInDiagnosis() {
    return valueList("29548-5", "DE05.01.025.00", Text.class);
  }

  /** 治疗类别 ({@code DE06.00.304.00}, CD), section 11450-4 Problem list. */
  public List<CodedValue> treatmentCategory() {
    return valueList("11450-4", "DE06.00.304.00", CodedValue.class);
  }

  /** 实施临床路径 ({@code HDSD00.12.099}, CD), section 11450-4 Problem list, value set {@code 2.16.156.10011.2.3.2.57}. */
  public List<CodedValue> clinicalPathwayCode() {
    return valueList("11450-4", "HDSD00.12.099", CodedValue.class);
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

  /** 损伤中毒的外部原因-疾病编码 ({@code DE05.01.078.00}, CD), section 11450-4 Problem list, value set {@code 2.16.156.10011.2.3.3.11.3}. */
  public Optional<CodedValue> injuryExternalCauseCode() {
    return value("11450-4", "DE05.01.078.00", CodedValue.class);
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

  /** 出院中医诊断-主病名称 ({@code DE05.10.172.00}, ST), section 11535-2 Discharge Diagnosis. */
  public List<Text> tcmDiagnosisNameInDischargeDiagnosis() {
    return valueList("11535-2", "DE05.10.172.00", Text.class);
  }

  /** The DischargeDiagnosisGroup groups of section 11535-2, in document order. */
  public List<DischargeDiagnosisGroup> dischargeDiagnosisGroupList() {
    return groups("11535-2", "ORGANIZER", DischargeDiagnosisGroup::new);
  }

  /** 出院中医诊断-主病编码 ({@code DE05.10.130.00}, CD), section 11535-2 Discharge Diagnosis, value set {@code 2.16.156.10011.2.3.3.14}. */
  public List<CodedValue> tcmDiagnosisCodeInDischargeDiagnosis() {
    return valueList("11535-2", "DE05.10.130.00", CodedValue.class);
  }

  /** 出院中医诊断-主病-入院病情代码 ({@code DE09.00.104.00}, CD), section 11535-2 Discharge Diagnosis, value set {@code 2.16.156.10011.2.3.1.253}. */
  public List<CodedValue> presentOnAdmissionCode() {
    return valueList("11535-2", "DE09.00.104.00", CodedValue.class);
  }

  /** 出院西医诊断-疾病名称 ({@code DE05.01.025.00}, ST), section 11535-2 Discharge Diagnosis. */
  public List<Text> diagnosisNameInDischargeDiagnosis() {
    return valueList("11535-2", "DE05.01.025.00", Text.class);
  }

  /** 出院西医诊断-疾病编码 ({@code DE05.01.024.00}, CD), section 11535-2 Discharge Diagnosis, value set {@code 2.16.156.10011.2.3.3.11.3}. */
  public List<CodedValue> diagnosisCodeInDischargeDiagnosis() {
    return valueList("11535-2", "DE05.01.024.00", CodedValue.class);
  }

  /** 离院方式 ({@code DE06.00.223.00}, CD), section 11535-2 Discharge Diagnosis, value set {@code 2.16.156.10011.2.3.1.265}. */
  public Optional<CodedValue> dischargeMode() {
    return value("11535-2", "DE06.00.223.00", CodedValue.class);
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

  /** 死亡患者尸检标志 ({@code DE09.00.108.00}, BL), section - 行政管理. */
  public Optional<Boolean> autopsyFlag() {
    return bool("行政管理", "DE09.00.108.00");
  }

  /** 病案质量 ({@code DE09.00.103.00}, CD), section - 行政管理, value set {@code 2.16.156.10011.2.3.2.29}. */
  public Optional<CodedValue> medicalRecordQuality() {
    return value("行政管理", "DE09.00.103.00", CodedValue.class);
  }

  /** 实际住院天数 ({@code DE06.00.310.00}, PQ), section 8648-8 Hospital Course, unit 天. */
  public Optional<PhysicalQuantity> lengthOfStay() {
    return value("8648-8", "DE06.00.310.00", PhysicalQuantity.class);
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
  public Optional<CodedValue> paymentMethodCode() {
    return value("48768-6", "DE07.00.007.00", CodedValue.class);
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

  /** 使用中医诊疗设备标志 ({@code DE06.00.244.00}, BL), section 48768-6 PAYMENT SOURCES. */
  public Optional<Boolean> tcmEquipmentUseFlag() {
    return bool("48768-6", "DE06.00.244.00");
  }

  /** 住院总费用 ({@code HDSD00.12.169}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
  public Optional<MonetaryAmount> totalHospitalizationCost() {
    return value("48768-6", "HDSD00.12.169", MonetaryAmount.class);
  }

  /** The TotalHospitalizationCostGroup groups of section 48768-6, in document order. */
  public List<TotalHospitalizationCostGroup> totalHospitalizationCostGroupList() {
    return groups("48768-6", "HDSD00.12.169", TotalHospitalizationCostGroup::new);
  }

  /** 住院总费用-自付金额 ({@code HDSD00.12.170}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
  public Optional<MonetaryAmount> selfPaidAmount() {
    return value("48768-6", "HDSD00.12.170", MonetaryAmount.class);
  }

  /** 一般医疗服务费 ({@code HDSD00.12.174}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
  public Optional<MonetaryAmount> generalMedicalServiceFee() {
    return value("48768-6", "HDSD00.12.174", MonetaryAmount.class);
  }

  /** The PaymentSourcesGroup groups of section 48768-6, in document order. */
  public List<PaymentSourcesGroup> paymentSourcesGroupList() {
    return groups("48768-6", "ORGANIZER", PaymentSourcesGroup::new);
  }

  /** 一般医疗服务费-中医辨证论治费 ({@code HDSD00.12.175}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
  public Optional<MonetaryAmount> tcmSyndromeDifferentiationFee() {
    return value("48768-6", "HDSD00.12.175", MonetaryAmount.class);
  }

  /** 一般医疗服务费-中医辨证论治会诊费 ({@code HDSD00.12.176}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
  public Optional<MonetaryAmount> tcmSyndromeDifferentiationConsultationFee() {
    return value("48768-6", "HDSD00.12.176", MonetaryAmount.class);
  }

  /** 一般治疗操作费 ({@code HDSD00.12.177}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
  public Optional<MonetaryAmount> generalTreatmentProcedureFee() {
    return value("48768-6", "HDSD00.12.177", MonetaryAmount.class);
  }

  /** 护理费 ({@code HDSD00.12.172}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
  public Optional<MonetaryAmount> nursingFee() {
    return value("48768-6", "HDSD00.12.172", MonetaryAmount.class);
  }

  /** 其他费用 ({@code HDSD00.12.173}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
  public Optional<MonetaryAmount> otherComprehensiveServiceFee() {
    return value("48768-6", "HDSD00.12.173", MonetaryAmount.class);
  }

  /** 病理诊断费 ({@code HDSD00.12.136}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
  public Optional<MonetaryAmount> pathologyDiagnosisFee() {
    return value("48768-6", "HDSD00.12.136", MonetaryAmount.class);
  }

  /** 实验室诊断费 ({@code HDSD00.12.138}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
  public Optional<MonetaryAmount> laboratoryDiagnosisFee() {
    return value("48768-6", "HDSD00.12.138", MonetaryAmount.class);
  }

  /** 影像学诊断费 ({@code HDSD00.12.139}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
  public Optional<MonetaryAmount> imagingDiagnosisFee() {
    return value("48768-6", "HDSD00.12.139", MonetaryAmount.class);
  }

  /** 临床诊断项目费 ({@code HDSD00.12.137}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
  public Optional<MonetaryAmount> clinicalDiagnosisItemFee() {
    return value("48768-6", "HDSD00.12.137", MonetaryAmount.class);
  }

  /** 非手术治疗项目费 ({@code HDSD00.12.145}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
  public Optional<MonetaryAmount> nonSurgicalTreatmentFee() {
    return value("48768-6", "HDSD00.12.145", MonetaryAmount.class);
  }

  /** 临床物理治疗费 ({@code HDSD00.12.146}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
  public Optional<MonetaryAmount> clinicalPhysiotherapyFee() {
    return value("48768-6", "HDSD00.12.146", MonetaryAmount.class);
  }

  /** 手术治疗费 ({@code HDSD00.12.147}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
  public Optional<MonetaryAmount> surgicalTreatmentFee() {
    return value("48768-6", "HDSD00.12.147", MonetaryAmount.class);
  }

  /** 麻醉费 ({@code HDSD00.12.148}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
  public Optional<MonetaryAmount> anesthesiaFee() {
    return value("48768-6", "HDSD00.12.148", MonetaryAmount.class);
  }

  /** 手术费 ({@code HDSD00.12.149}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
  public Optional<MonetaryAmount> operationFee() {
    return value("48768-6", "HDSD00.12.149", MonetaryAmount.class);
  }

  /** 康复费 ({@code HDSD00.12.062}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
  public Optional<MonetaryAmount> rehabilitationFee() {
    return value("48768-6", "HDSD00.12.062", MonetaryAmount.class);
  }

  /** 中医诊断费 ({@code HDSD00.12.156}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
  public Optional<MonetaryAmount> tcmDiagnosisFee() {
    return value("48768-6", "HDSD00.12.156", MonetaryAmount.class);
  }

  /** 中医治疗费 ({@code HDSD00.12.157}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
  public Optional<MonetaryAmount> tcmTreatmentFee() {
    return value("48768-6", "HDSD00.12.157", MonetaryAmount.class);
  }

  /** 中医外治 ({@code HDSD00.12.163}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
  public Optional<MonetaryAmount> tcmExternalTreatmentFee() {
    return value("48768-6", "HDSD00.12.163", MonetaryAmount.class);
  }

  /** 中医骨伤 ({@code HDSD00.12.160}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
  public Optional<MonetaryAmount> tcmOrthopedicsTraumatologyFee() {
    return value("48768-6", "HDSD00.12.160", MonetaryAmount.class);
  }

  /** 针刺与灸法 ({@code HDSD00.12.158}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
  public Optional<MonetaryAmount> acupunctureMoxibustionFee() {
    return value("48768-6", "HDSD00.12.158", MonetaryAmount.class);
  }

  /** 中医推拿治疗 ({@code HDSD00.12.162}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
  public Optional<MonetaryAmount> tcmTuinaFee() {
    return value("48768-6", "HDSD00.12.162", MonetaryAmount.class);
  }

  /** 中医肛肠治疗 ({@code HDSD00.12.159}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
  public Optional<MonetaryAmount> tcmAnorectalTreatmentFee() {
    return value("48768-6", "HDSD00.12.159", MonetaryAmount.class);
  }

  /** 中医特殊治疗 ({@code HDSD00.12.161}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
  public Optional<MonetaryAmount> tcmSpecialTreatmentFee() {
    return value("48768-6", "HDSD00.12.161", MonetaryAmount.class);
  }

  /** 中医其他治疗费 ({@code HDSD00.12.153}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
  public Optional<MonetaryAmount> tcmOtherTreatmentFee() {
    return value("48768-6", "HDSD00.12.153", MonetaryAmount.class);
  }

  /** 中药特殊调配加工 ({@code HDSD00.12.155}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
  public Optional<MonetaryAmount> herbSpecialPreparationFee() {
    return value("48768-6", "HDSD00.12.155", MonetaryAmount.class);
  }

  /** 辨证施膳 ({@code HDSD00.12.154}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
  public Optional<MonetaryAmount> syndromeBasedDietFee() {
    return value("48768-6", "HDSD00.12.154", MonetaryAmount.class);
  }

  /** 西药费 ({@code HDSD00.12.113}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
  public Optional<MonetaryAmount> westernMedicineFee() {
    return value("48768-6", "HDSD00.12.113", MonetaryAmount.class);
  }

  /** The WesternMedicineFeeGroup groups of section 48768-6, in document order. */
  public List<WesternMedicineFeeGroup> westernMedicineFeeGroupList() {
    return groups("48768-6", "HDSD00.12.113", WesternMedicineFeeGroup::new);
  }

  /** 抗菌药物费用 ({@code HDSD00.12.114}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
  public Optional<MonetaryAmount> antibacterialDrugFee() {
    return value("48768-6", "HDSD00.12.114", MonetaryAmount.class);
  }

  /** 中成药费 ({@code HDSD00.12.151}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
  public Optional<MonetaryAmount> chinesePatentMedicineFee() {
    return value("48768-6", "HDSD00.12.151", MonetaryAmount.class);
  }

  /** 中草药费 ({@code HDSD00.12.150}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
  public Optional<MonetaryAmount> chineseHerbalMedicineFee() {
    return value("48768-6", "HDSD00.12.150", MonetaryAmount.class);
  }

  /** 血费 ({@code HDSD00.12.130}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
  public Optional<MonetaryAmount> bloodFee() {
    return value("48768-6", "HDSD00.12.130", MonetaryAmount.class);
  }

  /** 白蛋白类制品费 ({@code HDSD00.12.126}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
  public Optional<MonetaryAmount> albuminProductFee() {
    return value("48768-6", "HDSD00.12.126", MonetaryAmount.class);
  }

  /** 球蛋白类制品费 ({@code HDSD00.12.128}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
  public Optional<MonetaryAmount> globulinProductFee() {
    return value("48768-6", "HDSD00.12.128", MonetaryAmount.class);
  }

  /** 凝血因子类制品费 ({@code HDSD00.12.127}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
  public Optional<MonetaryAmount> coagulationFactorProductFee() {
    return value("48768-6", "HDSD00.12.127", MonetaryAmount.class);
  }

  /** 细胞因子类制品费 ({@code HDSD00.12.129}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
  public Optional<MonetaryAmount> cytokineProductFee() {
    return value("48768-6", "HDSD00.12.129", MonetaryAmount.class);
  }

  /** 一次性医用材料费-检查用 ({@code HDSD00.12.045}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
  public Optional<MonetaryAmount> disposableExaminationMaterialFee() {
    return value("48768-6", "HDSD00.12.045", MonetaryAmount.class);
  }

  /** 一次性医用材料费-治疗用 ({@code HDSD00.12.047}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
  public Optional<MonetaryAmount> disposableTreatmentMaterialFee() {
    return value("48768-6", "HDSD00.12.047", MonetaryAmount.class);
  }

  /** 一次性医用材料费-手术用 ({@code HDSD00.12.046}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
  public Optional<MonetaryAmount> disposableSurgicalMaterialFee() {
    return value("48768-6", "HDSD00.12.046", MonetaryAmount.class);
  }

  /** 其他费 ({@code HDSD00.12.092}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
  public Optional<MonetaryAmount> otherFee() {
    return value("48768-6", "HDSD00.12.092", MonetaryAmount.class);
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

    /** 门诊急诊(中医诊断)名称 ({@code DE05.10.172.00}, ST). */
    public DiagnosisGroup tcmDiagnosisNameInDiagnosis(String value) {
      return with("DE05.10.172.00", Text.of(value));
    }

    /** 门诊急诊(中医诊断)名称 ({@code DE05.10.172.00}). */
    public Optional<Text> tcmDiagnosisNameInDiagnosis() {
      return value("DE05.10.172.00", Text.class);
    }

    /** 门诊急诊(中医诊断)病名编码 ({@code DE05.10.130.00}, CD, value set {@code 2.16.156.10011.2.3.3.14}). */
    public DiagnosisGroup tcmDiagnosisCodeInDiagnosis(Coded value) {
      return with("DE05.10.130.00", CodedValue.of(value));
    }

    /** 门诊急诊(中医诊断)病名编码 ({@code DE05.10.130.00}). */
    public Optional<CodedValue> tcmDiagnosisCodeInDiagnosis() {
      return value("DE05.10.130.00", CodedValue.class);
    }

    /** 门急诊诊断(西医诊断)名称 ({@code DE05.10.025.00}, ST). */
    public DiagnosisGroup outpatientDiagnosisName(String value) {
      return with("DE05.10.025.00", Text.of(value));
    }

    /** 门急诊诊断(西医诊断)名称 ({@code DE05.10.025.00}). */
    public Optional<Text> outpatientDiagnosisName() {
      return value("DE05.10.025.00", Text.class);
    }

    /** 门急诊诊断(西医诊断)疾病编码 ({@code DE05.01.024.00}, CD). */
    public DiagnosisGroup diagnosisCodeInDiagnosis(Coded value) {
      return with("DE05.01.024.00", CodedValue.of(value));
    }

    /** 门急诊诊断(西医诊断)疾病编码 ({@code DE05.01.024.00}). */
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

    /** 损伤中毒的外部原因-疾病编码 ({@code DE05.01.078.00}, CD, value set {@code 2.16.156.10011.2.3.3.11.3}). */
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

    /** 出院中医诊断-主病名称 ({@code DE05.10.172.00}, ST). */
    public DischargeDiagnosisGroup tcmDiagnosisNameInDischargeDiagnosis(String value) {
      return with("DE05.10.172.00", Text.of(value));
    }

    /** 出院中医诊断-主病名称 ({@code DE05.10.172.00}). */
    public Optional<Text> tcmDiagnosisNameInDischargeDiagnosis() {
      return value("DE05.10.172.00", Text.class);
    }

    /** 出院中医诊断-主病编码 ({@code DE05.10.130.00}, CD, value set {@code 2.16.156.10011.2.3.3.14}). */
    public DischargeDiagnosisGroup tcmDiagnosisCodeInDischargeDiagnosis(Coded value) {
      return with("DE05.10.130.00", CodedValue.of(value));
    }

    /** 出院中医诊断-主病编码 ({@code DE05.10.130.00}). */
    public Optional<CodedValue> tcmDiagnosisCodeInDischargeDiagnosis() {
      return value("DE05.10.130.00", CodedValue.class);
    }

    /** 出院中医诊断-主病-入院病情代码 ({@code DE09.00.104.00}, CD, value set {@code 2.16.156.10011.2.3.1.253}). */
    public DischargeDiagnosisGroup presentOnAdmissionCode(Coded value) {
      return with("DE09.00.104.00", CodedValue.of(value));
    }

    /** 出院中医诊断-主病-入院病情代码 ({@code DE09.00.104.00}). */
    public Optional<CodedValue> presentOnAdmissionCode() {
      return value("DE09.00.104.00", CodedValue.class);
    }

    /** 出院西医诊断-疾病名称 ({@code DE05.01.025.00}, ST). */
    public DischargeDiagnosisGroup diagnosisNameInDischargeDiagnosis(String value) {
      return with("DE05.01.025.00", Text.of(value));
    }

    /** 出院西医诊断-疾病名称 ({@code DE05.01.025.00}). */
    public Optional<Text> diagnosisNameInDischargeDiagnosis() {
      return value("DE05.01.025.00", Text.class);
    }

    /** 出院西医诊断-疾病编码 ({@code DE05.01.024.00}, CD, value set {@code 2.16.156.10011.2.3.3.11.3}). */
    public DischargeDiagnosisGroup diagnosisCodeInDischargeDiagnosis(Coded value) {
      return with("DE05.01.024.00", CodedValue.of(value));
    }

    /** 出院西医诊断-疾病编码 ({@code DE05.01.024.00}). */
    public Optional<CodedValue> diagnosisCodeInDischargeDiagnosis() {
      return value("DE05.01.024.00", CodedValue.class);
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
   * One group of section 48768-6 PAYMENT SOURCES: 住院总费用 with the data nested in it, written as one unit (document layout group {@code HDSD00.12.169}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class TotalHospitalizationCostGroup extends TypedGroup<TotalHospitalizationCostGroup> {
    private TotalHospitalizationCostGroup() {
      super("48768-6", "HDSD00.12.169");
    }

    @Override
    protected TotalHospitalizationCostGroup blank() {
      return new TotalHospitalizationCostGroup();
    }

    /** A group with its head 住院总费用 ({@code HDSD00.12.169}). */
    public static TotalHospitalizationCostGroup of(MonetaryAmount value) {
      return new TotalHospitalizationCostGroup().with("HDSD00.12.169", value);
    }

    /** 住院总费用-自付金额 ({@code HDSD00.12.170}, MO, unit 元). */
    public TotalHospitalizationCostGroup selfPaidAmount(MonetaryAmount value) {
      return with("HDSD00.12.170", value);
    }

    /** 住院总费用-自付金额 ({@code HDSD00.12.170}). */
    public Optional<MonetaryAmount> selfPaidAmount() {
      return value("HDSD00.12.170", MonetaryAmount.class);
    }

    /** 住院总费用 ({@code HDSD00.12.169}). */
    public Optional<MonetaryAmount> totalHospitalizationCost() {
      return value("HDSD00.12.169", MonetaryAmount.class);
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

    /** 一般医疗服务费 ({@code HDSD00.12.174}, MO, unit 元). */
    public PaymentSourcesGroup generalMedicalServiceFee(MonetaryAmount value) {
      return with("HDSD00.12.174", value);
    }

    /** 一般医疗服务费 ({@code HDSD00.12.174}). */
    public Optional<MonetaryAmount> generalMedicalServiceFee() {
      return value("HDSD00.12.174", MonetaryAmount.class);
    }

    /** 一般医疗服务费-中医辨证论治费 ({@code HDSD00.12.175}, MO, unit 元). */
    public PaymentSourcesGroup tcmSyndromeDifferentiationFee(MonetaryAmount value) {
      return with("HDSD00.12.175", value);
    }

    /** 一般医疗服务费-中医辨证论治费 ({@code HDSD00.12.175}). */
    public Optional<MonetaryAmount> tcmSyndromeDifferentiationFee() {
      return value("HDSD00.12.175", MonetaryAmount.class);
    }

    /** 一般医疗服务费-中医辨证论治会诊费 ({@code HDSD00.12.176}, MO, unit 元). */
    public PaymentSourcesGroup tcmSyndromeDifferentiationConsultationFee(MonetaryAmount value) {
      return with("HDSD00.12.176", value);
    }

    /** 一般医疗服务费-中医辨证论治会诊费 ({@code HDSD00.12.176}). */
    public Optional<MonetaryAmount> tcmSyndromeDifferentiationConsultationFee() {
      return value("HDSD00.12.176", MonetaryAmount.class);
    }

    /** 一般治疗操作费 ({@code HDSD00.12.177}, MO, unit 元). */
    public PaymentSourcesGroup generalTreatmentProcedureFee(MonetaryAmount value) {
      return with("HDSD00.12.177", value);
    }

    /** 一般治疗操作费 ({@code HDSD00.12.177}). */
    public Optional<MonetaryAmount> generalTreatmentProcedureFee() {
      return value("HDSD00.12.177", MonetaryAmount.class);
    }

    /** 护理费 ({@code HDSD00.12.172}, MO, unit 元). */
    public PaymentSourcesGroup nursingFee(MonetaryAmount value) {
      return with("HDSD00.12.172", value);
    }

    /** 护理费 ({@code HDSD00.12.172}). */
    public Optional<MonetaryAmount> nursingFee() {
      return value("HDSD00.12.172", MonetaryAmount.class);
    }

    /** 其他费用 ({@code HDSD00.12.173}, MO, unit 元). */
    public PaymentSourcesGroup otherComprehensiveServiceFee(MonetaryAmount value) {
      return with("HDSD00.12.173", value);
    }

    /** 其他费用 ({@code HDSD00.12.173}). */
    public Optional<MonetaryAmount> otherComprehensiveServiceFee() {
      return value("HDSD00.12.173", MonetaryAmount.class);
    }

    /** 病理诊断费 ({@code HDSD00.12.136}, MO, unit 元). */
    public PaymentSourcesGroup pathologyDiagnosisFee(MonetaryAmount value) {
      return with("HDSD00.12.136", value);
    }

    /** 病理诊断费 ({@code HDSD00.12.136}). */
    public Optional<MonetaryAmount> pathologyDiagnosisFee() {
      return value("HDSD00.12.136", MonetaryAmount.class);
    }

    /** 实验室诊断费 ({@code HDSD00.12.138}, MO, unit 元). */
    public PaymentSourcesGroup laboratoryDiagnosisFee(MonetaryAmount value) {
      return with("HDSD00.12.138", value);
    }

    /** 实验室诊断费 ({@code HDSD00.12.138}). */
    public Optional<MonetaryAmount> laboratoryDiagnosisFee() {
      return value("HDSD00.12.138", MonetaryAmount.class);
    }

    /** 影像学诊断费 ({@code HDSD00.12.139}, MO, unit 元). */
    public PaymentSourcesGroup imagingDiagnosisFee(MonetaryAmount value) {
      return with("HDSD00.12.139", value);
    }

    /** 影像学诊断费 ({@code HDSD00.12.139}). */
    public Optional<MonetaryAmount> imagingDiagnosisFee() {
      return value("HDSD00.12.139", MonetaryAmount.class);
    }

    /** 临床诊断项目费 ({@code HDSD00.12.137}, MO, unit 元). */
    public PaymentSourcesGroup clinicalDiagnosisItemFee(MonetaryAmount value) {
      return with("HDSD00.12.137", value);
    }

    /** 临床诊断项目费 ({@code HDSD00.12.137}). */
    public Optional<MonetaryAmount> clinicalDiagnosisItemFee() {
      return value("HDSD00.12.137", MonetaryAmount.class);
    }

    /** 非手术治疗项目费 ({@code HDSD00.12.145}, MO, unit 元). */
    public PaymentSourcesGroup nonSurgicalTreatmentFee(MonetaryAmount value) {
      return with("HDSD00.12.145", value);
    }

    /** 非手术治疗项目费 ({@code HDSD00.12.145}). */
    public Optional<MonetaryAmount> nonSurgicalTreatmentFee() {
      return value("HDSD00.12.145", MonetaryAmount.class);
    }

    /** 临床物理治疗费 ({@code HDSD00.12.146}, MO, unit 元). */
    public PaymentSourcesGroup clinicalPhysiotherapyFee(MonetaryAmount value) {
      return with("HDSD00.12.146", value);
    }

    /** 临床物理治疗费 ({@code HDSD00.12.146}). */
    public Optional<MonetaryAmount> clinicalPhysiotherapyFee() {
      return value("HDSD00.12.146", MonetaryAmount.class);
    }

    /** 手术治疗费 ({@code HDSD00.12.147}, MO, unit 元). */
    public PaymentSourcesGroup surgicalTreatmentFee(MonetaryAmount value) {
      return with("HDSD00.12.147", value);
    }

    /** 手术治疗费 ({@code HDSD00.12.147}). */
    public Optional<MonetaryAmount> surgicalTreatmentFee() {
      return value("HDSD00.12.147", MonetaryAmount.class);
    }

    /** 麻醉费 ({@code HDSD00.12.148}, MO, unit 元). */
    public PaymentSourcesGroup anesthesiaFee(MonetaryAmount value) {
      return with("HDSD00.12.148", value);
    }

    /** 麻醉费 ({@code HDSD00.12.148}). */
    public Optional<MonetaryAmount> anesthesiaFee() {
      return value("HDSD00.12.148", MonetaryAmount.class);
    }

    /** 手术费 ({@code HDSD00.12.149}, MO, unit 元). */
    public PaymentSourcesGroup operationFee(MonetaryAmount value) {
      return with("HDSD00.12.149", value);
    }

    /** 手术费 ({@code HDSD00.12.149}). */
    public Optional<MonetaryAmount> operationFee() {
      return value("HDSD00.12.149", MonetaryAmount.class);
    }

    /** 中医诊断费 ({@code HDSD00.12.156}, MO, unit 元). */
    public PaymentSourcesGroup tcmDiagnosisFee(MonetaryAmount value) {
      return with("HDSD00.12.156", value);
    }

    /** 中医诊断费 ({@code HDSD00.12.156}). */
    public Optional<MonetaryAmount> tcmDiagnosisFee() {
      return value("HDSD00.12.156", MonetaryAmount.class);
    }

    /** 中医治疗费 ({@code HDSD00.12.157}, MO, unit 元). */
    public PaymentSourcesGroup tcmTreatmentFee(MonetaryAmount value) {
      return with("HDSD00.12.157", value);
    }

    /** 中医治疗费 ({@code HDSD00.12.157}). */
    public Optional<MonetaryAmount> tcmTreatmentFee() {
      return value("HDSD00.12.157", MonetaryAmount.class);
    }

    /** 中医外治 ({@code HDSD00.12.163}, MO, unit 元). */
    public PaymentSourcesGroup tcmExternalTreatmentFee(MonetaryAmount value) {
      return with("HDSD00.12.163", value);
    }

    /** 中医外治 ({@code HDSD00.12.163}). */
    public Optional<MonetaryAmount> tcmExternalTreatmentFee() {
      return value("HDSD00.12.163", MonetaryAmount.class);
    }

    /** 中医骨伤 ({@code HDSD00.12.160}, MO, unit 元). */
    public PaymentSourcesGroup tcmOrthopedicsTraumatologyFee(MonetaryAmount value) {
      return with("HDSD00.12.160", value);
    }

    /** 中医骨伤 ({@code HDSD00.12.160}). */
    public Optional<MonetaryAmount> tcmOrthopedicsTraumatologyFee() {
      return value("HDSD00.12.160", MonetaryAmount.class);
    }

    /** 针刺与灸法 ({@code HDSD00.12.158}, MO, unit 元). */
    public PaymentSourcesGroup acupunctureMoxibustionFee(MonetaryAmount value) {
      return with("HDSD00.12.158", value);
    }

    /** 针刺与灸法 ({@code HDSD00.12.158}). */
    public Optional<MonetaryAmount> acupunctureMoxibustionFee() {
      return value("HDSD00.12.158", MonetaryAmount.class);
    }

    /** 中医推拿治疗 ({@code HDSD00.12.162}, MO, unit 元). */
    public PaymentSourcesGroup tcmTuinaFee(MonetaryAmount value) {
      return with("HDSD00.12.162", value);
    }

    /** 中医推拿治疗 ({@code HDSD00.12.162}). */
    public Optional<MonetaryAmount> tcmTuinaFee() {
      return value("HDSD00.12.162", MonetaryAmount.class);
    }

    /** 中医肛肠治疗 ({@code HDSD00.12.159}, MO, unit 元). */
    public PaymentSourcesGroup tcmAnorectalTreatmentFee(MonetaryAmount value) {
      return with("HDSD00.12.159", value);
    }

    /** 中医肛肠治疗 ({@code HDSD00.12.159}). */
    public Optional<MonetaryAmount> tcmAnorectalTreatmentFee() {
      return value("HDSD00.12.159", MonetaryAmount.class);
    }

    /** 中医特殊治疗 ({@code HDSD00.12.161}, MO, unit 元). */
    public PaymentSourcesGroup tcmSpecialTreatmentFee(MonetaryAmount value) {
      return with("HDSD00.12.161", value);
    }

    /** 中医特殊治疗 ({@code HDSD00.12.161}). */
    public Optional<MonetaryAmount> tcmSpecialTreatmentFee() {
      return value("HDSD00.12.161", MonetaryAmount.class);
    }

    /** 中医其他治疗费 ({@code HDSD00.12.153}, MO, unit 元). */
    public PaymentSourcesGroup tcmOtherTreatmentFee(MonetaryAmount value) {
      return with("HDSD00.12.153", value);
    }

    /** 中医其他治疗费 ({@code HDSD00.12.153}). */
    public Optional<MonetaryAmount> tcmOtherTreatmentFee() {
      return value("HDSD00.12.153", MonetaryAmount.class);
    }

    /** 中药特殊调配加工 ({@code HDSD00.12.155}, MO, unit 元). */
    public PaymentSourcesGroup herbSpecialPreparationFee(MonetaryAmount value) {
      return with("HDSD00.12.155", value);
    }

    /** 中药特殊调配加工 ({@code HDSD00.12.155}). */
    public Optional<MonetaryAmount> herbSpecialPreparationFee() {
      return value("HDSD00.12.155", MonetaryAmount.class);
    }

    /** 辨证施膳 ({@code HDSD00.12.154}, MO, unit 元). */
    public PaymentSourcesGroup syndromeBasedDietFee(MonetaryAmount value) {
      return with("HDSD00.12.154", value);
    }

    /** 辨证施膳 ({@code HDSD00.12.154}). */
    public Optional<MonetaryAmount> syndromeBasedDietFee() {
      return value("HDSD00.12.154", MonetaryAmount.class);
    }

    /** 中成药费 ({@code HDSD00.12.151}, MO, unit 元). */
    public PaymentSourcesGroup chinesePatentMedicineFee(MonetaryAmount value) {
      return with("HDSD00.12.151", value);
    }

    /** 中成药费 ({@code HDSD00.12.151}). */
    public Optional<MonetaryAmount> chinesePatentMedicineFee() {
      return value("HDSD00.12.151", MonetaryAmount.class);
    }

    /** 中草药费 ({@code HDSD00.12.150}, MO, unit 元). */
    public PaymentSourcesGroup chineseHerbalMedicineFee(MonetaryAmount value) {
      return with("HDSD00.12.150", value);
    }

    /** 中草药费 ({@code HDSD00.12.150}). */
    public Optional<MonetaryAmount> chineseHerbalMedicineFee() {
      return value("HDSD00.12.150", MonetaryAmount.class);
    }

    /** 血费 ({@code HDSD00.12.130}, MO, unit 元). */
    public PaymentSourcesGroup bloodFee(MonetaryAmount value) {
      return with("HDSD00.12.130", value);
    }

    /** 血费 ({@code HDSD00.12.130}). */
    public Optional<MonetaryAmount> bloodFee() {
      return value("HDSD00.12.130", MonetaryAmount.class);
    }

    /** 白蛋白类制品费 ({@code HDSD00.12.126}, MO, unit 元). */
    public PaymentSourcesGroup albuminProductFee(MonetaryAmount value) {
      return with("HDSD00.12.126", value);
    }

    /** 白蛋白类制品费 ({@code HDSD00.12.126}). */
    public Optional<MonetaryAmount> albuminProductFee() {
      return value("HDSD00.12.126", MonetaryAmount.class);
    }

    /** 球蛋白类制品费 ({@code HDSD00.12.128}, MO, unit 元). */
    public PaymentSourcesGroup globulinProductFee(MonetaryAmount value) {
      return with("HDSD00.12.128", value);
    }

    /** 球蛋白类制品费 ({@code HDSD00.12.128}). */
    public Optional<MonetaryAmount> globulinProductFee() {
      return value("HDSD00.12.128", MonetaryAmount.class);
    }

    /** 凝血因子类制品费 ({@code HDSD00.12.127}, MO, unit 元). */
    public PaymentSourcesGroup coagulationFactorProductFee(MonetaryAmount value) {
      return with("HDSD00.12.127", value);
    }

    /** 凝血因子类制品费 ({@code HDSD00.12.127}). */
    public Optional<MonetaryAmount> coagulationFactorProductFee() {
      return value("HDSD00.12.127", MonetaryAmount.class);
    }

    /** 细胞因子类制品费 ({@code HDSD00.12.129}, MO, unit 元). */
    public PaymentSourcesGroup cytokineProductFee(MonetaryAmount value) {
      return with("HDSD00.12.129", value);
    }

    /** 细胞因子类制品费 ({@code HDSD00.12.129}). */
    public Optional<MonetaryAmount> cytokineProductFee() {
      return value("HDSD00.12.129", MonetaryAmount.class);
    }

    /** 一次性医用材料费-检查用 ({@code HDSD00.12.045}, MO, unit 元). */
    public PaymentSourcesGroup disposableExaminationMaterialFee(MonetaryAmount value) {
      return with("HDSD00.12.045", value);
    }

    /** 一次性医用材料费-检查用 ({@code HDSD00.12.045}). */
    public Optional<MonetaryAmount> disposableExaminationMaterialFee() {
      return value("HDSD00.12.045", MonetaryAmount.class);
    }

    /** 一次性医用材料费-治疗用 ({@code HDSD00.12.047}, MO, unit 元). */
    public PaymentSourcesGroup disposableTreatmentMaterialFee(MonetaryAmount value) {
      return with("HDSD00.12.047", value);
    }

    /** 一次性医用材料费-治疗用 ({@code HDSD00.12.047}). */
    public Optional<MonetaryAmount> disposableTreatmentMaterialFee() {
      return value("HDSD00.12.047", MonetaryAmount.class);
    }

    /** 一次性医用材料费-手术用 ({@code HDSD00.12.046}, MO, unit 元). */
    public PaymentSourcesGroup disposableSurgicalMaterialFee(MonetaryAmount value) {
      return with("HDSD00.12.046", value);
    }

    /** 一次性医用材料费-手术用 ({@code HDSD00.12.046}). */
    public Optional<MonetaryAmount> disposableSurgicalMaterialFee() {
      return value("HDSD00.12.046", MonetaryAmount.class);
    }
  }

  /**
   * One group of section 48768-6 PAYMENT SOURCES: 西药费 with the data nested in it, written as one unit (document layout group {@code HDSD00.12.113}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class WesternMedicineFeeGroup extends TypedGroup<WesternMedicineFeeGroup> {
    private WesternMedicineFeeGroup() {
      super("48768-6", "HDSD00.12.113");
    }

    @Override
    protected WesternMedicineFeeGroup blank() {
      return new WesternMedicineFeeGroup();
    }

    /** A group with its head 西药费 ({@code HDSD00.12.113}). */
    public static WesternMedicineFeeGroup of(MonetaryAmount value) {
      return new WesternMedicineFeeGroup().with("HDSD00.12.113", value);
    }

    /** 抗菌药物费用 ({@code HDSD00.12.114}, MO, unit 元). */
    public WesternMedicineFeeGroup antibacterialDrugFee(MonetaryAmount value) {
      return with("HDSD00.12.114", value);
    }

    /** 抗菌药物费用 ({@code HDSD00.12.114}). */
    public Optional<MonetaryAmount> antibacterialDrugFee() {
      return value("HDSD00.12.114", MonetaryAmount.class);
    }

    /** 西药费 ({@code HDSD00.12.113}). */
    public Optional<MonetaryAmount> westernMedicineFee() {
      return value("HDSD00.12.113", MonetaryAmount.class);
    }
  }

  /** Builds a {@link TcmInpatientFrontPage}. Thread safety: not thread-safe. */
  public static final class Builder extends TypedDocument.Builder<TcmInpatientFrontPage, Builder> {
    private Builder() {
      super(documentSpec());
    }

    @Override
    protected TcmInpatientFrontPage create(ClinicalDocument document) {
      return new TcmInpatientFrontPage(document);
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

    /** 治疗类别 ({@code DE06.00.304.00}, CD), section 11450-4 Problem list. */
    public Builder addTreatmentCategory(Coded value) {
      return add("11450-4", "DE06.00.304.00", CodedValue.of(value));
    }

    /** 实施临床路径 ({@code HDSD00.12.099}, CD), section 11450-4 Problem list, value set {@code 2.16.156.10011.2.3.2.57}. */
    public Builder addClinicalPathwayCode(Coded value) {
      return add("11450-4", "HDSD00.12.099", CodedValue.of(value));
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

    /** 离院方式 ({@code DE06.00.223.00}, CD), section 11535-2 Discharge Diagnosis, value set {@code 2.16.156.10011.2.3.1.265}. */
    public Builder dischargeMode(Coded value) {
      return set("11535-2", "DE06.00.223.00", CodedValue.of(value));
    }

    /** 拟接受医疗机构名称 ({@code DE08.10.013.00}, ST), section 11535-2 Discharge Diagnosis. */
    public Builder organizationName(String value) {
      return set("11535-2", "DE08.10.013.00", Text.of(value));
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

    /** 死亡患者尸检标志 ({@code DE09.00.108.00}, BL), section - 行政管理. */
    public Builder autopsyFlag(boolean value) {
      return set("行政管理", "DE09.00.108.00", BooleanValue.of(value));
    }

    /** 病案质量 ({@code DE09.00.103.00}, CD), section - 行政管理, value set {@code 2.16.156.10011.2.3.2.29}. */
    public Builder medicalRecordQuality(Coded value) {
      return set("行政管理", "DE09.00.103.00", CodedValue.of(value));
    }

    /** 实际住院天数 ({@code DE06.00.310.00}, PQ), section 8648-8 Hospital Course, unit 天. */
    public Builder lengthOfStay(BigDecimal value) {
      return set("8648-8", "DE06.00.310.00", quantity("8648-8", "DE06.00.310.00", value));
    }

    /** 实际住院天数 ({@code DE06.00.310.00}, PQ), section 8648-8 Hospital Course, unit 天. */
    public Builder lengthOfStay(PhysicalQuantity value) {
      return set("8648-8", "DE06.00.310.00", value);
    }

    /** Appends one {@link ReadmissionWithin31DaysFlagGroup}: all its values as one unit. */
    public Builder addReadmissionWithin31DaysFlagGroup(ReadmissionWithin31DaysFlagGroup group) {
      return addGroup(group);
    }

    /** 医疗付款方式代码 ({@code DE07.00.007.00}, CD), section 48768-6 PAYMENT SOURCES, value set {@code 2.16.156.10011.2.3.1.269}. */
    public Builder paymentMethodCode(Coded value) {
      return set("48768-6", "DE07.00.007.00", CodedValue.of(value));
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

    /** 使用中医诊疗设备标志 ({@code DE06.00.244.00}, BL), section 48768-6 PAYMENT SOURCES. */
    public Builder tcmEquipmentUseFlag(boolean value) {
      return set("48768-6", "DE06.00.244.00", BooleanValue.of(value));
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

    /** 康复费 ({@code HDSD00.12.062}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
    public Builder rehabilitationFee(MonetaryAmount value) {
      return set("48768-6", "HDSD00.12.062", value);
    }

    /** Sets the one {@link WesternMedicineFeeGroup}, replacing any before. */
    public Builder westernMedicineFee(WesternMedicineFeeGroup group) {
      return setGroup(group);
    }

    /** Sets the one {@link WesternMedicineFeeGroup} to its head 西药费 alone, replacing any before. */
    public Builder westernMedicineFee(MonetaryAmount value) {
      return setGroup(WesternMedicineFeeGroup.of(value));
    }

    /** 其他费 ({@code HDSD00.12.092}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
    public Builder otherFee(MonetaryAmount value) {
      return set("48768-6", "HDSD00.12.092", value);
    }
  }
}
