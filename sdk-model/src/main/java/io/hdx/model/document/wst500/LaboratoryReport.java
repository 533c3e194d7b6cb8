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
 * WS/T 500.7-2016 检验报告 (Laboratory test report): document code {@code C0007}, templateId {@code 2.16.156.10011.2.1.1.27}.
 *
 * <p>Unconfirmed in the spec data: cardinalities (the public samples show presence only).
 *
 * <p>Generated from the document spec by TypedDocumentGenerator; do not edit.
 *
 * <p>Thread safety: immutable; the builder is not thread-safe.
 *
 * @since 0.1.0
 */
public final class LaboratoryReport extends TypedDocument {
  /** The document code. */
  public static final String CODE = "C0007";
  /** The templateId OID. */
  public static final String TEMPLATE_ID = "2.16.156.10011.2.1.1.27";

  private LaboratoryReport(ClinicalDocument document) {
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
   * @throws io.hdx.model.ValidationException when the document is not a C0007
   */
  public static LaboratoryReport from(ClinicalDocument document) {
    return new LaboratoryReport(document);
  }

  /** 诊断代码 ({@code DE05.01.024.00}, CD), section 29548-5 Diagnosis, value set {@code 2.16.156.10011.2.3.3.11.3}. */
  public Optional<CodedValue> diagnosisCode() {
    return value("29548-5", "DE05.01.024.00", CodedValue.class);
  }

  /** 检验方法名称 ({@code DE02.10.027.00}, ST), section 30954-2 STUDIES SUMMARY. */
  public Optional<String> examMethodName() {
    return text("30954-2", "DE02.10.027.00");
  }

  /** 检验类别 ({@code DE04.30.018.00}, ST), section 30954-2 STUDIES SUMMARY. */
  public Optional<String> examCategory() {
    return text("30954-2", "DE04.30.018.00");
  }

  /** 检验项目代码 ({@code DE04.30.019.00}, ST), section 30954-2 STUDIES SUMMARY. */
  public Optional<String> examItemCode() {
    return text("30954-2", "DE04.30.019.00");
  }

  /** The StudiesSummaryGroup groups of section 30954-2, in document order. */
  public List<StudiesSummaryGroup> studiesSummaryGroupList() {
    return groups("30954-2", "ORGANIZER", StudiesSummaryGroup::new);
  }

  /** 标本类别 ({@code DE04.50.134.00}, ST), section 30954-2 STUDIES SUMMARY. */
  public Optional<String> specimenType() {
    return text("30954-2", "DE04.50.134.00");
  }

  /** 标本状态 ({@code DE04.50.135.00}, ST), section 30954-2 STUDIES SUMMARY. */
  public Optional<String> specimenStatus() {
    return text("30954-2", "DE04.50.135.00");
  }

  /** 检验结果代码 ({@code DE04.30.017.00}, CD), section 30954-2 STUDIES SUMMARY, value set {@code 2.16.156.10011.2.3.2.38}. */
  public Optional<CodedValue> resultCode() {
    return value("30954-2", "DE04.30.017.00", CodedValue.class);
  }

  /** 检验定量结果 ({@code DE04.30.015.00}, REAL), section 30954-2 STUDIES SUMMARY. */
  public Optional<RealValue> quantitativeResult() {
    return value("30954-2", "DE04.30.015.00", RealValue.class);
  }

  /** 检查定量结果计量单位 ({@code DE04.30.016.00}, ST), section 30954-2 STUDIES SUMMARY. */
  public Optional<String> quantitativeResultUnit() {
    return text("30954-2", "DE04.30.016.00");
  }

  /** 检验报告结果 ({@code DE04.50.130.00}, ST), section - 检验报告. */
  public Optional<String> labReportResult() {
    return text("检验报告", "DE04.50.130.00");
  }

  /** 检验报告科室 ({@code DE08.10.026.00}, ST), section - 检验报告. */
  public Optional<String> departmentName() {
    return text("检验报告", "DE08.10.026.00");
  }

  /** 检验报告机构名称 ({@code DE08.10.013.00}, ST), section - 检验报告. */
  public Optional<String> organizationName() {
    return text("检验报告", "DE08.10.013.00");
  }

  /** 检验报告备注 ({@code DE06.00.179.00}, ST), section - 检验报告. */
  public Optional<String> remarks() {
    return text("检验报告", "DE06.00.179.00");
  }

  /**
   * One group of section 30954-2 STUDIES SUMMARY: the components of one organizer, written as one unit (document layout group {@code ORGANIZER}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class StudiesSummaryGroup extends TypedGroup<StudiesSummaryGroup> {
    private StudiesSummaryGroup() {
      super("30954-2", "ORGANIZER");
    }

    @Override
    protected StudiesSummaryGroup blank() {
      return new StudiesSummaryGroup();
    }

    /** An empty group; set its members. */
    public static StudiesSummaryGroup of() {
      return new StudiesSummaryGroup();
    }

    /** 检验项目代码 ({@code DE04.30.019.00}, ST). */
    public StudiesSummaryGroup examItemCode(String value) {
      return with("DE04.30.019.00", Text.of(value));
    }

    /** 检验项目代码 ({@code DE04.30.019.00}). */
    public Optional<Text> examItemCode() {
      return value("DE04.30.019.00", Text.class);
    }

    /** 标本类别 ({@code DE04.50.134.00}, ST). */
    public StudiesSummaryGroup specimenType(String value) {
      return with("DE04.50.134.00", Text.of(value));
    }

    /** 标本类别 ({@code DE04.50.134.00}). */
    public Optional<Text> specimenType() {
      return value("DE04.50.134.00", Text.class);
    }

    /** 标本状态 ({@code DE04.50.135.00}, ST). */
    public StudiesSummaryGroup specimenStatus(String value) {
      return with("DE04.50.135.00", Text.of(value));
    }

    /** 标本状态 ({@code DE04.50.135.00}). */
    public Optional<Text> specimenStatus() {
      return value("DE04.50.135.00", Text.class);
    }

    /** 检验结果代码 ({@code DE04.30.017.00}, CD, value set {@code 2.16.156.10011.2.3.2.38}). */
    public StudiesSummaryGroup resultCode(Coded value) {
      return with("DE04.30.017.00", CodedValue.of(value));
    }

    /** 检验结果代码 ({@code DE04.30.017.00}). */
    public Optional<CodedValue> resultCode() {
      return value("DE04.30.017.00", CodedValue.class);
    }

    /** 检验定量结果 ({@code DE04.30.015.00}, REAL). */
    public StudiesSummaryGroup quantitativeResult(BigDecimal value) {
      return with("DE04.30.015.00", RealValue.of(value));
    }

    /** 检验定量结果 ({@code DE04.30.015.00}). */
    public Optional<RealValue> quantitativeResult() {
      return value("DE04.30.015.00", RealValue.class);
    }

    /** 检查定量结果计量单位 ({@code DE04.30.016.00}, ST). */
    public StudiesSummaryGroup quantitativeResultUnit(String value) {
      return with("DE04.30.016.00", Text.of(value));
    }

    /** 检查定量结果计量单位 ({@code DE04.30.016.00}). */
    public Optional<Text> quantitativeResultUnit() {
      return value("DE04.30.016.00", Text.class);
    }
  }

  /** Builds a {@link LaboratoryReport}. Thread safety: not thread-safe. */
  public static final class Builder extends TypedDocument.Builder<LaboratoryReport, Builder> {
    private Builder() {
      super(documentSpec());
    }

    @Override
    protected LaboratoryReport create(ClinicalDocument document) {
      return new LaboratoryReport(document);
    }

    /** 诊断代码 ({@code DE05.01.024.00}, CD), section 29548-5 Diagnosis, value set {@code 2.16.156.10011.2.3.3.11.3}. */
    public Builder diagnosisCode(Coded value) {
      return set("29548-5", "DE05.01.024.00", CodedValue.of(value));
    }

    /** 检验方法名称 ({@code DE02.10.027.00}, ST), section 30954-2 STUDIES SUMMARY. */
    public Builder examMethodName(String value) {
      return set("30954-2", "DE02.10.027.00", Text.of(value));
    }

    /** 检验类别 ({@code DE04.30.018.00}, ST), section 30954-2 STUDIES SUMMARY. */
    public Builder examCategory(String value) {
      return set("30954-2", "DE04.30.018.00", Text.of(value));
    }

    /** Sets the one {@link StudiesSummaryGroup}, replacing any before. */
    public Builder studiesSummaryGroup(StudiesSummaryGroup group) {
      return setGroup(group);
    }

    /** 检验报告结果 ({@code DE04.50.130.00}, ST), section - 检验报告. */
    public Builder labReportResult(String value) {
      return set("检验报告", "DE04.50.130.00", Text.of(value));
    }

    /** 检验报告科室 ({@code DE08.10.026.00}, ST), section - 检验报告. */
    public Builder departmentName(String value) {
      return set("检验报告", "DE08.10.026.00", Text.of(value));
    }

    /** 检验报告机构名称 ({@code DE08.10.013.00}, ST), section - 检验报告. */
    public Builder organizationName(String value) {
      return set("检验报告", "DE08.10.013.00", Text.of(value));
    }

    /** 检验报告备注 ({@code DE06.00.179.00}, ST), section - 检验报告. */
    public Builder remarks(String value) {
      return set("检验报告", "DE06.00.179.00", Text.of(value));
    }
  }
}
