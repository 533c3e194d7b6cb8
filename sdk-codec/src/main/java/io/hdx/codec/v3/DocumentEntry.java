package io.hdx.codec.v3;

import io.hdx.model.datatype.PointInTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A shared document as the document registry messages carry it ({@code controlActProcess/subject/clinicalDocument}
 * of RCMR_IN000002UV02, and of the answers to document query and retrieve): document id (文档流水号, root
 * {@value #DOCUMENT_ID_ROOT}), type code (文档类型代码 C00nn, code system {@value #DOCUMENT_TYPE_SYSTEM}), effective
 * time, confidentiality (code system {@value #CONFIDENTIALITY_SYSTEM}), version number, the patient's ids and name,
 * the provider organization, and the CDA document itself, base64 in {@code storageCode/originalText/@value}.
 * Layout per wangk4i/LangZhongGit {@code lzihe/xml样例/H06/H0601Rt.xml} and the other interoperability examples; the roots
 * per identifier-oids.csv (2.16.156.10011.2.5.1.23/24/25, one source each: MEDIUM).
 *
 * <p>Thread safety: immutable; the builder is not. {@link #toString()} shows no patient data.
 *
 * @since 0.1.0
 */
public final class DocumentEntry {
  /** Root of document ids (文档流水号). */
  public static final String DOCUMENT_ID_ROOT = "2.16.156.10011.2.5.1.24";
  /** Code system of document type codes (文档类型代码). */
  public static final String DOCUMENT_TYPE_SYSTEM = "2.16.156.10011.2.5.1.23";
  /** Code system of document confidentiality codes (文档保密级别代码). */
  public static final String CONFIDENTIALITY_SYSTEM = "2.16.156.10011.2.5.1.25";

  private final Identifier documentId;
  private final Code type;
  private final PointInTime effectiveTime;
  private final Code confidentiality;
  private final Integer versionNumber;
  private final List<Identifier> patientIds;
  private final List<Identifier> personIds;
  private final String patientName;
  private final Identifier providerOrganization;
  private final String providerOrganizationName;
  private final byte[] content;

  private DocumentEntry(Builder b) {
    this.documentId = Objects.requireNonNull(b.documentId, "documentId");
    this.type = Objects.requireNonNull(b.type, "type");
    this.effectiveTime = b.effectiveTime;
    this.confidentiality = b.confidentiality;
    this.versionNumber = b.versionNumber;
    this.patientIds = Collections.unmodifiableList(new ArrayList<>(b.patientIds));
    this.personIds = Collections.unmodifiableList(new ArrayList<>(b.personIds));
    this.patientName = b.patientName;
    this.providerOrganization = b.providerOrganization;
    this.providerOrganizationName = b.providerOrganizationName;
    this.content = b.content == null ? null : b.content.clone();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this entry's fields. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.documentId = documentId;
    b.type = type;
    b.effectiveTime = effectiveTime;
    b.confidentiality = confidentiality;
    b.versionNumber = versionNumber;
    b.patientIds.addAll(patientIds);
    b.personIds.addAll(personIds);
    b.patientName = patientName;
    b.providerOrganization = providerOrganization;
    b.providerOrganizationName = providerOrganizationName;
    b.content = content;
    return b;
  }

  /** The document id (文档流水号). */
  public Identifier documentId() {
    return documentId;
  }

  /** The document type (文档类型代码, e.g. C0002). */
  public Code type() {
    return type;
  }

  /** When the document was made. */
  public Optional<PointInTime> effectiveTime() {
    return Optional.ofNullable(effectiveTime);
  }

  /** Confidentiality (文档保密级别). */
  public Optional<Code> confidentiality() {
    return Optional.ofNullable(confidentiality);
  }

  /** Version number. */
  public Optional<Integer> versionNumber() {
    return Optional.ofNullable(versionNumber);
  }

  /** The patient's ids (local patient id, 住院号 2.16.156.10011.1.12, 门诊号 2.16.156.10011.1.11, ...). */
  public List<Identifier> patientIds() {
    return patientIds;
  }

  /** The person's ids (e.g. resident ID). */
  public List<Identifier> personIds() {
    return personIds;
  }

  /** The patient's name. */
  public Optional<String> patientName() {
    return Optional.ofNullable(patientName);
  }

  /** The provider organization's id. */
  public Optional<Identifier> providerOrganization() {
    return Optional.ofNullable(providerOrganization);
  }

  /** The provider organization's name. */
  public Optional<String> providerOrganizationName() {
    return Optional.ofNullable(providerOrganizationName);
  }

  /** The CDA document (decoded from base64), when the message carries it. */
  public Optional<byte[]> content() {
    return content == null ? Optional.<byte[]>empty() : Optional.of(content.clone());
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof DocumentEntry)) {
      return false;
    }
    DocumentEntry d = (DocumentEntry) o;
    return documentId.equals(d.documentId) && type.equals(d.type)
        && Objects.equals(lit(effectiveTime), lit(d.effectiveTime)) && Objects.equals(confidentiality, d.confidentiality)
        && Objects.equals(versionNumber, d.versionNumber) && patientIds.equals(d.patientIds)
        && personIds.equals(d.personIds) && Objects.equals(patientName, d.patientName)
        && Objects.equals(providerOrganization, d.providerOrganization)
        && Objects.equals(providerOrganizationName, d.providerOrganizationName)
        && java.util.Arrays.equals(content, d.content);
  }

  private static String lit(PointInTime t) {
    return t == null ? null : t.literal();
  }

  @Override
  public int hashCode() {
    return Objects.hash(documentId, type, lit(effectiveTime), confidentiality, versionNumber, patientIds, personIds,
        patientName, providerOrganization, providerOrganizationName, java.util.Arrays.hashCode(content));
  }

  @Override
  public String toString() {
    return "DocumentEntry{" + type.code() + ", id=" + documentId.extensionOrEmpty() + ", "
        + (content == null ? "no content" : content.length + " bytes") + "}";
  }

  /**
   * Builds a {@link DocumentEntry}.
   *
   * <p>Thread safety: not thread-safe.
   */
  public static final class Builder {
    private Identifier documentId;
    private Code type;
    private PointInTime effectiveTime;
    private Code confidentiality;
    private Integer versionNumber;
    private final List<Identifier> patientIds = new ArrayList<>();
    private final List<Identifier> personIds = new ArrayList<>();
    private String patientName;
    private Identifier providerOrganization;
    private String providerOrganizationName;
    private byte[] content;

    private Builder() {}

    /** Sets the document id (required). */
    public Builder documentId(Identifier documentId) {
      this.documentId = Objects.requireNonNull(documentId, "documentId");
      return this;
    }

    /** Sets the document type (required). */
    public Builder type(Code type) {
      this.type = Objects.requireNonNull(type, "type");
      return this;
    }

    /** Sets the effective time (null clears). */
    public Builder effectiveTime(PointInTime effectiveTime) {
      this.effectiveTime = effectiveTime;
      return this;
    }

    /** Sets the confidentiality (null clears). */
    public Builder confidentiality(Code confidentiality) {
      this.confidentiality = confidentiality;
      return this;
    }

    /** Sets the version number (null clears). */
    public Builder versionNumber(Integer versionNumber) {
      this.versionNumber = versionNumber;
      return this;
    }

    /** Adds a patient id. */
    public Builder addPatientId(Identifier id) {
      patientIds.add(Objects.requireNonNull(id, "id"));
      return this;
    }

    /** Adds a person id. */
    public Builder addPersonId(Identifier id) {
      personIds.add(Objects.requireNonNull(id, "id"));
      return this;
    }

    /** Sets the patient's name (null clears). */
    public Builder patientName(String patientName) {
      this.patientName = patientName == null || patientName.isEmpty() ? null : patientName;
      return this;
    }

    /** Sets the provider organization's id (null clears). */
    public Builder providerOrganization(Identifier providerOrganization) {
      this.providerOrganization = providerOrganization;
      return this;
    }

    /** Sets the provider organization's name (null clears). */
    public Builder providerOrganizationName(String name) {
      this.providerOrganizationName = name == null || name.isEmpty() ? null : name;
      return this;
    }

    /** Sets the CDA document's bytes (null: metadata only). */
    public Builder content(byte[] content) {
      this.content = content == null ? null : content.clone();
      return this;
    }

    /** Builds the entry; document id and type are required. */
    public DocumentEntry build() {
      return new DocumentEntry(this);
    }
  }
}
