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
 * WS/T 500.44-2016 抢救记录 (Rescue (resuscitation) record): document code {@code C0044}, templateId {@code 2.16.156.10011.2.1.1.64}.
 *
 * <p>Unconfirmed in the spec data: cardinalities (the public samples show presence only); 3 of 16 entries.
 *
 * <p>Generated from the document spec by TypedDocumentGenerator; do not edit.
 *
 * <p>Thread safety: immutable; the builder is not thread-safe.
 *
 * @since 0.1.0
 */
public final class RescueRecord extends TypedDocument {
  /** The document code. */
  public static final String CODE = "C0044";
  /** The templateId OID. */
  public static final String TEMPLATE_ID = "2.16.156.10011.2.1.1.64";

  private RescueRecord(ClinicalDocument document) {
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
   * @throws io.hdx.model.ValidationException when the document is not a C0044
   */
  public static RescueRecord from(ClinicalDocument document) {
    return new RescueRecord(document);
  }

  /** 疾病诊断名称 ({@code DE05.01.025.00}, ST), section 29548-5 Diagnosis. */
  public Optional<String> diagnosisName() {
    return text("29548-5", "DE05.01.025.00");
  }

  /** The Diagnosis groups of section 29548-5, in document order. */
  public List<Diagnosis> diagnosisList() {
    return groups("29548-5", "DE05.01.025.00", Diagnosis::new);
  }

  /** 疾病诊断编码 ({@code DE05.01.024.00}, CD), section 29548-5 Diagnosis, value set {@code 2.16.156.10011.2.3.3.11}. */
  public Optional<CodedValue> diagnosisCode() {
    return value("29548-5", "DE05.01.024.00", CodedValue.class);
  }

  /** 病情变化情况 ({@code DE05.10.134.00}, ST), section 29548-5 Diagnosis. */
  public Optional<String> conditionChange() {
    return text("29548-5", "DE05.10.134.00");
  }

  /** 注意事项 ({@code DE09.00.119.00}, ST), section 18776-5 TREATMENT PLAN. */
  public Optional<String> precautions() {
    return text("18776-5", "DE09.00.119.00");
  }

  /** 手术及操作名称 ({@code DE06.00.094.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
  public List<Text> procedureName() {
    return valueList("47519-4", "DE06.00.094.00", Text.class);
  }

  /** The Operation groups of section 47519-4, in document order. */
  public List<Operation> operationList() {
    return groups("47519-4", "PROCEDURE", Operation::new);
  }

  /** 介入物名称 ({@code DE08.50.037.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
  public List<Text> interventionalDeviceName() {
    return valueList("47519-4", "DE08.50.037.00", Text.class);
  }

  /** 操作方法 ({@code DE06.00.251.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
  public List<Text> procedureMethodDescription() {
    return valueList("47519-4", "DE06.00.251.00", Text.class);
  }

  /** 操作次数 ({@code DE06.00.250.00}, PQ), section 47519-4 HISTORY OF PROCEDURES, unit 次. */
  public List<PhysicalQuantity> procedureCount() {
    return valueList("47519-4", "DE06.00.250.00", PhysicalQuantity.class);
  }

  /** 抢救开始时间 ({@code DE06.00.221.00}, TS), section 47519-4 HISTORY OF PROCEDURES. */
  public List<PointInTime> procedureStartDateTime() {
    return valueList("47519-4", "DE06.00.221.00", PointInTime.class);
  }

  /** 抢救结束日期时间 ({@code DE06.00.218.00}, TS), section 47519-4 HISTORY OF PROCEDURES. */
  public Optional<PointInTime> procedureEndDateTime() {
    return value("47519-4", "DE06.00.218.00", PointInTime.class);
  }

  /** 手术及操作编码 ({@code DE06.00.093.00}, CD), section 47519-4 HISTORY OF PROCEDURES, value set {@code 2.16.156.10011.2.3.3.12}. */
  public List<CodedValue> procedureCode() {
    return valueList("47519-4", "DE06.00.093.00", CodedValue.class);
  }

  /** 手术目标部位 ({@code DE06.00.187.00}, CD), section 47519-4 HISTORY OF PROCEDURES, value set {@code 2.16.156.10011.2.3.1.266}. */
  public List<CodedValue> procedureSiteName() {
    return valueList("47519-4", "DE06.00.187.00", CodedValue.class);
  }

  /** 检查/检验结果 ({@code DE04.30.009.00}, ST), section 30954-2 STUDIES SUMMARY. */
  public Optional<String> auxiliaryExamResult() {
    return text("30954-2", "DE04.30.009.00");
  }

  /** The De043002000Group groups of section 30954-2, in document order. */
  public List<De043002000Group> de043002000GroupList() {
    return groups("30954-2", "DE04.30.020.00", De043002000Group::new);
  }

  /** 检查/检验定量结果 ({@code DE04.30.015.00}, PQ), section 30954-2 STUDIES SUMMARY, unit mmHg. */
  public Optional<PhysicalQuantity> quantitativeResult() {
    return value("30954-2", "DE04.30.015.00", PhysicalQuantity.class);
  }

  /** 检查/检验结果代码 ({@code DE04.30.017.00}, CD), section 30954-2 STUDIES SUMMARY, value set {@code 2.16.156.10011.2.3.2.38}. */
  public Optional<CodedValue> resultCode() {
    return value("30954-2", "DE04.30.017.00", CodedValue.class);
  }

  /** DE04.30.020.00 ({@code DE04.30.020.00}, ST), section 30954-2 STUDIES SUMMARY. */
  public Optional<String> de043002000() {
    return text("30954-2", "DE04.30.020.00");
  }

  /**
   * One group of section 29548-5 Diagnosis: 疾病诊断名称 with the data nested in it, written as one unit (document layout group {@code DE05.01.025.00}).
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

    /** A group with its head 疾病诊断名称 ({@code DE05.01.025.00}). */
    public static Diagnosis of(String value) {
      return new Diagnosis().with("DE05.01.025.00", Text.of(value));
    }

    /** 疾病诊断编码 ({@code DE05.01.024.00}, CD, value set {@code 2.16.156.10011.2.3.3.11}). */
    public Diagnosis diagnosisCode(Coded value) {
      return with("DE05.01.024.00", CodedValue.of(value));
    }

    /** 疾病诊断编码 ({@code DE05.01.024.00}). */
    public Optional<CodedValue> diagnosisCode() {
      return value("DE05.01.024.00", CodedValue.class);
    }

    /** 疾病诊断名称 ({@code DE05.01.025.00}). */
    public Optional<Text> diagnosisName() {
      return value("DE05.01.025.00", Text.class);
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

    /** 手术及操作名称 ({@code DE06.00.094.00}, ST). */
    public Operation procedureName(String value) {
      return with("DE06.00.094.00", Text.of(value));
    }

    /** 手术及操作名称 ({@code DE06.00.094.00}). */
    public Optional<Text> procedureName() {
      return value("DE06.00.094.00", Text.class);
    }

    /** 介入物名称 ({@code DE08.50.037.00}, ST). */
    public Operation interventionalDeviceName(String value) {
      return with("DE08.50.037.00", Text.of(value));
    }

    /** 介入物名称 ({@code DE08.50.037.00}). */
    public Optional<Text> interventionalDeviceName() {
      return value("DE08.50.037.00", Text.class);
    }

    /** 操作方法 ({@code DE06.00.251.00}, ST). */
    public Operation procedureMethodDescription(String value) {
      return with("DE06.00.251.00", Text.of(value));
    }

    /** 操作方法 ({@code DE06.00.251.00}). */
    public Optional<Text> procedureMethodDescription() {
      return value("DE06.00.251.00", Text.class);
    }

    /** 操作次数 ({@code DE06.00.250.00}, PQ, unit 次). */
    public Operation procedureCount(BigDecimal value) {
      return with("DE06.00.250.00", PhysicalQuantity.of(value, "次"));
    }

    /** 操作次数 ({@code DE06.00.250.00}, PQ, unit 次). */
    public Operation procedureCount(PhysicalQuantity value) {
      return with("DE06.00.250.00", value);
    }

    /** 操作次数 ({@code DE06.00.250.00}). */
    public Optional<PhysicalQuantity> procedureCount() {
      return value("DE06.00.250.00", PhysicalQuantity.class);
    }

    /** 手术及操作编码 ({@code DE06.00.093.00}, CD, value set {@code 2.16.156.10011.2.3.3.12}). */
    public Operation procedureCode(Coded value) {
      return with("DE06.00.093.00", CodedValue.of(value));
    }

    /** 手术及操作编码 ({@code DE06.00.093.00}). */
    public Optional<CodedValue> procedureCode() {
      return value("DE06.00.093.00", CodedValue.class);
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
   * One group of section 30954-2 STUDIES SUMMARY: DE04.30.020.00 with the data nested in it, written as one unit (document layout group {@code DE04.30.020.00}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class De043002000Group extends TypedGroup<De043002000Group> {
    private De043002000Group() {
      super("30954-2", "DE04.30.020.00");
    }

    @Override
    protected De043002000Group blank() {
      return new De043002000Group();
    }

    /** A group with its head DE04.30.020.00 ({@code DE04.30.020.00}). */
    public static De043002000Group of(String value) {
      return new De043002000Group().with("DE04.30.020.00", Text.of(value));
    }

    /** 检查/检验结果 ({@code DE04.30.009.00}, ST). */
    public De043002000Group auxiliaryExamResult(String value) {
      return with("DE04.30.009.00", Text.of(value));
    }

    /** 检查/检验结果 ({@code DE04.30.009.00}). */
    public Optional<Text> auxiliaryExamResult() {
      return value("DE04.30.009.00", Text.class);
    }

    /** 检查/检验定量结果 ({@code DE04.30.015.00}, PQ, unit mmHg). */
    public De043002000Group quantitativeResult(BigDecimal value) {
      return with("DE04.30.015.00", PhysicalQuantity.of(value, "mmHg"));
    }

    /** 检查/检验定量结果 ({@code DE04.30.015.00}, PQ, unit mmHg). */
    public De043002000Group quantitativeResult(PhysicalQuantity value) {
      return with("DE04.30.015.00", value);
    }

    /** 检查/检验定量结果 ({@code DE04.30.015.00}). */
    public Optional<PhysicalQuantity> quantitativeResult() {
      return value("DE04.30.015.00", PhysicalQuantity.class);
    }

    /** 检查/检验结果代码 ({@code DE04.30.017.00}, CD, value set {@code 2.16.156.10011.2.3.2.38}). */
    public De043002000Group resultCode(Coded value) {
      return with("DE04.30.017.00", CodedValue.of(value));
    }

    /** 检查/检验结果代码 ({@code DE04.30.017.00}). */
    public Optional<CodedValue> resultCode() {
      return value("DE04.30.017.00", CodedValue.class);
    }

    /** DE04.30.020.00 ({@code DE04.30.020.00}). */
    public Optional<Text> de043002000() {
      return value("DE04.30.020.00", Text.class);
    }
  }

  /** Builds a {@link RescueRecord}. Thread safety: not thread-safe. */
  public static final class Builder extends TypedDocument.Builder<RescueRecord, Builder> {
    private Builder() {
      super(documentSpec());
    }

    @Override
    protected RescueRecord create(ClinicalDocument document) {
      return new RescueRecord(document);
    }

    /** Sets the one {@link Diagnosis}, replacing any before. */
    public Builder diagnosisName(Diagnosis group) {
      return setGroup(group);
    }

    /** Sets the one {@link Diagnosis} to its head 疾病诊断名称 alone, replacing any before. */
    public Builder diagnosisName(String value) {
      return setGroup(Diagnosis.of(value));
    }

    /** 病情变化情况 ({@code DE05.10.134.00}, ST), section 29548-5 Diagnosis. */
    public Builder conditionChange(String value) {
      return set("29548-5", "DE05.10.134.00", Text.of(value));
    }

    /** 注意事项 ({@code DE09.00.119.00}, ST), section 18776-5 TREATMENT PLAN. */
    public Builder precautions(String value) {
      return set("18776-5", "DE09.00.119.00", Text.of(value));
    }

    /** Appends one {@link Operation}: all its values as one unit. */
    public Builder addOperation(Operation group) {
      return addGroup(group);
    }

    /** 抢救开始时间 ({@code DE06.00.221.00}, TS), section 47519-4 HISTORY OF PROCEDURES. */
    public Builder addProcedureStartDateTime(LocalDate value) {
      return add("47519-4", "DE06.00.221.00", PointInTime.of(value));
    }

    /** 抢救开始时间 ({@code DE06.00.221.00}, TS), section 47519-4 HISTORY OF PROCEDURES. */
    public Builder addProcedureStartDateTime(LocalDateTime value) {
      return add("47519-4", "DE06.00.221.00", PointInTime.of(value));
    }

    /** 抢救开始时间 ({@code DE06.00.221.00}, TS), section 47519-4 HISTORY OF PROCEDURES. */
    public Builder addProcedureStartDateTime(PointInTime value) {
      return add("47519-4", "DE06.00.221.00", value);
    }

    /** 抢救结束日期时间 ({@code DE06.00.218.00}, TS), section 47519-4 HISTORY OF PROCEDURES. */
    public Builder procedureEndDateTime(LocalDate value) {
      return set("47519-4", "DE06.00.218.00", PointInTime.of(value));
    }

    /** 抢救结束日期时间 ({@code DE06.00.218.00}, TS), section 47519-4 HISTORY OF PROCEDURES. */
    public Builder procedureEndDateTime(LocalDateTime value) {
      return set("47519-4", "DE06.00.218.00", PointInTime.of(value));
    }

    /** 抢救结束日期时间 ({@code DE06.00.218.00}, TS), section 47519-4 HISTORY OF PROCEDURES. */
    public Builder procedureEndDateTime(PointInTime value) {
      return set("47519-4", "DE06.00.218.00", value);
    }

    /** Sets the one {@link De043002000Group}, replacing any before. */
    public Builder de043002000(De043002000Group group) {
      return setGroup(group);
    }

    /** Sets the one {@link De043002000Group} to its head DE04.30.020.00 alone, replacing any before. */
    public Builder de043002000(String value) {
      return setGroup(De043002000Group.of(value));
    }
  }
}
