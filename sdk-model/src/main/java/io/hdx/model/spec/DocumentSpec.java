package io.hdx.model.spec;

import io.hdx.model.Confidence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The spec of one shared document: its identity (standard and part, document code, templateId
 * OID, title, WS 445 data set), header requirements and sections with their entries. One generic
 * encoder, decoder, validator and generator read it; typed classes such as
 * {@code OutpatientRecord} are generated from it.
 *
 * <p>Thread safety: immutable.
 *
 * <pre>{@code
 * DocumentSpec spec = DocumentSpecRegistry.standard().byCode("C0002").get();
 * for (SectionSpec section : spec.sections()) { ... }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class DocumentSpec {
  /** {@code ClinicalDocument/code/@codeSystem}: 卫生信息共享文档规范编码体系 (WS/T 500-2016 header, standard's examples). */
  public static final String DOCUMENT_CODE_SYSTEM = "2.16.156.10011.2.4";
  /** {@code ClinicalDocument/id/@root}: 文档流水号 (identifier-oids.csv, HIGH). */
  public static final String DOCUMENT_ID_ROOT = "2.16.156.10011.1.1";
  /** The code system of data element codes in entries: 卫生信息数据元目录 (WS/T 500-2016 body, standard's examples). */
  public static final String DATA_ELEMENT_CODE_SYSTEM = "2.16.156.10011.2.2.1";
  /**
   * The code system of data-set item codes in entries: 住院病案首页基本数据集 (WS 445). WS/T 500.11 (C0032) and
   * 500.12 (C0033) code their fee items with such an item id ({@code HDSD00.11.142} 住院总费用, {@code HDSD00.12.169})
   * instead of a data element; every public sample writes this OID with codeSystemName 住院病案首页基本数据集
   * (sdk-model/src/build/facts/wst500-dataset-items.tsv: wangk4i/LangZhongGit, bzrrr/cda, HenrySomke/ConvertServer,
   * zzllkk2003/hcc).
   */
  public static final String DATA_SET_ITEM_CODE_SYSTEM = "2.16.156.10011.2.2.4";
  /** {@code realmCode/@code} of every document. */
  public static final String REALM_CODE = "CN";
  /** {@code typeId/@root}: HL7 registered models. */
  public static final String TYPE_ID_ROOT = "2.16.840.1.113883.1.3";
  /** {@code typeId/@extension}: the CDA R2 model. */
  public static final String TYPE_ID_EXTENSION = "POCD_MT000040";

  private final Standard standard;
  private final int part;
  private final String code;
  private final String templateId;
  private final String titleZh;
  private final String titleEn;
  private final String datasetId;
  private final Confidence codeConfidence;
  private final Confidence templateIdConfidence;
  private final List<HeaderElementSpec> header;
  private final List<SectionSpec> sections;

  private DocumentSpec(Builder b) {
    this.standard = Objects.requireNonNull(b.standard, "standard");
    this.part = b.part;
    this.code = Objects.requireNonNull(b.code, "code");
    this.templateId = Objects.requireNonNull(b.templateId, "templateId");
    this.titleZh = Objects.requireNonNull(b.titleZh, "titleZh");
    this.titleEn = Objects.requireNonNull(b.titleEn, "titleEn");
    this.datasetId = b.datasetId;
    this.codeConfidence = Objects.requireNonNull(b.codeConfidence, "codeConfidence");
    this.templateIdConfidence = Objects.requireNonNull(b.templateIdConfidence, "templateIdConfidence");
    this.header = Collections.unmodifiableList(new ArrayList<>(b.header));
    this.sections = Collections.unmodifiableList(new ArrayList<>(b.sections));
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this spec's fields. */
  public Builder toBuilder() {
    Builder b = new Builder().standard(standard).part(part).code(code, codeConfidence)
        .templateId(templateId, templateIdConfidence).titleZh(titleZh).titleEn(titleEn).datasetId(datasetId);
    b.header.addAll(header);
    b.sections.addAll(sections);
    return b;
  }

  /** The standard that defines the document. */
  public Standard standard() {
    return standard;
  }

  /** The part of the standard, e.g. 2 for WS/T 500.2. */
  public int part() {
    return part;
  }

  /** The document code, e.g. {@code C0002} (codeSystem {@link #DOCUMENT_CODE_SYSTEM}). */
  public String code() {
    return code;
  }

  /** The templateId OID, e.g. {@code 2.16.156.10011.2.1.1.22}. */
  public String templateId() {
    return templateId;
  }

  /** The Chinese title, written in {@code ClinicalDocument/title}. */
  public String titleZh() {
    return titleZh;
  }

  /** An English title (ours, for display). */
  public String titleEn() {
    return titleEn;
  }

  /** The WS 445 / WS 365 data set id, e.g. {@code HDSD00.03.02}, when known. */
  public Optional<String> datasetId() {
    return Optional.ofNullable(datasetId);
  }

  /** How far the document code is confirmed. */
  public Confidence codeConfidence() {
    return codeConfidence;
  }

  /** How far the templateId is confirmed. */
  public Confidence templateIdConfidence() {
    return templateIdConfidence;
  }

  /** The header requirements. */
  public List<HeaderElementSpec> header() {
    return header;
  }

  /** The header requirements for {@code element}. */
  public List<HeaderElementSpec> header(HeaderElement element) {
    List<HeaderElementSpec> found = new ArrayList<>();
    for (HeaderElementSpec spec : header) {
      if (spec.element() == element) {
        found.add(spec);
      }
    }
    return found;
  }

  /** The sections, in order. */
  public List<SectionSpec> sections() {
    return sections;
  }

  /** The section with {@link SectionSpec#key() key} {@code key} (LOINC code or name). */
  public Optional<SectionSpec> section(String key) {
    for (SectionSpec section : sections) {
      if (section.key().equals(key)) {
        return Optional.of(section);
      }
    }
    return Optional.empty();
  }

  /** Every entry of every section, in document order. */
  public List<EntrySpec> entries() {
    List<EntrySpec> all = new ArrayList<>();
    for (SectionSpec section : sections) {
      all.addAll(section.entries());
    }
    return all;
  }

  /**
   * What in this spec is not confirmed, in words, e.g. {@code templateId (UNCONFIRMED)}, {@code 3 of
   * 12 sections (LOW)}: for {@code hdx spec show} and for release notes.
   */
  public List<String> unconfirmedFacts() {
    List<String> facts = new ArrayList<>();
    facts.add("cardinalities (the public samples show presence only)");
    if (!codeConfidence.isConfirmed()) {
      facts.add("document code (" + codeConfidence + ")");
    }
    if (!templateIdConfidence.isConfirmed()) {
      facts.add("templateId (" + templateIdConfidence + ")");
    }
    if (sections.isEmpty()) {
      facts.add("sections and entries (none known)");
    }
    int sectionsUnconfirmed = 0;
    int entriesUnconfirmed = 0;
    int entryCount = 0;
    for (SectionSpec section : sections) {
      sectionsUnconfirmed += section.confidence().isConfirmed() ? 0 : 1;
      for (EntrySpec entry : section.entries()) {
        entryCount++;
        entriesUnconfirmed += entry.confidence().isConfirmed() ? 0 : 1;
      }
    }
    if (sectionsUnconfirmed > 0) {
      facts.add(sectionsUnconfirmed + " of " + sections.size() + " sections");
    }
    if (entriesUnconfirmed > 0) {
      facts.add(entriesUnconfirmed + " of " + entryCount + " entries");
    }
    if (!header.isEmpty() && header.stream().noneMatch(h -> h.confidence().isConfirmed())) {
      facts.add("header requirements");
    }
    return facts;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof DocumentSpec)) {
      return false;
    }
    DocumentSpec other = (DocumentSpec) o;
    return standard == other.standard && part == other.part && code.equals(other.code)
        && templateId.equals(other.templateId) && titleZh.equals(other.titleZh) && titleEn.equals(other.titleEn)
        && Objects.equals(datasetId, other.datasetId) && codeConfidence == other.codeConfidence
        && templateIdConfidence == other.templateIdConfidence && header.equals(other.header)
        && sections.equals(other.sections);
  }

  @Override
  public int hashCode() {
    return Objects.hash(standard, part, code, templateId, titleZh, titleEn, datasetId, codeConfidence,
        templateIdConfidence, header, sections);
  }

  @Override
  public String toString() {
    return code + " " + templateId + " " + titleZh;
  }

  /**
   * Builds a {@link DocumentSpec}. Thread safety: not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private Standard standard;
    private int part;
    private String code;
    private String templateId;
    private String titleZh;
    private String titleEn;
    private String datasetId;
    private Confidence codeConfidence = Confidence.UNCONFIRMED;
    private Confidence templateIdConfidence = Confidence.UNCONFIRMED;
    private final List<HeaderElementSpec> header = new ArrayList<>();
    private final List<SectionSpec> sections = new ArrayList<>();

    private Builder() {}

    /** The standard (required). */
    public Builder standard(Standard standard) {
      this.standard = standard;
      return this;
    }

    /** The part number. */
    public Builder part(int part) {
      this.part = part;
      return this;
    }

    /** The document code and how far it is confirmed (required). */
    public Builder code(String code, Confidence confidence) {
      this.code = code;
      this.codeConfidence = confidence;
      return this;
    }

    /** The templateId OID and how far it is confirmed (required). */
    public Builder templateId(String templateId, Confidence confidence) {
      this.templateId = templateId;
      this.templateIdConfidence = confidence;
      return this;
    }

    /** The Chinese title (required). */
    public Builder titleZh(String titleZh) {
      this.titleZh = titleZh;
      return this;
    }

    /** The English title (required). */
    public Builder titleEn(String titleEn) {
      this.titleEn = titleEn;
      return this;
    }

    /** The WS 445 data set id, or {@code null}. */
    public Builder datasetId(String datasetId) {
      this.datasetId = datasetId;
      return this;
    }

    /** Appends a header requirement. */
    public Builder addHeader(HeaderElementSpec spec) {
      header.add(Objects.requireNonNull(spec, "spec"));
      return this;
    }

    /** Appends a section. */
    public Builder addSection(SectionSpec section) {
      sections.add(Objects.requireNonNull(section, "section"));
      return this;
    }

    /** Builds the spec. */
    public DocumentSpec build() {
      return new DocumentSpec(this);
    }
  }
}
