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
 * WS/T 500.35-2016 24小时内入出院记录 (Admission-discharge within 24h record): document code {@code C0035}, templateId {@code 2.16.156.10011.2.1.1.55}.
 *
 * <p>Unconfirmed in the spec data: cardinalities (the public samples show presence only); 2 of 19 entries.
 *
 * <p>Generated from the document spec by TypedDocumentGenerator; do not edit.
 *
 * <p>Thread safety: immutable; the builder is not thread-safe.
 *
 * @since 0.1.0
 */
public final class AdmissionDischargeWithin24hRecord extends TypedDocument {
  /** The document code. */
  public static final String CODE = "C0035";
  /** The templateId OID. */
  public static final String TEMPLATE_ID = "2.16.156.10011.2.1.1.55";

  private AdmissionDischargeWithin24hRecord(ClinicalDocument document) {
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
   * @throws io.hdx.model.ValidationException when the document is not a C0035
   */
  public static AdmissionDischargeWithin24hRecord from(ClinicalDocument document) {
    return new AdmissionDischargeWithin24hRecord(document);
  }

  /** 主诉 ({@code DE04.01.119.00}, ST), section 10154-3 CHIEF COMPLAINT. */
  public Optional<String> chiefComplaint() {
    return text("10154-3", "DE04.01.119.00");
  }

  /** 现病史 ({@code DE02.10.071.00}, ST), section 10164-2 HISTORY OF PRESENT ILLNESS. */
  public Optional<String> presentIllnessHistory() {
    return text("10164-2", "DE02.10.071.00");
  }

  /** 称述内容可靠标志 ({@code DE05.10.143.00}, BL), section 11450-4 Problem list. */
  public List<BooleanValue> historyReliableFlag() {
    return valueList("11450-4", "DE05.10.143.00", BooleanValue.class);
  }

  /** 症状名称 ({@code DE04.01.118.00}, ST), section 11450-4 Problem list. */
  public Optional<String> symptomName() {
    return text("11450-4", "DE04.01.118.00");
  }

  /** The Symptom groups of section 11450-4, in document order. */
  public List<Symptom> symptomList() {
    return groups("11450-4", "DE04.01.118.00", Symptom::new);
  }

  /** 症状描述 ({@code DE04.01.117.00}, ST), section 11450-4 Problem list. */
  public Optional<String> symptomDescription() {
    return text("11450-4", "DE04.01.117.00");
  }

  /** 中医四诊观察结果 ({@code DE02.10.028.00}, ST), section 11450-4 Problem list. */
  public List<Text> observationResult() {
    return valueList("11450-4", "DE02.10.028.00", Text.class);
  }

  /** 入院诊断-西医诊断名称 ({@code DE05.01.025.00}, ST), section 46241-6 HOSPITAL ADMISSION DX. */
  public Optional<String> diagnosisNameInHospitalAdmissionDx() {
    return text("46241-6", "DE05.01.025.00");
  }

  /** The DiagnosisNameInHospitalAdmissionDxGroup groups of section 46241-6, in document order. */
  public List<DiagnosisNameInHospitalAdmissionDxGroup> diagnosisNameInHospitalAdmissionDxGroupList() {
    return groups("46241-6", "DE05.01.025.00", DiagnosisNameInHospitalAdmissionDxGroup::new);
  }

  /** 入院诊断-西医诊断编码 ({@code DE05.01.024.00}, CD), section 46241-6 HOSPITAL ADMISSION DX, value set {@code 2.16.156.10011.2.3.3.11.3}. */
  public Optional<CodedValue> diagnosisCodeInHospitalAdmissionDx() {
    return value("46241-6", "DE05.01.024.00", CodedValue.class);
  }

  /** 入院诊断-中医病名名称 ({@code DE05.10.172.00}, ST), section 46241-6 HOSPITAL ADMISSION DX. */
  public List<Text> tcmDiagnosisNameInHospitalAdmissionDx() {
    return valueList("46241-6", "DE05.10.172.00", Text.class);
  }

  /** The TcmDiagnosisNameInHospitalAdmissionDxGroup groups of section 46241-6, in document order. */
  public List<TcmDiagnosisNameInHospitalAdmissionDxGroup> tcmDiagnosisNameInHospitalAdmissionDxGroupList() {
    return groups("46241-6", "DE05.10.172.00", TcmDiagnosisNameInHospitalAdmissionDxGroup::new);
  }

  /** 入院诊断-中医病名代码 ({@code DE05.10.130.00}, CD), section 46241-6 HOSPITAL ADMISSION DX, value set {@code 2.16.156.10011.2.3.3.14}. */
  public List<CodedValue> tcmDiagnosisCodeInHospitalAdmissionDx() {
    return valueList("46241-6", "DE05.10.130.00", CodedValue.class);
  }

  /** 治则治法 ({@code DE06.00.300.00}, ST), section 18776-5 TREATMENT PLAN. */
  public Optional<String> tcmTreatmentPrinciple() {
    return text("18776-5", "DE06.00.300.00");
  }

  /** 入院情况 ({@code DE05.10.148.00}, ST), section 8648-8 Hospital Course. */
  public Optional<String> admissionCondition() {
    return text("8648-8", "DE05.10.148.00");
  }

  /** 诊疗过程描述 ({@code DE06.00.296.00}, ST), section 8648-8 Hospital Course. */
  public Optional<String> treatmentCourseDescription() {
    return text("8648-8", "DE06.00.296.00");
  }

  /** 出院情况 ({@code DE06.00.193.00}, ST), section 8648-8 Hospital Course. */
  public Optional<String> dischargeCondition() {
    return text("8648-8", "DE06.00.193.00");
  }

  /** 出院诊断-西医诊断名称 ({@code DE05.01.025.00}, ST), section 11535-2 Discharge Diagnosis. */
  public Optional<String> diagnosisNameInDischargeDiagnosis() {
    return text("11535-2", "DE05.01.025.00");
  }

  /** The DiagnosisNameInDischargeDiagnosisGroup groups of section 11535-2, in document order. */
  public List<DiagnosisNameInDischargeDiagnosisGroup> diagnosisNameInDischargeDiagnosisGroupList() {
    return groups("11535-2", "DE05.01.025.00", DiagnosisNameInDischargeDiagnosisGroup::new);
  }

  /** 出院诊断-西医诊断编码 ({@code DE05.01.024.00}, CD), section 11535-2 Discharge Diagnosis, value set {@code 2.16.156.10011.2.3.3.11.3}. */
  public Optional<CodedValue> diagnosisCodeInDischargeDiagnosis() {
    return value("11535-2", "DE05.01.024.00", CodedValue.class);
  }

  /** 出院诊断-中医病名名称 ({@code DE05.10.172.00}, ST), section 11535-2 Discharge Diagnosis. */
  public List<Text> tcmDiagnosisNameInDischargeDiagnosis() {
    return valueList("11535-2", "DE05.10.172.00", Text.class);
  }

  /** The TcmDiagnosisNameInDischargeDiagnosisGroup groups of section 11535-2, in document order. */
  public List<TcmDiagnosisNameInDischargeDiagnosisGroup> tcmDiagnosisNameInDischargeDiagnosisGroupList() {
    return groups("11535-2", "DE05.10.172.00", TcmDiagnosisNameInDischargeDiagnosisGroup::new);
  }

  /** 出院诊断-中医病名代码 ({@code DE05.10.130.00}, CD), section 11535-2 Discharge Diagnosis, value set {@code 2.16.156.10011.2.3.3.14}. */
  public List<CodedValue> tcmDiagnosisCodeInDischargeDiagnosis() {
    return valueList("11535-2", "DE05.10.130.00", CodedValue.class);
  }

  /** 出院医嘱 ({@code DE06.00.287.00}, ST), section 46209-3 PROVIDER ORDERS. */
  public Optional<String> orderContent() {
    return text("46209-3", "DE06.00.287.00");
  }

  /**
   * One group of section 11450-4 Problem list: 症状名称 with the data nested in it, written as one unit (document layout group {@code DE04.01.118.00}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class Symptom extends TypedGroup<Symptom> {
    private Symptom() {
      super("11450-4", "DE04.01.118.00");
    }

    @Override
    protected Symptom blank() {
      return new Symptom();
    }

    /** A group with its head 症状名称 ({@code DE04.01.118.00}). */
    public static Symptom of(String value) {
      return new Symptom().with("DE04.01.118.00", Text.of(value));
    }

    /** 症状描述 ({@code DE04.01.117.00}, ST). */
    public Symptom symptomDescription(String value) {
      return with("DE04.01.117.00", Text.of(value));
    }

    /** 症状描述 ({@code DE04.01.117.00}). */
    public Optional<Text> symptomDescription() {
      return value("DE04.01.117.00", Text.class);
    }

    /** 症状名称 ({@code DE04.01.118.00}). */
    public Optional<Text> symptomName() {
      return value("DE04.01.118.00", Text.class);
    }
  }

  /**
   * One group of section 46241-6 HOSPITAL ADMISSION DX: 入院诊断-西医诊断名称 with the data nested in it, written as one unit (document layout group {@code DE05.01.025.00}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class DiagnosisNameInHospitalAdmissionDxGroup extends TypedGroup<DiagnosisNameInHospitalAdmissionDxGroup> {
    private DiagnosisNameInHospitalAdmissionDxGroup() {
      super("46241-6", "DE05.01.025.00");
    }

    @Override
    protected DiagnosisNameInHospitalAdmissionDxGroup blank() {
      return new DiagnosisNameInHospitalAdmissionDxGroup();
    }

    /** A group with its head 入院诊断-西医诊断名称 ({@code DE05.01.025.00}). */
    public static DiagnosisNameInHospitalAdmissionDxGroup of(String value) {
      return new DiagnosisNameInHospitalAdmissionDxGroup().with("DE05.01.025.00", Text.of(value));
    }

    /** 入院诊断-西医诊断编码 ({@code DE05.01.024.00}, CD, value set {@code 2.16.156.10011.2.3.3.11.3}). */
    public DiagnosisNameInHospitalAdmissionDxGroup diagnosisCodeInHospitalAdmissionDx(Coded value) {
      return with("DE05.01.024.00", CodedValue.of(value));
    }

    /** 入院诊断-西医诊断编码 ({@code DE05.01.024.00}). */
    public Optional<CodedValue> diagnosisCodeInHospitalAdmissionDx() {
      return value("DE05.01.024.00", CodedValue.class);
    }

    /** 入院诊断-西医诊断名称 ({@code DE05.01.025.00}). */
    public Optional<Text> diagnosisNameInHospitalAdmissionDx() {
      return value("DE05.01.025.00", Text.class);
    }
  }

  /**
   * One group of section 46241-6 HOSPITAL ADMISSION DX: 入院诊断-中医病名名称 with the data nested in it, written as one unit (document layout group {@code DE05.10.172.00}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class TcmDiagnosisNameInHospitalAdmissionDxGroup extends TypedGroup<TcmDiagnosisNameInHospitalAdmissionDxGroup> {
    private TcmDiagnosisNameInHospitalAdmissionDxGroup() {
      super("46241-6", "DE05.10.172.00");
    }

    @Override
    protected TcmDiagnosisNameInHospitalAdmissionDxGroup blank() {
      return new TcmDiagnosisNameInHospitalAdmissionDxGroup();
    }

    /** A group with its head 入院诊断-中医病名名称 ({@code DE05.10.172.00}). */
    public static TcmDiagnosisNameInHospitalAdmissionDxGroup of(String value) {
      return new TcmDiagnosisNameInHospitalAdmissionDxGroup().with("DE05.10.172.00", Text.of(value));
    }

    /** 入院诊断-中医病名代码 ({@code DE05.10.130.00}, CD, value set {@code 2.16.156.10011.2.3.3.14}). */
    public TcmDiagnosisNameInHospitalAdmissionDxGroup tcmDiagnosisCodeInHospitalAdmissionDx(Coded value) {
      return with("DE05.10.130.00", CodedValue.of(value));
    }

    /** 入院诊断-中医病名代码 ({@code DE05.10.130.00}). */
    public Optional<CodedValue> tcmDiagnosisCodeInHospitalAdmissionDx() {
      return value("DE05.10.130.00", CodedValue.class);
    }

    /** 入院诊断-中医病名名称 ({@code DE05.10.172.00}). */
    public Optional<Text> tcmDiagnosisNameInHospitalAdmissionDx() {
      return value("DE05.10.172.00", Text.class);
    }
  }

  /**
   * One group of section 11535-2 Discharge Diagnosis: 出院诊断-西医诊断名称 with the data nested in it, written as one unit (document layout group {@code DE05.01.025.00}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class DiagnosisNameInDischargeDiagnosisGroup extends TypedGroup<DiagnosisNameInDischargeDiagnosisGroup> {
    private DiagnosisNameInDischargeDiagnosisGroup() {
      super("11535-2", "DE05.01.025.00");
    }

    @Override
    protected DiagnosisNameInDischargeDiagnosisGroup blank() {
      return new DiagnosisNameInDischargeDiagnosisGroup();
    }

    /** A group with its head 出院诊断-西医诊断名称 ({@code DE05.01.025.00}). */
    public static DiagnosisNameInDischargeDiagnosisGroup of(String value) {
      return new DiagnosisNameInDischargeDiagnosisGroup().with("DE05.01.025.00", Text.of(value));
    }

    /** 出院诊断-西医诊断编码 ({@code DE05.01.024.00}, CD, value set {@code 2.16.156.10011.2.3.3.11.3}). */
    public DiagnosisNameInDischargeDiagnosisGroup diagnosisCodeInDischargeDiagnosis(Coded value) {
      return with("DE05.01.024.00", CodedValue.of(value));
    }

    /** 出院诊断-西医诊断编码 ({@code DE05.01.024.00}). */
    public Optional<CodedValue> diagnosisCodeInDischargeDiagnosis() {
      return value("DE05.01.024.00", CodedValue.class);
    }

    /** 出院诊断-西医诊断名称 ({@code DE05.01.025.00}). */
    public Optional<Text> diagnosisNameInDischargeDiagnosis() {
      return value("DE05.01.025.00", Text.class);
    }
  }

  /**
   * One group of section 11535-2 Discharge Diagnosis: 出院诊断-中医病名名称 with the data nested in it, written as one unit (document layout group {@code DE05.10.172.00}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class TcmDiagnosisNameInDischargeDiagnosisGroup extends TypedGroup<TcmDiagnosisNameInDischargeDiagnosisGroup> {
    private TcmDiagnosisNameInDischargeDiagnosisGroup() {
      super("11535-2", "DE05.10.172.00");
    }

    @Override
    protected TcmDiagnosisNameInDischargeDiagnosisGroup blank() {
      return new TcmDiagnosisNameInDischargeDiagnosisGroup();
    }

    /** A group with its head 出院诊断-中医病名名称 ({@code DE05.10.172.00}). */
    public static TcmDiagnosisNameInDischargeDiagnosisGroup of(String value) {
      return new TcmDiagnosisNameInDischargeDiagnosisGroup().with("DE05.10.172.00", Text.of(value));
    }

    /** 出院诊断-中医病名代码 ({@code DE05.10.130.00}, CD, value set {@code 2.16.156.10011.2.3.3.14}). */
    public TcmDiagnosisNameInDischargeDiagnosisGroup tcmDiagnosisCodeInDischargeDiagnosis(Coded value) {
      return with("DE05.10.130.00", CodedValue.of(value));
    }

    /** 出院诊断-中医病名代码 ({@code DE05.10.130.00}). */
    public Optional<CodedValue> tcmDiagnosisCodeInDischargeDiagnosis() {
      return value("DE05.10.130.00", CodedValue.class);
    }

    /** 出院诊断-中医病名名称 ({@code DE05.10.172.00}). */
    public Optional<Text> tcmDiagnosisNameInDischargeDiagnosis() {
      return value("DE05.10.172.00", Text.class);
    }
  }

  /** Builds a {@link AdmissionDischargeWithin24hRecord}. Thread safety: not thread-safe. */
  public static final class Builder extends TypedDocument.Builder<AdmissionDischargeWithin24hRecord, Builder> {
    private Builder() {
      super(documentSpec());
    }

    @Override
    protected AdmissionDischargeWithin24hRecord create(ClinicalDocument document) {
      return new AdmissionDischargeWithin24hRecord(document);
    }

    /** 主诉 ({@code DE04.01.119.00}, ST), section 10154-3 CHIEF COMPLAINT. */
    public Builder chiefComplaint(String value) {
      return set("10154-3", "DE04.01.119.00", Text.of(value));
    }

    /** 现病史 ({@code DE02.10.071.00}, ST), section 10164-2 HISTORY OF PRESENT ILLNESS. */
    public Builder presentIllnessHistory(String value) {
      return set("10164-2", "DE02.10.071.00", Text.of(value));
    }

    /** 称述内容可靠标志 ({@code DE05.10.143.00}, BL), section 11450-4 Problem list. */
    public Builder addHistoryReliableFlag(boolean value) {
      return add("11450-4", "DE05.10.143.00", BooleanValue.of(value));
    }

    /** Sets the one {@link Symptom}, replacing any before. */
    public Builder symptomName(Symptom group) {
      return setGroup(group);
    }

    /** Sets the one {@link Symptom} to its head 症状名称 alone, replacing any before. */
    public Builder symptomName(String value) {
      return setGroup(Symptom.of(value));
    }

    /** 中医四诊观察结果 ({@code DE02.10.028.00}, ST), section 11450-4 Problem list. */
    public Builder addObservationResult(String value) {
      return add("11450-4", "DE02.10.028.00", Text.of(value));
    }

    /** Sets the one {@link DiagnosisNameInHospitalAdmissionDxGroup}, replacing any before. */
    public Builder diagnosisNameInHospitalAdmissionDx(DiagnosisNameInHospitalAdmissionDxGroup group) {
      return setGroup(group);
    }

    /** Sets the one {@link DiagnosisNameInHospitalAdmissionDxGroup} to its head 入院诊断-西医诊断名称 alone, replacing any before. */
    public Builder diagnosisNameInHospitalAdmissionDx(String value) {
      return setGroup(DiagnosisNameInHospitalAdmissionDxGroup.of(value));
    }

    /** Appends one {@link TcmDiagnosisNameInHospitalAdmissionDxGroup}: all its values as one unit. */
    public Builder addTcmDiagnosisNameInHospitalAdmissionDxGroup(TcmDiagnosisNameInHospitalAdmissionDxGroup group) {
      return addGroup(group);
    }

    /** 治则治法 ({@code DE06.00.300.00}, ST), section 18776-5 TREATMENT PLAN. */
    public Builder tcmTreatmentPrinciple(String value) {
      return set("18776-5", "DE06.00.300.00", Text.of(value));
    }

    /** 入院情况 ({@code DE05.10.148.00}, ST), section 8648-8 Hospital Course. */
    public Builder admissionCondition(String value) {
      return set("8648-8", "DE05.10.148.00", Text.of(value));
    }

    /** 诊疗过程描述 ({@code DE06.00.296.00}, ST), section 8648-8 Hospital Course. */
    public Builder treatmentCourseDescription(String value) {
      return set("8648-8", "DE06.00.296.00", Text.of(value));
    }

    /** 出院情况 ({@code DE06.00.193.00}, ST), section 8648-8 Hospital Course. */
    public Builder dischargeCondition(String value) {
      return set("8648-8", "DE06.00.193.00", Text.of(value));
    }

    /** Sets the one {@link DiagnosisNameInDischargeDiagnosisGroup}, replacing any before. */
    public Builder diagnosisNameInDischargeDiagnosis(DiagnosisNameInDischargeDiagnosisGroup group) {
      return setGroup(group);
    }

    /** Sets the one {@link DiagnosisNameInDischargeDiagnosisGroup} to its head 出院诊断-西医诊断名称 alone, replacing any before. */
    public Builder diagnosisNameInDischargeDiagnosis(String value) {
      return setGroup(DiagnosisNameInDischargeDiagnosisGroup.of(value));
    }

    /** Appends one {@link TcmDiagnosisNameInDischargeDiagnosisGroup}: all its values as one unit. */
    public Builder addTcmDiagnosisNameInDischargeDiagnosisGroup(TcmDiagnosisNameInDischargeDiagnosisGroup group) {
      return addGroup(group);
    }

    /** 出院医嘱 ({@code DE06.00.287.00}, ST), section 46209-3 PROVIDER ORDERS. */
    public Builder orderContent(String value) {
      return set("46209-3", "DE06.00.287.00", Text.of(value));
    }
  }
}
