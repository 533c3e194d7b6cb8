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
 * WS/T 500.8-2016 治疗记录 (Treatment record): document code {@code C0008}, templateId {@code 2.16.156.10011.2.1.1.28}.
 *
 * <p>Unconfirmed in the spec data: cardinalities (the public samples show presence only); 1 of 25 entries.
 *
 * <p>Generated from the document spec by TypedDocumentGenerator; do not edit.
 *
 * <p>Thread safety: immutable; the builder is not thread-safe.
 *
 * @since 0.1.0
 */
public final class TreatmentRecord extends TypedDocument {
  /** The document code. */
  public static final String CODE = "C0008";
  /** The templateId OID. */
  public static final String TEMPLATE_ID = "2.16.156.10011.2.1.1.28";

  private TreatmentRecord(ClinicalDocument document) {
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
   * @throws io.hdx.model.ValidationException when the document is not a C0008
   */
  public static TreatmentRecord from(ClinicalDocument document) {
    return new TreatmentRecord(document);
  }

  /** 有创诊疗操作标志 ({@code DE05.10.165.00}, BL), section 11348-0 HISTORY OF PAST ILLNESS. */
  public Optional<Boolean> drainageFlag() {
    return bool("11348-0", "DE05.10.165.00");
  }

  /** 过敏史标志 ({@code DE02.10.023.00}, BL), section 11348-0 HISTORY OF PAST ILLNESS. */
  public Optional<Boolean> allergyHistoryFlag() {
    return bool("11348-0", "DE02.10.023.00");
  }

  /** The AllergyHistoryFlagGroup groups of section 11348-0, in document order. */
  public List<AllergyHistoryFlagGroup> allergyHistoryFlagGroupList() {
    return groups("11348-0", "DE02.10.023.00", AllergyHistoryFlagGroup::new);
  }

  /** 过敏史 ({@code DE02.10.022.00}, ST), section 11348-0 HISTORY OF PAST ILLNESS. */
  public Optional<String> allergyHistory() {
    return text("11348-0", "DE02.10.022.00");
  }

  /** 体重(kg) ({@code DE04.10.188.00}, PQ), section 8716-3 VITAL SIGNS, unit kg. */
  public List<PhysicalQuantity> bodyWeight() {
    return valueList("8716-3", "DE04.10.188.00", PhysicalQuantity.class);
  }

  /** 疾病诊断编码 ({@code DE05.01.024.00}, CD), section 46241-6 HOSPITAL ADMISSION DX, value set {@code 2.16.156.10011.2.3.3.11.3}. */
  public Optional<CodedValue> diagnosisCode() {
    return value("46241-6", "DE05.01.024.00", CodedValue.class);
  }

  /** 处理及指导意见 ({@code DE06.00.018.00}, ST), section 18776-5 TREATMENT PLAN. */
  public Optional<String> opinion() {
    return text("18776-5", "DE06.00.018.00");
  }

  /** 医嘱使用备注 ({@code DE06.00.179.00}, ST), section 18776-5 TREATMENT PLAN. */
  public Optional<String> remarks() {
    return text("18776-5", "DE06.00.179.00");
  }

  /** 今后治疗方案 ({@code DE06.00.159.00}, ST), section 18776-5 TREATMENT PLAN. */
  public Optional<String> futureTreatmentPlan() {
    return text("18776-5", "DE06.00.159.00");
  }

  /** 随访方式 ({@code DE06.00.108.00}, CD), section 18776-5 TREATMENT PLAN, value set {@code 2.16.156.10011.2.3.1.183}. */
  public Optional<CodedValue> followUpMethod() {
    return value("18776-5", "DE06.00.108.00", CodedValue.class);
  }

  /** The FollowUpMethodGroup groups of section 18776-5, in document order. */
  public List<FollowUpMethodGroup> followUpMethodGroupList() {
    return groups("18776-5", "DE06.00.108.00", FollowUpMethodGroup::new);
  }

  /** 随访周期建议代码 ({@code DE06.00.112.00}, CD), section 18776-5 TREATMENT PLAN, value set {@code 2.16.156.10011.2.3.1.184}. */
  public Optional<CodedValue> followUpIntervalCode() {
    return value("18776-5", "DE06.00.112.00", CodedValue.class);
  }

  /** 操作名称 ({@code DE06.00.094.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
  public List<Text> procedureName() {
    return valueList("47519-4", "DE06.00.094.00", Text.class);
  }

  /** The Operation groups of section 47519-4, in document order. */
  public List<Operation> operationList() {
    return groups("47519-4", "PROCEDURE", Operation::new);
  }

  /** 手术目标部位名称 ({@code DE06.00.187.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
  public List<Text> procedureSiteName() {
    return valueList("47519-4", "DE06.00.187.00", Text.class);
  }

  /** 介入物名称 ({@code DE08.50.037.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
  public List<Text> interventionalDeviceName() {
    return valueList("47519-4", "DE08.50.037.00", Text.class);
  }

  /** 操作方法描述 ({@code DE06.00.251.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
  public List<Text> procedureMethodDescription() {
    return valueList("47519-4", "DE06.00.251.00", Text.class);
  }

  /** 操作次数 ({@code DE06.00.250.00}, INT), section 47519-4 HISTORY OF PROCEDURES. */
  public List<IntegerValue> procedureCount() {
    return valueList("47519-4", "DE06.00.250.00", IntegerValue.class);
  }

  /** 手术及操作编码 ({@code DE06.00.093.00}, CD), section 47519-4 HISTORY OF PROCEDURES, value set {@code 2.16.156.10011.2.3.3.12}. */
  public List<CodedValue> procedureCode() {
    return valueList("47519-4", "DE06.00.093.00", CodedValue.class);
  }

  /** 药物用法 ({@code DE06.00.136.00}, ST), section 18610-6 MEDICATION ADMINISTERED. */
  public List<Text> medicationUsage() {
    return valueList("18610-6", "DE06.00.136.00", Text.class);
  }

  /** The Drug groups of section 18610-6, in document order. */
  public List<Drug> drugList() {
    return groups("18610-6", "SUBSTANCE_ADMINISTRATION", Drug::new);
  }

  /** 中药使用类别代码 ({@code DE06.00.164.00}, CD), section 18610-6 MEDICATION ADMINISTERED, value set {@code 2.16.156.10011.2.3.1.157}. */
  public List<CodedValue> tcmUsageCategoryCode() {
    return valueList("18610-6", "DE06.00.164.00", CodedValue.class);
  }

  /** 药物使用频率 ({@code DE06.00.133.00}, CD), section 18610-6 MEDICATION ADMINISTERED, value set {@code 2.16.156.10011.2.3.1.267}. */
  public List<CodedValue> medicationFrequency() {
    return valueList("18610-6", "DE06.00.133.00", CodedValue.class);
  }

  /** 药物剂型代码 ({@code DE08.50.011.00}, CD), section 18610-6 MEDICATION ADMINISTERED, value set {@code 2.16.156.10011.2.3.1.211}. */
  public List<CodedValue> dosageFormCode() {
    return valueList("18610-6", "DE08.50.011.00", CodedValue.class);
  }

  /** 药物使用剂量单位 ({@code DE08.50.024.00}, ST), section 18610-6 MEDICATION ADMINISTERED. */
  public List<Text> medicationDoseUnit() {
    return valueList("18610-6", "DE08.50.024.00", Text.class);
  }

  /** 药物使用总剂量 ({@code DE06.00.135.00}, PQ), section 18610-6 MEDICATION ADMINISTERED. */
  public List<PhysicalQuantity> medicationTotalDose() {
    return valueList("18610-6", "DE06.00.135.00", PhysicalQuantity.class);
  }

  /** 药物使用途径代码 ({@code DE06.00.134.00}, CD), section 18610-6 MEDICATION ADMINISTERED, value set {@code 2.16.156.10011.2.3.1.158}. */
  public List<CodedValue> medicationRouteCode() {
    return valueList("18610-6", "DE06.00.134.00", CodedValue.class);
  }

  /** 药物使用次剂量 ({@code DE08.50.023.00}, PQ), section 18610-6 MEDICATION ADMINISTERED. */
  public List<PhysicalQuantity> medicationSingleDose() {
    return valueList("18610-6", "DE08.50.023.00", PhysicalQuantity.class);
  }

  /** 药物名称 ({@code DE08.50.022.00}, ST), section 18610-6 MEDICATION ADMINISTERED. */
  public List<Text> medicationName() {
    return valueList("18610-6", "DE08.50.022.00", Text.class);
  }

  /**
   * One group of section 11348-0 HISTORY OF PAST ILLNESS: 过敏史标志 with the data nested in it, written as one unit (document layout group {@code DE02.10.023.00}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class AllergyHistoryFlagGroup extends TypedGroup<AllergyHistoryFlagGroup> {
    private AllergyHistoryFlagGroup() {
      super("11348-0", "DE02.10.023.00");
    }

    @Override
    protected AllergyHistoryFlagGroup blank() {
      return new AllergyHistoryFlagGroup();
    }

    /** A group with its head 过敏史标志 ({@code DE02.10.023.00}). */
    public static AllergyHistoryFlagGroup of(boolean value) {
      return new AllergyHistoryFlagGroup().with("DE02.10.023.00", BooleanValue.of(value));
    }

    /** 过敏史 ({@code DE02.10.022.00}, ST). */
    public AllergyHistoryFlagGroup allergyHistory(String value) {
      return with("DE02.10.022.00", Text.of(value));
    }

    /** 过敏史 ({@code DE02.10.022.00}). */
    public Optional<Text> allergyHistory() {
      return value("DE02.10.022.00", Text.class);
    }

    /** 过敏史标志 ({@code DE02.10.023.00}). */
    public Optional<BooleanValue> allergyHistoryFlag() {
      return value("DE02.10.023.00", BooleanValue.class);
    }
  }

  /**
   * One group of section 18776-5 TREATMENT PLAN: 随访方式 with the data nested in it, written as one unit (document layout group {@code DE06.00.108.00}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class FollowUpMethodGroup extends TypedGroup<FollowUpMethodGroup> {
    private FollowUpMethodGroup() {
      super("18776-5", "DE06.00.108.00");
    }

    @Override
    protected FollowUpMethodGroup blank() {
      return new FollowUpMethodGroup();
    }

    /** A group with its head 随访方式 ({@code DE06.00.108.00}). */
    public static FollowUpMethodGroup of(Coded value) {
      return new FollowUpMethodGroup().with("DE06.00.108.00", CodedValue.of(value));
    }

    /** 随访周期建议代码 ({@code DE06.00.112.00}, CD, value set {@code 2.16.156.10011.2.3.1.184}). */
    public FollowUpMethodGroup followUpIntervalCode(Coded value) {
      return with("DE06.00.112.00", CodedValue.of(value));
    }

    /** 随访周期建议代码 ({@code DE06.00.112.00}). */
    public Optional<CodedValue> followUpIntervalCode() {
      return value("DE06.00.112.00", CodedValue.class);
    }

    /** 随访方式 ({@code DE06.00.108.00}). */
    public Optional<CodedValue> followUpMethod() {
      return value("DE06.00.108.00", CodedValue.class);
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

    /** 操作名称 ({@code DE06.00.094.00}, ST). */
    public Operation procedureName(String value) {
      return with("DE06.00.094.00", Text.of(value));
    }

    /** 操作名称 ({@code DE06.00.094.00}). */
    public Optional<Text> procedureName() {
      return value("DE06.00.094.00", Text.class);
    }

    /** 手术目标部位名称 ({@code DE06.00.187.00}, ST). */
    public Operation procedureSiteName(String value) {
      return with("DE06.00.187.00", Text.of(value));
    }

    /** 手术目标部位名称 ({@code DE06.00.187.00}). */
    public Optional<Text> procedureSiteName() {
      return value("DE06.00.187.00", Text.class);
    }

    /** 介入物名称 ({@code DE08.50.037.00}, ST). */
    public Operation interventionalDeviceName(String value) {
      return with("DE08.50.037.00", Text.of(value));
    }

    /** 介入物名称 ({@code DE08.50.037.00}). */
    public Optional<Text> interventionalDeviceName() {
      return value("DE08.50.037.00", Text.class);
    }

    /** 操作方法描述 ({@code DE06.00.251.00}, ST). */
    public Operation procedureMethodDescription(String value) {
      return with("DE06.00.251.00", Text.of(value));
    }

    /** 操作方法描述 ({@code DE06.00.251.00}). */
    public Optional<Text> procedureMethodDescription() {
      return value("DE06.00.251.00", Text.class);
    }

    /** 操作次数 ({@code DE06.00.250.00}, INT). */
    public Operation procedureCount(long value) {
      return with("DE06.00.250.00", IntegerValue.of(value));
    }

    /** 操作次数 ({@code DE06.00.250.00}). */
    public Optional<IntegerValue> procedureCount() {
      return value("DE06.00.250.00", IntegerValue.class);
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
   * One group of section 18610-6 MEDICATION ADMINISTERED: one SUBSTANCE_ADMINISTRATION act, written as one unit (document layout group {@code SUBSTANCE_ADMINISTRATION}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class Drug extends TypedGroup<Drug> {
    private Drug() {
      super("18610-6", "SUBSTANCE_ADMINISTRATION");
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

    /** 药物使用频率 ({@code DE06.00.133.00}, CD, value set {@code 2.16.156.10011.2.3.1.267}). */
    public Drug medicationFrequency(Coded value) {
      return with("DE06.00.133.00", CodedValue.of(value));
    }

    /** 药物使用频率 ({@code DE06.00.133.00}). */
    public Optional<CodedValue> medicationFrequency() {
      return value("DE06.00.133.00", CodedValue.class);
    }

    /** 药物剂型代码 ({@code DE08.50.011.00}, CD, value set {@code 2.16.156.10011.2.3.1.211}). */
    public Drug dosageFormCode(Coded value) {
      return with("DE08.50.011.00", CodedValue.of(value));
    }

    /** 药物剂型代码 ({@code DE08.50.011.00}). */
    public Optional<CodedValue> dosageFormCode() {
      return value("DE08.50.011.00", CodedValue.class);
    }

    /** 药物使用剂量单位 ({@code DE08.50.024.00}, ST). */
    public Drug medicationDoseUnit(String value) {
      return with("DE08.50.024.00", Text.of(value));
    }

    /** 药物使用剂量单位 ({@code DE08.50.024.00}). */
    public Optional<Text> medicationDoseUnit() {
      return value("DE08.50.024.00", Text.class);
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

    /** 药物名称 ({@code DE08.50.022.00}, ST). */
    public Drug medicationName(String value) {
      return with("DE08.50.022.00", Text.of(value));
    }

    /** 药物名称 ({@code DE08.50.022.00}). */
    public Optional<Text> medicationName() {
      return value("DE08.50.022.00", Text.class);
    }
  }

  /** Builds a {@link TreatmentRecord}. Thread safety: not thread-safe. */
  public static final class Builder extends TypedDocument.Builder<TreatmentRecord, Builder> {
    private Builder() {
      super(documentSpec());
    }

    @Override
    protected TreatmentRecord create(ClinicalDocument document) {
      return new TreatmentRecord(document);
    }

    /** 有创诊疗操作标志 ({@code DE05.10.165.00}, BL), section 11348-0 HISTORY OF PAST ILLNESS. */
    public Builder drainageFlag(boolean value) {
      return set("11348-0", "DE05.10.165.00", BooleanValue.of(value));
    }

    /** Sets the one {@link AllergyHistoryFlagGroup}, replacing any before. */
    public Builder allergyHistoryFlag(AllergyHistoryFlagGroup group) {
      return setGroup(group);
    }

    /** Sets the one {@link AllergyHistoryFlagGroup} to its head 过敏史标志 alone, replacing any before. */
    public Builder allergyHistoryFlag(boolean value) {
      return setGroup(AllergyHistoryFlagGroup.of(value));
    }

    /** 体重(kg) ({@code DE04.10.188.00}, PQ), section 8716-3 VITAL SIGNS, unit kg. */
    public Builder addBodyWeight(BigDecimal value) {
      return add("8716-3", "DE04.10.188.00", quantity("8716-3", "DE04.10.188.00", value));
    }

    /** 体重(kg) ({@code DE04.10.188.00}, PQ), section 8716-3 VITAL SIGNS, unit kg. */
    public Builder addBodyWeight(PhysicalQuantity value) {
      return add("8716-3", "DE04.10.188.00", value);
    }

    /** 疾病诊断编码 ({@code DE05.01.024.00}, CD), section 46241-6 HOSPITAL ADMISSION DX, value set {@code 2.16.156.10011.2.3.3.11.3}. */
    public Builder diagnosisCode(Coded value) {
      return set("46241-6", "DE05.01.024.00", CodedValue.of(value));
    }

    /** 处理及指导意见 ({@code DE06.00.018.00}, ST), section 18776-5 TREATMENT PLAN. */
    public Builder opinion(String value) {
      return set("18776-5", "DE06.00.018.00", Text.of(value));
    }

    /** 医嘱使用备注 ({@code DE06.00.179.00}, ST), section 18776-5 TREATMENT PLAN. */
    public Builder remarks(String value) {
      return set("18776-5", "DE06.00.179.00", Text.of(value));
    }

    /** 今后治疗方案 ({@code DE06.00.159.00}, ST), section 18776-5 TREATMENT PLAN. */
    public Builder futureTreatmentPlan(String value) {
      return set("18776-5", "DE06.00.159.00", Text.of(value));
    }

    /** Sets the one {@link FollowUpMethodGroup}, replacing any before. */
    public Builder followUpMethod(FollowUpMethodGroup group) {
      return setGroup(group);
    }

    /** Sets the one {@link FollowUpMethodGroup} to its head 随访方式 alone, replacing any before. */
    public Builder followUpMethod(Coded value) {
      return setGroup(FollowUpMethodGroup.of(value));
    }

    /** Appends one {@link Operation}: all its values as one unit. */
    public Builder addOperation(Operation group) {
      return addGroup(group);
    }

    /** Appends one {@link Drug}: all its values as one unit. */
    public Builder addDrug(Drug group) {
      return addGroup(group);
    }
  }
}
