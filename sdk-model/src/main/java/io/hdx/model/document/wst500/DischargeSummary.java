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
 * WS/T 500.53-2016 出院小结 (Discharge summary): document code {@code C0053}, templateId {@code 2.16.156.10011.2.1.1.73}.
 *
 * <p>Unconfirmed in the spec data: cardinalities (the public samples show presence only); 8 of 8 sections; 18 of 22 entries.
 *
 * <p>Generated from the document spec by TypedDocumentGenerator; do not edit.
 *
 * <p>Thread safety: immutable; the builder is not thread-safe.
 *
 * @since 0.1.0
 */
public final class DischargeSummary extends TypedDocument {
  /** The document code. */
  public static final String CODE = "C0053";
  /** The templateId OID. */
  public static final String TEMPLATE_ID = "2.16.156.10011.2.1.1.73";

  private DischargeSummary(ClinicalDocument document) {
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
   * @throws io.hdx.model.ValidationException when the document is not a C0053
   */
  public static DischargeSummary from(ClinicalDocument document) {
    return new DischargeSummary(document);
  }

  /** 入院情况 ({@code DE05.10.148.00}, ST), section 11450-4 PROBLEM LIST. */
  public Optional<String> admissionCondition() {
    return text("11450-4", "DE05.10.148.00");
  }

  /** 入院诊断-西医诊断编码 ({@code DE05.01.024.00}, CD), section 46241-6 HOSPITAL ADMISSION DX, value set {@code 2.16.156.10011.2.3.3.11.5}. */
  public Optional<CodedValue> diagnosisCodeInHospitalAdmissionDx() {
    return value("46241-6", "DE05.01.024.00", CodedValue.class);
  }

  /** 入院诊断-中医病名代码 ({@code DE05.10.130.00}, CD), section 46241-6 HOSPITAL ADMISSION DX, value set {@code 2.16.156.10011.2.3.3.14}. */
  public List<CodedValue> tcmDiagnosisCodeInHospitalAdmissionDx() {
    return valueList("46241-6", "DE05.10.130.00", CodedValue.class);
  }

  /** 出院诊断-西医诊断编码 ({@code DE05.01.024.00}, CD), section 11535-2 Discharge Diagnosis, value set {@code 2.16.156.10011.2.3.3.11.5}. */
  public Optional<CodedValue> diagnosisCodeInDischargeDiagnosis() {
    return value("11535-2", "DE05.01.024.00", CodedValue.class);
  }

  /** 出院诊断-中医病名代码 ({@code DE05.10.130.00}, CD), section 11535-2 Discharge Diagnosis, value set {@code 2.16.156.10011.2.3.3.14}. */
  public List<CodedValue> tcmDiagnosisCodeInDischargeDiagnosis() {
    return valueList("11535-2", "DE05.10.130.00", CodedValue.class);
  }

  /** 中医'四诊'观察结果 ({@code DE05.10.028.00}, ST), section 11535-2 Discharge Diagnosis. */
  public Optional<String> tcmFourExaminationsResult() {
    return text("11535-2", "DE05.10.028.00");
  }

  /** 出院时症状与体征 ({@code DE04.01.117.00}, ST), section 11535-2 Discharge Diagnosis. */
  public Optional<String> symptomDescription() {
    return text("11535-2", "DE04.01.117.00");
  }

  /** 出院情况 ({@code DE06.00.193.00}, ST), section 11535-2 Discharge Diagnosis. */
  public Optional<String> dischargeCondition() {
    return text("11535-2", "DE06.00.193.00");
  }

  /** 中医“四诊”观察结果 ({@code DE02.10.028.00}, ST), section 11535-2 Discharge Diagnosis. */
  public Optional<String> observationResult() {
    return text("11535-2", "DE02.10.028.00");
  }

  /** 手术切口类别代码 ({@code DE06.00.257.00}, CD), section 47519-4 HISTORY OF PROCEDURES, value set {@code 2.16.156.10011.2.3.1.251}. */
  public List<CodedValue> incisionClassCode() {
    return valueList("47519-4", "DE06.00.257.00", CodedValue.class);
  }

  /** The Operation groups of section 47519-4, in document order. */
  public List<Operation> operationList() {
    return groups("47519-4", "PROCEDURE", Operation::new);
  }

  /** 切口愈合等级代码 ({@code DE05.10.147.00}, CD), section 47519-4 HISTORY OF PROCEDURES, value set {@code 2.16.156.10011.2.3.1.252}. */
  public List<CodedValue> incisionHealingGrade() {
    return valueList("47519-4", "DE05.10.147.00", CodedValue.class);
  }

  /** 手术及操作编码 ({@code DE06.00.093.00}, CD), section 47519-4 HISTORY OF PROCEDURES, value set {@code 2.16.156.10011.2.3.3.12}. */
  public List<CodedValue> procedureCode() {
    return valueList("47519-4", "DE06.00.093.00", CodedValue.class);
  }

  /** 麻醉方法代码 ({@code DE06.00.073.00}, CD), section 47519-4 HISTORY OF PROCEDURES, value set {@code 2.16.156.10011.2.3.1.159}. */
  public List<CodedValue> anesthesiaMethodCode() {
    return valueList("47519-4", "DE06.00.073.00", CodedValue.class);
  }

  /** 手术过程描述 ({@code DE05.10.063.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
  public List<Text> operationDescription() {
    return valueList("47519-4", "DE05.10.063.00", Text.class);
  }

  /** 治则治法 ({@code DE06.00.300.00}, ST), section 18776-5 TREATMENT PLAN. */
  public Optional<String> tcmTreatmentPrinciple() {
    return text("18776-5", "DE06.00.300.00");
  }

  /** 诊疗过程描述 ({@code DE06.00.296.00}, ST), section 8648-8 Hospital Course. */
  public Optional<String> treatmentCourseDescription() {
    return text("8648-8", "DE06.00.296.00");
  }

  /** 治疗结果代码 ({@code DE05.10.113.00}, CD), section 8648-8 Hospital Course, value set {@code 2.16.156.10011.2.3.1.148}. */
  public Optional<CodedValue> diseaseOutcomeCode() {
    return value("8648-8", "DE05.10.113.00", CodedValue.class);
  }

  /** 实际住院天数 ({@code DE06.00.310.00}, PQ), section 8648-8 Hospital Course, unit 天. */
  public Optional<PhysicalQuantity> lengthOfStay() {
    return value("8648-8", "DE06.00.310.00", PhysicalQuantity.class);
  }

  /** 中药煎煮方法 ({@code DE08.50.047.00}, ST), section 46209-3 Provider Orders. */
  public Optional<String> tcmDecoctionMethod() {
    return text("46209-3", "DE08.50.047.00");
  }

  /** 中药用药方法 ({@code DE06.00.136.00}, ST), section 46209-3 Provider Orders. */
  public Optional<String> medicationUsage() {
    return text("46209-3", "DE06.00.136.00");
  }

  /** 出院医嘱 ({@code DE06.00.287.00}, ST), section 46209-3 Provider Orders. */
  public Optional<String> orderContent() {
    return text("46209-3", "DE06.00.287.00");
  }

  /** 血常规检查结果 ({@code DE04.50.128.00}, ST), section 30954-2 STUDIES SUMMARY. */
  public Optional<String> completeBloodCountResult() {
    return text("30954-2", "DE04.50.128.00");
  }

  /** The StudiesSummaryGroup groups of section 30954-2, in document order. */
  public List<StudiesSummaryGroup> studiesSummaryGroupList() {
    return groups("30954-2", "ORGANIZER", StudiesSummaryGroup::new);
  }

  /**
   * One group of section 47519-4 HISTORY OF PROCEDURES: one PROCEDURE act, written as one unit (document layout group {@code PROCEDURE}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class Operation extends TypedGroup<Operation> {
    private Operation() {
      super("47519-4", "PROCEDURE");
    }

    @Override
    protected Operation blank() {
      return new Operation();
    }

    /** An empty group; set its members. */
    public static Operation of() {
      return new Operation();
    }

    /** 手术切口类别代码 ({@code DE06.00.257.00}, CD, value set {@code 2.16.156.10011.2.3.1.251}). */
    public Operation incisionClassCode(Coded value) {
      return with("DE06.00.257.00", CodedValue.of(value));
    }

    /** 手术切口类别代码 ({@code DE06.00.257.00}). */
    public Optional<CodedValue> incisionClassCode() {
      return value("DE06.00.257.00", CodedValue.class);
    }

    /** 切口愈合等级代码 ({@code DE05.10.147.00}, CD, value set {@code 2.16.156.10011.2.3.1.252}). */
    public Operation incisionHealingGrade(Coded value) {
      return with("DE05.10.147.00", CodedValue.of(value));
    }

    /** 切口愈合等级代码 ({@code DE05.10.147.00}). */
    public Optional<CodedValue> incisionHealingGrade() {
      return value("DE05.10.147.00", CodedValue.class);
    }

    /** 手术及操作编码 ({@code DE06.00.093.00}, CD, value set {@code 2.16.156.10011.2.3.3.12}). */
    public Operation procedureCode(Coded value) {
      return with("DE06.00.093.00", CodedValue.of(value));
    }

    /** 手术及操作编码 ({@code DE06.00.093.00}). */
    public Optional<CodedValue> procedureCode() {
      return value("DE06.00.093.00", CodedValue.class);
    }

    /** 麻醉方法代码 ({@code DE06.00.073.00}, CD, value set {@code 2.16.156.10011.2.3.1.159}). */
    public Operation anesthesiaMethodCode(Coded value) {
      return with("DE06.00.073.00", CodedValue.of(value));
    }

    /** 麻醉方法代码 ({@code DE06.00.073.00}). */
    public Optional<CodedValue> anesthesiaMethodCode() {
      return value("DE06.00.073.00", CodedValue.class);
    }

    /** 手术过程描述 ({@code DE05.10.063.00}, ST). */
    public Operation operationDescription(String value) {
      return with("DE05.10.063.00", Text.of(value));
    }

    /** 手术过程描述 ({@code DE05.10.063.00}). */
    public Optional<Text> operationDescription() {
      return value("DE05.10.063.00", Text.class);
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

    /** 血常规检查结果 ({@code DE04.50.128.00}, ST). */
    public StudiesSummaryGroup completeBloodCountResult(String value) {
      return with("DE04.50.128.00", Text.of(value));
    }

    /** 血常规检查结果 ({@code DE04.50.128.00}). */
    public Optional<Text> completeBloodCountResult() {
      return value("DE04.50.128.00", Text.class);
    }
  }

  /** Builds a {@link DischargeSummary}. Thread safety: not thread-safe. */
  public static final class Builder extends TypedDocument.Builder<DischargeSummary, Builder> {
    private Builder() {
      super(documentSpec());
    }

    @Override
    protected DischargeSummary create(ClinicalDocument document) {
      return new DischargeSummary(document);
    }

    /** 入院情况 ({@code DE05.10.148.00}, ST), section 11450-4 PROBLEM LIST. */
    public Builder admissionCondition(String value) {
      return set("11450-4", "DE05.10.148.00", Text.of(value));
    }

    /** 入院诊断-西医诊断编码 ({@code DE05.01.024.00}, CD), section 46241-6 HOSPITAL ADMISSION DX, value set {@code 2.16.156.10011.2.3.3.11.5}. */
    public Builder diagnosisCodeInHospitalAdmissionDx(Coded value) {
      return set("46241-6", "DE05.01.024.00", CodedValue.of(value));
    }

    /** 入院诊断-中医病名代码 ({@code DE05.10.130.00}, CD), section 46241-6 HOSPITAL ADMISSION DX, value set {@code 2.16.156.10011.2.3.3.14}. */
    public Builder addTcmDiagnosisCodeInHospitalAdmissionDx(Coded value) {
      return add("46241-6", "DE05.10.130.00", CodedValue.of(value));
    }

    /** 出院诊断-西医诊断编码 ({@code DE05.01.024.00}, CD), section 11535-2 Discharge Diagnosis, value set {@code 2.16.156.10011.2.3.3.11.5}. */
    public Builder diagnosisCodeInDischargeDiagnosis(Coded value) {
      return set("11535-2", "DE05.01.024.00", CodedValue.of(value));
    }

    /** 出院诊断-中医病名代码 ({@code DE05.10.130.00}, CD), section 11535-2 Discharge Diagnosis, value set {@code 2.16.156.10011.2.3.3.14}. */
    public Builder addTcmDiagnosisCodeInDischargeDiagnosis(Coded value) {
      return add("11535-2", "DE05.10.130.00", CodedValue.of(value));
    }

    /** 中医'四诊'观察结果 ({@code DE05.10.028.00}, ST), section 11535-2 Discharge Diagnosis. */
    public Builder tcmFourExaminationsResult(String value) {
      return set("11535-2", "DE05.10.028.00", Text.of(value));
    }

    /** 出院时症状与体征 ({@code DE04.01.117.00}, ST), section 11535-2 Discharge Diagnosis. */
    public Builder symptomDescription(String value) {
      return set("11535-2", "DE04.01.117.00", Text.of(value));
    }

    /** 出院情况 ({@code DE06.00.193.00}, ST), section 11535-2 Discharge Diagnosis. */
    public Builder dischargeCondition(String value) {
      return set("11535-2", "DE06.00.193.00", Text.of(value));
    }

    /** 中医“四诊”观察结果 ({@code DE02.10.028.00}, ST), section 11535-2 Discharge Diagnosis. */
    public Builder observationResult(String value) {
      return set("11535-2", "DE02.10.028.00", Text.of(value));
    }

    /** Appends one {@link Operation}: all its values as one unit. */
    public Builder addOperation(Operation group) {
      return addGroup(group);
    }

    /** 治则治法 ({@code DE06.00.300.00}, ST), section 18776-5 TREATMENT PLAN. */
    public Builder tcmTreatmentPrinciple(String value) {
      return set("18776-5", "DE06.00.300.00", Text.of(value));
    }

    /** 诊疗过程描述 ({@code DE06.00.296.00}, ST), section 8648-8 Hospital Course. */
    public Builder treatmentCourseDescription(String value) {
      return set("8648-8", "DE06.00.296.00", Text.of(value));
    }

    /** 治疗结果代码 ({@code DE05.10.113.00}, CD), section 8648-8 Hospital Course, value set {@code 2.16.156.10011.2.3.1.148}. */
    public Builder diseaseOutcomeCode(Coded value) {
      return set("8648-8", "DE05.10.113.00", CodedValue.of(value));
    }

    /** 实际住院天数 ({@code DE06.00.310.00}, PQ), section 8648-8 Hospital Course, unit 天. */
    public Builder lengthOfStay(BigDecimal value) {
      return set("8648-8", "DE06.00.310.00", quantity("8648-8", "DE06.00.310.00", value));
    }

    /** 实际住院天数 ({@code DE06.00.310.00}, PQ), section 8648-8 Hospital Course, unit 天. */
    public Builder lengthOfStay(PhysicalQuantity value) {
      return set("8648-8", "DE06.00.310.00", value);
    }

    /** 中药煎煮方法 ({@code DE08.50.047.00}, ST), section 46209-3 Provider Orders. */
    public Builder tcmDecoctionMethod(String value) {
      return set("46209-3", "DE08.50.047.00", Text.of(value));
    }

    /** 中药用药方法 ({@code DE06.00.136.00}, ST), section 46209-3 Provider Orders. */
    public Builder medicationUsage(String value) {
      return set("46209-3", "DE06.00.136.00", Text.of(value));
    }

    /** 出院医嘱 ({@code DE06.00.287.00}, ST), section 46209-3 Provider Orders. */
    public Builder orderContent(String value) {
      return set("46209-3", "DE06.00.287.00", Text.of(value));
    }

    /** Sets the one {@link StudiesSummaryGroup}, replacing any before. */
    public Builder studiesSummaryGroup(StudiesSummaryGroup group) {
      return setGroup(group);
    }
  }
}
