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
 * WS/T 500.22-2016 高值耗材使用记录 (High-value consumables use record): document code {@code C0022}, templateId {@code 2.16.156.10011.2.1.1.42}.
 *
 * <p>Unconfirmed in the spec data: cardinalities (the public samples show presence only).
 *
 * <p>Generated from the document spec by TypedDocumentGenerator; do not edit.
 *
 * <p>Thread safety: immutable; the builder is not thread-safe.
 *
 * @since 0.1.0
 */
public final class HighValueConsumablesRecord extends TypedDocument {
  /** The document code. */
  public static final String CODE = "C0022";
  /** The templateId OID. */
  public static final String TEMPLATE_ID = "2.16.156.10011.2.1.1.42";

  private HighValueConsumablesRecord(ClinicalDocument document) {
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
   * @throws io.hdx.model.ValidationException when the document is not a C0022
   */
  public static HighValueConsumablesRecord from(ClinicalDocument document) {
    return new HighValueConsumablesRecord(document);
  }

  /** 疾病诊断编码 ({@code DE05.01.024.00}, CD), section 29548-5 Diagnosis, value set {@code 2.16.156.10011.2.3.3.11}. */
  public Optional<CodedValue> diagnosisCode() {
    return value("29548-5", "DE05.01.024.00", CodedValue.class);
  }

  /** 产品供应商 ({@code DE08.50.035.00}, ST), section 10160-0 HISTORY OF MEDICATION USE. */
  public List<Text> productSupplier() {
    return valueList("10160-0", "DE08.50.035.00", Text.class);
  }

  /** The Drug groups of section 10160-0, in document order. */
  public List<Drug> drugList() {
    return groups("10160-0", "SUBSTANCE_ADMINISTRATION", Drug::new);
  }

  /** 植入性耗材标志 ({@code DE08.50.058.00}, BL), section 10160-0 HISTORY OF MEDICATION USE. */
  public List<BooleanValue> implantableConsumableFlag() {
    return valueList("10160-0", "DE08.50.058.00", BooleanValue.class);
  }

  /** DE06.00.242.00 ({@code DE06.00.242.00}, CD), section 10160-0 HISTORY OF MEDICATION USE. */
  public List<CodedValue> de060024200() {
    return valueList("10160-0", "DE06.00.242.00", CodedValue.class);
  }

  /** DE06.00.241.00 ({@code DE06.00.241.00}, PQ), section 10160-0 HISTORY OF MEDICATION USE. */
  public List<PhysicalQuantity> de060024100() {
    return valueList("10160-0", "DE06.00.241.00", PhysicalQuantity.class);
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

    /** 产品供应商 ({@code DE08.50.035.00}, ST). */
    public Drug productSupplier(String value) {
      return with("DE08.50.035.00", Text.of(value));
    }

    /** 产品供应商 ({@code DE08.50.035.00}). */
    public Optional<Text> productSupplier() {
      return value("DE08.50.035.00", Text.class);
    }

    /** 植入性耗材标志 ({@code DE08.50.058.00}, BL). */
    public Drug implantableConsumableFlag(boolean value) {
      return with("DE08.50.058.00", BooleanValue.of(value));
    }

    /** 植入性耗材标志 ({@code DE08.50.058.00}). */
    public Optional<BooleanValue> implantableConsumableFlag() {
      return value("DE08.50.058.00", BooleanValue.class);
    }

    /** DE06.00.242.00 ({@code DE06.00.242.00}, CD). */
    public Drug de060024200(Coded value) {
      return with("DE06.00.242.00", CodedValue.of(value));
    }

    /** DE06.00.242.00 ({@code DE06.00.242.00}). */
    public Optional<CodedValue> de060024200() {
      return value("DE06.00.242.00", CodedValue.class);
    }

    /** DE06.00.241.00 ({@code DE06.00.241.00}, PQ). */
    public Drug de060024100(BigDecimal value) {
      return with("DE06.00.241.00", PhysicalQuantity.unitless(value));
    }

    /** DE06.00.241.00 ({@code DE06.00.241.00}, PQ). */
    public Drug de060024100(PhysicalQuantity value) {
      return with("DE06.00.241.00", value);
    }

    /** DE06.00.241.00 ({@code DE06.00.241.00}). */
    public Optional<PhysicalQuantity> de060024100() {
      return value("DE06.00.241.00", PhysicalQuantity.class);
    }
  }

  /** Builds a {@link HighValueConsumablesRecord}. Thread safety: not thread-safe. */
  public static final class Builder extends TypedDocument.Builder<HighValueConsumablesRecord, Builder> {
    private Builder() {
      super(documentSpec());
    }

    @Override
    protected HighValueConsumablesRecord create(ClinicalDocument document) {
      return new HighValueConsumablesRecord(document);
    }

    /** 疾病诊断编码 ({@code DE05.01.024.00}, CD), section 29548-5 Diagnosis, value set {@code 2.16.156.10011.2.3.3.11}. */
    public Builder diagnosisCode(Coded value) {
      return set("29548-5", "DE05.01.024.00", CodedValue.of(value));
    }

    /** Appends one {@link Drug}: all its values as one unit. */
    public Builder addDrug(Drug group) {
      return addGroup(group);
    }
  }
}
