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
 * WS/T 500.26-2016 手术知情告知书 (Surgery informed consent): document code {@code C0026}, templateId {@code 2.16.156.10011.2.1.1.46}.
 *
 * <p>Unconfirmed in the spec data: cardinalities (the public samples show presence only); 3 of 13 entries.
 *
 * <p>Generated from the document spec by TypedDocumentGenerator; do not edit.
 *
 * <p>Thread safety: immutable; the builder is not thread-safe.
 *
 * @since 0.1.0
 */
public final class SurgicalInformedConsent extends TypedDocument {
  /** The document code. */
  public static final String CODE = "C0026";
  /** The templateId OID. */
  public static final String TEMPLATE_ID = "2.16.156.10011.2.1.1.46";

  private SurgicalInformedConsent(ClinicalDocument document) {
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
   * @throws io.hdx.model.ValidationException when the document is not a C0026
   */
  public static SurgicalInformedConsent from(ClinicalDocument document) {
    return new SurgicalInformedConsent(document);
  }

  /** 疾病诊断编码 ({@code DE05.01.024.00}, CD), section 10219-4 Surgical operation note preoperative Dx, value set {@code 2.16.156.10011.2.3.3.11}. */
  public Optional<CodedValue> diagnosisCode() {
    return value("10219-4", "DE05.01.024.00", CodedValue.class);
  }

  /** 手术方式 ({@code DE06.00.302.00}, ST), section 18776-5 TREATMENT PLAN. */
  public List<Text> operationMethod() {
    return valueList("18776-5", "DE06.00.302.00", Text.class);
  }

  /** The Operation groups of section 18776-5, in document order. */
  public List<Operation> operationList() {
    return groups("18776-5", "PROCEDURE", Operation::new);
  }

  /** 术前准备 ({@code DE06.00.271.00}, ST), section 18776-5 TREATMENT PLAN. */
  public List<Text> preoperativePreparation() {
    return valueList("18776-5", "DE06.00.271.00", Text.class);
  }

  /** 手术禁忌症 ({@code DE05.10.141.00}, ST), section 18776-5 TREATMENT PLAN. */
  public List<Text> surgicalContraindication() {
    return valueList("18776-5", "DE05.10.141.00", Text.class);
  }

  /** 手术指征 ({@code DE06.00.340.00}, BL), section 18776-5 TREATMENT PLAN. */
  public List<BooleanValue> indication() {
    return valueList("18776-5", "DE06.00.340.00", BooleanValue.class);
  }

  /** 拟实施麻醉方法代码 ({@code DE06.00.073.00}, CD), section 18776-5 TREATMENT PLAN, value set {@code 2.16.156.10011.2.3.1.159}. */
  public List<CodedValue> anesthesiaMethodCode() {
    return valueList("18776-5", "DE06.00.073.00", CodedValue.class);
  }

  /** 替代方案 ({@code DE06.00.301.00}, ST), section 18776-5 TREATMENT PLAN. */
  public Optional<String> alternativePlan() {
    return text("18776-5", "DE06.00.301.00");
  }

  /** 手术及操作编码 ({@code DE06.00.093.00}, CD), section 18776-5 TREATMENT PLAN, value set {@code 2.16.156.10011.2.3.3.12}. */
  public List<CodedValue> procedureCode() {
    return valueList("18776-5", "DE06.00.093.00", CodedValue.class);
  }

  /** 医疗机构的意见 ({@code DE06.00.018.00}, ST), section - 意见章节. */
  public List<Text> opinion() {
    return valueList("意见章节", "DE06.00.018.00", Text.class);
  }

  /** 手术中可能出现的意外和风险 ({@code DE05.10.162.00}, ST), section - 意见章节. */
  public List<Text> intraoperativeRisksInSection3() {
    return valueList("意见章节", "DE05.10.162.00", Text.class);
  }

  /** 手术后可能出现的意外和风险 ({@code DE05.01.075.00}, ST), section - 意见章节. */
  public List<Text> possibleComplicationsAndRisksInSection3() {
    return valueList("意见章节", "DE05.01.075.00", Text.class);
  }

  /** 手术中可能出现的意外和风险 ({@code DE05.10.162.00}, ST), section - 操作风险. */
  public Optional<String> intraoperativeRisksInSection4() {
    return text("操作风险", "DE05.10.162.00");
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

    /** 手术方式 ({@code DE06.00.302.00}, ST). */
    public Operation operationMethod(String value) {
      return with("DE06.00.302.00", Text.of(value));
    }

    /** 手术方式 ({@code DE06.00.302.00}). */
    public Optional<Text> operationMethod() {
      return value("DE06.00.302.00", Text.class);
    }

    /** 术前准备 ({@code DE06.00.271.00}, ST). */
    public Operation preoperativePreparation(String value) {
      return with("DE06.00.271.00", Text.of(value));
    }

    /** 术前准备 ({@code DE06.00.271.00}). */
    public Optional<Text> preoperativePreparation() {
      return value("DE06.00.271.00", Text.class);
    }

    /** 手术禁忌症 ({@code DE05.10.141.00}, ST). */
    public Operation surgicalContraindication(String value) {
      return with("DE05.10.141.00", Text.of(value));
    }

    /** 手术禁忌症 ({@code DE05.10.141.00}). */
    public Optional<Text> surgicalContraindication() {
      return value("DE05.10.141.00", Text.class);
    }

    /** 手术指征 ({@code DE06.00.340.00}, BL). */
    public Operation indication(boolean value) {
      return with("DE06.00.340.00", BooleanValue.of(value));
    }

    /** 手术指征 ({@code DE06.00.340.00}). */
    public Optional<BooleanValue> indication() {
      return value("DE06.00.340.00", BooleanValue.class);
    }

    /** 拟实施麻醉方法代码 ({@code DE06.00.073.00}, CD, value set {@code 2.16.156.10011.2.3.1.159}). */
    public Operation anesthesiaMethodCode(Coded value) {
      return with("DE06.00.073.00", CodedValue.of(value));
    }

    /** 拟实施麻醉方法代码 ({@code DE06.00.073.00}). */
    public Optional<CodedValue> anesthesiaMethodCode() {
      return value("DE06.00.073.00", CodedValue.class);
    }

    /** 手术及操作编码 ({@code DE06.00.093.00}, CD, value set {@code 2.16.156.10011.2.3.3.12}). */
    public Operation procedureCode(Coded value) {
      return with("DE06.00.093.00", CodedValue.of(value));
    }

    /** 手术及操作编码 ({@code DE06.00.093.00}). */
    public Optional<CodedValue> procedureCode() {
      return value("DE06.00.093.00", CodedValue.class);
    }
  }

  /** Builds a {@link SurgicalInformedConsent}. Thread safety: not thread-safe. */
  public static final class Builder extends TypedDocument.Builder<SurgicalInformedConsent, Builder> {
    private Builder() {
      super(documentSpec());
    }

    @Override
    protected SurgicalInformedConsent create(ClinicalDocument document) {
      return new SurgicalInformedConsent(document);
    }

    /** 疾病诊断编码 ({@code DE05.01.024.00}, CD), section 10219-4 Surgical operation note preoperative Dx, value set {@code 2.16.156.10011.2.3.3.11}. */
    public Builder diagnosisCode(Coded value) {
      return set("10219-4", "DE05.01.024.00", CodedValue.of(value));
    }

    /** Appends one {@link Operation}: all its values as one unit. */
    public Builder addOperation(Operation group) {
      return addGroup(group);
    }

    /** 替代方案 ({@code DE06.00.301.00}, ST), section 18776-5 TREATMENT PLAN. */
    public Builder alternativePlan(String value) {
      return set("18776-5", "DE06.00.301.00", Text.of(value));
    }

    /** 医疗机构的意见 ({@code DE06.00.018.00}, ST), section - 意见章节. */
    public Builder addOpinion(String value) {
      return add("意见章节", "DE06.00.018.00", Text.of(value));
    }

    /** 手术中可能出现的意外和风险 ({@code DE05.10.162.00}, ST), section - 意见章节. */
    public Builder addIntraoperativeRisksInSection3(String value) {
      return add("意见章节", "DE05.10.162.00", Text.of(value));
    }

    /** 手术后可能出现的意外和风险 ({@code DE05.01.075.00}, ST), section - 意见章节. */
    public Builder addPossibleComplicationsAndRisksInSection3(String value) {
      return add("意见章节", "DE05.01.075.00", Text.of(value));
    }

    /** 手术中可能出现的意外和风险 ({@code DE05.10.162.00}, ST), section - 操作风险. */
    public Builder intraoperativeRisksInSection4(String value) {
      return set("操作风险", "DE05.10.162.00", Text.of(value));
    }

    /** 特殊检查及特殊治疗可能引起的并发症及风险 ({@code DE05.01.075.00}, ST), section - 操作风险. */
    public Builder possibleComplicationsAndRisksInSection4(String value) {
      return set("操作风险", "DE05.01.075.00", Text.of(value));
    }
  }
}
