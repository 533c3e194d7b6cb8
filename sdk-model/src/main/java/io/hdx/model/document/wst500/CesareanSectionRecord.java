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
 * WS/T 500.16-2016 剖宫产记录 (Cesarean section record): document code {@code C0016}, templateId {@code 2.16.156.10011.2.1.1.36}.
 *
 * <p>Unconfirmed in the spec data: cardinalities (the public samples show presence only); 17 of 55 entries.
 *
 * <p>Generated from the document spec by TypedDocumentGenerator; do not edit.
 *
 * <p>Thread safety: immutable; the builder is not thread-safe.
 *
 * @since 0.1.0
 */
public final class CesareanSectionRecord extends TypedDocument {
  /** The document code. */
  public static final String CODE = "C0016";
  /** The templateId OID. */
  public static final String TEMPLATE_ID = "2.16.156.10011.2.1.1.36";

  private CesareanSectionRecord(ClinicalDocument document) {
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
   * @throws io.hdx.model.ValidationException when the document is not a C0016
   */
  public static CesareanSectionRecord from(ClinicalDocument document) {
    return new CesareanSectionRecord(document);
  }

  /** 待产日期时间 ({@code DE06.00.197.00}, TS), section 47519-4 HISTORY OF PROCEDURES. */
  public Optional<PointInTime> awaitingDeliveryDateTime() {
    return value("47519-4", "DE06.00.197.00", PointInTime.class);
  }

  /** 胎膜完整情况标志 ({@code DE05.10.156.00}, BL), section 47519-4 HISTORY OF PROCEDURES. */
  public Optional<Boolean> membraneIntactFlag() {
    return bool("47519-4", "DE05.10.156.00");
  }

  /** 脐带长度(cm) ({@code DE04.30.055.00}, PQ), section 47519-4 HISTORY OF PROCEDURES, unit cm. */
  public List<PhysicalQuantity> umbilicalCordLength() {
    return valueList("47519-4", "DE04.30.055.00", PhysicalQuantity.class);
  }

  /** 绕颈身(周) ({@code DE04.30.059.00}, PQ), section 47519-4 HISTORY OF PROCEDURES, unit 周. */
  public List<PhysicalQuantity> cordAroundNeckTurns() {
    return valueList("47519-4", "DE04.30.059.00", PhysicalQuantity.class);
  }

  /** 产前诊断 ({@code DE05.10.109.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
  public Optional<String> prenatalDiagnosis() {
    return text("47519-4", "DE05.10.109.00");
  }

  /** 手术指征 ({@code DE06.00.340.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
  public Optional<String> indication() {
    return text("47519-4", "DE06.00.340.00");
  }

  /** 手术开始日期 ({@code DE06.00.221.00}, TS), section 47519-4 HISTORY OF PROCEDURES. */
  public List<PointInTime> procedureStartDateTime() {
    return valueList("47519-4", "DE06.00.221.00", PointInTime.class);
  }

  /** 麻醉方法代码 ({@code DE06.00.073.00}, CD), section 47519-4 HISTORY OF PROCEDURES, value set {@code 2.16.156.10011.2.3.1.159}. */
  public Optional<CodedValue> anesthesiaMethodCode() {
    return value("47519-4", "DE06.00.073.00", CodedValue.class);
  }

  /** 麻醉体位 ({@code DE04.10.260.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
  public Optional<String> anesthesiaPosition() {
    return text("47519-4", "DE04.10.260.00");
  }

  /** 麻醉效果 ({@code DE06.00.253.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
  public Optional<String> anesthesiaEffect() {
    return text("47519-4", "DE06.00.253.00");
  }

  /** 剖宫产手术过程 ({@code DE05.10.063.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
  public Optional<String> operationDescription() {
    return text("47519-4", "DE05.10.063.00");
  }

  /** 子宫情况 ({@code DE04.10.233.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
  public List<Text> uterusCondition() {
    return valueList("47519-4", "DE04.10.233.00", Text.class);
  }

  /** 胎儿娩出方式 ({@code DE05.10.173.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
  public Optional<String> fetalDeliveryMethod() {
    return text("47519-4", "DE05.10.173.00");
  }

  /** 胎盘黄染 ({@code DE05.10.153.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
  public List<Text> placentaStaining() {
    return valueList("47519-4", "DE05.10.153.00", Text.class);
  }

  /** 脐带缠绕情况 ({@code DE04.30.054.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
  public Optional<String> umbilicalCordEntanglement() {
    return text("47519-4", "DE04.30.054.00");
  }

  /** 脐带扭转(周) ({@code DE04.30.056.00}, PQ), section 47519-4 HISTORY OF PROCEDURES, unit 周. */
  public List<PhysicalQuantity> umbilicalCordTwists() {
    return valueList("47519-4", "DE04.30.056.00", PhysicalQuantity.class);
  }

  /** 存脐带血情况标志 ({@code DE04.50.138.00}, BL), section 47519-4 HISTORY OF PROCEDURES. */
  public Optional<Boolean> cordBloodStoredFlag() {
    return bool("47519-4", "DE04.50.138.00");
  }

  /** 子宫壁缝合情况 ({@code DE06.00.200.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
  public Optional<String> sutureStatus() {
    return text("47519-4", "DE06.00.200.00");
  }

  /** 宫缩剂名称 ({@code DE08.50.022.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
  public List<Text> medicationName() {
    return valueList("47519-4", "DE08.50.022.00", Text.class);
  }

  /** 宫缩剂使用方法 ({@code DE06.00.136.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
  public Optional<String> medicationUsage() {
    return text("47519-4", "DE06.00.136.00");
  }

  /** 手术用药量 ({@code DE06.00.293.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
  public Optional<String> intraoperativeMedicationDose() {
    return text("47519-4", "DE06.00.293.00");
  }

  /** 腹腔探查附件 ({@code DE04.10.042.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
  public Optional<String> adnexaExplorationFindings() {
    return text("47519-4", "DE04.10.042.00");
  }

  /** 宫腔探查异常情况标志 ({@code DE04.30.053.00}, BL), section 47519-4 HISTORY OF PROCEDURES. */
  public Optional<Boolean> uterineCavityAbnormalFlag() {
    return bool("47519-4", "DE04.30.053.00");
  }

  /** 宫腔探查肌瘤标志 ({@code DE05.10.166.00}, BL), section 47519-4 HISTORY OF PROCEDURES. */
  public Optional<Boolean> uterineFibroidFlag() {
    return bool("47519-4", "DE05.10.166.00");
  }

  /** 宫腔探查处理情况 ({@code DE04.30.052.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
  public Optional<String> uterineCavityExplorationTreatment() {
    return text("47519-4", "DE04.30.052.00");
  }

  /** 手术时产妇情况 ({@code DE05.10.134.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
  public Optional<String> conditionChange() {
    return text("47519-4", "DE05.10.134.00");
  }

  /** 出血量(mL) ({@code DE06.00.097.00}, PQ), section 47519-4 HISTORY OF PROCEDURES, unit mL. */
  public List<PhysicalQuantity> bloodLoss() {
    return valueList("47519-4", "DE06.00.097.00", PhysicalQuantity.class);
  }

  /** 输血成分 ({@code DE06.00.262.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
  public Optional<String> transfusionComponent() {
    return text("47519-4", "DE06.00.262.00");
  }

  /** 输血量(mL) ({@code DE06.00.267.00}, PQ), section 47519-4 HISTORY OF PROCEDURES, unit mL. */
  public List<PhysicalQuantity> transfusionVolume() {
    return valueList("47519-4", "DE06.00.267.00", PhysicalQuantity.class);
  }

  /** 输液量(mL) ({@code DE06.00.268.00}, PQ), section 47519-4 HISTORY OF PROCEDURES, unit mL. */
  public List<PhysicalQuantity> infusionVolume() {
    return valueList("47519-4", "DE06.00.268.00", PhysicalQuantity.class);
  }

  /** 供氧时间(min) ({@code DE06.00.318.00}, PQ), section 47519-4 HISTORY OF PROCEDURES, unit min. */
  public List<PhysicalQuantity> oxygenSupplyDuration() {
    return valueList("47519-4", "DE06.00.318.00", PhysicalQuantity.class);
  }

  /** 其他情况 ({@code DE06.00.179.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
  public Optional<String> remarks() {
    return text("47519-4", "DE06.00.179.00");
  }

  /** 手术结束日期时间 ({@code DE06.00.218.00}, TS), section 47519-4 HISTORY OF PROCEDURES. */
  public Optional<PointInTime> procedureEndDateTimeInHistoryOfProcedures() {
    return value("47519-4", "DE06.00.218.00", PointInTime.class);
  }

  /** 手术全程时间(min) ({@code DE06.00.259.00}, PQ), section 47519-4 HISTORY OF PROCEDURES, unit min. */
  public List<PhysicalQuantity> operationDuration() {
    return valueList("47519-4", "DE06.00.259.00", PhysicalQuantity.class);
  }

  /** 胎方位代码 ({@code DE05.01.044.00}, CD), section 47519-4 HISTORY OF PROCEDURES, value set {@code 2.16.156.10011.2.3.1.106}. */
  public Optional<CodedValue> fetalPositionCode() {
    return value("47519-4", "DE05.01.044.00", CodedValue.class);
  }

  /** 手术及操作编码 ({@code DE06.00.093.00}, CD), section 47519-4 HISTORY OF PROCEDURES, value set {@code 2.16.156.10011.2.3.3.12}. */
  public List<CodedValue> procedureCode() {
    return valueList("47519-4", "DE06.00.093.00", CodedValue.class);
  }

  /** The Operation groups of section 47519-4, in document order. */
  public List<Operation> operationList() {
    return groups("47519-4", "PROCEDURE", Operation::new);
  }

  /** 产后诊断 ({@code DE05.10.007.00}, ST), section 57076-2 postpartum hospitalization treatment. */
  public Optional<String> postpartumDiagnosis() {
    return text("57076-2", "DE05.10.007.00");
  }

  /** 产后观察日期时间 ({@code DE06.00.218.00}, TS), section 57076-2 postpartum hospitalization treatment. */
  public Optional<PointInTime> procedureEndDateTimeInPostpartumHospitalizationTreatment() {
    return value("57076-2", "DE06.00.218.00", PointInTime.class);
  }

  /** 产后检查时间(min) ({@code DE04.10.246.00}, PQ), section 57076-2 postpartum hospitalization treatment, unit min. */
  public List<PhysicalQuantity> postpartumCheckTime() {
    return valueList("57076-2", "DE04.10.246.00", PhysicalQuantity.class);
  }

  /** 收缩压 ({@code DE04.10.174.00}, PQ), section 57076-2 postpartum hospitalization treatment, unit mmHg. */
  public Optional<PhysicalQuantity> systolicBloodPressure() {
    return value("57076-2", "DE04.10.174.00", PhysicalQuantity.class);
  }

  /** The PostpartumHospitalizationTreatmentGroup groups of section 57076-2, in document order. */
  public List<PostpartumHospitalizationTreatmentGroup> postpartumHospitalizationTreatmentGroupList() {
    return groups("57076-2", "ORGANIZER", PostpartumHospitalizationTreatmentGroup::new);
  }

  /** 舒张压 ({@code DE04.10.176.00}, PQ), section 57076-2 postpartum hospitalization treatment, unit mmHg. */
  public Optional<PhysicalQuantity> diastolicBloodPressure() {
    return value("57076-2", "DE04.10.176.00", PhysicalQuantity.class);
  }

  /** 产后脉搏(次/min) ({@code DE04.10.118.00}, PQ), section 57076-2 postpartum hospitalization treatment, unit 次/min. */
  public List<PhysicalQuantity> pulseRate() {
    return valueList("57076-2", "DE04.10.118.00", PhysicalQuantity.class);
  }

  /** 产后心率(次/min) ({@code DE04.10.206.00}, PQ), section 57076-2 postpartum hospitalization treatment, unit 次/min. */
  public List<PhysicalQuantity> heartRate() {
    return valueList("57076-2", "DE04.10.206.00", PhysicalQuantity.class);
  }

  /** 产后出血量(mL) ({@code DE04.10.012.00}, PQ), section 57076-2 postpartum hospitalization treatment, unit ml. */
  public List<PhysicalQuantity> postpartumBloodLoss() {
    return valueList("57076-2", "DE04.10.012.00", PhysicalQuantity.class);
  }

  /** 产后宫缩 ({@code DE04.10.245.00}, ST), section 57076-2 postpartum hospitalization treatment. */
  public Optional<String> uterineContractionStatus() {
    return text("57076-2", "DE04.10.245.00");
  }

  /** 产后宫底高度(cm) ({@code DE04.10.067.00}, PQ), section 57076-2 postpartum hospitalization treatment, unit cm. */
  public List<PhysicalQuantity> fundalHeight() {
    return valueList("57076-2", "DE04.10.067.00", PhysicalQuantity.class);
  }

  /** 新生儿性别代码 ({@code DE02.01.040.00}, CD), section 57075-4 newborn delivery information, value set {@code 2.16.156.10011.2.3.3.4}. */
  public Optional<CodedValue> genderCode() {
    return value("57075-4", "DE02.01.040.00", CodedValue.class);
  }

  /** 新生儿出生体重(g) ({@code DE04.10.019.00}, PQ), section 57075-4 newborn delivery information, unit g. */
  public List<PhysicalQuantity> newbornBirthWeight() {
    return valueList("57075-4", "DE04.10.019.00", PhysicalQuantity.class);
  }

  /** 新生儿出生身长(cm) ({@code DE04.10.018.00}, PQ), section 57075-4 newborn delivery information, unit cm. */
  public List<PhysicalQuantity> newbornBirthLength() {
    return valueList("57075-4", "DE04.10.018.00", PhysicalQuantity.class);
  }

  /** 产瘤大小 ({@code DE05.10.168.00}, ST), section 57075-4 newborn delivery information. */
  public Optional<String> caputSuccedaneumSize() {
    return text("57075-4", "DE05.10.168.00");
  }

  /** 产瘤部位 ({@code DE05.10.167.00}, ST), section 57075-4 newborn delivery information. */
  public Optional<String> caputSuccedaneumSite() {
    return text("57075-4", "DE05.10.167.00");
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

    /** 收缩压 ({@code DE04.10.174.00}, PQ, unit mmHg). */
    public PostpartumHospitalizationTreatmentGroup systolicBloodPressure(BigDecimal value) {
      return with("DE04.10.174.00", PhysicalQuantity.of(value, "mmHg"));
    }

    /** 收缩压 ({@code DE04.10.174.00}, PQ, unit mmHg). */
    public PostpartumHospitalizationTreatmentGroup systolicBloodPressure(PhysicalQuantity value) {
      return with("DE04.10.174.00", value);
    }

    /** 收缩压 ({@code DE04.10.174.00}). */
    public Optional<PhysicalQuantity> systolicBloodPressure() {
      return value("DE04.10.174.00", PhysicalQuantity.class);
    }

    /** 舒张压 ({@code DE04.10.176.00}, PQ, unit mmHg). */
    public PostpartumHospitalizationTreatmentGroup diastolicBloodPressure(BigDecimal value) {
      return with("DE04.10.176.00", PhysicalQuantity.of(value, "mmHg"));
    }

    /** 舒张压 ({@code DE04.10.176.00}, PQ, unit mmHg). */
    public PostpartumHospitalizationTreatmentGroup diastolicBloodPressure(PhysicalQuantity value) {
      return with("DE04.10.176.00", value);
    }

    /** 舒张压 ({@code DE04.10.176.00}). */
    public Optional<PhysicalQuantity> diastolicBloodPressure() {
      return value("DE04.10.176.00", PhysicalQuantity.class);
    }
  }

  /** Builds a {@link CesareanSectionRecord}. Thread safety: not thread-safe. */
  public static final class Builder extends TypedDocument.Builder<CesareanSectionRecord, Builder> {
    private Builder() {
      super(documentSpec());
    }

    @Override
    protected CesareanSectionRecord create(ClinicalDocument document) {
      return new CesareanSectionRecord(document);
    }

    /** 待产日期时间 ({@code DE06.00.197.00}, TS), section 47519-4 HISTORY OF PROCEDURES. */
    public Builder awaitingDeliveryDateTime(LocalDate value) {
      return set("47519-4", "DE06.00.197.00", PointInTime.of(value));
    }

    /** 待产日期时间 ({@code DE06.00.197.00}, TS), section 47519-4 HISTORY OF PROCEDURES. */
    public Builder awaitingDeliveryDateTime(LocalDateTime value) {
      return set("47519-4", "DE06.00.197.00", PointInTime.of(value));
    }

    /** 待产日期时间 ({@code DE06.00.197.00}, TS), section 47519-4 HISTORY OF PROCEDURES. */
    public Builder awaitingDeliveryDateTime(PointInTime value) {
      return set("47519-4", "DE06.00.197.00", value);
    }

    /** 胎膜完整情况标志 ({@code DE05.10.156.00}, BL), section 47519-4 HISTORY OF PROCEDURES. */
    public Builder membraneIntactFlag(boolean value) {
      return set("47519-4", "DE05.10.156.00", BooleanValue.of(value));
    }

    /** 脐带长度(cm) ({@code DE04.30.055.00}, PQ), section 47519-4 HISTORY OF PROCEDURES, unit cm. */
    public Builder addUmbilicalCordLength(BigDecimal value) {
      return add("47519-4", "DE04.30.055.00", quantity("47519-4", "DE04.30.055.00", value));
    }

    /** 脐带长度(cm) ({@code DE04.30.055.00}, PQ), section 47519-4 HISTORY OF PROCEDURES, unit cm. */
    public Builder addUmbilicalCordLength(PhysicalQuantity value) {
      return add("47519-4", "DE04.30.055.00", value);
    }

    /** 绕颈身(周) ({@code DE04.30.059.00}, PQ), section 47519-4 HISTORY OF PROCEDURES, unit 周. */
    public Builder addCordAroundNeckTurns(BigDecimal value) {
      return add("47519-4", "DE04.30.059.00", quantity("47519-4", "DE04.30.059.00", value));
    }

    /** 绕颈身(周) ({@code DE04.30.059.00}, PQ), section 47519-4 HISTORY OF PROCEDURES, unit 周. */
    public Builder addCordAroundNeckTurns(PhysicalQuantity value) {
      return add("47519-4", "DE04.30.059.00", value);
    }

    /** 产前诊断 ({@code DE05.10.109.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
    public Builder prenatalDiagnosis(String value) {
      return set("47519-4", "DE05.10.109.00", Text.of(value));
    }

    /** 手术指征 ({@code DE06.00.340.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
    public Builder indication(String value) {
      return set("47519-4", "DE06.00.340.00", Text.of(value));
    }

    /** 手术开始日期 ({@code DE06.00.221.00}, TS), section 47519-4 HISTORY OF PROCEDURES. */
    public Builder addProcedureStartDateTime(LocalDate value) {
      return add("47519-4", "DE06.00.221.00", PointInTime.of(value));
    }

    /** 手术开始日期 ({@code DE06.00.221.00}, TS), section 47519-4 HISTORY OF PROCEDURES. */
    public Builder addProcedureStartDateTime(LocalDateTime value) {
      return add("47519-4", "DE06.00.221.00", PointInTime.of(value));
    }

    /** 手术开始日期 ({@code DE06.00.221.00}, TS), section 47519-4 HISTORY OF PROCEDURES. */
    public Builder addProcedureStartDateTime(PointInTime value) {
      return add("47519-4", "DE06.00.221.00", value);
    }

    /** 麻醉方法代码 ({@code DE06.00.073.00}, CD), section 47519-4 HISTORY OF PROCEDURES, value set {@code 2.16.156.10011.2.3.1.159}. */
    public Builder anesthesiaMethodCode(Coded value) {
      return set("47519-4", "DE06.00.073.00", CodedValue.of(value));
    }

    /** 麻醉体位 ({@code DE04.10.260.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
    public Builder anesthesiaPosition(String value) {
      return set("47519-4", "DE04.10.260.00", Text.of(value));
    }

    /** 麻醉效果 ({@code DE06.00.253.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
    public Builder anesthesiaEffect(String value) {
      return set("47519-4", "DE06.00.253.00", Text.of(value));
    }

    /** 剖宫产手术过程 ({@code DE05.10.063.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
    public Builder operationDescription(String value) {
      return set("47519-4", "DE05.10.063.00", Text.of(value));
    }

    /** 子宫情况 ({@code DE04.10.233.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
    public Builder addUterusCondition(String value) {
      return add("47519-4", "DE04.10.233.00", Text.of(value));
    }

    /** 胎儿娩出方式 ({@code DE05.10.173.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
    public Builder fetalDeliveryMethod(String value) {
      return set("47519-4", "DE05.10.173.00", Text.of(value));
    }

    /** 胎盘黄染 ({@code DE05.10.153.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
    public Builder addPlacentaStaining(String value) {
      return add("47519-4", "DE05.10.153.00", Text.of(value));
    }

    /** 脐带缠绕情况 ({@code DE04.30.054.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
    public Builder umbilicalCordEntanglement(String value) {
      return set("47519-4", "DE04.30.054.00", Text.of(value));
    }

    /** 脐带扭转(周) ({@code DE04.30.056.00}, PQ), section 47519-4 HISTORY OF PROCEDURES, unit 周. */
    public Builder addUmbilicalCordTwists(BigDecimal value) {
      return add("47519-4", "DE04.30.056.00", quantity("47519-4", "DE04.30.056.00", value));
    }

    /** 脐带扭转(周) ({@code DE04.30.056.00}, PQ), section 47519-4 HISTORY OF PROCEDURES, unit 周. */
    public Builder addUmbilicalCordTwists(PhysicalQuantity value) {
      return add("47519-4", "DE04.30.056.00", value);
    }

    /** 存脐带血情况标志 ({@code DE04.50.138.00}, BL), section 47519-4 HISTORY OF PROCEDURES. */
    public Builder cordBloodStoredFlag(boolean value) {
      return set("47519-4", "DE04.50.138.00", BooleanValue.of(value));
    }

    /** 子宫壁缝合情况 ({@code DE06.00.200.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
    public Builder sutureStatus(String value) {
      return set("47519-4", "DE06.00.200.00", Text.of(value));
    }

    /** 宫缩剂名称 ({@code DE08.50.022.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
    public Builder addMedicationName(String value) {
      return add("47519-4", "DE08.50.022.00", Text.of(value));
    }

    /** 宫缩剂使用方法 ({@code DE06.00.136.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
    public Builder medicationUsage(String value) {
      return set("47519-4", "DE06.00.136.00", Text.of(value));
    }

    /** 手术用药量 ({@code DE06.00.293.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
    public Builder intraoperativeMedicationDose(String value) {
      return set("47519-4", "DE06.00.293.00", Text.of(value));
    }

    /** 腹腔探查附件 ({@code DE04.10.042.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
    public Builder adnexaExplorationFindings(String value) {
      return set("47519-4", "DE04.10.042.00", Text.of(value));
    }

    /** 宫腔探查异常情况标志 ({@code DE04.30.053.00}, BL), section 47519-4 HISTORY OF PROCEDURES. */
    public Builder uterineCavityAbnormalFlag(boolean value) {
      return set("47519-4", "DE04.30.053.00", BooleanValue.of(value));
    }

    /** 宫腔探查肌瘤标志 ({@code DE05.10.166.00}, BL), section 47519-4 HISTORY OF PROCEDURES. */
    public Builder uterineFibroidFlag(boolean value) {
      return set("47519-4", "DE05.10.166.00", BooleanValue.of(value));
    }

    /** 宫腔探查处理情况 ({@code DE04.30.052.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
    public Builder uterineCavityExplorationTreatment(String value) {
      return set("47519-4", "DE04.30.052.00", Text.of(value));
    }

    /** 手术时产妇情况 ({@code DE05.10.134.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
    public Builder conditionChange(String value) {
      return set("47519-4", "DE05.10.134.00", Text.of(value));
    }

    /** 出血量(mL) ({@code DE06.00.097.00}, PQ), section 47519-4 HISTORY OF PROCEDURES, unit mL. */
    public Builder addBloodLoss(BigDecimal value) {
      return add("47519-4", "DE06.00.097.00", quantity("47519-4", "DE06.00.097.00", value));
    }

    /** 出血量(mL) ({@code DE06.00.097.00}, PQ), section 47519-4 HISTORY OF PROCEDURES, unit mL. */
    public Builder addBloodLoss(PhysicalQuantity value) {
      return add("47519-4", "DE06.00.097.00", value);
    }

    /** 输血成分 ({@code DE06.00.262.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
    public Builder transfusionComponent(String value) {
      return set("47519-4", "DE06.00.262.00", Text.of(value));
    }

    /** 输血量(mL) ({@code DE06.00.267.00}, PQ), section 47519-4 HISTORY OF PROCEDURES, unit mL. */
    public Builder addTransfusionVolume(BigDecimal value) {
      return add("47519-4", "DE06.00.267.00", quantity("47519-4", "DE06.00.267.00", value));
    }

    /** 输血量(mL) ({@code DE06.00.267.00}, PQ), section 47519-4 HISTORY OF PROCEDURES, unit mL. */
    public Builder addTransfusionVolume(PhysicalQuantity value) {
      return add("47519-4", "DE06.00.267.00", value);
    }

    /** 输液量(mL) ({@code DE06.00.268.00}, PQ), section 47519-4 HISTORY OF PROCEDURES, unit mL. */
    public Builder addInfusionVolume(BigDecimal value) {
      return add("47519-4", "DE06.00.268.00", quantity("47519-4", "DE06.00.268.00", value));
    }

    /** 输液量(mL) ({@code DE06.00.268.00}, PQ), section 47519-4 HISTORY OF PROCEDURES, unit mL. */
    public Builder addInfusionVolume(PhysicalQuantity value) {
      return add("47519-4", "DE06.00.268.00", value);
    }

    /** 供氧时间(min) ({@code DE06.00.318.00}, PQ), section 47519-4 HISTORY OF PROCEDURES, unit min. */
    public Builder addOxygenSupplyDuration(BigDecimal value) {
      return add("47519-4", "DE06.00.318.00", quantity("47519-4", "DE06.00.318.00", value));
    }

    /** 供氧时间(min) ({@code DE06.00.318.00}, PQ), section 47519-4 HISTORY OF PROCEDURES, unit min. */
    public Builder addOxygenSupplyDuration(PhysicalQuantity value) {
      return add("47519-4", "DE06.00.318.00", value);
    }

    /** 其他情况 ({@code DE06.00.179.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
    public Builder remarks(String value) {
      return set("47519-4", "DE06.00.179.00", Text.of(value));
    }

    /** 手术结束日期时间 ({@code DE06.00.218.00}, TS), section 47519-4 HISTORY OF PROCEDURES. */
    public Builder procedureEndDateTimeInHistoryOfProcedures(LocalDate value) {
      return set("47519-4", "DE06.00.218.00", PointInTime.of(value));
    }

    /** 手术结束日期时间 ({@code DE06.00.218.00}, TS), section 47519-4 HISTORY OF PROCEDURES. */
    public Builder procedureEndDateTimeInHistoryOfProcedures(LocalDateTime value) {
      return set("47519-4", "DE06.00.218.00", PointInTime.of(value));
    }

    /** 手术结束日期时间 ({@code DE06.00.218.00}, TS), section 47519-4 HISTORY OF PROCEDURES. */
    public Builder procedureEndDateTimeInHistoryOfProcedures(PointInTime value) {
      return set("47519-4", "DE06.00.218.00", value);
    }

    /** 手术全程时间(min) ({@code DE06.00.259.00}, PQ), section 47519-4 HISTORY OF PROCEDURES, unit min. */
    public Builder addOperationDuration(BigDecimal value) {
      return add("47519-4", "DE06.00.259.00", quantity("47519-4", "DE06.00.259.00", value));
    }

    /** 手术全程时间(min) ({@code DE06.00.259.00}, PQ), section 47519-4 HISTORY OF PROCEDURES, unit min. */
    public Builder addOperationDuration(PhysicalQuantity value) {
      return add("47519-4", "DE06.00.259.00", value);
    }

    /** 胎方位代码 ({@code DE05.01.044.00}, CD), section 47519-4 HISTORY OF PROCEDURES, value set {@code 2.16.156.10011.2.3.1.106}. */
    public Builder fetalPositionCode(Coded value) {
      return set("47519-4", "DE05.01.044.00", CodedValue.of(value));
    }

    /** Appends one {@link Operation}: all its values as one unit. */
    public Builder addOperation(Operation group) {
      return addGroup(group);
    }

    /** 产后诊断 ({@code DE05.10.007.00}, ST), section 57076-2 postpartum hospitalization treatment. */
    public Builder postpartumDiagnosis(String value) {
      return set("57076-2", "DE05.10.007.00", Text.of(value));
    }

    /** 产后观察日期时间 ({@code DE06.00.218.00}, TS), section 57076-2 postpartum hospitalization treatment. */
    public Builder procedureEndDateTimeInPostpartumHospitalizationTreatment(LocalDate value) {
      return set("57076-2", "DE06.00.218.00", PointInTime.of(value));
    }

    /** 产后观察日期时间 ({@code DE06.00.218.00}, TS), section 57076-2 postpartum hospitalization treatment. */
    public Builder procedureEndDateTimeInPostpartumHospitalizationTreatment(LocalDateTime value) {
      return set("57076-2", "DE06.00.218.00", PointInTime.of(value));
    }

    /** 产后观察日期时间 ({@code DE06.00.218.00}, TS), section 57076-2 postpartum hospitalization treatment. */
    public Builder procedureEndDateTimeInPostpartumHospitalizationTreatment(PointInTime value) {
      return set("57076-2", "DE06.00.218.00", value);
    }

    /** 产后检查时间(min) ({@code DE04.10.246.00}, PQ), section 57076-2 postpartum hospitalization treatment, unit min. */
    public Builder addPostpartumCheckTime(BigDecimal value) {
      return add("57076-2", "DE04.10.246.00", quantity("57076-2", "DE04.10.246.00", value));
    }

    /** 产后检查时间(min) ({@code DE04.10.246.00}, PQ), section 57076-2 postpartum hospitalization treatment, unit min. */
    public Builder addPostpartumCheckTime(PhysicalQuantity value) {
      return add("57076-2", "DE04.10.246.00", value);
    }

    /** Sets the one {@link PostpartumHospitalizationTreatmentGroup}, replacing any before. */
    public Builder postpartumHospitalizationTreatmentGroup(PostpartumHospitalizationTreatmentGroup group) {
      return setGroup(group);
    }

    /** 产后脉搏(次/min) ({@code DE04.10.118.00}, PQ), section 57076-2 postpartum hospitalization treatment, unit 次/min. */
    public Builder addPulseRate(BigDecimal value) {
      return add("57076-2", "DE04.10.118.00", quantity("57076-2", "DE04.10.118.00", value));
    }

    /** 产后脉搏(次/min) ({@code DE04.10.118.00}, PQ), section 57076-2 postpartum hospitalization treatment, unit 次/min. */
    public Builder addPulseRate(PhysicalQuantity value) {
      return add("57076-2", "DE04.10.118.00", value);
    }

    /** 产后心率(次/min) ({@code DE04.10.206.00}, PQ), section 57076-2 postpartum hospitalization treatment, unit 次/min. */
    public Builder addHeartRate(BigDecimal value) {
      return add("57076-2", "DE04.10.206.00", quantity("57076-2", "DE04.10.206.00", value));
    }

    /** 产后心率(次/min) ({@code DE04.10.206.00}, PQ), section 57076-2 postpartum hospitalization treatment, unit 次/min. */
    public Builder addHeartRate(PhysicalQuantity value) {
      return add("57076-2", "DE04.10.206.00", value);
    }

    /** 产后出血量(mL) ({@code DE04.10.012.00}, PQ), section 57076-2 postpartum hospitalization treatment, unit ml. */
    public Builder addPostpartumBloodLoss(BigDecimal value) {
      return add("57076-2", "DE04.10.012.00", quantity("57076-2", "DE04.10.012.00", value));
    }

    /** 产后出血量(mL) ({@code DE04.10.012.00}, PQ), section 57076-2 postpartum hospitalization treatment, unit ml. */
    public Builder addPostpartumBloodLoss(PhysicalQuantity value) {
      return add("57076-2", "DE04.10.012.00", value);
    }

    /** 产后宫缩 ({@code DE04.10.245.00}, ST), section 57076-2 postpartum hospitalization treatment. */
    public Builder uterineContractionStatus(String value) {
      return set("57076-2", "DE04.10.245.00", Text.of(value));
    }

    /** 产后宫底高度(cm) ({@code DE04.10.067.00}, PQ), section 57076-2 postpartum hospitalization treatment, unit cm. */
    public Builder addFundalHeight(BigDecimal value) {
      return add("57076-2", "DE04.10.067.00", quantity("57076-2", "DE04.10.067.00", value));
    }

    /** 产后宫底高度(cm) ({@code DE04.10.067.00}, PQ), section 57076-2 postpartum hospitalization treatment, unit cm. */
    public Builder addFundalHeight(PhysicalQuantity value) {
      return add("57076-2", "DE04.10.067.00", value);
    }

    /** 新生儿性别代码 ({@code DE02.01.040.00}, CD), section 57075-4 newborn delivery information, value set {@code 2.16.156.10011.2.3.3.4}. */
    public Builder genderCode(Coded value) {
      return set("57075-4", "DE02.01.040.00", CodedValue.of(value));
    }

    /** 新生儿出生体重(g) ({@code DE04.10.019.00}, PQ), section 57075-4 newborn delivery information, unit g. */
    public Builder addNewbornBirthWeight(BigDecimal value) {
      return add("57075-4", "DE04.10.019.00", quantity("57075-4", "DE04.10.019.00", value));
    }

    /** 新生儿出生体重(g) ({@code DE04.10.019.00}, PQ), section 57075-4 newborn delivery information, unit g. */
    public Builder addNewbornBirthWeight(PhysicalQuantity value) {
      return add("57075-4", "DE04.10.019.00", value);
    }

    /** 新生儿出生身长(cm) ({@code DE04.10.018.00}, PQ), section 57075-4 newborn delivery information, unit cm. */
    public Builder addNewbornBirthLength(BigDecimal value) {
      return add("57075-4", "DE04.10.018.00", quantity("57075-4", "DE04.10.018.00", value));
    }

    /** 新生儿出生身长(cm) ({@code DE04.10.018.00}, PQ), section 57075-4 newborn delivery information, unit cm. */
    public Builder addNewbornBirthLength(PhysicalQuantity value) {
      return add("57075-4", "DE04.10.018.00", value);
    }

    /** 产瘤大小 ({@code DE05.10.168.00}, ST), section 57075-4 newborn delivery information. */
    public Builder caputSuccedaneumSize(String value) {
      return set("57075-4", "DE05.10.168.00", Text.of(value));
    }

    /** 产瘤部位 ({@code DE05.10.167.00}, ST), section 57075-4 newborn delivery information. */
    public Builder caputSuccedaneumSite(String value) {
      return set("57075-4", "DE05.10.167.00", Text.of(value));
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
