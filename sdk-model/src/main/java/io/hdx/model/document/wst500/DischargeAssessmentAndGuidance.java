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
 * WS/T 500.25-2016 出院评估与指导 (Discharge assessment and guidance): document code {@code C0025}, templateId {@code 2.16.156.10011.2.1.1.45}.
 *
 * <p>Unconfirmed in the spec data: cardinalities (the public samples show presence only); 3 of 11 entries.
 *
 * <p>Generated from the document spec by TypedDocumentGenerator; do not edit.
 *
 * <p>Thread safety: immutable; the builder is not thread-safe.
 *
 * @since 0.1.0
 */
public final class DischargeAssessmentAndGuidance extends TypedDocument {
  /** The document code. */
  public static final String CODE = "C0025";
  /** The templateId OID. */
  public static final String TEMPLATE_ID = "2.16.156.10011.2.1.1.45";

  private DischargeAssessmentAndGuidance(ClinicalDocument document) {
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
   * @throws io.hdx.model.ValidationException when the document is not a C0025
   */
  public static DischargeAssessmentAndGuidance from(ClinicalDocument document) {
    return new DischargeAssessmentAndGuidance(document);
  }

  /** 疾病诊断编码 ({@code DE05.01.024.00}, CD), section 11535-2 Discharge Diagnosis, value set {@code 2.16.156.10011.2.3.3.11}. */
  public List<CodedValue> diagnosisCode() {
    return valueList("11535-2", "DE05.01.024.00", CodedValue.class);
  }

  /** 出院日期时间 ({@code DE06.00.017.00}, TS), section 11535-2 Discharge Diagnosis. */
  public Optional<PointInTime> dischargeDateTime() {
    return value("11535-2", "DE06.00.017.00", PointInTime.class);
  }

  /** 出院情况 ({@code DE06.00.193.00}, ST), section 11535-2 Discharge Diagnosis. */
  public List<Text> dischargeCondition() {
    return valueList("11535-2", "DE06.00.193.00", Text.class);
  }

  /** 离院方式代码 ({@code DE06.00.223.00}, CD), section 11535-2 Discharge Diagnosis, value set {@code 2.16.156.10011.2.3.1.265}. */
  public Optional<CodedValue> dischargeMode() {
    return value("11535-2", "DE06.00.223.00", CodedValue.class);
  }

  /** 饮食指导代码 ({@code DE06.00.291.00}, CD), section 69730-0 Instructions, value set {@code 2.16.156.10011.2.3.1.263}. */
  public Optional<CodedValue> dietGuidanceCode() {
    return value("69730-0", "DE06.00.291.00", CodedValue.class);
  }

  /** 生活方式指导 ({@code DE06.00.238.00}, ST), section 69730-0 Instructions. */
  public Optional<String> lifestyleGuidance() {
    return text("69730-0", "DE06.00.238.00");
  }

  /** 宣教内容 ({@code DE06.00.124.00}, ST), section 69730-0 Instructions. */
  public List<Text> healthEducationContent() {
    return valueList("69730-0", "DE06.00.124.00", Text.class);
  }

  /** 复诊指导 ({@code DE06.00.299.00}, ST), section 69730-0 Instructions. */
  public Optional<String> followUpVisitGuidance() {
    return text("69730-0", "DE06.00.299.00");
  }

  /** 用药指导 ({@code DE06.00.136.00}, ST), section 69730-0 Instructions. */
  public Optional<String> medicationUsage() {
    return text("69730-0", "DE06.00.136.00");
  }

  /** 自理能力代码 ({@code DE05.10.122.00}, CD), section 51848-0 Assessment note, value set {@code 2.16.156.10011.2.3.2.55}. */
  public Optional<CodedValue> selfCareAbilityCode() {
    return value("51848-0", "DE05.10.122.00", CodedValue.class);
  }

  /** 饮食情况代码 ({@code DE03.00.080.00}, CD), section 51848-0 Assessment note, value set {@code 2.16.156.10011.2.3.2.34}. */
  public Optional<CodedValue> dietStatusCode() {
    return value("51848-0", "DE03.00.080.00", CodedValue.class);
  }

  /** Builds a {@link DischargeAssessmentAndGuidance}. Thread safety: not thread-safe. */
  public static final class Builder extends TypedDocument.Builder<DischargeAssessmentAndGuidance, Builder> {
    private Builder() {
      super(documentSpec());
    }

    @Override
    protected DischargeAssessmentAndGuidance create(ClinicalDocument document) {
      return new DischargeAssessmentAndGuidance(document);
    }

    /** 疾病诊断编码 ({@code DE05.01.024.00}, CD), section 11535-2 Discharge Diagnosis, value set {@code 2.16.156.10011.2.3.3.11}. */
    public Builder addDiagnosisCode(Coded value) {
      return add("11535-2", "DE05.01.024.00", CodedValue.of(value));
    }

    /** 出院日期时间 ({@code DE06.00.017.00}, TS), section 11535-2 Discharge Diagnosis. */
    public Builder dischargeDateTime(LocalDate value) {
      return set("11535-2", "DE06.00.017.00", PointInTime.of(value));
    }

    /** 出院日期时间 ({@code DE06.00.017.00}, TS), section 11535-2 Discharge Diagnosis. */
    public Builder dischargeDateTime(LocalDateTime value) {
      return set("11535-2", "DE06.00.017.00", PointInTime.of(value));
    }

    /** 出院日期时间 ({@code DE06.00.017.00}, TS), section 11535-2 Discharge Diagnosis. */
    public Builder dischargeDateTime(PointInTime value) {
      return set("11535-2", "DE06.00.017.00", value);
    }

    /** 出院情况 ({@code DE06.00.193.00}, ST), section 11535-2 Discharge Diagnosis. */
    public Builder addDischargeCondition(String value) {
      return add("11535-2", "DE06.00.193.00", Text.of(value));
    }

    /** 离院方式代码 ({@code DE06.00.223.00}, CD), section 11535-2 Discharge Diagnosis, value set {@code 2.16.156.10011.2.3.1.265}. */
    public Builder dischargeMode(Coded value) {
      return set("11535-2", "DE06.00.223.00", CodedValue.of(value));
    }

    /** 饮食指导代码 ({@code DE06.00.291.00}, CD), section 69730-0 Instructions, value set {@code 2.16.156.10011.2.3.1.263}. */
    public Builder dietGuidanceCode(Coded value) {
      return set("69730-0", "DE06.00.291.00", CodedValue.of(value));
    }

    /** 生活方式指导 ({@code DE06.00.238.00}, ST), section 69730-0 Instructions. */
    public Builder lifestyleGuidance(String value) {
      return set("69730-0", "DE06.00.238.00", Text.of(value));
    }

    /** 宣教内容 ({@code DE06.00.124.00}, ST), section 69730-0 Instructions. */
    public Builder addHealthEducationContent(String value) {
      return add("69730-0", "DE06.00.124.00", Text.of(value));
    }

    /** 复诊指导 ({@code DE06.00.299.00}, ST), section 69730-0 Instructions. */
    public Builder followUpVisitGuidance(String value) {
      return set("69730-0", "DE06.00.299.00", Text.of(value));
    }

    /** 用药指导 ({@code DE06.00.136.00}, ST), section 69730-0 Instructions. */
    public Builder medicationUsage(String value) {
      return set("69730-0", "DE06.00.136.00", Text.of(value));
    }

    /** 自理能力代码 ({@code DE05.10.122.00}, CD), section 51848-0 Assessment note, value set {@code 2.16.156.10011.2.3.2.55}. */
    public Builder selfCareAbilityCode(Coded value) {
      return set("51848-0", "DE05.10.122.00", CodedValue.of(value));
    }

    /** 饮食情况代码 ({@code DE03.00.080.00}, CD), section 51848-0 Assessment note, value set {@code 2.16.156.10011.2.3.2.34}. */
    public Builder dietStatusCode(Coded value) {
      return set("51848-0", "DE03.00.080.00", CodedValue.of(value));
    }
  }
}
