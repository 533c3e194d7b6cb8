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
 * WS/T 500.47-2016 术前讨论 (Preoperative discussion): document code {@code C0047}, templateId {@code 2.16.156.10011.2.1.1.67}.
 *
 * <p>Unconfirmed in the spec data: cardinalities (the public samples show presence only).
 *
 * <p>Generated from the document spec by TypedDocumentGenerator; do not edit.
 *
 * <p>Thread safety: immutable; the builder is not thread-safe.
 *
 * @since 0.1.0
 */
public final class PreoperativeDiscussion extends TypedDocument {
  /** The document code. */
  public static final String CODE = "C0047";
  /** The templateId OID. */
  public static final String TEMPLATE_ID = "2.16.156.10011.2.1.1.67";

  private PreoperativeDiscussion(ClinicalDocument document) {
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
   * @throws io.hdx.model.ValidationException when the document is not a C0047
   */
  public static PreoperativeDiscussion from(ClinicalDocument document) {
    return new PreoperativeDiscussion(document);
  }

  /** 术前诊断编码 ({@code DE05.01.024.00}, CD), section 10219-4 Surgical operation note preoperative Dx, value set {@code 2.16.156.10011.2.3.3.11.3}. */
  public Optional<CodedValue> diagnosisCode() {
    return value("10219-4", "DE05.01.024.00", CodedValue.class);
  }

  /** 入院日期时间 ({@code DE06.00.092.00}, TS), section 10219-4 Surgical operation note preoperative Dx. */
  public Optional<PointInTime> admissionDateTime() {
    return value("10219-4", "DE06.00.092.00", PointInTime.class);
  }

  /** 拟实施手术及操作名称 ({@code DE06.00.094.00}, ST), section 18776-5 TREATMENT PLAN. */
  public Optional<String> procedureName() {
    return text("18776-5", "DE06.00.094.00");
  }

  /** 拟实施手术及操作编码 ({@code DE06.00.093.00}, CD), section 18776-5 TREATMENT PLAN, value set {@code 2.16.156.10011.2.3.3.12}. */
  public Optional<CodedValue> procedureCode() {
    return value("18776-5", "DE06.00.093.00", CodedValue.class);
  }

  /** 拟实施手术目标部位名称 ({@code DE06.00.187.00}, ST), section 18776-5 TREATMENT PLAN. */
  public Optional<String> procedureSiteName() {
    return text("18776-5", "DE06.00.187.00");
  }

  /** 拟实施手术及操作日期时间 ({@code DE06.00.221.00}, TS), section 18776-5 TREATMENT PLAN. */
  public Optional<PointInTime> procedureStartDateTime() {
    return value("18776-5", "DE06.00.221.00", PointInTime.class);
  }

  /** 拟实施麻醉方法代码 ({@code DE06.00.073.00}, CD), section 18776-5 TREATMENT PLAN, value set {@code 2.16.156.10011.2.3.1.159}. */
  public Optional<CodedValue> anesthesiaMethodCode() {
    return value("18776-5", "DE06.00.073.00", CodedValue.class);
  }

  /** 手术要点 ({@code DE06.00.254.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
  public Optional<String> operationKeyPoints() {
    return text("47519-4", "DE06.00.254.00");
  }

  /** 术前准备 ({@code DE06.00.271.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
  public Optional<String> preoperativePreparation() {
    return text("47519-4", "DE06.00.271.00");
  }

  /** 手术指征 ({@code DE06.00.340.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
  public Optional<String> indication() {
    return text("47519-4", "DE06.00.340.00");
  }

  /** 手术方案 ({@code DE06.00.301.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
  public Optional<String> alternativePlan() {
    return text("47519-4", "DE06.00.301.00");
  }

  /** 注意事项 ({@code DE09.00.119.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
  public Optional<String> precautions() {
    return text("47519-4", "DE09.00.119.00");
  }

  /** 讨论意见 ({@code DE06.00.018.00}, ST), section - 讨论总结. */
  public List<Text> opinion() {
    return valueList("讨论总结", "DE06.00.018.00", Text.class);
  }

  /** Builds a {@link PreoperativeDiscussion}. Thread safety: not thread-safe. */
  public static final class Builder extends TypedDocument.Builder<PreoperativeDiscussion, Builder> {
    private Builder() {
      super(documentSpec());
    }

    @Override
    protected PreoperativeDiscussion create(ClinicalDocument document) {
      return new PreoperativeDiscussion(document);
    }

    /** 术前诊断编码 ({@code DE05.01.024.00}, CD), section 10219-4 Surgical operation note preoperative Dx, value set {@code 2.16.156.10011.2.3.3.11.3}. */
    public Builder diagnosisCode(Coded value) {
      return set("10219-4", "DE05.01.024.00", CodedValue.of(value));
    }

    /** 入院日期时间 ({@code DE06.00.092.00}, TS), section 10219-4 Surgical operation note preoperative Dx. */
    public Builder admissionDateTime(LocalDate value) {
      return set("10219-4", "DE06.00.092.00", PointInTime.of(value));
    }

    /** 入院日期时间 ({@code DE06.00.092.00}, TS), section 10219-4 Surgical operation note preoperative Dx. */
    public Builder admissionDateTime(LocalDateTime value) {
      return set("10219-4", "DE06.00.092.00", PointInTime.of(value));
    }

    /** 入院日期时间 ({@code DE06.00.092.00}, TS), section 10219-4 Surgical operation note preoperative Dx. */
    public Builder admissionDateTime(PointInTime value) {
      return set("10219-4", "DE06.00.092.00", value);
    }

    /** 拟实施手术及操作名称 ({@code DE06.00.094.00}, ST), section 18776-5 TREATMENT PLAN. */
    public Builder procedureName(String value) {
      return set("18776-5", "DE06.00.094.00", Text.of(value));
    }

    /** 拟实施手术及操作编码 ({@code DE06.00.093.00}, CD), section 18776-5 TREATMENT PLAN, value set {@code 2.16.156.10011.2.3.3.12}. */
    public Builder procedureCode(Coded value) {
      return set("18776-5", "DE06.00.093.00", CodedValue.of(value));
    }

    /** 拟实施手术目标部位名称 ({@code DE06.00.187.00}, ST), section 18776-5 TREATMENT PLAN. */
    public Builder procedureSiteName(String value) {
      return set("18776-5", "DE06.00.187.00", Text.of(value));
    }

    /** 拟实施手术及操作日期时间 ({@code DE06.00.221.00}, TS), section 18776-5 TREATMENT PLAN. */
    public Builder procedureStartDateTime(LocalDate value) {
      return set("18776-5", "DE06.00.221.00", PointInTime.of(value));
    }

    /** 拟实施手术及操作日期时间 ({@code DE06.00.221.00}, TS), section 18776-5 TREATMENT PLAN. */
    public Builder procedureStartDateTime(LocalDateTime value) {
      return set("18776-5", "DE06.00.221.00", PointInTime.of(value));
    }

    /** 拟实施手术及操作日期时间 ({@code DE06.00.221.00}, TS), section 18776-5 TREATMENT PLAN. */
    public Builder procedureStartDateTime(PointInTime value) {
      return set("18776-5", "DE06.00.221.00", value);
    }

    /** 拟实施麻醉方法代码 ({@code DE06.00.073.00}, CD), section 18776-5 TREATMENT PLAN, value set {@code 2.16.156.10011.2.3.1.159}. */
    public Builder anesthesiaMethodCode(Coded value) {
      return set("18776-5", "DE06.00.073.00", CodedValue.of(value));
    }

    /** 手术要点 ({@code DE06.00.254.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
    public Builder operationKeyPoints(String value) {
      return set("47519-4", "DE06.00.254.00", Text.of(value));
    }

    /** 术前准备 ({@code DE06.00.271.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
    public Builder preoperativePreparation(String value) {
      return set("47519-4", "DE06.00.271.00", Text.of(value));
    }

    /** 手术指征 ({@code DE06.00.340.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
    public Builder indication(String value) {
      return set("47519-4", "DE06.00.340.00", Text.of(value));
    }

    /** 手术方案 ({@code DE06.00.301.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
    public Builder alternativePlan(String value) {
      return set("47519-4", "DE06.00.301.00", Text.of(value));
    }

    /** 注意事项 ({@code DE09.00.119.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
    public Builder precautions(String value) {
      return set("47519-4", "DE09.00.119.00", Text.of(value));
    }

    /** 讨论意见 ({@code DE06.00.018.00}, ST), section - 讨论总结. */
    public Builder addOpinion(String value) {
      return add("讨论总结", "DE06.00.018.00", Text.of(value));
    }
  }
}
