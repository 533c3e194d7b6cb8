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
 * WS/T 500.45-2016 会诊记录 (Consultation record): document code {@code C0045}, templateId {@code 2.16.156.10011.2.1.1.65}.
 *
 * <p>Unconfirmed in the spec data: cardinalities (the public samples show presence only); 2 of 8 sections; 6 of 17 entries.
 *
 * <p>Generated from the document spec by TypedDocumentGenerator; do not edit.
 *
 * <p>Thread safety: immutable; the builder is not thread-safe.
 *
 * @since 0.1.0
 */
public final class ConsultationRecord extends TypedDocument {
  /** The document code. */
  public static final String CODE = "C0045";
  /** The templateId OID. */
  public static final String TEMPLATE_ID = "2.16.156.10011.2.1.1.65";

  private ConsultationRecord(ClinicalDocument document) {
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
   * @throws io.hdx.model.ValidationException when the document is not a C0045
   */
  public static ConsultationRecord from(ClinicalDocument document) {
    return new ConsultationRecord(document);
  }

  /** 病历摘要 ({@code DE06.00.182.00}, ST), section 51848-0 Assessment note. */
  public Optional<String> caseSummary() {
    return text("51848-0", "DE06.00.182.00");
  }

  /** 西医诊断名称 ({@code DE05.01.025.00}, ST), section 29548-5 Diagnosis. */
  public Optional<String> diagnosisName() {
    return text("29548-5", "DE05.01.025.00");
  }

  /** The Diagnosis groups of section 29548-5, in document order. */
  public List<Diagnosis> diagnosisList() {
    return groups("29548-5", "DE05.01.025.00", Diagnosis::new);
  }

  /** 西医诊断编码 ({@code DE05.01.024.00}, CD), section 29548-5 Diagnosis, value set {@code 2.16.156.10011.2.3.3.11.3}. */
  public List<CodedValue> diagnosisCode() {
    return valueList("29548-5", "DE05.01.024.00", CodedValue.class);
  }

  /** 中医诊断名称 ({@code DE05.10.172.00}, ST), section 29548-5 Diagnosis. */
  public List<Text> tcmDiagnosisName() {
    return valueList("29548-5", "DE05.10.172.00", Text.class);
  }

  /** The TcmDiagnosis groups of section 29548-5, in document order. */
  public List<TcmDiagnosis> tcmDiagnosisList() {
    return groups("29548-5", "DE05.10.172.00", TcmDiagnosis::new);
  }

  /** 中医四诊观察结果 ({@code DE02.10.028.00}, ST), section 29548-5 Diagnosis. */
  public List<Text> observationResult() {
    return valueList("29548-5", "DE02.10.028.00", Text.class);
  }

  /** 中医病名代码 ({@code DE05.10.130.00}, CD), section 29548-5 Diagnosis, value set {@code 2.16.156.10011.2.3.3.14}. */
  public List<CodedValue> tcmDiagnosisCode() {
    return valueList("29548-5", "DE05.10.130.00", CodedValue.class);
  }

  /** 辅助检查结果 ({@code DE04.30.009.00}, ST), section - 辅助检查. */
  public Optional<String> auxiliaryExamResult() {
    return text("辅助检查", "DE04.30.009.00");
  }

  /** 会诊类型 ({@code DE06.00.319.00}, ST), section - 辅助检查. */
  public List<Text> consultationTypeInSection3() {
    return valueList("辅助检查", "DE06.00.319.00", Text.class);
  }

  /** 会诊原因 ({@code DE06.00.039.00}, ST), section - 辅助检查. */
  public List<Text> consultationReasonInSection3() {
    return valueList("辅助检查", "DE06.00.039.00", Text.class);
  }

  /** 会诊意见 ({@code DE06.00.018.00}, ST), section - 辅助检查. */
  public Optional<String> opinionInSection3() {
    return text("辅助检查", "DE06.00.018.00");
  }

  /** 诊疗过程名称 ({@code DE06.00.297.00}, ST), section 18776-5 TREATMENT PLAN. */
  public Optional<String> treatmentCourseName() {
    return text("18776-5", "DE06.00.297.00");
  }

  /** 治则治法 ({@code DE06.00.300.00}, ST), section 18776-5 TREATMENT PLAN. */
  public Optional<String> tcmTreatmentPrinciple() {
    return text("18776-5", "DE06.00.300.00");
  }

  /** 会诊目的 ({@code DE06.00.214.00}, ST), section 18776-5 TREATMENT PLAN. */
  public Optional<String> consultationPurpose() {
    return text("18776-5", "DE06.00.214.00");
  }

  /** 会诊类型 ({@code DE06.00.319.00}, ST), section - 会诊原因. */
  public Optional<String> consultationTypeInSection5() {
    return text("会诊原因", "DE06.00.319.00");
  }

  /** 会诊原因 ({@code DE06.00.039.00}, ST), section - 会诊原因. */
  public Optional<String> consultationReasonInSection5() {
    return text("会诊原因", "DE06.00.039.00");
  }

  /** 医疗机构的意见 ({@code DE06.00.018.00}, ST), section - 会诊意见. */
  public Optional<String> opinionInSection6() {
    return text("会诊意见", "DE06.00.018.00");
  }

  /** 诊疗过程描述 ({@code DE06.00.296.00}, ST), section 8648-8 Hospital Course. */
  public Optional<String> treatmentCourseDescription() {
    return text("8648-8", "DE06.00.296.00");
  }

  /**
   * One group of section 29548-5 Diagnosis: 西医诊断名称 with the data nested in it, written as one unit (document layout group {@code DE05.01.025.00}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class Diagnosis extends TypedGroup<Diagnosis> {
    private Diagnosis() {
      super("29548-5", "DE05.01.025.00");
    }

    @Override
    protected Diagnosis blank() {
      return new Diagnosis();
    }

    /** A group with its head 西医诊断名称 ({@code DE05.01.025.00}). */
    public static Diagnosis of(String value) {
      return new Diagnosis().with("DE05.01.025.00", Text.of(value));
    }

    /** 西医诊断编码 ({@code DE05.01.024.00}, CD, value set {@code 2.16.156.10011.2.3.3.11.3}). */
    public Diagnosis diagnosisCode(Coded value) {
      return with("DE05.01.024.00", CodedValue.of(value));
    }

    /** 西医诊断编码 ({@code DE05.01.024.00}). */
    public Optional<CodedValue> diagnosisCode() {
      return value("DE05.01.024.00", CodedValue.class);
    }

    /** 西医诊断名称 ({@code DE05.01.025.00}). */
    public Optional<Text> diagnosisName() {
      return value("DE05.01.025.00", Text.class);
    }
  }

  /**
   * One group of section 29548-5 Diagnosis: 中医诊断名称 with the data nested in it, written as one unit (document layout group {@code DE05.10.172.00}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class TcmDiagnosis extends TypedGroup<TcmDiagnosis> {
    private TcmDiagnosis() {
      super("29548-5", "DE05.10.172.00");
    }

    @Override
    protected TcmDiagnosis blank() {
      return new TcmDiagnosis();
    }

    /** A group with its head 中医诊断名称 ({@code DE05.10.172.00}). */
    public static TcmDiagnosis of(String value) {
      return new TcmDiagnosis().with("DE05.10.172.00", Text.of(value));
    }

    /** 中医病名代码 ({@code DE05.10.130.00}, CD, value set {@code 2.16.156.10011.2.3.3.14}). */
    public TcmDiagnosis tcmDiagnosisCode(Coded value) {
      return with("DE05.10.130.00", CodedValue.of(value));
    }

    /** 中医病名代码 ({@code DE05.10.130.00}). */
    public Optional<CodedValue> tcmDiagnosisCode() {
      return value("DE05.10.130.00", CodedValue.class);
    }

    /** 中医诊断名称 ({@code DE05.10.172.00}). */
    public Optional<Text> tcmDiagnosisName() {
      return value("DE05.10.172.00", Text.class);
    }
  }

  /** Builds a {@link ConsultationRecord}. Thread safety: not thread-safe. */
  public static final class Builder extends TypedDocument.Builder<ConsultationRecord, Builder> {
    private Builder() {
      super(documentSpec());
    }

    @Override
    protected ConsultationRecord create(ClinicalDocument document) {
      return new ConsultationRecord(document);
    }

    /** 病历摘要 ({@code DE06.00.182.00}, ST), section 51848-0 Assessment note. */
    public Builder caseSummary(String value) {
      return set("51848-0", "DE06.00.182.00", Text.of(value));
    }

    /** Sets the one {@link Diagnosis}, replacing any before. */
    public Builder diagnosisName(Diagnosis group) {
      return setGroup(group);
    }

    /** Sets the one {@link Diagnosis} to its head 西医诊断名称 alone, replacing any before. */
    public Builder diagnosisName(String value) {
      return setGroup(Diagnosis.of(value));
    }

    /** Appends one {@link TcmDiagnosis}: all its values as one unit. */
    public Builder addTcmDiagnosis(TcmDiagnosis group) {
      return addGroup(group);
    }

    /** 中医四诊观察结果 ({@code DE02.10.028.00}, ST), section 29548-5 Diagnosis. */
    public Builder addObservationResult(String value) {
      return add("29548-5", "DE02.10.028.00", Text.of(value));
    }

    /** 辅助检查结果 ({@code DE04.30.009.00}, ST), section - 辅助检查. */
    public Builder auxiliaryExamResult(String value) {
      return set("辅助检查", "DE04.30.009.00", Text.of(value));
    }

    /** 会诊类型 ({@code DE06.00.319.00}, ST), section - 辅助检查. */
    public Builder addConsultationTypeInSection3(String value) {
      return add("辅助检查", "DE06.00.319.00", Text.of(value));
    }

    /** 会诊原因 ({@code DE06.00.039.00}, ST), section - 辅助检查. */
    public Builder addConsultationReasonInSection3(String value) {
      return add("辅助检查", "DE06.00.039.00", Text.of(value));
    }

    /** 会诊意见 ({@code DE06.00.018.00}, ST), section - 辅助检查. */
    public Builder opinionInSection3(String value) {
      return set("辅助检查", "DE06.00.018.00", Text.of(value));
    }

    /** 诊疗过程名称 ({@code DE06.00.297.00}, ST), section 18776-5 TREATMENT PLAN. */
    public Builder treatmentCourseName(String value) {
      return set("18776-5", "DE06.00.297.00", Text.of(value));
    }

    /** 治则治法 ({@code DE06.00.300.00}, ST), section 18776-5 TREATMENT PLAN. */
    public Builder tcmTreatmentPrinciple(String value) {
      return set("18776-5", "DE06.00.300.00", Text.of(value));
    }

    /** 会诊目的 ({@code DE06.00.214.00}, ST), section 18776-5 TREATMENT PLAN. */
    public Builder consultationPurpose(String value) {
      return set("18776-5", "DE06.00.214.00", Text.of(value));
    }

    /** 会诊类型 ({@code DE06.00.319.00}, ST), section - 会诊原因. */
    public Builder consultationTypeInSection5(String value) {
      return set("会诊原因", "DE06.00.319.00", Text.of(value));
    }

    /** 会诊原因 ({@code DE06.00.039.00}, ST), section - 会诊原因. */
    public Builder consultationReasonInSection5(String value) {
      return set("会诊原因", "DE06.00.039.00", Text.of(value));
    }

    /** 医疗机构的意见 ({@code DE06.00.018.00}, ST), section - 会诊意见. */
    public Builder opinionInSection6(String value) {
      return set("会诊意见", "DE06.00.018.00", Text.of(value));
    }

    /** 诊疗过程描述 ({@code DE06.00.296.00}, ST), section 8648-8 Hospital Course. */
    public Builder treatmentCourseDescription(String value) {
      return set("8648-8", "DE06.00.296.00", Text.of(value));
    }
  }
}
