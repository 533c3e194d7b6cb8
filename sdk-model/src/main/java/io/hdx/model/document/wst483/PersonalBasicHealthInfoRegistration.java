package io.hdx.model.document.wst483;

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
 * WS/T 483.1-2016 个人基本健康信息登记 (Personal basic health information registration): document code {@code HSDA00.01}, templateId {@code 2.16.156.10011.2.1.1.1}.
 *
 * <p>Unconfirmed in the spec data: cardinalities (the public samples show presence only).
 *
 * <p>Generated from the document spec by TypedDocumentGenerator; do not edit.
 *
 * <p>Thread safety: immutable; the builder is not thread-safe.
 *
 * @since 0.1.0
 */
public final class PersonalBasicHealthInfoRegistration extends TypedDocument {
  /** The document code. */
  public static final String CODE = "HSDA00.01";
  /** The templateId OID. */
  public static final String TEMPLATE_ID = "2.16.156.10011.2.1.1.1";

  private PersonalBasicHealthInfoRegistration(ClinicalDocument document) {
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
   * @throws io.hdx.model.ValidationException when the document is not a HSDA00.01
   */
  public static PersonalBasicHealthInfoRegistration from(ClinicalDocument document) {
    return new PersonalBasicHealthInfoRegistration(document);
  }

  /** ABO血型代码 ({@code DE04.50.001.00}, CD), section 30954-2 STUDIES SUMMARY, value set {@code 2.16.156.10011.2.3.1.85}. */
  public Optional<CodedValue> aboBloodTypeCode() {
    return value("30954-2", "DE04.50.001.00", CodedValue.class);
  }

  /** Rh血型代码 ({@code DE04.50.010.00}, CD), section 30954-2 STUDIES SUMMARY, value set {@code 2.16.156.10011.2.3.1.250}. */
  public Optional<CodedValue> rhBloodTypeCode() {
    return value("30954-2", "DE04.50.010.00", CodedValue.class);
  }

  /** 医疗付款方式代码 ({@code DE07.00.007.00}, CD), section 48768-6 PAYMENT SOURCES, value set {@code 2.16.156.10011.2.3.1.197}. */
  public Optional<CodedValue> paymentMethodCode() {
    return value("48768-6", "DE07.00.007.00", CodedValue.class);
  }

  /** 环境危险因素暴露类别代码 ({@code DE03.00.021.00}, CD), section 10161-8 HISTORY OF OCCUPATIONAL EXPOSURE, value set {@code 2.16.156.10011.2.3.1.33}. */
  public Optional<CodedValue> environmentalRiskExposureTypeCode() {
    return value("10161-8", "DE03.00.021.00", CodedValue.class);
  }

  /** 既往常见疾病种类代码 ({@code DE02.10.021.00}, CD), section 11348-0 HISTORY OF PAST ILLNESS, value set {@code 2.16.156.10011.2.3.1.12}. */
  public Optional<CodedValue> pastCommonDiseaseTypeCode() {
    return value("11348-0", "DE02.10.021.00", CodedValue.class);
  }

  /** 手术标志 ({@code DE02.10.062.00}, BL), section 11348-0 HISTORY OF PAST ILLNESS. */
  public Optional<Boolean> surgicalHistoryFlag() {
    return bool("11348-0", "DE02.10.062.00");
  }

  /** 手术史 ({@code DE02.10.061.00}, ST), section 11348-0 HISTORY OF PAST ILLNESS. */
  public Optional<String> surgicalHistory() {
    return text("11348-0", "DE02.10.061.00");
  }

  /** 外伤史标志 ({@code DE02.10.069.00}, BL), section 11348-0 HISTORY OF PAST ILLNESS. */
  public Optional<Boolean> traumaHistoryFlag() {
    return bool("11348-0", "DE02.10.069.00");
  }

  /** 外伤史名称 ({@code DE02.10.068.00}, ST), section 11348-0 HISTORY OF PAST ILLNESS. */
  public Optional<String> traumaName() {
    return text("11348-0", "DE02.10.068.00");
  }

  /** 输血标志 ({@code DE06.00.106.00}, BL), section 11348-0 HISTORY OF PAST ILLNESS. */
  public Optional<Boolean> transfusionHistoryCode() {
    return bool("11348-0", "DE06.00.106.00");
  }

  /** 输血原因 ({@code DE06.00.107.00}, ST), section 11348-0 HISTORY OF PAST ILLNESS. */
  public Optional<String> transfusionReason() {
    return text("11348-0", "DE06.00.107.00");
  }

  /** 残疾史代码 ({@code DE05.10.006.00}, CD), section 8671-0 History of functional status, value set {@code 2.16.156.10011.2.3.1.139}. */
  public Optional<CodedValue> disabilityHistoryCode() {
    return value("8671-0", "DE05.10.006.00", CodedValue.class);
  }

  /** Builds a {@link PersonalBasicHealthInfoRegistration}. Thread safety: not thread-safe. */
  public static final class Builder extends TypedDocument.Builder<PersonalBasicHealthInfoRegistration, Builder> {
    private Builder() {
      super(documentSpec());
    }

    @Override
    protected PersonalBasicHealthInfoRegistration create(ClinicalDocument document) {
      return new PersonalBasicHealthInfoRegistration(document);
    }

    /** ABO血型代码 ({@code DE04.50.001.00}, CD), section 30954-2 STUDIES SUMMARY, value set {@code 2.16.156.10011.2.3.1.85}. */
    public Builder aboBloodTypeCode(Coded value) {
      return set("30954-2", "DE04.50.001.00", CodedValue.of(value));
    }

    /** Rh血型代码 ({@code DE04.50.010.00}, CD), section 30954-2 STUDIES SUMMARY, value set {@code 2.16.156.10011.2.3.1.250}. */
    public Builder rhBloodTypeCode(Coded value) {
      return set("30954-2", "DE04.50.010.00", CodedValue.of(value));
    }

    /** 医疗付款方式代码 ({@code DE07.00.007.00}, CD), section 48768-6 PAYMENT SOURCES, value set {@code 2.16.156.10011.2.3.1.197}. */
    public Builder paymentMethodCode(Coded value) {
      return set("48768-6", "DE07.00.007.00", CodedValue.of(value));
    }

    /** 环境危险因素暴露类别代码 ({@code DE03.00.021.00}, CD), section 10161-8 HISTORY OF OCCUPATIONAL EXPOSURE, value set {@code 2.16.156.10011.2.3.1.33}. */
    public Builder environmentalRiskExposureTypeCode(Coded value) {
      return set("10161-8", "DE03.00.021.00", CodedValue.of(value));
    }

    /** 既往常见疾病种类代码 ({@code DE02.10.021.00}, CD), section 11348-0 HISTORY OF PAST ILLNESS, value set {@code 2.16.156.10011.2.3.1.12}. */
    public Builder pastCommonDiseaseTypeCode(Coded value) {
      return set("11348-0", "DE02.10.021.00", CodedValue.of(value));
    }

    /** 手术标志 ({@code DE02.10.062.00}, BL), section 11348-0 HISTORY OF PAST ILLNESS. */
    public Builder surgicalHistoryFlag(boolean value) {
      return set("11348-0", "DE02.10.062.00", BooleanValue.of(value));
    }

    /** 手术史 ({@code DE02.10.061.00}, ST), section 11348-0 HISTORY OF PAST ILLNESS. */
    public Builder surgicalHistory(String value) {
      return set("11348-0", "DE02.10.061.00", Text.of(value));
    }

    /** 外伤史标志 ({@code DE02.10.069.00}, BL), section 11348-0 HISTORY OF PAST ILLNESS. */
    public Builder traumaHistoryFlag(boolean value) {
      return set("11348-0", "DE02.10.069.00", BooleanValue.of(value));
    }

    /** 外伤史名称 ({@code DE02.10.068.00}, ST), section 11348-0 HISTORY OF PAST ILLNESS. */
    public Builder traumaName(String value) {
      return set("11348-0", "DE02.10.068.00", Text.of(value));
    }

    /** 输血标志 ({@code DE06.00.106.00}, BL), section 11348-0 HISTORY OF PAST ILLNESS. */
    public Builder transfusionHistoryCode(boolean value) {
      return set("11348-0", "DE06.00.106.00", BooleanValue.of(value));
    }

    /** 输血原因 ({@code DE06.00.107.00}, ST), section 11348-0 HISTORY OF PAST ILLNESS. */
    public Builder transfusionReason(String value) {
      return set("11348-0", "DE06.00.107.00", Text.of(value));
    }

    /** 残疾史代码 ({@code DE05.10.006.00}, CD), section 8671-0 History of functional status, value set {@code 2.16.156.10011.2.3.1.139}. */
    public Builder disabilityHistoryCode(Coded value) {
      return set("8671-0", "DE05.10.006.00", CodedValue.of(value));
    }
  }
}
