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

  /** 体温(C) ({@code DE04.10.186.00}, PQ), section 8716-3 VITAL SIGNS, unit ℃. */
  public List<PhysicalQuantity> bodyTemperature() {
    return valueList("8716-3", "DE04.10.186.00", PhysicalQuantity.class);
  }

  /** 收缩压 ({@code DE04.10.174.00}, PQ), section 8716-3 VITAL SIGNS, unit mmHg. */
  public Optional<PhysicalQuantity> systolicBloodPressure() {
    return value("8716-3", "DE04.10.174.00", PhysicalQuantity.class);
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

  /** 护理观察结果 ({@code DE02.10.028.00}, ST), section - 护理观察. */
  public Optional<String> observationResult() {
    return text("护理观察", "DE02.10.028.00");
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

    /** 呼吸频率(次/min) ({@code DE04.10.081.00}, PQ), section 8716-3 VITAL SIGNS, unit 次/min. */
    public Builder addRespiratoryRate(BigDecimal value) {
      return add("8716-3", "DE04.10.081.00", quantity("8716-3", "DE04.10.081.00", value));
    }

    /** 呼吸频率(次/min) ({@code DE04.10.081.00}, PQ), section 8716-3 VITAL SIGNS, unit 次/min. */
    public Builder addRespiratoryRate(PhysicalQuantity value) {
      return add("8716-3", "DE04.10.081.00", value);
    }

    /** 使用呼吸机标志 ({@code DE06.00.239.00}, BL), section 8716-3 VITAL SIGNS. */
    public Builder ventilatorUseFlag(boolean value) {
      return set("8716-3", "DE06.00.239.00", BooleanValue.of(value));
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

    /** 体温(C) ({@code DE04.10.186.00}, PQ), section 8716-3 VITAL SIGNS, unit ℃. */
    public Builder addBodyTemperature(BigDecimal value) {
      return add("8716-3", "DE04.10.186.00", quantity("8716-3", "DE04.10.186.00", value));
    }

    /** 体温(C) ({@code DE04.10.186.00}, PQ), section 8716-3 VITAL SIGNS, unit ℃. */
    public Builder addBodyTemperature(PhysicalQuantity value) {
      return add("8716-3", "DE04.10.186.00", value);
    }

    /** 收缩压 ({@code DE04.10.174.00}, PQ), section 8716-3 VITAL SIGNS, unit mmHg. */
    public Builder systolicBloodPressure(BigDecimal value) {
      return set("8716-3", "DE04.10.174.00", quantity("8716-3", "DE04.10.174.00", value));
    }

    /** 收缩压 ({@code DE04.10.174.00}, PQ), section 8716-3 VITAL SIGNS, unit mmHg. */
    public Builder systolicBloodPressure(PhysicalQuantity value) {
      return set("8716-3", "DE04.10.174.00", value);
    }

    /** 舒张压 ({@code DE04.10.176.00}, PQ), section 8716-3 VITAL SIGNS, unit mmHg. */
    public Builder diastolicBloodPressure(BigDecimal value) {
      return set("8716-3", "DE04.10.176.00", quantity("8716-3", "DE04.10.176.00", value));
    }

    /** 舒张压 ({@code DE04.10.176.00}, PQ), section 8716-3 VITAL SIGNS, unit mmHg. */
    public Builder diastolicBloodPressure(PhysicalQuantity value) {
      return set("8716-3", "DE04.10.176.00", value);
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

    /** 护理观察项目名称 ({@code DE02.10.031.00}, ST), section - 护理观察. */
    public Builder observationItemName(String value) {
      return set("护理观察", "DE02.10.031.00", Text.of(value));
    }

    /** 护理观察结果 ({@code DE02.10.028.00}, ST), section - 护理观察. */
    public Builder observationResult(String value) {
      return set("护理观察", "DE02.10.028.00", Text.of(value));
    }
  }
}
