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
 * WS/T 500.46-2016 术前小结 (Preoperative summary): document code {@code C0046}, templateId {@code 2.16.156.10011.2.1.1.66}.
 *
 * <p>Unconfirmed in the spec data: cardinalities (the public samples show presence only); 2 of 9 sections; 3 of 19 entries.
 *
 * <p>Generated from the document spec by TypedDocumentGenerator; do not edit.
 *
 * <p>Thread safety: immutable; the builder is not thread-safe.
 *
 * @since 0.1.0
 */
public final class PreoperativeSummary extends TypedDocument {
  /** The document code. */
  public static final String CODE = "C0046";
  /** The templateId OID. */
  public static final String TEMPLATE_ID = "2.16.156.10011.2.1.1.66";

  private PreoperativeSummary(ClinicalDocument document) {
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
   * @throws io.hdx.model.ValidationException when the document is not a C0046
   */
  public static PreoperativeSummary from(ClinicalDocument document) {
    return new PreoperativeSummary(document);
  }

  /** 病历摘要 ({@code DE06.00.182.00}, ST), section DE06.00.182.00 病历摘要. */
  public List<Text> caseSummary() {
    return valueList("DE06.00.182.00", "DE06.00.182.00", Text.class);
  }

  /** 术前诊断编码 ({@code DE05.01.024.00}, CD), section 11535-2 HOSPITAL DISCHARGE DX, value set {@code 2.16.156.10011.2.3.3.11.3}. */
  public Optional<CodedValue> diagnosisCode() {
    return value("11535-2", "DE05.01.024.00", CodedValue.class);
  }

  /** 诊断依据 ({@code DE05.01.070.00}, ST), section 11535-2 HOSPITAL DISCHARGE DX. */
  public Optional<String> diagnosisBasis() {
    return text("11535-2", "DE05.01.070.00");
  }

  /** 过敏史标志 ({@code DE02.10.023.00}, BL), section 11348-0 HISTORY OF PAST ILLNESS. */
  public Optional<Boolean> allergyHistoryFlag() {
    return bool("11348-0", "DE02.10.023.00");
  }

  /** 过敏史 ({@code DE02.10.022.00}, ST), section 11348-0 HISTORY OF PAST ILLNESS. */
  public Optional<String> allergyHistory() {
    return text("11348-0", "DE02.10.022.00");
  }

  /** 辅助检查结果 ({@code DE04.30.009.00}, ST), section - 辅助检查. */
  public Optional<String> auxiliaryExamResult() {
    return text("辅助检查", "DE04.30.009.00");
  }

  /** 会诊意见 ({@code DE06.00.018.00}, ST), section - 辅助检查. */
  public Optional<String> opinionInSection4() {
    return text("辅助检查", "DE06.00.018.00");
  }

  /** 手术适应证 ({@code DE05.10.151.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
  public Optional<String> surgicalIndication() {
    return text("47519-4", "DE05.10.151.00");
  }

  /** 手术禁忌症 ({@code DE05.10.141.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
  public Optional<String> surgicalContraindication() {
    return text("47519-4", "DE05.10.141.00");
  }

  /** 手术指征 ({@code DE06.00.340.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
  public Optional<String> indication() {
    return text("47519-4", "DE06.00.340.00");
  }

  /** 医疗机构的意见 ({@code DE06.00.018.00}, ST), section - 会诊意见. */
  public Optional<String> opinionInSection6() {
    return text("会诊意见", "DE06.00.018.00");
  }

  /** 拟实施手术及操作编码 ({@code DE06.00.093.00}, CD), section 18776-5 TREATMENT PLAN, value set {@code 2.16.156.10011.2.3.3.12}. */
  public Optional<CodedValue> procedureCode() {
    return value("18776-5", "DE06.00.093.00", CodedValue.class);
  }

  /** 拟实施手术及操作名称 ({@code DE06.00.094.00}, ST), section 18776-5 TREATMENT PLAN. */
  public Optional<String> procedureName() {
    return text("18776-5", "DE06.00.094.00");
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

  /** 注意事项 ({@code DE09.00.119.00}, ST), section DE09.00.119.00 注意事项. */
  public Optional<String> precautions() {
    return text("DE09.00.119.00", "DE09.00.119.00");
  }

  /** 手术要点 ({@code DE06.00.254.00}, ST), section DE09.00.119.00 注意事项. */
  public Optional<String> operationKeyPoints() {
    return text("DE09.00.119.00", "DE06.00.254.00");
  }

  /** 术前准备 ({@code DE06.00.271.00}, ST), section DE09.00.119.00 注意事项. */
  public Optional<String> preoperativePreparation() {
    return text("DE09.00.119.00", "DE06.00.271.00");
  }

  /** Builds a {@link PreoperativeSummary}. Thread safety: not thread-safe. */
  public static final class Builder extends TypedDocument.Builder<PreoperativeSummary, Builder> {
    private Builder() {
      super(documentSpec());
    }

    @Override
    protected PreoperativeSummary create(ClinicalDocument document) {
      return new PreoperativeSummary(document);
    }

    /** 病历摘要 ({@code DE06.00.182.00}, ST), section DE06.00.182.00 病历摘要. */
    public Builder addCaseSummary(String value) {
      return add("DE06.00.182.00", "DE06.00.182.00", Text.of(value));
    }

    /** 术前诊断编码 ({@code DE05.01.024.00}, CD), section 11535-2 HOSPITAL DISCHARGE DX, value set {@code 2.16.156.10011.2.3.3.11.3}. */
    public Builder diagnosisCode(Coded value) {
      return set("11535-2", "DE05.01.024.00", CodedValue.of(value));
    }

    /** 诊断依据 ({@code DE05.01.070.00}, ST), section 11535-2 HOSPITAL DISCHARGE DX. */
    public Builder diagnosisBasis(String value) {
      return set("11535-2", "DE05.01.070.00", Text.of(value));
    }

    /** 过敏史标志 ({@code DE02.10.023.00}, BL), section 11348-0 HISTORY OF PAST ILLNESS. */
    public Builder allergyHistoryFlag(boolean value) {
      return set("11348-0", "DE02.10.023.00", BooleanValue.of(value));
    }

    /** 过敏史 ({@code DE02.10.022.00}, ST), section 11348-0 HISTORY OF PAST ILLNESS. */
    public Builder allergyHistory(String value) {
      return set("11348-0", "DE02.10.022.00", Text.of(value));
    }

    /** 辅助检查结果 ({@code DE04.30.009.00}, ST), section - 辅助检查. */
    public Builder auxiliaryExamResult(String value) {
      return set("辅助检查", "DE04.30.009.00", Text.of(value));
    }

    /** 会诊意见 ({@code DE06.00.018.00}, ST), section - 辅助检查. */
    public Builder opinionInSection4(String value) {
      return set("辅助检查", "DE06.00.018.00", Text.of(value));
    }

    /** 手术适应证 ({@code DE05.10.151.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
    public Builder surgicalIndication(String value) {
      return set("47519-4", "DE05.10.151.00", Text.of(value));
    }

    /** 手术禁忌症 ({@code DE05.10.141.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
    public Builder surgicalContraindication(String value) {
      return set("47519-4", "DE05.10.141.00", Text.of(value));
    }

    /** 手术指征 ({@code DE06.00.340.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
    public Builder indication(String value) {
      return set("47519-4", "DE06.00.340.00", Text.of(value));
    }

    /** 医疗机构的意见 ({@code DE06.00.018.00}, ST), section - 会诊意见. */
    public Builder opinionInSection6(String value) {
      return set("会诊意见", "DE06.00.018.00", Text.of(value));
    }

    /** 拟实施手术及操作编码 ({@code DE06.00.093.00}, CD), section 18776-5 TREATMENT PLAN, value set {@code 2.16.156.10011.2.3.3.12}. */
    public Builder procedureCode(Coded value) {
      return set("18776-5", "DE06.00.093.00", CodedValue.of(value));
    }

    /** 拟实施手术及操作名称 ({@code DE06.00.094.00}, ST), section 18776-5 TREATMENT PLAN. */
    public Builder procedureName(String value) {
      return set("18776-5", "DE06.00.094.00", Text.of(value));
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

    /** 注意事项 ({@code DE09.00.119.00}, ST), section DE09.00.119.00 注意事项. */
    public Builder precautions(String value) {
      return set("DE09.00.119.00", "DE09.00.119.00", Text.of(value));
    }

    /** 手术要点 ({@code DE06.00.254.00}, ST), section DE09.00.119.00 注意事项. */
    public Builder operationKeyPoints(String value) {
      return set("DE09.00.119.00", "DE06.00.254.00", Text.of(value));
    }

    /** 术前准备 ({@code DE06.00.271.00}, ST), section DE09.00.119.00 注意事项. */
    public Builder preoperativePreparation(String value) {
      return set("DE09.00.119.00", "DE06.00.271.00", Text.of(value));
    }
  }
}
