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
 * WS/T 500.30-2016 病危(重)通知书 (Critical illness notice): document code {@code C0030}, templateId {@code 2.16.156.10011.2.1.1.50}.
 *
 * <p>Unconfirmed in the spec data: cardinalities (the public samples show presence only); 1 of 3 entries.
 *
 * <p>Generated from the document spec by TypedDocumentGenerator; do not edit.
 *
 * <p>Thread safety: immutable; the builder is not thread-safe.
 *
 * @since 0.1.0
 */
public final class CriticalIllnessNotice extends TypedDocument {
  /** The document code. */
  public static final String CODE = "C0030";
  /** The templateId OID. */
  public static final String TEMPLATE_ID = "2.16.156.10011.2.1.1.50";

  private CriticalIllnessNotice(ClinicalDocument document) {
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
   * @throws io.hdx.model.ValidationException when the document is not a C0030
   */
  public static CriticalIllnessNotice from(ClinicalDocument document) {
    return new CriticalIllnessNotice(document);
  }

  /** 疾病诊断编码 ({@code DE05.01.024.00}, CD), section 29548-5 Diagnosis, value set {@code 2.16.156.10011.2.3.3.11}. */
  public Optional<CodedValue> diagnosisCode() {
    return value("29548-5", "DE05.01.024.00", CodedValue.class);
  }

  /** 病情概况以及主要抢救措施 ({@code DE06.00.183.00}, ST), section 34895-3 EDUCATION NOTE. */
  public Optional<String> conditionAndRescueMeasures() {
    return text("34895-3", "DE06.00.183.00");
  }

  /** The ConditionAndRescueMeasuresGroup groups of section 34895-3, in document order. */
  public List<ConditionAndRescueMeasuresGroup> conditionAndRescueMeasuresGroupList() {
    return groups("34895-3", "DE06.00.183.00", ConditionAndRescueMeasuresGroup::new);
  }

  /** 病危通知内容 ({@code DE06.00.278.00}, ST), section 34895-3 EDUCATION NOTE. */
  public List<Text> criticalIllnessNoticeContent() {
    return valueList("34895-3", "DE06.00.278.00", Text.class);
  }

  /**
   * One group of section 34895-3 EDUCATION NOTE: 病情概况以及主要抢救措施 with the data nested in it, written as one unit (document layout group {@code DE06.00.183.00}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class ConditionAndRescueMeasuresGroup extends TypedGroup<ConditionAndRescueMeasuresGroup> {
    private ConditionAndRescueMeasuresGroup() {
      super("34895-3", "DE06.00.183.00");
    }

    @Override
    protected ConditionAndRescueMeasuresGroup blank() {
      return new ConditionAndRescueMeasuresGroup();
    }

    /** A group with its head 病情概况以及主要抢救措施 ({@code DE06.00.183.00}). */
    public static ConditionAndRescueMeasuresGroup of(String value) {
      return new ConditionAndRescueMeasuresGroup().with("DE06.00.183.00", Text.of(value));
    }

    /** 病危通知内容 ({@code DE06.00.278.00}, ST). */
    public ConditionAndRescueMeasuresGroup criticalIllnessNoticeContent(String value) {
      return with("DE06.00.278.00", Text.of(value));
    }

    /** 病危通知内容 ({@code DE06.00.278.00}). */
    public Optional<Text> criticalIllnessNoticeContent() {
      return value("DE06.00.278.00", Text.class);
    }

    /** 病情概况以及主要抢救措施 ({@code DE06.00.183.00}). */
    public Optional<Text> conditionAndRescueMeasures() {
      return value("DE06.00.183.00", Text.class);
    }
  }

  /** Builds a {@link CriticalIllnessNotice}. Thread safety: not thread-safe. */
  public static final class Builder extends TypedDocument.Builder<CriticalIllnessNotice, Builder> {
    private Builder() {
      super(documentSpec());
    }

    @Override
    protected CriticalIllnessNotice create(ClinicalDocument document) {
      return new CriticalIllnessNotice(document);
    }

    /** 疾病诊断编码 ({@code DE05.01.024.00}, CD), section 29548-5 Diagnosis, value set {@code 2.16.156.10011.2.3.3.11}. */
    public Builder diagnosisCode(Coded value) {
      return set("29548-5", "DE05.01.024.00", CodedValue.of(value));
    }

    /** Sets the one {@link ConditionAndRescueMeasuresGroup}, replacing any before. */
    public Builder conditionAndRescueMeasures(ConditionAndRescueMeasuresGroup group) {
      return setGroup(group);
    }

    /** Sets the one {@link ConditionAndRescueMeasuresGroup} to its head 病情概况以及主要抢救措施 alone, replacing any before. */
    public Builder conditionAndRescueMeasures(String value) {
      return setGroup(ConditionAndRescueMeasuresGroup.of(value));
    }
  }
}
