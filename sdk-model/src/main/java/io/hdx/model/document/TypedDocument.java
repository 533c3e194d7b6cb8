package io.hdx.model.document;

import io.hdx.model.Confidence;
import io.hdx.model.ValidationException;
import io.hdx.model.datatype.BooleanValue;
import io.hdx.model.datatype.Hl7Value;
import io.hdx.model.datatype.InstanceIdentifier;
import io.hdx.model.datatype.IntegerValue;
import io.hdx.model.datatype.PhysicalQuantity;
import io.hdx.model.datatype.PointInTime;
import io.hdx.model.datatype.Text;
import io.hdx.model.spec.DocumentSpec;
import io.hdx.model.layout.Datum;
import io.hdx.model.layout.DatumGroup;
import io.hdx.model.layout.DocumentLayout;
import io.hdx.model.spec.EntrySpec;
import io.hdx.model.spec.HeaderElement;
import io.hdx.model.spec.HeaderElementSpec;
import io.hdx.model.spec.SectionSpec;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The base of the typed document classes generated from the specs ({@code OutpatientRecord},
 * {@code AdmissionRecord}, ...): a typed view over a {@link ClinicalDocument} of one spec. The
 * generated subclasses add one getter and one builder method per entry of the spec, named after
 * the data element, so that a vendor writes
 * {@code OutpatientRecord.builder().patient(p).chiefComplaint("...").build()} and the builder puts
 * each value in its section, in the spec's order and entry shape. Values that belong together (a diagnosis's
 * name, code and rank; a drug; an operation; an organizer's components) are one group of the document layout
 * ({@link DocumentLayout#groups()}) and one generated group value type ({@link TypedGroup}), added in one call:
 * {@code addDiagnosis(Diagnosis.of("...").diagnosisCode(icd10))}; each member goes into the slot or nested
 * observation its spec names ({@link io.hdx.model.spec.ValuePosition}). {@link Builder#build()} refuses a
 * document without what CDA R2 and the spec require with HIGH confidence.
 *
 * <p>Thread safety: immutable; builders are not thread-safe.
 *
 * @since 0.1.0
 */
public abstract class TypedDocument {
  private final ClinicalDocument document;
  private final DocumentSpec spec;

  /**
   * Wraps {@code document}, which must follow {@code spec}.
   *
   * @throws ValidationException {@code DOC-0001} when the document's templateId or code is not the
   *     spec's
   */
  protected TypedDocument(ClinicalDocument document, DocumentSpec spec) {
    this.document = Objects.requireNonNull(document, "document");
    this.spec = Objects.requireNonNull(spec, "spec");
    if (!document.templateId().equals(spec.templateId()) || !document.code().equals(spec.code())) {
      throw new ValidationException("DOC-0001", "/ClinicalDocument/templateId: the document is not a "
          + spec.code() + " (templateId " + spec.templateId() + ", WS/T 500 / WS/T 483 document code table)");
    }
  }

  /** The generic document this typed view wraps, e.g. to encode it. */
  public final ClinicalDocument toClinicalDocument() {
    return document;
  }

  /** The spec the document follows. */
  public final DocumentSpec spec() {
    return spec;
  }

  /** The patient. */
  public final Optional<Patient> patient() {
    return document.patient();
  }

  /** When the document was made. */
  public final Optional<PointInTime> effectiveTime() {
    return document.effectiveTime();
  }

  /** The values of data element {@code dataElement} in section {@code sectionKey}, in order. */
  protected final List<Hl7Value> values(String sectionKey, String dataElement) {
    List<Hl7Value> values = new ArrayList<>();
    document.section(sectionKey).ifPresent(section -> {
      for (Entry entry : section.entries(dataElement)) {
        entry.value().ifPresent(values::add);
      }
    });
    return values;
  }

  /** The first value of data element {@code dataElement} in section {@code sectionKey} as {@code type}. */
  protected final <T extends Hl7Value> Optional<T> value(String sectionKey, String dataElement, Class<T> type) {
    for (Hl7Value value : values(sectionKey, dataElement)) {
      if (type.isInstance(value)) {
        return Optional.of(type.cast(value));
      }
    }
    return Optional.empty();
  }

  /**
   * The groups of layout group {@code groupName} in section {@code sectionKey}, in document order, each read from
   * one top-level entry (the head observation, the act or the organizer) and the entries nested in it.
   */
  protected final <G extends TypedGroup<G>> List<G> groups(String sectionKey, String groupName, Supplier<G> blank) {
    List<G> found = new ArrayList<>();
    Optional<Section> section = document.section(sectionKey);
    if (!section.isPresent()) {
      return found;
    }
    DatumGroup layoutGroup = Layouts.group(spec, sectionKey, groupName);
    Set<String> members = new HashSet<>();
    for (Datum d : layoutGroup.members()) {
      members.add(d.name());
    }
    for (Entry entry : section.get().entries()) {
      if (!Layouts.isGroupRoot(spec, sectionKey, groupName, entry)) {
        continue;
      }
      G group = blank.get();
      group = collect(group, entry, members);
      found.add(group);
    }
    return Collections.unmodifiableList(found);
  }

  private static <G extends TypedGroup<G>> G collect(G group, Entry entry, Set<String> members) {
    G g = group;
    if (entry.dataElement().isPresent() && entry.value().isPresent() && members.contains(entry.dataElement().get())) {
      g = g.with(entry.dataElement().get(), entry.value().get());
    }
    for (Entry component : entry.components()) {
      g = collect(g, component, members);
    }
    return g;
  }

  /** All values of {@code dataElement} in {@code sectionKey} that are of {@code type}. */
  protected final <T extends Hl7Value> List<T> valueList(String sectionKey, String dataElement, Class<T> type) {
    List<T> found = new ArrayList<>();
    for (Hl7Value value : values(sectionKey, dataElement)) {
      if (type.isInstance(value)) {
        found.add(type.cast(value));
      }
    }
    return Collections.unmodifiableList(found);
  }

  /** The first ST value as a string. */
  protected final Optional<String> text(String sectionKey, String dataElement) {
    return value(sectionKey, dataElement, Text.class).map(Text::value);
  }

  /** The first INT value. */
  protected final Optional<Long> integer(String sectionKey, String dataElement) {
    return value(sectionKey, dataElement, IntegerValue.class).map(IntegerValue::value);
  }

  /** The first BL value. */
  protected final Optional<Boolean> bool(String sectionKey, String dataElement) {
    return value(sectionKey, dataElement, BooleanValue.class).map(BooleanValue::value);
  }

  @Override
  public final boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && document.equals(((TypedDocument) o).document);
  }

  @Override
  public final int hashCode() {
    return document.hashCode();
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + spec.code() + ", " + document.sections().size() + " sections]";
  }

  /**
   * The builder the generated builders extend: header setters, the placement of each single value in its
   * section, and of each group ({@link TypedGroup}) as one unit, in spec order and in the shape the document
   * layout gives.
   *
   * <p>Thread safety: not thread-safe.
   *
   * @param <T> the typed document built
   * @param <B> the concrete builder, returned by every setter
   * @since 0.1.0
   */
  public abstract static class Builder<T extends TypedDocument, B extends Builder<T, B>> {
    private final DocumentSpec spec;
    private final DocumentLayout layout;
    private final ClinicalDocument.Builder header;
    private final Map<EntrySpec, List<Hl7Value>> values = new IdentityHashMap<>(); // equal entries may sit in two sections
    private final List<TypedGroup<?>> groups = new ArrayList<>();
    private InstanceIdentifier id;
    private PointInTime time;
    private Patient patient;
    private int authors;
    private Organization custodian;

    /** Starts a document of {@code spec}, with its templateId, code and title set. */
    protected Builder(DocumentSpec spec) {
      this.spec = Objects.requireNonNull(spec, "spec");
      this.layout = Layouts.of(spec);
      this.header = ClinicalDocument.builder().templateId(spec.templateId()).code(spec.code()).title(spec.titleZh());
    }

    /** This builder, typed. */
    @SuppressWarnings("unchecked")
    protected final B self() {
      return (B) this;
    }

    /** Wraps the assembled document in the typed class. */
    protected abstract T create(ClinicalDocument document);

    /** The document's serial number (root 2.16.156.10011.1.1, {@link DocumentSpec#DOCUMENT_ID_ROOT}). */
    public final B documentId(String serialNumber) {
      id = InstanceIdentifier.of(DocumentSpec.DOCUMENT_ID_ROOT, serialNumber);
      header.id(id);
      return self();
    }

    /** When the document was made (second precision). */
    public final B effectiveTime(LocalDateTime time) {
      this.time = PointInTime.of(time);
      header.effectiveTime(this.time);
      return self();
    }

    /** The patient ({@code recordTarget}). */
    public final B patient(Patient patient) {
      this.patient = patient;
      header.patient(patient);
      return self();
    }

    /** Appends an author. */
    public final B addAuthor(Participant author) {
      header.addAuthor(author);
      authors++;
      return self();
    }

    /** The custodian organization. */
    public final B custodian(Organization custodian) {
      this.custodian = custodian;
      header.custodian(custodian);
      return self();
    }

    /** The legal authenticator. */
    public final B legalAuthenticator(Participant signer) {
      header.legalAuthenticator(signer);
      return self();
    }

    /** Appends an authenticator (a signer by role). */
    public final B addAuthenticator(Participant signer) {
      header.addAuthenticator(signer);
      return self();
    }

    /** Appends an informant. */
    public final B addInformant(Participant informant) {
      header.addInformant(informant);
      return self();
    }

    /** Appends a participant such as a contact person. */
    public final B addParticipant(Participant participant) {
      header.addParticipant(participant);
      return self();
    }

    /** The encounter. */
    public final B encounter(Encounter encounter) {
      header.encounter(encounter);
      return self();
    }

    /** Sets the one value of the single (ungrouped) {@code dataElement} in {@code sectionKey}, replacing any before. */
    protected final B set(String sectionKey, String dataElement, Hl7Value value) {
      List<Hl7Value> list = single(sectionKey, dataElement);
      list.clear();
      list.add(Objects.requireNonNull(value, "value"));
      return self();
    }

    /** Appends a value of the repeating single (ungrouped) {@code dataElement} in {@code sectionKey}. */
    protected final B add(String sectionKey, String dataElement, Hl7Value value) {
      single(sectionKey, dataElement).add(Objects.requireNonNull(value, "value"));
      return self();
    }

    /** Appends a group: all its values are written as one unit (one diagnosis, one drug, one organizer). */
    protected final B addGroup(TypedGroup<?> group) {
      Layouts.group(spec, group.sectionKey(), group.groupName());
      if (!group.values().isEmpty()) {
        groups.add(group);
      }
      return self();
    }

    /** Sets the one group of its kind (a group that occurs once), replacing any added before. */
    protected final B setGroup(TypedGroup<?> group) {
      Layouts.group(spec, group.sectionKey(), group.groupName());
      groups.removeIf(g -> g.sectionKey().equals(group.sectionKey()) && g.groupName().equals(group.groupName()));
      return addGroup(group);
    }

    /** A PQ in the spec's unit for the entry, or unit-less when the spec gives none. */
    protected final PhysicalQuantity quantity(String sectionKey, String dataElement, BigDecimal value) {
      Objects.requireNonNull(value, "value");
      Optional<String> unit = entrySpec(sectionKey, dataElement).unit();
      return unit.isPresent() ? PhysicalQuantity.of(value, unit.get()) : PhysicalQuantity.unitless(value);
    }

    private List<Hl7Value> single(String sectionKey, String dataElement) {
      EntrySpec entry = entrySpec(sectionKey, dataElement);
      Optional<Datum> datum = layout.slot(sectionKey, dataElement, entry.position());
      if (datum.isPresent() && datum.get().group().isPresent()) {
        throw new IllegalArgumentException(spec.code() + ": " + dataElement + " in section " + sectionKey
            + " belongs to the group " + datum.get().group().get() + "; add it with its group");
      }
      return values.computeIfAbsent(entry, k -> new ArrayList<>());
    }

    private EntrySpec entrySpec(String sectionKey, String dataElement) {
      return spec.section(sectionKey).flatMap(s -> s.entry(dataElement)).orElseThrow(() ->
          new IllegalArgumentException(spec.code() + " has no entry " + dataElement + " in section " + sectionKey));
    }

    /**
     * Assembles the document: sections and entries in spec order, each single value in its entry shape, each
     * group as one unit where its first member sits in the spec.
     *
     * @throws ValidationException {@code DOC-0002} naming every part the document lacks that CDA R2
     *     (POCD_MT000040: id, effectiveTime, recordTarget) or the spec with HIGH confidence requires (author
     *     1..*, custodian 1..1), all in one message
     */
    public final T build() {
      List<String> missing = missing();
      if (!missing.isEmpty()) {
        throw new ValidationException("DOC-0002", "/ClinicalDocument: a " + spec.code() + " needs "
            + String.join(", ", missing) + " (CDA R2 POCD_MT000040 and the document spec, HIGH)");
      }
      header.sections(Collections.<Section>emptyList());
      for (SectionSpec sectionSpec : spec.sections()) {
        Section.Builder section = Section.builder().code(sectionSpec.code().orElse(null))
            .displayName(sectionSpec.displayName());
        boolean any = false;
        Set<String> placed = new HashSet<>();
        for (EntrySpec entrySpec : sectionSpec.entries()) {
          Optional<String> group = layout.slot(sectionSpec.key(), entrySpec.dataElement(), entrySpec.position())
              .flatMap(Datum::group);
          if (group.isPresent()) {
            if (placed.add(group.get())) {
              DatumGroup layoutGroup = Layouts.group(spec, sectionSpec.key(), group.get());
              for (TypedGroup<?> g : groups) {
                if (g.sectionKey().equals(sectionSpec.key()) && g.groupName().equals(group.get())) {
                  section.addEntry(Layouts.assemble(sectionSpec, layoutGroup, g));
                  any = true;
                }
              }
            }
            continue;
          }
          for (Hl7Value value : values.getOrDefault(entrySpec, Collections.<Hl7Value>emptyList())) {
            section.addEntry(Entry.builder().dataElement(entrySpec.dataElement()).displayName(entrySpec.nameZh())
                .value(value).build());
            any = true;
          }
        }
        if (any) {
          header.addSection(section.build());
        }
      }
      return create(header.build());
    }

    /** What the document lacks of what is required with HIGH confidence, by CDA path. */
    private List<String> missing() {
      List<String> missing = new ArrayList<>();
      if (id == null) {
        missing.add("id (documentId)");
      }
      if (time == null) {
        missing.add("effectiveTime");
      }
      if (patient == null) {
        missing.add("recordTarget (patient)");
      }
      if (authors < required(HeaderElement.AUTHOR)) {
        missing.add("author (addAuthor, 1..*)");
      }
      if (custodian == null && required(HeaderElement.CUSTODIAN) > 0) {
        missing.add("custodian (1..1)");
      }
      return missing;
    }

    /** The least number of {@code element} the spec requires with HIGH confidence. */
    private int required(HeaderElement element) {
      int min = 0;
      for (HeaderElementSpec h : spec.header(element)) {
        if (h.confidence() == Confidence.HIGH) {
          min += h.cardinality().min();
        }
      }
      return min;
    }
  }
}
