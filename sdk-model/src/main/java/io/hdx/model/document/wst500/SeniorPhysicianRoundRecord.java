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
 * WS/T 500.39-2016 上级医师查房记录 (Senior physician ward-round record): document code {@code C0039}, templateId {@code 2.16.156.10011.2.1.1.59}.
 *
 * <p>Unconfirmed in the spec data: cardinalities (the public samples show presence only); 5 of 8 entries.
 *
 * <p>Generated from the document spec by TypedDocumentGenerator; do not edit.
 *
 * <p>Thread safety: immutable; the builder is not thread-safe.
 *
 * @since 0.1.0
 */
public final class SeniorPhysicianRoundRecord extends TypedDocument {
  /** The document code. */
  public static final String CODE = "C0039";
  /** The templateId OID. */
  public static final String TEMPLATE_ID = "2.16.156.10011.2.1.1.59";

  private SeniorPhysicianRoundRecord(ClinicalDocument document) {
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
   * @throws io.hdx.model.ValidationException when the document is not a C0039
   */
  public static SeniorPhysicianRoundRecord from(ClinicalDocument document) {
    return new SeniorPhysicianRoundRecord(document);
  }

  /** 查房记录 ({@code DE05.10.148.00}, ST), section 51848-0 Assessment note. */
  public Optional<String> admissionCondition() {
    return text("51848-0", "DE05.10.148.00");
  }

  /** 查房记录 ({@code DE06.00.181.00}, ST), section 51848-0 Assessment note. */
  public Optional<String> recordContent() {
    return text("51848-0", "DE06.00.181.00");
  }

  /** 中医四诊观察结果 ({@code DE02.10.028.00}, ST), section 29548-5 Diagnosis. */
  public List<Text> observationResult() {
    return valueList("29548-5", "DE02.10.028.00", Text.class);
  }

  /** 中药煎煮方法 ({@code DE08.50.047.00}, ST), section 10160-0 HISTORY OF MEDICATION USE. */
  public Optional<String> tcmDecoctionMethod() {
    return text("10160-0", "DE08.50.047.00");
  }

  /** 中药用药方法 ({@code DE06.00.136.00}, ST), section 10160-0 HISTORY OF MEDICATION USE. */
  public Optional<String> medicationUsage() {
    return text("10160-0", "DE06.00.136.00");
  }

  /** 诊疗计划 ({@code DE05.01.025.00}, ST), section 18776-5 TREATMENT PLAN. */
  public Optional<String> diagnosisName() {
    return text("18776-5", "DE05.01.025.00");
  }

  /** 辩证论治 ({@code DE05.10.131.00}, ST), section 18776-5 TREATMENT PLAN. */
  public Optional<String> syndromeDifferentiationTreatment() {
    return text("18776-5", "DE05.10.131.00");
  }

  /** 医嘱内容 ({@code DE06.00.287.00}, ST), section 46209-3 Provider Orders. */
  public Optional<String> orderContent() {
    return text("46209-3", "DE06.00.287.00");
  }

  /** Builds a {@link SeniorPhysicianRoundRecord}. Thread safety: not thread-safe. */
  public static final class Builder extends TypedDocument.Builder<SeniorPhysicianRoundRecord, Builder> {
    private Builder() {
      super(documentSpec());
    }

    @Override
    protected SeniorPhysicianRoundRecord create(ClinicalDocument document) {
      return new SeniorPhysicianRoundRecord(document);
    }

    /** 查房记录 ({@code DE05.10.148.00}, ST), section 51848-0 Assessment note. */
    public Builder admissionCondition(String value) {
      return set("51848-0", "DE05.10.148.00", Text.of(value));
    }

    /** 查房记录 ({@code DE06.00.181.00}, ST), section 51848-0 Assessment note. */
    public Builder recordContent(String value) {
      return set("51848-0", "DE06.00.181.00", Text.of(value));
    }

    /** 中医四诊观察结果 ({@code DE02.10.028.00}, ST), section 29548-5 Diagnosis. */
    public Builder addObservationResult(String value) {
      return add("29548-5", "DE02.10.028.00", Text.of(value));
    }

    /** 中药煎煮方法 ({@code DE08.50.047.00}, ST), section 10160-0 HISTORY OF MEDICATION USE. */
    public Builder tcmDecoctionMethod(String value) {
      return set("10160-0", "DE08.50.047.00", Text.of(value));
    }

    /** 中药用药方法 ({@code DE06.00.136.00}, ST), section 10160-0 HISTORY OF MEDICATION USE. */
    public Builder medicationUsage(String value) {
      return set("10160-0", "DE06.00.136.00", Text.of(value));
    }

    /** 诊疗计划 ({@code DE05.01.025.00}, ST), section 18776-5 TREATMENT PLAN. */
    public Builder diagnosisName(String value) {
      return set("18776-5", "DE05.01.025.00", Text.of(value));
    }

    /** 辩证论治 ({@code DE05.10.131.00}, ST), section 18776-5 TREATMENT PLAN. */
    public Builder syndromeDifferentiationTreatment(String value) {
      return set("18776-5", "DE05.10.131.00", Text.of(value));
    }

    /** 医嘱内容 ({@code DE06.00.287.00}, ST), section 46209-3 Provider Orders. */
    public Builder orderContent(String value) {
      return set("46209-3", "DE06.00.287.00", Text.of(value));
    }
  }
}
