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
 * WS/T 500.49-2016 出院记录 (Discharge record): document code {@code C0049}, templateId {@code 2.16.156.10011.2.1.1.69}.
 *
 * <p>Unconfirmed in the spec data: cardinalities (the public samples show presence only); 2 of 16 entries.
 *
 * <p>Generated from the document spec by TypedDocumentGenerator; do not edit.
 *
 * <p>Thread safety: immutable; the builder is not thread-safe.
 *
 * @since 0.1.0
 */
public final class DischargeRecord extends TypedDocument {
  /** The document code. */
  public static final String CODE = "C0049";
  /** The templateId OID. */
  public static final String TEMPLATE_ID = "2.16.156.10011.2.1.1.69";

  private DischargeRecord(ClinicalDocument document) {
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
   * @throws io.hdx.model.ValidationException when the document is not a C0049
   */
  public static DischargeRecord from(ClinicalDocument document) {
    return new DischargeRecord(document);
  }

  /** 入院情况 ({@code DE05.10.148.00}, ST), section 11450-4 Problem list. */
  public Optional<String> admissionCondition() {
    return text("11450-4", "DE05.10.148.00");
  }

  /** 入院诊断编码 ({@code DE05.01.024.00}, CD), section 11535-2 HOSPITAL DISCHARGE DX, value set {@code 2.16.156.10011.2.3.3.11.3}. */
  public List<CodedValue> diagnosisCode() {
    return valueList("11535-2", "DE05.01.024.00", CodedValue.class);
  }

  /** 入院日期时间 ({@code DE06.00.092.00}, TS), section 11535-2 HOSPITAL DISCHARGE DX. */
  public Optional<PointInTime> admissionDateTime() {
    return value("11535-2", "DE06.00.092.00", PointInTime.class);
  }

  /** 阳性辅助检查结果 ({@code DE04.50.128.00}, ST), section 11535-2 HOSPITAL DISCHARGE DX. */
  public Optional<String> completeBloodCountResult() {
    return text("11535-2", "DE04.50.128.00");
  }

  /** 中医'四诊'观察结果 ({@code DE02.10.028.00}, ST), section 11535-2 HOSPITAL DISCHARGE DX. */
  public List<Text> observationResult() {
    return valueList("11535-2", "DE02.10.028.00", Text.class);
  }

  /** 治则治法 ({@code DE06.00.300.00}, ST), section 11535-2 HOSPITAL DISCHARGE DX. */
  public Optional<String> tcmTreatmentPrinciple() {
    return text("11535-2", "DE06.00.300.00");
  }

  /** 出院情况 ({@code DE06.00.193.00}, ST), section 11535-2 HOSPITAL DISCHARGE DX. */
  public Optional<String> dischargeCondition() {
    return text("11535-2", "DE06.00.193.00");
  }

  /** 出院日期时间 ({@code DE06.00.017.00}, TS), section 11535-2 HOSPITAL DISCHARGE DX. */
  public Optional<PointInTime> dischargeDateTime() {
    return value("11535-2", "DE06.00.017.00", PointInTime.class);
  }

  /** 出院诊断-西医诊断名称 ({@code DE05.01.025.00}, ST), section 11535-2 HOSPITAL DISCHARGE DX. */
  public Optional<String> diagnosisName() {
    return text("11535-2", "DE05.01.025.00");
  }

  /** 出院诊断-中药病名名称 ({@code DE05.10.172.00}, ST), section 11535-2 HOSPITAL DISCHARGE DX. */
  public List<Text> tcmDiagnosisName() {
    return valueList("11535-2", "DE05.10.172.00", Text.class);
  }

  /** 出院诊断-中医病名代码 ({@code DE05.10.130.00}, CD), section 11535-2 HOSPITAL DISCHARGE DX, value set {@code 2.16.156.10011.2.3.3.14}. */
  public List<CodedValue> tcmDiagnosisCode() {
    return valueList("11535-2", "DE05.10.130.00", CodedValue.class);
  }

  /** 出院时症状与体征 ({@code DE04.01.117.00}, ST), section 11535-2 HOSPITAL DISCHARGE DX. */
  public Optional<String> symptomDescription() {
    return text("11535-2", "DE04.01.117.00");
  }

  /** 出院医嘱 ({@code DE06.00.287.00}, ST), section 11535-2 HOSPITAL DISCHARGE DX. */
  public Optional<String> orderContent() {
    return text("11535-2", "DE06.00.287.00");
  }

  /** 诊疗过程描述 ({@code DE06.00.296.00}, ST), section 8648-8 Hospital Course. */
  public Optional<String> treatmentCourseDescription() {
    return text("8648-8", "DE06.00.296.00");
  }

  /** 中药煎煮方法 ({@code DE08.50.047.00}, ST), section 46209-3 Provider Orders. */
  public Optional<String> tcmDecoctionMethod() {
    return text("46209-3", "DE08.50.047.00");
  }

  /** 中药用药方法 ({@code DE06.00.136.00}, ST), section 46209-3 Provider Orders. */
  public Optional<String> medicationUsage() {
    return text("46209-3", "DE06.00.136.00");
  }

  /** Builds a {@link DischargeRecord}. Thread safety: not thread-safe. */
  public static final class Builder extends TypedDocument.Builder<DischargeRecord, Builder> {
    private Builder() {
      super(documentSpec());
    }

    @Override
    protected DischargeRecord create(ClinicalDocument document) {
      return new DischargeRecord(document);
    }

    /** 入院情况 ({@code DE05.10.148.00}, ST), section 11450-4 Problem list. */
    public Builder admissionCondition(String value) {
      return set("11450-4", "DE05.10.148.00", Text.of(value));
    }

    /** 入院诊断编码 ({@code DE05.01.024.00}, CD), section 11535-2 HOSPITAL DISCHARGE DX, value set {@code 2.16.156.10011.2.3.3.11.3}. */
    public Builder addDiagnosisCode(Coded value) {
      return add("11535-2", "DE05.01.024.00", CodedValue.of(value));
    }

    /** 入院日期时间 ({@code DE06.00.092.00}, TS), section 11535-2 HOSPITAL DISCHARGE DX. */
    public Builder admissionDateTime(LocalDate value) {
      return set("11535-2", "DE06.00.092.00", PointInTime.of(value));
    }

    /** 入院日期时间 ({@code DE06.00.092.00}, TS), section 11535-2 HOSPITAL DISCHARGE DX. */
    public Builder admissionDateTime(LocalDateTime value) {
      return set("11535-2", "DE06.00.092.00", PointInTime.of(value));
    }

    /** 入院日期时间 ({@code DE06.00.092.00}, TS), section 11535-2 HOSPITAL DISCHARGE DX. */
    public Builder admissionDateTime(PointInTime value) {
      return set("11535-2", "DE06.00.092.00", value);
    }

    /** 阳性辅助检查结果 ({@code DE04.50.128.00}, ST), section 11535-2 HOSPITAL DISCHARGE DX. */
    public Builder completeBloodCountResult(String value) {
      return set("11535-2", "DE04.50.128.00", Text.of(value));
    }

    /** 中医'四诊'观察结果 ({@code DE02.10.028.00}, ST), section 11535-2 HOSPITAL DISCHARGE DX. */
    public Builder addObservationResult(String value) {
      return add("11535-2", "DE02.10.028.00", Text.of(value));
    }

    /** 治则治法 ({@code DE06.00.300.00}, ST), section 11535-2 HOSPITAL DISCHARGE DX. */
    public Builder tcmTreatmentPrinciple(String value) {
      return set("11535-2", "DE06.00.300.00", Text.of(value));
    }

    /** 出院情况 ({@code DE06.00.193.00}, ST), section 11535-2 HOSPITAL DISCHARGE DX. */
    public Builder dischargeCondition(String value) {
      return set("11535-2", "DE06.00.193.00", Text.of(value));
    }

    /** 出院日期时间 ({@code DE06.00.017.00}, TS), section 11535-2 HOSPITAL DISCHARGE DX. */
    public Builder dischargeDateTime(LocalDate value) {
      return set("11535-2", "DE06.00.017.00", PointInTime.of(value));
    }

    /** 出院日期时间 ({@code DE06.00.017.00}, TS), section 11535-2 HOSPITAL DISCHARGE DX. */
    public Builder dischargeDateTime(LocalDateTime value) {
      return set("11535-2", "DE06.00.017.00", PointInTime.of(value));
    }

    /** 出院日期时间 ({@code DE06.00.017.00}, TS), section 11535-2 HOSPITAL DISCHARGE DX. */
    public Builder dischargeDateTime(PointInTime value) {
      return set("11535-2", "DE06.00.017.00", value);
    }

    /** 出院诊断-西医诊断名称 ({@code DE05.01.025.00}, ST), section 11535-2 HOSPITAL DISCHARGE DX. */
    public Builder diagnosisName(String value) {
      return set("11535-2", "DE05.01.025.00", Text.of(value));
    }

    /** 出院诊断-中药病名名称 ({@code DE05.10.172.00}, ST), section 11535-2 HOSPITAL DISCHARGE DX. */
    public Builder addTcmDiagnosisName(String value) {
      return add("11535-2", "DE05.10.172.00", Text.of(value));
    }

    /** 出院诊断-中医病名代码 ({@code DE05.10.130.00}, CD), section 11535-2 HOSPITAL DISCHARGE DX, value set {@code 2.16.156.10011.2.3.3.14}. */
    public Builder addTcmDiagnosisCode(Coded value) {
      return add("11535-2", "DE05.10.130.00", CodedValue.of(value));
    }

    /** 出院时症状与体征 ({@code DE04.01.117.00}, ST), section 11535-2 HOSPITAL DISCHARGE DX. */
    public Builder symptomDescription(String value) {
      return set("11535-2", "DE04.01.117.00", Text.of(value));
    }

    /** 出院医嘱 ({@code DE06.00.287.00}, ST), section 11535-2 HOSPITAL DISCHARGE DX. */
    public Builder orderContent(String value) {
      return set("11535-2", "DE06.00.287.00", Text.of(value));
    }

    /** 诊疗过程描述 ({@code DE06.00.296.00}, ST), section 8648-8 Hospital Course. */
    public Builder treatmentCourseDescription(String value) {
      return set("8648-8", "DE06.00.296.00", Text.of(value));
    }

    /** 中药煎煮方法 ({@code DE08.50.047.00}, ST), section 46209-3 Provider Orders. */
    public Builder tcmDecoctionMethod(String value) {
      return set("46209-3", "DE08.50.047.00", Text.of(value));
    }

    /** 中药用药方法 ({@code DE06.00.136.00}, ST), section 46209-3 Provider Orders. */
    public Builder medicationUsage(String value) {
      return set("46209-3", "DE06.00.136.00", Text.of(value));
    }
  }
}
