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
 * WS/T 500.4-2016 西药处方 (Western medicine prescription): document code {@code C0004}, templateId {@code 2.16.156.10011.2.1.1.24}.
 *
 * <p>Unconfirmed in the spec data: cardinalities (the public samples show presence only).
 *
 * <p>Generated from the document spec by TypedDocumentGenerator; do not edit.
 *
 * <p>Thread safety: immutable; the builder is not thread-safe.
 *
 * @since 0.1.0
 */
public final class WesternMedicinePrescription extends TypedDocument {
  /** The document code. */
  public static final String CODE = "C0004";
  /** The templateId OID. */
  public static final String TEMPLATE_ID = "2.16.156.10011.2.1.1.24";

  private WesternMedicinePrescription(ClinicalDocument document) {
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
   * @throws io.hdx.model.ValidationException when the document is not a C0004
   */
  public static WesternMedicinePrescription from(ClinicalDocument document) {
    return new WesternMedicinePrescription(document);
  }

  /** 诊断代码 ({@code DE05.01.024.00}, CD), section 29548-5 Diagnosis, value set {@code 2.16.156.10011.2.3.3.11.1}. */
  public Optional<CodedValue> diagnosisCode() {
    return value("29548-5", "DE05.01.024.00", CodedValue.class);
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

  /** 处方备注信息 ({@code DE06.00.179.00}, ST), section 10160-0 HISTORY OF MEDICATION USE. */
  public Optional<String> remarks() {
    return text("10160-0", "DE06.00.179.00");
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

  /** Builds a {@link WesternMedicinePrescription}. Thread safety: not thread-safe. */
  public static final class Builder extends TypedDocument.Builder<WesternMedicinePrescription, Builder> {
    private Builder() {
      super(documentSpec());
    }

    @Override
    protected WesternMedicinePrescription create(ClinicalDocument document) {
      return new WesternMedicinePrescription(document);
    }

    /** 诊断代码 ({@code DE05.01.024.00}, CD), section 29548-5 Diagnosis, value set {@code 2.16.156.10011.2.3.3.11.1}. */
    public Builder diagnosisCode(Coded value) {
      return set("29548-5", "DE05.01.024.00", CodedValue.of(value));
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

    /** 处方备注信息 ({@code DE06.00.179.00}, ST), section 10160-0 HISTORY OF MEDICATION USE. */
    public Builder remarks(String value) {
      return set("10160-0", "DE06.00.179.00", Text.of(value));
    }

    /** 处方药品金额 ({@code DE07.00.004.00}, MO), section 48768-6 PAYMENT SOURCES. */
    public Builder prescriptionDrugAmount(MonetaryAmount value) {
      return set("48768-6", "DE07.00.004.00", value);
    }
  }
}
