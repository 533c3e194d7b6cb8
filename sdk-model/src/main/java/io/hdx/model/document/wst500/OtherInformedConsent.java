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
 * WS/T 500.31-2016 其他知情同意书 (Other informed consent): document code {@code C0031}, templateId {@code 2.16.156.10011.2.1.1.51}.
 *
 * <p>Unconfirmed in the spec data: cardinalities (the public samples show presence only); 1 of 4 entries.
 *
 * <p>Generated from the document spec by TypedDocumentGenerator; do not edit.
 *
 * <p>Thread safety: immutable; the builder is not thread-safe.
 *
 * @since 0.1.0
 */
public final class OtherInformedConsent extends TypedDocument {
  /** The document code. */
  public static final String CODE = "C0031";
  /** The templateId OID. */
  public static final String TEMPLATE_ID = "2.16.156.10011.2.1.1.51";

  private OtherInformedConsent(ClinicalDocument document) {
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
   * @throws io.hdx.model.ValidationException when the document is not a C0031
   */
  public static OtherInformedConsent from(ClinicalDocument document) {
    return new OtherInformedConsent(document);
  }

  /** 疾病诊断编码 ({@code DE05.01.024.00}, CD), section 29548-5 Diagnosis, value set {@code 2.16.156.10011.2.3.3.11}. */
  public Optional<CodedValue> diagnosisCode() {
    return value("29548-5", "DE05.01.024.00", CodedValue.class);
  }

  /** 知情同意书名称 ({@code DE09.00.117.00}, ST), section 34895-3 Diagnosis. */
  public Optional<String> informedConsentName() {
    return text("34895-3", "DE09.00.117.00");
  }

  /** 知情同意书内容 ({@code DE09.00.116.00}, ST), section 34895-3 Diagnosis. */
  public List<Text> informedConsentContent() {
    return valueList("34895-3", "DE09.00.116.00", Text.class);
  }

  /** 医疗机构的意见 ({@code DE06.00.018.00}, ST), section - 意见章节. */
  public List<Text> opinion() {
    return valueList("意见章节", "DE06.00.018.00", Text.class);
  }

  /** Builds a {@link OtherInformedConsent}. Thread safety: not thread-safe. */
  public static final class Builder extends TypedDocument.Builder<OtherInformedConsent, Builder> {
    private Builder() {
      super(documentSpec());
    }

    @Override
    protected OtherInformedConsent create(ClinicalDocument document) {
      return new OtherInformedConsent(document);
    }

    /** 疾病诊断编码 ({@code DE05.01.024.00}, CD), section 29548-5 Diagnosis, value set {@code 2.16.156.10011.2.3.3.11}. */
    public Builder diagnosisCode(Coded value) {
      return set("29548-5", "DE05.01.024.00", CodedValue.of(value));
    }

    /** 知情同意书名称 ({@code DE09.00.117.00}, ST), section 34895-3 Diagnosis. */
    public Builder informedConsentName(String value) {
      return set("34895-3", "DE09.00.117.00", Text.of(value));
    }

    /** 知情同意书内容 ({@code DE09.00.116.00}, ST), section 34895-3 Diagnosis. */
    public Builder addInformedConsentContent(String value) {
      return add("34895-3", "DE09.00.116.00", Text.of(value));
    }

    /** 医疗机构的意见 ({@code DE06.00.018.00}, ST), section - 意见章节. */
    public Builder addOpinion(String value) {
      return add("意见章节", "DE06.00.018.00", Text.of(value));
    }
  }
}
