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
 * WS/T 500.18-2016 病重(病危)护理记录 (Critical (severe) nursing record): document code {@code C0018}, templateId {@code 2.16.156.10011.2.1.1.38}.
 *
 * <p>Unconfirmed in the spec data: cardinalities (the public samples show presence only); 13 of 25 entries.
 *
 * <p>Generated from the document spec by TypedDocumentGenerator; do not edit.
 *
 * <p>Thread safety: immutable; the builder is not thread-safe.
 *
 * @since 0.1.0
 */
public final class CriticalNursingRecord extends TypedDocument {
  /** The document code. */
  public static final String CODE = "C0018";
  /** The templateId OID. */
  public static final String TEMPLATE_ID = "2.16.156.10011.2.1.1.38";

  private CriticalNursingRecord(ClinicalDocument document) {
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
   * @throws io.hdx.model.ValidationException when the document is not a C0018
   */
  public static CriticalNursingRecord from(ClinicalDocument document) {
    return new CriticalNursingRecord(document);
  }

  /** 过敏史标志 ({@code DE02.10.023.00}, BL), section 48765-2 Allergies,adverse reactions,alerts. */
  public List<BooleanValue> allergyHistoryFlag() {
    return valueList("48765-2", "DE02.10.023.00", BooleanValue.class);
  }

  /** The Act groups of section 48765-2, in document order. */
  public List<Act> actList() {
    return groups("48765-2", "ACT", Act::new);
  }

  /** 过敏史 ({@code DE02.10.022.00}, ST), section 48765-2 Allergies,adverse reactions,alerts. */
  public Optional<String> allergyHistory() {
    return text("48765-2", "DE02.10.022.00");
  }

  /** 疾病诊断编码 ({@code DE05.01.024.00}, CD), section 29548-5 Diagnosis, value set {@code 2.16.156.10011.2.3.3.11}. */
  public Optional<CodedValue> diagnosisCode() {
    return value("29548-5", "DE05.01.024.00", CodedValue.class);
  }

  /** 体重(kg) ({@code DE04.10.188.00}, PQ), section 8716-3 VITAL SIGNS, unit kg. */
  public List<PhysicalQuantity> bodyWeight() {
    return valueList("8716-3", "DE04.10.188.00", PhysicalQuantity.class);
  }

  /** 体温(°C) ({@code DE04.10.186.00}, PQ), section 8716-3 VITAL SIGNS, unit °C. */
  public List<PhysicalQuantity> bodyTemperature() {
    return valueList("8716-3", "DE04.10.186.00", PhysicalQuantity.class);
  }

  /** 心率(次/min) ({@code DE04.10.206.00}, PQ), section 8716-3 VITAL SIGNS, unit C. */
  public List<PhysicalQuantity> heartRate() {
    return valueList("8716-3", "DE04.10.206.00", PhysicalQuantity.class);
  }

  /** 呼吸频率(次/min) ({@code DE04.10.081.00}, PQ), section 8716-3 VITAL SIGNS, unit 次/min. */
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

  /** 血糖检测值(mmol/L) ({@code DE04.50.102.00}, PQ), section 8716-3 VITAL SIGNS, unit mmol/L. */
  public List<PhysicalQuantity> bloodGlucose() {
    return valueList("8716-3", "DE04.50.102.00", PhysicalQuantity.class);
  }

  /** 饮食情况代码 ({@code DE03.00.080.00}, CD), section 51848-0 Assessment note, value set {@code 2.16.156.10011.2.3.2.34}. */
  public Optional<CodedValue> dietStatusCode() {
    return value("51848-0", "DE03.00.080.00", CodedValue.class);
  }

  /** 护理等级代码 ({@code DE06.00.211.00}, CD), section - 护理记录, value set {@code 2.16.156.10011.2.3.1.259}. */
  public Optional<CodedValue> nursingLevelCode() {
    return value("护理记录", "DE06.00.211.00", CodedValue.class);
  }

  /** 护理类型代码 ({@code DE06.00.212.00}, CD), section - 护理记录, value set {@code 2.16.156.10011.2.3.1.259}. */
  public Optional<CodedValue> nursingTypeCode() {
    return value("护理记录", "DE06.00.212.00", CodedValue.class);
  }

  /** 护理观察项目名称 ({@code DE02.10.031.00}, ST), section - 护理记录. */
  public Optional<String> observationItemNameInSection5() {
    return text("护理记录", "DE02.10.031.00");
  }

  /** 护理观察结果 ({@code DE02.10.028.00}, ST), section - 护理记录. */
  public Optional<String> observationResultInSection5() {
    return text("护理记录", "DE02.10.028.00");
  }

  /** 护理操作名称 ({@code DE06.00.342.00}, ST), section - 护理记录. */
  public Optional<String> nursingProcedureNameInSection5() {
    return text("护理记录", "DE06.00.342.00");
  }

  /** 护理操作项目类目名称 ({@code DE06.00.210.00}, ST), section - 护理记录. */
  public Optional<String> nursingProcedureCategoryInSection5() {
    return text("护理记录", "DE06.00.210.00");
  }

  /** 护理操作结果 ({@code DE06.00.209.00}, ST), section - 护理记录. */
  public Optional<String> nursingProcedureResultInSection5() {
    return text("护理记录", "DE06.00.209.00");
  }

  /** 呼吸机监护项目 ({@code DE06.00.207.00}, ST), section - 护理记录. */
  public Optional<String> ventilatorMonitoringItemsInSection5() {
    return text("护理记录", "DE06.00.207.00");
  }

  /** 护理观察项目名称 ({@code DE02.10.031.00}, ST), section - 护理观察. */
  public Optional<String> observationItemNameInSection6() {
    return text("护理观察", "DE02.10.031.00");
  }

  /** The ObservationItemNameInSection6Group groups of section 护理观察, in document order. */
  public List<ObservationItemNameInSection6Group> observationItemNameInSection6GroupList() {
    return groups("护理观察", "DE02.10.031.00", ObservationItemNameInSection6Group::new);
  }

  /** 中医“四诊”观察结果 ({@code DE02.10.028.00}, ST), section - 护理观察. */
  public Optional<String> observationResultInSection6() {
    return text("护理观察", "DE02.10.028.00");
  }

  /** 护理操作名称 ({@code DE06.00.342.00}, ST), section - 护理操作. */
  public Optional<String> nursingProcedureNameInSection7() {
    return text("护理操作", "DE06.00.342.00");
  }

  /** The NursingProcedureNameInSection7Group groups of section 护理操作, in document order. */
  public List<NursingProcedureNameInSection7Group> nursingProcedureNameInSection7GroupList() {
    return groups("护理操作", "DE06.00.342.00", NursingProcedureNameInSection7Group::new);
  }

  /** 呼吸机监护项目 ({@code DE06.00.207.00}, ST), section - 护理操作. */
  public Optional<String> ventilatorMonitoringItemsInSection7() {
    return text("护理操作", "DE06.00.207.00");
  }

  /** 护理操作项目类目名称 ({@code DE06.00.210.00}, ST), section - 护理操作. */
  public Optional<String> nursingProcedureCategoryInSection7() {
    return text("护理操作", "DE06.00.210.00");
  }

  /** 护理操作结果 ({@code DE06.00.209.00}, ST), section - 护理操作. */
  public Optional<String> nursingProcedureResultInSection7() {
    return text("护理操作", "DE06.00.209.00");
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
  public static final class ObservationItemNameInSection6Group extends TypedGroup<ObservationItemNameInSection6Group> {
    private ObservationItemNameInSection6Group() {
      super("护理观察", "DE02.10.031.00");
    }

    @Override
    protected ObservationItemNameInSection6Group blank() {
      return new ObservationItemNameInSection6Group();
    }

    /** A group with its head 护理观察项目名称 ({@code DE02.10.031.00}). */
    public static ObservationItemNameInSection6Group of(String value) {
      return new ObservationItemNameInSection6Group().with("DE02.10.031.00", Text.of(value));
    }

    /** 中医“四诊”观察结果 ({@code DE02.10.028.00}, ST). */
    public ObservationItemNameInSection6Group observationResultInSection6(String value) {
      return with("DE02.10.028.00", Text.of(value));
    }

    /** 中医“四诊”观察结果 ({@code DE02.10.028.00}). */
    public Optional<Text> observationResultInSection6() {
      return value("DE02.10.028.00", Text.class);
    }

    /** 护理观察项目名称 ({@code DE02.10.031.00}). */
    public Optional<Text> observationItemNameInSection6() {
      return value("DE02.10.031.00", Text.class);
    }
  }

  /**
   * One group of section 护理操作 护理操作: 护理操作名称 with the data nested in it, written as one unit (document layout group {@code DE06.00.342.00}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class NursingProcedureNameInSection7Group extends TypedGroup<NursingProcedureNameInSection7Group> {
    private NursingProcedureNameInSection7Group() {
      super("护理操作", "DE06.00.342.00");
    }

    @Override
    protected NursingProcedureNameInSection7Group blank() {
      return new NursingProcedureNameInSection7Group();
    }

    /** A group with its head 护理操作名称 ({@code DE06.00.342.00}). */
    public static NursingProcedureNameInSection7Group of(String value) {
      return new NursingProcedureNameInSection7Group().with("DE06.00.342.00", Text.of(value));
    }

    /** 护理操作项目类目名称 ({@code DE06.00.210.00}, ST). */
    public NursingProcedureNameInSection7Group nursingProcedureCategoryInSection7(String value) {
      return with("DE06.00.210.00", Text.of(value));
    }

    /** 护理操作项目类目名称 ({@code DE06.00.210.00}). */
    public Optional<Text> nursingProcedureCategoryInSection7() {
      return value("DE06.00.210.00", Text.class);
    }

    /** 护理操作结果 ({@code DE06.00.209.00}, ST). */
    public NursingProcedureNameInSection7Group nursingProcedureResultInSection7(String value) {
      return with("DE06.00.209.00", Text.of(value));
    }

    /** 护理操作结果 ({@code DE06.00.209.00}). */
    public Optional<Text> nursingProcedureResultInSection7() {
      return value("DE06.00.209.00", Text.class);
    }

    /** 护理操作名称 ({@code DE06.00.342.00}). */
    public Optional<Text> nursingProcedureNameInSection7() {
      return value("DE06.00.342.00", Text.class);
    }
  }

  /** Builds a {@link CriticalNursingRecord}. Thread safety: not thread-safe. */
  public static final class Builder extends TypedDocument.Builder<CriticalNursingRecord, Builder> {
    private Builder() {
      super(documentSpec());
    }

    @Override
    protected CriticalNursingRecord create(ClinicalDocument document) {
      return new CriticalNursingRecord(document);
    }

    /** Appends one {@link Act}: all its values as one unit. */
    public Builder addAct(Act group) {
      return addGroup(group);
    }

    /** 过敏史 ({@code DE02.10.022.00}, ST), section 48765-2 Allergies,adverse reactions,alerts. */
    public Builder allergyHistory(String value) {
      return set("48765-2", "DE02.10.022.00", Text.of(value));
    }

    /** 疾病诊断编码 ({@code DE05.01.024.00}, CD), section 29548-5 Diagnosis, value set {@code 2.16.156.10011.2.3.3.11}. */
    public Builder diagnosisCode(Coded value) {
      return set("29548-5", "DE05.01.024.00", CodedValue.of(value));
    }

    /** 体重(kg) ({@code DE04.10.188.00}, PQ), section 8716-3 VITAL SIGNS, unit kg. */
    public Builder addBodyWeight(BigDecimal value) {
      return add("8716-3", "DE04.10.188.00", quantity("8716-3", "DE04.10.188.00", value));
    }

    /** 体重(kg) ({@code DE04.10.188.00}, PQ), section 8716-3 VITAL SIGNS, unit kg. */
    public Builder addBodyWeight(PhysicalQuantity value) {
      return add("8716-3", "DE04.10.188.00", value);
    }

    /** 体温(°C) ({@code DE04.10.186.00}, PQ), section 8716-3 VITAL SIGNS, unit °C. */
    public Builder addBodyTemperature(BigDecimal value) {
      return add("8716-3", "DE04.10.186.00", quantity("8716-3", "DE04.10.186.00", value));
    }

    /** 体温(°C) ({@code DE04.10.186.00}, PQ), section 8716-3 VITAL SIGNS, unit °C. */
    public Builder addBodyTemperature(PhysicalQuantity value) {
      return add("8716-3", "DE04.10.186.00", value);
    }

    /** 心率(次/min) ({@code DE04.10.206.00}, PQ), section 8716-3 VITAL SIGNS, unit C. */
    public Builder addHeartRate(BigDecimal value) {
      return add("8716-3", "DE04.10.206.00", quantity("8716-3", "DE04.10.206.00", value));
    }

    /** 心率(次/min) ({@code DE04.10.206.00}, PQ), section 8716-3 VITAL SIGNS, unit C. */
    public Builder addHeartRate(PhysicalQuantity value) {
      return add("8716-3", "DE04.10.206.00", value);
    }

    /** 呼吸频率(次/min) ({@code DE04.10.081.00}, PQ), section 8716-3 VITAL SIGNS, unit 次/min. */
    public Builder addRespiratoryRate(BigDecimal value) {
      return add("8716-3", "DE04.10.081.00", quantity("8716-3", "DE04.10.081.00", value));
    }

    /** 呼吸频率(次/min) ({@code DE04.10.081.00}, PQ), section 8716-3 VITAL SIGNS, unit 次/min. */
    public Builder addRespiratoryRate(PhysicalQuantity value) {
      return add("8716-3", "DE04.10.081.00", value);
    }

    /** Sets the one {@link VitalSignsGroup}, replacing any before. */
    public Builder vitalSignsGroup(VitalSignsGroup group) {
      return setGroup(group);
    }

    /** 血糖检测值(mmol/L) ({@code DE04.50.102.00}, PQ), section 8716-3 VITAL SIGNS, unit mmol/L. */
    public Builder addBloodGlucose(BigDecimal value) {
      return add("8716-3", "DE04.50.102.00", quantity("8716-3", "DE04.50.102.00", value));
    }

    /** 血糖检测值(mmol/L) ({@code DE04.50.102.00}, PQ), section 8716-3 VITAL SIGNS, unit mmol/L. */
    public Builder addBloodGlucose(PhysicalQuantity value) {
      return add("8716-3", "DE04.50.102.00", value);
    }

    /** 饮食情况代码 ({@code DE03.00.080.00}, CD), section 51848-0 Assessment note, value set {@code 2.16.156.10011.2.3.2.34}. */
    public Builder dietStatusCode(Coded value) {
      return set("51848-0", "DE03.00.080.00", CodedValue.of(value));
    }

    /** 护理等级代码 ({@code DE06.00.211.00}, CD), section - 护理记录, value set {@code 2.16.156.10011.2.3.1.259}. */
    public Builder nursingLevelCode(Coded value) {
      return set("护理记录", "DE06.00.211.00", CodedValue.of(value));
    }

    /** 护理类型代码 ({@code DE06.00.212.00}, CD), section - 护理记录, value set {@code 2.16.156.10011.2.3.1.259}. */
    public Builder nursingTypeCode(Coded value) {
      return set("护理记录", "DE06.00.212.00", CodedValue.of(value));
    }

    /** 护理观察项目名称 ({@code DE02.10.031.00}, ST), section - 护理记录. */
    public Builder observationItemNameInSection5(String value) {
      return set("护理记录", "DE02.10.031.00", Text.of(value));
    }

    /** 护理观察结果 ({@code DE02.10.028.00}, ST), section - 护理记录. */
    public Builder observationResultInSection5(String value) {
      return set("护理记录", "DE02.10.028.00", Text.of(value));
    }

    /** 护理操作名称 ({@code DE06.00.342.00}, ST), section - 护理记录. */
    public Builder nursingProcedureNameInSection5(String value) {
      return set("护理记录", "DE06.00.342.00", Text.of(value));
    }

    /** 护理操作项目类目名称 ({@code DE06.00.210.00}, ST), section - 护理记录. */
    public Builder nursingProcedureCategoryInSection5(String value) {
      return set("护理记录", "DE06.00.210.00", Text.of(value));
    }

    /** 护理操作结果 ({@code DE06.00.209.00}, ST), section - 护理记录. */
    public Builder nursingProcedureResultInSection5(String value) {
      return set("护理记录", "DE06.00.209.00", Text.of(value));
    }

    /** 呼吸机监护项目 ({@code DE06.00.207.00}, ST), section - 护理记录. */
    public Builder ventilatorMonitoringItemsInSection5(String value) {
      return set("护理记录", "DE06.00.207.00", Text.of(value));
    }

    /** Sets the one {@link ObservationItemNameInSection6Group}, replacing any before. */
    public Builder observationItemNameInSection6(ObservationItemNameInSection6Group group) {
      return setGroup(group);
    }

    /** Sets the one {@link ObservationItemNameInSection6Group} to its head 护理观察项目名称 alone, replacing any before. */
    public Builder observationItemNameInSection6(String value) {
      return setGroup(ObservationItemNameInSection6Group.of(value));
    }

    /** Sets the one {@link NursingProcedureNameInSection7Group}, replacing any before. */
    public Builder nursingProcedureNameInSection7(NursingProcedureNameInSection7Group group) {
      return setGroup(group);
    }

    /** Sets the one {@link NursingProcedureNameInSection7Group} to its head 护理操作名称 alone, replacing any before. */
    public Builder nursingProcedureNameInSection7(String value) {
      return setGroup(NursingProcedureNameInSection7Group.of(value));
    }

    /** 呼吸机监护项目 ({@code DE06.00.207.00}, ST), section - 护理操作. */
    public Builder ventilatorMonitoringItemsInSection7(String value) {
      return set("护理操作", "DE06.00.207.00", Text.of(value));
    }
  }
}
