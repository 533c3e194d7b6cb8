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
 * WS/T 500.36-2016 24小时内入院死亡记录 (Admission-death within 24h record): document code {@code C0036}, templateId {@code 2.16.156.10011.2.1.1.56}.
 *
 * <p>Unconfirmed in the spec data: cardinalities (the public samples show presence only); 3 of 16 entries.
 *
 * <p>Generated from the document spec by TypedDocumentGenerator; do not edit.
 *
 * <p>Thread safety: immutable; the builder is not thread-safe.
 *
 * @since 0.1.0
 */
public final class AdmissionDeathWithin24hRecord extends TypedDocument {
  /** The document code. */
  public static final String CODE = "C0036";
  /** The templateId OID. */
  public static final String TEMPLATE_ID = "2.16.156.10011.2.1.1.56";

  private AdmissionDeathWithin24hRecord(ClinicalDocument document) {
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
   * @throws io.hdx.model.ValidationException when the document is not a C0036
   */
  public static AdmissionDeathWithin24hRecord from(ClinicalDocument document) {
    return new AdmissionDeathWithin24hRecord(document);
  }

  /** 主诉 ({@code DE04.01.119.00}, ST), section 10154-3 CHIEF COMPLAINT. */
  public Optional<String> chiefComplaint() {
    return text("10154-3", "DE04.01.119.00");
  }

  /** 称述内容可靠标志 ({@code DE05.10.143.00}, BL), section 11450-4 Problem list. */
  public List<BooleanValue> historyReliableFlag() {
    return valueList("11450-4", "DE05.10.143.00", BooleanValue.class);
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

  /** 鉴别诊断-中医病名名称 ({@code DE05.10.172.00}, ST), section 46241-6 HOSPITAL ADMISSION DX. */
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

  /** 死亡日期时间 ({@code DE02.01.036.00}, ST), section 8648-8 Hospital Course. */
  public Optional<String> deathDateTime() {
    return text("8648-8", "DE02.01.036.00");
  }

  /** 死亡原因 ({@code DE05.10.099.00}, ST), section 8648-8 Hospital Course. */
  public Optional<String> causeOfDeath() {
    return text("8648-8", "DE05.10.099.00");
  }

  /** 死亡诊断-西医诊断名称 ({@code DE05.01.025.00}, ST), section 8648-8 Hospital Course. */
  public Optional<String> diagnosisNameInHospitalCourse() {
    return text("8648-8", "DE05.01.025.00");
  }

  /** The DiagnosisNameInHospitalCourseGroup groups of section 8648-8, in document order. */
  public List<DiagnosisNameInHospitalCourseGroup> diagnosisNameInHospitalCourseGroupList() {
    return groups("8648-8", "DE05.01.025.00", DiagnosisNameInHospitalCourseGroup::new);
  }

  /** 死亡诊断-西医诊断编码 ({@code DE05.01.024.00}, CD), section 8648-8 Hospital Course. */
  public Optional<CodedValue> diagnosisCodeInHospitalCourse() {
    return value("8648-8", "DE05.01.024.00", CodedValue.class);
  }

  /** 死亡诊断-中医病名名称 ({@code DE05.10.172.00}, ST), section 8648-8 Hospital Course. */
  public List<Text> tcmDiagnosisNameInHospitalCourse() {
    return valueList("8648-8", "DE05.10.172.00", Text.class);
  }

  /** The TcmDiagnosisNameInHospitalCourseGroup groups of section 8648-8, in document order. */
  public List<TcmDiagnosisNameInHospitalCourseGroup> tcmDiagnosisNameInHospitalCourseGroupList() {
    return groups("8648-8", "DE05.10.172.00", TcmDiagnosisNameInHospitalCourseGroup::new);
  }

  /** 死亡诊断-中医病名代码 ({@code DE05.10.130.00}, CD), section 8648-8 Hospital Course, value set {@code 2.16.156.10011.2.3.3.14}. */
  public List<CodedValue> tcmDiagnosisCodeInHospitalCourse() {
    return valueList("8648-8", "DE05.10.130.00", CodedValue.class);
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
   * One group of section 46241-6 HOSPITAL ADMISSION DX: 鉴别诊断-中医病名名称 with the data nested in it, written as one unit (document layout group {@code DE05.10.172.00}).
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

    /** A group with its head 鉴别诊断-中医病名名称 ({@code DE05.10.172.00}). */
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

    /** 鉴别诊断-中医病名名称 ({@code DE05.10.172.00}). */
    public Optional<Text> tcmDiagnosisNameInHospitalAdmissionDx() {
      return value("DE05.10.172.00", Text.class);
    }
  }

  /**
   * One group of section 8648-8 Hospital Course: 死亡诊断-西医诊断名称 with the data nested in it, written as one unit (document layout group {@code DE05.01.025.00}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class DiagnosisNameInHospitalCourseGroup extends TypedGroup<DiagnosisNameInHospitalCourseGroup> {
    private DiagnosisNameInHospitalCourseGroup() {
      super("8648-8", "DE05.01.025.00");
    }

    @Override
    protected DiagnosisNameInHospitalCourseGroup blank() {
      return new DiagnosisNameInHospitalCourseGroup();
    }

    /** A group with its head 死亡诊断-西医诊断名称 ({@code DE05.01.025.00}). */
    public static DiagnosisNameInHospitalCourseGroup of(String value) {
      return new DiagnosisNameInHospitalCourseGroup().with("DE05.01.025.00", Text.of(value));
    }

    /** 死亡诊断-西医诊断编码 ({@code DE05.01.024.00}, CD). */
    public DiagnosisNameInHospitalCourseGroup diagnosisCodeInHospitalCourse(Coded value) {
      return with("DE05.01.024.00", CodedValue.of(value));
    }

    /** 死亡诊断-西医诊断编码 ({@code DE05.01.024.00}). */
    public Optional<CodedValue> diagnosisCodeInHospitalCourse() {
      return value("DE05.01.024.00", CodedValue.class);
    }

    /** 死亡诊断-西医诊断名称 ({@code DE05.01.025.00}). */
    public Optional<Text> diagnosisNameInHospitalCourse() {
      return value("DE05.01.025.00", Text.class);
    }
  }

  /**
   * One group of section 8648-8 Hospital Course: 死亡诊断-中医病名名称 with the data nested in it, written as one unit (document layout group {@code DE05.10.172.00}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class TcmDiagnosisNameInHospitalCourseGroup extends TypedGroup<TcmDiagnosisNameInHospitalCourseGroup> {
    private TcmDiagnosisNameInHospitalCourseGroup() {
      super("8648-8", "DE05.10.172.00");
    }

    @Override
    protected TcmDiagnosisNameInHospitalCourseGroup blank() {
      return new TcmDiagnosisNameInHospitalCourseGroup();
    }

    /** A group with its head 死亡诊断-中医病名名称 ({@code DE05.10.172.00}). */
    public static TcmDiagnosisNameInHospitalCourseGroup of(String value) {
      return new TcmDiagnosisNameInHospitalCourseGroup().with("DE05.10.172.00", Text.of(value));
    }

    /** 死亡诊断-中医病名代码 ({@code DE05.10.130.00}, CD, value set {@code 2.16.156.10011.2.3.3.14}). */
    public TcmDiagnosisNameInHospitalCourseGroup tcmDiagnosisCodeInHospitalCourse(Coded value) {
      return with("DE05.10.130.00", CodedValue.of(value));
    }

    /** 死亡诊断-中医病名代码 ({@code DE05.10.130.00}). */
    public Optional<CodedValue> tcmDiagnosisCodeInHospitalCourse() {
      return value("DE05.10.130.00", CodedValue.class);
    }

    /** 死亡诊断-中医病名名称 ({@code DE05.10.172.00}). */
    public Optional<Text> tcmDiagnosisNameInHospitalCourse() {
      return value("DE05.10.172.00", Text.class);
    }
  }

  /** Builds a {@link AdmissionDeathWithin24hRecord}. Thread safety: not thread-safe. */
  public static final class Builder extends TypedDocument.Builder<AdmissionDeathWithin24hRecord, Builder> {
    private Builder() {
      super(documentSpec());
    }

    @Override
    protected AdmissionDeathWithin24hRecord create(ClinicalDocument document) {
      return new AdmissionDeathWithin24hRecord(document);
    }

    /** 主诉 ({@code DE04.01.119.00}, ST), section 10154-3 CHIEF COMPLAINT. */
    public Builder chiefComplaint(String value) {
      return set("10154-3", "DE04.01.119.00", Text.of(value));
    }

    /** 称述内容可靠标志 ({@code DE05.10.143.00}, BL), section 11450-4 Problem list. */
    public Builder addHistoryReliableFlag(boolean value) {
      return add("11450-4", "DE05.10.143.00", BooleanValue.of(value));
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

    /** 死亡日期时间 ({@code DE02.01.036.00}, ST), section 8648-8 Hospital Course. */
    public Builder deathDateTime(String value) {
      return set("8648-8", "DE02.01.036.00", Text.of(value));
    }

    /** 死亡原因 ({@code DE05.10.099.00}, ST), section 8648-8 Hospital Course. */
    public Builder causeOfDeath(String value) {
      return set("8648-8", "DE05.10.099.00", Text.of(value));
    }

    /** Sets the one {@link DiagnosisNameInHospitalCourseGroup}, replacing any before. */
    public Builder diagnosisNameInHospitalCourse(DiagnosisNameInHospitalCourseGroup group) {
      return setGroup(group);
    }

    /** Sets the one {@link DiagnosisNameInHospitalCourseGroup} to its head 死亡诊断-西医诊断名称 alone, replacing any before. */
    public Builder diagnosisNameInHospitalCourse(String value) {
      return setGroup(DiagnosisNameInHospitalCourseGroup.of(value));
    }

    /** Appends one {@link TcmDiagnosisNameInHospitalCourseGroup}: all its values as one unit. */
    public Builder addTcmDiagnosisNameInHospitalCourseGroup(TcmDiagnosisNameInHospitalCourseGroup group) {
      return addGroup(group);
    }
  }
}
