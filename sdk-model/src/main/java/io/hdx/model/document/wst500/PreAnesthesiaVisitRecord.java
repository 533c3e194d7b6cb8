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
 * WS/T 500.10-2016 麻醉术前访视记录 (Pre-anesthesia visit record): document code {@code C0010}, templateId {@code 2.16.156.10011.2.1.1.30}.
 *
 * <p>Unconfirmed in the spec data: cardinalities (the public samples show presence only); 3 of 31 entries.
 *
 * <p>Generated from the document spec by TypedDocumentGenerator; do not edit.
 *
 * <p>Thread safety: immutable; the builder is not thread-safe.
 *
 * @since 0.1.0
 */
public final class PreAnesthesiaVisitRecord extends TypedDocument {
  /** The document code. */
  public static final String CODE = "C0010";
  /** The templateId OID. */
  public static final String TEMPLATE_ID = "2.16.156.10011.2.1.1.30";

  private PreAnesthesiaVisitRecord(ClinicalDocument document) {
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
   * @throws io.hdx.model.ValidationException when the document is not a C0010
   */
  public static PreAnesthesiaVisitRecord from(ClinicalDocument document) {
    return new PreAnesthesiaVisitRecord(document);
  }

  /** 术前诊断编码 ({@code DE05.01.024.00}, CD), section 10219-4 Surgical operation note preoperative Dx, value set {@code 2.16.156.10011.2.3.3.11.3}. */
  public Optional<CodedValue> diagnosisCode() {
    return value("10219-4", "DE05.01.024.00", CodedValue.class);
  }

  /** 术前合并疾病 ({@code DE05.01.076.00}, ST), section 10219-4 Surgical operation note preoperative Dx. */
  public Optional<String> preoperativeComorbidity() {
    return text("10219-4", "DE05.01.076.00");
  }

  /** 简要病史 ({@code DE05.10.140.00}, ST), section 10164-2 HISTORY OF PRESENT ILLNESS. */
  public Optional<String> briefMedicalHistory() {
    return text("10164-2", "DE05.10.140.00");
  }

  /** 过敏史 ({@code DE02.10.022.00}, ST), section 11348-0 HISTORY OF PAST ILLNESS. */
  public Optional<String> allergyHistory() {
    return text("11348-0", "DE02.10.022.00");
  }

  /** 体重 ({@code DE04.10.188.00}, PQ), section 29545-1 PHYSICAL EXAMINATION, unit kg. */
  public Optional<PhysicalQuantity> bodyWeight() {
    return value("29545-1", "DE04.10.188.00", PhysicalQuantity.class);
  }

  /** 一般状况检查结果 ({@code DE04.10.219.00}, ST), section 29545-1 PHYSICAL EXAMINATION. */
  public Optional<String> generalConditionExamResult() {
    return text("29545-1", "DE04.10.219.00");
  }

  /** 精神状态正常标志 ({@code DE05.10.142.00}, BL), section 29545-1 PHYSICAL EXAMINATION. */
  public Optional<Boolean> mentalStatusNormalFlag() {
    return bool("29545-1", "DE05.10.142.00");
  }

  /** 心脏听诊结果 ({@code DE04.10.207.00}, ST), section 29545-1 PHYSICAL EXAMINATION. */
  public Optional<String> cardiacAuscultationResult() {
    return text("29545-1", "DE04.10.207.00");
  }

  /** 肺部听诊结果 ({@code DE04.10.031.00}, ST), section 29545-1 PHYSICAL EXAMINATION. */
  public Optional<String> lungAuscultationResult() {
    return text("29545-1", "DE04.10.031.00");
  }

  /** 四肢检查结果 ({@code DE04.10.179.00}, ST), section 29545-1 PHYSICAL EXAMINATION. */
  public Optional<String> extremitiesExamResult() {
    return text("29545-1", "DE04.10.179.00");
  }

  /** 脊柱检查结果 ({@code DE04.10.093.00}, ST), section 29545-1 PHYSICAL EXAMINATION. */
  public Optional<String> spineExamResult() {
    return text("29545-1", "DE04.10.093.00");
  }

  /** 腹部检查结果 ({@code DE04.10.046.00}, ST), section 29545-1 PHYSICAL EXAMINATION. */
  public Optional<String> abdominalExamResult() {
    return text("29545-1", "DE04.10.046.00");
  }

  /** 气管检查结果 ({@code DE06.00.230.00}, ST), section 29545-1 PHYSICAL EXAMINATION. */
  public Optional<String> tracheaExamResult() {
    return text("29545-1", "DE06.00.230.00");
  }

  /** 牙齿检查结果 ({@code DE04.10.264.00}, ST), section 29545-1 PHYSICAL EXAMINATION. */
  public Optional<String> dentalExamResult() {
    return text("29545-1", "DE04.10.264.00");
  }

  /** ABO血型代码 ({@code DE04.50.001.00}, CD), section 30954-2 STUDIES SUMMARY, value set {@code 2.16.156.10011.2.3.1.85}. */
  public Optional<CodedValue> aboBloodTypeCode() {
    return value("30954-2", "DE04.50.001.00", CodedValue.class);
  }

  /** The StudiesSummaryGroup groups of section 30954-2, in document order. */
  public List<StudiesSummaryGroup> studiesSummaryGroupList() {
    return groups("30954-2", "ORGANIZER", StudiesSummaryGroup::new);
  }

  /** Rh(D)血型代码 ({@code DE04.50.010.00}, CD), section 30954-2 STUDIES SUMMARY, value set {@code 2.16.156.10011.2.3.1.250}. */
  public List<CodedValue> rhBloodTypeCode() {
    return valueList("30954-2", "DE04.50.010.00", CodedValue.class);
  }

  /** 心电图检查结果 ({@code DE04.30.043.00}, ST), section 30954-2 STUDIES SUMMARY. */
  public Optional<String> ecgResult() {
    return text("30954-2", "DE04.30.043.00");
  }

  /** 胸部X线检查结果 ({@code DE04.30.045.00}, ST), section 30954-2 STUDIES SUMMARY. */
  public Optional<String> chestXrayResult() {
    return text("30954-2", "DE04.30.045.00");
  }

  /** CT检查结果 ({@code DE04.30.005.00}, ST), section 30954-2 STUDIES SUMMARY. */
  public Optional<String> ctResult() {
    return text("30954-2", "DE04.30.005.00");
  }

  /** B超检查结果 ({@code DE04.30.002.00}, ST), section 30954-2 STUDIES SUMMARY. */
  public Optional<String> ultrasoundResult() {
    return text("30954-2", "DE04.30.002.00");
  }

  /** MRI检查结果 ({@code DE04.30.009.00}, ST), section 30954-2 STUDIES SUMMARY. */
  public List<Text> auxiliaryExamResult() {
    return valueList("30954-2", "DE04.30.009.00", Text.class);
  }

  /** 血常规检查结果 ({@code DE04.50.128.00}, ST), section 30954-2 STUDIES SUMMARY. */
  public List<Text> completeBloodCountResult() {
    return valueList("30954-2", "DE04.50.128.00", Text.class);
  }

  /** 尿常规检查结果 ({@code DE04.50.048.00}, ST), section 30954-2 STUDIES SUMMARY. */
  public Optional<String> urinalysisResult() {
    return text("30954-2", "DE04.50.048.00");
  }

  /** 凝血功能检查结果 ({@code DE04.50.142.00}, ST), section 30954-2 STUDIES SUMMARY. */
  public Optional<String> coagulationResult() {
    return text("30954-2", "DE04.50.142.00");
  }

  /** 肝功能检查结果 ({@code DE04.50.026.00}, ST), section 30954-2 STUDIES SUMMARY. */
  public Optional<String> liverFunctionResult() {
    return text("30954-2", "DE04.50.026.00");
  }

  /** 手术及操作编码 ({@code DE06.00.093.00}, CD), section 18776-5 TREATMENT PLAN, value set {@code 2.16.156.10011.2.3.3.12}. */
  public List<CodedValue> procedureCode() {
    return valueList("18776-5", "DE06.00.093.00", CodedValue.class);
  }

  /** The Operation groups of section 18776-5, in document order. */
  public List<Operation> operationList() {
    return groups("18776-5", "PROCEDURE", Operation::new);
  }

  /** 患者实施手术所在的手术室编号 ({@code DE06.00.256.00}, ST), section 18776-5 TREATMENT PLAN. */
  public Optional<String> operatingRoomNumber() {
    return text("18776-5", "DE06.00.256.00");
  }

  /** 拟实施麻醉方法代码 ({@code DE06.00.073.00}, CD), section 18776-5 TREATMENT PLAN, value set {@code 2.16.156.10011.2.3.1.159}. */
  public Optional<CodedValue> anesthesiaMethodCode() {
    return value("18776-5", "DE06.00.073.00", CodedValue.class);
  }

  /** The AnesthesiaMethodCodeGroup groups of section 18776-5, in document order. */
  public List<AnesthesiaMethodCodeGroup> anesthesiaMethodCodeGroupList() {
    return groups("18776-5", "DE06.00.073.00", AnesthesiaMethodCodeGroup::new);
  }

  /** 术前麻醉医嘱 ({@code DE06.00.287.00}, ST), section 18776-5 TREATMENT PLAN. */
  public Optional<String> orderContent() {
    return text("18776-5", "DE06.00.287.00");
  }

  /** 麻醉适应症 ({@code DE06.00.227.00}, ST), section 18776-5 TREATMENT PLAN. */
  public List<Text> anesthesiaIndication() {
    return valueList("18776-5", "DE06.00.227.00", Text.class);
  }

  /** 注意事项 ({@code DE09.00.119.00}, ST), section 18776-5 TREATMENT PLAN. */
  public Optional<String> precautions() {
    return text("18776-5", "DE09.00.119.00");
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

    /** ABO血型代码 ({@code DE04.50.001.00}, CD, value set {@code 2.16.156.10011.2.3.1.85}). */
    public StudiesSummaryGroup aboBloodTypeCode(Coded value) {
      return with("DE04.50.001.00", CodedValue.of(value));
    }

    /** ABO血型代码 ({@code DE04.50.001.00}). */
    public Optional<CodedValue> aboBloodTypeCode() {
      return value("DE04.50.001.00", CodedValue.class);
    }

    /** Rh(D)血型代码 ({@code DE04.50.010.00}, CD, value set {@code 2.16.156.10011.2.3.1.250}). */
    public StudiesSummaryGroup rhBloodTypeCode(Coded value) {
      return with("DE04.50.010.00", CodedValue.of(value));
    }

    /** Rh(D)血型代码 ({@code DE04.50.010.00}). */
    public Optional<CodedValue> rhBloodTypeCode() {
      return value("DE04.50.010.00", CodedValue.class);
    }
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

    /** 手术及操作编码 ({@code DE06.00.093.00}, CD, value set {@code 2.16.156.10011.2.3.3.12}). */
    public Operation procedureCode(Coded value) {
      return with("DE06.00.093.00", CodedValue.of(value));
    }

    /** 手术及操作编码 ({@code DE06.00.093.00}). */
    public Optional<CodedValue> procedureCode() {
      return value("DE06.00.093.00", CodedValue.class);
    }

    /** 患者实施手术所在的手术室编号 ({@code DE06.00.256.00}, ST). */
    public Operation operatingRoomNumber(String value) {
      return with("DE06.00.256.00", Text.of(value));
    }

    /** 患者实施手术所在的手术室编号 ({@code DE06.00.256.00}). */
    public Optional<Text> operatingRoomNumber() {
      return value("DE06.00.256.00", Text.class);
    }
  }

  /**
   * One group of section 18776-5 TREATMENT PLAN: 拟实施麻醉方法代码 with the data nested in it, written as one unit (document layout group {@code DE06.00.073.00}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class AnesthesiaMethodCodeGroup extends TypedGroup<AnesthesiaMethodCodeGroup> {
    private AnesthesiaMethodCodeGroup() {
      super("18776-5", "DE06.00.073.00");
    }

    @Override
    protected AnesthesiaMethodCodeGroup blank() {
      return new AnesthesiaMethodCodeGroup();
    }

    /** A group with its head 拟实施麻醉方法代码 ({@code DE06.00.073.00}). */
    public static AnesthesiaMethodCodeGroup of(Coded value) {
      return new AnesthesiaMethodCodeGroup().with("DE06.00.073.00", CodedValue.of(value));
    }

    /** 术前麻醉医嘱 ({@code DE06.00.287.00}, ST). */
    public AnesthesiaMethodCodeGroup orderContent(String value) {
      return with("DE06.00.287.00", Text.of(value));
    }

    /** 术前麻醉医嘱 ({@code DE06.00.287.00}). */
    public Optional<Text> orderContent() {
      return value("DE06.00.287.00", Text.class);
    }

    /** 麻醉适应症 ({@code DE06.00.227.00}, ST). */
    public AnesthesiaMethodCodeGroup anesthesiaIndication(String value) {
      return with("DE06.00.227.00", Text.of(value));
    }

    /** 麻醉适应症 ({@code DE06.00.227.00}). */
    public Optional<Text> anesthesiaIndication() {
      return value("DE06.00.227.00", Text.class);
    }

    /** 注意事项 ({@code DE09.00.119.00}, ST). */
    public AnesthesiaMethodCodeGroup precautions(String value) {
      return with("DE09.00.119.00", Text.of(value));
    }

    /** 注意事项 ({@code DE09.00.119.00}). */
    public Optional<Text> precautions() {
      return value("DE09.00.119.00", Text.class);
    }

    /** 拟实施麻醉方法代码 ({@code DE06.00.073.00}). */
    public Optional<CodedValue> anesthesiaMethodCode() {
      return value("DE06.00.073.00", CodedValue.class);
    }
  }

  /** Builds a {@link PreAnesthesiaVisitRecord}. Thread safety: not thread-safe. */
  public static final class Builder extends TypedDocument.Builder<PreAnesthesiaVisitRecord, Builder> {
    private Builder() {
      super(documentSpec());
    }

    @Override
    protected PreAnesthesiaVisitRecord create(ClinicalDocument document) {
      return new PreAnesthesiaVisitRecord(document);
    }

    /** 术前诊断编码 ({@code DE05.01.024.00}, CD), section 10219-4 Surgical operation note preoperative Dx, value set {@code 2.16.156.10011.2.3.3.11.3}. */
    public Builder diagnosisCode(Coded value) {
      return set("10219-4", "DE05.01.024.00", CodedValue.of(value));
    }

    /** 术前合并疾病 ({@code DE05.01.076.00}, ST), section 10219-4 Surgical operation note preoperative Dx. */
    public Builder preoperativeComorbidity(String value) {
      return set("10219-4", "DE05.01.076.00", Text.of(value));
    }

    /** 简要病史 ({@code DE05.10.140.00}, ST), section 10164-2 HISTORY OF PRESENT ILLNESS. */
    public Builder briefMedicalHistory(String value) {
      return set("10164-2", "DE05.10.140.00", Text.of(value));
    }

    /** 过敏史 ({@code DE02.10.022.00}, ST), section 11348-0 HISTORY OF PAST ILLNESS. */
    public Builder allergyHistory(String value) {
      return set("11348-0", "DE02.10.022.00", Text.of(value));
    }

    /** 体重 ({@code DE04.10.188.00}, PQ), section 29545-1 PHYSICAL EXAMINATION, unit kg. */
    public Builder bodyWeight(BigDecimal value) {
      return set("29545-1", "DE04.10.188.00", quantity("29545-1", "DE04.10.188.00", value));
    }

    /** 体重 ({@code DE04.10.188.00}, PQ), section 29545-1 PHYSICAL EXAMINATION, unit kg. */
    public Builder bodyWeight(PhysicalQuantity value) {
      return set("29545-1", "DE04.10.188.00", value);
    }

    /** 一般状况检查结果 ({@code DE04.10.219.00}, ST), section 29545-1 PHYSICAL EXAMINATION. */
    public Builder generalConditionExamResult(String value) {
      return set("29545-1", "DE04.10.219.00", Text.of(value));
    }

    /** 精神状态正常标志 ({@code DE05.10.142.00}, BL), section 29545-1 PHYSICAL EXAMINATION. */
    public Builder mentalStatusNormalFlag(boolean value) {
      return set("29545-1", "DE05.10.142.00", BooleanValue.of(value));
    }

    /** 心脏听诊结果 ({@code DE04.10.207.00}, ST), section 29545-1 PHYSICAL EXAMINATION. */
    public Builder cardiacAuscultationResult(String value) {
      return set("29545-1", "DE04.10.207.00", Text.of(value));
    }

    /** 肺部听诊结果 ({@code DE04.10.031.00}, ST), section 29545-1 PHYSICAL EXAMINATION. */
    public Builder lungAuscultationResult(String value) {
      return set("29545-1", "DE04.10.031.00", Text.of(value));
    }

    /** 四肢检查结果 ({@code DE04.10.179.00}, ST), section 29545-1 PHYSICAL EXAMINATION. */
    public Builder extremitiesExamResult(String value) {
      return set("29545-1", "DE04.10.179.00", Text.of(value));
    }

    /** 脊柱检查结果 ({@code DE04.10.093.00}, ST), section 29545-1 PHYSICAL EXAMINATION. */
    public Builder spineExamResult(String value) {
      return set("29545-1", "DE04.10.093.00", Text.of(value));
    }

    /** 腹部检查结果 ({@code DE04.10.046.00}, ST), section 29545-1 PHYSICAL EXAMINATION. */
    public Builder abdominalExamResult(String value) {
      return set("29545-1", "DE04.10.046.00", Text.of(value));
    }

    /** 气管检查结果 ({@code DE06.00.230.00}, ST), section 29545-1 PHYSICAL EXAMINATION. */
    public Builder tracheaExamResult(String value) {
      return set("29545-1", "DE06.00.230.00", Text.of(value));
    }

    /** 牙齿检查结果 ({@code DE04.10.264.00}, ST), section 29545-1 PHYSICAL EXAMINATION. */
    public Builder dentalExamResult(String value) {
      return set("29545-1", "DE04.10.264.00", Text.of(value));
    }

    /** Appends one {@link StudiesSummaryGroup}: all its values as one unit. */
    public Builder addStudiesSummaryGroup(StudiesSummaryGroup group) {
      return addGroup(group);
    }

    /** 心电图检查结果 ({@code DE04.30.043.00}, ST), section 30954-2 STUDIES SUMMARY. */
    public Builder ecgResult(String value) {
      return set("30954-2", "DE04.30.043.00", Text.of(value));
    }

    /** 胸部X线检查结果 ({@code DE04.30.045.00}, ST), section 30954-2 STUDIES SUMMARY. */
    public Builder chestXrayResult(String value) {
      return set("30954-2", "DE04.30.045.00", Text.of(value));
    }

    /** CT检查结果 ({@code DE04.30.005.00}, ST), section 30954-2 STUDIES SUMMARY. */
    public Builder ctResult(String value) {
      return set("30954-2", "DE04.30.005.00", Text.of(value));
    }

    /** B超检查结果 ({@code DE04.30.002.00}, ST), section 30954-2 STUDIES SUMMARY. */
    public Builder ultrasoundResult(String value) {
      return set("30954-2", "DE04.30.002.00", Text.of(value));
    }

    /** MRI检查结果 ({@code DE04.30.009.00}, ST), section 30954-2 STUDIES SUMMARY. */
    public Builder addAuxiliaryExamResult(String value) {
      return add("30954-2", "DE04.30.009.00", Text.of(value));
    }

    /** 血常规检查结果 ({@code DE04.50.128.00}, ST), section 30954-2 STUDIES SUMMARY. */
    public Builder addCompleteBloodCountResult(String value) {
      return add("30954-2", "DE04.50.128.00", Text.of(value));
    }

    /** 尿常规检查结果 ({@code DE04.50.048.00}, ST), section 30954-2 STUDIES SUMMARY. */
    public Builder urinalysisResult(String value) {
      return set("30954-2", "DE04.50.048.00", Text.of(value));
    }

    /** 凝血功能检查结果 ({@code DE04.50.142.00}, ST), section 30954-2 STUDIES SUMMARY. */
    public Builder coagulationResult(String value) {
      return set("30954-2", "DE04.50.142.00", Text.of(value));
    }

    /** 肝功能检查结果 ({@code DE04.50.026.00}, ST), section 30954-2 STUDIES SUMMARY. */
    public Builder liverFunctionResult(String value) {
      return set("30954-2", "DE04.50.026.00", Text.of(value));
    }

    /** Appends one {@link Operation}: all its values as one unit. */
    public Builder addOperation(Operation group) {
      return addGroup(group);
    }

    /** Sets the one {@link AnesthesiaMethodCodeGroup}, replacing any before. */
    public Builder anesthesiaMethodCode(AnesthesiaMethodCodeGroup group) {
      return setGroup(group);
    }

    /** Sets the one {@link AnesthesiaMethodCodeGroup} to its head 拟实施麻醉方法代码 alone, replacing any before. */
    public Builder anesthesiaMethodCode(Coded value) {
      return setGroup(AnesthesiaMethodCodeGroup.of(value));
    }
  }
}
