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
 * WS/T 500.50-2016 死亡记录 (Death record): document code {@code C0050}, templateId {@code 2.16.156.10011.2.1.1.70}.
 *
 * <p>Unconfirmed in the spec data: cardinalities (the public samples show presence only); 2 of 5 sections; 4 of 10 entries.
 *
 * <p>Generated from the document spec by TypedDocumentGenerator; do not edit.
 *
 * <p>Thread safety: immutable; the builder is not thread-safe.
 *
 * @since 0.1.0
 */
public final class DeathRecord extends TypedDocument {
  /** The document code. */
  public static final String CODE = "C0050";
  /** The templateId OID. */
  public static final String TEMPLATE_ID = "2.16.156.10011.2.1.1.70";

  private DeathRecord(ClinicalDocument document) {
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
   * @throws io.hdx.model.ValidationException when the document is not a C0050
   */
  public static DeathRecord from(ClinicalDocument document) {
    return new DeathRecord(document);
  }

  /** 入院日期时间 ({@code DE06.00.092.00}, TS), section 11535-2 HOSPITAL DISCHARGE DX. */
  public Optional<PointInTime> admissionDateTime() {
    return value("11535-2", "DE06.00.092.00", PointInTime.class);
  }

  /** 入院诊断编码 ({@code DE05.01.024.00}, CD), section 11535-2 HOSPITAL DISCHARGE DX, value set {@code 2.16.156.10011.2.3.3.11.3}. */
  public List<CodedValue> diagnosisCodeInHospitalDischargeDx() {
    return valueList("11535-2", "DE05.01.024.00", CodedValue.class);
  }

  /** 入院情况 ({@code DE05.10.148.00}, ST), section 11535-2 HOSPITAL DISCHARGE DX. */
  public Optional<String> admissionCondition() {
    return text("11535-2", "DE05.10.148.00");
  }

  /** 死亡诊断名称 ({@code DE05.01.025.00}, ST), section 11535-2 HOSPITAL DISCHARGE DX. */
  public Optional<String> diagnosisNameInHospitalDischargeDx() {
    return text("11535-2", "DE05.01.025.00");
  }

  /** 诊疗过程描述 ({@code DE06.00.296.00}, ST), section 8648-8 Hospital Course. */
  public Optional<String> treatmentCourseDescription() {
    return text("8648-8", "DE06.00.296.00");
  }

  /** 死亡日期时间 ({@code DE02.01.036.00}, TS), section - 死亡原因章节. */
  public Optional<PointInTime> deathDateTime() {
    return value("死亡原因章节", "DE02.01.036.00", PointInTime.class);
  }

  /** 直接死亡原因名称 ({@code DE05.01.025.00}, ST), section - 死亡原因章节. */
  public Optional<String> diagnosisNameInSection3() {
    return text("死亡原因章节", "DE05.01.025.00");
  }

  /** 直接死亡原因编码 ({@code DE05.01.024.00}, CD), section - 死亡原因章节, value set {@code 2.16.156.10011.2.3.3.11.2}. */
  public Optional<CodedValue> diagnosisCodeInSection3() {
    return value("死亡原因章节", "DE05.01.024.00", CodedValue.class);
  }

  /** 家属是否同意尸体解剖标志 ({@code DE09.00.115.00}, BL), section - 死亡原因章节. */
  public Optional<Boolean> autopsyConsentFlagInSection3() {
    return bool("死亡原因章节", "DE09.00.115.00");
  }

  /** 家属是否同意尸体解剖标志 ({@code DE09.00.115.00}, BL), section - 尸检意见. */
  public Optional<Boolean> autopsyConsentFlagInSection4() {
    return bool("尸检意见", "DE09.00.115.00");
  }

  /** Builds a {@link DeathRecord}. Thread safety: not thread-safe. */
  public static final class Builder extends TypedDocument.Builder<DeathRecord, Builder> {
    private Builder() {
      super(documentSpec());
    }

    @Override
    protected DeathRecord create(ClinicalDocument document) {
      return new DeathRecord(document);
    }

    /** 入院日期时间 ({@code DE06.00.092.00}, TS), section 11535-2 HOSPITAL DISCHARGE DX. */
    public Builder admissionDateTime(LocalDate value) {
      return set("11535-2", "DE06.00.092.00", PointInTime.of(value));
    }

    /** 入院日期时间 ({@code DE06.00.092.00}, TS), section 11535-2 HOSPITAL DISCHARGE DX. */
    public Builder admissionDateTime(LocalDateTime value) {
      return set("11535-2", "DE06.00.092.00", PointInTime.of(value));
    }

    /** 入院日期时间 ({@code DE06.00.092.00}, TS), section 11535-2 HOSPITAL DISCHARGE DX. */
    public Builder admissionDateTime(PointInTime value) {
      return set("11535-2", "DE06.00.092.00", value);
    }

    /** 入院诊断编码 ({@code DE05.01.024.00}, CD), section 11535-2 HOSPITAL DISCHARGE DX, value set {@code 2.16.156.10011.2.3.3.11.3}. */
    public Builder addDiagnosisCodeInHospitalDischargeDx(Coded value) {
      return add("11535-2", "DE05.01.024.00", CodedValue.of(value));
    }

    /** 入院情况 ({@code DE05.10.148.00}, ST), section 11535-2 HOSPITAL DISCHARGE DX. */
    public Builder admissionCondition(String value) {
      return set("11535-2", "DE05.10.148.00", Text.of(value));
    }

    /** 死亡诊断名称 ({@code DE05.01.025.00}, ST), section 11535-2 HOSPITAL DISCHARGE DX. */
    public Builder diagnosisNameInHospitalDischargeDx(String value) {
      return set("11535-2", "DE05.01.025.00", Text.of(value));
    }

    /** 诊疗过程描述 ({@code DE06.00.296.00}, ST), section 8648-8 Hospital Course. */
    public Builder treatmentCourseDescription(String value) {
      return set("8648-8", "DE06.00.296.00", Text.of(value));
    }

    /** 死亡日期时间 ({@code DE02.01.036.00}, TS), section - 死亡原因章节. */
    public Builder deathDateTime(LocalDate value) {
      return set("死亡原因章节", "DE02.01.036.00", PointInTime.of(value));
    }

    /** 死亡日期时间 ({@code DE02.01.036.00}, TS), section - 死亡原因章节. */
    public Builder deathDateTime(LocalDateTime value) {
      return set("死亡原因章节", "DE02.01.036.00", PointInTime.of(value));
    }

    /** 死亡日期时间 ({@code DE02.01.036.00}, TS), section - 死亡原因章节. */
    public Builder deathDateTime(PointInTime value) {
      return set("死亡原因章节", "DE02.01.036.00", value);
    }

    /** 直接死亡原因名称 ({@code DE05.01.025.00}, ST), section - 死亡原因章节. */
    public Builder diagnosisNameInSection3(String value) {
      return set("死亡原因章节", "DE05.01.025.00", Text.of(value));
    }

    /** 直接死亡原因编码 ({@code DE05.01.024.00}, CD), section - 死亡原因章节, value set {@code 2.16.156.10011.2.3.3.11.2}. */
    public Builder diagnosisCodeInSection3(Coded value) {
      return set("死亡原因章节", "DE05.01.024.00", CodedValue.of(value));
    }

    /** 家属是否同意尸体解剖标志 ({@code DE09.00.115.00}, BL), section - 死亡原因章节. */
    public Builder autopsyConsentFlagInSection3(boolean value) {
      return set("死亡原因章节", "DE09.00.115.00", BooleanValue.of(value));
    }

    /** 家属是否同意尸体解剖标志 ({@code DE09.00.115.00}, BL), section - 尸检意见. */
    public Builder autopsyConsentFlagInSection4(boolean value) {
      return set("尸检意见", "DE09.00.115.00", BooleanValue.of(value));
    }
  }
}
