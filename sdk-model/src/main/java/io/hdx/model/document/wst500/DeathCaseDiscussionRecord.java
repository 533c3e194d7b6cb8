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
 * WS/T 500.51-2016 死亡病例讨论记录 (Death case discussion record): document code {@code C0051}, templateId {@code 2.16.156.10011.2.1.1.71}.
 *
 * <p>Unconfirmed in the spec data: cardinalities (the public samples show presence only).
 *
 * <p>Generated from the document spec by TypedDocumentGenerator; do not edit.
 *
 * <p>Thread safety: immutable; the builder is not thread-safe.
 *
 * @since 0.1.0
 */
public final class DeathCaseDiscussionRecord extends TypedDocument {
  /** The document code. */
  public static final String CODE = "C0051";
  /** The templateId OID. */
  public static final String TEMPLATE_ID = "2.16.156.10011.2.1.1.71";

  private DeathCaseDiscussionRecord(ClinicalDocument document) {
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
   * @throws io.hdx.model.ValidationException when the document is not a C0051
   */
  public static DeathCaseDiscussionRecord from(ClinicalDocument document) {
    return new DeathCaseDiscussionRecord(document);
  }

  /** 直接死亡原因名称 ({@code DE05.01.025.00}, ST), section - 死亡原因. */
  public Optional<String> diagnosisNameInSection1() {
    return text("死亡原因", "DE05.01.025.00");
  }

  /** 直接死亡原因编码 ({@code DE05.01.021.00}, CD), section - 死亡原因, value set {@code 2.16.156.10011.2.3.3.11.2}. */
  public Optional<CodedValue> causeOfDeathCodeInSection1() {
    return value("死亡原因", "DE05.01.021.00", CodedValue.class);
  }

  /** 死亡诊断名称 ({@code DE05.01.025.00}, ST), section 29548-5 Diagnosis. */
  public Optional<String> diagnosisNameInDiagnosis() {
    return text("29548-5", "DE05.01.025.00");
  }

  /** 死亡诊断编码 ({@code DE05.01.021.00}, CD), section 29548-5 Diagnosis, value set {@code 2.16.156.10011.2.3.3.11}. */
  public Optional<CodedValue> causeOfDeathCodeInDiagnosis() {
    return value("29548-5", "DE05.01.021.00", CodedValue.class);
  }

  /** 死亡讨论记录 ({@code DE06.00.181.00}, ST), section DE06.00.181.00 死亡讨论记录. */
  public Optional<String> recordContent() {
    return text("DE06.00.181.00", "DE06.00.181.00");
  }

  /** 主持人总结意见 ({@code DE06.00.018.00}, ST), section DE06.00.018.00 主持人总结意见. */
  public Optional<String> opinion() {
    return text("DE06.00.018.00", "DE06.00.018.00");
  }

  /** Builds a {@link DeathCaseDiscussionRecord}. Thread safety: not thread-safe. */
  public static final class Builder extends TypedDocument.Builder<DeathCaseDiscussionRecord, Builder> {
    private Builder() {
      super(documentSpec());
    }

    @Override
    protected DeathCaseDiscussionRecord create(ClinicalDocument document) {
      return new DeathCaseDiscussionRecord(document);
    }

    /** 直接死亡原因名称 ({@code DE05.01.025.00}, ST), section - 死亡原因. */
    public Builder diagnosisNameInSection1(String value) {
      return set("死亡原因", "DE05.01.025.00", Text.of(value));
    }

    /** 直接死亡原因编码 ({@code DE05.01.021.00}, CD), section - 死亡原因, value set {@code 2.16.156.10011.2.3.3.11.2}. */
    public Builder causeOfDeathCodeInSection1(Coded value) {
      return set("死亡原因", "DE05.01.021.00", CodedValue.of(value));
    }

    /** 死亡诊断名称 ({@code DE05.01.025.00}, ST), section 29548-5 Diagnosis. */
    public Builder diagnosisNameInDiagnosis(String value) {
      return set("29548-5", "DE05.01.025.00", Text.of(value));
    }

    /** 死亡诊断编码 ({@code DE05.01.021.00}, CD), section 29548-5 Diagnosis, value set {@code 2.16.156.10011.2.3.3.11}. */
    public Builder causeOfDeathCodeInDiagnosis(Coded value) {
      return set("29548-5", "DE05.01.021.00", CodedValue.of(value));
    }

    /** 死亡讨论记录 ({@code DE06.00.181.00}, ST), section DE06.00.181.00 死亡讨论记录. */
    public Builder recordContent(String value) {
      return set("DE06.00.181.00", "DE06.00.181.00", Text.of(value));
    }

    /** 主持人总结意见 ({@code DE06.00.018.00}, ST), section DE06.00.018.00 主持人总结意见. */
    public Builder opinion(String value) {
      return set("DE06.00.018.00", "DE06.00.018.00", Text.of(value));
    }
  }
}
