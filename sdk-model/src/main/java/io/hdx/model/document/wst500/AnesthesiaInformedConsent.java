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
 * WS/T 500.27-2016 麻醉知情同意书 (Anesthesia informed consent): document code {@code C0027}, templateId {@code 2.16.156.10011.2.1.1.47}.
 *
 * <p>Unconfirmed in the spec data: cardinalities (the public samples show presence only); 4 of 9 entries.
 *
 * <p>Generated from the document spec by TypedDocumentGenerator; do not edit.
 *
 * <p>Thread safety: immutable; the builder is not thread-safe.
 *
 * @since 0.1.0
 */
public final class AnesthesiaInformedConsent extends TypedDocument {
  /** The document code. */
  public static final String CODE = "C0027";
  /** The templateId OID. */
  public static final String TEMPLATE_ID = "2.16.156.10011.2.1.1.47";

  private AnesthesiaInformedConsent(ClinicalDocument document) {
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
   * @throws io.hdx.model.ValidationException when the document is not a C0027
   */
  public static AnesthesiaInformedConsent from(ClinicalDocument document) {
    return new AnesthesiaInformedConsent(document);
  }

  /** 术前诊断编码 ({@code DE05.01.024.00}, CD), section 10219-4 Surgical operation note preoperative Dx, value set {@code 2.16.156.10011.2.3.3.11}. */
  public Optional<CodedValue> diagnosisCode() {
    return value("10219-4", "DE05.01.024.00", CodedValue.class);
  }

  /** 麻醉方法代码 ({@code DE06.00.073.00}, CD), section 18776-5 TREATMENT PLAN. */
  public List<CodedValue> anesthesiaMethodCode() {
    return valueList("18776-5", "DE06.00.073.00", CodedValue.class);
  }

  /** The Operation groups of section 18776-5, in document order. */
  public List<Operation> operationList() {
    return groups("18776-5", "PROCEDURE", Operation::new);
  }

  /** 基础疾病可能对麻醉产生的影响 ({@code DE05.10.146.00}, ST), section 18776-5 TREATMENT PLAN. */
  public List<Text> underlyingDiseaseAnesthesiaImpact() {
    return valueList("18776-5", "DE05.10.146.00", Text.class);
  }

  /** 患者基础疾病 ({@code DE04.01.121.00}, ED), section 18776-5 TREATMENT PLAN. */
  public Optional<EncapsulatedData> underlyingDisease() {
    return value("18776-5", "DE04.01.121.00", EncapsulatedData.class);
  }

  /** 使用麻醉镇痛汞标志 ({@code DE06.00.240.00}, BL), section 18776-5 TREATMENT PLAN. */
  public List<BooleanValue> analgesiaPumpUseFlag() {
    return valueList("18776-5", "DE06.00.240.00", BooleanValue.class);
  }

  /** 参加麻醉安排保险标志 ({@code DE01.00.016.00}, BL), section 18776-5 TREATMENT PLAN. */
  public List<BooleanValue> anesthesiaSafetyInsuranceFlag() {
    return valueList("18776-5", "DE01.00.016.00", BooleanValue.class);
  }

  /** 医疗机构的意见 ({@code DE06.00.018.00}, ST), section - 意见章节. */
  public List<Text> opinion() {
    return valueList("意见章节", "DE06.00.018.00", Text.class);
  }

  /** 麻醉中,麻醉后可能发生的意外及并发症 ({@code DE05.01.075.00}, ST), section - 意见章节. */
  public List<Text> possibleComplicationsAndRisksInSection3() {
    return valueList("意见章节", "DE05.01.075.00", Text.class);
  }

  /** 特殊检查及特殊治疗可能引起的并发症及风险 ({@code DE05.01.075.00}, ST), section - 操作风险. */
  public Optional<String> possibleComplicationsAndRisksInSection4() {
    return text("操作风险", "DE05.01.075.00");
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

    /** 麻醉方法代码 ({@code DE06.00.073.00}, CD). */
    public Operation anesthesiaMethodCode(Coded value) {
      return with("DE06.00.073.00", CodedValue.of(value));
    }

    /** 麻醉方法代码 ({@code DE06.00.073.00}). */
    public Optional<CodedValue> anesthesiaMethodCode() {
      return value("DE06.00.073.00", CodedValue.class);
    }

    /** 基础疾病可能对麻醉产生的影响 ({@code DE05.10.146.00}, ST). */
    public Operation underlyingDiseaseAnesthesiaImpact(String value) {
      return with("DE05.10.146.00", Text.of(value));
    }

    /** 基础疾病可能对麻醉产生的影响 ({@code DE05.10.146.00}). */
    public Optional<Text> underlyingDiseaseAnesthesiaImpact() {
      return value("DE05.10.146.00", Text.class);
    }

    /** 患者基础疾病 ({@code DE04.01.121.00}, ED). */
    public Operation underlyingDisease(EncapsulatedData value) {
      return with("DE04.01.121.00", value);
    }

    /** 患者基础疾病 ({@code DE04.01.121.00}). */
    public Optional<EncapsulatedData> underlyingDisease() {
      return value("DE04.01.121.00", EncapsulatedData.class);
    }

    /** 使用麻醉镇痛汞标志 ({@code DE06.00.240.00}, BL). */
    public Operation analgesiaPumpUseFlag(boolean value) {
      return with("DE06.00.240.00", BooleanValue.of(value));
    }

    /** 使用麻醉镇痛汞标志 ({@code DE06.00.240.00}). */
    public Optional<BooleanValue> analgesiaPumpUseFlag() {
      return value("DE06.00.240.00", BooleanValue.class);
    }

    /** 参加麻醉安排保险标志 ({@code DE01.00.016.00}, BL). */
    public Operation anesthesiaSafetyInsuranceFlag(boolean value) {
      return with("DE01.00.016.00", BooleanValue.of(value));
    }

    /** 参加麻醉安排保险标志 ({@code DE01.00.016.00}). */
    public Optional<BooleanValue> anesthesiaSafetyInsuranceFlag() {
      return value("DE01.00.016.00", BooleanValue.class);
    }
  }

  /** Builds a {@link AnesthesiaInformedConsent}. Thread safety: not thread-safe. */
  public static final class Builder extends TypedDocument.Builder<AnesthesiaInformedConsent, Builder> {
    private Builder() {
      super(documentSpec());
    }

    @Override
    protected AnesthesiaInformedConsent create(ClinicalDocument document) {
      return new AnesthesiaInformedConsent(document);
    }

    /** 术前诊断编码 ({@code DE05.01.024.00}, CD), section 10219-4 Surgical operation note preoperative Dx, value set {@code 2.16.156.10011.2.3.3.11}. */
    public Builder diagnosisCode(Coded value) {
      return set("10219-4", "DE05.01.024.00", CodedValue.of(value));
    }

    /** Appends one {@link Operation}: all its values as one unit. */
    public Builder addOperation(Operation group) {
      return addGroup(group);
    }

    /** 医疗机构的意见 ({@code DE06.00.018.00}, ST), section - 意见章节. */
    public Builder addOpinion(String value) {
      return add("意见章节", "DE06.00.018.00", Text.of(value));
    }

    /** 麻醉中,麻醉后可能发生的意外及并发症 ({@code DE05.01.075.00}, ST), section - 意见章节. */
    public Builder addPossibleComplicationsAndRisksInSection3(String value) {
      return add("意见章节", "DE05.01.075.00", Text.of(value));
    }

    /** 特殊检查及特殊治疗可能引起的并发症及风险 ({@code DE05.01.075.00}, ST), section - 操作风险. */
    public Builder possibleComplicationsAndRisksInSection4(String value) {
      return set("操作风险", "DE05.01.075.00", Text.of(value));
    }
  }
}
