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
 * WS/T 500.12-2016 麻醉术后访视记录 (Post-anesthesia visit record): document code {@code C0012}, templateId {@code 2.16.156.10011.2.1.1.32}.
 *
 * <p>Unconfirmed in the spec data: cardinalities (the public samples show presence only); 3 of 14 entries.
 *
 * <p>Generated from the document spec by TypedDocumentGenerator; do not edit.
 *
 * <p>Thread safety: immutable; the builder is not thread-safe.
 *
 * @since 0.1.0
 */
public final class PostAnesthesiaVisitRecord extends TypedDocument {
  /** The document code. */
  public static final String CODE = "C0012";
  /** The templateId OID. */
  public static final String TEMPLATE_ID = "2.16.156.10011.2.1.1.32";

  private PostAnesthesiaVisitRecord(ClinicalDocument document) {
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
   * @throws io.hdx.model.ValidationException when the document is not a C0012
   */
  public static PostAnesthesiaVisitRecord from(ClinicalDocument document) {
    return new PostAnesthesiaVisitRecord(document);
  }

  /** 体重 ({@code DE04.10.188.00}, PQ), section 8716-3 VITAL SIGNS. */
  public Optional<PhysicalQuantity> bodyWeight() {
    return value("8716-3", "DE04.10.188.00", PhysicalQuantity.class);
  }

  /** 新生儿出生体重(g) ({@code DE04.10.019.00}, PQ), section 8716-3 VITAL SIGNS. */
  public Optional<PhysicalQuantity> newbornBirthWeight() {
    return value("8716-3", "DE04.10.019.00", PhysicalQuantity.class);
  }

  /** 一般状况检查结果 ({@code DE04.10.219.00}, ST), section 10210-3 GENERAL STATUS. */
  public Optional<String> generalConditionExamResult() {
    return text("10210-3", "DE04.10.219.00");
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

  /** 术前诊断编码 ({@code DE05.01.024.00}, CD), section 10219-4 Surgical operation note preoperative Dx, value set {@code 2.16.156.10011.2.3.3.11.3}. */
  public Optional<CodedValue> diagnosisCodeInSurgicalOperationNotePreoperativeDx() {
    return value("10219-4", "DE05.01.024.00", CodedValue.class);
  }

  /** 术后诊断编码 ({@code DE05.01.024.00}, CD), section 10218-6 Surgical operation note postoperative Dx, value set {@code 2.16.156.10011.2.3.3.11.3}. */
  public Optional<CodedValue> diagnosisCodeInSurgicalOperationNotePostoperativeDx() {
    return value("10218-6", "DE05.01.024.00", CodedValue.class);
  }

  /** 手术及操作编码 ({@code DE06.00.093.00}, CD), section 47519-4 HISTORY OF PROCEDURES, value set {@code 2.16.156.10011.2.3.3.12}. */
  public List<CodedValue> procedureCode() {
    return valueList("47519-4", "DE06.00.093.00", CodedValue.class);
  }

  /** The Operation groups of section 47519-4, in document order. */
  public List<Operation> operationList() {
    return groups("47519-4", "PROCEDURE", Operation::new);
  }

  /** 麻醉方法代码 ({@code DE06.00.073.00}, CD), section 59774-0 Procedure anesthesia, value set {@code 2.16.156.10011.2.3.1.159}. */
  public Optional<CodedValue> anesthesiaMethodCode() {
    return value("59774-0", "DE06.00.073.00", CodedValue.class);
  }

  /** The AnesthesiaMethodCodeGroup groups of section 59774-0, in document order. */
  public List<AnesthesiaMethodCodeGroup> anesthesiaMethodCodeGroupList() {
    return groups("59774-0", "DE06.00.073.00", AnesthesiaMethodCodeGroup::new);
  }

  /** 麻醉适应症 ({@code DE06.00.227.00}, ST), section 59774-0 Procedure anesthesia. */
  public List<Text> anesthesiaIndication() {
    return valueList("59774-0", "DE06.00.227.00", Text.class);
  }

  /** 麻醉恢复情况 ({@code DE06.00.225.00}, ST), section 11450-4 PROBLEM LIST. */
  public Optional<String> anesthesiaRecoveryStatus() {
    return text("11450-4", "DE06.00.225.00");
  }

  /** 清醒日期时间 ({@code DE06.00.233.00}, TS), section 11450-4 PROBLEM LIST. */
  public Optional<PointInTime> awakeningDateTime() {
    return value("11450-4", "DE06.00.233.00", PointInTime.class);
  }

  /** 拔除气管插管标志 ({@code DE05.10.165.00}, BL), section 11450-4 PROBLEM LIST. */
  public Optional<Boolean> drainageFlag() {
    return bool("11450-4", "DE05.10.165.00");
  }

  /** 特殊情况 ({@code DE05.10.158.00}, ST), section 11450-4 PROBLEM LIST. */
  public Optional<String> specialCircumstances() {
    return text("11450-4", "DE05.10.158.00");
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

    /** 手术及操作编码 ({@code DE06.00.093.00}, CD, value set {@code 2.16.156.10011.2.3.3.12}). */
    public Operation procedureCode(Coded value) {
      return with("DE06.00.093.00", CodedValue.of(value));
    }

    /** 手术及操作编码 ({@code DE06.00.093.00}). */
    public Optional<CodedValue> procedureCode() {
      return value("DE06.00.093.00", CodedValue.class);
    }
  }

  /**
   * One group of section 59774-0 Procedure anesthesia: 麻醉方法代码 with the data nested in it, written as one unit (document layout group {@code DE06.00.073.00}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class AnesthesiaMethodCodeGroup extends TypedGroup<AnesthesiaMethodCodeGroup> {
    private AnesthesiaMethodCodeGroup() {
      super("59774-0", "DE06.00.073.00");
    }

    @Override
    protected AnesthesiaMethodCodeGroup blank() {
      return new AnesthesiaMethodCodeGroup();
    }

    /** A group with its head 麻醉方法代码 ({@code DE06.00.073.00}). */
    public static AnesthesiaMethodCodeGroup of(Coded value) {
      return new AnesthesiaMethodCodeGroup().with("DE06.00.073.00", CodedValue.of(value));
    }

    /** 麻醉适应症 ({@code DE06.00.227.00}, ST). */
    public AnesthesiaMethodCodeGroup anesthesiaIndication(String value) {
      return with("DE06.00.227.00", Text.of(value));
    }

    /** 麻醉适应症 ({@code DE06.00.227.00}). */
    public Optional<Text> anesthesiaIndication() {
      return value("DE06.00.227.00", Text.class);
    }

    /** 麻醉方法代码 ({@code DE06.00.073.00}). */
    public Optional<CodedValue> anesthesiaMethodCode() {
      return value("DE06.00.073.00", CodedValue.class);
    }
  }

  /** Builds a {@link PostAnesthesiaVisitRecord}. Thread safety: not thread-safe. */
  public static final class Builder extends TypedDocument.Builder<PostAnesthesiaVisitRecord, Builder> {
    private Builder() {
      super(documentSpec());
    }

    @Override
    protected PostAnesthesiaVisitRecord create(ClinicalDocument document) {
      return new PostAnesthesiaVisitRecord(document);
    }

    /** 体重 ({@code DE04.10.188.00}, PQ), section 8716-3 VITAL SIGNS. */
    public Builder bodyWeight(BigDecimal value) {
      return set("8716-3", "DE04.10.188.00", quantity("8716-3", "DE04.10.188.00", value));
    }

    /** 体重 ({@code DE04.10.188.00}, PQ), section 8716-3 VITAL SIGNS. */
    public Builder bodyWeight(PhysicalQuantity value) {
      return set("8716-3", "DE04.10.188.00", value);
    }

    /** 新生儿出生体重(g) ({@code DE04.10.019.00}, PQ), section 8716-3 VITAL SIGNS. */
    public Builder newbornBirthWeight(BigDecimal value) {
      return set("8716-3", "DE04.10.019.00", quantity("8716-3", "DE04.10.019.00", value));
    }

    /** 新生儿出生体重(g) ({@code DE04.10.019.00}, PQ), section 8716-3 VITAL SIGNS. */
    public Builder newbornBirthWeight(PhysicalQuantity value) {
      return set("8716-3", "DE04.10.019.00", value);
    }

    /** 一般状况检查结果 ({@code DE04.10.219.00}, ST), section 10210-3 GENERAL STATUS. */
    public Builder generalConditionExamResult(String value) {
      return set("10210-3", "DE04.10.219.00", Text.of(value));
    }

    /** Appends one {@link StudiesSummaryGroup}: all its values as one unit. */
    public Builder addStudiesSummaryGroup(StudiesSummaryGroup group) {
      return addGroup(group);
    }

    /** 术前诊断编码 ({@code DE05.01.024.00}, CD), section 10219-4 Surgical operation note preoperative Dx, value set {@code 2.16.156.10011.2.3.3.11.3}. */
    public Builder diagnosisCodeInSurgicalOperationNotePreoperativeDx(Coded value) {
      return set("10219-4", "DE05.01.024.00", CodedValue.of(value));
    }

    /** 术后诊断编码 ({@code DE05.01.024.00}, CD), section 10218-6 Surgical operation note postoperative Dx, value set {@code 2.16.156.10011.2.3.3.11.3}. */
    public Builder diagnosisCodeInSurgicalOperationNotePostoperativeDx(Coded value) {
      return set("10218-6", "DE05.01.024.00", CodedValue.of(value));
    }

    /** Appends one {@link Operation}: all its values as one unit. */
    public Builder addOperation(Operation group) {
      return addGroup(group);
    }

    /** Sets the one {@link AnesthesiaMethodCodeGroup}, replacing any before. */
    public Builder anesthesiaMethodCode(AnesthesiaMethodCodeGroup group) {
      return setGroup(group);
    }

    /** Sets the one {@link AnesthesiaMethodCodeGroup} to its head 麻醉方法代码 alone, replacing any before. */
    public Builder anesthesiaMethodCode(Coded value) {
      return setGroup(AnesthesiaMethodCodeGroup.of(value));
    }

    /** 麻醉恢复情况 ({@code DE06.00.225.00}, ST), section 11450-4 PROBLEM LIST. */
    public Builder anesthesiaRecoveryStatus(String value) {
      return set("11450-4", "DE06.00.225.00", Text.of(value));
    }

    /** 清醒日期时间 ({@code DE06.00.233.00}, TS), section 11450-4 PROBLEM LIST. */
    public Builder awakeningDateTime(LocalDate value) {
      return set("11450-4", "DE06.00.233.00", PointInTime.of(value));
    }

    /** 清醒日期时间 ({@code DE06.00.233.00}, TS), section 11450-4 PROBLEM LIST. */
    public Builder awakeningDateTime(LocalDateTime value) {
      return set("11450-4", "DE06.00.233.00", PointInTime.of(value));
    }

    /** 清醒日期时间 ({@code DE06.00.233.00}, TS), section 11450-4 PROBLEM LIST. */
    public Builder awakeningDateTime(PointInTime value) {
      return set("11450-4", "DE06.00.233.00", value);
    }

    /** 拔除气管插管标志 ({@code DE05.10.165.00}, BL), section 11450-4 PROBLEM LIST. */
    public Builder drainageFlag(boolean value) {
      return set("11450-4", "DE05.10.165.00", BooleanValue.of(value));
    }

    /** 特殊情况 ({@code DE05.10.158.00}, ST), section 11450-4 PROBLEM LIST. */
    public Builder specialCircumstances(String value) {
      return set("11450-4", "DE05.10.158.00", Text.of(value));
    }
  }
}
