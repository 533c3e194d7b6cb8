package io.hdx.model.document.wst500;

import io.hdx.model.datatype.*;
import io.hdx.model.document.ClinicalDocument;
import io.hdx.model.document.TypedDocument;
import io.hdx.model.spec.DocumentSpec;
import io.hdx.model.spec.DocumentSpecRegistry;
import io.hdx.model.valueset.Coded;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * WS/T 500.3-2016 急诊留观病历 (Emergency observation record): document code {@code C0003}, templateId {@code 2.16.156.10011.2.1.1.23}.
 *
 * <p>Unconfirmed in the spec data: cardinalities (the public samples show presence only); 6 of 33 entries.
 *
 * <p>Generated from the document spec by TypedDocumentGenerator; do not edit.
 *
 * <p>Thread safety: immutable; the builder is not thread-safe.
 *
 * @since 0.1.0
 */
public final class EmergencyObservationRecord extends TypedDocument {
  /** The document code. */
  public static final String CODE = "C0003";
  /** The templateId OID. */
  public static final String TEMPLATE_ID = "2.16.156.10011.2.1.1.23";

  private EmergencyObservationRecord(ClinicalDocument document) {
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
   * @throws io.hdx.model.ValidationException when the document is not a C0003
   */
  public static EmergencyObservationRecord from(ClinicalDocument document) {
    return new EmergencyObservationRecord(document);
  }

  /** 过敏史标志 ({@code DE02.10.023.00}, BL), section 48765-2 Allergies, adverse reactions, alerts. */
  public Optional<Boolean> allergyHistoryFlag() {
    return bool("48765-2", "DE02.10.023.00");
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

  /** 医嘱项目类型 ({@code DE06.00.289.00}, CD), section 46209-3 Provider Orders. */
  public Optional<CodedValue> orderItemType() {
    return value("46209-3", "DE06.00.289.00", CodedValue.class);
  }

  /** 医嘱项目内容 ({@code DE06.00.288.00}, ST), section 46209-3 Provider Orders. */
  public Optional<String> orderItemContent() {
    return text("46209-3", "DE06.00.288.00");
  }

  /** 医嘱备注信息 ({@code DE06.00.179.00}, ST), section 46209-3 Provider Orders. */
  public Optional<String> remarks() {
    return text("46209-3", "DE06.00.179.00");
  }

  /** 医嘱执行状态 ({@code DE06.00.290.00}, ST), section 46209-3 Provider Orders. */
  public Optional<String> orderExecutionStatus() {
    return text("46209-3", "DE06.00.290.00");
  }

  /** 手术(操作)名称 ({@code DE06.00.094.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
  public List<Text> procedureName() {
    return valueList("47519-4", "DE06.00.094.00", Text.class);
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

  /** 急诊抢救记录 ({@code DE06.00.181.00}, ST), section - 抢救记录章节. */
  public Optional<String> recordContentInSection11() {
    return text("抢救记录章节", "DE06.00.181.00");
  }

  /** 参加抢救人员名单 ({@code DE08.30.032.00}, ST), section - 抢救记录章节. */
  public Optional<String> rescueParticipants() {
    return text("抢救记录章节", "DE08.30.032.00");
  }

  /** 专业技术职务类别代码 ({@code DE08.30.031.00}, CD), section - 抢救记录章节, value set {@code 2.16.156.10011.2.3.1.209}. */
  public Optional<CodedValue> professionalTitleCode() {
    return value("抢救记录章节", "DE08.30.031.00", CodedValue.class);
  }

  /** 注意事项 ({@code DE09.00.119.00}, ST), section - 抢救记录章节. */
  public Optional<String> precautionsInSection11() {
    return text("抢救记录章节", "DE09.00.119.00");
  }

  /** 患者去向代码 ({@code DE06.00.185.00}, ST), section - 抢救记录章节. */
  public Optional<String> patientDispositionCodeInSection11() {
    return text("抢救记录章节", "DE06.00.185.00");
  }

  /** 急诊留观病程记录 ({@code DE06.00.181.00}, ST), section 8648-8 Hospital Course. */
  public Optional<String> recordContentInHospitalCourse() {
    return text("8648-8", "DE06.00.181.00");
  }

  /** 注意事项 ({@code DE09.00.119.00}, ST), section - 其他相关信息. */
  public Optional<String> precautionsInSection13() {
    return text("其他相关信息", "DE09.00.119.00");
  }

  /** 患者去向代码 ({@code DE06.00.185.00}, ST), section - 其他相关信息. */
  public Optional<String> patientDispositionCodeInSection13() {
    return text("其他相关信息", "DE06.00.185.00");
  }

  /** Builds a {@link EmergencyObservationRecord}. Thread safety: not thread-safe. */
  public static final class Builder extends TypedDocument.Builder<EmergencyObservationRecord, Builder> {
    private Builder() {
      super(documentSpec());
    }

    @Override
    protected EmergencyObservationRecord create(ClinicalDocument document) {
      return new EmergencyObservationRecord(document);
    }

    /** 过敏史标志 ({@code DE02.10.023.00}, BL), section 48765-2 Allergies, adverse reactions, alerts. */
    public Builder allergyHistoryFlag(boolean value) {
      return set("48765-2", "DE02.10.023.00", BooleanValue.of(value));
    }

    /** 过敏史 ({@code DE05.01.022.00}, ST), section 48765-2 Allergies, adverse reactions, alerts. */
    public Builder outpatientAllergyHistory(String value) {
      return set("48765-2", "DE05.01.022.00", Text.of(value));
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

    /** 辅助检查项目 ({@code DE04.30.010.00}, ST), section 30954-2 STUDIES SUMMARY. */
    public Builder auxiliaryExamItem(String value) {
      return set("30954-2", "DE04.30.010.00", Text.of(value));
    }

    /** 辅助检查结果 ({@code DE04.30.009.00}, ST), section 30954-2 STUDIES SUMMARY. */
    public Builder auxiliaryExamResult(String value) {
      return set("30954-2", "DE04.30.009.00", Text.of(value));
    }

    /** 初诊标志代码 ({@code DE06.00.196.00}, CD), section 29548-5 Diagnosis. */
    public Builder firstVisitFlagCode(Coded value) {
      return set("29548-5", "DE06.00.196.00", CodedValue.of(value));
    }

    /** 中医“四诊”观察结果 ({@code DE02.10.028.00}, ST), section 29548-5 Diagnosis. */
    public Builder observationResult(String value) {
      return set("29548-5", "DE02.10.028.00", Text.of(value));
    }

    /** 诊断名称 ({@code DE05.01.025.00}, ST), section 29548-5 Diagnosis. */
    public Builder diagnosisName(String value) {
      return set("29548-5", "DE05.01.025.00", Text.of(value));
    }

    /** 诊断代码 ({@code DE05.01.024.00}, CD), section 29548-5 Diagnosis. */
    public Builder diagnosisCode(Coded value) {
      return set("29548-5", "DE05.01.024.00", CodedValue.of(value));
    }

    /** 中医病名名称 ({@code DE05.10.172.00}, ST), section 29548-5 Diagnosis. */
    public Builder addTcmDiagnosisName(String value) {
      return add("29548-5", "DE05.10.172.00", Text.of(value));
    }

    /** 中医病名代码 ({@code DE05.10.130.00}, CD), section 29548-5 Diagnosis, value set {@code 2.16.156.10011.2.3.3.14}. */
    public Builder addTcmDiagnosisCode(Coded value) {
      return add("29548-5", "DE05.10.130.00", CodedValue.of(value));
    }

    /** 辨证依据 ({@code DE05.10.132.00}, ST), section 18776-5 TREATMENT PLAN. */
    public Builder syndromeDifferentiationBasis(String value) {
      return set("18776-5", "DE05.10.132.00", Text.of(value));
    }

    /** 治则治法 ({@code DE06.00.300.00}, ST), section 18776-5 TREATMENT PLAN. */
    public Builder tcmTreatmentPrinciple(String value) {
      return set("18776-5", "DE06.00.300.00", Text.of(value));
    }

    /** 医嘱项目类型 ({@code DE06.00.289.00}, CD), section 46209-3 Provider Orders. */
    public Builder orderItemType(Coded value) {
      return set("46209-3", "DE06.00.289.00", CodedValue.of(value));
    }

    /** 医嘱项目内容 ({@code DE06.00.288.00}, ST), section 46209-3 Provider Orders. */
    public Builder orderItemContent(String value) {
      return set("46209-3", "DE06.00.288.00", Text.of(value));
    }

    /** 医嘱备注信息 ({@code DE06.00.179.00}, ST), section 46209-3 Provider Orders. */
    public Builder remarks(String value) {
      return set("46209-3", "DE06.00.179.00", Text.of(value));
    }

    /** 医嘱执行状态 ({@code DE06.00.290.00}, ST), section 46209-3 Provider Orders. */
    public Builder orderExecutionStatus(String value) {
      return set("46209-3", "DE06.00.290.00", Text.of(value));
    }

    /** 手术(操作)名称 ({@code DE06.00.094.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
    public Builder addProcedureName(String value) {
      return add("47519-4", "DE06.00.094.00", Text.of(value));
    }

    /** 手术及操作编码 ({@code DE06.00.093.00}, CD), section 47519-4 HISTORY OF PROCEDURES. */
    public Builder addProcedureCode(Coded value) {
      return add("47519-4", "DE06.00.093.00", CodedValue.of(value));
    }

    /** 介入物名称 ({@code DE08.50.037.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
    public Builder addInterventionalDeviceName(String value) {
      return add("47519-4", "DE08.50.037.00", Text.of(value));
    }

    /** 操作方法描述 ({@code DE06.00.251.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
    public Builder addProcedureMethodDescription(String value) {
      return add("47519-4", "DE06.00.251.00", Text.of(value));
    }

    /** 操作次数 ({@code DE06.00.250.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
    public Builder addProcedureCount(String value) {
      return add("47519-4", "DE06.00.250.00", Text.of(value));
    }

    /** 急诊抢救记录 ({@code DE06.00.181.00}, ST), section - 抢救记录章节. */
    public Builder recordContentInSection11(String value) {
      return set("抢救记录章节", "DE06.00.181.00", Text.of(value));
    }

    /** 参加抢救人员名单 ({@code DE08.30.032.00}, ST), section - 抢救记录章节. */
    public Builder rescueParticipants(String value) {
      return set("抢救记录章节", "DE08.30.032.00", Text.of(value));
    }

    /** 专业技术职务类别代码 ({@code DE08.30.031.00}, CD), section - 抢救记录章节, value set {@code 2.16.156.10011.2.3.1.209}. */
    public Builder professionalTitleCode(Coded value) {
      return set("抢救记录章节", "DE08.30.031.00", CodedValue.of(value));
    }

    /** 注意事项 ({@code DE09.00.119.00}, ST), section - 抢救记录章节. */
    public Builder precautionsInSection11(String value) {
      return set("抢救记录章节", "DE09.00.119.00", Text.of(value));
    }

    /** 患者去向代码 ({@code DE06.00.185.00}, ST), section - 抢救记录章节. */
    public Builder patientDispositionCodeInSection11(String value) {
      return set("抢救记录章节", "DE06.00.185.00", Text.of(value));
    }

    /** 急诊留观病程记录 ({@code DE06.00.181.00}, ST), section 8648-8 Hospital Course. */
    public Builder recordContentInHospitalCourse(String value) {
      return set("8648-8", "DE06.00.181.00", Text.of(value));
    }

    /** 注意事项 ({@code DE09.00.119.00}, ST), section - 其他相关信息. */
    public Builder precautionsInSection13(String value) {
      return set("其他相关信息", "DE09.00.119.00", Text.of(value));
    }

    /** 患者去向代码 ({@code DE06.00.185.00}, ST), section - 其他相关信息. */
    public Builder patientDispositionCodeInSection13(String value) {
      return set("其他相关信息", "DE06.00.185.00", Text.of(value));
    }
  }
}
