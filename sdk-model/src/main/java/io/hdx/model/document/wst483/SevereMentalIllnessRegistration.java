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
 * WS/T 483.14-2016 重性精神疾病患者个人信息登记 (Severe mental illness patient registration): document code {@code HSDB04.03}, templateId {@code 2.16.156.10011.2.1.1.14}.
 *
 * <p>Unconfirmed in the spec data: cardinalities (the public samples show presence only).
 *
 * <p>Generated from the document spec by TypedDocumentGenerator; do not edit.
 *
 * <p>Thread safety: immutable; the builder is not thread-safe.
 *
 * @since 0.1.0
 */
public final class SevereMentalIllnessRegistration extends TypedDocument {
  /** The document code. */
  public static final String CODE = "HSDB04.03";
  /** The templateId OID. */
  public static final String TEMPLATE_ID = "2.16.156.10011.2.1.1.14";

  private SevereMentalIllnessRegistration(ClinicalDocument document) {
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
   * @throws io.hdx.model.ValidationException when the document is not a HSDB04.03
   */
  public static SevereMentalIllnessRegistration from(ClinicalDocument document) {
    return new SevereMentalIllnessRegistration(document);
  }

  /** 知情同意管理标志 ({@code DE06.00.155.00}, BL), section 34895-3 EDUCATION NOTE. */
  public Optional<Boolean> informedConsentManagementFlag() {
    return bool("34895-3", "DE06.00.155.00");
  }

  /** 知情同意签字人姓名 ({@code DE02.01.039.00}, ST), section 34895-3 EDUCATION NOTE. */
  public Optional<String> name() {
    return text("34895-3", "DE02.01.039.00");
  }

  /** 知情同意签字日期 ({@code DE06.00.156.00}, TS), section 34895-3 EDUCATION NOTE. */
  public Optional<PointInTime> informedConsentSignDate() {
    return value("34895-3", "DE06.00.156.00", PointInTime.class);
  }

  /** 患病对家庭社会的影响类别代码 ({@code DE05.10.057.00}, ST), section 11450-4 PROBLEM LIST. */
  public Optional<String> diseaseSocialImpactTypeCode() {
    return text("11450-4", "DE05.10.057.00");
  }

  /** 患病对家庭社会的影响次数 ({@code DE03.00.022.00}, INT), section 11450-4 PROBLEM LIST. */
  public Optional<Long> diseaseSocialImpactCount() {
    return integer("11450-4", "DE03.00.022.00");
  }

  /** 关锁情况代码 ({@code DE03.00.017.00}, CD), section 11450-4 PROBLEM LIST, value set {@code 2.16.156.10011.2.3.2.30}. */
  public Optional<CodedValue> lockupStatusCode() {
    return value("11450-4", "DE03.00.017.00", CodedValue.class);
  }

  /** 经济状况代码 ({@code DE02.01.023.00}, CD), section 11450-4 PROBLEM LIST, value set {@code 2.16.156.10011.2.3.2.31}. */
  public Optional<CodedValue> economicStatusCode() {
    return value("11450-4", "DE02.01.023.00", CodedValue.class);
  }

  /** 诊断结果 ({@code DE05.01.071.00}, CD), section 29548-5 Diagnosis, value set {@code 2.16.156.10011.2.3.1.135}. */
  public Optional<CodedValue> diagnosisResult() {
    return value("29548-5", "DE05.01.071.00", CodedValue.class);
  }

  /** 专科医生意见 ({@code DE05.10.120.00}, ST), section 51848-0 Assessment note. */
  public Optional<String> specialistOpinion() {
    return text("51848-0", "DE05.10.120.00");
  }

  /** Builds a {@link SevereMentalIllnessRegistration}. Thread safety: not thread-safe. */
  public static final class Builder extends TypedDocument.Builder<SevereMentalIllnessRegistration, Builder> {
    private Builder() {
      super(documentSpec());
    }

    @Override
    protected SevereMentalIllnessRegistration create(ClinicalDocument document) {
      return new SevereMentalIllnessRegistration(document);
    }

    /** 知情同意管理标志 ({@code DE06.00.155.00}, BL), section 34895-3 EDUCATION NOTE. */
    public Builder informedConsentManagementFlag(boolean value) {
      return set("34895-3", "DE06.00.155.00", BooleanValue.of(value));
    }

    /** 知情同意签字人姓名 ({@code DE02.01.039.00}, ST), section 34895-3 EDUCATION NOTE. */
    public Builder name(String value) {
      return set("34895-3", "DE02.01.039.00", Text.of(value));
    }

    /** 知情同意签字日期 ({@code DE06.00.156.00}, TS), section 34895-3 EDUCATION NOTE. */
    public Builder informedConsentSignDate(LocalDate value) {
      return set("34895-3", "DE06.00.156.00", PointInTime.of(value));
    }

    /** 知情同意签字日期 ({@code DE06.00.156.00}, TS), section 34895-3 EDUCATION NOTE. */
    public Builder informedConsentSignDate(LocalDateTime value) {
      return set("34895-3", "DE06.00.156.00", PointInTime.of(value));
    }

    /** 知情同意签字日期 ({@code DE06.00.156.00}, TS), section 34895-3 EDUCATION NOTE. */
    public Builder informedConsentSignDate(PointInTime value) {
      return set("34895-3", "DE06.00.156.00", value);
    }

    /** 患病对家庭社会的影响类别代码 ({@code DE05.10.057.00}, ST), section 11450-4 PROBLEM LIST. */
    public Builder diseaseSocialImpactTypeCode(String value) {
      return set("11450-4", "DE05.10.057.00", Text.of(value));
    }

    /** 患病对家庭社会的影响次数 ({@code DE03.00.022.00}, INT), section 11450-4 PROBLEM LIST. */
    public Builder diseaseSocialImpactCount(long value) {
      return set("11450-4", "DE03.00.022.00", IntegerValue.of(value));
    }

    /** 关锁情况代码 ({@code DE03.00.017.00}, CD), section 11450-4 PROBLEM LIST, value set {@code 2.16.156.10011.2.3.2.30}. */
    public Builder lockupStatusCode(Coded value) {
      return set("11450-4", "DE03.00.017.00", CodedValue.of(value));
    }

    /** 经济状况代码 ({@code DE02.01.023.00}, CD), section 11450-4 PROBLEM LIST, value set {@code 2.16.156.10011.2.3.2.31}. */
    public Builder economicStatusCode(Coded value) {
      return set("11450-4", "DE02.01.023.00", CodedValue.of(value));
    }

    /** 诊断结果 ({@code DE05.01.071.00}, CD), section 29548-5 Diagnosis, value set {@code 2.16.156.10011.2.3.1.135}. */
    public Builder diagnosisResult(Coded value) {
      return set("29548-5", "DE05.01.071.00", CodedValue.of(value));
    }

    /** 专科医生意见 ({@code DE05.10.120.00}, ST), section 51848-0 Assessment note. */
    public Builder specialistOpinion(String value) {
      return set("51848-0", "DE05.10.120.00", Text.of(value));
    }
  }
}
