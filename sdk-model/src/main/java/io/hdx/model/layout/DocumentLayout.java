package io.hdx.model.layout;

import io.hdx.model.datatype.CodedValue;
import io.hdx.model.datatype.Hl7Type;
import io.hdx.model.datatype.Hl7Value;
import io.hdx.model.datatype.InstanceIdentifier;
import io.hdx.model.datatype.IntegerValue;
import io.hdx.model.datatype.NullValue;
import io.hdx.model.datatype.Text;
import io.hdx.model.document.ClinicalDocument;
import io.hdx.model.document.Entry;
import io.hdx.model.document.Participation;
import io.hdx.model.document.Section;
import io.hdx.model.internal.TsvResource;
import io.hdx.model.spec.Cardinality;
import io.hdx.model.spec.DocumentSpec;
import io.hdx.model.spec.DocumentSpecRegistry;
import io.hdx.model.spec.EntryShape;
import io.hdx.model.spec.EntrySpec;
import io.hdx.model.spec.HeaderElement;
import io.hdx.model.spec.HeaderElementSpec;
import io.hdx.model.spec.SectionSpec;
import io.hdx.model.spec.ValuePosition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The layout of one kind of document: every datum it can hold, header fields and body slots, each with its CDA
 * path, JSON name, data element, HL7 type, cardinality, group and personal-data category
 * ({@link PersonalDataCategory}). It is spec data ({@code io/hdx/model/spec/layout-header.tsv},
 * {@code layout-body.tsv}, {@code layout-categories.tsv}, made by {@code sdk-model/src/build/import_layout.py}
 * from the document specs and {@code facts/personal-data-categories.tsv}); header cardinalities follow the
 * spec's header requirements.
 *
 * <p>{@link #walk} yields every value of a document once, with its datum: header values, each section's
 * narrative, entry times and entry values, nested ones included. A body value whose data element this layout
 * does not list (a vendor's extra) is yielded with a datum made for it, its category by its data element
 * ({@code layout-categories.tsv}), dates of care (TS, IVL_TS) as {@link PersonalDataCategory#QUASI}.
 *
 * <p>Thread safety: immutable; share one instance per spec.
 *
 * <pre>{@code
 * DocumentLayout layout = DocumentLayout.of(DocumentSpecRegistry.standard().byCode("C0034").get());
 * for (LayoutValue v : layout.walk(doc)) {
 *   if (v.category() == PersonalDataCategory.DIRECT) { ... }
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class DocumentLayout {
  private static final String BASE = "/io/hdx/model/spec/";
  private static final String SECTIONS = "/ClinicalDocument/component/structuredBody/component/section";

  private final DocumentSpec spec;
  private final List<Datum> header;
  private final List<Datum> body;
  private final List<Datum> all;
  private final List<DatumGroup> groups;
  private final Map<String, Datum> bySlot;
  private final Map<String, Map<String, Datum>> sectionParts;
  private final Map<String, String> codeSystems;
  /** Per section key, the names of its groups. */
  private final Map<String, Set<String>> groupHeads;

  private DocumentLayout(DocumentSpec spec) {
    this.spec = spec;
    Data data = Holder.DATA;
    List<Datum> headerData = new ArrayList<>();
    for (HeaderRow row : data.header) {
      headerData.add(new Datum(Datum.Kind.HEADER, row.field, null, row.xpath, row.json, row.de, row.type,
          cardinality(spec, row), row.category, null, ValuePosition.OBSERVATION, row.codeSystem));
    }
    this.header = Collections.unmodifiableList(headerData);
    List<Datum> bodyData = new ArrayList<>();
    Map<String, Datum> slots = new HashMap<>();
    Map<String, Map<String, Datum>> parts = new LinkedHashMap<>();
    Map<String, List<Datum>> grouped = new LinkedHashMap<>();
    Map<String, Map<String, Integer>> maxOccurs = new HashMap<>();
    Map<String, BodyRow> rows = data.body.getOrDefault(spec.code(), Collections.<String, BodyRow>emptyMap());
    for (SectionSpec section : spec.sections()) {
      Map<String, Datum> sectionData = sectionParts(section.key(), sectionXPath(section), data);
      parts.put(section.key(), sectionData);
      bodyData.addAll(sectionData.values());
      for (EntrySpec entry : section.entries()) {
        BodyRow row = rows.get(slotKey(section.key(), entry.dataElement(), entry.position()));
        Datum datum = row != null
            ? new Datum(Datum.Kind.BODY, entry.dataElement(), section.key(), row.xpath, row.json, entry.dataElement(),
                entry.valueType().name(), entry.cardinality(), row.category, row.group, entry.position(),
                row.codeSystem)
            : unlisted(section.key(), sectionXPath(section), entry.dataElement(), entry.position(),
                entry.valueType(), entry.cardinality(), data);
        bodyData.add(datum);
        slots.put(slotKey(section.key(), entry.dataElement(), entry.position()), datum);
        if (datum.group().isPresent()) {
          grouped.computeIfAbsent(section.key() + '\u0000' + datum.group().get(), k -> new ArrayList<>()).add(datum);
        }
        Map<String, Integer> memberOf = row != null ? row.memberOf : datum.group().isPresent()
            ? Collections.singletonMap(datum.group().get(), 1) : Collections.<String, Integer>emptyMap();
        for (Map.Entry<String, Integer> m : memberOf.entrySet()) {
          maxOccurs.computeIfAbsent(section.key() + '\u0000' + m.getKey(), k -> new HashMap<>())
              .merge(entry.dataElement(), m.getValue(), Math::max);
        }
      }
    }
    this.body = Collections.unmodifiableList(bodyData);
    List<Datum> everything = new ArrayList<>(headerData);
    everything.addAll(bodyData);
    this.all = Collections.unmodifiableList(everything);
    List<DatumGroup> groupList = new ArrayList<>();
    for (Map.Entry<String, List<Datum>> g : grouped.entrySet()) {
      String[] key = g.getKey().split("\u0000", 2);
      groupList.add(new DatumGroup(key[0], key[1], g.getValue(),
          maxOccurs.getOrDefault(g.getKey(), Collections.<String, Integer>emptyMap())));
    }
    this.groups = Collections.unmodifiableList(groupList);
    Map<String, Set<String>> heads = new HashMap<>();
    for (DatumGroup g : groupList) {
      heads.computeIfAbsent(g.sectionKey(), k -> new HashSet<>()).add(g.name());
    }
    this.groupHeads = heads;
    this.bySlot = slots;
    this.sectionParts = parts;
    Map<String, String> systems = new HashMap<>();
    for (Datum d : bodyData) {
      if (d.codeSystem().isPresent()) {
        systems.putIfAbsent(d.name(), d.codeSystem().get());
      }
    }
    this.codeSystems = systems;
  }

  /**
   * The layout of documents of {@code spec}. A spec of the standard registry gets its data from the layout
   * resources; a body slot they do not list (a vendor's own spec) gets a path by its shape-free form and its
   * category by its data element.
   */
  public static DocumentLayout of(DocumentSpec spec) {
    DocumentLayout shared = Standard.LAYOUTS.get(Objects.requireNonNull(spec, "spec").code());
    return shared != null && shared.spec == spec ? shared : new DocumentLayout(spec);
  }

  /**
   * The layout of the standard registry's spec of {@code documentCode} (WS/T 500 / WS/T 483), built once and
   * shared; empty for a code the registry does not know.
   */
  public static Optional<DocumentLayout> standard(String documentCode) {
    return Optional.ofNullable(Standard.LAYOUTS.get(Objects.requireNonNull(documentCode, "documentCode")));
  }

  /**
   * The CDA path of header element {@code element} as a whole ({@code /ClinicalDocument/recordTarget/patientRole/addr}),
   * where a requirement of the spec on it is counted and reported (WS/T 500-2016 header, standard's examples).
   */
  public static String xpathOf(HeaderElement element) {
    return Forms.FORMS.elements.get(Objects.requireNonNull(element, "element"))[1];
  }

  /**
   * How many times {@code document} holds header element {@code element} (the model nodes its field reaches: the
   * patient's address, each author's organization ...); empty for an element the model does not hold
   * (e.g. {@code dataEnterer}), which a reader keeps in the source only.
   */
  public static OptionalInt occurrences(ClinicalDocument document, HeaderElement element) {
    Objects.requireNonNull(document, "document");
    String field = Forms.FORMS.elements.get(Objects.requireNonNull(element, "element"))[0];
    return field == null ? OptionalInt.empty() : OptionalInt.of(HeaderPaths.count(document, field));
  }

  /**
   * The code system WS/T 500 fixes for coded header field {@code field} ({@code patient.gender}: GB/T 2261.1
   * 2.16.156.10011.2.3.3.4, {@code document.confidentiality}: HL7 Confidentiality ...; spec data after
   * the WS/T 500-2016 header); empty for a field without a fixed system. IAE for a field the layout does not have.
   */
  public static Optional<String> headerCodeSystem(String field) {
    Objects.requireNonNull(field, "field");
    for (HeaderRow row : Holder.DATA.header) {
      if (row.field.equals(field)) {
        return Optional.ofNullable(row.codeSystem);
      }
    }
    throw new IllegalArgumentException("no header field " + field);
  }

  /** How an entry of {@code shape} is written: its element, classCode, moodCode and how it nests. */
  public static ActForm actForm(EntryShape shape) {
    return Forms.FORMS.acts.get(Objects.requireNonNull(shape, "shape"));
  }

  /**
   * The form of clinical-statement element {@code element} ({@code observation}, {@code organizer} ...); an
   * observation nested in an {@code entryRelationship} ({@code nested}) is {@link EntryShape#ENTRY_RELATIONSHIP}.
   * Empty for an element that is no clinical statement.
   */
  public static Optional<ActForm> actFormOf(String element, boolean nested) {
    ActForm form = Forms.FORMS.actsByElement.get(element);
    if (form != null && nested && form.shape() == EntryShape.OBSERVATION) {
      form = Forms.FORMS.acts.get(EntryShape.ENTRY_RELATIONSHIP);
    }
    return Optional.ofNullable(form);
  }

  /** Where slot {@code position} of an act is written, its type and its usual data element. */
  public static SlotForm slotForm(ValuePosition position) {
    SlotForm form = Forms.FORMS.slots.get(Objects.requireNonNull(position, "position"));
    if (form == null) {
      throw new IllegalArgumentException(position + " is not a slot");
    }
    return form;
  }

  /**
   * The slot of an act of {@code shape} whose path starts with element {@code element} (a child of the act's
   * element, e.g. {@code routeCode}, {@code consumable}); empty when no slot of that act starts there.
   */
  public static Optional<SlotForm> slotFormAt(String element, EntryShape shape) {
    for (SlotForm form : Forms.FORMS.slots.values()) {
      if (form.path().get(0).equals(element) && form.allowedIn(shape)) {
        return Optional.of(form);
      }
    }
    return Optional.empty();
  }

  /**
   * The data element slot {@code slot} of an act of {@code shape} in section {@code sectionKey} holds: the one the
   * spec puts there, else the one the samples carry there ({@link SlotForm#dataElement}), given the code system of
   * the slot's value ({@code codeSystem}, may be null); empty when neither names one.
   */
  public Optional<String> slotDataElement(String sectionKey, EntryShape shape, ValuePosition slot,
      String codeSystem) {
    Optional<SectionSpec> section = sectionKey == null ? Optional.<SectionSpec>empty() : spec.section(sectionKey);
    if (section.isPresent()) {
      for (EntrySpec entry : section.get().entries()) {
        if (entry.shape() == shape && entry.position() == slot) {
          return Optional.of(entry.dataElement());
        }
      }
    }
    return slotForm(slot).dataElement(shape, codeSystem);
  }

  /**
   * The code system the code of data element {@code dataElement} is written in, in this kind of document
   * ({@link Datum#codeSystem()}); empty for a data element the layout does not list.
   */
  public Optional<String> codeSystemOf(String dataElement) {
    return Optional.ofNullable(codeSystems.get(dataElement));
  }

  /** The spec this layout lays out. */
  public DocumentSpec spec() {
    return spec;
  }

  /** Every datum: the header fields, then for each section its parts and its body slots. */
  public List<Datum> data() {
    return all;
  }

  /** The header fields. */
  public List<Datum> header() {
    return header;
  }

  /** The body: for each section its parts (narrative, entry times) and its body slots, in spec order. */
  public List<Datum> body() {
    return body;
  }

  /** The groups of the body, in spec order. */
  public List<DatumGroup> groups() {
    return groups;
  }

  /**
   * The name of the group whose one instance the top-level entry {@code entry} of section {@code sectionKey} is the
   * root of, or empty: an organizer without a data element of its own ({@link DatumGroup#ORGANIZER}: its components
   * belong together, e.g. blood pressure or a fee group), a non-observation act (the shape's name: a drug's route,
   * dose and name belong to it) and an entry whose data element heads a group of this layout in that section
   * (a diagnosis's name with its code and rank nested in it). The one rule by which the typed builders read groups
   * back and the validator counts group members per group.
   */
  public Optional<String> groupRootedBy(String sectionKey, Entry entry) {
    Objects.requireNonNull(entry, "entry");
    if (entry.shape() == EntryShape.ORGANIZER_COMPONENT && !entry.dataElement().isPresent()) {
      return Optional.of(DatumGroup.ORGANIZER);
    }
    if (entry.shape().isAct()) {
      return Optional.of(entry.shape().name());
    }
    if (!entry.dataElement().isPresent()) {
      return Optional.empty();
    }
    String de = entry.dataElement().get();
    return groupHeads.getOrDefault(sectionKey, Collections.<String>emptySet()).contains(de) ? Optional.of(de)
        : Optional.<String>empty();
  }

  /** The body slot of {@code dataElement} at {@code position} in section {@code sectionKey}. */
  public Optional<Datum> slot(String sectionKey, String dataElement, ValuePosition position) {
    return Optional.ofNullable(bySlot.get(slotKey(sectionKey, dataElement, position)));
  }

  /** Every value of {@code document}, each once, with its datum, in document order (header first). */
  public List<LayoutValue> walk(ClinicalDocument document) {
    List<LayoutValue> values = new ArrayList<>();
    walk(document, values::add);
    return values;
  }

  /** Gives every value of {@code document} to {@code sink}, each once, in document order. */
  public void walk(ClinicalDocument document, Consumer<LayoutValue> sink) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(sink, "sink");
    for (Datum datum : header) {
      HeaderPaths.resolve(document, datum, sink);
    }
    List<Section> sections = document.sections();
    for (int i = 0; i < sections.size(); i++) {
      Section section = sections.get(i);
      String at = "/sections/" + i;
      Map<String, Datum> parts = sectionParts.get(section.key());
      if (parts == null) {
        parts = sectionParts(section.key(), SECTIONS + "[code/@code='" + section.key() + "']", Holder.DATA);
      }
      if (section.text().isPresent()) {
        sink.accept(new LayoutValue(parts.get("section.text"), at + "/text", Text.of(section.text().get())));
      }
      List<Entry> entries = section.entries();
      for (int j = 0; j < entries.size(); j++) {
        entry(section.key(), parts, entries.get(j), at + "/entries/" + j, sink);
      }
    }
  }

  private void entry(String sectionKey, Map<String, Datum> parts, Entry entry, String at, Consumer<LayoutValue> sink) {
    if (entry.time().isPresent() && !(entry.time().get() instanceof NullValue)) {
      sink.accept(new LayoutValue(parts.get("section.entry.effectiveTime"), at + "/effectiveTime",
          entry.time().get()));
    }
    List<Participation> people = entry.participations();
    for (int k = 0; k < people.size(); k++) {
      Participation p = people.get(k);
      String prefix = "section.entry." + p.function().name().toLowerCase(Locale.ROOT) + ".";
      String person = at + "/participations/" + k + "/person";
      for (Map.Entry<String, Datum> part : parts.entrySet()) {
        if (part.getKey().startsWith(prefix)) {
          Datum datum = part.getValue();
          // section.entry.author.organization.name: the path below the person starts at its fourth step
          HeaderPaths.reach(HeaderObject.PERSON, p.person(), person, datum.name().split("\\."), 3,
              (pointer, node) -> HeaderPaths.emit(datum, pointer, node, sink));
        }
      }
    }
    if (entry.qualifier().isPresent()) {
      sink.accept(new LayoutValue(parts.get("section.entry.qualifier"), at + "/qualifier",
          Text.of(entry.qualifier().get())));
    }
    if (entry.value().isPresent()) {
      Hl7Value value = entry.value().get();
      String de = entry.dataElement().orElse("-");
      Datum datum = bySlot.get(slotKey(sectionKey, de, entry.position()));
      if (datum == null) {
        datum = unlisted(sectionKey, SECTIONS + "[code/@code='" + sectionKey + "']", de, entry.position(),
            value.type(), Cardinality.ANY, Holder.DATA);
      }
      sink.accept(new LayoutValue(datum, at + "/value", value));
    }
    List<Entry> components = entry.components();
    for (int k = 0; k < components.size(); k++) {
      entry(sectionKey, parts, components.get(k), at + "/components/" + k, sink);
    }
  }

  private static Map<String, Datum> sectionParts(String key, String sectionXPath, Data data) {
    Map<String, Datum> parts = new LinkedHashMap<>();
    for (HeaderRow row : data.sectionParts) {
      parts.put(row.field, new Datum(Datum.Kind.SECTION, row.field, key,
          row.xpath.replace("{section}", sectionXPath), row.json.replace("{section}", "/sections[" + key + "]"),
          null, row.type, Cardinality.parse(row.cardinality), row.category, null, ValuePosition.OBSERVATION));
    }
    return parts;
  }

  private static Datum unlisted(String sectionKey, String sectionXPath, String de, ValuePosition position,
      Hl7Type type, Cardinality cardinality, Data data) {
    PersonalDataCategory category = data.categories.get(de);
    if (category == null) {
      category = type == Hl7Type.TS || type == Hl7Type.IVL_TS ? PersonalDataCategory.QUASI : data.fallback;
    }
    String where = position.isSlot() ? "//" + position.element() : "//observation[code/@code='" + de + "']/value";
    return new Datum(Datum.Kind.BODY, de, sectionKey, sectionXPath + "/entry" + where,
        "/sections[" + sectionKey + "]//entries[de=" + de + "]" + (position.isSlot() ? "/" + position : "/value"),
        "-".equals(de) ? null : de, type.name(), cardinality, category, null, position);
  }

  private static String sectionXPath(SectionSpec section) {
    return section.code().isPresent() ? SECTIONS + "[code/@code='" + section.code().get() + "']"
        : SECTIONS + "[code/@displayName='" + section.displayName() + "']";
  }

  private static String slotKey(String sectionKey, String dataElement, ValuePosition position) {
    return sectionKey + '\u0000' + dataElement + '\u0000' + position.name();
  }

  /** The row's cardinality, bounded by the spec's requirements of its header element (summed over roles). */
  private static Cardinality cardinality(DocumentSpec spec, HeaderRow row) {
    Cardinality own = Cardinality.parse(row.cardinality);
    if (row.element == null) {
      return own;
    }
    List<HeaderElementSpec> specs = spec.header(row.element);
    if (specs.isEmpty()) {
      return own;
    }
    long min = 0;
    long max = 0;
    for (HeaderElementSpec s : specs) {
      min += s.cardinality().min();
      max += s.cardinality().max();
    }
    int summedMax = (int) Math.min(max, Cardinality.UNBOUNDED);
    if (!row.part) {
      return Cardinality.of((int) Math.min(min, Cardinality.UNBOUNDED), summedMax);
    }
    return Cardinality.of(0, own.max() == 1 && summedMax == 1 ? 1 : Cardinality.UNBOUNDED);
  }

  // ---- the data, loaded once

  private static final class HeaderRow {
    final String field;
    final HeaderElement element;
    final boolean part;
    final String xpath;
    final String json;
    final String de;
    final String type;
    final String cardinality;
    final PersonalDataCategory category;
    final String codeSystem;

    HeaderRow(List<String> row) {
      this.field = row.get(0);
      String element = row.get(1);
      this.part = element.startsWith("part:");
      String path = part ? element.substring("part:".length()) : element;
      this.element = "-".equals(path) ? null : HeaderElement.fromPath(path)
          .orElseThrow(() -> new IllegalStateException("layout-header.tsv: unknown header element " + path));
      this.xpath = row.get(2);
      this.json = row.get(3);
      this.de = "-".equals(row.get(4)) ? null : row.get(4);
      this.type = row.get(5);
      this.cardinality = row.get(6);
      this.category = PersonalDataCategory.valueOf(row.get(7));
      this.codeSystem = row.size() > 8 && !"-".equals(row.get(8)) ? row.get(8) : null;
    }
  }

  private static final class BodyRow {
    final String group;
    /** Every group the datum may sit in, with how many times in one instance. */
    final Map<String, Integer> memberOf = new HashMap<>();
    final String xpath;
    final String json;
    final PersonalDataCategory category;
    final String codeSystem;

    BodyRow(List<String> row) {
      this.group = "-".equals(row.get(4)) ? null : row.get(4);
      if (!"-".equals(row.get(5))) {
        for (String pair : row.get(5).split(",")) {
          int eq = pair.indexOf('=');
          memberOf.put(pair.substring(0, eq), Integer.parseInt(pair.substring(eq + 1)));
        }
      }
      this.xpath = row.get(6);
      this.json = row.get(7);
      this.category = PersonalDataCategory.valueOf(row.get(8));
      this.codeSystem = row.get(9);
    }
  }

  private static final class Data {
    final List<HeaderRow> header = new ArrayList<>();
    final List<HeaderRow> sectionParts = new ArrayList<>();
    final Map<String, Map<String, BodyRow>> body = new HashMap<>();
    final Map<String, PersonalDataCategory> categories = new HashMap<>();
    PersonalDataCategory fallback = PersonalDataCategory.SENSITIVE;

    Data() {
      for (List<String> row : TsvResource.read(DocumentLayout.class, BASE + "layout-header.tsv", Arrays.asList(
          "field", "element", "xpath", "json", "de_code", "type", "cardinality", "category", "code_system"))) {
        HeaderRow h = new HeaderRow(row);
        (h.field.startsWith("section.") ? sectionParts : header).add(h);
      }
      for (List<String> row : TsvResource.read(DocumentLayout.class, BASE + "layout-body.tsv", Arrays.asList(
          "doc_code", "section_key", "de_code", "position", "group", "member_of", "xpath", "json", "category",
          "code_system"))) {
        body.computeIfAbsent(row.get(0), k -> new HashMap<>())
            .put(slotKey(row.get(1), row.get(2), ValuePosition.valueOf(row.get(3))), new BodyRow(row));
      }
      for (List<String> row : TsvResource.read(DocumentLayout.class, BASE + "layout-categories.tsv",
          Arrays.asList("de_code", "category"))) {
        PersonalDataCategory category = PersonalDataCategory.valueOf(row.get(1));
        if ("*".equals(row.get(0))) {
          fallback = category;
        } else {
          categories.put(row.get(0), category);
        }
      }
    }
  }

  /** How each entry shape and slot is written (layout-acts.tsv, layout-slots.tsv). */
  private static final class Forms {
    static final Forms FORMS = new Forms();

    final Map<EntryShape, ActForm> acts = new EnumMap<>(EntryShape.class);
    final Map<String, ActForm> actsByElement = new HashMap<>();
    final Map<ValuePosition, SlotForm> slots = new EnumMap<>(ValuePosition.class);
    /** Each header element's model field (null: not in the model) and CDA path. */
    final Map<HeaderElement, String[]> elements = new EnumMap<>(HeaderElement.class);

    private Forms() {
      for (List<String> row : TsvResource.read(DocumentLayout.class, BASE + "layout-header-elements.tsv",
          Arrays.asList("element", "field", "xpath"))) {
        HeaderElement element = HeaderElement.fromPath(row.get(0)).orElseThrow(() ->
            new IllegalStateException("layout-header-elements.tsv: unknown header element " + row.get(0)));
        elements.put(element, new String[] {"-".equals(row.get(1)) ? null : row.get(1), row.get(2)});
      }
      if (elements.size() != HeaderElement.values().length) {
        throw new IllegalStateException("layout-header-elements.tsv: not every header element has a row");
      }
      for (List<String> row : TsvResource.read(DocumentLayout.class, BASE + "layout-acts.tsv", Arrays.asList(
          "shape", "element", "class_code", "mood_code", "nested_in", "type_code", "code_required", "status_code"))) {
        ActForm form = new ActForm(EntryShape.valueOf(row.get(0)), row.get(1), row.get(2), row.get(3), row.get(4),
            "-".equals(row.get(5)) ? null : row.get(5), Boolean.parseBoolean(row.get(6)),
            Boolean.parseBoolean(row.get(7)));
        acts.put(form.shape(), form);
        if (form.shape() != EntryShape.ENTRY_RELATIONSHIP) {
          actsByElement.put(form.element(), form);
        }
      }
      if (acts.size() != EntryShape.values().length) {
        throw new IllegalStateException("layout-acts.tsv: not every entry shape has a form");
      }
      for (List<String> row : TsvResource.read(DocumentLayout.class, BASE + "layout-slots.tsv", Arrays.asList(
          "position", "path", "type", "shapes", "usual_de", "by_code_system", "value_attribute", "required"))) {
        Set<EntryShape> shapes = EnumSet.noneOf(EntryShape.class);
        for (String shape : row.get(3).split(",")) {
          shapes.add(EntryShape.valueOf(shape));
        }
        Map<String, String> byCodeSystem = new HashMap<>();
        if (!"-".equals(row.get(5))) {
          for (String pair : row.get(5).split(",")) {
            int eq = pair.indexOf('=');
            byCodeSystem.put(pair.substring(0, eq), pair.substring(eq + 1));
          }
        }
        ValuePosition position = ValuePosition.valueOf(row.get(0));
        slots.put(position, new SlotForm(position, Arrays.asList(row.get(1).split("/")), Hl7Type.valueOf(row.get(2)),
            shapes, "-".equals(row.get(4)) ? null : row.get(4), byCodeSystem,
            "-".equals(row.get(6)) ? null : row.get(6), Boolean.parseBoolean(row.get(7))));
      }
    }
  }

  /** The layouts of the standard registry's specs, built on first use. */
  private static final class Standard {
    static final Map<String, DocumentLayout> LAYOUTS;

    static {
      Map<String, DocumentLayout> layouts = new HashMap<>();
      for (DocumentSpec spec : DocumentSpecRegistry.standard().all()) {
        layouts.put(spec.code(), new DocumentLayout(spec));
      }
      LAYOUTS = Collections.unmodifiableMap(layouts);
    }

    private Standard() {}
  }

  /** Loads the layout data on first use. */
  private static final class Holder {
    static final Data DATA = new Data();
  }

  /**
   * Resolves a header field of the layout (e.g. {@code author.organization.partOf.name}) over the model, step by step
   * through the fields of the header's objects ({@link HeaderObject}).
   */
  private static final class HeaderPaths {
    private HeaderPaths() {}

    static void resolve(ClinicalDocument doc, Datum datum, Consumer<LayoutValue> sink) {
      String[] path = datum.name().split("\\.");
      if (path[0].equals("document")) {
        // the document's kind: its template and code are no header fields of the model, but data of the layout
        if (path[1].equals("templateId")) {
          emit(datum, "/templateId", InstanceIdentifier.ofRoot(doc.templateId()), sink);
        } else if (path[1].equals("code")) {
          emit(datum, "/code", CodedValue.builder().code(doc.code()).codeSystem(DocumentSpec.DOCUMENT_CODE_SYSTEM)
              .build(), sink);
        } else {
          reach(HeaderObject.DOCUMENT, doc, "", path, 1, (at, node) -> emit(datum, at, node, sink));
        }
        return;
      }
      reach(HeaderObject.DOCUMENT, doc, "", path, 0, (at, node) -> emit(datum, at, node, sink));
    }

    /** How many model nodes {@code field} (a dotted model path, e.g. {@code author.organization}) reaches. */
    static int count(ClinicalDocument doc, String field) {
      int[] n = new int[1];
      reach(HeaderObject.DOCUMENT, doc, "", field.split("\\."), 0, (at, node) -> n[0]++);
      return n[0];
    }

    /**
     * Gives {@code sink} every node that {@code path[i..]} reaches from {@code node}, an object of kind
     * {@code object} at JSON pointer {@code at}, with its pointer. A null flavor is no value.
     */
    static <N, B> void reach(HeaderObject<N, B> object, N node, String at, String[] path, int i,
        BiConsumer<String, Object> sink) {
      HeaderField<N, B, ?> field = object.field(path[i]).orElseThrow(() -> new IllegalStateException(
          "layout-header.tsv: no field " + path[i] + " in " + object.name()));
      follow(object, field, node, at, path, i, sink);
    }

    private static <N, B, V> void follow(HeaderObject<N, B> object, HeaderField<N, B, V> field, N node, String at,
        String[] path, int i, BiConsumer<String, Object> sink) {
      List<V> values = field.values(node);
      for (int k = 0; k < values.size(); k++) {
        V value = values.get(k);
        if (value instanceof NullValue) {
          continue;
        }
        String valueAt = at + "/" + field.jsonName() + (field.form().isList() ? "/" + k : "");
        if (field.object().isPresent() && field.object().get() == object) {
          // a field of its own kind (partOf: asOrganizationPartOf/wholeOrganization) reaches every enclosing
          // level, as deep as the document nests it
          @SuppressWarnings("unchecked")
          HeaderField<V, ?, V> levels = (HeaderField<V, ?, V>) field;
          for (V level = value; level != null; level = levels.value(level).orElse(null)) {
            step(field, level, valueAt, path, i + 1, sink);
            valueAt += "/" + field.jsonName();
          }
        } else {
          step(field, value, valueAt, path, i + 1, sink);
        }
      }
    }

    private static <V> void step(HeaderField<?, ?, V> field, V value, String at, String[] path, int i,
        BiConsumer<String, Object> sink) {
      if (i == path.length) {
        sink.accept(at, value);
        return;
      }
      HeaderObject<V, ?> object = field.object().orElseThrow(() -> new IllegalStateException(
          "layout-header.tsv: " + field.name() + " has no field " + path[i]));
      reach(object, value, at, path, i, sink);
    }

    private static void emit(Datum datum, String at, Object value, Consumer<LayoutValue> sink) {
      Hl7Value v;
      if (value instanceof Hl7Value) {
        v = (Hl7Value) value;
      } else if (value instanceof String) {
        v = Text.of((String) value);
      } else if (value instanceof Integer) {
        v = IntegerValue.of((Integer) value);
      } else {
        throw new IllegalStateException("layout-header.tsv: " + datum.name() + " is not a value");
      }
      sink.accept(new LayoutValue(datum, at, v));
    }
  }
}
