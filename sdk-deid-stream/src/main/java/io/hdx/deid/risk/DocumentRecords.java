package io.hdx.deid.risk;

import io.hdx.model.dataset.DataElement;
import io.hdx.model.dataset.DataElementCatalog;
import io.hdx.model.dataset.RepresentationFormat;
import io.hdx.model.datatype.BooleanValue;
import io.hdx.model.datatype.CodedValue;
import io.hdx.model.datatype.Hl7Value;
import io.hdx.model.datatype.InstanceIdentifier;
import io.hdx.model.datatype.IntegerValue;
import io.hdx.model.datatype.PhysicalQuantity;
import io.hdx.model.datatype.PointInTime;
import io.hdx.model.datatype.Text;
import io.hdx.model.datatype.TimeInterval;
import io.hdx.model.document.Address;
import io.hdx.model.document.ClinicalDocument;
import io.hdx.model.layout.Datum;
import io.hdx.model.layout.DocumentLayout;
import io.hdx.model.layout.LayoutValue;
import io.hdx.model.spec.DocumentSpec;
import io.hdx.model.spec.DocumentSpecRegistry;
import io.hdx.security.deid.Generalization;
import io.hdx.security.deid.Hierarchy;
import io.hdx.security.deid.RiskAccumulator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Turns documents into the records of a re-identification risk pass: the values of the chosen
 * quasi-identifiers (and of a sensitive attribute, for ℓ-diversity) read from a decoded document
 * through its {@link DocumentLayout}, and the generalization {@link Hierarchy} of each
 * quasi-identifier for the lattice search.
 *
 * <p>A quasi-identifier is named by
 *
 * <ul>
 *   <li>a data element code ({@code DE02.01.005.01}): the first value of that data element in the
 *       document, header or body;
 *   <li>a layout field name ({@code patient.address.county}, as {@code hdx spec show --layout} prints
 *       it): the first value of that datum;
 *   <li>{@code region}: the GB/T 2260 code of the patient's address (the deepest division its state,
 *       city and county name).
 * </ul>
 *
 * optionally followed by {@code :hierarchy} ({@code birth-date}, {@code date}, {@code region},
 * {@code age}, {@code suppression}). Without one: birth date (DE02.01.005.01) the birth-date hierarchy,
 * {@code region} the region hierarchy, the patient's age ({@code patient.age}) the age hierarchy, other
 * dates (HL7 TS, or a data element with a WS 363 date format) the date hierarchy, everything else
 * suppression only. An absent value is the empty string (a value of its own). Coded values count by
 * their code, quantities by their number, intervals by their start.
 *
 * <pre>{@code
 * DocumentRecords records = DocumentRecords.of(Arrays.asList("DE02.01.005.01", "DE02.01.040.00", "region"));
 * RiskAccumulator risk = records.accumulator(Optional.empty(), 5);
 * for (...) risk.add(records.quasiValues(doc), "", fileName);
 * RiskReport report = risk.report(5, records.hierarchies(), 0.0);
 * }</pre>
 *
 * <p>Thread safety: immutable; share it (the layouts it reads are cached per spec).
 *
 * @since 0.1.0
 */
public final class DocumentRecords {
  /** Birth date, WS 363 DE02.01.005.01. */
  static final String BIRTH_DATE = "DE02.01.005.01";
  /** The derived quasi-identifier: the GB/T 2260 code of the patient's address. */
  public static final String REGION = "region";

  private static final Pattern DE_CODE = Pattern.compile("DE\\d{2}\\.\\d{2}\\.\\d{3}\\.\\d{2}");
  private static final Set<String> HEADER_FIELDS = headerFields();

  private final List<String> names;
  private final List<Hierarchy> hierarchies;
  private final ConcurrentHashMap<String, DocumentLayout> layouts = new ConcurrentHashMap<>();

  private DocumentRecords(List<String> names, List<Hierarchy> hierarchies) {
    this.names = names;
    this.hierarchies = hierarchies;
  }

  /**
   * Records over the quasi-identifiers named in {@code specs} (see the class description).
   *
   * @throws IllegalArgumentException naming the first name that is neither a data element code, a
   *     layout field nor {@code region}, or an unknown hierarchy
   */
  public static DocumentRecords of(List<String> specs) {
    Objects.requireNonNull(specs, "specs");
    if (specs.isEmpty()) {
      throw new IllegalArgumentException("at least one quasi-identifier");
    }
    List<String> names = new ArrayList<>();
    List<Hierarchy> hierarchies = new ArrayList<>();
    for (String spec : specs) {
      String s = spec.trim();
      int colon = s.indexOf(':');
      String name = colon < 0 ? s : s.substring(0, colon);
      if (!isKnown(name)) {
        throw new IllegalArgumentException("quasi-identifier " + name
            + ": not a data element code, a layout field (hdx spec show --layout) or 'region'");
      }
      Hierarchy h;
      if (colon >= 0) {
        String hn = s.substring(colon + 1);
        h = Hierarchy.byName(hn).orElseThrow(() -> new IllegalArgumentException("quasi-identifier " + name
            + ": unknown hierarchy (birth-date, date, region, age, suppression)"));
      } else {
        h = defaultHierarchy(name);
      }
      names.add(name);
      hierarchies.add(h);
    }
    return new DocumentRecords(Collections.unmodifiableList(names), Collections.unmodifiableList(hierarchies));
  }

  /** Whether {@code name} is a sensitive attribute or quasi-identifier this class can read. */
  public static boolean isKnown(String name) {
    return DE_CODE.matcher(name).matches() || HEADER_FIELDS.contains(name) || REGION.equals(name);
  }

  private static Set<String> headerFields() {
    Set<String> fields = new HashSet<>();
    DocumentSpec any = DocumentSpecRegistry.standard().all().get(0);
    for (Datum d : DocumentLayout.of(any).header()) {
      fields.add(d.name());
    }
    return Collections.unmodifiableSet(fields);
  }

  private static Hierarchy defaultHierarchy(String name) {
    if (name.equals(BIRTH_DATE) || name.equals("patient.birthTime")) {
      return Hierarchy.birthDate();
    }
    if (name.equals(REGION)) {
      return Hierarchy.region();
    }
    if (name.equals("patient.age")) {
      return Hierarchy.age();
    }
    if (DE_CODE.matcher(name).matches()) {
      Optional<DataElement> de = DataElementCatalog.standard().find(name);
      Optional<RepresentationFormat> format = de.isPresent() ? de.get().format() : Optional.<RepresentationFormat>empty();
      if (format.isPresent() && (format.get().kind() == RepresentationFormat.Kind.DATE
          || format.get().kind() == RepresentationFormat.Kind.DATE_TIME)) {
        return Hierarchy.date();
      }
      return Hierarchy.suppression();
    }
    DocumentSpec any = DocumentSpecRegistry.standard().all().get(0);
    for (Datum d : DocumentLayout.of(any).header()) {
      if (d.name().equals(name) && (d.type().equals("TS") || d.type().equals("IVL_TS"))) {
        return Hierarchy.date();
      }
    }
    return Hierarchy.suppression();
  }

  /** The quasi-identifiers' names, in order. */
  public List<String> names() {
    return names;
  }

  /** The hierarchy of each quasi-identifier, in order. */
  public List<Hierarchy> hierarchies() {
    return hierarchies;
  }

  /**
   * A new accumulator over these quasi-identifiers, with ℓ-diversity over {@code sensitive} if given,
   * keeping the ids of records in classes below {@code listBelow}.
   */
  public RiskAccumulator accumulator(Optional<String> sensitive, int listBelow) {
    RiskAccumulator.Builder b = RiskAccumulator.builder(names).listRecordsBelow(listBelow);
    sensitive.ifPresent(b::sensitiveAttribute);
    return b.build();
  }

  /** The quasi-identifier values of {@code document}, in order ({@code ""} for an absent one). */
  public List<String> quasiValues(ClinicalDocument document) {
    Objects.requireNonNull(document, "document");
    List<String> values = new ArrayList<>(names.size());
    List<LayoutValue> walked = null;
    for (String name : names) {
      if (name.equals(REGION)) {
        values.add(region(document));
        continue;
      }
      if (walked == null) {
        walked = walk(document);
      }
      values.add(first(walked, name));
    }
    return values;
  }

  /** The value of the attribute {@code name} (a data element code or a layout field) in {@code document}, or {@code ""}. */
  public String value(ClinicalDocument document, String name) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(name, "name");
    return name.equals(REGION) ? region(document) : first(walk(document), name);
  }

  private List<LayoutValue> walk(ClinicalDocument document) {
    Optional<DocumentSpec> spec = DocumentSpecRegistry.standard().byTemplateId(document.templateId());
    if (!spec.isPresent()) {
      spec = DocumentSpecRegistry.standard().byCode(document.code());
    }
    // A document of no known spec: its header still has the common layout (every spec shares it).
    DocumentSpec s = spec.orElse(DocumentSpecRegistry.standard().all().get(0));
    return layouts.computeIfAbsent(s.code(), c -> DocumentLayout.of(s)).walk(document);
  }

  private static String first(List<LayoutValue> walked, String name) {
    boolean de = DE_CODE.matcher(name).matches();
    for (LayoutValue v : walked) {
      if (de ? name.equals(v.dataElement().orElse(null)) : name.equals(v.datum().name())) {
        return render(v.value());
      }
    }
    return "";
  }

  private static String region(ClinicalDocument document) {
    if (!document.patient().isPresent() || !document.patient().get().address().isPresent()) {
      return "";
    }
    Address a = document.patient().get().address().get();
    String names = a.state().orElse("") + a.city().orElse("") + a.county().orElse("");
    if (a.city().isPresent() && a.city().equals(a.state())) {
      names = a.state().get() + a.county().orElse("");   // a municipality: 北京市 北京市 朝阳区
    }
    return Generalization.divisionCode(names).orElse("");
  }

  /** The value a record counts by: a code, a number, a date literal, text. */
  static String render(Hl7Value value) {
    if (value instanceof CodedValue) {
      return ((CodedValue) value).code();
    }
    if (value instanceof PointInTime) {
      return ((PointInTime) value).literal();
    }
    if (value instanceof TimeInterval) {
      Optional<PointInTime> low = ((TimeInterval) value).low();
      return low.isPresent() ? low.get().literal() : "";
    }
    if (value instanceof PhysicalQuantity) {
      return ((PhysicalQuantity) value).value().toPlainString();
    }
    if (value instanceof IntegerValue) {
      return Long.toString(((IntegerValue) value).value());
    }
    if (value instanceof Text) {
      return ((Text) value).value();
    }
    if (value instanceof InstanceIdentifier) {
      return ((InstanceIdentifier) value).extension().orElse("");
    }
    if (value instanceof BooleanValue) {
      return String.valueOf(((BooleanValue) value).value());
    }
    return value.type().name();
  }

  @Override
  public String toString() {
    return "DocumentRecords" + names;
  }
}
