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
 * WS/T 500.21-2016 出入量记录 (Intake and output record): document code {@code C0021}, templateId {@code 2.16.156.10011.2.1.1.41}.
 *
 * <p>Unconfirmed in the spec data: cardinalities (the public samples show presence only); 10 of 25 entries.
 *
 * <p>Generated from the document spec by TypedDocumentGenerator; do not edit.
 *
 * <p>Thread safety: immutable; the builder is not thread-safe.
 *
 * @since 0.1.0
 */
public final class IntakeOutputRecord extends TypedDocument {
  /** The document code. */
  public static final String CODE = "C0021";
  /** The templateId OID. */
  public static final String TEMPLATE_ID = "2.16.156.10011.2.1.1.41";

  private IntakeOutputRecord(ClinicalDocument document) {
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
   * @throws io.hdx.model.ValidationException when the document is not a C0021
   */
  public static IntakeOutputRecord from(ClinicalDocument document) {
    return new IntakeOutputRecord(document);
  }

  /** 疾病诊断编码 ({@code DE05.01.024.00}, CD), section 29548-5 Diagnosis, value set {@code 2.16.156.10011.2.3.3.11}. */
  public Optional<CodedValue> diagnosisCode() {
    return value("29548-5", "DE05.01.024.00", CodedValue.class);
  }

  /** 体重(kg) ({@code DE04.10.188.00}, PQ), section 8716-3 VITAL SIGNS, unit kg. */
  public List<PhysicalQuantity> bodyWeight() {
    return valueList("8716-3", "DE04.10.188.00", PhysicalQuantity.class);
  }

  /** 护理等级代码 ({@code DE06.00.211.00}, CD), section - 护理记录, value set {@code 2.16.156.10011.2.3.1.259}. */
  public Optional<CodedValue> nursingLevelCode() {
    return value("护理记录", "DE06.00.211.00", CodedValue.class);
  }

  /** 护理类型代码 ({@code DE06.00.212.00}, CD), section - 护理记录, value set {@code 2.16.156.10011.2.3.1.260}. */
  public Optional<CodedValue> nursingTypeCode() {
    return value("护理记录", "DE06.00.212.00", CodedValue.class);
  }

  /** 护理观察项目名称 ({@code DE02.10.031.00}, ST), section - 护理记录. */
  public Optional<String> observationItemNameInSection3() {
    return text("护理记录", "DE02.10.031.00");
  }

  /** 护理观察结果 ({@code DE02.10.028.00}, ST), section - 护理记录. */
  public Optional<String> observationResultInSection3() {
    return text("护理记录", "DE02.10.028.00");
  }

  /** 护理操作名称 ({@code DE06.00.342.00}, ST), section - 护理记录. */
  public Optional<String> nursingProcedureNameInSection3() {
    return text("护理记录", "DE06.00.342.00");
  }

  /** 护理操作项目类目名称 ({@code DE06.00.210.00}, ST), section - 护理记录. */
  public Optional<String> nursingProcedureCategoryInSection3() {
    return text("护理记录", "DE06.00.210.00");
  }

  /** 护理操作结果 ({@code DE06.00.209.00}, ST), section - 护理记录. */
  public Optional<String> nursingProcedureResultInSection3() {
    return text("护理记录", "DE06.00.209.00");
  }

  /** 呕吐标志 ({@code DE04.01.048.00}, BL), section - 护理记录. */
  public Optional<Boolean> vomitingFlagInSection3() {
    return bool("护理记录", "DE04.01.048.00");
  }

  /** 排尿困难标志 ({@code DE04.01.051.00}, BL), section - 护理记录. */
  public Optional<Boolean> dysuriaFlagInSection3() {
    return bool("护理记录", "DE04.01.051.00");
  }

  /** 护理观察项目名称 ({@code DE02.10.031.00}, ST), section - 护理观察. */
  public Optional<String> observationItemNameInSection4() {
    return text("护理观察", "DE02.10.031.00");
  }

  /** The ObservationItemNameInSection4Group groups of section 护理观察, in document order. */
  public List<ObservationItemNameInSection4Group> observationItemNameInSection4GroupList() {
    return groups("护理观察", "DE02.10.031.00", ObservationItemNameInSection4Group::new);
  }

  /** 中医“四诊”观察结果 ({@code DE02.10.028.00}, ST), section - 护理观察. */
  public Optional<String> observationResultInSection4() {
    return text("护理观察", "DE02.10.028.00");
  }

  /** 护理操作名称 ({@code DE06.00.342.00}, ST), section - 护理操作. */
  public Optional<String> nursingProcedureNameInSection5() {
    return text("护理操作", "DE06.00.342.00");
  }

  /** The NursingProcedureNameInSection5Group groups of section 护理操作, in document order. */
  public List<NursingProcedureNameInSection5Group> nursingProcedureNameInSection5GroupList() {
    return groups("护理操作", "DE06.00.342.00", NursingProcedureNameInSection5Group::new);
  }

  /** 护理操作项目类目名称 ({@code DE06.00.210.00}, ST), section - 护理操作. */
  public Optional<String> nursingProcedureCategoryInSection5() {
    return text("护理操作", "DE06.00.210.00");
  }

  /** 护理操作结果 ({@code DE06.00.209.00}, ST), section - 护理操作. */
  public Optional<String> nursingProcedureResultInSection5() {
    return text("护理操作", "DE06.00.209.00");
  }

  /** 药物用法 ({@code DE06.00.136.00}, ST), section 10160-0 HISTORY OF MEDICATION USE. */
  public List<Text> medicationUsage() {
    return valueList("10160-0", "DE06.00.136.00", Text.class);
  }

  /** The Drug groups of section 10160-0, in document order. */
  public List<Drug> drugList() {
    return groups("10160-0", "SUBSTANCE_ADMINISTRATION", Drug::new);
  }

  /** 中药使用类别代码 ({@code DE06.00.164.00}, CD), section 10160-0 HISTORY OF MEDICATION USE, value set {@code 2.16.156.10011.2.3.1.157}. */
  public List<CodedValue> tcmUsageCategoryCode() {
    return valueList("10160-0", "DE06.00.164.00", CodedValue.class);
  }

  /** 药物使用总剂量 ({@code DE06.00.135.00}, PQ), section 10160-0 HISTORY OF MEDICATION USE. */
  public List<PhysicalQuantity> medicationTotalDose() {
    return valueList("10160-0", "DE06.00.135.00", PhysicalQuantity.class);
  }

  /** 药物使用途径代码 ({@code DE06.00.134.00}, CD), section 10160-0 HISTORY OF MEDICATION USE, value set {@code 2.16.156.10011.2.3.1.158}. */
  public List<CodedValue> medicationRouteCode() {
    return valueList("10160-0", "DE06.00.134.00", CodedValue.class);
  }

  /** 药物使用次剂量 ({@code DE08.50.023.00}, PQ), section 10160-0 HISTORY OF MEDICATION USE. */
  public List<PhysicalQuantity> medicationSingleDose() {
    return valueList("10160-0", "DE08.50.023.00", PhysicalQuantity.class);
  }

  /** 药物使用频率 ({@code DE06.00.133.00}, PQ), section 10160-0 HISTORY OF MEDICATION USE. */
  public List<PhysicalQuantity> medicationFrequency() {
    return valueList("10160-0", "DE06.00.133.00", PhysicalQuantity.class);
  }

  /** 药物名称 ({@code DE08.50.022.00}, ST), section 10160-0 HISTORY OF MEDICATION USE. */
  public List<Text> medicationName() {
    return valueList("10160-0", "DE08.50.022.00", Text.class);
  }

  /** 呕吐标志 ({@code DE04.01.048.00}, BL), section - 护理标志. */
  public Optional<Boolean> vomitingFlagInSection7() {
    return bool("护理标志", "DE04.01.048.00");
  }

  /** 排尿困难标志 ({@code DE04.01.051.00}, BL), section - 护理标志. */
  public Optional<Boolean> dysuriaFlagInSection7() {
    return bool("护理标志", "DE04.01.051.00");
  }

  /**
   * One group of section 护理观察 护理观察: 护理观察项目名称 with the data nested in it, written as one unit (document layout group {@code DE02.10.031.00}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class ObservationItemNameInSection4Group extends TypedGroup<ObservationItemNameInSection4Group> {
    private ObservationItemNameInSection4Group() {
      super("护理观察", "DE02.10.031.00");
    }

    @Override
    protected ObservationItemNameInSection4Group blank() {
      return new ObservationItemNameInSection4Group();
    }

    /** A group with its head 护理观察项目名称 ({@code DE02.10.031.00}). */
    public static ObservationItemNameInSection4Group of(String value) {
      return new ObservationItemNameInSection4Group().with("DE02.10.031.00", Text.of(value));
    }

    /** 中医“四诊”观察结果 ({@code DE02.10.028.00}, ST). */
    public ObservationItemNameInSection4Group observationResultInSection4(String value) {
      return with("DE02.10.028.00", Text.of(value));
    }

    /** 中医“四诊”观察结果 ({@code DE02.10.028.00}). */
    public Optional<Text> observationResultInSection4() {
      return value("DE02.10.028.00", Text.class);
    }

    /** 护理观察项目名称 ({@code DE02.10.031.00}). */
    public Optional<Text> observationItemNameInSection4() {
      return value("DE02.10.031.00", Text.class);
    }
  }

  /**
   * One group of section 护理操作 护理操作: 护理操作名称 with the data nested in it, written as one unit (document layout group {@code DE06.00.342.00}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class NursingProcedureNameInSection5Group extends TypedGroup<NursingProcedureNameInSection5Group> {
    private NursingProcedureNameInSection5Group() {
      super("护理操作", "DE06.00.342.00");
    }

    @Override
    protected NursingProcedureNameInSection5Group blank() {
      return new NursingProcedureNameInSection5Group();
    }

    /** A group with its head 护理操作名称 ({@code DE06.00.342.00}). */
    public static NursingProcedureNameInSection5Group of(String value) {
      return new NursingProcedureNameInSection5Group().with("DE06.00.342.00", Text.of(value));
    }

    /** 护理操作项目类目名称 ({@code DE06.00.210.00}, ST). */
    public NursingProcedureNameInSection5Group nursingProcedureCategoryInSection5(String value) {
      return with("DE06.00.210.00", Text.of(value));
    }

    /** 护理操作项目类目名称 ({@code DE06.00.210.00}). */
    public Optional<Text> nursingProcedureCategoryInSection5() {
      return value("DE06.00.210.00", Text.class);
    }

    /** 护理操作结果 ({@code DE06.00.209.00}, ST). */
    public NursingProcedureNameInSection5Group nursingProcedureResultInSection5(String value) {
      return with("DE06.00.209.00", Text.of(value));
    }

    /** 护理操作结果 ({@code DE06.00.209.00}). */
    public Optional<Text> nursingProcedureResultInSection5() {
      return value("DE06.00.209.00", Text.class);
    }

    /** 护理操作名称 ({@code DE06.00.342.00}). */
    public Optional<Text> nursingProcedureNameInSection5() {
      return value("DE06.00.342.00", Text.class);
    }
  }

  /**
   * One group of section 10160-0 HISTORY OF MEDICATION USE: one SUBSTANCE_ADMINISTRATION act, written as one unit (document layout group {@code SUBSTANCE_ADMINISTRATION}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class Drug extends TypedGroup<Drug> {
    private Drug() {
      super("10160-0", "SUBSTANCE_ADMINISTRATION");
    }

    @Override
    protected Drug blank() {
      return new Drug();
    }

    /** An empty group; set its members. */
    public static Drug of() {
      return new Drug();
    }

    /** 药物用法 ({@code DE06.00.136.00}, ST). */
    public Drug medicationUsage(String value) {
      return with("DE06.00.136.00", Text.of(value));
    }

    /** 药物用法 ({@code DE06.00.136.00}). */
    public Optional<Text> medicationUsage() {
      return value("DE06.00.136.00", Text.class);
    }

    /** 中药使用类别代码 ({@code DE06.00.164.00}, CD, value set {@code 2.16.156.10011.2.3.1.157}). */
    public Drug tcmUsageCategoryCode(Coded value) {
      return with("DE06.00.164.00", CodedValue.of(value));
    }

    /** 中药使用类别代码 ({@code DE06.00.164.00}). */
    public Optional<CodedValue> tcmUsageCategoryCode() {
      return value("DE06.00.164.00", CodedValue.class);
    }

    /** 药物使用总剂量 ({@code DE06.00.135.00}, PQ). */
    public Drug medicationTotalDose(BigDecimal value) {
      return with("DE06.00.135.00", PhysicalQuantity.unitless(value));
    }

    /** 药物使用总剂量 ({@code DE06.00.135.00}, PQ). */
    public Drug medicationTotalDose(PhysicalQuantity value) {
      return with("DE06.00.135.00", value);
    }

    /** 药物使用总剂量 ({@code DE06.00.135.00}). */
    public Optional<PhysicalQuantity> medicationTotalDose() {
      return value("DE06.00.135.00", PhysicalQuantity.class);
    }

    /** 药物使用途径代码 ({@code DE06.00.134.00}, CD, value set {@code 2.16.156.10011.2.3.1.158}). */
    public Drug medicationRouteCode(Coded value) {
      return with("DE06.00.134.00", CodedValue.of(value));
    }

    /** 药物使用途径代码 ({@code DE06.00.134.00}). */
    public Optional<CodedValue> medicationRouteCode() {
      return value("DE06.00.134.00", CodedValue.class);
    }

    /** 药物使用次剂量 ({@code DE08.50.023.00}, PQ). */
    public Drug medicationSingleDose(BigDecimal value) {
      return with("DE08.50.023.00", PhysicalQuantity.unitless(value));
    }

    /** 药物使用次剂量 ({@code DE08.50.023.00}, PQ). */
    public Drug medicationSingleDose(PhysicalQuantity value) {
      return with("DE08.50.023.00", value);
    }

    /** 药物使用次剂量 ({@code DE08.50.023.00}). */
    public Optional<PhysicalQuantity> medicationSingleDose() {
      return value("DE08.50.023.00", PhysicalQuantity.class);
    }

    /** 药物使用频率 ({@code DE06.00.133.00}, PQ). */
    public Drug medicationFrequency(BigDecimal value) {
      return with("DE06.00.133.00", PhysicalQuantity.unitless(value));
    }

    /** 药物使用频率 ({@code DE06.00.133.00}, PQ). */
    public Drug medicationFrequency(PhysicalQuantity value) {
      return with("DE06.00.133.00", value);
    }

    /** 药物使用频率 ({@code DE06.00.133.00}). */
    public Optional<PhysicalQuantity> medicationFrequency() {
      return value("DE06.00.133.00", PhysicalQuantity.class);
    }

    /** 药物名称 ({@code DE08.50.022.00}, ST). */
    public Drug medicationName(String value) {
      return with("DE08.50.022.00", Text.of(value));
    }

    /** 药物名称 ({@code DE08.50.022.00}). */
    public Optional<Text> medicationName() {
      return value("DE08.50.022.00", Text.class);
    }
  }

  /** Builds a {@link IntakeOutputRecord}. Thread safety: not thread-safe. */
  public static final class Builder extends TypedDocument.Builder<IntakeOutputRecord, Builder> {
    private Builder() {
      super(documentSpec());
    }

    @Override
    protected IntakeOutputRecord create(ClinicalDocument document) {
      return new IntakeOutputRecord(document);
    }

    /** 疾病诊断编码 ({@code DE05.01.024.00}, CD), section 29548-5 Diagnosis, value set {@code 2.16.156.10011.2.3.3.11}. */
    public Builder diagnosisCode(Coded value) {
      return set("29548-5", "DE05.01.024.00", CodedValue.of(value));
    }

    /** 体重(kg) ({@code DE04.10.188.00}, PQ), section 8716-3 VITAL SIGNS, unit kg. */
    public Builder addBodyWeight(BigDecimal value) {
      return add("8716-3", "DE04.10.188.00", quantity("8716-3", "DE04.10.188.00", value));
    }

    /** 体重(kg) ({@code DE04.10.188.00}, PQ), section 8716-3 VITAL SIGNS, unit kg. */
    public Builder addBodyWeight(PhysicalQuantity value) {
      return add("8716-3", "DE04.10.188.00", value);
    }

    /** 护理等级代码 ({@code DE06.00.211.00}, CD), section - 护理记录, value set {@code 2.16.156.10011.2.3.1.259}. */
    public Builder nursingLevelCode(Coded value) {
      return set("护理记录", "DE06.00.211.00", CodedValue.of(value));
    }

    /** 护理类型代码 ({@code DE06.00.212.00}, CD), section - 护理记录, value set {@code 2.16.156.10011.2.3.1.260}. */
    public Builder nursingTypeCode(Coded value) {
      return set("护理记录", "DE06.00.212.00", CodedValue.of(value));
    }

    /** 护理观察项目名称 ({@code DE02.10.031.00}, ST), section - 护理记录. */
    public Builder observationItemNameInSection3(String value) {
      return set("护理记录", "DE02.10.031.00", Text.of(value));
    }

    /** 护理观察结果 ({@code DE02.10.028.00}, ST), section - 护理记录. */
    public Builder observationResultInSection3(String value) {
      return set("护理记录", "DE02.10.028.00", Text.of(value));
    }

    /** 护理操作名称 ({@code DE06.00.342.00}, ST), section - 护理记录. */
    public Builder nursingProcedureNameInSection3(String value) {
      return set("护理记录", "DE06.00.342.00", Text.of(value));
    }

    /** 护理操作项目类目名称 ({@code DE06.00.210.00}, ST), section - 护理记录. */
    public Builder nursingProcedureCategoryInSection3(String value) {
      return set("护理记录", "DE06.00.210.00", Text.of(value));
    }

    /** 护理操作结果 ({@code DE06.00.209.00}, ST), section - 护理记录. */
    public Builder nursingProcedureResultInSection3(String value) {
      return set("护理记录", "DE06.00.209.00", Text.of(value));
    }

    /** 呕吐标志 ({@code DE04.01.048.00}, BL), section - 护理记录. */
    public Builder vomitingFlagInSection3(boolean value) {
      return set("护理记录", "DE04.01.048.00", BooleanValue.of(value));
    }

    /** 排尿困难标志 ({@code DE04.01.051.00}, BL), section - 护理记录. */
    public Builder dysuriaFlagInSection3(boolean value) {
      return set("护理记录", "DE04.01.051.00", BooleanValue.of(value));
    }

    /** Sets the one {@link ObservationItemNameInSection4Group}, replacing any before. */
    public Builder observationItemNameInSection4(ObservationItemNameInSection4Group group) {
      return setGroup(group);
    }

    /** Sets the one {@link ObservationItemNameInSection4Group} to its head 护理观察项目名称 alone, replacing any before. */
    public Builder observationItemNameInSection4(String value) {
      return setGroup(ObservationItemNameInSection4Group.of(value));
    }

    /** Sets the one {@link NursingProcedureNameInSection5Group}, replacing any before. */
    public Builder nursingProcedureNameInSection5(NursingProcedureNameInSection5Group group) {
      return setGroup(group);
    }

    /** Sets the one {@link NursingProcedureNameInSection5Group} to its head 护理操作名称 alone, replacing any before. */
    public Builder nursingProcedureNameInSection5(String value) {
      return setGroup(NursingProcedureNameInSection5Group.of(value));
    }

    /** Appends one {@link Drug}: all its values as one unit. */
    public Builder addDrug(Drug group) {
      return addGroup(group);
    }

    /** 呕吐标志 ({@code DE04.01.048.00}, BL), section - 护理标志. */
    public Builder vomitingFlagInSection7(boolean value) {
      return set("护理标志", "DE04.01.048.00", BooleanValue.of(value));
    }

    /** 排尿困难标志 ({@code DE04.01.051.00}, BL), section - 护理标志. */
    public Builder dysuriaFlagInSection7(boolean value) {
      return set("护理标志", "DE04.01.051.00", BooleanValue.of(value));
    }
  }
}
