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
 * WS/T 500.13-2016 输血记录 (Blood transfusion record): document code {@code C0013}, templateId {@code 2.16.156.10011.2.1.1.33}.
 *
 * <p>Unconfirmed in the spec data: cardinalities (the public samples show presence only); 3 of 17 entries.
 *
 * <p>Generated from the document spec by TypedDocumentGenerator; do not edit.
 *
 * <p>Thread safety: immutable; the builder is not thread-safe.
 *
 * @since 0.1.0
 */
public final class BloodTransfusionRecord extends TypedDocument {
  /** The document code. */
  public static final String CODE = "C0013";
  /** The templateId OID. */
  public static final String TEMPLATE_ID = "2.16.156.10011.2.1.1.33";

  private BloodTransfusionRecord(ClinicalDocument document) {
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
   * @throws io.hdx.model.ValidationException when the document is not a C0013
   */
  public static BloodTransfusionRecord from(ClinicalDocument document) {
    return new BloodTransfusionRecord(document);
  }

  /** ABO血型代码 ({@code DE04.50.001.00}, CD), section 30954-2 STUDIES SUMMARY, value set {@code 2.16.156.10011.2.3.1.85}. */
  public Optional<CodedValue> aboBloodTypeCodeInStudiesSummary() {
    return value("30954-2", "DE04.50.001.00", CodedValue.class);
  }

  /** The StudiesSummaryGroup groups of section 30954-2, in document order. */
  public List<StudiesSummaryGroup> studiesSummaryGroupList() {
    return groups("30954-2", "ORGANIZER", StudiesSummaryGroup::new);
  }

  /** Rh(D)血型代码 ({@code DE04.50.010.00}, CD), section 30954-2 STUDIES SUMMARY, value set {@code 2.16.156.10011.2.3.1.250}. */
  public List<CodedValue> rhBloodTypeCodeInStudiesSummary() {
    return valueList("30954-2", "DE04.50.010.00", CodedValue.class);
  }

  /** 疾病诊断编码 ({@code DE05.01.024.00}, CD), section 11450-4 PROBLEM LIST, value set {@code 2.16.156.10011.2.3.3.11.3}. */
  public Optional<CodedValue> diagnosisCode() {
    return value("11450-4", "DE05.01.024.00", CodedValue.class);
  }

  /** 输血史标识代码 ({@code DE06.00.106.00}, CD), section 56836-0 History of blood transfusion, value set {@code 2.16.156.10011.2.3.2.42}. */
  public List<CodedValue> transfusionHistoryCode() {
    return valueList("56836-0", "DE06.00.106.00", CodedValue.class);
  }

  /** The Operation groups of section 56836-0, in document order. */
  public List<Operation> operationList() {
    return groups("56836-0", "PROCEDURE", Operation::new);
  }

  /** 输血性质代码 ({@code DE04.50.147.00}, CD), section 56836-0 History of blood transfusion, value set {@code 2.16.156.10011.2.3.2.43}. */
  public List<CodedValue> transfusionNatureCode() {
    return valueList("56836-0", "DE04.50.147.00", CodedValue.class);
  }

  /** 申请ABO血型代码 ({@code DE04.50.001.00}, CD), section 56836-0 History of blood transfusion, value set {@code 2.16.156.10011.2.3.1.85}. */
  public List<CodedValue> aboBloodTypeCodeInHistoryOfBloodTransfusion() {
    return valueList("56836-0", "DE04.50.001.00", CodedValue.class);
  }

  /** 申请Rh(D)血型代码 ({@code DE04.50.010.00}, CD), section 56836-0 History of blood transfusion, value set {@code 2.16.156.10011.2.3.1.250}. */
  public List<CodedValue> rhBloodTypeCodeInHistoryOfBloodTransfusion() {
    return valueList("56836-0", "DE04.50.010.00", CodedValue.class);
  }

  /** 输血指征 ({@code DE06.00.340.00}, ST), section 56836-0 History of blood transfusion. */
  public List<Text> indication() {
    return valueList("56836-0", "DE06.00.340.00", Text.class);
  }

  /** 输血过程记录 ({@code DE06.00.181.00}, ST), section 56836-0 History of blood transfusion. */
  public List<Text> recordContent() {
    return valueList("56836-0", "DE06.00.181.00", Text.class);
  }

  /** 输血品种代码 ({@code DE08.50.040.00}, CD), section 56836-0 History of blood transfusion, value set {@code 2.16.156.10011.2.3.1.251}. */
  public List<CodedValue> bloodProductCode() {
    return valueList("56836-0", "DE08.50.040.00", CodedValue.class);
  }

  /** 血袋编码 ({@code DE01.00.023.00}, INT), section 56836-0 History of blood transfusion. */
  public List<IntegerValue> bloodBagCode() {
    return valueList("56836-0", "DE01.00.023.00", IntegerValue.class);
  }

  /** 输血量(ml) ({@code DE06.00.267.00}, PQ), section 56836-0 History of blood transfusion, unit ml. */
  public List<PhysicalQuantity> transfusionVolume() {
    return valueList("56836-0", "DE06.00.267.00", PhysicalQuantity.class);
  }

  /** 输血量计量单位 ({@code DE08.50.036.00}, ST), section 56836-0 History of blood transfusion. */
  public List<Text> transfusionVolumeUnit() {
    return valueList("56836-0", "DE08.50.036.00", Text.class);
  }

  /** 输血反应标志 ({@code DE06.00.264.00}, BL), section 56836-0 History of blood transfusion. */
  public List<BooleanValue> transfusionReactionFlag() {
    return valueList("56836-0", "DE06.00.264.00", BooleanValue.class);
  }

  /** 输血反应类型 ({@code DE06.00.265.00}, CD), section 56836-0 History of blood transfusion, value set {@code 2.16.156.10011.2.3.1.252}. */
  public List<CodedValue> transfusionReactionType() {
    return valueList("56836-0", "DE06.00.265.00", CodedValue.class);
  }

  /** 输血次数 ({@code DE06.00.263.00}, INT), section 56836-0 History of blood transfusion. */
  public List<IntegerValue> transfusionCount() {
    return valueList("56836-0", "DE06.00.263.00", IntegerValue.class);
  }

  /** 输血原因 ({@code DE06.00.107.00}, ST), section 56836-0 History of blood transfusion. */
  public List<Text> transfusionReason() {
    return valueList("56836-0", "DE06.00.107.00", Text.class);
  }

  /**
   * One group of section 30954-2 STUDIES SUMMARY: the components of one organizer, written as one unit (document layout group {@code ORGANIZER}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class StudiesSummaryGroup extends TypedGroup<StudiesSummaryGroup> {
    private StudiesSummaryGroup() {
      super("30954-2", "ORGANIZER");
    }

    @Override
    protected StudiesSummaryGroup blank() {
      return new StudiesSummaryGroup();
    }

    /** An empty group; set its members. */
    public static StudiesSummaryGroup of() {
      return new StudiesSummaryGroup();
    }

    /** ABO血型代码 ({@code DE04.50.001.00}, CD, value set {@code 2.16.156.10011.2.3.1.85}). */
    public StudiesSummaryGroup aboBloodTypeCodeInStudiesSummary(Coded value) {
      return with("DE04.50.001.00", CodedValue.of(value));
    }

    /** ABO血型代码 ({@code DE04.50.001.00}). */
    public Optional<CodedValue> aboBloodTypeCodeInStudiesSummary() {
      return value("DE04.50.001.00", CodedValue.class);
    }

    /** Rh(D)血型代码 ({@code DE04.50.010.00}, CD, value set {@code 2.16.156.10011.2.3.1.250}). */
    public StudiesSummaryGroup rhBloodTypeCodeInStudiesSummary(Coded value) {
      return with("DE04.50.010.00", CodedValue.of(value));
    }

    /** Rh(D)血型代码 ({@code DE04.50.010.00}). */
    public Optional<CodedValue> rhBloodTypeCodeInStudiesSummary() {
      return value("DE04.50.010.00", CodedValue.class);
    }
  }

  /**
   * One group of section 56836-0 History of blood transfusion: one PROCEDURE act, written as one unit (document layout group {@code PROCEDURE}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class Operation extends TypedGroup<Operation> {
    private Operation() {
      super("56836-0", "PROCEDURE");
    }

    @Override
    protected Operation blank() {
      return new Operation();
    }

    /** An empty group; set its members. */
    public static Operation of() {
      return new Operation();
    }

    /** 输血史标识代码 ({@code DE06.00.106.00}, CD, value set {@code 2.16.156.10011.2.3.2.42}). */
    public Operation transfusionHistoryCode(Coded value) {
      return with("DE06.00.106.00", CodedValue.of(value));
    }

    /** 输血史标识代码 ({@code DE06.00.106.00}). */
    public Optional<CodedValue> transfusionHistoryCode() {
      return value("DE06.00.106.00", CodedValue.class);
    }

    /** 输血性质代码 ({@code DE04.50.147.00}, CD, value set {@code 2.16.156.10011.2.3.2.43}). */
    public Operation transfusionNatureCode(Coded value) {
      return with("DE04.50.147.00", CodedValue.of(value));
    }

    /** 输血性质代码 ({@code DE04.50.147.00}). */
    public Optional<CodedValue> transfusionNatureCode() {
      return value("DE04.50.147.00", CodedValue.class);
    }

    /** 申请ABO血型代码 ({@code DE04.50.001.00}, CD, value set {@code 2.16.156.10011.2.3.1.85}). */
    public Operation aboBloodTypeCodeInHistoryOfBloodTransfusion(Coded value) {
      return with("DE04.50.001.00", CodedValue.of(value));
    }

    /** 申请ABO血型代码 ({@code DE04.50.001.00}). */
    public Optional<CodedValue> aboBloodTypeCodeInHistoryOfBloodTransfusion() {
      return value("DE04.50.001.00", CodedValue.class);
    }

    /** 申请Rh(D)血型代码 ({@code DE04.50.010.00}, CD, value set {@code 2.16.156.10011.2.3.1.250}). */
    public Operation rhBloodTypeCodeInHistoryOfBloodTransfusion(Coded value) {
      return with("DE04.50.010.00", CodedValue.of(value));
    }

    /** 申请Rh(D)血型代码 ({@code DE04.50.010.00}). */
    public Optional<CodedValue> rhBloodTypeCodeInHistoryOfBloodTransfusion() {
      return value("DE04.50.010.00", CodedValue.class);
    }

    /** 输血指征 ({@code DE06.00.340.00}, ST). */
    public Operation indication(String value) {
      return with("DE06.00.340.00", Text.of(value));
    }

    /** 输血指征 ({@code DE06.00.340.00}). */
    public Optional<Text> indication() {
      return value("DE06.00.340.00", Text.class);
    }

    /** 输血过程记录 ({@code DE06.00.181.00}, ST). */
    public Operation recordContent(String value) {
      return with("DE06.00.181.00", Text.of(value));
    }

    /** 输血过程记录 ({@code DE06.00.181.00}). */
    public Optional<Text> recordContent() {
      return value("DE06.00.181.00", Text.class);
    }

    /** 输血品种代码 ({@code DE08.50.040.00}, CD, value set {@code 2.16.156.10011.2.3.1.251}). */
    public Operation bloodProductCode(Coded value) {
      return with("DE08.50.040.00", CodedValue.of(value));
    }

    /** 输血品种代码 ({@code DE08.50.040.00}). */
    public Optional<CodedValue> bloodProductCode() {
      return value("DE08.50.040.00", CodedValue.class);
    }

    /** 血袋编码 ({@code DE01.00.023.00}, INT). */
    public Operation bloodBagCode(long value) {
      return with("DE01.00.023.00", IntegerValue.of(value));
    }

    /** 血袋编码 ({@code DE01.00.023.00}). */
    public Optional<IntegerValue> bloodBagCode() {
      return value("DE01.00.023.00", IntegerValue.class);
    }

    /** 输血量(ml) ({@code DE06.00.267.00}, PQ, unit ml). */
    public Operation transfusionVolume(BigDecimal value) {
      return with("DE06.00.267.00", PhysicalQuantity.of(value, "ml"));
    }

    /** 输血量(ml) ({@code DE06.00.267.00}, PQ, unit ml). */
    public Operation transfusionVolume(PhysicalQuantity value) {
      return with("DE06.00.267.00", value);
    }

    /** 输血量(ml) ({@code DE06.00.267.00}). */
    public Optional<PhysicalQuantity> transfusionVolume() {
      return value("DE06.00.267.00", PhysicalQuantity.class);
    }

    /** 输血量计量单位 ({@code DE08.50.036.00}, ST). */
    public Operation transfusionVolumeUnit(String value) {
      return with("DE08.50.036.00", Text.of(value));
    }

    /** 输血量计量单位 ({@code DE08.50.036.00}). */
    public Optional<Text> transfusionVolumeUnit() {
      return value("DE08.50.036.00", Text.class);
    }

    /** 输血反应标志 ({@code DE06.00.264.00}, BL). */
    public Operation transfusionReactionFlag(boolean value) {
      return with("DE06.00.264.00", BooleanValue.of(value));
    }

    /** 输血反应标志 ({@code DE06.00.264.00}). */
    public Optional<BooleanValue> transfusionReactionFlag() {
      return value("DE06.00.264.00", BooleanValue.class);
    }

    /** 输血反应类型 ({@code DE06.00.265.00}, CD, value set {@code 2.16.156.10011.2.3.1.252}). */
    public Operation transfusionReactionType(Coded value) {
      return with("DE06.00.265.00", CodedValue.of(value));
    }

    /** 输血反应类型 ({@code DE06.00.265.00}). */
    public Optional<CodedValue> transfusionReactionType() {
      return value("DE06.00.265.00", CodedValue.class);
    }

    /** 输血次数 ({@code DE06.00.263.00}, INT). */
    public Operation transfusionCount(long value) {
      return with("DE06.00.263.00", IntegerValue.of(value));
    }

    /** 输血次数 ({@code DE06.00.263.00}). */
    public Optional<IntegerValue> transfusionCount() {
      return value("DE06.00.263.00", IntegerValue.class);
    }

    /** 输血原因 ({@code DE06.00.107.00}, ST). */
    public Operation transfusionReason(String value) {
      return with("DE06.00.107.00", Text.of(value));
    }

    /** 输血原因 ({@code DE06.00.107.00}). */
    public Optional<Text> transfusionReason() {
      return value("DE06.00.107.00", Text.class);
    }
  }

  /** Builds a {@link BloodTransfusionRecord}. Thread safety: not thread-safe. */
  public static final class Builder extends TypedDocument.Builder<BloodTransfusionRecord, Builder> {
    private Builder() {
      super(documentSpec());
    }

    @Override
    protected BloodTransfusionRecord create(ClinicalDocument document) {
      return new BloodTransfusionRecord(document);
    }

    /** Appends one {@link StudiesSummaryGroup}: all its values as one unit. */
    public Builder addStudiesSummaryGroup(StudiesSummaryGroup group) {
      return addGroup(group);
    }

    /** 疾病诊断编码 ({@code DE05.01.024.00}, CD), section 11450-4 PROBLEM LIST, value set {@code 2.16.156.10011.2.3.3.11.3}. */
    public Builder diagnosisCode(Coded value) {
      return set("11450-4", "DE05.01.024.00", CodedValue.of(value));
    }

    /** Appends one {@link Operation}: all its values as one unit. */
    public Builder addOperation(Operation group) {
      return addGroup(group);
    }
  }
}
