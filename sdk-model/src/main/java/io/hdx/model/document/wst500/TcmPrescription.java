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
 * WS/T 500.5-2016 中药处方 (TCM (herbal) prescription): document code {@code C0005}, templateId {@code 2.16.156.10011.2.1.1.25}.
 *
 * <p>Unconfirmed in the spec data: cardinalities (the public samples show presence only); 1 of 19 entries.
 *
 * <p>Generated from the document spec by TypedDocumentGenerator; do not edit.
 *
 * <p>Thread safety: immutable; the builder is not thread-safe.
 *
 * @since 0.1.0
 */
public final class TcmPrescription extends TypedDocument {
  /** The document code. */
  public static final String CODE = "C0005";
  /** The templateId OID. */
  public static final String TEMPLATE_ID = "2.16.156.10011.2.1.1.25";

  private TcmPrescription(ClinicalDocument document) {
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
   * @throws io.hdx.model.ValidationException when the document is not a C0005
   */
  public static TcmPrescription from(ClinicalDocument document) {
    return new TcmPrescription(document);
  }

  /** 西医诊断编码 ({@code DE05.01.024.00}, CD), section 29548-5 Diagnosis, value set {@code 2.16.156.10011.2.3.3.11}. */
  public Optional<CodedValue> diagnosisCode() {
    return value("29548-5", "DE05.01.024.00", CodedValue.class);
  }

  /** 中医诊断病名代码 ({@code DE05.10.130.00}, CD), section 29548-5 Diagnosis, value set {@code 2.16.156.10011.2.3.3.14}. */
  public List<CodedValue> tcmDiagnosisCode() {
    return valueList("29548-5", "DE05.10.130.00", CodedValue.class);
  }

  /** 药物规格 ({@code DE08.50.043.00}, ST), section 10160-0 HISTORY OF MEDICATION USE. */
  public List<Text> medicationSpecification() {
    return valueList("10160-0", "DE08.50.043.00", Text.class);
  }

  /** The Drug groups of section 10160-0, in document order. */
  public List<Drug> drugList() {
    return groups("10160-0", "SUBSTANCE_ADMINISTRATION", Drug::new);
  }

  /** 药物使用总剂量 ({@code DE06.00.135.00}, PQ), section 10160-0 HISTORY OF MEDICATION USE. */
  public List<PhysicalQuantity> medicationTotalDose() {
    return valueList("10160-0", "DE06.00.135.00", PhysicalQuantity.class);
  }

  /** 处方有效天数 ({@code DE06.00.294.00}, PQ), section 10160-0 HISTORY OF MEDICATION USE, unit 天. */
  public Optional<PhysicalQuantity> prescriptionValidDays() {
    return value("10160-0", "DE06.00.294.00", PhysicalQuantity.class);
  }

  /** 处方药品组号 ({@code DE08.50.056.00}, INT), section 10160-0 HISTORY OF MEDICATION USE. */
  public Optional<Long> prescriptionGroupNumber() {
    return integer("10160-0", "DE08.50.056.00");
  }

  /** 中药饮片处方 ({@code DE08.50.049.00}, ST), section 10160-0 HISTORY OF MEDICATION USE. */
  public Optional<String> herbalPrescription() {
    return text("10160-0", "DE08.50.049.00");
  }

  /** The HerbalPrescriptionGroup groups of section 10160-0, in document order. */
  public List<HerbalPrescriptionGroup> herbalPrescriptionGroupList() {
    return groups("10160-0", "DE08.50.049.00", HerbalPrescriptionGroup::new);
  }

  /** 中药饮片剂数 ({@code DE08.50.050.00}, PQ), section 10160-0 HISTORY OF MEDICATION USE. */
  public Optional<PhysicalQuantity> herbalDoseCount() {
    return value("10160-0", "DE08.50.050.00", PhysicalQuantity.class);
  }

  /** 中药饮片煎煮法 ({@code DE08.50.047.00}, ST), section 10160-0 HISTORY OF MEDICATION USE. */
  public List<Text> tcmDecoctionMethod() {
    return valueList("10160-0", "DE08.50.047.00", Text.class);
  }

  /** 中药用药法 ({@code DE06.00.136.00}, ST), section 10160-0 HISTORY OF MEDICATION USE. */
  public Optional<String> medicationUsage() {
    return text("10160-0", "DE06.00.136.00");
  }

  /** 处方类别代码 ({@code DE08.50.032.00}, CD), section 10160-0 HISTORY OF MEDICATION USE, value set {@code 2.16.156.10011.2.3.2.40}. */
  public Optional<CodedValue> prescriptionCategoryCode() {
    return value("10160-0", "DE08.50.032.00", CodedValue.class);
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

  /** 药物剂型代码 ({@code DE08.50.011.00}, CD), section 10160-0 HISTORY OF MEDICATION USE, value set {@code 2.16.156.10011.2.3.1.211}. */
  public List<CodedValue> dosageFormCode() {
    return valueList("10160-0", "DE08.50.011.00", CodedValue.class);
  }

  /** 药物名称 ({@code DE08.50.022.00}, ST), section 10160-0 HISTORY OF MEDICATION USE. */
  public List<Text> medicationName() {
    return valueList("10160-0", "DE08.50.022.00", Text.class);
  }

  /** 处方药品金额 ({@code DE07.00.004.00}, MO), section 48768-6 PAYMENT SOURCES. */
  public Optional<MonetaryAmount> prescriptionDrugAmount() {
    return value("48768-6", "DE07.00.004.00", MonetaryAmount.class);
  }

  /** 处方备注信息 ({@code DE06.00.179.00}, ST), section 18776-5 TREATMENT PLAN. */
  public Optional<String> remarks() {
    return text("18776-5", "DE06.00.179.00");
  }

  /** 治则治法 ({@code DE06.00.300.00}, ST), section 18776-5 TREATMENT PLAN. */
  public Optional<String> tcmTreatmentPrinciple() {
    return text("18776-5", "DE06.00.300.00");
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

    /** 药物规格 ({@code DE08.50.043.00}, ST). */
    public Drug medicationSpecification(String value) {
      return with("DE08.50.043.00", Text.of(value));
    }

    /** 药物规格 ({@code DE08.50.043.00}). */
    public Optional<Text> medicationSpecification() {
      return value("DE08.50.043.00", Text.class);
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

    /** 药物剂型代码 ({@code DE08.50.011.00}, CD, value set {@code 2.16.156.10011.2.3.1.211}). */
    public Drug dosageFormCode(Coded value) {
      return with("DE08.50.011.00", CodedValue.of(value));
    }

    /** 药物剂型代码 ({@code DE08.50.011.00}). */
    public Optional<CodedValue> dosageFormCode() {
      return value("DE08.50.011.00", CodedValue.class);
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

  /**
   * One group of section 10160-0 HISTORY OF MEDICATION USE: 中药饮片处方 with the data nested in it, written as one unit (document layout group {@code DE08.50.049.00}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class HerbalPrescriptionGroup extends TypedGroup<HerbalPrescriptionGroup> {
    private HerbalPrescriptionGroup() {
      super("10160-0", "DE08.50.049.00");
    }

    @Override
    protected HerbalPrescriptionGroup blank() {
      return new HerbalPrescriptionGroup();
    }

    /** A group with its head 中药饮片处方 ({@code DE08.50.049.00}). */
    public static HerbalPrescriptionGroup of(String value) {
      return new HerbalPrescriptionGroup().with("DE08.50.049.00", Text.of(value));
    }

    /** 中药饮片剂数 ({@code DE08.50.050.00}, PQ). */
    public HerbalPrescriptionGroup herbalDoseCount(BigDecimal value) {
      return with("DE08.50.050.00", PhysicalQuantity.unitless(value));
    }

    /** 中药饮片剂数 ({@code DE08.50.050.00}, PQ). */
    public HerbalPrescriptionGroup herbalDoseCount(PhysicalQuantity value) {
      return with("DE08.50.050.00", value);
    }

    /** 中药饮片剂数 ({@code DE08.50.050.00}). */
    public Optional<PhysicalQuantity> herbalDoseCount() {
      return value("DE08.50.050.00", PhysicalQuantity.class);
    }

    /** 中药饮片煎煮法 ({@code DE08.50.047.00}, ST). */
    public HerbalPrescriptionGroup tcmDecoctionMethod(String value) {
      return with("DE08.50.047.00", Text.of(value));
    }

    /** 中药饮片煎煮法 ({@code DE08.50.047.00}). */
    public Optional<Text> tcmDecoctionMethod() {
      return value("DE08.50.047.00", Text.class);
    }

    /** 中药用药法 ({@code DE06.00.136.00}, ST). */
    public HerbalPrescriptionGroup medicationUsage(String value) {
      return with("DE06.00.136.00", Text.of(value));
    }

    /** 中药用药法 ({@code DE06.00.136.00}). */
    public Optional<Text> medicationUsage() {
      return value("DE06.00.136.00", Text.class);
    }

    /** 中药饮片处方 ({@code DE08.50.049.00}). */
    public Optional<Text> herbalPrescription() {
      return value("DE08.50.049.00", Text.class);
    }
  }

  /** Builds a {@link TcmPrescription}. Thread safety: not thread-safe. */
  public static final class Builder extends TypedDocument.Builder<TcmPrescription, Builder> {
    private Builder() {
      super(documentSpec());
    }

    @Override
    protected TcmPrescription create(ClinicalDocument document) {
      return new TcmPrescription(document);
    }

    /** 西医诊断编码 ({@code DE05.01.024.00}, CD), section 29548-5 Diagnosis, value set {@code 2.16.156.10011.2.3.3.11}. */
    public Builder diagnosisCode(Coded value) {
      return set("29548-5", "DE05.01.024.00", CodedValue.of(value));
    }

    /** 中医诊断病名代码 ({@code DE05.10.130.00}, CD), section 29548-5 Diagnosis, value set {@code 2.16.156.10011.2.3.3.14}. */
    public Builder addTcmDiagnosisCode(Coded value) {
      return add("29548-5", "DE05.10.130.00", CodedValue.of(value));
    }

    /** Appends one {@link Drug}: all its values as one unit. */
    public Builder addDrug(Drug group) {
      return addGroup(group);
    }

    /** 处方有效天数 ({@code DE06.00.294.00}, PQ), section 10160-0 HISTORY OF MEDICATION USE, unit 天. */
    public Builder prescriptionValidDays(BigDecimal value) {
      return set("10160-0", "DE06.00.294.00", quantity("10160-0", "DE06.00.294.00", value));
    }

    /** 处方有效天数 ({@code DE06.00.294.00}, PQ), section 10160-0 HISTORY OF MEDICATION USE, unit 天. */
    public Builder prescriptionValidDays(PhysicalQuantity value) {
      return set("10160-0", "DE06.00.294.00", value);
    }

    /** 处方药品组号 ({@code DE08.50.056.00}, INT), section 10160-0 HISTORY OF MEDICATION USE. */
    public Builder prescriptionGroupNumber(long value) {
      return set("10160-0", "DE08.50.056.00", IntegerValue.of(value));
    }

    /** Sets the one {@link HerbalPrescriptionGroup}, replacing any before. */
    public Builder herbalPrescription(HerbalPrescriptionGroup group) {
      return setGroup(group);
    }

    /** Sets the one {@link HerbalPrescriptionGroup} to its head 中药饮片处方 alone, replacing any before. */
    public Builder herbalPrescription(String value) {
      return setGroup(HerbalPrescriptionGroup.of(value));
    }

    /** 处方类别代码 ({@code DE08.50.032.00}, CD), section 10160-0 HISTORY OF MEDICATION USE, value set {@code 2.16.156.10011.2.3.2.40}. */
    public Builder prescriptionCategoryCode(Coded value) {
      return set("10160-0", "DE08.50.032.00", CodedValue.of(value));
    }

    /** 处方药品金额 ({@code DE07.00.004.00}, MO), section 48768-6 PAYMENT SOURCES. */
    public Builder prescriptionDrugAmount(MonetaryAmount value) {
      return set("48768-6", "DE07.00.004.00", value);
    }

    /** 处方备注信息 ({@code DE06.00.179.00}, ST), section 18776-5 TREATMENT PLAN. */
    public Builder remarks(String value) {
      return set("18776-5", "DE06.00.179.00", Text.of(value));
    }

    /** 治则治法 ({@code DE06.00.300.00}, ST), section 18776-5 TREATMENT PLAN. */
    public Builder tcmTreatmentPrinciple(String value) {
      return set("18776-5", "DE06.00.300.00", Text.of(value));
    }
  }
}
