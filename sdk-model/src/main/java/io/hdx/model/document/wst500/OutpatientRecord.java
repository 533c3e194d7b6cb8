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
 * WS/T 500.2-2016 门(急)诊病历 (Outpatient/emergency record): document code {@code C0002}, templateId {@code 2.16.156.10011.2.1.1.22}.
 *
 * <p>Unconfirmed in the spec data: cardinalities (the public samples show presence only); 2 of 20 entries.
 *
 * <p>Generated from the document spec by TypedDocumentGenerator; do not edit.
 *
 * <p>Thread safety: immutable; the builder is not thread-safe.
 *
 * @since 0.1.0
 */
public final class OutpatientRecord extends TypedDocument {
  /** The document code. */
  public static final String CODE = "C0002";
  /** The templateId OID. */
  public static final String TEMPLATE_ID = "2.16.156.10011.2.1.1.22";

  private OutpatientRecord(ClinicalDocument document) {
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
   * @throws io.hdx.model.ValidationException when the document is not a C0002
   */
  public static OutpatientRecord from(ClinicalDocument document) {
    return new OutpatientRecord(document);
  }

  /** 过敏史标志 ({@code DE02.10.023.00}, BL), section 48765-2 Allergies, adverse reactions, alerts. */
  public Optional<Boolean> allergyHistoryFlag() {
    return bool("48765-2", "DE02.10.023.00");
  }

  /** The AllergyHistoryFlagGroup groups of section 48765-2, in document order. */
  public List<AllergyHistoryFlagGroup> allergyHistoryFlagGroupList() {
    return groups("48765-2", "DE02.10.023.00", AllergyHistoryFlagGroup::new);
  }

  /** 过敏史 ({@code DE05.01.022.00}, ST), section 48765-2 Allergies, adverse reactions, alerts. */
  public Optional<String> outpatientAllergyHistory() {
    return text("48765-2", "DE05.01.022.00");
  }

  /** 主诉 ({@code DE04.01.119.00}, ST), section 10154-3 CHIEF COMPLAINT. */
  public Optional<String> chiefComplaint() {
    return text("10154-3", "DE04.01.119.00");
  }

  /** 现病史 ({@code DE02.10.071.00}, ST), section 10164-2 HISTORY OF PRESENT ILLNESS. */
  public Optional<String> presentIllnessHistory() {
    return text("10164-2", "DE02.10.071.00");
  }

  /** 既往史 ({@code DE02.10.099.00}, ST), section 11348-0 HISTORY OF PAST ILLNESS. */
  public Optional<String> pastMedicalHistory() {
    return text("11348-0", "DE02.10.099.00");
  }

  /** 体格检查 ({@code DE04.10.258.00}, ST), section 29545-1 PHYSICAL EXAMINATION. */
  public Optional<String> physicalExam() {
    return text("29545-1", "DE04.10.258.00");
  }

  /** 辅助检查项目 ({@code DE04.30.010.00}, ST), section 30954-2 STUDIES SUMMARY. */
  public Optional<String> auxiliaryExamItem() {
    return text("30954-2", "DE04.30.010.00");
  }

  /** The StudiesSummaryGroup groups of section 30954-2, in document order. */
  public List<StudiesSummaryGroup> studiesSummaryGroupList() {
    return groups("30954-2", "ORGANIZER", StudiesSummaryGroup::new);
  }

  /** 辅助检查结果 ({@code DE04.30.009.00}, ST), section 30954-2 STUDIES SUMMARY. */
  public Optional<String> auxiliaryExamResult() {
    return text("30954-2", "DE04.30.009.00");
  }

  /** 初诊标志代码 ({@code DE06.00.196.00}, CD), section 29548-5 Diagnosis. */
  public Optional<CodedValue> firstVisitFlagCode() {
    return value("29548-5", "DE06.00.196.00", CodedValue.class);
  }

  /** 中医“四诊”观察结果 ({@code DE02.10.028.00}, ST), section 29548-5 Diagnosis. */
  public Optional<String> observationResult() {
    return text("29548-5", "DE02.10.028.00");
  }

  /** 诊断名称 ({@code DE05.01.025.00}, ST), section 29548-5 Diagnosis. */
  public Optional<String> diagnosisName() {
    return text("29548-5", "DE05.01.025.00");
  }

  /** The DiagnosisGroup groups of section 29548-5, in document order. */
  public List<DiagnosisGroup> diagnosisGroupList() {
    return groups("29548-5", "ORGANIZER", DiagnosisGroup::new);
  }

  /** 诊断代码 ({@code DE05.01.024.00}, CD), section 29548-5 Diagnosis. */
  public Optional<CodedValue> diagnosisCode() {
    return value("29548-5", "DE05.01.024.00", CodedValue.class);
  }

  /** 中医病名名称 ({@code DE05.10.172.00}, ST), section 29548-5 Diagnosis. */
  public List<Text> tcmDiagnosisName() {
    return valueList("29548-5", "DE05.10.172.00", Text.class);
  }

  /** 中医病名代码 ({@code DE05.10.130.00}, CD), section 29548-5 Diagnosis, value set {@code 2.16.156.10011.2.3.3.14}. */
  public List<CodedValue> tcmDiagnosisCode() {
    return valueList("29548-5", "DE05.10.130.00", CodedValue.class);
  }

  /** 辨证依据 ({@code DE05.10.132.00}, ST), section 18776-5 TREATMENT PLAN. */
  public Optional<String> syndromeDifferentiationBasis() {
    return text("18776-5", "DE05.10.132.00");
  }

  /** 治则治法 ({@code DE06.00.300.00}, ST), section 18776-5 TREATMENT PLAN. */
  public Optional<String> tcmTreatmentPrinciple() {
    return text("18776-5", "DE06.00.300.00");
  }

  /** 医嘱项目类型 ({@code DE06.00.289.00}, CD), section 46209-3 Provider Orders, value set {@code 2.16.156.10011.2.3.1.268}. */
  public Optional<CodedValue> orderItemType() {
    return value("46209-3", "DE06.00.289.00", CodedValue.class);
  }

  /** The ProviderOrdersGroup groups of section 46209-3, in document order. */
  public List<ProviderOrdersGroup> providerOrdersGroupList() {
    return groups("46209-3", "ORGANIZER", ProviderOrdersGroup::new);
  }

  /** 医嘱项目内容 ({@code DE06.00.288.00}, ST), section 46209-3 Provider Orders. */
  public Optional<String> orderItemContent() {
    return text("46209-3", "DE06.00.288.00");
  }

  /** 医嘱备注信息 ({@code DE06.00.179.00}, ST), section 46209-3 Provider Orders. */
  public List<Text> remarks() {
    return valueList("46209-3", "DE06.00.179.00", Text.class);
  }

  /** 医嘱执行状态 ({@code DE06.00.290.00}, ST), section 46209-3 Provider Orders. */
  public List<Text> orderExecutionStatus() {
    return valueList("46209-3", "DE06.00.290.00", Text.class);
  }

  /**
   * One group of section 48765-2 Allergies, adverse reactions, alerts: 过敏史标志 with the data nested in it, written as one unit (document layout group {@code DE02.10.023.00}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class AllergyHistoryFlagGroup extends TypedGroup<AllergyHistoryFlagGroup> {
    private AllergyHistoryFlagGroup() {
      super("48765-2", "DE02.10.023.00");
    }

    @Override
    protected AllergyHistoryFlagGroup blank() {
      return new AllergyHistoryFlagGroup();
    }

    /** A group with its head 过敏史标志 ({@code DE02.10.023.00}). */
    public static AllergyHistoryFlagGroup of(boolean value) {
      return new AllergyHistoryFlagGroup().with("DE02.10.023.00", BooleanValue.of(value));
    }

    /** 过敏史 ({@code DE05.01.022.00}, ST). */
    public AllergyHistoryFlagGroup outpatientAllergyHistory(String value) {
      return with("DE05.01.022.00", Text.of(value));
    }

    /** 过敏史 ({@code DE05.01.022.00}). */
    public Optional<Text> outpatientAllergyHistory() {
      return value("DE05.01.022.00", Text.class);
    }

    /** 过敏史标志 ({@code DE02.10.023.00}). */
    public Optional<BooleanValue> allergyHistoryFlag() {
      return value("DE02.10.023.00", BooleanValue.class);
    }
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

    /** 辅助检查项目 ({@code DE04.30.010.00}, ST). */
    public StudiesSummaryGroup auxiliaryExamItem(String value) {
      return with("DE04.30.010.00", Text.of(value));
    }

    /** 辅助检查项目 ({@code DE04.30.010.00}). */
    public Optional<Text> auxiliaryExamItem() {
      return value("DE04.30.010.00", Text.class);
    }

    /** 辅助检查结果 ({@code DE04.30.009.00}, ST). */
    public StudiesSummaryGroup auxiliaryExamResult(String value) {
      return with("DE04.30.009.00", Text.of(value));
    }

    /** 辅助检查结果 ({@code DE04.30.009.00}). */
    public Optional<Text> auxiliaryExamResult() {
      return value("DE04.30.009.00", Text.class);
    }
  }

  /**
   * One group of section 29548-5 Diagnosis: the components of one organizer, written as one unit (document layout group {@code ORGANIZER}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class DiagnosisGroup extends TypedGroup<DiagnosisGroup> {
    private DiagnosisGroup() {
      super("29548-5", "ORGANIZER");
    }

    @Override
    protected DiagnosisGroup blank() {
      return new DiagnosisGroup();
    }

    /** An empty group; set its members. */
    public static DiagnosisGroup of() {
      return new DiagnosisGroup();
    }

    /** 诊断名称 ({@code DE05.01.025.00}, ST). */
    public DiagnosisGroup diagnosisName(String value) {
      return with("DE05.01.025.00", Text.of(value));
    }

    /** 诊断名称 ({@code DE05.01.025.00}). */
    public Optional<Text> diagnosisName() {
      return value("DE05.01.025.00", Text.class);
    }

    /** 诊断代码 ({@code DE05.01.024.00}, CD). */
    public DiagnosisGroup diagnosisCode(Coded value) {
      return with("DE05.01.024.00", CodedValue.of(value));
    }

    /** 诊断代码 ({@code DE05.01.024.00}). */
    public Optional<CodedValue> diagnosisCode() {
      return value("DE05.01.024.00", CodedValue.class);
    }

    /** 中医病名名称 ({@code DE05.10.172.00}, ST). */
    public DiagnosisGroup tcmDiagnosisName(String value) {
      return with("DE05.10.172.00", Text.of(value));
    }

    /** 中医病名名称 ({@code DE05.10.172.00}). */
    public Optional<Text> tcmDiagnosisName() {
      return value("DE05.10.172.00", Text.class);
    }

    /** 中医病名代码 ({@code DE05.10.130.00}, CD, value set {@code 2.16.156.10011.2.3.3.14}). */
    public DiagnosisGroup tcmDiagnosisCode(Coded value) {
      return with("DE05.10.130.00", CodedValue.of(value));
    }

    /** 中医病名代码 ({@code DE05.10.130.00}). */
    public Optional<CodedValue> tcmDiagnosisCode() {
      return value("DE05.10.130.00", CodedValue.class);
    }
  }

  /**
   * One group of section 46209-3 Provider Orders: the components of one organizer, written as one unit (document layout group {@code ORGANIZER}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class ProviderOrdersGroup extends TypedGroup<ProviderOrdersGroup> {
    private ProviderOrdersGroup() {
      super("46209-3", "ORGANIZER");
    }

    @Override
    protected ProviderOrdersGroup blank() {
      return new ProviderOrdersGroup();
    }

    /** An empty group; set its members. */
    public static ProviderOrdersGroup of() {
      return new ProviderOrdersGroup();
    }

    /** 医嘱项目类型 ({@code DE06.00.289.00}, CD, value set {@code 2.16.156.10011.2.3.1.268}). */
    public ProviderOrdersGroup orderItemType(Coded value) {
      return with("DE06.00.289.00", CodedValue.of(value));
    }

    /** 医嘱项目类型 ({@code DE06.00.289.00}). */
    public Optional<CodedValue> orderItemType() {
      return value("DE06.00.289.00", CodedValue.class);
    }

    /** 医嘱项目内容 ({@code DE06.00.288.00}, ST). */
    public ProviderOrdersGroup orderItemContent(String value) {
      return with("DE06.00.288.00", Text.of(value));
    }

    /** 医嘱项目内容 ({@code DE06.00.288.00}). */
    public Optional<Text> orderItemContent() {
      return value("DE06.00.288.00", Text.class);
    }

    /** 医嘱备注信息 ({@code DE06.00.179.00}, ST). */
    public ProviderOrdersGroup remarks(String value) {
      return with("DE06.00.179.00", Text.of(value));
    }

    /** 医嘱备注信息 ({@code DE06.00.179.00}). */
    public Optional<Text> remarks() {
      return value("DE06.00.179.00", Text.class);
    }

    /** 医嘱执行状态 ({@code DE06.00.290.00}, ST). */
    public ProviderOrdersGroup orderExecutionStatus(String value) {
      return with("DE06.00.290.00", Text.of(value));
    }

    /** 医嘱执行状态 ({@code DE06.00.290.00}). */
    public Optional<Text> orderExecutionStatus() {
      return value("DE06.00.290.00", Text.class);
    }
  }

  /** Builds a {@link OutpatientRecord}. Thread safety: not thread-safe. */
  public static final class Builder extends TypedDocument.Builder<OutpatientRecord, Builder> {
    private Builder() {
      super(documentSpec());
    }

    @Override
    protected OutpatientRecord create(ClinicalDocument document) {
      return new OutpatientRecord(document);
    }

    /** Sets the one {@link AllergyHistoryFlagGroup}, replacing any before. */
    public Builder allergyHistoryFlag(AllergyHistoryFlagGroup group) {
      return setGroup(group);
    }

    /** Sets the one {@link AllergyHistoryFlagGroup} to its head 过敏史标志 alone, replacing any before. */
    public Builder allergyHistoryFlag(boolean value) {
      return setGroup(AllergyHistoryFlagGroup.of(value));
    }

    /** 主诉 ({@code DE04.01.119.00}, ST), section 10154-3 CHIEF COMPLAINT. */
    public Builder chiefComplaint(String value) {
      return set("10154-3", "DE04.01.119.00", Text.of(value));
    }

    /** 现病史 ({@code DE02.10.071.00}, ST), section 10164-2 HISTORY OF PRESENT ILLNESS. */
    public Builder presentIllnessHistory(String value) {
      return set("10164-2", "DE02.10.071.00", Text.of(value));
    }

    /** 既往史 ({@code DE02.10.099.00}, ST), section 11348-0 HISTORY OF PAST ILLNESS. */
    public Builder pastMedicalHistory(String value) {
      return set("11348-0", "DE02.10.099.00", Text.of(value));
    }

    /** 体格检查 ({@code DE04.10.258.00}, ST), section 29545-1 PHYSICAL EXAMINATION. */
    public Builder physicalExam(String value) {
      return set("29545-1", "DE04.10.258.00", Text.of(value));
    }

    /** Sets the one {@link StudiesSummaryGroup}, replacing any before. */
    public Builder studiesSummaryGroup(StudiesSummaryGroup group) {
      return setGroup(group);
    }

    /** 初诊标志代码 ({@code DE06.00.196.00}, CD), section 29548-5 Diagnosis. */
    public Builder firstVisitFlagCode(Coded value) {
      return set("29548-5", "DE06.00.196.00", CodedValue.of(value));
    }

    /** 中医“四诊”观察结果 ({@code DE02.10.028.00}, ST), section 29548-5 Diagnosis. */
    public Builder observationResult(String value) {
      return set("29548-5", "DE02.10.028.00", Text.of(value));
    }

    /** Appends one {@link DiagnosisGroup}: all its values as one unit. */
    public Builder addDiagnosisGroup(DiagnosisGroup group) {
      return addGroup(group);
    }

    /** 辨证依据 ({@code DE05.10.132.00}, ST), section 18776-5 TREATMENT PLAN. */
    public Builder syndromeDifferentiationBasis(String value) {
      return set("18776-5", "DE05.10.132.00", Text.of(value));
    }

    /** 治则治法 ({@code DE06.00.300.00}, ST), section 18776-5 TREATMENT PLAN. */
    public Builder tcmTreatmentPrinciple(String value) {
      return set("18776-5", "DE06.00.300.00", Text.of(value));
    }

    /** Appends one {@link ProviderOrdersGroup}: all its values as one unit. */
    public Builder addProviderOrdersGroup(ProviderOrdersGroup group) {
      return addGroup(group);
    }
  }
}
