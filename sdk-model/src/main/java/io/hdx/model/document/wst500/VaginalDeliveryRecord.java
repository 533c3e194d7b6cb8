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
 * WS/T 500.15-2016 阴道分娩记录 (Vaginal delivery record): document code {@code C0015}, templateId {@code 2.16.156.10011.2.1.1.35}.
 *
 * <p>Unconfirmed in the spec data: cardinalities (the public samples show presence only); 18 of 65 entries.
 *
 * <p>Generated from the document spec by TypedDocumentGenerator; do not edit.
 *
 * <p>Thread safety: immutable; the builder is not thread-safe.
 *
 * @since 0.1.0
 */
public final class VaginalDeliveryRecord extends TypedDocument {
  /** The document code. */
  public static final String CODE = "C0015";
  /** The templateId OID. */
  public static final String TEMPLATE_ID = "2.16.156.10011.2.1.1.35";

  private VaginalDeliveryRecord(ClinicalDocument document) {
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
   * @throws io.hdx.model.ValidationException when the document is not a C0015
   */
  public static VaginalDeliveryRecord from(ClinicalDocument document) {
    return new VaginalDeliveryRecord(document);
  }

  /** 孕次 ({@code DE04.01.108.00}, INT), section 11348-0 HISTORY OF PAST ILLNESS. */
  public Optional<Long> gravidity() {
    return integer("11348-0", "DE04.01.108.00");
  }

  /** 产次 ({@code DE02.10.002.00}, INT), section 11348-0 HISTORY OF PAST ILLNESS. */
  public Optional<Long> parity() {
    return integer("11348-0", "DE02.10.002.00");
  }

  /** 预产期 ({@code DE05.10.098.00}, TS), section 57074-7 labor and delivery process. */
  public Optional<PointInTime> expectedDeliveryDate() {
    return value("57074-7", "DE05.10.098.00", PointInTime.class);
  }

  /** 临产日期时间 ({@code DE06.00.224.00}, TS), section 57074-7 labor and delivery process. */
  public Optional<PointInTime> laborOnsetDateTime() {
    return value("57074-7", "DE06.00.224.00", PointInTime.class);
  }

  /** 胎膜破裂日期时间 ({@code DE05.10.154.00}, TS), section 57074-7 labor and delivery process. */
  public Optional<PointInTime> membraneRuptureDateTime() {
    return value("57074-7", "DE05.10.154.00", PointInTime.class);
  }

  /** 前羊水性状 ({@code DE04.30.058.00}, ST), section 57074-7 labor and delivery process. */
  public Optional<String> foreWaterCharacter() {
    return text("57074-7", "DE04.30.058.00");
  }

  /** 前羊水量(ml) ({@code DE04.30.057.00}, PQ), section 57074-7 labor and delivery process. */
  public List<PhysicalQuantity> foreWaterVolume() {
    return valueList("57074-7", "DE04.30.057.00", PhysicalQuantity.class);
  }

  /** 第1产程时长(min) ({@code DE06.00.021.00}, PQ), section 57074-7 labor and delivery process. */
  public List<PhysicalQuantity> firstStageLaborDuration() {
    return valueList("57074-7", "DE06.00.021.00", PhysicalQuantity.class);
  }

  /** 宫口开全日期时间 ({@code DE04.10.250.00}, TS), section 57074-7 labor and delivery process. */
  public Optional<PointInTime> fullCervicalDilationDateTime() {
    return value("57074-7", "DE04.10.250.00", PointInTime.class);
  }

  /** 第2产程时长(min) ({@code DE06.00.019.00}, PQ), section 57074-7 labor and delivery process. */
  public List<PhysicalQuantity> secondStageLaborDuration() {
    return valueList("57074-7", "DE06.00.019.00", PhysicalQuantity.class);
  }

  /** 胎儿娩出日期时间 ({@code DE02.01.014.00}, TS), section 57074-7 labor and delivery process. */
  public Optional<PointInTime> fetalDeliveryDateTime() {
    return value("57074-7", "DE02.01.014.00", PointInTime.class);
  }

  /** 第3产程时长(min) ({@code DE06.00.020.00}, PQ), section 57074-7 labor and delivery process. */
  public List<PhysicalQuantity> thirdStageLaborDuration() {
    return valueList("57074-7", "DE06.00.020.00", PhysicalQuantity.class);
  }

  /** 胎盘娩出日期时间 ({@code DE06.00.273.00}, TS), section 57074-7 labor and delivery process. */
  public Optional<PointInTime> placentaDeliveryDateTime() {
    return value("57074-7", "DE06.00.273.00", PointInTime.class);
  }

  /** 总产程时长(min) ({@code DE04.10.236.00}, PQ), section 57074-7 labor and delivery process. */
  public List<PhysicalQuantity> totalLaborDuration() {
    return valueList("57074-7", "DE04.10.236.00", PhysicalQuantity.class);
  }

  /** 胎方位代码 ({@code DE05.01.044.00}, CD), section 57074-7 labor and delivery process, value set {@code 2.16.156.10011.2.3.1.106}. */
  public Optional<CodedValue> fetalPositionCode() {
    return value("57074-7", "DE05.01.044.00", CodedValue.class);
  }

  /** 胎儿娩出助产标志 ({@code DE06.00.311.00}, BL), section 57074-7 labor and delivery process. */
  public Optional<Boolean> assistedDeliveryFlag() {
    return bool("57074-7", "DE06.00.311.00");
  }

  /** 助产方式 ({@code DE06.00.312.00}, ST), section 57074-7 labor and delivery process. */
  public Optional<String> assistedDeliveryMethod() {
    return text("57074-7", "DE06.00.312.00");
  }

  /** 胎盘娩出情况 ({@code DE05.10.157.00}, ST), section 57074-7 labor and delivery process. */
  public Optional<String> placentaDeliveryStatus() {
    return text("57074-7", "DE05.10.157.00");
  }

  /** 胎膜完整情况标志 ({@code DE05.10.156.00}, BL), section 57074-7 labor and delivery process. */
  public Optional<Boolean> membraneIntactFlag() {
    return bool("57074-7", "DE05.10.156.00");
  }

  /** 羊水性状 ({@code DE04.30.063.00}, ST), section 57074-7 labor and delivery process. */
  public Optional<String> amnioticFluidCharacter() {
    return text("57074-7", "DE04.30.063.00");
  }

  /** 羊水量(ml) ({@code DE04.30.061.00}, PQ), section 57074-7 labor and delivery process. */
  public List<PhysicalQuantity> amnioticFluidVolume() {
    return valueList("57074-7", "DE04.30.061.00", PhysicalQuantity.class);
  }

  /** 脐带长度(cm) ({@code DE04.30.055.00}, PQ), section 57074-7 labor and delivery process. */
  public List<PhysicalQuantity> umbilicalCordLength() {
    return valueList("57074-7", "DE04.30.055.00", PhysicalQuantity.class);
  }

  /** 绕颈身(周) ({@code DE04.30.059.00}, PQ), section 57074-7 labor and delivery process. */
  public List<PhysicalQuantity> cordAroundNeckTurns() {
    return valueList("57074-7", "DE04.30.059.00", PhysicalQuantity.class);
  }

  /** 脐带异常情况标志 ({@code DE05.10.145.00}, BL), section 57074-7 labor and delivery process. */
  public Optional<Boolean> umbilicalCordAbnormalFlag() {
    return bool("57074-7", "DE05.10.145.00");
  }

  /** 产时用药 ({@code DE08.50.022.00}, ST), section 57074-7 labor and delivery process. */
  public List<Text> medicationName() {
    return valueList("57074-7", "DE08.50.022.00", Text.class);
  }

  /** 预防措施 ({@code DE06.00.295.00}, ST), section 57074-7 labor and delivery process. */
  public Optional<String> preventiveMeasures() {
    return text("57074-7", "DE06.00.295.00");
  }

  /** 产妇会阴切开标志 ({@code DE05.10.165.00}, BL), section 57074-7 labor and delivery process. */
  public Optional<Boolean> drainageFlag() {
    return bool("57074-7", "DE05.10.165.00");
  }

  /** 会阴切开位置 ({@code DE04.10.252.00}, ST), section 57074-7 labor and delivery process. */
  public Optional<String> episiotomySite() {
    return text("57074-7", "DE04.10.252.00");
  }

  /** 产妇会阴缝合针数 ({@code DE06.00.011.00}, INT), section 57074-7 labor and delivery process. */
  public Optional<Long> perinealSutureCount() {
    return integer("57074-7", "DE06.00.011.00");
  }

  /** 产妇会阴裂伤程度代码 ({@code DE05.01.003.00}, CD), section 57074-7 labor and delivery process, value set {@code 2.16.156.10011.2.3.1.109}. */
  public Optional<CodedValue> perinealTearDegreeCode() {
    return value("57074-7", "DE05.01.003.00", CodedValue.class);
  }

  /** 会阴血肿标志 ({@code DE04.10.253.00}, BL), section 57074-7 labor and delivery process. */
  public Optional<Boolean> perinealHematomaFlag() {
    return bool("57074-7", "DE04.10.253.00");
  }

  /** 阴道血肿大小 ({@code DE04.10.254.00}, ST), section 57074-7 labor and delivery process. */
  public List<Text> hematomaSize() {
    return valueList("57074-7", "DE04.10.254.00", Text.class);
  }

  /** 阴道血肿处理 ({@code DE06.00.213.00}, ST), section 57074-7 labor and delivery process. */
  public List<Text> hematomaTreatment() {
    return valueList("57074-7", "DE06.00.213.00", Text.class);
  }

  /** 麻醉方法代码 ({@code DE06.00.073.00}, CD), section 57074-7 labor and delivery process, value set {@code 2.16.156.10011.2.3.1.159}. */
  public Optional<CodedValue> anesthesiaMethodCode() {
    return value("57074-7", "DE06.00.073.00", CodedValue.class);
  }

  /** 阴道裂伤标志 ({@code DE05.10.163.00}, BL), section 57074-7 labor and delivery process. */
  public Optional<Boolean> vaginalLacerationFlag() {
    return bool("57074-7", "DE05.10.163.00");
  }

  /** 阴道血肿标志 ({@code DE05.10.164.00}, BL), section 57074-7 labor and delivery process. */
  public Optional<Boolean> vaginalHematomaFlag() {
    return bool("57074-7", "DE05.10.164.00");
  }

  /** 宫颈裂伤标志 ({@code DE04.10.249.00}, BL), section 57074-7 labor and delivery process. */
  public Optional<Boolean> cervicalLacerationFlag() {
    return bool("57074-7", "DE04.10.249.00");
  }

  /** 宫颈缝合情况 ({@code DE06.00.200.00}, ST), section 57074-7 labor and delivery process. */
  public Optional<String> sutureStatus() {
    return text("57074-7", "DE06.00.200.00");
  }

  /** 分娩过程摘要 ({@code DE06.00.182.00}, ST), section 57074-7 labor and delivery process. */
  public Optional<String> caseSummary() {
    return text("57074-7", "DE06.00.182.00");
  }

  /** 宫缩情况 ({@code DE04.10.245.00}, ST), section 57074-7 labor and delivery process. */
  public Optional<String> uterineContractionStatusInLaborAndDeliveryProcess() {
    return text("57074-7", "DE04.10.245.00");
  }

  /** 子宫情况 ({@code DE04.10.233.00}, ST), section 57074-7 labor and delivery process. */
  public Optional<String> uterusCondition() {
    return text("57074-7", "DE04.10.233.00");
  }

  /** 会阴情况 ({@code DE05.10.137.00}, ST), section 57074-7 labor and delivery process. */
  public Optional<String> perinealCondition() {
    return text("57074-7", "DE05.10.137.00");
  }

  /** 修补手术过程 ({@code DE06.00.284.00}, ST), section 57074-7 labor and delivery process. */
  public Optional<String> repairOperationDescription() {
    return text("57074-7", "DE06.00.284.00");
  }

  /** 存脐带血情况标志 ({@code DE04.50.138.00}, BL), section 57074-7 labor and delivery process. */
  public Optional<Boolean> cordBloodStoredFlag() {
    return bool("57074-7", "DE04.50.138.00");
  }

  /** 恶露状况 ({@code DE04.10.025.00}, ST), section 57074-7 labor and delivery process. */
  public Optional<String> lochiaStatus() {
    return text("57074-7", "DE04.10.025.00");
  }

  /** 产后诊断 ({@code DE05.10.007.00}, ST), section 57076-2 postpartum hospitalization treatment. */
  public Optional<String> postpartumDiagnosis() {
    return text("57076-2", "DE05.10.007.00");
  }

  /** 产后观察日期时间 ({@code DE06.00.218.00}, TS), section 57076-2 postpartum hospitalization treatment. */
  public Optional<PointInTime> procedureEndDateTime() {
    return value("57076-2", "DE06.00.218.00", PointInTime.class);
  }

  /** 产后检查时间(min) ({@code DE04.10.246.00}, PQ), section 57076-2 postpartum hospitalization treatment. */
  public List<PhysicalQuantity> postpartumCheckTime() {
    return valueList("57076-2", "DE04.10.246.00", PhysicalQuantity.class);
  }

  /** 收缩压 ({@code DE04.10.174.00}, PQ), section 57076-2 postpartum hospitalization treatment. */
  public Optional<PhysicalQuantity> systolicBloodPressure() {
    return value("57076-2", "DE04.10.174.00", PhysicalQuantity.class);
  }

  /** The PostpartumHospitalizationTreatmentGroup groups of section 57076-2, in document order. */
  public List<PostpartumHospitalizationTreatmentGroup> postpartumHospitalizationTreatmentGroupList() {
    return groups("57076-2", "ORGANIZER", PostpartumHospitalizationTreatmentGroup::new);
  }

  /** 舒张压 ({@code DE04.10.176.00}, PQ), section 57076-2 postpartum hospitalization treatment. */
  public Optional<PhysicalQuantity> diastolicBloodPressure() {
    return value("57076-2", "DE04.10.176.00", PhysicalQuantity.class);
  }

  /** 产后脉搏(次/min) ({@code DE04.10.118.00}, PQ), section 57076-2 postpartum hospitalization treatment. */
  public List<PhysicalQuantity> pulseRate() {
    return valueList("57076-2", "DE04.10.118.00", PhysicalQuantity.class);
  }

  /** 产后心率(次/min) ({@code DE04.10.206.00}, PQ), section 57076-2 postpartum hospitalization treatment. */
  public List<PhysicalQuantity> heartRate() {
    return valueList("57076-2", "DE04.10.206.00", PhysicalQuantity.class);
  }

  /** 产后出血量(ml) ({@code DE04.10.012.00}, PQ), section 57076-2 postpartum hospitalization treatment. */
  public List<PhysicalQuantity> postpartumBloodLoss() {
    return valueList("57076-2", "DE04.10.012.00", PhysicalQuantity.class);
  }

  /** 产后宫缩 ({@code DE04.10.245.00}, ST), section 57076-2 postpartum hospitalization treatment. */
  public Optional<String> uterineContractionStatusInPostpartumHospitalizationTreatment() {
    return text("57076-2", "DE04.10.245.00");
  }

  /** 产后宫底高度(cm) ({@code DE04.10.067.00}, PQ), section 57076-2 postpartum hospitalization treatment. */
  public List<PhysicalQuantity> fundalHeight() {
    return valueList("57076-2", "DE04.10.067.00", PhysicalQuantity.class);
  }

  /** 肛查 ({@code DE04.10.240.00}, ST), section 57076-2 postpartum hospitalization treatment. */
  public Optional<String> rectalExam() {
    return text("57076-2", "DE04.10.240.00");
  }

  /** 新生儿性别代码 ({@code DE02.01.040.00}, CD), section 57075-4 newborn delivery information, value set {@code 2.16.156.10011.2.3.3.4}. */
  public Optional<CodedValue> genderCode() {
    return value("57075-4", "DE02.01.040.00", CodedValue.class);
  }

  /** 新生儿出生体重(g) ({@code DE04.10.019.00}, PQ), section 57075-4 newborn delivery information. */
  public List<PhysicalQuantity> newbornBirthWeight() {
    return valueList("57075-4", "DE04.10.019.00", PhysicalQuantity.class);
  }

  /** 产瘤大小 ({@code DE05.10.168.00}, ST), section 57075-4 newborn delivery information. */
  public Optional<String> caputSuccedaneumSize() {
    return text("57075-4", "DE05.10.168.00");
  }

  /** 产瘤部位 ({@code DE05.10.167.00}, ST), section 57075-4 newborn delivery information. */
  public Optional<String> caputSuccedaneumSite() {
    return text("57075-4", "DE05.10.167.00");
  }

  /** 新生儿出生身长（cm） ({@code DE04.10.018.00}, PQ), section 57075-4 newborn delivery information, unit cm. */
  public Optional<PhysicalQuantity> newbornBirthLength() {
    return value("57075-4", "DE04.10.018.00", PhysicalQuantity.class);
  }

  /** Apgar评分间隔时间代码 ({@code DE06.00.215.00}, CD), section 51848-0 Assessment note, value set {@code 2.16.156.10011.2.3.2.48}. */
  public Optional<CodedValue> apgarIntervalCode() {
    return value("51848-0", "DE06.00.215.00", CodedValue.class);
  }

  /** Apgar评分值 ({@code DE05.10.001.00}, INT), section 51848-0 Assessment note. */
  public Optional<Long> apgarScore() {
    return integer("51848-0", "DE05.10.001.00");
  }

  /** 分娩结局代码 ({@code DE06.00.026.00}, CD), section 51848-0 Assessment note, value set {@code 2.16.156.10011.2.3.2.49}. */
  public Optional<CodedValue> deliveryOutcomeCode() {
    return value("51848-0", "DE06.00.026.00", CodedValue.class);
  }

  /** 新生儿异常情况代码 ({@code DE05.10.160.00}, CD), section 51848-0 Assessment note, value set {@code 2.16.156.10011.2.3.1.254}. */
  public Optional<CodedValue> newbornAbnormalityCode() {
    return value("51848-0", "DE05.10.160.00", CodedValue.class);
  }

  /**
   * One group of section 57076-2 postpartum hospitalization treatment: the components of one organizer, written as one unit (document layout group {@code ORGANIZER}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class PostpartumHospitalizationTreatmentGroup extends TypedGroup<PostpartumHospitalizationTreatmentGroup> {
    private PostpartumHospitalizationTreatmentGroup() {
      super("57076-2", "ORGANIZER");
    }

    @Override
    protected PostpartumHospitalizationTreatmentGroup blank() {
      return new PostpartumHospitalizationTreatmentGroup();
    }

    /** An empty group; set its members. */
    public static PostpartumHospitalizationTreatmentGroup of() {
      return new PostpartumHospitalizationTreatmentGroup();
    }

    /** 收缩压 ({@code DE04.10.174.00}, PQ). */
    public PostpartumHospitalizationTreatmentGroup systolicBloodPressure(BigDecimal value) {
      return with("DE04.10.174.00", PhysicalQuantity.unitless(value));
    }

    /** 收缩压 ({@code DE04.10.174.00}, PQ). */
    public PostpartumHospitalizationTreatmentGroup systolicBloodPressure(PhysicalQuantity value) {
      return with("DE04.10.174.00", value);
    }

    /** 收缩压 ({@code DE04.10.174.00}). */
    public Optional<PhysicalQuantity> systolicBloodPressure() {
      return value("DE04.10.174.00", PhysicalQuantity.class);
    }

    /** 舒张压 ({@code DE04.10.176.00}, PQ). */
    public PostpartumHospitalizationTreatmentGroup diastolicBloodPressure(BigDecimal value) {
      return with("DE04.10.176.00", PhysicalQuantity.unitless(value));
    }

    /** 舒张压 ({@code DE04.10.176.00}, PQ). */
    public PostpartumHospitalizationTreatmentGroup diastolicBloodPressure(PhysicalQuantity value) {
      return with("DE04.10.176.00", value);
    }

    /** 舒张压 ({@code DE04.10.176.00}). */
    public Optional<PhysicalQuantity> diastolicBloodPressure() {
      return value("DE04.10.176.00", PhysicalQuantity.class);
    }
  }

  /** Builds a {@link VaginalDeliveryRecord}. Thread safety: not thread-safe. */
  public static final class Builder extends TypedDocument.Builder<VaginalDeliveryRecord, Builder> {
    private Builder() {
      super(documentSpec());
    }

    @Override
    protected VaginalDeliveryRecord create(ClinicalDocument document) {
      return new VaginalDeliveryRecord(document);
    }

    /** 孕次 ({@code DE04.01.108.00}, INT), section 11348-0 HISTORY OF PAST ILLNESS. */
    public Builder gravidity(long value) {
      return set("11348-0", "DE04.01.108.00", IntegerValue.of(value));
    }

    /** 产次 ({@code DE02.10.002.00}, INT), section 11348-0 HISTORY OF PAST ILLNESS. */
    public Builder parity(long value) {
      return set("11348-0", "DE02.10.002.00", IntegerValue.of(value));
    }

    /** 预产期 ({@code DE05.10.098.00}, TS), section 57074-7 labor and delivery process. */
    public Builder expectedDeliveryDate(LocalDate value) {
      return set("57074-7", "DE05.10.098.00", PointInTime.of(value));
    }

    /** 预产期 ({@code DE05.10.098.00}, TS), section 57074-7 labor and delivery process. */
    public Builder expectedDeliveryDate(LocalDateTime value) {
      return set("57074-7", "DE05.10.098.00", PointInTime.of(value));
    }

    /** 预产期 ({@code DE05.10.098.00}, TS), section 57074-7 labor and delivery process. */
    public Builder expectedDeliveryDate(PointInTime value) {
      return set("57074-7", "DE05.10.098.00", value);
    }

    /** 临产日期时间 ({@code DE06.00.224.00}, TS), section 57074-7 labor and delivery process. */
    public Builder laborOnsetDateTime(LocalDate value) {
      return set("57074-7", "DE06.00.224.00", PointInTime.of(value));
    }

    /** 临产日期时间 ({@code DE06.00.224.00}, TS), section 57074-7 labor and delivery process. */
    public Builder laborOnsetDateTime(LocalDateTime value) {
      return set("57074-7", "DE06.00.224.00", PointInTime.of(value));
    }

    /** 临产日期时间 ({@code DE06.00.224.00}, TS), section 57074-7 labor and delivery process. */
    public Builder laborOnsetDateTime(PointInTime value) {
      return set("57074-7", "DE06.00.224.00", value);
    }

    /** 胎膜破裂日期时间 ({@code DE05.10.154.00}, TS), section 57074-7 labor and delivery process. */
    public Builder membraneRuptureDateTime(LocalDate value) {
      return set("57074-7", "DE05.10.154.00", PointInTime.of(value));
    }

    /** 胎膜破裂日期时间 ({@code DE05.10.154.00}, TS), section 57074-7 labor and delivery process. */
    public Builder membraneRuptureDateTime(LocalDateTime value) {
      return set("57074-7", "DE05.10.154.00", PointInTime.of(value));
    }

    /** 胎膜破裂日期时间 ({@code DE05.10.154.00}, TS), section 57074-7 labor and delivery process. */
    public Builder membraneRuptureDateTime(PointInTime value) {
      return set("57074-7", "DE05.10.154.00", value);
    }

    /** 前羊水性状 ({@code DE04.30.058.00}, ST), section 57074-7 labor and delivery process. */
    public Builder foreWaterCharacter(String value) {
      return set("57074-7", "DE04.30.058.00", Text.of(value));
    }

    /** 前羊水量(ml) ({@code DE04.30.057.00}, PQ), section 57074-7 labor and delivery process. */
    public Builder addForeWaterVolume(BigDecimal value) {
      return add("57074-7", "DE04.30.057.00", quantity("57074-7", "DE04.30.057.00", value));
    }

    /** 前羊水量(ml) ({@code DE04.30.057.00}, PQ), section 57074-7 labor and delivery process. */
    public Builder addForeWaterVolume(PhysicalQuantity value) {
      return add("57074-7", "DE04.30.057.00", value);
    }

    /** 第1产程时长(min) ({@code DE06.00.021.00}, PQ), section 57074-7 labor and delivery process. */
    public Builder addFirstStageLaborDuration(BigDecimal value) {
      return add("57074-7", "DE06.00.021.00", quantity("57074-7", "DE06.00.021.00", value));
    }

    /** 第1产程时长(min) ({@code DE06.00.021.00}, PQ), section 57074-7 labor and delivery process. */
    public Builder addFirstStageLaborDuration(PhysicalQuantity value) {
      return add("57074-7", "DE06.00.021.00", value);
    }

    /** 宫口开全日期时间 ({@code DE04.10.250.00}, TS), section 57074-7 labor and delivery process. */
    public Builder fullCervicalDilationDateTime(LocalDate value) {
      return set("57074-7", "DE04.10.250.00", PointInTime.of(value));
    }

    /** 宫口开全日期时间 ({@code DE04.10.250.00}, TS), section 57074-7 labor and delivery process. */
    public Builder fullCervicalDilationDateTime(LocalDateTime value) {
      return set("57074-7", "DE04.10.250.00", PointInTime.of(value));
    }

    /** 宫口开全日期时间 ({@code DE04.10.250.00}, TS), section 57074-7 labor and delivery process. */
    public Builder fullCervicalDilationDateTime(PointInTime value) {
      return set("57074-7", "DE04.10.250.00", value);
    }

    /** 第2产程时长(min) ({@code DE06.00.019.00}, PQ), section 57074-7 labor and delivery process. */
    public Builder addSecondStageLaborDuration(BigDecimal value) {
      return add("57074-7", "DE06.00.019.00", quantity("57074-7", "DE06.00.019.00", value));
    }

    /** 第2产程时长(min) ({@code DE06.00.019.00}, PQ), section 57074-7 labor and delivery process. */
    public Builder addSecondStageLaborDuration(PhysicalQuantity value) {
      return add("57074-7", "DE06.00.019.00", value);
    }

    /** 胎儿娩出日期时间 ({@code DE02.01.014.00}, TS), section 57074-7 labor and delivery process. */
    public Builder fetalDeliveryDateTime(LocalDate value) {
      return set("57074-7", "DE02.01.014.00", PointInTime.of(value));
    }

    /** 胎儿娩出日期时间 ({@code DE02.01.014.00}, TS), section 57074-7 labor and delivery process. */
    public Builder fetalDeliveryDateTime(LocalDateTime value) {
      return set("57074-7", "DE02.01.014.00", PointInTime.of(value));
    }

    /** 胎儿娩出日期时间 ({@code DE02.01.014.00}, TS), section 57074-7 labor and delivery process. */
    public Builder fetalDeliveryDateTime(PointInTime value) {
      return set("57074-7", "DE02.01.014.00", value);
    }

    /** 第3产程时长(min) ({@code DE06.00.020.00}, PQ), section 57074-7 labor and delivery process. */
    public Builder addThirdStageLaborDuration(BigDecimal value) {
      return add("57074-7", "DE06.00.020.00", quantity("57074-7", "DE06.00.020.00", value));
    }

    /** 第3产程时长(min) ({@code DE06.00.020.00}, PQ), section 57074-7 labor and delivery process. */
    public Builder addThirdStageLaborDuration(PhysicalQuantity value) {
      return add("57074-7", "DE06.00.020.00", value);
    }

    /** 胎盘娩出日期时间 ({@code DE06.00.273.00}, TS), section 57074-7 labor and delivery process. */
    public Builder placentaDeliveryDateTime(LocalDate value) {
      return set("57074-7", "DE06.00.273.00", PointInTime.of(value));
    }

    /** 胎盘娩出日期时间 ({@code DE06.00.273.00}, TS), section 57074-7 labor and delivery process. */
    public Builder placentaDeliveryDateTime(LocalDateTime value) {
      return set("57074-7", "DE06.00.273.00", PointInTime.of(value));
    }

    /** 胎盘娩出日期时间 ({@code DE06.00.273.00}, TS), section 57074-7 labor and delivery process. */
    public Builder placentaDeliveryDateTime(PointInTime value) {
      return set("57074-7", "DE06.00.273.00", value);
    }

    /** 总产程时长(min) ({@code DE04.10.236.00}, PQ), section 57074-7 labor and delivery process. */
    public Builder addTotalLaborDuration(BigDecimal value) {
      return add("57074-7", "DE04.10.236.00", quantity("57074-7", "DE04.10.236.00", value));
    }

    /** 总产程时长(min) ({@code DE04.10.236.00}, PQ), section 57074-7 labor and delivery process. */
    public Builder addTotalLaborDuration(PhysicalQuantity value) {
      return add("57074-7", "DE04.10.236.00", value);
    }

    /** 胎方位代码 ({@code DE05.01.044.00}, CD), section 57074-7 labor and delivery process, value set {@code 2.16.156.10011.2.3.1.106}. */
    public Builder fetalPositionCode(Coded value) {
      return set("57074-7", "DE05.01.044.00", CodedValue.of(value));
    }

    /** 胎儿娩出助产标志 ({@code DE06.00.311.00}, BL), section 57074-7 labor and delivery process. */
    public Builder assistedDeliveryFlag(boolean value) {
      return set("57074-7", "DE06.00.311.00", BooleanValue.of(value));
    }

    /** 助产方式 ({@code DE06.00.312.00}, ST), section 57074-7 labor and delivery process. */
    public Builder assistedDeliveryMethod(String value) {
      return set("57074-7", "DE06.00.312.00", Text.of(value));
    }

    /** 胎盘娩出情况 ({@code DE05.10.157.00}, ST), section 57074-7 labor and delivery process. */
    public Builder placentaDeliveryStatus(String value) {
      return set("57074-7", "DE05.10.157.00", Text.of(value));
    }

    /** 胎膜完整情况标志 ({@code DE05.10.156.00}, BL), section 57074-7 labor and delivery process. */
    public Builder membraneIntactFlag(boolean value) {
      return set("57074-7", "DE05.10.156.00", BooleanValue.of(value));
    }

    /** 羊水性状 ({@code DE04.30.063.00}, ST), section 57074-7 labor and delivery process. */
    public Builder amnioticFluidCharacter(String value) {
      return set("57074-7", "DE04.30.063.00", Text.of(value));
    }

    /** 羊水量(ml) ({@code DE04.30.061.00}, PQ), section 57074-7 labor and delivery process. */
    public Builder addAmnioticFluidVolume(BigDecimal value) {
      return add("57074-7", "DE04.30.061.00", quantity("57074-7", "DE04.30.061.00", value));
    }

    /** 羊水量(ml) ({@code DE04.30.061.00}, PQ), section 57074-7 labor and delivery process. */
    public Builder addAmnioticFluidVolume(PhysicalQuantity value) {
      return add("57074-7", "DE04.30.061.00", value);
    }

    /** 脐带长度(cm) ({@code DE04.30.055.00}, PQ), section 57074-7 labor and delivery process. */
    public Builder addUmbilicalCordLength(BigDecimal value) {
      return add("57074-7", "DE04.30.055.00", quantity("57074-7", "DE04.30.055.00", value));
    }

    /** 脐带长度(cm) ({@code DE04.30.055.00}, PQ), section 57074-7 labor and delivery process. */
    public Builder addUmbilicalCordLength(PhysicalQuantity value) {
      return add("57074-7", "DE04.30.055.00", value);
    }

    /** 绕颈身(周) ({@code DE04.30.059.00}, PQ), section 57074-7 labor and delivery process. */
    public Builder addCordAroundNeckTurns(BigDecimal value) {
      return add("57074-7", "DE04.30.059.00", quantity("57074-7", "DE04.30.059.00", value));
    }

    /** 绕颈身(周) ({@code DE04.30.059.00}, PQ), section 57074-7 labor and delivery process. */
    public Builder addCordAroundNeckTurns(PhysicalQuantity value) {
      return add("57074-7", "DE04.30.059.00", value);
    }

    /** 脐带异常情况标志 ({@code DE05.10.145.00}, BL), section 57074-7 labor and delivery process. */
    public Builder umbilicalCordAbnormalFlag(boolean value) {
      return set("57074-7", "DE05.10.145.00", BooleanValue.of(value));
    }

    /** 产时用药 ({@code DE08.50.022.00}, ST), section 57074-7 labor and delivery process. */
    public Builder addMedicationName(String value) {
      return add("57074-7", "DE08.50.022.00", Text.of(value));
    }

    /** 预防措施 ({@code DE06.00.295.00}, ST), section 57074-7 labor and delivery process. */
    public Builder preventiveMeasures(String value) {
      return set("57074-7", "DE06.00.295.00", Text.of(value));
    }

    /** 产妇会阴切开标志 ({@code DE05.10.165.00}, BL), section 57074-7 labor and delivery process. */
    public Builder drainageFlag(boolean value) {
      return set("57074-7", "DE05.10.165.00", BooleanValue.of(value));
    }

    /** 会阴切开位置 ({@code DE04.10.252.00}, ST), section 57074-7 labor and delivery process. */
    public Builder episiotomySite(String value) {
      return set("57074-7", "DE04.10.252.00", Text.of(value));
    }

    /** 产妇会阴缝合针数 ({@code DE06.00.011.00}, INT), section 57074-7 labor and delivery process. */
    public Builder perinealSutureCount(long value) {
      return set("57074-7", "DE06.00.011.00", IntegerValue.of(value));
    }

    /** 产妇会阴裂伤程度代码 ({@code DE05.01.003.00}, CD), section 57074-7 labor and delivery process, value set {@code 2.16.156.10011.2.3.1.109}. */
    public Builder perinealTearDegreeCode(Coded value) {
      return set("57074-7", "DE05.01.003.00", CodedValue.of(value));
    }

    /** 会阴血肿标志 ({@code DE04.10.253.00}, BL), section 57074-7 labor and delivery process. */
    public Builder perinealHematomaFlag(boolean value) {
      return set("57074-7", "DE04.10.253.00", BooleanValue.of(value));
    }

    /** 阴道血肿大小 ({@code DE04.10.254.00}, ST), section 57074-7 labor and delivery process. */
    public Builder addHematomaSize(String value) {
      return add("57074-7", "DE04.10.254.00", Text.of(value));
    }

    /** 阴道血肿处理 ({@code DE06.00.213.00}, ST), section 57074-7 labor and delivery process. */
    public Builder addHematomaTreatment(String value) {
      return add("57074-7", "DE06.00.213.00", Text.of(value));
    }

    /** 麻醉方法代码 ({@code DE06.00.073.00}, CD), section 57074-7 labor and delivery process, value set {@code 2.16.156.10011.2.3.1.159}. */
    public Builder anesthesiaMethodCode(Coded value) {
      return set("57074-7", "DE06.00.073.00", CodedValue.of(value));
    }

    /** 阴道裂伤标志 ({@code DE05.10.163.00}, BL), section 57074-7 labor and delivery process. */
    public Builder vaginalLacerationFlag(boolean value) {
      return set("57074-7", "DE05.10.163.00", BooleanValue.of(value));
    }

    /** 阴道血肿标志 ({@code DE05.10.164.00}, BL), section 57074-7 labor and delivery process. */
    public Builder vaginalHematomaFlag(boolean value) {
      return set("57074-7", "DE05.10.164.00", BooleanValue.of(value));
    }

    /** 宫颈裂伤标志 ({@code DE04.10.249.00}, BL), section 57074-7 labor and delivery process. */
    public Builder cervicalLacerationFlag(boolean value) {
      return set("57074-7", "DE04.10.249.00", BooleanValue.of(value));
    }

    /** 宫颈缝合情况 ({@code DE06.00.200.00}, ST), section 57074-7 labor and delivery process. */
    public Builder sutureStatus(String value) {
      return set("57074-7", "DE06.00.200.00", Text.of(value));
    }

    /** 分娩过程摘要 ({@code DE06.00.182.00}, ST), section 57074-7 labor and delivery process. */
    public Builder caseSummary(String value) {
      return set("57074-7", "DE06.00.182.00", Text.of(value));
    }

    /** 宫缩情况 ({@code DE04.10.245.00}, ST), section 57074-7 labor and delivery process. */
    public Builder uterineContractionStatusInLaborAndDeliveryProcess(String value) {
      return set("57074-7", "DE04.10.245.00", Text.of(value));
    }

    /** 子宫情况 ({@code DE04.10.233.00}, ST), section 57074-7 labor and delivery process. */
    public Builder uterusCondition(String value) {
      return set("57074-7", "DE04.10.233.00", Text.of(value));
    }

    /** 会阴情况 ({@code DE05.10.137.00}, ST), section 57074-7 labor and delivery process. */
    public Builder perinealCondition(String value) {
      return set("57074-7", "DE05.10.137.00", Text.of(value));
    }

    /** 修补手术过程 ({@code DE06.00.284.00}, ST), section 57074-7 labor and delivery process. */
    public Builder repairOperationDescription(String value) {
      return set("57074-7", "DE06.00.284.00", Text.of(value));
    }

    /** 存脐带血情况标志 ({@code DE04.50.138.00}, BL), section 57074-7 labor and delivery process. */
    public Builder cordBloodStoredFlag(boolean value) {
      return set("57074-7", "DE04.50.138.00", BooleanValue.of(value));
    }

    /** 恶露状况 ({@code DE04.10.025.00}, ST), section 57074-7 labor and delivery process. */
    public Builder lochiaStatus(String value) {
      return set("57074-7", "DE04.10.025.00", Text.of(value));
    }

    /** 产后诊断 ({@code DE05.10.007.00}, ST), section 57076-2 postpartum hospitalization treatment. */
    public Builder postpartumDiagnosis(String value) {
      return set("57076-2", "DE05.10.007.00", Text.of(value));
    }

    /** 产后观察日期时间 ({@code DE06.00.218.00}, TS), section 57076-2 postpartum hospitalization treatment. */
    public Builder procedureEndDateTime(LocalDate value) {
      return set("57076-2", "DE06.00.218.00", PointInTime.of(value));
    }

    /** 产后观察日期时间 ({@code DE06.00.218.00}, TS), section 57076-2 postpartum hospitalization treatment. */
    public Builder procedureEndDateTime(LocalDateTime value) {
      return set("57076-2", "DE06.00.218.00", PointInTime.of(value));
    }

    /** 产后观察日期时间 ({@code DE06.00.218.00}, TS), section 57076-2 postpartum hospitalization treatment. */
    public Builder procedureEndDateTime(PointInTime value) {
      return set("57076-2", "DE06.00.218.00", value);
    }

    /** 产后检查时间(min) ({@code DE04.10.246.00}, PQ), section 57076-2 postpartum hospitalization treatment. */
    public Builder addPostpartumCheckTime(BigDecimal value) {
      return add("57076-2", "DE04.10.246.00", quantity("57076-2", "DE04.10.246.00", value));
    }

    /** 产后检查时间(min) ({@code DE04.10.246.00}, PQ), section 57076-2 postpartum hospitalization treatment. */
    public Builder addPostpartumCheckTime(PhysicalQuantity value) {
      return add("57076-2", "DE04.10.246.00", value);
    }

    /** Sets the one {@link PostpartumHospitalizationTreatmentGroup}, replacing any before. */
    public Builder postpartumHospitalizationTreatmentGroup(PostpartumHospitalizationTreatmentGroup group) {
      return setGroup(group);
    }

    /** 产后脉搏(次/min) ({@code DE04.10.118.00}, PQ), section 57076-2 postpartum hospitalization treatment. */
    public Builder addPulseRate(BigDecimal value) {
      return add("57076-2", "DE04.10.118.00", quantity("57076-2", "DE04.10.118.00", value));
    }

    /** 产后脉搏(次/min) ({@code DE04.10.118.00}, PQ), section 57076-2 postpartum hospitalization treatment. */
    public Builder addPulseRate(PhysicalQuantity value) {
      return add("57076-2", "DE04.10.118.00", value);
    }

    /** 产后心率(次/min) ({@code DE04.10.206.00}, PQ), section 57076-2 postpartum hospitalization treatment. */
    public Builder addHeartRate(BigDecimal value) {
      return add("57076-2", "DE04.10.206.00", quantity("57076-2", "DE04.10.206.00", value));
    }

    /** 产后心率(次/min) ({@code DE04.10.206.00}, PQ), section 57076-2 postpartum hospitalization treatment. */
    public Builder addHeartRate(PhysicalQuantity value) {
      return add("57076-2", "DE04.10.206.00", value);
    }

    /** 产后出血量(ml) ({@code DE04.10.012.00}, PQ), section 57076-2 postpartum hospitalization treatment. */
    public Builder addPostpartumBloodLoss(BigDecimal value) {
      return add("57076-2", "DE04.10.012.00", quantity("57076-2", "DE04.10.012.00", value));
    }

    /** 产后出血量(ml) ({@code DE04.10.012.00}, PQ), section 57076-2 postpartum hospitalization treatment. */
    public Builder addPostpartumBloodLoss(PhysicalQuantity value) {
      return add("57076-2", "DE04.10.012.00", value);
    }

    /** 产后宫缩 ({@code DE04.10.245.00}, ST), section 57076-2 postpartum hospitalization treatment. */
    public Builder uterineContractionStatusInPostpartumHospitalizationTreatment(String value) {
      return set("57076-2", "DE04.10.245.00", Text.of(value));
    }

    /** 产后宫底高度(cm) ({@code DE04.10.067.00}, PQ), section 57076-2 postpartum hospitalization treatment. */
    public Builder addFundalHeight(BigDecimal value) {
      return add("57076-2", "DE04.10.067.00", quantity("57076-2", "DE04.10.067.00", value));
    }

    /** 产后宫底高度(cm) ({@code DE04.10.067.00}, PQ), section 57076-2 postpartum hospitalization treatment. */
    public Builder addFundalHeight(PhysicalQuantity value) {
      return add("57076-2", "DE04.10.067.00", value);
    }

    /** 肛查 ({@code DE04.10.240.00}, ST), section 57076-2 postpartum hospitalization treatment. */
    public Builder rectalExam(String value) {
      return set("57076-2", "DE04.10.240.00", Text.of(value));
    }

    /** 新生儿性别代码 ({@code DE02.01.040.00}, CD), section 57075-4 newborn delivery information, value set {@code 2.16.156.10011.2.3.3.4}. */
    public Builder genderCode(Coded value) {
      return set("57075-4", "DE02.01.040.00", CodedValue.of(value));
    }

    /** 新生儿出生体重(g) ({@code DE04.10.019.00}, PQ), section 57075-4 newborn delivery information. */
    public Builder addNewbornBirthWeight(BigDecimal value) {
      return add("57075-4", "DE04.10.019.00", quantity("57075-4", "DE04.10.019.00", value));
    }

    /** 新生儿出生体重(g) ({@code DE04.10.019.00}, PQ), section 57075-4 newborn delivery information. */
    public Builder addNewbornBirthWeight(PhysicalQuantity value) {
      return add("57075-4", "DE04.10.019.00", value);
    }

    /** 产瘤大小 ({@code DE05.10.168.00}, ST), section 57075-4 newborn delivery information. */
    public Builder caputSuccedaneumSize(String value) {
      return set("57075-4", "DE05.10.168.00", Text.of(value));
    }

    /** 产瘤部位 ({@code DE05.10.167.00}, ST), section 57075-4 newborn delivery information. */
    public Builder caputSuccedaneumSite(String value) {
      return set("57075-4", "DE05.10.167.00", Text.of(value));
    }

    /** 新生儿出生身长（cm） ({@code DE04.10.018.00}, PQ), section 57075-4 newborn delivery information, unit cm. */
    public Builder newbornBirthLength(BigDecimal value) {
      return set("57075-4", "DE04.10.018.00", quantity("57075-4", "DE04.10.018.00", value));
    }

    /** 新生儿出生身长（cm） ({@code DE04.10.018.00}, PQ), section 57075-4 newborn delivery information, unit cm. */
    public Builder newbornBirthLength(PhysicalQuantity value) {
      return set("57075-4", "DE04.10.018.00", value);
    }

    /** Apgar评分间隔时间代码 ({@code DE06.00.215.00}, CD), section 51848-0 Assessment note, value set {@code 2.16.156.10011.2.3.2.48}. */
    public Builder apgarIntervalCode(Coded value) {
      return set("51848-0", "DE06.00.215.00", CodedValue.of(value));
    }

    /** Apgar评分值 ({@code DE05.10.001.00}, INT), section 51848-0 Assessment note. */
    public Builder apgarScore(long value) {
      return set("51848-0", "DE05.10.001.00", IntegerValue.of(value));
    }

    /** 分娩结局代码 ({@code DE06.00.026.00}, CD), section 51848-0 Assessment note, value set {@code 2.16.156.10011.2.3.2.49}. */
    public Builder deliveryOutcomeCode(Coded value) {
      return set("51848-0", "DE06.00.026.00", CodedValue.of(value));
    }

    /** 新生儿异常情况代码 ({@code DE05.10.160.00}, CD), section 51848-0 Assessment note, value set {@code 2.16.156.10011.2.3.1.254}. */
    public Builder newbornAbnormalityCode(Coded value) {
      return set("51848-0", "DE05.10.160.00", CodedValue.of(value));
    }
  }
}
