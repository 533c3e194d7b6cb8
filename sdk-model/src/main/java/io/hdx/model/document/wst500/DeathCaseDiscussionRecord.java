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
 * WS/T 500.51-2016 死亡病例讨论记录 (Death case discussion record): document code {@code C0051}, templateId {@code 2.16.156.10011.2.1.1.71}.
 *
 * <p>Unconfirmed in the spec data: cardinalities (the public samples show presence only).
 *
 * <p>Generated from the document spec by TypedDocumentGenerator; do not edit.
 *
 * <p>Thread safety: immutable; the builder is not thread-safe.
 *
 * @since 0.1.0
 */
public final class DeathCaseDiscussionRecord extends TypedDocument {
  /** The document code. */
  public static final String CODE = "C0051";
  /** The templateId OID. */
  public static final String TEMPLATE_ID = "2.16.156.10011.2.1.1.71";

  private DeathCaseDiscussionRecord(ClinicalDocument document) {
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
   * @throws io.hdx.model.ValidationException when the document is not a C0051
   */
  public static DeathCaseDiscussionRecord from(ClinicalDocument document) {
    return new DeathCaseDiscussionRecord(document);
  }

  /** 直接死亡原因名称 ({@code DE05.01.025.00}, ST), section - 死亡原因. */
  public Optional<String> diagnosisNameInSection1() {
    return text("死亡原因", "DE05.01.025.00");
  }

  /** The DiagnosisNameInSection1Group groups of section 死亡原因, in document order. */
  public List<DiagnosisNameInSection1Group> diagnosisNameInSection1GroupList() {
    return groups("死亡原因", "DE05.01.025.00", DiagnosisNameInSection1Group::new);
  }

  /** 直接死亡原因编码 ({@code DE05.01.021.00}, CD), section - 死亡原因, value set {@code 2.16.156.10011.2.3.3.11.2}. */
  public Optional<CodedValue> causeOfDeathCodeInSection1() {
    return value("死亡原因", "DE05.01.021.00", CodedValue.class);
  }

  /** 死亡诊断名称 ({@code DE05.01.025.00}, ST), section 29548-5 Diagnosis. */
  public Optional<String> diagnosisNameInDiagnosis() {
    return text("29548-5", "DE05.01.025.00");
  }

  /** The DiagnosisNameInDiagnosisGroup groups of section 29548-5, in document order. */
  public List<DiagnosisNameInDiagnosisGroup> diagnosisNameInDiagnosisGroupList() {
    return groups("29548-5", "DE05.01.025.00", DiagnosisNameInDiagnosisGroup::new);
  }

  /** 死亡诊断编码 ({@code DE05.01.021.00}, CD), section 29548-5 Diagnosis, value set {@code 2.16.156.10011.2.3.3.11}. */
  public Optional<CodedValue> causeOfDeathCodeInDiagnosis() {
    return value("29548-5", "DE05.01.021.00", CodedValue.class);
  }

  /** 死亡讨论记录 ({@code DE06.00.181.00}, ST), section DE06.00.181.00 死亡讨论记录. */
  public Optional<String> recordContent() {
    return text("DE06.00.181.00", "DE06.00.181.00");
  }

  /** 主持人总结意见 ({@code DE06.00.018.00}, ST), section DE06.00.018.00 主持人总结意见. */
  public Optional<String> opinion() {
    return text("DE06.00.018.00", "DE06.00.018.00");
  }

  /**
   * One group of section 死亡原因 死亡原因: 直接死亡原因名称 with the data nested in it, written as one unit (document layout group {@code DE05.01.025.00}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class DiagnosisNameInSection1Group extends TypedGroup<DiagnosisNameInSection1Group> {
    private DiagnosisNameInSection1Group() {
      super("死亡原因", "DE05.01.025.00");
    }

    @Override
    protected DiagnosisNameInSection1Group blank() {
      return new DiagnosisNameInSection1Group();
    }

    /** A group with its head 直接死亡原因名称 ({@code DE05.01.025.00}). */
    public static DiagnosisNameInSection1Group of(String value) {
      return new DiagnosisNameInSection1Group().with("DE05.01.025.00", Text.of(value));
    }

    /** 直接死亡原因编码 ({@code DE05.01.021.00}, CD, value set {@code 2.16.156.10011.2.3.3.11.2}). */
    public DiagnosisNameInSection1Group causeOfDeathCodeInSection1(Coded value) {
      return with("DE05.01.021.00", CodedValue.of(value));
    }

    /** 直接死亡原因编码 ({@code DE05.01.021.00}). */
    public Optional<CodedValue> causeOfDeathCodeInSection1() {
      return value("DE05.01.021.00", CodedValue.class);
    }

    /** 直接死亡原因名称 ({@code DE05.01.025.00}). */
    public Optional<Text> diagnosisNameInSection1() {
      return value("DE05.01.025.00", Text.class);
    }
  }

  /**
   * One group of section 29548-5 Diagnosis: 死亡诊断名称 with the data nested in it, written as one unit (document layout group {@code DE05.01.025.00}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class DiagnosisNameInDiagnosisGroup extends TypedGroup<DiagnosisNameInDiagnosisGroup> {
    private DiagnosisNameInDiagnosisGroup() {
      super("29548-5", "DE05.01.025.00");
    }

    @Override
    protected DiagnosisNameInDiagnosisGroup blank() {
      return new DiagnosisNameInDiagnosisGroup();
    }

    /** A group with its head 死亡诊断名称 ({@code DE05.01.025.00}). */
    public static DiagnosisNameInDiagnosisGroup of(String value) {
      return new DiagnosisNameInDiagnosisGroup().with("DE05.01.025.00", Text.of(value));
    }

    /** 死亡诊断编码 ({@code DE05.01.021.00}, CD, value set {@code 2.16.156.10011.2.3.3.11}). */
    public DiagnosisNameInDiagnosisGroup causeOfDeathCodeInDiagnosis(Coded value) {
      return with("DE05.01.021.00", CodedValue.of(value));
    }

    /** 死亡诊断编码 ({@code DE05.01.021.00}). */
    public Optional<CodedValue> causeOfDeathCodeInDiagnosis() {
      return value("DE05.01.021.00", CodedValue.class);
    }

    /** 死亡诊断名称 ({@code DE05.01.025.00}). */
    public Optional<Text> diagnosisNameInDiagnosis() {
      return value("DE05.01.025.00", Text.class);
    }
  }

  /** Builds a {@link DeathCaseDiscussionRecord}. Thread safety: not thread-safe. */
  public static final class Builder extends TypedDocument.Builder<DeathCaseDiscussionRecord, Builder> {
    private Builder() {
      super(documentSpec());
    }

    @Override
    protected DeathCaseDiscussionRecord create(ClinicalDocument document) {
      return new DeathCaseDiscussionRecord(document);
    }

    /** Sets the one {@link DiagnosisNameInSection1Group}, replacing any before. */
    public Builder diagnosisNameInSection1(DiagnosisNameInSection1Group group) {
      return setGroup(group);
    }

    /** Sets the one {@link DiagnosisNameInSection1Group} to its head 直接死亡原因名称 alone, replacing any before. */
    public Builder diagnosisNameInSection1(String value) {
      return setGroup(DiagnosisNameInSection1Group.of(value));
    }

    /** Sets the one {@link DiagnosisNameInDiagnosisGroup}, replacing any before. */
    public Builder diagnosisNameInDiagnosis(DiagnosisNameInDiagnosisGroup group) {
      return setGroup(group);
    }

    /** Sets the one {@link DiagnosisNameInDiagnosisGroup} to its head 死亡诊断名称 alone, replacing any before. */
    public Builder diagnosisNameInDiagnosis(String value) {
      return setGroup(DiagnosisNameInDiagnosisGroup.of(value));
    }

    /** 死亡讨论记录 ({@code DE06.00.181.00}, ST), section DE06.00.181.00 死亡讨论记录. */
    public Builder recordContent(String value) {
      return set("DE06.00.181.00", "DE06.00.181.00", Text.of(value));
    }

    /** 主持人总结意见 ({@code DE06.00.018.00}, ST), section DE06.00.018.00 主持人总结意见. */
    public Builder opinion(String value) {
      return set("DE06.00.018.00", "DE06.00.018.00", Text.of(value));
    }
  }
}
