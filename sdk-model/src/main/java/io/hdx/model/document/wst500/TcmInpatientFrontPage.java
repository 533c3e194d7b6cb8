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

  /** 损伤中毒的外部原因-疾病编码 ({@code DE05.01.078.00}, CD), section 11450-4 Problem list, value set {@code 2.16.156.10011.2.3.3.11.3}. */
  public Optional<CodedValue> injuryExternalCauseCode() {
    return value("11450-4", "DE05.01.078.00", CodedValue.class);
  }

  /** 颅脑损伤患者入院前昏迷时间-d ({@code DE05.10.138.01}, PQ), section 11450-4 Problem list, unit d. */
  public List<PhysicalQuantity> comaDurationDays() {
    return valueList("11450-4", "DE05.10.138.01", PhysicalQuantity.class);
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

  /** 过敏药物 ({@code DE02.10.022.00}, ST), section 48765-2 Allergies,adverse reactions,alerts. */
  public Optional<String> allergyHistory() {
    return text("48765-2", "DE02.10.022.00");
  }

  /** ABO血型代码 ({@code DE04.50.001.00}, CD), section 30954-2 STUDIES SUMMARY, value set {@code 2.16.156.10011.2.3.1.85}. */
  public Optional<CodedValue> aboBloodTypeCode() {
    return value("30954-2", "DE04.50.001.00", CodedValue.class);
  }

  /** Rh(D)血型代码 ({@code DE04.50.010.00}, CD), section 30954-2 STUDIES SUMMARY. */
  public Optional<CodedValue> rhBloodTypeCode() {
    return value("30954-2", "DE04.50.010.00", CodedValue.class);
  }

  /** 手术操作名称 ({@code DE06.00.094.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
  public List<Text> procedureName() {
    return valueList("47519-4", "DE06.00.094.00", Text.class);
  }

  /** 手术级别 ({@code DE06.00.255.00}, CD), section 47519-4 HISTORY OF PROCEDURES. */
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

  /** 住院总费用-自付金额 ({@code HDSD00.12.170}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
  public Optional<MonetaryAmount> selfPaidAmount() {
    return value("48768-6", "HDSD00.12.170", MonetaryAmount.class);
  }

  /** 一般医疗服务费 ({@code HDSD00.12.174}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
  public Optional<MonetaryAmount> generalMedicalServiceFee() {
    return value("48768-6", "HDSD00.12.174", MonetaryAmount.class);
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

    /** 门诊急诊(中医诊断)名称 ({@code DE05.10.172.00}, ST), section 29548-5 Diagnosis. */
    public Builder addTcmDiagnosisNameInDiagnosis(String value) {
      return add("29548-5", "DE05.10.172.00", Text.of(value));
    }

    /** 门诊急诊(中医诊断)病名编码 ({@code DE05.10.130.00}, CD), section 29548-5 Diagnosis, value set {@code 2.16.156.10011.2.3.3.14}. */
    public Builder addTcmDiagnosisCodeInDiagnosis(Coded value) {
      return add("29548-5", "DE05.10.130.00", CodedValue.of(value));
    }

    /** 门急诊诊断(西医诊断)名称 ({@code DE05.10.025.00}, ST), section 29548-5 Diagnosis. */
    public Builder outpatientDiagnosisName(String value) {
      return set("29548-5", "DE05.10.025.00", Text.of(value));
    }

    /** 门急诊诊断(西医诊断)疾病编码 ({@code DE05.01.024.00}, CD), section 29548-5 Diagnosis. */
    public Builder addDiagnosisCodeInDiagnosis(Coded value) {
      return add("29548-5", "DE05.01.024.00", CodedValue.of(value));
    }

    /** 病理诊断名称 ({@code DE05.01.025.00}, ST), section 29548-5 Diagnosis. */
    public Builder addDiagnosisNameInDiagnosis(String value) {
      return add("29548-5", "DE05.01.025.00", Text.of(value));
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

    /** 损伤中毒的外部原因 ({@code DE05.10.152.00}, ST), section 11450-4 Problem list. */
    public Builder injuryExternalCause(String value) {
      return set("11450-4", "DE05.10.152.00", Text.of(value));
    }

    /** 损伤中毒的外部原因-疾病编码 ({@code DE05.01.078.00}, CD), section 11450-4 Problem list, value set {@code 2.16.156.10011.2.3.3.11.3}. */
    public Builder injuryExternalCauseCode(Coded value) {
      return set("11450-4", "DE05.01.078.00", CodedValue.of(value));
    }

    /** 颅脑损伤患者入院前昏迷时间-d ({@code DE05.10.138.01}, PQ), section 11450-4 Problem list, unit d. */
    public Builder addComaDurationDays(BigDecimal value) {
      return add("11450-4", "DE05.10.138.01", quantity("11450-4", "DE05.10.138.01", value));
    }

    /** 颅脑损伤患者入院前昏迷时间-d ({@code DE05.10.138.01}, PQ), section 11450-4 Problem list, unit d. */
    public Builder addComaDurationDays(PhysicalQuantity value) {
      return add("11450-4", "DE05.10.138.01", value);
    }

    /** 颅脑损伤患者入院前昏迷时间-h ({@code DE05.10.138.02}, PQ), section 11450-4 Problem list, unit h. */
    public Builder addComaDurationHours(BigDecimal value) {
      return add("11450-4", "DE05.10.138.02", quantity("11450-4", "DE05.10.138.02", value));
    }

    /** 颅脑损伤患者入院前昏迷时间-h ({@code DE05.10.138.02}, PQ), section 11450-4 Problem list, unit h. */
    public Builder addComaDurationHours(PhysicalQuantity value) {
      return add("11450-4", "DE05.10.138.02", value);
    }

    /** 颅脑损伤患者入院前昏迷时间-min ({@code DE05.10.138.03}, PQ), section 11450-4 Problem list, unit min. */
    public Builder addComaDurationMinutes(BigDecimal value) {
      return add("11450-4", "DE05.10.138.03", quantity("11450-4", "DE05.10.138.03", value));
    }

    /** 颅脑损伤患者入院前昏迷时间-min ({@code DE05.10.138.03}, PQ), section 11450-4 Problem list, unit min. */
    public Builder addComaDurationMinutes(PhysicalQuantity value) {
      return add("11450-4", "DE05.10.138.03", value);
    }

    /** 出院中医诊断-主病名称 ({@code DE05.10.172.00}, ST), section 11535-2 Discharge Diagnosis. */
    public Builder addTcmDiagnosisNameInDischargeDiagnosis(String value) {
      return add("11535-2", "DE05.10.172.00", Text.of(value));
    }

    /** 出院中医诊断-主病编码 ({@code DE05.10.130.00}, CD), section 11535-2 Discharge Diagnosis, value set {@code 2.16.156.10011.2.3.3.14}. */
    public Builder addTcmDiagnosisCodeInDischargeDiagnosis(Coded value) {
      return add("11535-2", "DE05.10.130.00", CodedValue.of(value));
    }

    /** 出院中医诊断-主病-入院病情代码 ({@code DE09.00.104.00}, CD), section 11535-2 Discharge Diagnosis, value set {@code 2.16.156.10011.2.3.1.253}. */
    public Builder addPresentOnAdmissionCode(Coded value) {
      return add("11535-2", "DE09.00.104.00", CodedValue.of(value));
    }

    /** 出院西医诊断-疾病名称 ({@code DE05.01.025.00}, ST), section 11535-2 Discharge Diagnosis. */
    public Builder addDiagnosisNameInDischargeDiagnosis(String value) {
      return add("11535-2", "DE05.01.025.00", Text.of(value));
    }

    /** 出院西医诊断-疾病编码 ({@code DE05.01.024.00}, CD), section 11535-2 Discharge Diagnosis, value set {@code 2.16.156.10011.2.3.3.11.3}. */
    public Builder addDiagnosisCodeInDischargeDiagnosis(Coded value) {
      return add("11535-2", "DE05.01.024.00", CodedValue.of(value));
    }

    /** 离院方式 ({@code DE06.00.223.00}, CD), section 11535-2 Discharge Diagnosis, value set {@code 2.16.156.10011.2.3.1.265}. */
    public Builder dischargeMode(Coded value) {
      return set("11535-2", "DE06.00.223.00", CodedValue.of(value));
    }

    /** 拟接受医疗机构名称 ({@code DE08.10.013.00}, ST), section 11535-2 Discharge Diagnosis. */
    public Builder organizationName(String value) {
      return set("11535-2", "DE08.10.013.00", Text.of(value));
    }

    /** 过敏史标志 ({@code DE02.10.023.00}, BL), section 48765-2 Allergies,adverse reactions,alerts. */
    public Builder addAllergyHistoryFlag(boolean value) {
      return add("48765-2", "DE02.10.023.00", BooleanValue.of(value));
    }

    /** 过敏药物 ({@code DE02.10.022.00}, ST), section 48765-2 Allergies,adverse reactions,alerts. */
    public Builder allergyHistory(String value) {
      return set("48765-2", "DE02.10.022.00", Text.of(value));
    }

    /** ABO血型代码 ({@code DE04.50.001.00}, CD), section 30954-2 STUDIES SUMMARY, value set {@code 2.16.156.10011.2.3.1.85}. */
    public Builder aboBloodTypeCode(Coded value) {
      return set("30954-2", "DE04.50.001.00", CodedValue.of(value));
    }

    /** Rh(D)血型代码 ({@code DE04.50.010.00}, CD), section 30954-2 STUDIES SUMMARY. */
    public Builder rhBloodTypeCode(Coded value) {
      return set("30954-2", "DE04.50.010.00", CodedValue.of(value));
    }

    /** 手术操作名称 ({@code DE06.00.094.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
    public Builder addProcedureName(String value) {
      return add("47519-4", "DE06.00.094.00", Text.of(value));
    }

    /** 手术级别 ({@code DE06.00.255.00}, CD), section 47519-4 HISTORY OF PROCEDURES. */
    public Builder addOperationLevel(Coded value) {
      return add("47519-4", "DE06.00.255.00", CodedValue.of(value));
    }

    /** 手术切口类别代码表 ({@code DE06.00.257.00}, CD), section 47519-4 HISTORY OF PROCEDURES. */
    public Builder addIncisionClassCode(Coded value) {
      return add("47519-4", "DE06.00.257.00", CodedValue.of(value));
    }

    /** 手术切口愈合等级 ({@code DE05.10.147.00}, CD), section 47519-4 HISTORY OF PROCEDURES, value set {@code 2.16.156.10011.2.3.1.257}. */
    public Builder addIncisionHealingGrade(Coded value) {
      return add("47519-4", "DE05.10.147.00", CodedValue.of(value));
    }

    /** 麻醉方法代码 ({@code DE06.00.073.00}, CD), section 47519-4 HISTORY OF PROCEDURES, value set {@code 2.16.156.10011.2.3.1.159}. */
    public Builder addAnesthesiaMethodCode(Coded value) {
      return add("47519-4", "DE06.00.073.00", CodedValue.of(value));
    }

    /** 手术及操作编码 ({@code DE06.00.093.00}, CD), section 47519-4 HISTORY OF PROCEDURES, value set {@code 2.16.156.10011.2.3.3.12}. */
    public Builder addProcedureCode(Coded value) {
      return add("47519-4", "DE06.00.093.00", CodedValue.of(value));
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

    /** 出院31d内在住院标志 ({@code DE06.00.194.00}, BL), section 18776-5 TREATMENT PLAN. */
    public Builder addReadmissionWithin31DaysFlag(boolean value) {
      return add("18776-5", "DE06.00.194.00", BooleanValue.of(value));
    }

    /** 出院31d再住院目的 ({@code DE06.00.195.00}, ST), section 18776-5 TREATMENT PLAN. */
    public Builder addReadmissionWithin31DaysPurpose(String value) {
      return add("18776-5", "DE06.00.195.00", Text.of(value));
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

    /** 住院总费用 ({@code HDSD00.12.169}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
    public Builder totalHospitalizationCost(MonetaryAmount value) {
      return set("48768-6", "HDSD00.12.169", value);
    }

    /** 住院总费用-自付金额 ({@code HDSD00.12.170}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
    public Builder selfPaidAmount(MonetaryAmount value) {
      return set("48768-6", "HDSD00.12.170", value);
    }

    /** 一般医疗服务费 ({@code HDSD00.12.174}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
    public Builder generalMedicalServiceFee(MonetaryAmount value) {
      return set("48768-6", "HDSD00.12.174", value);
    }

    /** 一般医疗服务费-中医辨证论治费 ({@code HDSD00.12.175}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
    public Builder tcmSyndromeDifferentiationFee(MonetaryAmount value) {
      return set("48768-6", "HDSD00.12.175", value);
    }

    /** 一般医疗服务费-中医辨证论治会诊费 ({@code HDSD00.12.176}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
    public Builder tcmSyndromeDifferentiationConsultationFee(MonetaryAmount value) {
      return set("48768-6", "HDSD00.12.176", value);
    }

    /** 一般治疗操作费 ({@code HDSD00.12.177}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
    public Builder generalTreatmentProcedureFee(MonetaryAmount value) {
      return set("48768-6", "HDSD00.12.177", value);
    }

    /** 护理费 ({@code HDSD00.12.172}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
    public Builder nursingFee(MonetaryAmount value) {
      return set("48768-6", "HDSD00.12.172", value);
    }

    /** 其他费用 ({@code HDSD00.12.173}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
    public Builder otherComprehensiveServiceFee(MonetaryAmount value) {
      return set("48768-6", "HDSD00.12.173", value);
    }

    /** 病理诊断费 ({@code HDSD00.12.136}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
    public Builder pathologyDiagnosisFee(MonetaryAmount value) {
      return set("48768-6", "HDSD00.12.136", value);
    }

    /** 实验室诊断费 ({@code HDSD00.12.138}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
    public Builder laboratoryDiagnosisFee(MonetaryAmount value) {
      return set("48768-6", "HDSD00.12.138", value);
    }

    /** 影像学诊断费 ({@code HDSD00.12.139}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
    public Builder imagingDiagnosisFee(MonetaryAmount value) {
      return set("48768-6", "HDSD00.12.139", value);
    }

    /** 临床诊断项目费 ({@code HDSD00.12.137}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
    public Builder clinicalDiagnosisItemFee(MonetaryAmount value) {
      return set("48768-6", "HDSD00.12.137", value);
    }

    /** 非手术治疗项目费 ({@code HDSD00.12.145}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
    public Builder nonSurgicalTreatmentFee(MonetaryAmount value) {
      return set("48768-6", "HDSD00.12.145", value);
    }

    /** 临床物理治疗费 ({@code HDSD00.12.146}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
    public Builder clinicalPhysiotherapyFee(MonetaryAmount value) {
      return set("48768-6", "HDSD00.12.146", value);
    }

    /** 手术治疗费 ({@code HDSD00.12.147}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
    public Builder surgicalTreatmentFee(MonetaryAmount value) {
      return set("48768-6", "HDSD00.12.147", value);
    }

    /** 麻醉费 ({@code HDSD00.12.148}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
    public Builder anesthesiaFee(MonetaryAmount value) {
      return set("48768-6", "HDSD00.12.148", value);
    }

    /** 手术费 ({@code HDSD00.12.149}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
    public Builder operationFee(MonetaryAmount value) {
      return set("48768-6", "HDSD00.12.149", value);
    }

    /** 康复费 ({@code HDSD00.12.062}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
    public Builder rehabilitationFee(MonetaryAmount value) {
      return set("48768-6", "HDSD00.12.062", value);
    }

    /** 中医诊断费 ({@code HDSD00.12.156}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
    public Builder tcmDiagnosisFee(MonetaryAmount value) {
      return set("48768-6", "HDSD00.12.156", value);
    }

    /** 中医治疗费 ({@code HDSD00.12.157}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
    public Builder tcmTreatmentFee(MonetaryAmount value) {
      return set("48768-6", "HDSD00.12.157", value);
    }

    /** 中医外治 ({@code HDSD00.12.163}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
    public Builder tcmExternalTreatmentFee(MonetaryAmount value) {
      return set("48768-6", "HDSD00.12.163", value);
    }

    /** 中医骨伤 ({@code HDSD00.12.160}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
    public Builder tcmOrthopedicsTraumatologyFee(MonetaryAmount value) {
      return set("48768-6", "HDSD00.12.160", value);
    }

    /** 针刺与灸法 ({@code HDSD00.12.158}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
    public Builder acupunctureMoxibustionFee(MonetaryAmount value) {
      return set("48768-6", "HDSD00.12.158", value);
    }

    /** 中医推拿治疗 ({@code HDSD00.12.162}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
    public Builder tcmTuinaFee(MonetaryAmount value) {
      return set("48768-6", "HDSD00.12.162", value);
    }

    /** 中医肛肠治疗 ({@code HDSD00.12.159}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
    public Builder tcmAnorectalTreatmentFee(MonetaryAmount value) {
      return set("48768-6", "HDSD00.12.159", value);
    }

    /** 中医特殊治疗 ({@code HDSD00.12.161}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
    public Builder tcmSpecialTreatmentFee(MonetaryAmount value) {
      return set("48768-6", "HDSD00.12.161", value);
    }

    /** 中医其他治疗费 ({@code HDSD00.12.153}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
    public Builder tcmOtherTreatmentFee(MonetaryAmount value) {
      return set("48768-6", "HDSD00.12.153", value);
    }

    /** 中药特殊调配加工 ({@code HDSD00.12.155}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
    public Builder herbSpecialPreparationFee(MonetaryAmount value) {
      return set("48768-6", "HDSD00.12.155", value);
    }

    /** 辨证施膳 ({@code HDSD00.12.154}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
    public Builder syndromeBasedDietFee(MonetaryAmount value) {
      return set("48768-6", "HDSD00.12.154", value);
    }

    /** 西药费 ({@code HDSD00.12.113}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
    public Builder westernMedicineFee(MonetaryAmount value) {
      return set("48768-6", "HDSD00.12.113", value);
    }

    /** 抗菌药物费用 ({@code HDSD00.12.114}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
    public Builder antibacterialDrugFee(MonetaryAmount value) {
      return set("48768-6", "HDSD00.12.114", value);
    }

    /** 中成药费 ({@code HDSD00.12.151}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
    public Builder chinesePatentMedicineFee(MonetaryAmount value) {
      return set("48768-6", "HDSD00.12.151", value);
    }

    /** 中草药费 ({@code HDSD00.12.150}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
    public Builder chineseHerbalMedicineFee(MonetaryAmount value) {
      return set("48768-6", "HDSD00.12.150", value);
    }

    /** 血费 ({@code HDSD00.12.130}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
    public Builder bloodFee(MonetaryAmount value) {
      return set("48768-6", "HDSD00.12.130", value);
    }

    /** 白蛋白类制品费 ({@code HDSD00.12.126}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
    public Builder albuminProductFee(MonetaryAmount value) {
      return set("48768-6", "HDSD00.12.126", value);
    }

    /** 球蛋白类制品费 ({@code HDSD00.12.128}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
    public Builder globulinProductFee(MonetaryAmount value) {
      return set("48768-6", "HDSD00.12.128", value);
    }

    /** 凝血因子类制品费 ({@code HDSD00.12.127}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
    public Builder coagulationFactorProductFee(MonetaryAmount value) {
      return set("48768-6", "HDSD00.12.127", value);
    }

    /** 细胞因子类制品费 ({@code HDSD00.12.129}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
    public Builder cytokineProductFee(MonetaryAmount value) {
      return set("48768-6", "HDSD00.12.129", value);
    }

    /** 一次性医用材料费-检查用 ({@code HDSD00.12.045}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
    public Builder disposableExaminationMaterialFee(MonetaryAmount value) {
      return set("48768-6", "HDSD00.12.045", value);
    }

    /** 一次性医用材料费-治疗用 ({@code HDSD00.12.047}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
    public Builder disposableTreatmentMaterialFee(MonetaryAmount value) {
      return set("48768-6", "HDSD00.12.047", value);
    }

    /** 一次性医用材料费-手术用 ({@code HDSD00.12.046}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
    public Builder disposableSurgicalMaterialFee(MonetaryAmount value) {
      return set("48768-6", "HDSD00.12.046", value);
    }

    /** 其他费 ({@code HDSD00.12.092}, MO), section 48768-6 PAYMENT SOURCES, unit 元. */
    public Builder otherFee(MonetaryAmount value) {
      return set("48768-6", "HDSD00.12.092", value);
    }
  }
}
