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
 * WS/T 500.48-2016 术后首次病程记录 (First postoperative progress note): document code {@code C0048}, templateId {@code 2.16.156.10011.2.1.1.68}.
 *
 * <p>Unconfirmed in the spec data: cardinalities (the public samples show presence only); 1 of 10 entries.
 *
 * <p>Generated from the document spec by TypedDocumentGenerator; do not edit.
 *
 * <p>Thread safety: immutable; the builder is not thread-safe.
 *
 * @since 0.1.0
 */
public final class FirstPostoperativeProgressNote extends TypedDocument {
  /** The document code. */
  public static final String CODE = "C0048";
  /** The templateId OID. */
  public static final String TEMPLATE_ID = "2.16.156.10011.2.1.1.68";

  private FirstPostoperativeProgressNote(ClinicalDocument document) {
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
   * @throws io.hdx.model.ValidationException when the document is not a C0048
   */
  public static FirstPostoperativeProgressNote from(ClinicalDocument document) {
    return new FirstPostoperativeProgressNote(document);
  }

  /** 手术名称 ({@code DE06.00.094.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
  public Optional<String> procedureName() {
    return text("47519-4", "DE06.00.094.00");
  }

  /** 手术目标部位名称 ({@code DE06.00.187.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
  public Optional<String> procedureSiteName() {
    return text("47519-4", "DE06.00.187.00");
  }

  /** 手术日期时间 ({@code DE06.00.221.00}, TS), section 47519-4 HISTORY OF PROCEDURES. */
  public Optional<PointInTime> procedureStartDateTime() {
    return value("47519-4", "DE06.00.221.00", PointInTime.class);
  }

  /** 麻醉方法代码 ({@code DE06.00.073.00}, CD), section 47519-4 HISTORY OF PROCEDURES, value set {@code 2.16.156.10011.2.3.1.159}. */
  public Optional<CodedValue> anesthesiaMethodCode() {
    return value("47519-4", "DE06.00.073.00", CodedValue.class);
  }

  /** 手术过程 ({@code DE05.10.063.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
  public Optional<String> operationDescription() {
    return text("47519-4", "DE05.10.063.00");
  }

  /** 手术及操作编码 ({@code DE06.00.093.00}, CD), section 47519-4 HISTORY OF PROCEDURES, value set {@code 2.16.156.10011.2.3.3.12}. */
  public List<CodedValue> procedureCode() {
    return valueList("47519-4", "DE06.00.093.00", CodedValue.class);
  }

  /** The Operation groups of section 47519-4, in document order. */
  public List<Operation> operationList() {
    return groups("47519-4", "PROCEDURE", Operation::new);
  }

  /** 术后诊断名称 ({@code DE05.01.025.00}, ST), section 10218-6 Surgical operation note postoperative Dx. */
  public Optional<String> diagnosisName() {
    return text("10218-6", "DE05.01.025.00");
  }

  /** The Diagnosis groups of section 10218-6, in document order. */
  public List<Diagnosis> diagnosisList() {
    return groups("10218-6", "DE05.01.025.00", Diagnosis::new);
  }

  /** 术后诊断编码 ({@code DE05.01.024.00}, CD), section 10218-6 Surgical operation note postoperative Dx, value set {@code 2.16.156.10011.2.3.3.11.3}. */
  public Optional<CodedValue> diagnosisCode() {
    return value("10218-6", "DE05.01.024.00", CodedValue.class);
  }

  /** 诊断依据 ({@code DE05.01.070.00}, ST), section 10218-6 Surgical operation note postoperative Dx. */
  public Optional<String> diagnosisBasis() {
    return text("10218-6", "DE05.01.070.00");
  }

  /** 注意事项章节 ({@code DE09.00.119.00}, ST), section DE09.00.119.00 注意事项章节. */
  public Optional<String> precautions() {
    return text("DE09.00.119.00", "DE09.00.119.00");
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
   * One group of section 10218-6 Surgical operation note postoperative Dx: 术后诊断名称 with the data nested in it, written as one unit (document layout group {@code DE05.01.025.00}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class Diagnosis extends TypedGroup<Diagnosis> {
    private Diagnosis() {
      super("10218-6", "DE05.01.025.00");
    }

    @Override
    protected Diagnosis blank() {
      return new Diagnosis();
    }

    /** A group with its head 术后诊断名称 ({@code DE05.01.025.00}). */
    public static Diagnosis of(String value) {
      return new Diagnosis().with("DE05.01.025.00", Text.of(value));
    }

    /** 术后诊断编码 ({@code DE05.01.024.00}, CD, value set {@code 2.16.156.10011.2.3.3.11.3}). */
    public Diagnosis diagnosisCode(Coded value) {
      return with("DE05.01.024.00", CodedValue.of(value));
    }

    /** 术后诊断编码 ({@code DE05.01.024.00}). */
    public Optional<CodedValue> diagnosisCode() {
      return value("DE05.01.024.00", CodedValue.class);
    }

    /** 术后诊断名称 ({@code DE05.01.025.00}). */
    public Optional<Text> diagnosisName() {
      return value("DE05.01.025.00", Text.class);
    }
  }

  /** Builds a {@link FirstPostoperativeProgressNote}. Thread safety: not thread-safe. */
  public static final class Builder extends TypedDocument.Builder<FirstPostoperativeProgressNote, Builder> {
    private Builder() {
      super(documentSpec());
    }

    @Override
    protected FirstPostoperativeProgressNote create(ClinicalDocument document) {
      return new FirstPostoperativeProgressNote(document);
    }

    /** 手术名称 ({@code DE06.00.094.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
    public Builder procedureName(String value) {
      return set("47519-4", "DE06.00.094.00", Text.of(value));
    }

    /** 手术目标部位名称 ({@code DE06.00.187.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
    public Builder procedureSiteName(String value) {
      return set("47519-4", "DE06.00.187.00", Text.of(value));
    }

    /** 手术日期时间 ({@code DE06.00.221.00}, TS), section 47519-4 HISTORY OF PROCEDURES. */
    public Builder procedureStartDateTime(LocalDate value) {
      return set("47519-4", "DE06.00.221.00", PointInTime.of(value));
    }

    /** 手术日期时间 ({@code DE06.00.221.00}, TS), section 47519-4 HISTORY OF PROCEDURES. */
    public Builder procedureStartDateTime(LocalDateTime value) {
      return set("47519-4", "DE06.00.221.00", PointInTime.of(value));
    }

    /** 手术日期时间 ({@code DE06.00.221.00}, TS), section 47519-4 HISTORY OF PROCEDURES. */
    public Builder procedureStartDateTime(PointInTime value) {
      return set("47519-4", "DE06.00.221.00", value);
    }

    /** 麻醉方法代码 ({@code DE06.00.073.00}, CD), section 47519-4 HISTORY OF PROCEDURES, value set {@code 2.16.156.10011.2.3.1.159}. */
    public Builder anesthesiaMethodCode(Coded value) {
      return set("47519-4", "DE06.00.073.00", CodedValue.of(value));
    }

    /** 手术过程 ({@code DE05.10.063.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
    public Builder operationDescription(String value) {
      return set("47519-4", "DE05.10.063.00", Text.of(value));
    }

    /** Appends one {@link Operation}: all its values as one unit. */
    public Builder addOperation(Operation group) {
      return addGroup(group);
    }

    /** Sets the one {@link Diagnosis}, replacing any before. */
    public Builder diagnosisName(Diagnosis group) {
      return setGroup(group);
    }

    /** Sets the one {@link Diagnosis} to its head 术后诊断名称 alone, replacing any before. */
    public Builder diagnosisName(String value) {
      return setGroup(Diagnosis.of(value));
    }

    /** 诊断依据 ({@code DE05.01.070.00}, ST), section 10218-6 Surgical operation note postoperative Dx. */
    public Builder diagnosisBasis(String value) {
      return set("10218-6", "DE05.01.070.00", Text.of(value));
    }

    /** 注意事项章节 ({@code DE09.00.119.00}, ST), section DE09.00.119.00 注意事项章节. */
    public Builder precautions(String value) {
      return set("DE09.00.119.00", "DE09.00.119.00", Text.of(value));
    }
  }
}
