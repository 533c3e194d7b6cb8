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
 * WS/T 500.38-2016 日常病程记录 (Daily progress note): document code {@code C0038}, templateId {@code 2.16.156.10011.2.1.1.58}.
 *
 * <p>Unconfirmed in the spec data: cardinalities (the public samples show presence only); 3 of 6 entries.
 *
 * <p>Generated from the document spec by TypedDocumentGenerator; do not edit.
 *
 * <p>Thread safety: immutable; the builder is not thread-safe.
 *
 * @since 0.1.0
 */
public final class DailyProgressNote extends TypedDocument {
  /** The document code. */
  public static final String CODE = "C0038";
  /** The templateId OID. */
  public static final String TEMPLATE_ID = "2.16.156.10011.2.1.1.58";

  private DailyProgressNote(ClinicalDocument document) {
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
   * @throws io.hdx.model.ValidationException when the document is not a C0038
   */
  public static DailyProgressNote from(ClinicalDocument document) {
    return new DailyProgressNote(document);
  }

  /** 住院病程 ({@code DE06.00.309.00}, ST), section 11450-4 Problem list. */
  public Optional<String> hospitalCourse() {
    return text("11450-4", "DE06.00.309.00");
  }

  /** 中医四诊观察结果 ({@code DE02.10.028.00}, ST), section 29548-5 Diagnosis. */
  public List<Text> observationResult() {
    return valueList("29548-5", "DE02.10.028.00", Text.class);
  }

  /** 医嘱内容 ({@code DE06.00.287.00}, ST), section 46209-3 Provider Orders. */
  public Optional<String> orderContent() {
    return text("46209-3", "DE06.00.287.00");
  }

  /** 辩证论治 ({@code DE05.10.131.00}, ST), section 18776-5 TREATMENT PLAN. */
  public Optional<String> syndromeDifferentiationTreatment() {
    return text("18776-5", "DE05.10.131.00");
  }

  /** 中药煎煮方法 ({@code DE08.50.047.00}, ST), section 10160-0 HISTORY OF MEDICATION USE. */
  public List<Text> tcmDecoctionMethod() {
    return valueList("10160-0", "DE08.50.047.00", Text.class);
  }

  /** 中药用药方法 ({@code DE06.00.136.00}, ST), section 10160-0 HISTORY OF MEDICATION USE. */
  public List<Text> medicationUsage() {
    return valueList("10160-0", "DE06.00.136.00", Text.class);
  }

  /** Builds a {@link DailyProgressNote}. Thread safety: not thread-safe. */
  public static final class Builder extends TypedDocument.Builder<DailyProgressNote, Builder> {
    private Builder() {
      super(documentSpec());
    }

    @Override
    protected DailyProgressNote create(ClinicalDocument document) {
      return new DailyProgressNote(document);
    }

    /** 住院病程 ({@code DE06.00.309.00}, ST), section 11450-4 Problem list. */
    public Builder hospitalCourse(String value) {
      return set("11450-4", "DE06.00.309.00", Text.of(value));
    }

    /** 中医四诊观察结果 ({@code DE02.10.028.00}, ST), section 29548-5 Diagnosis. */
    public Builder addObservationResult(String value) {
      return add("29548-5", "DE02.10.028.00", Text.of(value));
    }

    /** 医嘱内容 ({@code DE06.00.287.00}, ST), section 46209-3 Provider Orders. */
    public Builder orderContent(String value) {
      return set("46209-3", "DE06.00.287.00", Text.of(value));
    }

    /** 辩证论治 ({@code DE05.10.131.00}, ST), section 18776-5 TREATMENT PLAN. */
    public Builder syndromeDifferentiationTreatment(String value) {
      return set("18776-5", "DE05.10.131.00", Text.of(value));
    }

    /** 中药煎煮方法 ({@code DE08.50.047.00}, ST), section 10160-0 HISTORY OF MEDICATION USE. */
    public Builder addTcmDecoctionMethod(String value) {
      return add("10160-0", "DE08.50.047.00", Text.of(value));
    }

    /** 中药用药方法 ({@code DE06.00.136.00}, ST), section 10160-0 HISTORY OF MEDICATION USE. */
    public Builder addMedicationUsage(String value) {
      return add("10160-0", "DE06.00.136.00", Text.of(value));
    }
  }
}
