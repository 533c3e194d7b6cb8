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
 * WS/T 500.28-2016 输血治疗同意书 (Blood transfusion consent): document code {@code C0028}, templateId {@code 2.16.156.10011.2.1.1.48}.
 *
 * <p>Unconfirmed in the spec data: cardinalities (the public samples show presence only); 5 of 9 entries.
 *
 * <p>Generated from the document spec by TypedDocumentGenerator; do not edit.
 *
 * <p>Thread safety: immutable; the builder is not thread-safe.
 *
 * @since 0.1.0
 */
public final class BloodTransfusionConsent extends TypedDocument {
  /** The document code. */
  public static final String CODE = "C0028";
  /** The templateId OID. */
  public static final String TEMPLATE_ID = "2.16.156.10011.2.1.1.48";

  private BloodTransfusionConsent(ClinicalDocument document) {
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
   * @throws io.hdx.model.ValidationException when the document is not a C0028
   */
  public static BloodTransfusionConsent from(ClinicalDocument document) {
    return new BloodTransfusionConsent(document);
  }

  /** 疾病诊断编码 ({@code DE05.01.024.00}, CD), section 29548-5 Diagnosis, value set {@code 2.16.156.10011.2.3.1.100}. */
  public Optional<CodedValue> diagnosisCode() {
    return value("29548-5", "DE05.01.024.00", CodedValue.class);
  }

  /** 输血史标识代码 ({@code DE06.00.106.00}, CD), section 56836-0 History of blood transfusion, value set {@code 2.16.156.10011.2.3.2.42}. */
  public Optional<CodedValue> transfusionHistoryCode() {
    return value("56836-0", "DE06.00.106.00", CodedValue.class);
  }

  /** 输血方式 ({@code DE06.00.266.00}, ST), section 18776-5 TREATMENT PLAN. */
  public List<Text> transfusionMethod() {
    return valueList("18776-5", "DE06.00.266.00", Text.class);
  }

  /** The Operation groups of section 18776-5, in document order. */
  public List<Operation> operationList() {
    return groups("18776-5", "PROCEDURE", Operation::new);
  }

  /** 输血指征 ({@code DE06.00.340.00}, ST), section 18776-5 TREATMENT PLAN. */
  public List<Text> indication() {
    return valueList("18776-5", "DE06.00.340.00", Text.class);
  }

  /** 输血前有关检查项目及结果 ({@code DE05.10.109.00}, ED), section 18776-5 TREATMENT PLAN. */
  public List<EncapsulatedData> prenatalDiagnosis() {
    return valueList("18776-5", "DE05.10.109.00", EncapsulatedData.class);
  }

  /** 医疗机构的意见 ({@code DE06.00.018.00}, ST), section - 意见章节. */
  public List<Text> opinion() {
    return valueList("意见章节", "DE06.00.018.00", Text.class);
  }

  /** 输血风险及可能发生的不良后果 ({@code DE06.00.130.00}, ST), section - 意见章节. */
  public Optional<String> transfusionRisksInSection4() {
    return text("意见章节", "DE06.00.130.00");
  }

  /** 特殊检查及特殊治疗可能引起的并发症及风险 ({@code DE05.01.075.00}, ST), section - 操作风险. */
  public Optional<String> possibleComplicationsAndRisks() {
    return text("操作风险", "DE05.01.075.00");
  }

  /** 输血风险及可能发生的不良后果 ({@code DE06.00.130.00}, ST), section - 操作风险. */
  public Optional<String> transfusionRisksInSection5() {
    return text("操作风险", "DE06.00.130.00");
  }

  /**
   * One group of section 18776-5 TREATMENT PLAN: one PROCEDURE act, written as one unit (document layout group {@code PROCEDURE}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class Operation extends TypedGroup<Operation> {
    private Operation() {
      super("18776-5", "PROCEDURE");
    }

    @Override
    protected Operation blank() {
      return new Operation();
    }

    /** An empty group; set its members. */
    public static Operation of() {
      return new Operation();
    }

    /** 输血方式 ({@code DE06.00.266.00}, ST). */
    public Operation transfusionMethod(String value) {
      return with("DE06.00.266.00", Text.of(value));
    }

    /** 输血方式 ({@code DE06.00.266.00}). */
    public Optional<Text> transfusionMethod() {
      return value("DE06.00.266.00", Text.class);
    }

    /** 输血指征 ({@code DE06.00.340.00}, ST). */
    public Operation indication(String value) {
      return with("DE06.00.340.00", Text.of(value));
    }

    /** 输血指征 ({@code DE06.00.340.00}). */
    public Optional<Text> indication() {
      return value("DE06.00.340.00", Text.class);
    }

    /** 输血前有关检查项目及结果 ({@code DE05.10.109.00}, ED). */
    public Operation prenatalDiagnosis(EncapsulatedData value) {
      return with("DE05.10.109.00", value);
    }

    /** 输血前有关检查项目及结果 ({@code DE05.10.109.00}). */
    public Optional<EncapsulatedData> prenatalDiagnosis() {
      return value("DE05.10.109.00", EncapsulatedData.class);
    }
  }

  /** Builds a {@link BloodTransfusionConsent}. Thread safety: not thread-safe. */
  public static final class Builder extends TypedDocument.Builder<BloodTransfusionConsent, Builder> {
    private Builder() {
      super(documentSpec());
    }

    @Override
    protected BloodTransfusionConsent create(ClinicalDocument document) {
      return new BloodTransfusionConsent(document);
    }

    /** 疾病诊断编码 ({@code DE05.01.024.00}, CD), section 29548-5 Diagnosis, value set {@code 2.16.156.10011.2.3.1.100}. */
    public Builder diagnosisCode(Coded value) {
      return set("29548-5", "DE05.01.024.00", CodedValue.of(value));
    }

    /** 输血史标识代码 ({@code DE06.00.106.00}, CD), section 56836-0 History of blood transfusion, value set {@code 2.16.156.10011.2.3.2.42}. */
    public Builder transfusionHistoryCode(Coded value) {
      return set("56836-0", "DE06.00.106.00", CodedValue.of(value));
    }

    /** Appends one {@link Operation}: all its values as one unit. */
    public Builder addOperation(Operation group) {
      return addGroup(group);
    }

    /** 医疗机构的意见 ({@code DE06.00.018.00}, ST), section - 意见章节. */
    public Builder addOpinion(String value) {
      return add("意见章节", "DE06.00.018.00", Text.of(value));
    }

    /** 输血风险及可能发生的不良后果 ({@code DE06.00.130.00}, ST), section - 意见章节. */
    public Builder transfusionRisksInSection4(String value) {
      return set("意见章节", "DE06.00.130.00", Text.of(value));
    }

    /** 特殊检查及特殊治疗可能引起的并发症及风险 ({@code DE05.01.075.00}, ST), section - 操作风险. */
    public Builder possibleComplicationsAndRisks(String value) {
      return set("操作风险", "DE05.01.075.00", Text.of(value));
    }

    /** 输血风险及可能发生的不良后果 ({@code DE06.00.130.00}, ST), section - 操作风险. */
    public Builder transfusionRisksInSection5(String value) {
      return set("操作风险", "DE06.00.130.00", Text.of(value));
    }
  }
}
