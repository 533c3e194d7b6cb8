package io.hdx.model.document;

import io.hdx.model.datatype.CodedValue;
import io.hdx.model.datatype.Hl7Value;
import io.hdx.model.datatype.InstanceIdentifier;
import io.hdx.model.datatype.Oids;
import io.hdx.model.datatype.PointInTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The generic model of any WS/T 500 or WS/T 483 shared document (HL7 CDA R2): the header (document
 * id, templateId, document code, title, time, confidentiality, language, set and version, patient,
 * authors, custodian, signers, informants, contacts, encounter) and the body as sections of
 * entries keyed by data element code. The codec reads and writes it; the typed classes generated
 * from the specs wrap it.
 *
 * <p>{@link #toString()} shows the document code and structure, never personal data.
 *
 * <p>Thread safety: immutable.
 *
 * <pre>{@code
 * ClinicalDocument doc = ClinicalDocument.builder()
 *     .templateId("2.16.156.10011.2.1.1.22").code("C0002").title("门(急)诊病历")
 *     .id(InstanceIdentifier.of(DocumentSpec.DOCUMENT_ID_ROOT, "DOC-1"))
 *     .effectiveTime(PointInTime.of(LocalDateTime.now()))
 *     .patient(patient).addAuthor(doctor).custodian(hospital)
 *     .addSection(Section.builder().code("10154-3").displayName("CHIEF COMPLAINT")
 *         .addEntry(Entry.of("DE04.01.119.00", Text.of("..."))).build())
 *     .build();
 * Optional<Hl7Value> complaint = doc.value("DE04.01.119.00");
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ClinicalDocument {
  /** {@code confidentialityCode} N (normal), codeSystem 2.16.840.1.113883.5.25 (WS/T 500-2016 header, standard's examples). */
  public static final CodedValue NORMAL_CONFIDENTIALITY = CodedValue.builder().type(io.hdx.model.datatype.Hl7Type.CE)
      .code("N").codeSystem("2.16.840.1.113883.5.25").codeSystemName("Confidentiality")
      .displayName("正常访问保密级别").build();
  /** {@code languageCode} of Chinese documents. */
  public static final String CHINESE = "zh-CN";

  private final InstanceIdentifier id;
  private final String templateId;
  private final String code;
  private final String title;
  private final PointInTime effectiveTime;
  private final CodedValue confidentiality;
  private final String languageCode;
  private final InstanceIdentifier setId;
  private final Integer versionNumber;
  private final Patient patient;
  private final List<Participant> authors;
  private final Organization custodian;
  private final List<Participant> informants;
  private final Participant legalAuthenticator;
  private final List<Participant> authenticators;
  private final List<Participant> participants;
  private final InstanceIdentifier relatedDocument;
  private final Encounter encounter;
  private final List<Section> sections;

  private ClinicalDocument(Builder b) {
    this.templateId = Oids.requireValid(b.templateId, "templateId");
    this.code = Objects.requireNonNull(b.code, "code");
    this.id = b.id;
    this.title = b.title;
    this.effectiveTime = b.effectiveTime;
    this.confidentiality = b.confidentiality;
    this.languageCode = b.languageCode;
    this.setId = b.setId;
    this.versionNumber = b.versionNumber;
    this.patient = b.patient;
    this.authors = copy(b.authors);
    this.custodian = b.custodian;
    this.informants = copy(b.informants);
    this.legalAuthenticator = b.legalAuthenticator;
    this.authenticators = copy(b.authenticators);
    this.participants = copy(b.participants);
    this.relatedDocument = b.relatedDocument;
    this.encounter = b.encounter;
    this.sections = copy(b.sections);
  }

  private static <T> List<T> copy(List<T> list) {
    return Collections.unmodifiableList(new ArrayList<>(list));
  }

  /** A new builder; confidentiality defaults to N and language to zh-CN. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this document's fields, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder().id(id).templateId(templateId).code(code).title(title).effectiveTime(effectiveTime)
        .confidentiality(confidentiality).languageCode(languageCode).setId(setId).versionNumber(versionNumber)
        .patient(patient).custodian(custodian).legalAuthenticator(legalAuthenticator)
        .relatedDocument(relatedDocument).encounter(encounter);
    b.authors.addAll(authors);
    b.informants.addAll(informants);
    b.authenticators.addAll(authenticators);
    b.participants.addAll(participants);
    b.sections.addAll(sections);
    return b;
  }

  /** {@code id}: the document's serial number (root 2.16.156.10011.1.1). */
  public Optional<InstanceIdentifier> id() {
    return Optional.ofNullable(id);
  }

  /** {@code templateId/@root}: which spec the document follows. */
  public String templateId() {
    return templateId;
  }

  /** {@code code/@code}: the document code, e.g. C0002. */
  public String code() {
    return code;
  }

  /** {@code title}. */
  public Optional<String> title() {
    return Optional.ofNullable(title);
  }

  /** {@code effectiveTime}: when the document was made. */
  public Optional<PointInTime> effectiveTime() {
    return Optional.ofNullable(effectiveTime);
  }

  /** {@code confidentialityCode}. */
  public Optional<CodedValue> confidentiality() {
    return Optional.ofNullable(confidentiality);
  }

  /** {@code languageCode}. */
  public Optional<String> languageCode() {
    return Optional.ofNullable(languageCode);
  }

  /** {@code setId}: the id shared by all versions. */
  public Optional<InstanceIdentifier> setId() {
    return Optional.ofNullable(setId);
  }

  /** {@code versionNumber}. */
  public Optional<Integer> versionNumber() {
    return Optional.ofNullable(versionNumber);
  }

  /** The patient ({@code recordTarget}). */
  public Optional<Patient> patient() {
    return Optional.ofNullable(patient);
  }

  /** The authors. */
  public List<Participant> authors() {
    return authors;
  }

  /** The custodian organization. */
  public Optional<Organization> custodian() {
    return Optional.ofNullable(custodian);
  }

  /** The informants (陈述者). */
  public List<Participant> informants() {
    return informants;
  }

  /** The legal authenticator. */
  public Optional<Participant> legalAuthenticator() {
    return Optional.ofNullable(legalAuthenticator);
  }

  /** The other authenticators (signers by role). */
  public List<Participant> authenticators() {
    return authenticators;
  }

  /** Other participants, e.g. the contact person. */
  public List<Participant> participants() {
    return participants;
  }

  /** The document this one replaces ({@code relatedDocument/parentDocument/id}). */
  public Optional<InstanceIdentifier> relatedDocument() {
    return Optional.ofNullable(relatedDocument);
  }

  /** The encounter ({@code componentOf/encompassingEncounter}). */
  public Optional<Encounter> encounter() {
    return Optional.ofNullable(encounter);
  }

  /** The body's sections, in order. */
  public List<Section> sections() {
    return sections;
  }

  /** The section with key {@code key} (LOINC code, or display name of an uncoded section). */
  public Optional<Section> section(String key) {
    for (Section section : sections) {
      if (section.key().equals(key)) {
        return Optional.of(section);
      }
    }
    return Optional.empty();
  }

  /** Every entry carrying data element {@code dataElement}, in document order, nested ones included. */
  public List<Entry> entries(String dataElement) {
    List<Entry> found = new ArrayList<>();
    for (Section section : sections) {
      found.addAll(section.entries(dataElement));
    }
    return found;
  }

  /** The value of the first entry carrying {@code dataElement}. */
  public Optional<Hl7Value> value(String dataElement) {
    for (Entry entry : entries(dataElement)) {
      if (entry.value().isPresent()) {
        return entry.value();
      }
    }
    return Optional.empty();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ClinicalDocument)) {
      return false;
    }
    ClinicalDocument d = (ClinicalDocument) o;
    return Objects.equals(id, d.id) && templateId.equals(d.templateId) && code.equals(d.code)
        && Objects.equals(title, d.title) && Objects.equals(effectiveTime, d.effectiveTime)
        && Objects.equals(confidentiality, d.confidentiality) && Objects.equals(languageCode, d.languageCode)
        && Objects.equals(setId, d.setId) && Objects.equals(versionNumber, d.versionNumber)
        && Objects.equals(patient, d.patient) && authors.equals(d.authors) && Objects.equals(custodian, d.custodian)
        && informants.equals(d.informants) && Objects.equals(legalAuthenticator, d.legalAuthenticator)
        && authenticators.equals(d.authenticators) && participants.equals(d.participants)
        && Objects.equals(relatedDocument, d.relatedDocument) && Objects.equals(encounter, d.encounter)
        && sections.equals(d.sections);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, templateId, code, title, effectiveTime, confidentiality, languageCode, setId,
        versionNumber, patient, authors, custodian, informants, legalAuthenticator, authenticators, participants,
        relatedDocument, encounter, sections);
  }

  @Override
  public String toString() {
    return "ClinicalDocument[" + code + " " + templateId + ", " + sections.size() + " sections]";
  }

  /**
   * Builds a {@link ClinicalDocument}. Thread safety: not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private InstanceIdentifier id;
    private String templateId;
    private String code;
    private String title;
    private PointInTime effectiveTime;
    private CodedValue confidentiality = NORMAL_CONFIDENTIALITY;
    private String languageCode = CHINESE;
    private InstanceIdentifier setId;
    private Integer versionNumber;
    private Patient patient;
    private final List<Participant> authors = new ArrayList<>();
    private Organization custodian;
    private final List<Participant> informants = new ArrayList<>();
    private Participant legalAuthenticator;
    private final List<Participant> authenticators = new ArrayList<>();
    private final List<Participant> participants = new ArrayList<>();
    private InstanceIdentifier relatedDocument;
    private Encounter encounter;
    private final List<Section> sections = new ArrayList<>();

    private Builder() {}

    /** The document serial number, or {@code null}. */
    public Builder id(InstanceIdentifier id) {
      this.id = id;
      return this;
    }

    /** The templateId OID (required). */
    public Builder templateId(String templateId) {
      this.templateId = templateId;
      return this;
    }

    /** The document code (required). */
    public Builder code(String code) {
      this.code = code;
      return this;
    }

    /** The title, or {@code null}. */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /** When the document was made, or {@code null}. */
    public Builder effectiveTime(PointInTime effectiveTime) {
      this.effectiveTime = effectiveTime;
      return this;
    }

    /** The confidentiality code, or {@code null} to omit it. */
    public Builder confidentiality(CodedValue confidentiality) {
      this.confidentiality = confidentiality;
      return this;
    }

    /** The language code, or {@code null} to omit it. */
    public Builder languageCode(String languageCode) {
      this.languageCode = languageCode;
      return this;
    }

    /** The set id, or {@code null}. */
    public Builder setId(InstanceIdentifier setId) {
      this.setId = setId;
      return this;
    }

    /** The version number, or {@code null}. */
    public Builder versionNumber(Integer versionNumber) {
      this.versionNumber = versionNumber;
      return this;
    }

    /** The patient, or {@code null}. */
    public Builder patient(Patient patient) {
      this.patient = patient;
      return this;
    }

    /** Appends an author. */
    public Builder addAuthor(Participant author) {
      authors.add(Objects.requireNonNull(author, "author"));
      return this;
    }

    /** The custodian, or {@code null}. */
    public Builder custodian(Organization custodian) {
      this.custodian = custodian;
      return this;
    }

    /** Appends an informant. */
    public Builder addInformant(Participant informant) {
      informants.add(Objects.requireNonNull(informant, "informant"));
      return this;
    }

    /** The legal authenticator, or {@code null}. */
    public Builder legalAuthenticator(Participant legalAuthenticator) {
      this.legalAuthenticator = legalAuthenticator;
      return this;
    }

    /** Appends an authenticator. */
    public Builder addAuthenticator(Participant authenticator) {
      authenticators.add(Objects.requireNonNull(authenticator, "authenticator"));
      return this;
    }

    /** Appends a participant such as a contact person. */
    public Builder addParticipant(Participant participant) {
      participants.add(Objects.requireNonNull(participant, "participant"));
      return this;
    }

    /** The replaced document's id, or {@code null}. */
    public Builder relatedDocument(InstanceIdentifier relatedDocument) {
      this.relatedDocument = relatedDocument;
      return this;
    }

    /** The encounter, or {@code null}. */
    public Builder encounter(Encounter encounter) {
      this.encounter = encounter;
      return this;
    }

    /** Appends a section. */
    public Builder addSection(Section section) {
      sections.add(Objects.requireNonNull(section, "section"));
      return this;
    }

    /** Replaces all sections. */
    public Builder sections(List<Section> sections) {
      this.sections.clear();
      for (Section section : sections) {
        addSection(section);
      }
      return this;
    }

    /**
     * Builds the document.
     *
     * @throws NullPointerException when templateId or code is missing
     * @throws IllegalArgumentException when templateId is not an OID
     */
    public ClinicalDocument build() {
      return new ClinicalDocument(this);
    }
  }
}
