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
 * WS/T 500.42-2016 转科记录 (Department transfer record): document code {@code C0042}, templateId {@code 2.16.156.10011.2.1.1.62}.
 *
 * <p>Unconfirmed in the spec data: cardinalities (the public samples show presence only); 2 of 18 entries.
 *
 * <p>Generated from the document spec by TypedDocumentGenerator; do not edit.
 *
 * <p>Thread safety: immutable; the builder is not thread-safe.
 *
 * @since 0.1.0
 */
public final class DepartmentTransferRecord extends TypedDocument {
  /** The document code. */
  public static final String CODE = "C0042";
  /** The templateId OID. */
  public static final String TEMPLATE_ID = "2.16.156.10011.2.1.1.62";

  private DepartmentTransferRecord(ClinicalDocument document) {
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
   * @throws io.hdx.model.ValidationException when the document is not a C0042
   */
  public static DepartmentTransferRecord from(ClinicalDocument document) {
    return new DepartmentTransferRecord(document);
  }

  /** 主诉 ({@code DE04.01.119.00}, ST), section 10154-3 CHIEF COMPLAINT. */
  public Optional<String> chiefComplaint() {
    return text("10154-3", "DE04.01.119.00");
  }

  /** 入院情况 ({@code DE05.10.148.00}, ST), section 46241-6 HOSPITAL ADMISSION DX. */
  public Optional<String> admissionCondition() {
    return text("46241-6", "DE05.10.148.00");
  }

  /** 入院诊断-西医诊断编码 ({@code DE05.01.024.00}, CD), section 46241-6 HOSPITAL ADMISSION DX, value set {@code 2.16.156.10011.2.3.3.14}. */
  public Optional<CodedValue> diagnosisCodeInHospitalAdmissionDx() {
    return value("46241-6", "DE05.01.024.00", CodedValue.class);
  }

  /** 入院诊断-中医病名代码 ({@code DE05.10.130.00}, CD), section 46241-6 HOSPITAL ADMISSION DX, value set {@code 2.16.156.10011.2.3.3.14}. */
  public List<CodedValue> tcmDiagnosisCodeInHospitalAdmissionDx() {
    return valueList("46241-6", "DE05.10.130.00", CodedValue.class);
  }

  /** 目前情况 ({@code DE06.00.184.00}, ST), section 29548-5 Diagnosis. */
  public Optional<String> currentCondition() {
    return text("29548-5", "DE06.00.184.00");
  }

  /** 目前诊断-西医诊断编码 ({@code DE05.01.024.00}, CD), section 29548-5 Diagnosis, value set {@code 2.16.156.10011.2.3.3.11}. */
  public Optional<CodedValue> diagnosisCodeInDiagnosis() {
    return value("29548-5", "DE05.01.024.00", CodedValue.class);
  }

  /** 目前诊断-中医病名代码 ({@code DE05.10.130.00}, CD), section 29548-5 Diagnosis, value set {@code 2.16.156.10011.2.3.3.14}. */
  public List<CodedValue> tcmDiagnosisCodeInDiagnosis() {
    return valueList("29548-5", "DE05.10.130.00", CodedValue.class);
  }

  /** 中医四诊观察结果 ({@code DE02.10.028.00}, ST), section 29548-5 Diagnosis. */
  public List<Text> observationResult() {
    return valueList("29548-5", "DE02.10.028.00", Text.class);
  }

  /** 转入诊疗计划 ({@code DE06.00.298.00}, ST), section 18776-5 TREATMENT PLAN. */
  public Optional<String> treatmentPlan() {
    return text("18776-5", "DE06.00.298.00");
  }

  /** 治则治法 ({@code DE06.00.300.00}, ST), section 18776-5 TREATMENT PLAN. */
  public Optional<String> tcmTreatmentPrinciple() {
    return text("18776-5", "DE06.00.300.00");
  }

  /** 注意事项 ({@code DE09.00.119.00}, ST), section 18776-5 TREATMENT PLAN. */
  public Optional<String> precautions() {
    return text("18776-5", "DE09.00.119.00");
  }

  /** 转科记录类型 ({@code DE06.00.314.00}, CD), section - 转科记录, value set {@code 2.16.156.10011.2.3.3.11}. */
  public Optional<CodedValue> departmentTransferRecordType() {
    return value("转科记录", "DE06.00.314.00", CodedValue.class);
  }

  /** 转出科室名称 ({@code DE08.10.026.00}, ST), section - 转科记录. */
  public List<Text> departmentName() {
    return valueList("转科记录", "DE08.10.026.00", Text.class);
  }

  /** 转科目的 ({@code DE06.00.315.00}, ST), section - 转科记录. */
  public Optional<String> departmentTransferPurpose() {
    return text("转科记录", "DE06.00.315.00");
  }

  /** 医嘱内容 ({@code DE06.00.287.00}, ST), section 10160-0 HISTORY OF MEDICATION USE. */
  public List<Text> orderContent() {
    return valueList("10160-0", "DE06.00.287.00", Text.class);
  }

  /** 中药煎煮方法 ({@code DE08.50.047.00}, ST), section 10160-0 HISTORY OF MEDICATION USE. */
  public Optional<String> tcmDecoctionMethod() {
    return text("10160-0", "DE08.50.047.00");
  }

  /** 中药用药方法 ({@code DE06.00.136.00}, ST), section 10160-0 HISTORY OF MEDICATION USE. */
  public Optional<String> medicationUsage() {
    return text("10160-0", "DE06.00.136.00");
  }

  /** 诊疗过程描述 ({@code DE06.00.296.00}, ST), section 8648-8 Hospital Course. */
  public Optional<String> treatmentCourseDescription() {
    return text("8648-8", "DE06.00.296.00");
  }

  /** Builds a {@link DepartmentTransferRecord}. Thread safety: not thread-safe. */
  public static final class Builder extends TypedDocument.Builder<DepartmentTransferRecord, Builder> {
    private Builder() {
      super(documentSpec());
    }

    @Override
    protected DepartmentTransferRecord create(ClinicalDocument document) {
      return new DepartmentTransferRecord(document);
    }

    /** 主诉 ({@code DE04.01.119.00}, ST), section 10154-3 CHIEF COMPLAINT. */
    public Builder chiefComplaint(String value) {
      return set("10154-3", "DE04.01.119.00", Text.of(value));
    }

    /** 入院情况 ({@code DE05.10.148.00}, ST), section 46241-6 HOSPITAL ADMISSION DX. */
    public Builder admissionCondition(String value) {
      return set("46241-6", "DE05.10.148.00", Text.of(value));
    }

    /** 入院诊断-西医诊断编码 ({@code DE05.01.024.00}, CD), section 46241-6 HOSPITAL ADMISSION DX, value set {@code 2.16.156.10011.2.3.3.14}. */
    public Builder diagnosisCodeInHospitalAdmissionDx(Coded value) {
      return set("46241-6", "DE05.01.024.00", CodedValue.of(value));
    }

    /** 入院诊断-中医病名代码 ({@code DE05.10.130.00}, CD), section 46241-6 HOSPITAL ADMISSION DX, value set {@code 2.16.156.10011.2.3.3.14}. */
    public Builder addTcmDiagnosisCodeInHospitalAdmissionDx(Coded value) {
      return add("46241-6", "DE05.10.130.00", CodedValue.of(value));
    }

    /** 目前情况 ({@code DE06.00.184.00}, ST), section 29548-5 Diagnosis. */
    public Builder currentCondition(String value) {
      return set("29548-5", "DE06.00.184.00", Text.of(value));
    }

    /** 目前诊断-西医诊断编码 ({@code DE05.01.024.00}, CD), section 29548-5 Diagnosis, value set {@code 2.16.156.10011.2.3.3.11}. */
    public Builder diagnosisCodeInDiagnosis(Coded value) {
      return set("29548-5", "DE05.01.024.00", CodedValue.of(value));
    }

    /** 目前诊断-中医病名代码 ({@code DE05.10.130.00}, CD), section 29548-5 Diagnosis, value set {@code 2.16.156.10011.2.3.3.14}. */
    public Builder addTcmDiagnosisCodeInDiagnosis(Coded value) {
      return add("29548-5", "DE05.10.130.00", CodedValue.of(value));
    }

    /** 中医四诊观察结果 ({@code DE02.10.028.00}, ST), section 29548-5 Diagnosis. */
    public Builder addObservationResult(String value) {
      return add("29548-5", "DE02.10.028.00", Text.of(value));
    }

    /** 转入诊疗计划 ({@code DE06.00.298.00}, ST), section 18776-5 TREATMENT PLAN. */
    public Builder treatmentPlan(String value) {
      return set("18776-5", "DE06.00.298.00", Text.of(value));
    }

    /** 治则治法 ({@code DE06.00.300.00}, ST), section 18776-5 TREATMENT PLAN. */
    public Builder tcmTreatmentPrinciple(String value) {
      return set("18776-5", "DE06.00.300.00", Text.of(value));
    }

    /** 注意事项 ({@code DE09.00.119.00}, ST), section 18776-5 TREATMENT PLAN. */
    public Builder precautions(String value) {
      return set("18776-5", "DE09.00.119.00", Text.of(value));
    }

    /** 转科记录类型 ({@code DE06.00.314.00}, CD), section - 转科记录, value set {@code 2.16.156.10011.2.3.3.11}. */
    public Builder departmentTransferRecordType(Coded value) {
      return set("转科记录", "DE06.00.314.00", CodedValue.of(value));
    }

    /** 转出科室名称 ({@code DE08.10.026.00}, ST), section - 转科记录. */
    public Builder addDepartmentName(String value) {
      return add("转科记录", "DE08.10.026.00", Text.of(value));
    }

    /** 转科目的 ({@code DE06.00.315.00}, ST), section - 转科记录. */
    public Builder departmentTransferPurpose(String value) {
      return set("转科记录", "DE06.00.315.00", Text.of(value));
    }

    /** 医嘱内容 ({@code DE06.00.287.00}, ST), section 10160-0 HISTORY OF MEDICATION USE. */
    public Builder addOrderContent(String value) {
      return add("10160-0", "DE06.00.287.00", Text.of(value));
    }

    /** 中药煎煮方法 ({@code DE08.50.047.00}, ST), section 10160-0 HISTORY OF MEDICATION USE. */
    public Builder tcmDecoctionMethod(String value) {
      return set("10160-0", "DE08.50.047.00", Text.of(value));
    }

    /** 中药用药方法 ({@code DE06.00.136.00}, ST), section 10160-0 HISTORY OF MEDICATION USE. */
    public Builder medicationUsage(String value) {
      return set("10160-0", "DE06.00.136.00", Text.of(value));
    }

    /** 诊疗过程描述 ({@code DE06.00.296.00}, ST), section 8648-8 Hospital Course. */
    public Builder treatmentCourseDescription(String value) {
      return set("8648-8", "DE06.00.296.00", Text.of(value));
    }
  }
}
