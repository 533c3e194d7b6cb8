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
 * WS/T 500.24-2016 护理计划 (Nursing plan): document code {@code C0024}, templateId {@code 2.16.156.10011.2.1.1.44}.
 *
 * <p>Unconfirmed in the spec data: cardinalities (the public samples show presence only).
 *
 * <p>Generated from the document spec by TypedDocumentGenerator; do not edit.
 *
 * <p>Thread safety: immutable; the builder is not thread-safe.
 *
 * @since 0.1.0
 */
public final class NursingPlan extends TypedDocument {
  /** The document code. */
  public static final String CODE = "C0024";
  /** The templateId OID. */
  public static final String TEMPLATE_ID = "2.16.156.10011.2.1.1.44";

  private NursingPlan(ClinicalDocument document) {
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
   * @throws io.hdx.model.ValidationException when the document is not a C0024
   */
  public static NursingPlan from(ClinicalDocument document) {
    return new NursingPlan(document);
  }

  /** 疾病诊断编码 ({@code DE05.01.024.00}, CD), section 11450-4 PROBLEM LIST, value set {@code 2.16.156.10011.2.3.3.11}. */
  public Optional<CodedValue> diagnosisCode() {
    return value("11450-4", "DE05.01.024.00", CodedValue.class);
  }

  /** 护理等级代码 ({@code DE06.00.211.00}, CD), section - 护理记录, value set {@code 2.16.156.10011.2.3.1.59}. */
  public Optional<CodedValue> nursingLevelCode() {
    return value("护理记录", "DE06.00.211.00", CodedValue.class);
  }

  /** 护理类型代码 ({@code DE06.00.212.00}, CD), section - 护理记录, value set {@code 2.16.156.10011.2.3.1.60}. */
  public Optional<CodedValue> nursingTypeCode() {
    return value("护理记录", "DE06.00.212.00", CodedValue.class);
  }

  /** 护理问题 ({@code DE05.10.136.00}, ST), section - 护理记录. */
  public Optional<String> nursingProblem() {
    return text("护理记录", "DE05.10.136.00");
  }

  /** 护理操作名称 ({@code DE06.00.342.00}, ST), section - 护理记录. */
  public Optional<String> nursingProcedureName() {
    return text("护理记录", "DE06.00.342.00");
  }

  /** The NursingProcedure groups of section 护理记录, in document order. */
  public List<NursingProcedure> nursingProcedureList() {
    return groups("护理记录", "DE06.00.342.00", NursingProcedure::new);
  }

  /** 护理操作项目类目名称 ({@code DE06.00.210.00}, ST), section - 护理记录. */
  public Optional<String> nursingProcedureCategory() {
    return text("护理记录", "DE06.00.210.00");
  }

  /** 护理操作结果 ({@code DE06.00.209.00}, ST), section - 护理记录. */
  public List<Text> nursingProcedureResult() {
    return valueList("护理记录", "DE06.00.209.00", Text.class);
  }

  /** 体位护理 ({@code DE04.10.259.00}, ST), section - 护理记录. */
  public Optional<String> positioningCare() {
    return text("护理记录", "DE04.10.259.00");
  }

  /** 皮肤护理 ({@code DE04.50.068.00}, ST), section - 护理记录. */
  public Optional<String> skinCare() {
    return text("护理记录", "DE04.50.068.00");
  }

  /** 气管护理代码 ({@code DE06.00.229.00}, CD), section - 护理记录, value set {@code 2.16.156.10011.2.3.2.50}. */
  public Optional<CodedValue> trachealCareCode() {
    return value("护理记录", "DE06.00.229.00", CodedValue.class);
  }

  /** 安全护理代码 ({@code DE06.00.178.00}, CD), section - 护理记录, value set {@code 2.16.156.10011.2.3.2.52}. */
  public Optional<CodedValue> safetyCareCode() {
    return value("护理记录", "DE06.00.178.00", CodedValue.class);
  }

  /** 饮食指导代码 ({@code DE06.00.291.00}, CD), section 69730-0 Instructions, value set {@code 2.16.156.10011.2.3.1.263}. */
  public Optional<CodedValue> dietGuidanceCode() {
    return value("69730-0", "DE06.00.291.00", CodedValue.class);
  }

  /**
   * One group of section 护理记录 护理记录: 护理操作名称 with the data nested in it, written as one unit (document layout group {@code DE06.00.342.00}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class NursingProcedure extends TypedGroup<NursingProcedure> {
    private NursingProcedure() {
      super("护理记录", "DE06.00.342.00");
    }

    @Override
    protected NursingProcedure blank() {
      return new NursingProcedure();
    }

    /** A group with its head 护理操作名称 ({@code DE06.00.342.00}). */
    public static NursingProcedure of(String value) {
      return new NursingProcedure().with("DE06.00.342.00", Text.of(value));
    }

    /** 护理操作项目类目名称 ({@code DE06.00.210.00}, ST). */
    public NursingProcedure nursingProcedureCategory(String value) {
      return with("DE06.00.210.00", Text.of(value));
    }

    /** 护理操作项目类目名称 ({@code DE06.00.210.00}). */
    public Optional<Text> nursingProcedureCategory() {
      return value("DE06.00.210.00", Text.class);
    }

    /** 护理操作结果 ({@code DE06.00.209.00}, ST). */
    public NursingProcedure nursingProcedureResult(String value) {
      return with("DE06.00.209.00", Text.of(value));
    }

    /** 护理操作结果 ({@code DE06.00.209.00}). */
    public Optional<Text> nursingProcedureResult() {
      return value("DE06.00.209.00", Text.class);
    }

    /** 护理操作名称 ({@code DE06.00.342.00}). */
    public Optional<Text> nursingProcedureName() {
      return value("DE06.00.342.00", Text.class);
    }
  }

  /** Builds a {@link NursingPlan}. Thread safety: not thread-safe. */
  public static final class Builder extends TypedDocument.Builder<NursingPlan, Builder> {
    private Builder() {
      super(documentSpec());
    }

    @Override
    protected NursingPlan create(ClinicalDocument document) {
      return new NursingPlan(document);
    }

    /** 疾病诊断编码 ({@code DE05.01.024.00}, CD), section 11450-4 PROBLEM LIST, value set {@code 2.16.156.10011.2.3.3.11}. */
    public Builder diagnosisCode(Coded value) {
      return set("11450-4", "DE05.01.024.00", CodedValue.of(value));
    }

    /** 护理等级代码 ({@code DE06.00.211.00}, CD), section - 护理记录, value set {@code 2.16.156.10011.2.3.1.59}. */
    public Builder nursingLevelCode(Coded value) {
      return set("护理记录", "DE06.00.211.00", CodedValue.of(value));
    }

    /** 护理类型代码 ({@code DE06.00.212.00}, CD), section - 护理记录, value set {@code 2.16.156.10011.2.3.1.60}. */
    public Builder nursingTypeCode(Coded value) {
      return set("护理记录", "DE06.00.212.00", CodedValue.of(value));
    }

    /** 护理问题 ({@code DE05.10.136.00}, ST), section - 护理记录. */
    public Builder nursingProblem(String value) {
      return set("护理记录", "DE05.10.136.00", Text.of(value));
    }

    /** Sets the one {@link NursingProcedure}, replacing any before. */
    public Builder nursingProcedureName(NursingProcedure group) {
      return setGroup(group);
    }

    /** Sets the one {@link NursingProcedure} to its head 护理操作名称 alone, replacing any before. */
    public Builder nursingProcedureName(String value) {
      return setGroup(NursingProcedure.of(value));
    }

    /** 体位护理 ({@code DE04.10.259.00}, ST), section - 护理记录. */
    public Builder positioningCare(String value) {
      return set("护理记录", "DE04.10.259.00", Text.of(value));
    }

    /** 皮肤护理 ({@code DE04.50.068.00}, ST), section - 护理记录. */
    public Builder skinCare(String value) {
      return set("护理记录", "DE04.50.068.00", Text.of(value));
    }

    /** 气管护理代码 ({@code DE06.00.229.00}, CD), section - 护理记录, value set {@code 2.16.156.10011.2.3.2.50}. */
    public Builder trachealCareCode(Coded value) {
      return set("护理记录", "DE06.00.229.00", CodedValue.of(value));
    }

    /** 安全护理代码 ({@code DE06.00.178.00}, CD), section - 护理记录, value set {@code 2.16.156.10011.2.3.2.52}. */
    public Builder safetyCareCode(Coded value) {
      return set("护理记录", "DE06.00.178.00", CodedValue.of(value));
    }

    /** 饮食指导代码 ({@code DE06.00.291.00}, CD), section 69730-0 Instructions, value set {@code 2.16.156.10011.2.3.1.263}. */
    public Builder dietGuidanceCode(Coded value) {
      return set("69730-0", "DE06.00.291.00", CodedValue.of(value));
    }
  }
}
