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
 * WS/T 500.20-2016 生命体征测量记录 (Vital signs measurement record): document code {@code C0020}, templateId {@code 2.16.156.10011.2.1.1.40}.
 *
 * <p>Unconfirmed in the spec data: cardinalities (the public samples show presence only); 6 of 12 entries.
 *
 * <p>Generated from the document spec by TypedDocumentGenerator; do not edit.
 *
 * <p>Thread safety: immutable; the builder is not thread-safe.
 *
 * @since 0.1.0
 */
public final class VitalSignsRecord extends TypedDocument {
  /** The document code. */
  public static final String CODE = "C0020";
  /** The templateId OID. */
  public static final String TEMPLATE_ID = "2.16.156.10011.2.1.1.40";

  private VitalSignsRecord(ClinicalDocument document) {
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
   * @throws io.hdx.model.ValidationException when the document is not a C0020
   */
  public static VitalSignsRecord from(ClinicalDocument document) {
    return new VitalSignsRecord(document);
  }

  /** 疾病诊断编码 ({@code DE05.01.024.00}, CD), section 29548-5 Diagnosis, value set {@code 2.16.156.10011.2.3.3.11}. */
  public Optional<CodedValue> diagnosisCode() {
    return value("29548-5", "DE05.01.024.00", CodedValue.class);
  }

  /** 呼吸频率(次/min) ({@code DE04.10.081.00}, PQ), section 8716-3 VITAL SIGNS, unit 次/min. */
  public List<PhysicalQuantity> respiratoryRate() {
    return valueList("8716-3", "DE04.10.081.00", PhysicalQuantity.class);
  }

  /** The RespiratoryRateGroup groups of section 8716-3, in document order. */
  public List<RespiratoryRateGroup> respiratoryRateGroupList() {
    return groups("8716-3", "DE04.10.081.00", RespiratoryRateGroup::new);
  }

  /** 使用呼吸机标志 ({@code DE06.00.239.00}, BL), section 8716-3 VITAL SIGNS. */
  public Optional<Boolean> ventilatorUseFlag() {
    return bool("8716-3", "DE06.00.239.00");
  }

  /** 脉率(次/min) ({@code DE04.10.118.00}, PQ), section 8716-3 VITAL SIGNS, unit 次/min. */
  public List<PhysicalQuantity> pulseRate() {
    return valueList("8716-3", "DE04.10.118.00", PhysicalQuantity.class);
  }

  /** 起搏器心率(次/min) ({@code DE04.10.206.00}, PQ), section 8716-3 VITAL SIGNS, unit 次/min. */
  public List<PhysicalQuantity> heartRate() {
    return valueList("8716-3", "DE04.10.206.00", PhysicalQuantity.class);
  }

  /** 体温(C) ({@code DE04.10.186.00}, PQ), section 8716-3 VITAL SIGNS, unit C. */
  public List<PhysicalQuantity> bodyTemperature() {
    return valueList("8716-3", "DE04.10.186.00", PhysicalQuantity.class);
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

  /** 体重(kg) ({@code DE04.10.188.00}, PQ), section 8716-3 VITAL SIGNS, unit kg. */
  public List<PhysicalQuantity> bodyWeight() {
    return valueList("8716-3", "DE04.10.188.00", PhysicalQuantity.class);
  }

  /** 腹围(cm) ({@code DE04.10.052.00}, PQ), section 8716-3 VITAL SIGNS, unit cm. */
  public List<PhysicalQuantity> abdominalCircumference() {
    return valueList("8716-3", "DE04.10.052.00", PhysicalQuantity.class);
  }

  /** 护理观察项目名称 ({@code DE02.10.031.00}, ST), section - 护理观察. */
  public Optional<String> observationItemName() {
    return text("护理观察", "DE02.10.031.00");
  }

  /** The ObservationItem groups of section 护理观察, in document order. */
  public List<ObservationItem> observationItemList() {
    return groups("护理观察", "DE02.10.031.00", ObservationItem::new);
  }

  /** 护理观察结果 ({@code DE02.10.028.00}, ST), section - 护理观察. */
  public Optional<String> observationResult() {
    return text("护理观察", "DE02.10.028.00");
  }

  /**
   * One group of section 8716-3 VITAL SIGNS: 呼吸频率(次/min) with the data nested in it, written as one unit (document layout group {@code DE04.10.081.00}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class RespiratoryRateGroup extends TypedGroup<RespiratoryRateGroup> {
    private RespiratoryRateGroup() {
      super("8716-3", "DE04.10.081.00");
    }

    @Override
    protected RespiratoryRateGroup blank() {
      return new RespiratoryRateGroup();
    }

    /** A group with its head 呼吸频率(次/min) ({@code DE04.10.081.00}). */
    public static RespiratoryRateGroup of(BigDecimal value) {
      return new RespiratoryRateGroup().with("DE04.10.081.00", PhysicalQuantity.of(value, "次/min"));
    }

    /** A group with its head 呼吸频率(次/min) ({@code DE04.10.081.00}). */
    public static RespiratoryRateGroup of(PhysicalQuantity value) {
      return new RespiratoryRateGroup().with("DE04.10.081.00", value);
    }

    /** 使用呼吸机标志 ({@code DE06.00.239.00}, BL). */
    public RespiratoryRateGroup ventilatorUseFlag(boolean value) {
      return with("DE06.00.239.00", BooleanValue.of(value));
    }

    /** 使用呼吸机标志 ({@code DE06.00.239.00}). */
    public Optional<BooleanValue> ventilatorUseFlag() {
      return value("DE06.00.239.00", BooleanValue.class);
    }

    /** 呼吸频率(次/min) ({@code DE04.10.081.00}). */
    public Optional<PhysicalQuantity> respiratoryRate() {
      return value("DE04.10.081.00", PhysicalQuantity.class);
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
  public static final class ObservationItem extends TypedGroup<ObservationItem> {
    private ObservationItem() {
      super("护理观察", "DE02.10.031.00");
    }

    @Override
    protected ObservationItem blank() {
      return new ObservationItem();
    }

    /** A group with its head 护理观察项目名称 ({@code DE02.10.031.00}). */
    public static ObservationItem of(String value) {
      return new ObservationItem().with("DE02.10.031.00", Text.of(value));
    }

    /** 护理观察结果 ({@code DE02.10.028.00}, ST). */
    public ObservationItem observationResult(String value) {
      return with("DE02.10.028.00", Text.of(value));
    }

    /** 护理观察结果 ({@code DE02.10.028.00}). */
    public Optional<Text> observationResult() {
      return value("DE02.10.028.00", Text.class);
    }

    /** 护理观察项目名称 ({@code DE02.10.031.00}). */
    public Optional<Text> observationItemName() {
      return value("DE02.10.031.00", Text.class);
    }
  }

  /** Builds a {@link VitalSignsRecord}. Thread safety: not thread-safe. */
  public static final class Builder extends TypedDocument.Builder<VitalSignsRecord, Builder> {
    private Builder() {
      super(documentSpec());
    }

    @Override
    protected VitalSignsRecord create(ClinicalDocument document) {
      return new VitalSignsRecord(document);
    }

    /** 疾病诊断编码 ({@code DE05.01.024.00}, CD), section 29548-5 Diagnosis, value set {@code 2.16.156.10011.2.3.3.11}. */
    public Builder diagnosisCode(Coded value) {
      return set("29548-5", "DE05.01.024.00", CodedValue.of(value));
    }

    /** Appends one {@link RespiratoryRateGroup}: all its values as one unit. */
    public Builder addRespiratoryRateGroup(RespiratoryRateGroup group) {
      return addGroup(group);
    }

    /** 脉率(次/min) ({@code DE04.10.118.00}, PQ), section 8716-3 VITAL SIGNS, unit 次/min. */
    public Builder addPulseRate(BigDecimal value) {
      return add("8716-3", "DE04.10.118.00", quantity("8716-3", "DE04.10.118.00", value));
    }

    /** 脉率(次/min) ({@code DE04.10.118.00}, PQ), section 8716-3 VITAL SIGNS, unit 次/min. */
    public Builder addPulseRate(PhysicalQuantity value) {
      return add("8716-3", "DE04.10.118.00", value);
    }

    /** 起搏器心率(次/min) ({@code DE04.10.206.00}, PQ), section 8716-3 VITAL SIGNS, unit 次/min. */
    public Builder addHeartRate(BigDecimal value) {
      return add("8716-3", "DE04.10.206.00", quantity("8716-3", "DE04.10.206.00", value));
    }

    /** 起搏器心率(次/min) ({@code DE04.10.206.00}, PQ), section 8716-3 VITAL SIGNS, unit 次/min. */
    public Builder addHeartRate(PhysicalQuantity value) {
      return add("8716-3", "DE04.10.206.00", value);
    }

    /** 体温(C) ({@code DE04.10.186.00}, PQ), section 8716-3 VITAL SIGNS, unit C. */
    public Builder addBodyTemperature(BigDecimal value) {
      return add("8716-3", "DE04.10.186.00", quantity("8716-3", "DE04.10.186.00", value));
    }

    /** 体温(C) ({@code DE04.10.186.00}, PQ), section 8716-3 VITAL SIGNS, unit C. */
    public Builder addBodyTemperature(PhysicalQuantity value) {
      return add("8716-3", "DE04.10.186.00", value);
    }

    /** Sets the one {@link VitalSignsGroup}, replacing any before. */
    public Builder vitalSignsGroup(VitalSignsGroup group) {
      return setGroup(group);
    }

    /** 体重(kg) ({@code DE04.10.188.00}, PQ), section 8716-3 VITAL SIGNS, unit kg. */
    public Builder addBodyWeight(BigDecimal value) {
      return add("8716-3", "DE04.10.188.00", quantity("8716-3", "DE04.10.188.00", value));
    }

    /** 体重(kg) ({@code DE04.10.188.00}, PQ), section 8716-3 VITAL SIGNS, unit kg. */
    public Builder addBodyWeight(PhysicalQuantity value) {
      return add("8716-3", "DE04.10.188.00", value);
    }

    /** 腹围(cm) ({@code DE04.10.052.00}, PQ), section 8716-3 VITAL SIGNS, unit cm. */
    public Builder addAbdominalCircumference(BigDecimal value) {
      return add("8716-3", "DE04.10.052.00", quantity("8716-3", "DE04.10.052.00", value));
    }

    /** 腹围(cm) ({@code DE04.10.052.00}, PQ), section 8716-3 VITAL SIGNS, unit cm. */
    public Builder addAbdominalCircumference(PhysicalQuantity value) {
      return add("8716-3", "DE04.10.052.00", value);
    }

    /** Sets the one {@link ObservationItem}, replacing any before. */
    public Builder observationItemName(ObservationItem group) {
      return setGroup(group);
    }

    /** Sets the one {@link ObservationItem} to its head 护理观察项目名称 alone, replacing any before. */
    public Builder observationItemName(String value) {
      return setGroup(ObservationItem.of(value));
    }
  }
}
