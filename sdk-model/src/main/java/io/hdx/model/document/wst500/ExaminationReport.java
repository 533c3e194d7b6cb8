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
 * WS/T 500.6-2016 检查报告 (Examination (imaging/exam) report): document code {@code C0006}, templateId {@code 2.16.156.10011.2.1.1.26}.
 *
 * <p>Unconfirmed in the spec data: cardinalities (the public samples show presence only); 11 of 33 entries.
 *
 * <p>Generated from the document spec by TypedDocumentGenerator; do not edit.
 *
 * <p>Thread safety: immutable; the builder is not thread-safe.
 *
 * @since 0.1.0
 */
public final class ExaminationReport extends TypedDocument {
  /** The document code. */
  public static final String CODE = "C0006";
  /** The templateId OID. */
  public static final String TEMPLATE_ID = "2.16.156.10011.2.1.1.26";

  private ExaminationReport(ClinicalDocument document) {
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
   * @throws io.hdx.model.ValidationException when the document is not a C0006
   */
  public static ExaminationReport from(ClinicalDocument document) {
    return new ExaminationReport(document);
  }

  /** 诊断代码 ({@code DE05.01.024.00}, CD), section 29548-5 Diagnosis, value set {@code 2.16.156.10011.2.3.3.11.3}. */
  public Optional<CodedValue> diagnosisCode() {
    return value("29548-5", "DE05.01.024.00", CodedValue.class);
  }

  /** 主诉 ({@code DE04.01.119.00}, ST), section 10154-3 CHIEF COMPLAINT. */
  public Optional<String> chiefComplaint() {
    return text("10154-3", "DE04.01.119.00");
  }

  /** 症状描述 ({@code DE04.01.117.00}, ST), section 11450-4 CHIEF COMPLAINT. */
  public Optional<String> symptomDescription() {
    return text("11450-4", "DE04.01.117.00");
  }

  /** 手术(操作)名称 ({@code DE06.00.094.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
  public List<Text> procedureName() {
    return valueList("47519-4", "DE06.00.094.00", Text.class);
  }

  /** The Operation groups of section 47519-4, in document order. */
  public List<Operation> operationList() {
    return groups("47519-4", "PROCEDURE", Operation::new);
  }

  /** 手术及操作编码 ({@code DE06.00.093.00}, CD), section 47519-4 HISTORY OF PROCEDURES. */
  public List<CodedValue> procedureCode() {
    return valueList("47519-4", "DE06.00.093.00", CodedValue.class);
  }

  /** 介入物名称 ({@code DE08.50.037.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
  public List<Text> interventionalDeviceName() {
    return valueList("47519-4", "DE08.50.037.00", Text.class);
  }

  /** 操作方法描述 ({@code DE06.00.251.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
  public List<Text> procedureMethodDescription() {
    return valueList("47519-4", "DE06.00.251.00", Text.class);
  }

  /** 操作次数 ({@code DE06.00.250.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
  public List<Text> procedureCount() {
    return valueList("47519-4", "DE06.00.250.00", Text.class);
  }

  /** 麻醉方式代码 ({@code DE06.00.073.00}, CD), section 47519-4 HISTORY OF PROCEDURES, value set {@code 2.16.156.10011.2.3.1.159}. */
  public List<CodedValue> anesthesiaMethodCode() {
    return valueList("47519-4", "DE06.00.073.00", CodedValue.class);
  }

  /** 麻醉观察结果 ({@code DE02.10.028.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
  public List<Text> observationResult() {
    return valueList("47519-4", "DE02.10.028.00", Text.class);
  }

  /** 麻醉中西医标识代码 ({@code DE06.00.307.00}, CD), section 47519-4 HISTORY OF PROCEDURES, value set {@code 2.16.156.10011.2.3.2.41}. */
  public List<CodedValue> anesthesiaTcmWesternCode() {
    return valueList("47519-4", "DE06.00.307.00", CodedValue.class);
  }

  /** 手术目标部位 ({@code DE06.00.187.00}, CD), section 47519-4 HISTORY OF PROCEDURES, value set {@code 2.16.156.10011.2.3.1.266}. */
  public List<CodedValue> procedureSiteName() {
    return valueList("47519-4", "DE06.00.187.00", CodedValue.class);
  }

  /** 特殊检查标志 ({@code DE02.01.079.00}, ST), section 29545-1 PHYSICAL EXAMINATION. */
  public Optional<String> specialExaminationFlag() {
    return text("29545-1", "DE02.01.079.00");
  }

  /** 检查方法名称 ({@code DE02.10.027.00}, ST), section 29545-1 PHYSICAL EXAMINATION. */
  public Optional<String> examMethodName() {
    return text("29545-1", "DE02.10.027.00");
  }

  /** 检查类别 ({@code DE04.30.018.00}, ST), section 29545-1 PHYSICAL EXAMINATION. */
  public Optional<String> examCategory() {
    return text("29545-1", "DE04.30.018.00");
  }

  /** 检查项目代码 ({@code DE04.30.019.00}, ST), section 29545-1 PHYSICAL EXAMINATION. */
  public Optional<String> examItemCode() {
    return text("29545-1", "DE04.30.019.00");
  }

  /** The PhysicalExaminationGroup groups of section 29545-1, in document order. */
  public List<PhysicalExaminationGroup> physicalExaminationGroupList() {
    return groups("29545-1", "ORGANIZER", PhysicalExaminationGroup::new);
  }

  /** 标本类别 ({@code DE04.50.134.00}, ST), section 29545-1 PHYSICAL EXAMINATION. */
  public Optional<String> specimenType() {
    return text("29545-1", "DE04.50.134.00");
  }

  /** 标本状态 ({@code DE04.50.135.00}, ST), section 29545-1 PHYSICAL EXAMINATION. */
  public Optional<String> specimenStatus() {
    return text("29545-1", "DE04.50.135.00");
  }

  /** 标本固定液名称 ({@code DE08.50.027.00}, ST), section 29545-1 PHYSICAL EXAMINATION. */
  public Optional<String> fixativeName() {
    return text("29545-1", "DE08.50.027.00");
  }

  /** 检查结果代码 ({@code DE04.30.017.00}, CD), section 29545-1 PHYSICAL EXAMINATION, value set {@code 2.16.156.10011.2.3.2.38}. */
  public List<CodedValue> resultCode() {
    return valueList("29545-1", "DE04.30.017.00", CodedValue.class);
  }

  /** 检查定量结果 ({@code DE04.30.015.00}, REAL), section 29545-1 PHYSICAL EXAMINATION. */
  public Optional<RealValue> quantitativeResult() {
    return value("29545-1", "DE04.30.015.00", RealValue.class);
  }

  /** 检查定量结果计量单位 ({@code DE04.30.016.00}, ST), section 29545-1 PHYSICAL EXAMINATION. */
  public List<Text> quantitativeResultUnit() {
    return valueList("29545-1", "DE04.30.016.00", Text.class);
  }

  /** 诊疗过程描述 ({@code DE06.00.296.00}, ST), section - 其他处置章节. */
  public Optional<String> treatmentCourseDescription() {
    return text("其他处置章节", "DE06.00.296.00");
  }

  /** 检查报告结果-客观所见 ({@code DE04.50.131.00}, ST), section - 其他处置章节. */
  public List<Text> examFindingsInSection6() {
    return valueList("其他处置章节", "DE04.50.131.00", Text.class);
  }

  /** 检查报告科室 ({@code DE08.10.026.00}, ST), section - 其他处置章节. */
  public Optional<String> departmentNameInSection6() {
    return text("其他处置章节", "DE08.10.026.00");
  }

  /** 检查报告机构名称 ({@code DE08.10.013.00}, ST), section - 其他处置章节. */
  public Optional<String> organizationNameInSection6() {
    return text("其他处置章节", "DE08.10.013.00");
  }

  /** 检查报告备注 ({@code DE06.00.179.00}, ST), section - 其他处置章节. */
  public Optional<String> remarksInSection6() {
    return text("其他处置章节", "DE06.00.179.00");
  }

  /** 检查报告结果-主观提示 ({@code DE04.50.132.00}, ST), section - 其他处置章节. */
  public Optional<String> examImpressionInSection6() {
    return text("其他处置章节", "DE04.50.132.00");
  }

  /** 检查报告结果-客观所见 ({@code DE04.50.131.00}, ST), section - 检查报告. */
  public Optional<String> examFindingsInSection7() {
    return text("检查报告", "DE04.50.131.00");
  }

  /** 检查报告结果-主观提示 ({@code DE04.50.132.00}, ST), section - 检查报告. */
  public Optional<String> examImpressionInSection7() {
    return text("检查报告", "DE04.50.132.00");
  }

  /** 医疗机构科室名称 ({@code DE08.10.026.00}, ST), section - 检查报告. */
  public Optional<String> departmentNameInSection7() {
    return text("检查报告", "DE08.10.026.00");
  }

  /** 拟接受医疗机构名称 ({@code DE08.10.013.00}, ST), section - 检查报告. */
  public Optional<String> organizationNameInSection7() {
    return text("检查报告", "DE08.10.013.00");
  }

  /** 医嘱备注信息 ({@code DE06.00.179.00}, ST), section - 检查报告. */
  public Optional<String> remarksInSection7() {
    return text("检查报告", "DE06.00.179.00");
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

    /** 手术(操作)名称 ({@code DE06.00.094.00}, ST). */
    public Operation procedureName(String value) {
      return with("DE06.00.094.00", Text.of(value));
    }

    /** 手术(操作)名称 ({@code DE06.00.094.00}). */
    public Optional<Text> procedureName() {
      return value("DE06.00.094.00", Text.class);
    }

    /** 手术及操作编码 ({@code DE06.00.093.00}, CD). */
    public Operation procedureCode(Coded value) {
      return with("DE06.00.093.00", CodedValue.of(value));
    }

    /** 手术及操作编码 ({@code DE06.00.093.00}). */
    public Optional<CodedValue> procedureCode() {
      return value("DE06.00.093.00", CodedValue.class);
    }

    /** 介入物名称 ({@code DE08.50.037.00}, ST). */
    public Operation interventionalDeviceName(String value) {
      return with("DE08.50.037.00", Text.of(value));
    }

    /** 介入物名称 ({@code DE08.50.037.00}). */
    public Optional<Text> interventionalDeviceName() {
      return value("DE08.50.037.00", Text.class);
    }

    /** 操作方法描述 ({@code DE06.00.251.00}, ST). */
    public Operation procedureMethodDescription(String value) {
      return with("DE06.00.251.00", Text.of(value));
    }

    /** 操作方法描述 ({@code DE06.00.251.00}). */
    public Optional<Text> procedureMethodDescription() {
      return value("DE06.00.251.00", Text.class);
    }

    /** 操作次数 ({@code DE06.00.250.00}, ST). */
    public Operation procedureCount(String value) {
      return with("DE06.00.250.00", Text.of(value));
    }

    /** 操作次数 ({@code DE06.00.250.00}). */
    public Optional<Text> procedureCount() {
      return value("DE06.00.250.00", Text.class);
    }

    /** 麻醉方式代码 ({@code DE06.00.073.00}, CD, value set {@code 2.16.156.10011.2.3.1.159}). */
    public Operation anesthesiaMethodCode(Coded value) {
      return with("DE06.00.073.00", CodedValue.of(value));
    }

    /** 麻醉方式代码 ({@code DE06.00.073.00}). */
    public Optional<CodedValue> anesthesiaMethodCode() {
      return value("DE06.00.073.00", CodedValue.class);
    }

    /** 麻醉观察结果 ({@code DE02.10.028.00}, ST). */
    public Operation observationResult(String value) {
      return with("DE02.10.028.00", Text.of(value));
    }

    /** 麻醉观察结果 ({@code DE02.10.028.00}). */
    public Optional<Text> observationResult() {
      return value("DE02.10.028.00", Text.class);
    }

    /** 麻醉中西医标识代码 ({@code DE06.00.307.00}, CD, value set {@code 2.16.156.10011.2.3.2.41}). */
    public Operation anesthesiaTcmWesternCode(Coded value) {
      return with("DE06.00.307.00", CodedValue.of(value));
    }

    /** 麻醉中西医标识代码 ({@code DE06.00.307.00}). */
    public Optional<CodedValue> anesthesiaTcmWesternCode() {
      return value("DE06.00.307.00", CodedValue.class);
    }

    /** 手术目标部位 ({@code DE06.00.187.00}, CD, value set {@code 2.16.156.10011.2.3.1.266}). */
    public Operation procedureSiteName(Coded value) {
      return with("DE06.00.187.00", CodedValue.of(value));
    }

    /** 手术目标部位 ({@code DE06.00.187.00}). */
    public Optional<CodedValue> procedureSiteName() {
      return value("DE06.00.187.00", CodedValue.class);
    }
  }

  /**
   * One group of section 29545-1 PHYSICAL EXAMINATION: the components of one organizer, written as one unit (document layout group {@code ORGANIZER}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class PhysicalExaminationGroup extends TypedGroup<PhysicalExaminationGroup> {
    private PhysicalExaminationGroup() {
      super("29545-1", "ORGANIZER");
    }

    @Override
    protected PhysicalExaminationGroup blank() {
      return new PhysicalExaminationGroup();
    }

    /** An empty group; set its members. */
    public static PhysicalExaminationGroup of() {
      return new PhysicalExaminationGroup();
    }

    /** 检查项目代码 ({@code DE04.30.019.00}, ST). */
    public PhysicalExaminationGroup examItemCode(String value) {
      return with("DE04.30.019.00", Text.of(value));
    }

    /** 检查项目代码 ({@code DE04.30.019.00}). */
    public Optional<Text> examItemCode() {
      return value("DE04.30.019.00", Text.class);
    }

    /** 标本类别 ({@code DE04.50.134.00}, ST). */
    public PhysicalExaminationGroup specimenType(String value) {
      return with("DE04.50.134.00", Text.of(value));
    }

    /** 标本类别 ({@code DE04.50.134.00}). */
    public Optional<Text> specimenType() {
      return value("DE04.50.134.00", Text.class);
    }

    /** 标本状态 ({@code DE04.50.135.00}, ST). */
    public PhysicalExaminationGroup specimenStatus(String value) {
      return with("DE04.50.135.00", Text.of(value));
    }

    /** 标本状态 ({@code DE04.50.135.00}). */
    public Optional<Text> specimenStatus() {
      return value("DE04.50.135.00", Text.class);
    }

    /** 标本固定液名称 ({@code DE08.50.027.00}, ST). */
    public PhysicalExaminationGroup fixativeName(String value) {
      return with("DE08.50.027.00", Text.of(value));
    }

    /** 标本固定液名称 ({@code DE08.50.027.00}). */
    public Optional<Text> fixativeName() {
      return value("DE08.50.027.00", Text.class);
    }

    /** 检查结果代码 ({@code DE04.30.017.00}, CD, value set {@code 2.16.156.10011.2.3.2.38}). */
    public PhysicalExaminationGroup resultCode(Coded value) {
      return with("DE04.30.017.00", CodedValue.of(value));
    }

    /** 检查结果代码 ({@code DE04.30.017.00}). */
    public Optional<CodedValue> resultCode() {
      return value("DE04.30.017.00", CodedValue.class);
    }

    /** 检查定量结果 ({@code DE04.30.015.00}, REAL). */
    public PhysicalExaminationGroup quantitativeResult(BigDecimal value) {
      return with("DE04.30.015.00", RealValue.of(value));
    }

    /** 检查定量结果 ({@code DE04.30.015.00}). */
    public Optional<RealValue> quantitativeResult() {
      return value("DE04.30.015.00", RealValue.class);
    }

    /** 检查定量结果计量单位 ({@code DE04.30.016.00}, ST). */
    public PhysicalExaminationGroup quantitativeResultUnit(String value) {
      return with("DE04.30.016.00", Text.of(value));
    }

    /** 检查定量结果计量单位 ({@code DE04.30.016.00}). */
    public Optional<Text> quantitativeResultUnit() {
      return value("DE04.30.016.00", Text.class);
    }
  }

  /** Builds a {@link ExaminationReport}. Thread safety: not thread-safe. */
  public static final class Builder extends TypedDocument.Builder<ExaminationReport, Builder> {
    private Builder() {
      super(documentSpec());
    }

    @Override
    protected ExaminationReport create(ClinicalDocument document) {
      return new ExaminationReport(document);
    }

    /** 诊断代码 ({@code DE05.01.024.00}, CD), section 29548-5 Diagnosis, value set {@code 2.16.156.10011.2.3.3.11.3}. */
    public Builder diagnosisCode(Coded value) {
      return set("29548-5", "DE05.01.024.00", CodedValue.of(value));
    }

    /** 主诉 ({@code DE04.01.119.00}, ST), section 10154-3 CHIEF COMPLAINT. */
    public Builder chiefComplaint(String value) {
      return set("10154-3", "DE04.01.119.00", Text.of(value));
    }

    /** 症状描述 ({@code DE04.01.117.00}, ST), section 11450-4 CHIEF COMPLAINT. */
    public Builder symptomDescription(String value) {
      return set("11450-4", "DE04.01.117.00", Text.of(value));
    }

    /** Appends one {@link Operation}: all its values as one unit. */
    public Builder addOperation(Operation group) {
      return addGroup(group);
    }

    /** 特殊检查标志 ({@code DE02.01.079.00}, ST), section 29545-1 PHYSICAL EXAMINATION. */
    public Builder specialExaminationFlag(String value) {
      return set("29545-1", "DE02.01.079.00", Text.of(value));
    }

    /** 检查方法名称 ({@code DE02.10.027.00}, ST), section 29545-1 PHYSICAL EXAMINATION. */
    public Builder examMethodName(String value) {
      return set("29545-1", "DE02.10.027.00", Text.of(value));
    }

    /** 检查类别 ({@code DE04.30.018.00}, ST), section 29545-1 PHYSICAL EXAMINATION. */
    public Builder examCategory(String value) {
      return set("29545-1", "DE04.30.018.00", Text.of(value));
    }

    /** Appends one {@link PhysicalExaminationGroup}: all its values as one unit. */
    public Builder addPhysicalExaminationGroup(PhysicalExaminationGroup group) {
      return addGroup(group);
    }

    /** 诊疗过程描述 ({@code DE06.00.296.00}, ST), section - 其他处置章节. */
    public Builder treatmentCourseDescription(String value) {
      return set("其他处置章节", "DE06.00.296.00", Text.of(value));
    }

    /** 检查报告结果-客观所见 ({@code DE04.50.131.00}, ST), section - 其他处置章节. */
    public Builder addExamFindingsInSection6(String value) {
      return add("其他处置章节", "DE04.50.131.00", Text.of(value));
    }

    /** 检查报告科室 ({@code DE08.10.026.00}, ST), section - 其他处置章节. */
    public Builder departmentNameInSection6(String value) {
      return set("其他处置章节", "DE08.10.026.00", Text.of(value));
    }

    /** 检查报告机构名称 ({@code DE08.10.013.00}, ST), section - 其他处置章节. */
    public Builder organizationNameInSection6(String value) {
      return set("其他处置章节", "DE08.10.013.00", Text.of(value));
    }

    /** 检查报告备注 ({@code DE06.00.179.00}, ST), section - 其他处置章节. */
    public Builder remarksInSection6(String value) {
      return set("其他处置章节", "DE06.00.179.00", Text.of(value));
    }

    /** 检查报告结果-主观提示 ({@code DE04.50.132.00}, ST), section - 其他处置章节. */
    public Builder examImpressionInSection6(String value) {
      return set("其他处置章节", "DE04.50.132.00", Text.of(value));
    }

    /** 检查报告结果-客观所见 ({@code DE04.50.131.00}, ST), section - 检查报告. */
    public Builder examFindingsInSection7(String value) {
      return set("检查报告", "DE04.50.131.00", Text.of(value));
    }

    /** 检查报告结果-主观提示 ({@code DE04.50.132.00}, ST), section - 检查报告. */
    public Builder examImpressionInSection7(String value) {
      return set("检查报告", "DE04.50.132.00", Text.of(value));
    }

    /** 医疗机构科室名称 ({@code DE08.10.026.00}, ST), section - 检查报告. */
    public Builder departmentNameInSection7(String value) {
      return set("检查报告", "DE08.10.026.00", Text.of(value));
    }

    /** 拟接受医疗机构名称 ({@code DE08.10.013.00}, ST), section - 检查报告. */
    public Builder organizationNameInSection7(String value) {
      return set("检查报告", "DE08.10.013.00", Text.of(value));
    }

    /** 医嘱备注信息 ({@code DE06.00.179.00}, ST), section - 检查报告. */
    public Builder remarksInSection7(String value) {
      return set("检查报告", "DE06.00.179.00", Text.of(value));
    }
  }
}
