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
 * WS/T 500.17-2016 一般护理记录 (General nursing record): document code {@code C0017}, templateId {@code 2.16.156.10011.2.1.1.37}.
 *
 * <p>Unconfirmed in the spec data: cardinalities (the public samples show presence only); 2 of 12 sections; 23 of 40 entries.
 *
 * <p>Generated from the document spec by TypedDocumentGenerator; do not edit.
 *
 * <p>Thread safety: immutable; the builder is not thread-safe.
 *
 * @since 0.1.0
 */
public final class GeneralNursingRecord extends TypedDocument {
  /** The document code. */
  public static final String CODE = "C0017";
  /** The templateId OID. */
  public static final String TEMPLATE_ID = "2.16.156.10011.2.1.1.37";

  private GeneralNursingRecord(ClinicalDocument document) {
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
   * @throws io.hdx.model.ValidationException when the document is not a C0017
   */
  public static GeneralNursingRecord from(ClinicalDocument document) {
    return new GeneralNursingRecord(document);
  }

  /** 疾病诊断编码 ({@code DE05.01.024.00}, CD), section 29548-5 Diagnosis, value set {@code 2.16.156.10011.2.3.3.11}. */
  public Optional<CodedValue> diagnosisCode() {
    return value("29548-5", "DE05.01.024.00", CodedValue.class);
  }

  /** 过敏史描述 ({@code DE02.10.022.00}, ST), section 48765-2 Allergies,adverse reactions,alerts. */
  public Optional<String> allergyHistory() {
    return text("48765-2", "DE02.10.022.00");
  }

  /** 体重(kg) ({@code DE04.10.188.00}, PQ), section 8716-3 VITAL SIGNS, unit kg. */
  public List<PhysicalQuantity> bodyWeight() {
    return valueList("8716-3", "DE04.10.188.00", PhysicalQuantity.class);
  }

  /** 体温(C) ({@code DE04.10.186.00}, PQ), section 8716-3 VITAL SIGNS, unit C. */
  public List<PhysicalQuantity> bodyTemperature() {
    return valueList("8716-3", "DE04.10.186.00", PhysicalQuantity.class);
  }

  /** 呼吸频率(次/min) ({@code DE04.10.081.00}, PQ), section 8716-3 VITAL SIGNS, unit 次/min. */
  public List<PhysicalQuantity> respiratoryRate() {
    return valueList("8716-3", "DE04.10.081.00", PhysicalQuantity.class);
  }

  /** 脉率(次/min) ({@code DE04.10.118.00}, PQ), section 8716-3 VITAL SIGNS, unit 次/min. */
  public List<PhysicalQuantity> pulseRate() {
    return valueList("8716-3", "DE04.10.118.00", PhysicalQuantity.class);
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

  /** 血氧饱和度(%) ({@code DE04.50.149.00}, PQ), section 8716-3 VITAL SIGNS, unit %. */
  public List<PhysicalQuantity> oxygenSaturation() {
    return valueList("8716-3", "DE04.50.149.00", PhysicalQuantity.class);
  }

  /** 足背动脉搏动标志 ({@code DE04.10.237.00}, BL), section 10196-4 EXTREMITIES. */
  public Optional<Boolean> dorsalisPedisPulseFlag() {
    return bool("10196-4", "DE04.10.237.00");
  }

  /** 饮食情况代码 ({@code DE03.00.080.00}, CD), section 51848-0 Assessment note, value set {@code 2.16.156.10011.2.3.2.34}. */
  public Optional<CodedValue> dietStatusCode() {
    return value("51848-0", "DE03.00.080.00", CodedValue.class);
  }

  /** 饮食指导代码 ({@code DE06.00.291.00}, CD), section 69730-0 Instructions, value set {@code 2.16.156.10011.2.3.1.263}. */
  public Optional<CodedValue> dietGuidanceCode() {
    return value("69730-0", "DE06.00.291.00", CodedValue.class);
  }

  /** 护理等级代码 ({@code DE06.00.211.00}, CD), section - 护理记录, value set {@code 2.16.156.10011.2.3.1.259}. */
  public Optional<CodedValue> nursingLevelCode() {
    return value("护理记录", "DE06.00.211.00", CodedValue.class);
  }

  /** 护理类型代码 ({@code DE06.00.212.00}, CD), section - 护理记录, value set {@code 2.16.156.10011.2.3.1.259}. */
  public Optional<CodedValue> nursingTypeCode() {
    return value("护理记录", "DE06.00.212.00", CodedValue.class);
  }

  /** 导管护理描述 ({@code DE06.00.209.00}, ST), section - 护理记录. */
  public List<Text> nursingProcedureResultInSection7() {
    return valueList("护理记录", "DE06.00.209.00", Text.class);
  }

  /** 气管护理代码 ({@code DE06.00.229.00}, CD), section - 护理记录, value set {@code 2.16.156.10011.2.3.2.50}. */
  public Optional<CodedValue> trachealCareCode() {
    return value("护理记录", "DE06.00.229.00", CodedValue.class);
  }

  /** 体位护理 ({@code DE04.10.259.00}, ST), section - 护理记录. */
  public Optional<String> positioningCare() {
    return text("护理记录", "DE04.10.259.00");
  }

  /** 皮肤护理 ({@code DE04.50.068.00}, ST), section - 护理记录. */
  public Optional<String> skinCare() {
    return text("护理记录", "DE04.50.068.00");
  }

  /** 营养护理 ({@code DE06.00.292.00}, ST), section - 护理记录. */
  public Optional<String> nutritionCare() {
    return text("护理记录", "DE06.00.292.00");
  }

  /** 心理护理代码 ({@code DE06.00.283.00}, CD), section - 护理记录, value set {@code 2.16.156.10011.2.3.2.51}. */
  public Optional<CodedValue> psychologicalCareCode() {
    return value("护理记录", "DE06.00.283.00", CodedValue.class);
  }

  /** 安全护理代码 ({@code DE06.00.178.00}, CD), section - 护理记录, value set {@code 2.16.156.10011.2.3.2.52}. */
  public Optional<CodedValue> safetyCareCode() {
    return value("护理记录", "DE06.00.178.00", CodedValue.class);
  }

  /** 简要病情 ({@code DE06.00.181.00}, ST), section - 护理记录. */
  public Optional<String> recordContentInSection7() {
    return text("护理记录", "DE06.00.181.00");
  }

  /** 护理观察项目名称 ({@code DE02.10.031.00}, ST), section - 护理记录. */
  public Optional<String> observationItemNameInSection7() {
    return text("护理记录", "DE02.10.031.00");
  }

  /** 护理观察结果 ({@code DE02.10.028.00}, ST), section - 护理记录. */
  public Optional<String> observationResultInSection7() {
    return text("护理记录", "DE02.10.028.00");
  }

  /** 护理操作名称 ({@code DE06.00.342.00}, ST), section - 护理记录. */
  public Optional<String> nursingProcedureNameInSection7() {
    return text("护理记录", "DE06.00.342.00");
  }

  /** 护理操作项目类目名称 ({@code DE06.00.210.00}, ST), section - 护理记录. */
  public Optional<String> nursingProcedureCategoryInSection7() {
    return text("护理记录", "DE06.00.210.00");
  }

  /** 发出手术安全核对表标志 ({@code DE06.00.204.00}, BL), section - 护理记录. */
  public List<BooleanValue> safetyChecklistIssuedFlagInSection7() {
    return valueList("护理记录", "DE06.00.204.00", BooleanValue.class);
  }

  /** 收回手术安全核对表标志 ({@code DE06.00.338.00}, BL), section - 护理记录. */
  public List<BooleanValue> safetyChecklistReturnedFlagInSection7() {
    return valueList("护理记录", "DE06.00.338.00", BooleanValue.class);
  }

  /** 隔离标志 ({@code DE06.00.201.00}, BL), section - 护理记录. */
  public Optional<Boolean> isolationFlagInSection7() {
    return bool("护理记录", "DE06.00.201.00");
  }

  /** 隔离种类代码 ({@code DE06.00.202.00}, CD), section - 护理记录, value set {@code 2.16.156.10011.2.3.1.261}. */
  public Optional<CodedValue> isolationTypeCodeInSection7() {
    return value("护理记录", "DE06.00.202.00", CodedValue.class);
  }

  /** 急诊抢救记录 ({@code DE06.00.181.00}, ST), section - 护理观察. */
  public Optional<String> recordContentInSection8() {
    return text("护理观察", "DE06.00.181.00");
  }

  /** 护理观察项目名称 ({@code DE02.10.031.00}, ST), section - 护理观察. */
  public Optional<String> observationItemNameInSection8() {
    return text("护理观察", "DE02.10.031.00");
  }

  /** The ObservationItemNameInSection8Group groups of section 护理观察, in document order. */
  public List<ObservationItemNameInSection8Group> observationItemNameInSection8GroupList() {
    return groups("护理观察", "DE02.10.031.00", ObservationItemNameInSection8Group::new);
  }

  /** 中医“四诊”观察结果 ({@code DE02.10.028.00}, ST), section - 护理观察. */
  public Optional<String> observationResultInSection8() {
    return text("护理观察", "DE02.10.028.00");
  }

  /** 护理操作名称 ({@code DE06.00.342.00}, ST), section - 护理操作. */
  public Optional<String> nursingProcedureNameInSection9() {
    return text("护理操作", "DE06.00.342.00");
  }

  /** The NursingProcedureNameInSection9Group groups of section 护理操作, in document order. */
  public List<NursingProcedureNameInSection9Group> nursingProcedureNameInSection9GroupList() {
    return groups("护理操作", "DE06.00.342.00", NursingProcedureNameInSection9Group::new);
  }

  /** 护理操作项目类目名称 ({@code DE06.00.210.00}, ST), section - 护理操作. */
  public Optional<String> nursingProcedureCategoryInSection9() {
    return text("护理操作", "DE06.00.210.00");
  }

  /** 护理操作结果 ({@code DE06.00.209.00}, ST), section - 护理操作. */
  public Optional<String> nursingProcedureResultInSection9() {
    return text("护理操作", "DE06.00.209.00");
  }

  /** 发出手术安全核对表标志 ({@code DE06.00.204.00}, BL), section - 手术评估标志. */
  public Optional<Boolean> safetyChecklistIssuedFlagInSection10() {
    return bool("手术评估标志", "DE06.00.204.00");
  }

  /** 收回手术安全核对表标志 ({@code DE06.00.338.00}, BL), section - 手术评估标志. */
  public Optional<Boolean> safetyChecklistReturnedFlagInSection10() {
    return bool("手术评估标志", "DE06.00.338.00");
  }

  /** 隔离标志 ({@code DE06.00.201.00}, BL), section - 护理隔离. */
  public Optional<Boolean> isolationFlagInSection12() {
    return bool("护理隔离", "DE06.00.201.00");
  }

  /** The IsolationFlagInSection12Group groups of section 护理隔离, in document order. */
  public List<IsolationFlagInSection12Group> isolationFlagInSection12GroupList() {
    return groups("护理隔离", "DE06.00.201.00", IsolationFlagInSection12Group::new);
  }

  /** 隔离种类代码 ({@code DE06.00.202.00}, CD), section - 护理隔离, value set {@code 2.16.156.10011.2.3.1.261}. */
  public Optional<CodedValue> isolationTypeCodeInSection12() {
    return value("护理隔离", "DE06.00.202.00", CodedValue.class);
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
  public static final class ObservationItemNameInSection8Group extends TypedGroup<ObservationItemNameInSection8Group> {
    private ObservationItemNameInSection8Group() {
      super("护理观察", "DE02.10.031.00");
    }

    @Override
    protected ObservationItemNameInSection8Group blank() {
      return new ObservationItemNameInSection8Group();
    }

    /** A group with its head 护理观察项目名称 ({@code DE02.10.031.00}). */
    public static ObservationItemNameInSection8Group of(String value) {
      return new ObservationItemNameInSection8Group().with("DE02.10.031.00", Text.of(value));
    }

    /** 中医“四诊”观察结果 ({@code DE02.10.028.00}, ST). */
    public ObservationItemNameInSection8Group observationResultInSection8(String value) {
      return with("DE02.10.028.00", Text.of(value));
    }

    /** 中医“四诊”观察结果 ({@code DE02.10.028.00}). */
    public Optional<Text> observationResultInSection8() {
      return value("DE02.10.028.00", Text.class);
    }

    /** 护理观察项目名称 ({@code DE02.10.031.00}). */
    public Optional<Text> observationItemNameInSection8() {
      return value("DE02.10.031.00", Text.class);
    }
  }

  /**
   * One group of section 护理操作 护理操作: 护理操作名称 with the data nested in it, written as one unit (document layout group {@code DE06.00.342.00}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class NursingProcedureNameInSection9Group extends TypedGroup<NursingProcedureNameInSection9Group> {
    private NursingProcedureNameInSection9Group() {
      super("护理操作", "DE06.00.342.00");
    }

    @Override
    protected NursingProcedureNameInSection9Group blank() {
      return new NursingProcedureNameInSection9Group();
    }

    /** A group with its head 护理操作名称 ({@code DE06.00.342.00}). */
    public static NursingProcedureNameInSection9Group of(String value) {
      return new NursingProcedureNameInSection9Group().with("DE06.00.342.00", Text.of(value));
    }

    /** 护理操作项目类目名称 ({@code DE06.00.210.00}, ST). */
    public NursingProcedureNameInSection9Group nursingProcedureCategoryInSection9(String value) {
      return with("DE06.00.210.00", Text.of(value));
    }

    /** 护理操作项目类目名称 ({@code DE06.00.210.00}). */
    public Optional<Text> nursingProcedureCategoryInSection9() {
      return value("DE06.00.210.00", Text.class);
    }

    /** 护理操作结果 ({@code DE06.00.209.00}, ST). */
    public NursingProcedureNameInSection9Group nursingProcedureResultInSection9(String value) {
      return with("DE06.00.209.00", Text.of(value));
    }

    /** 护理操作结果 ({@code DE06.00.209.00}). */
    public Optional<Text> nursingProcedureResultInSection9() {
      return value("DE06.00.209.00", Text.class);
    }

    /** 护理操作名称 ({@code DE06.00.342.00}). */
    public Optional<Text> nursingProcedureNameInSection9() {
      return value("DE06.00.342.00", Text.class);
    }
  }

  /**
   * One group of section 护理隔离 护理隔离: 隔离标志 with the data nested in it, written as one unit (document layout group {@code DE06.00.201.00}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class IsolationFlagInSection12Group extends TypedGroup<IsolationFlagInSection12Group> {
    private IsolationFlagInSection12Group() {
      super("护理隔离", "DE06.00.201.00");
    }

    @Override
    protected IsolationFlagInSection12Group blank() {
      return new IsolationFlagInSection12Group();
    }

    /** A group with its head 隔离标志 ({@code DE06.00.201.00}). */
    public static IsolationFlagInSection12Group of(boolean value) {
      return new IsolationFlagInSection12Group().with("DE06.00.201.00", BooleanValue.of(value));
    }

    /** 隔离种类代码 ({@code DE06.00.202.00}, CD, value set {@code 2.16.156.10011.2.3.1.261}). */
    public IsolationFlagInSection12Group isolationTypeCodeInSection12(Coded value) {
      return with("DE06.00.202.00", CodedValue.of(value));
    }

    /** 隔离种类代码 ({@code DE06.00.202.00}). */
    public Optional<CodedValue> isolationTypeCodeInSection12() {
      return value("DE06.00.202.00", CodedValue.class);
    }

    /** 隔离标志 ({@code DE06.00.201.00}). */
    public Optional<BooleanValue> isolationFlagInSection12() {
      return value("DE06.00.201.00", BooleanValue.class);
    }
  }

  /** Builds a {@link GeneralNursingRecord}. Thread safety: not thread-safe. */
  public static final class Builder extends TypedDocument.Builder<GeneralNursingRecord, Builder> {
    private Builder() {
      super(documentSpec());
    }

    @Override
    protected GeneralNursingRecord create(ClinicalDocument document) {
      return new GeneralNursingRecord(document);
    }

    /** 疾病诊断编码 ({@code DE05.01.024.00}, CD), section 29548-5 Diagnosis, value set {@code 2.16.156.10011.2.3.3.11}. */
    public Builder diagnosisCode(Coded value) {
      return set("29548-5", "DE05.01.024.00", CodedValue.of(value));
    }

    /** 过敏史描述 ({@code DE02.10.022.00}, ST), section 48765-2 Allergies,adverse reactions,alerts. */
    public Builder allergyHistory(String value) {
      return set("48765-2", "DE02.10.022.00", Text.of(value));
    }

    /** 体重(kg) ({@code DE04.10.188.00}, PQ), section 8716-3 VITAL SIGNS, unit kg. */
    public Builder addBodyWeight(BigDecimal value) {
      return add("8716-3", "DE04.10.188.00", quantity("8716-3", "DE04.10.188.00", value));
    }

    /** 体重(kg) ({@code DE04.10.188.00}, PQ), section 8716-3 VITAL SIGNS, unit kg. */
    public Builder addBodyWeight(PhysicalQuantity value) {
      return add("8716-3", "DE04.10.188.00", value);
    }

    /** 体温(C) ({@code DE04.10.186.00}, PQ), section 8716-3 VITAL SIGNS, unit C. */
    public Builder addBodyTemperature(BigDecimal value) {
      return add("8716-3", "DE04.10.186.00", quantity("8716-3", "DE04.10.186.00", value));
    }

    /** 体温(C) ({@code DE04.10.186.00}, PQ), section 8716-3 VITAL SIGNS, unit C. */
    public Builder addBodyTemperature(PhysicalQuantity value) {
      return add("8716-3", "DE04.10.186.00", value);
    }

    /** 呼吸频率(次/min) ({@code DE04.10.081.00}, PQ), section 8716-3 VITAL SIGNS, unit 次/min. */
    public Builder addRespiratoryRate(BigDecimal value) {
      return add("8716-3", "DE04.10.081.00", quantity("8716-3", "DE04.10.081.00", value));
    }

    /** 呼吸频率(次/min) ({@code DE04.10.081.00}, PQ), section 8716-3 VITAL SIGNS, unit 次/min. */
    public Builder addRespiratoryRate(PhysicalQuantity value) {
      return add("8716-3", "DE04.10.081.00", value);
    }

    /** 脉率(次/min) ({@code DE04.10.118.00}, PQ), section 8716-3 VITAL SIGNS, unit 次/min. */
    public Builder addPulseRate(BigDecimal value) {
      return add("8716-3", "DE04.10.118.00", quantity("8716-3", "DE04.10.118.00", value));
    }

    /** 脉率(次/min) ({@code DE04.10.118.00}, PQ), section 8716-3 VITAL SIGNS, unit 次/min. */
    public Builder addPulseRate(PhysicalQuantity value) {
      return add("8716-3", "DE04.10.118.00", value);
    }

    /** Sets the one {@link VitalSignsGroup}, replacing any before. */
    public Builder vitalSignsGroup(VitalSignsGroup group) {
      return setGroup(group);
    }

    /** 血氧饱和度(%) ({@code DE04.50.149.00}, PQ), section 8716-3 VITAL SIGNS, unit %. */
    public Builder addOxygenSaturation(BigDecimal value) {
      return add("8716-3", "DE04.50.149.00", quantity("8716-3", "DE04.50.149.00", value));
    }

    /** 血氧饱和度(%) ({@code DE04.50.149.00}, PQ), section 8716-3 VITAL SIGNS, unit %. */
    public Builder addOxygenSaturation(PhysicalQuantity value) {
      return add("8716-3", "DE04.50.149.00", value);
    }

    /** 足背动脉搏动标志 ({@code DE04.10.237.00}, BL), section 10196-4 EXTREMITIES. */
    public Builder dorsalisPedisPulseFlag(boolean value) {
      return set("10196-4", "DE04.10.237.00", BooleanValue.of(value));
    }

    /** 饮食情况代码 ({@code DE03.00.080.00}, CD), section 51848-0 Assessment note, value set {@code 2.16.156.10011.2.3.2.34}. */
    public Builder dietStatusCode(Coded value) {
      return set("51848-0", "DE03.00.080.00", CodedValue.of(value));
    }

    /** 饮食指导代码 ({@code DE06.00.291.00}, CD), section 69730-0 Instructions, value set {@code 2.16.156.10011.2.3.1.263}. */
    public Builder dietGuidanceCode(Coded value) {
      return set("69730-0", "DE06.00.291.00", CodedValue.of(value));
    }

    /** 护理等级代码 ({@code DE06.00.211.00}, CD), section - 护理记录, value set {@code 2.16.156.10011.2.3.1.259}. */
    public Builder nursingLevelCode(Coded value) {
      return set("护理记录", "DE06.00.211.00", CodedValue.of(value));
    }

    /** 护理类型代码 ({@code DE06.00.212.00}, CD), section - 护理记录, value set {@code 2.16.156.10011.2.3.1.259}. */
    public Builder nursingTypeCode(Coded value) {
      return set("护理记录", "DE06.00.212.00", CodedValue.of(value));
    }

    /** 导管护理描述 ({@code DE06.00.209.00}, ST), section - 护理记录. */
    public Builder addNursingProcedureResultInSection7(String value) {
      return add("护理记录", "DE06.00.209.00", Text.of(value));
    }

    /** 气管护理代码 ({@code DE06.00.229.00}, CD), section - 护理记录, value set {@code 2.16.156.10011.2.3.2.50}. */
    public Builder trachealCareCode(Coded value) {
      return set("护理记录", "DE06.00.229.00", CodedValue.of(value));
    }

    /** 体位护理 ({@code DE04.10.259.00}, ST), section - 护理记录. */
    public Builder positioningCare(String value) {
      return set("护理记录", "DE04.10.259.00", Text.of(value));
    }

    /** 皮肤护理 ({@code DE04.50.068.00}, ST), section - 护理记录. */
    public Builder skinCare(String value) {
      return set("护理记录", "DE04.50.068.00", Text.of(value));
    }

    /** 营养护理 ({@code DE06.00.292.00}, ST), section - 护理记录. */
    public Builder nutritionCare(String value) {
      return set("护理记录", "DE06.00.292.00", Text.of(value));
    }

    /** 心理护理代码 ({@code DE06.00.283.00}, CD), section - 护理记录, value set {@code 2.16.156.10011.2.3.2.51}. */
    public Builder psychologicalCareCode(Coded value) {
      return set("护理记录", "DE06.00.283.00", CodedValue.of(value));
    }

    /** 安全护理代码 ({@code DE06.00.178.00}, CD), section - 护理记录, value set {@code 2.16.156.10011.2.3.2.52}. */
    public Builder safetyCareCode(Coded value) {
      return set("护理记录", "DE06.00.178.00", CodedValue.of(value));
    }

    /** 简要病情 ({@code DE06.00.181.00}, ST), section - 护理记录. */
    public Builder recordContentInSection7(String value) {
      return set("护理记录", "DE06.00.181.00", Text.of(value));
    }

    /** 护理观察项目名称 ({@code DE02.10.031.00}, ST), section - 护理记录. */
    public Builder observationItemNameInSection7(String value) {
      return set("护理记录", "DE02.10.031.00", Text.of(value));
    }

    /** 护理观察结果 ({@code DE02.10.028.00}, ST), section - 护理记录. */
    public Builder observationResultInSection7(String value) {
      return set("护理记录", "DE02.10.028.00", Text.of(value));
    }

    /** 护理操作名称 ({@code DE06.00.342.00}, ST), section - 护理记录. */
    public Builder nursingProcedureNameInSection7(String value) {
      return set("护理记录", "DE06.00.342.00", Text.of(value));
    }

    /** 护理操作项目类目名称 ({@code DE06.00.210.00}, ST), section - 护理记录. */
    public Builder nursingProcedureCategoryInSection7(String value) {
      return set("护理记录", "DE06.00.210.00", Text.of(value));
    }

    /** 发出手术安全核对表标志 ({@code DE06.00.204.00}, BL), section - 护理记录. */
    public Builder addSafetyChecklistIssuedFlagInSection7(boolean value) {
      return add("护理记录", "DE06.00.204.00", BooleanValue.of(value));
    }

    /** 收回手术安全核对表标志 ({@code DE06.00.338.00}, BL), section - 护理记录. */
    public Builder addSafetyChecklistReturnedFlagInSection7(boolean value) {
      return add("护理记录", "DE06.00.338.00", BooleanValue.of(value));
    }

    /** 隔离标志 ({@code DE06.00.201.00}, BL), section - 护理记录. */
    public Builder isolationFlagInSection7(boolean value) {
      return set("护理记录", "DE06.00.201.00", BooleanValue.of(value));
    }

    /** 隔离种类代码 ({@code DE06.00.202.00}, CD), section - 护理记录, value set {@code 2.16.156.10011.2.3.1.261}. */
    public Builder isolationTypeCodeInSection7(Coded value) {
      return set("护理记录", "DE06.00.202.00", CodedValue.of(value));
    }

    /** 急诊抢救记录 ({@code DE06.00.181.00}, ST), section - 护理观察. */
    public Builder recordContentInSection8(String value) {
      return set("护理观察", "DE06.00.181.00", Text.of(value));
    }

    /** Sets the one {@link ObservationItemNameInSection8Group}, replacing any before. */
    public Builder observationItemNameInSection8(ObservationItemNameInSection8Group group) {
      return setGroup(group);
    }

    /** Sets the one {@link ObservationItemNameInSection8Group} to its head 护理观察项目名称 alone, replacing any before. */
    public Builder observationItemNameInSection8(String value) {
      return setGroup(ObservationItemNameInSection8Group.of(value));
    }

    /** Sets the one {@link NursingProcedureNameInSection9Group}, replacing any before. */
    public Builder nursingProcedureNameInSection9(NursingProcedureNameInSection9Group group) {
      return setGroup(group);
    }

    /** Sets the one {@link NursingProcedureNameInSection9Group} to its head 护理操作名称 alone, replacing any before. */
    public Builder nursingProcedureNameInSection9(String value) {
      return setGroup(NursingProcedureNameInSection9Group.of(value));
    }

    /** 发出手术安全核对表标志 ({@code DE06.00.204.00}, BL), section - 手术评估标志. */
    public Builder safetyChecklistIssuedFlagInSection10(boolean value) {
      return set("手术评估标志", "DE06.00.204.00", BooleanValue.of(value));
    }

    /** 收回手术安全核对表标志 ({@code DE06.00.338.00}, BL), section - 手术评估标志. */
    public Builder safetyChecklistReturnedFlagInSection10(boolean value) {
      return set("手术评估标志", "DE06.00.338.00", BooleanValue.of(value));
    }

    /** Sets the one {@link IsolationFlagInSection12Group}, replacing any before. */
    public Builder isolationFlagInSection12(IsolationFlagInSection12Group group) {
      return setGroup(group);
    }

    /** Sets the one {@link IsolationFlagInSection12Group} to its head 隔离标志 alone, replacing any before. */
    public Builder isolationFlagInSection12(boolean value) {
      return setGroup(IsolationFlagInSection12Group.of(value));
    }
  }
}
