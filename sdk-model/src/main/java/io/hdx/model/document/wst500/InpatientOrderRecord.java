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
 * WS/T 500.52-2016 住院医嘱 (Inpatient orders): document code {@code C0052}, templateId {@code 2.16.156.10011.2.1.1.72}.
 *
 * <p>Unconfirmed in the spec data: cardinalities (the public samples show presence only); 1 of 8 entries.
 *
 * <p>Generated from the document spec by TypedDocumentGenerator; do not edit.
 *
 * <p>Thread safety: immutable; the builder is not thread-safe.
 *
 * @since 0.1.0
 */
public final class InpatientOrderRecord extends TypedDocument {
  /** The document code. */
  public static final String CODE = "C0052";
  /** The templateId OID. */
  public static final String TEMPLATE_ID = "2.16.156.10011.2.1.1.72";

  private InpatientOrderRecord(ClinicalDocument document) {
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
   * @throws io.hdx.model.ValidationException when the document is not a C0052
   */
  public static InpatientOrderRecord from(ClinicalDocument document) {
    return new InpatientOrderRecord(document);
  }

  /** 体重 ({@code DE04.10.188.00}, PQ), section 8716-3 VITAL SIGNS, unit kg. */
  public Optional<PhysicalQuantity> bodyWeight() {
    return value("8716-3", "DE04.10.188.00", PhysicalQuantity.class);
  }

  /** 医嘱类别 ({@code DE06.00.286.00}, CD), section 46209-3 Provider Orders, value set {@code 2.16.156.10011.2.3.2.58}. */
  public Optional<CodedValue> orderCategory() {
    return value("46209-3", "DE06.00.286.00", CodedValue.class);
  }

  /** 医嘱项目类型 ({@code DE06.00.289.00}, CD), section 46209-3 Provider Orders, value set {@code 2.16.156.10011.2.3.1.268}. */
  public Optional<CodedValue> orderItemType() {
    return value("46209-3", "DE06.00.289.00", CodedValue.class);
  }

  /** The ProviderOrdersGroup groups of section 46209-3, in document order. */
  public List<ProviderOrdersGroup> providerOrdersGroupList() {
    return groups("46209-3", "ORGANIZER", ProviderOrdersGroup::new);
  }

  /** 医嘱项目内容 ({@code DE06.00.288.00}, ST), section 46209-3 Provider Orders. */
  public Optional<String> orderItemContent() {
    return text("46209-3", "DE06.00.288.00");
  }

  /** 医嘱备注信息 ({@code DE06.00.179.00}, ST), section 46209-3 Provider Orders. */
  public List<Text> remarks() {
    return valueList("46209-3", "DE06.00.179.00", Text.class);
  }

  /** 医嘱执行状态 ({@code DE06.00.290.00}, ST), section 46209-3 Provider Orders. */
  public Optional<String> orderExecutionStatus() {
    return text("46209-3", "DE06.00.290.00");
  }

  /** 电子申请单编号 ({@code DE01.00.008.00}, ST), section 46209-3 Provider Orders. */
  public Optional<String> electronicRequestNumber() {
    return text("46209-3", "DE01.00.008.00");
  }

  /** 处方药品组号 ({@code DE08.50.056.00}, ST), section 46209-3 Provider Orders. */
  public Optional<String> prescriptionGroupNumber() {
    return text("46209-3", "DE08.50.056.00");
  }

  /**
   * One group of section 46209-3 Provider Orders: the components of one organizer, written as one unit (document layout group {@code ORGANIZER}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class ProviderOrdersGroup extends TypedGroup<ProviderOrdersGroup> {
    private ProviderOrdersGroup() {
      super("46209-3", "ORGANIZER");
    }

    @Override
    protected ProviderOrdersGroup blank() {
      return new ProviderOrdersGroup();
    }

    /** An empty group; set its members. */
    public static ProviderOrdersGroup of() {
      return new ProviderOrdersGroup();
    }

    /** 医嘱项目类型 ({@code DE06.00.289.00}, CD, value set {@code 2.16.156.10011.2.3.1.268}). */
    public ProviderOrdersGroup orderItemType(Coded value) {
      return with("DE06.00.289.00", CodedValue.of(value));
    }

    /** 医嘱项目类型 ({@code DE06.00.289.00}). */
    public Optional<CodedValue> orderItemType() {
      return value("DE06.00.289.00", CodedValue.class);
    }

    /** 医嘱项目内容 ({@code DE06.00.288.00}, ST). */
    public ProviderOrdersGroup orderItemContent(String value) {
      return with("DE06.00.288.00", Text.of(value));
    }

    /** 医嘱项目内容 ({@code DE06.00.288.00}). */
    public Optional<Text> orderItemContent() {
      return value("DE06.00.288.00", Text.class);
    }

    /** 医嘱备注信息 ({@code DE06.00.179.00}, ST). */
    public ProviderOrdersGroup remarks(String value) {
      return with("DE06.00.179.00", Text.of(value));
    }

    /** 医嘱备注信息 ({@code DE06.00.179.00}). */
    public Optional<Text> remarks() {
      return value("DE06.00.179.00", Text.class);
    }

    /** 医嘱执行状态 ({@code DE06.00.290.00}, ST). */
    public ProviderOrdersGroup orderExecutionStatus(String value) {
      return with("DE06.00.290.00", Text.of(value));
    }

    /** 医嘱执行状态 ({@code DE06.00.290.00}). */
    public Optional<Text> orderExecutionStatus() {
      return value("DE06.00.290.00", Text.class);
    }

    /** 电子申请单编号 ({@code DE01.00.008.00}, ST). */
    public ProviderOrdersGroup electronicRequestNumber(String value) {
      return with("DE01.00.008.00", Text.of(value));
    }

    /** 电子申请单编号 ({@code DE01.00.008.00}). */
    public Optional<Text> electronicRequestNumber() {
      return value("DE01.00.008.00", Text.class);
    }

    /** 处方药品组号 ({@code DE08.50.056.00}, ST). */
    public ProviderOrdersGroup prescriptionGroupNumber(String value) {
      return with("DE08.50.056.00", Text.of(value));
    }

    /** 处方药品组号 ({@code DE08.50.056.00}). */
    public Optional<Text> prescriptionGroupNumber() {
      return value("DE08.50.056.00", Text.class);
    }
  }

  /** Builds a {@link InpatientOrderRecord}. Thread safety: not thread-safe. */
  public static final class Builder extends TypedDocument.Builder<InpatientOrderRecord, Builder> {
    private Builder() {
      super(documentSpec());
    }

    @Override
    protected InpatientOrderRecord create(ClinicalDocument document) {
      return new InpatientOrderRecord(document);
    }

    /** 体重 ({@code DE04.10.188.00}, PQ), section 8716-3 VITAL SIGNS, unit kg. */
    public Builder bodyWeight(BigDecimal value) {
      return set("8716-3", "DE04.10.188.00", quantity("8716-3", "DE04.10.188.00", value));
    }

    /** 体重 ({@code DE04.10.188.00}, PQ), section 8716-3 VITAL SIGNS, unit kg. */
    public Builder bodyWeight(PhysicalQuantity value) {
      return set("8716-3", "DE04.10.188.00", value);
    }

    /** 医嘱类别 ({@code DE06.00.286.00}, CD), section 46209-3 Provider Orders, value set {@code 2.16.156.10011.2.3.2.58}. */
    public Builder orderCategory(Coded value) {
      return set("46209-3", "DE06.00.286.00", CodedValue.of(value));
    }

    /** Appends one {@link ProviderOrdersGroup}: all its values as one unit. */
    public Builder addProviderOrdersGroup(ProviderOrdersGroup group) {
      return addGroup(group);
    }
  }
}
