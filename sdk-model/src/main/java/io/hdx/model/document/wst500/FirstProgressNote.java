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
 * WS/T 500.37-2016 首次病程记录 (First progress note): document code {@code C0037}, templateId {@code 2.16.156.10011.2.1.1.57}.
 *
 * <p>Unconfirmed in the spec data: cardinalities (the public samples show presence only); 1 of 10 entries.
 *
 * <p>Generated from the document spec by TypedDocumentGenerator; do not edit.
 *
 * <p>Thread safety: immutable; the builder is not thread-safe.
 *
 * @since 0.1.0
 */
public final class FirstProgressNote extends TypedDocument {
  /** The document code. */
  public static final String CODE = "C0037";
  /** The templateId OID. */
  public static final String TEMPLATE_ID = "2.16.156.10011.2.1.1.57";

  private FirstProgressNote(ClinicalDocument document) {
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
   * @throws io.hdx.model.ValidationException when the document is not a C0037
   */
  public static FirstProgressNote from(ClinicalDocument document) {
    return new FirstProgressNote(document);
  }

  /** 主诉 ({@code DE04.01.119.00}, ST), section 10154-3 CHIEF COMPLAINT. */
  public Optional<String> chiefComplaint() {
    return text("10154-3", "DE04.01.119.00");
  }

  /** 病例特点 ({@code DE05.10.133.00}, ST), section 29548-5 Diagnosis. */
  public Optional<String> caseCharacteristics() {
    return text("29548-5", "DE05.10.133.00");
  }

  /** 中医四诊观察结果 ({@code DE02.10.028.00}, ST), section 29548-5 Diagnosis. */
  public List<Text> observationResult() {
    return valueList("29548-5", "DE02.10.028.00", Text.class);
  }

  /** 诊断依据 ({@code DE05.01.070.00}, ST), section 29548-5 Diagnosis. */
  public Optional<String> diagnosisBasis() {
    return text("29548-5", "DE05.01.070.00");
  }

  /** 初步诊断-西医诊断编码 ({@code DE05.01.024.00}, CD), section 29548-5 Diagnosis, value set {@code 2.16.156.10011.2.3.3.11}. */
  public Optional<CodedValue> diagnosisCode() {
    return value("29548-5", "DE05.01.024.00", CodedValue.class);
  }

  /** 初步诊断-中医病名代码 ({@code DE05.10.130.00}, CD), section 29548-5 Diagnosis, value set {@code 2.16.156.10011.2.3.3.14}. */
  public List<CodedValue> tcmDiagnosisCode() {
    return valueList("29548-5", "DE05.10.130.00", CodedValue.class);
  }

  /** 鉴别诊断-西医诊断名称 ({@code DE05.01.025.00}, ST), section 29548-5 Diagnosis. */
  public Optional<String> diagnosisNameInDiagnosis() {
    return text("29548-5", "DE05.01.025.00");
  }

  /** 鉴别诊断-中医病名名称 ({@code DE05.10.172.00}, ST), section 29548-5 Diagnosis. */
  public List<Text> tcmDiagnosisName() {
    return valueList("29548-5", "DE05.10.172.00", Text.class);
  }

  /** 诊疗计划 ({@code DE05.01.025.00}, ST), section 18776-5 TREATMENT PLAN. */
  public Optional<String> diagnosisNameInTreatmentPlan() {
    return text("18776-5", "DE05.01.025.00");
  }

  /** 治则治法 ({@code DE06.00.300.00}, ST), section 18776-5 TREATMENT PLAN. */
  public Optional<String> tcmTreatmentPrinciple() {
    return text("18776-5", "DE06.00.300.00");
  }

  /** Builds a {@link FirstProgressNote}. Thread safety: not thread-safe. */
  public static final class Builder extends TypedDocument.Builder<FirstProgressNote, Builder> {
    private Builder() {
      super(documentSpec());
    }

    @Override
    protected FirstProgressNote create(ClinicalDocument document) {
      return new FirstProgressNote(document);
    }

    /** 主诉 ({@code DE04.01.119.00}, ST), section 10154-3 CHIEF COMPLAINT. */
    public Builder chiefComplaint(String value) {
      return set("10154-3", "DE04.01.119.00", Text.of(value));
    }

    /** 病例特点 ({@code DE05.10.133.00}, ST), section 29548-5 Diagnosis. */
    public Builder caseCharacteristics(String value) {
      return set("29548-5", "DE05.10.133.00", Text.of(value));
    }

    /** 中医四诊观察结果 ({@code DE02.10.028.00}, ST), section 29548-5 Diagnosis. */
    public Builder addObservationResult(String value) {
      return add("29548-5", "DE02.10.028.00", Text.of(value));
    }

    /** 诊断依据 ({@code DE05.01.070.00}, ST), section 29548-5 Diagnosis. */
    public Builder diagnosisBasis(String value) {
      return set("29548-5", "DE05.01.070.00", Text.of(value));
    }

    /** 初步诊断-西医诊断编码 ({@code DE05.01.024.00}, CD), section 29548-5 Diagnosis, value set {@code 2.16.156.10011.2.3.3.11}. */
    public Builder diagnosisCode(Coded value) {
      return set("29548-5", "DE05.01.024.00", CodedValue.of(value));
    }

    /** 初步诊断-中医病名代码 ({@code DE05.10.130.00}, CD), section 29548-5 Diagnosis, value set {@code 2.16.156.10011.2.3.3.14}. */
    public Builder addTcmDiagnosisCode(Coded value) {
      return add("29548-5", "DE05.10.130.00", CodedValue.of(value));
    }

    /** 鉴别诊断-西医诊断名称 ({@code DE05.01.025.00}, ST), section 29548-5 Diagnosis. */
    public Builder diagnosisNameInDiagnosis(String value) {
      return set("29548-5", "DE05.01.025.00", Text.of(value));
    }

    /** 鉴别诊断-中医病名名称 ({@code DE05.10.172.00}, ST), section 29548-5 Diagnosis. */
    public Builder addTcmDiagnosisName(String value) {
      return add("29548-5", "DE05.10.172.00", Text.of(value));
    }

    /** 诊疗计划 ({@code DE05.01.025.00}, ST), section 18776-5 TREATMENT PLAN. */
    public Builder diagnosisNameInTreatmentPlan(String value) {
      return set("18776-5", "DE05.01.025.00", Text.of(value));
    }

    /** 治则治法 ({@code DE06.00.300.00}, ST), section 18776-5 TREATMENT PLAN. */
    public Builder tcmTreatmentPrinciple(String value) {
      return set("18776-5", "DE06.00.300.00", Text.of(value));
    }
  }
}
