package io.hdx.model.document;

import io.hdx.model.ValidationException;
import io.hdx.model.datatype.BooleanValue;
import io.hdx.model.datatype.Hl7Value;
import io.hdx.model.datatype.InstanceIdentifier;
import io.hdx.model.datatype.IntegerValue;
import io.hdx.model.datatype.PhysicalQuantity;
import io.hdx.model.datatype.PointInTime;
import io.hdx.model.datatype.Text;
import io.hdx.model.spec.DocumentSpec;
import io.hdx.model.spec.EntryShape;
import io.hdx.model.spec.EntrySpec;
import io.hdx.model.spec.SectionSpec;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The base of the typed document classes generated from the specs ({@code OutpatientRecord},
 * {@code AdmissionRecord}, ...): a typed view over a {@link ClinicalDocument} of one spec. The
 * generated subclasses add one getter and one builder method per entry of the spec, named after
 * the data element, so that a vendor writes
 * {@code OutpatientRecord.builder().patient(p).chiefComplaint("...").build()} and the builder puts
 * each value in its section, in the spec's order and entry shape. The data elements of a drug or an
 * operation are repeating ({@code addX}): the n-th value of each goes into the n-th drug or operation
 * of the section (e.g. {@code addDrugName("A").addDrugName("B").addDoseQuantity(a).addDoseQuantity(b)}
 * gives two drugs), in the slot or nested observation its spec names ({@link io.hdx.model.spec.ValuePosition}).
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
   * The builder the generated builders extend: header setters, and the placement of each
   * data element's value in its section according to the spec.
   *
   * <p>Thread safety: not thread-safe.
   *
   * @param <T> the typed document built
   * @param <B> the concrete builder, returned by every setter
   * @since 0.1.0
   */
  public abstract static class Builder<T extends TypedDocument, B extends Builder<T, B>> {
    private static final String ACT_KEY = "act:";
    private final DocumentSpec spec;
    private final ClinicalDocument.Builder header;
    private final Map<String, Map<String, List<Hl7Value>>> values = new LinkedHashMap<>();

    /** Starts a document of {@code spec}, with its templateId, code and title set. */
    protected Builder(DocumentSpec spec) {
      this.spec = Objects.requireNonNull(spec, "spec");
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
      header.id(InstanceIdentifier.of(DocumentSpec.DOCUMENT_ID_ROOT, serialNumber));
      return self();
    }

    /** When the document was made (second precision). */
    public final B effectiveTime(LocalDateTime time) {
      header.effectiveTime(PointInTime.of(time));
      return self();
    }

    /** The patient ({@code recordTarget}). */
    public final B patient(Patient patient) {
      header.patient(patient);
      return self();
    }

    /** Appends an author. */
    public final B addAuthor(Participant author) {
      header.addAuthor(author);
      return self();
    }

    /** The custodian organization. */
    public final B custodian(Organization custodian) {
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

    /** Sets the one value of {@code dataElement} in {@code sectionKey}, replacing any before. */
    protected final B set(String sectionKey, String dataElement, Hl7Value value) {
      List<Hl7Value> list = slot(sectionKey, dataElement);
      list.clear();
      list.add(Objects.requireNonNull(value, "value"));
      return self();
    }

    /** Appends a value of the repeating {@code dataElement} in {@code sectionKey}. */
    protected final B add(String sectionKey, String dataElement, Hl7Value value) {
      slot(sectionKey, dataElement).add(Objects.requireNonNull(value, "value"));
      return self();
    }

    /** A PQ in the spec's unit for the entry, or unit-less when the spec gives none. */
    protected final PhysicalQuantity quantity(String sectionKey, String dataElement, BigDecimal value) {
      Objects.requireNonNull(value, "value");
      Optional<String> unit = entrySpec(sectionKey, dataElement).unit();
      return unit.isPresent() ? PhysicalQuantity.of(value, unit.get()) : PhysicalQuantity.unitless(value);
    }

    private List<Hl7Value> slot(String sectionKey, String dataElement) {
      entrySpec(sectionKey, dataElement);
      return values.computeIfAbsent(sectionKey, k -> new LinkedHashMap<>())
          .computeIfAbsent(dataElement, k -> new ArrayList<>());
    }

    private EntrySpec entrySpec(String sectionKey, String dataElement) {
      return spec.section(sectionKey).flatMap(s -> s.entry(dataElement)).orElseThrow(() ->
          new IllegalArgumentException(spec.code() + " has no entry " + dataElement + " in section " + sectionKey));
    }

    /** Assembles the document: sections and entries in spec order, each entry in its shape. */
    public final T build() {
      header.sections(Collections.<Section>emptyList());
      for (SectionSpec sectionSpec : spec.sections()) {
        Map<String, List<Hl7Value>> sectionValues = values.get(sectionSpec.key());
        if (sectionValues == null) {
          continue;
        }
        header.addSection(assemble(sectionSpec, sectionValues));
      }
      return create(header.build());
    }

    private static Section assemble(SectionSpec sectionSpec, Map<String, List<Hl7Value>> sectionValues) {
      Section.Builder section = Section.builder().code(sectionSpec.code().orElse(null))
          .displayName(sectionSpec.displayName());
      Map<String, Entry.Builder> topLevel = new LinkedHashMap<>();
      Map<EntryShape, List<Entry.Builder>> acts = new EnumMap<>(EntryShape.class);
      Entry.Builder organizer = null;
      Map<String, Entry.Builder> organizerMembers = new LinkedHashMap<>();
      List<EntrySpec> nested = new ArrayList<>();
      for (EntrySpec entrySpec : sectionSpec.entries()) {
        List<Hl7Value> list = sectionValues.getOrDefault(entrySpec.dataElement(), Collections.<Hl7Value>emptyList());
        if (entrySpec.shape() == EntryShape.ENTRY_RELATIONSHIP && entrySpec.parent().isPresent()) {
          nested.add(entrySpec);
          continue;
        }
        if (entrySpec.shape().isAct() && !list.isEmpty()) {
          addToActs(entrySpec, list, acts, topLevel);
          continue;
        }
        for (Hl7Value value : list) {
          Entry.Builder entry = entry(entrySpec, value);
          if (entrySpec.shape() == EntryShape.ORGANIZER_COMPONENT) {
            if (organizer == null) {
              organizer = Entry.builder().shape(EntryShape.ORGANIZER_COMPONENT);
              topLevel.put("organizer", organizer);
            }
            organizerMembers.put(entrySpec.dataElement() + "#" + organizerMembers.size(), entry);
          } else {
            topLevel.put(entrySpec.dataElement() + "#" + topLevel.size(), entry);
          }
        }
      }
      for (EntrySpec entrySpec : nested) {
        // the parent is a top-level entry or an organizer member (a fee item's sub-amount, C0032/C0033)
        Entry.Builder parent = member(topLevel, entrySpec.parent().get());
        if (parent == null) {
          parent = member(organizerMembers, entrySpec.parent().get());
        }
        for (Hl7Value value : sectionValues.getOrDefault(entrySpec.dataElement(), Collections.<Hl7Value>emptyList())) {
          Entry child = entry(entrySpec, value).shape(EntryShape.ENTRY_RELATIONSHIP).build();
          if (parent != null) {
            parent.addComponent(child);
          } else {
            topLevel.put(entrySpec.dataElement() + "#" + topLevel.size(), child.toBuilder().shape(EntryShape.OBSERVATION));
          }
        }
      }
      for (Entry.Builder member : organizerMembers.values()) {
        organizer.addComponent(member.build());
      }
      for (Map.Entry<String, Entry.Builder> entry : topLevel.entrySet()) {
        if (entry.getValue() != null) {
          section.addEntry(entry.getValue().build());
        } else {
          for (Entry.Builder act : acts.get(EntryShape.valueOf(entry.getKey().substring(ACT_KEY.length())))) {
            section.addEntry(act.build());
          }
        }
      }
      return section.build();
    }

    /** The first entry of {@code dataElement} among {@code entries} (keyed {@code code#n}), or null. */
    private static Entry.Builder member(Map<String, Entry.Builder> entries, String dataElement) {
      for (Map.Entry<String, Entry.Builder> e : entries.entrySet()) {
        if (e.getKey().startsWith(dataElement + "#")) {
          return e.getValue();
        }
      }
      return null;
    }

    /**
     * Puts the values of a data element that is a member of a drug, operation or other act into the acts
     * of that shape: the n-th value into the n-th act (one act per drug or operation), in the slot or
     * nested observation its spec names. The acts take the place of their first member in the section.
     */
    private static void addToActs(EntrySpec spec, List<Hl7Value> values, Map<EntryShape, List<Entry.Builder>> acts,
        Map<String, Entry.Builder> topLevel) {
      List<Entry.Builder> list = acts.computeIfAbsent(spec.shape(), s -> new ArrayList<>());
      topLevel.putIfAbsent(ACT_KEY + spec.shape().name(), null);
      for (int i = 0; i < values.size(); i++) {
        if (list.size() == i) {
          list.add(Entry.builder().shape(spec.shape()));
        }
        Entry.Builder member = Entry.builder().dataElement(spec.dataElement()).shape(EntryShape.ENTRY_RELATIONSHIP)
            .position(spec.position()).value(values.get(i));
        list.get(i).addComponent(member.displayName(spec.position().isSlot() ? null : spec.nameZh()).build());
      }
    }

    private static Entry.Builder entry(EntrySpec spec, Hl7Value value) {
      EntryShape shape = spec.shape() == EntryShape.ORGANIZER_COMPONENT ? EntryShape.OBSERVATION : spec.shape();
      return Entry.builder().dataElement(spec.dataElement()).displayName(spec.nameZh()).shape(shape).value(value);
    }
  }
}
