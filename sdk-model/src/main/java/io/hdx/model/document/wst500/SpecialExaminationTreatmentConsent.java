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
 * WS/T 500.29-2016 特殊检查及特殊治疗同意书 (Special examination/treatment consent): document code {@code C0029}, templateId {@code 2.16.156.10011.2.1.1.49}.
 *
 * <p>Unconfirmed in the spec data: cardinalities (the public samples show presence only); 2 of 7 entries.
 *
 * <p>Generated from the document spec by TypedDocumentGenerator; do not edit.
 *
 * <p>Thread safety: immutable; the builder is not thread-safe.
 *
 * @since 0.1.0
 */
public final class SpecialExaminationTreatmentConsent extends TypedDocument {
  /** The document code. */
  public static final String CODE = "C0029";
  /** The templateId OID. */
  public static final String TEMPLATE_ID = "2.16.156.10011.2.1.1.49";

  private SpecialExaminationTreatmentConsent(ClinicalDocument document) {
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
   * @throws io.hdx.model.ValidationException when the document is not a C0029
   */
  public static SpecialExaminationTreatmentConsent from(ClinicalDocument document) {
    return new SpecialExaminationTreatmentConsent(document);
  }

  /** 疾病诊断编码 ({@code DE05.01.024.00}, CD), section 29548-5 Diagnosis, value set {@code 2.16.156.10011.2.3.1.100}. */
  public Optional<CodedValue> diagnosisCode() {
    return value("29548-5", "DE05.01.024.00", CodedValue.class);
  }

  /** 特殊检查及特殊治疗项目名称 ({@code DE06.00.306.00}, ST), section 59772-4 Planned procedure. */
  public Optional<String> specialProcedureName() {
    return text("59772-4", "DE06.00.306.00");
  }

  /** The SpecialProcedure groups of section 59772-4, in document order. */
  public List<SpecialProcedure> specialProcedureList() {
    return groups("59772-4", "DE06.00.306.00", SpecialProcedure::new);
  }

  /** 特殊检查及特殊治疗目的 ({@code DE06.00.305.00}, ST), section 59772-4 Planned procedure. */
  public Optional<String> specialProcedurePurpose() {
    return text("59772-4", "DE06.00.305.00");
  }

  /** 替代方案 ({@code DE06.00.301.00}, ST), section 59772-4 Planned procedure. */
  public Optional<String> alternativePlan() {
    return text("59772-4", "DE06.00.301.00");
  }

  /** 特殊检查及特殊治疗可能引起的并发症及风险 ({@code DE05.01.075.00}, ST), section - 操作风险. */
  public Optional<String> possibleComplicationsAndRisks() {
    return text("操作风险", "DE05.01.075.00");
  }

  /** 医疗机构的意见 ({@code DE06.00.018.00}, ST), section - 操作风险. */
  public List<Text> opinionInSection3() {
    return valueList("操作风险", "DE06.00.018.00", Text.class);
  }

  /** 医疗机构的意见 ({@code DE06.00.018.00}, ST), section - 意见章节. */
  public Optional<String> opinionInSection4() {
    return text("意见章节", "DE06.00.018.00");
  }

  /**
   * One group of section 59772-4 Planned procedure: 特殊检查及特殊治疗项目名称 with the data nested in it, written as one unit (document layout group {@code DE06.00.306.00}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class SpecialProcedure extends TypedGroup<SpecialProcedure> {
    private SpecialProcedure() {
      super("59772-4", "DE06.00.306.00");
    }

    @Override
    protected SpecialProcedure blank() {
      return new SpecialProcedure();
    }

    /** A group with its head 特殊检查及特殊治疗项目名称 ({@code DE06.00.306.00}). */
    public static SpecialProcedure of(String value) {
      return new SpecialProcedure().with("DE06.00.306.00", Text.of(value));
    }

    /** 特殊检查及特殊治疗目的 ({@code DE06.00.305.00}, ST). */
    public SpecialProcedure specialProcedurePurpose(String value) {
      return with("DE06.00.305.00", Text.of(value));
    }

    /** 特殊检查及特殊治疗目的 ({@code DE06.00.305.00}). */
    public Optional<Text> specialProcedurePurpose() {
      return value("DE06.00.305.00", Text.class);
    }

    /** 特殊检查及特殊治疗项目名称 ({@code DE06.00.306.00}). */
    public Optional<Text> specialProcedureName() {
      return value("DE06.00.306.00", Text.class);
    }
  }

  /** Builds a {@link SpecialExaminationTreatmentConsent}. Thread safety: not thread-safe. */
  public static final class Builder extends TypedDocument.Builder<SpecialExaminationTreatmentConsent, Builder> {
    private Builder() {
      super(documentSpec());
    }

    @Override
    protected SpecialExaminationTreatmentConsent create(ClinicalDocument document) {
      return new SpecialExaminationTreatmentConsent(document);
    }

    /** 疾病诊断编码 ({@code DE05.01.024.00}, CD), section 29548-5 Diagnosis, value set {@code 2.16.156.10011.2.3.1.100}. */
    public Builder diagnosisCode(Coded value) {
      return set("29548-5", "DE05.01.024.00", CodedValue.of(value));
    }

    /** Sets the one {@link SpecialProcedure}, replacing any before. */
    public Builder specialProcedureName(SpecialProcedure group) {
      return setGroup(group);
    }

    /** Sets the one {@link SpecialProcedure} to its head 特殊检查及特殊治疗项目名称 alone, replacing any before. */
    public Builder specialProcedureName(String value) {
      return setGroup(SpecialProcedure.of(value));
    }

    /** 替代方案 ({@code DE06.00.301.00}, ST), section 59772-4 Planned procedure. */
    public Builder alternativePlan(String value) {
      return set("59772-4", "DE06.00.301.00", Text.of(value));
    }

    /** 特殊检查及特殊治疗可能引起的并发症及风险 ({@code DE05.01.075.00}, ST), section - 操作风险. */
    public Builder possibleComplicationsAndRisks(String value) {
      return set("操作风险", "DE05.01.075.00", Text.of(value));
    }

    /** 医疗机构的意见 ({@code DE06.00.018.00}, ST), section - 操作风险. */
    public Builder addOpinionInSection3(String value) {
      return add("操作风险", "DE06.00.018.00", Text.of(value));
    }

    /** 医疗机构的意见 ({@code DE06.00.018.00}, ST), section - 意见章节. */
    public Builder opinionInSection4(String value) {
      return set("意见章节", "DE06.00.018.00", Text.of(value));
    }
  }
}
