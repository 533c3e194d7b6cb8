package io.hdx.model.spec;

import io.hdx.model.Confidence;

import io.hdx.model.datatype.Hl7Type;
import io.hdx.model.internal.TsvResource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Finds document specs by document code or templateId OID. {@link #standard()} holds the 53
 * WS/T 500 and 20 WS/T 483 specs that ship with HDX, loaded once from
 * {@code io/hdx/model/spec/{documents,sections,entries,header}.tsv}; {@link #of(Collection)} makes
 * a registry of a vendor's own specs.
 *
 * <p>Thread safety: immutable; share one instance.
 *
 * <pre>{@code
 * DocumentSpec spec = DocumentSpecRegistry.standard().byTemplateId("2.16.156.10011.2.1.1.22")
 *     .orElseThrow(...);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class DocumentSpecRegistry {
  private static final String BASE = "/io/hdx/model/spec/";

  private final List<DocumentSpec> specs;
  private final Map<String, DocumentSpec> byCode;
  private final Map<String, DocumentSpec> byTemplateId;

  private DocumentSpecRegistry(Collection<DocumentSpec> specs) {
    this.specs = Collections.unmodifiableList(new ArrayList<>(specs));
    Map<String, DocumentSpec> codes = new LinkedHashMap<>();
    Map<String, DocumentSpec> templates = new LinkedHashMap<>();
    for (DocumentSpec spec : specs) {
      if (codes.put(spec.code(), spec) != null) {
        throw new IllegalArgumentException("two specs with document code " + spec.code());
      }
      if (templates.put(spec.templateId(), spec) != null) {
        throw new IllegalArgumentException("two specs with templateId " + spec.templateId());
      }
    }
    this.byCode = codes;
    this.byTemplateId = templates;
  }

  /** The specs that ship with HDX: WS/T 500 (53) and WS/T 483 (20). */
  public static DocumentSpecRegistry standard() {
    return Holder.STANDARD;
  }

  /**
   * A registry of {@code specs}, e.g. the standard ones plus a vendor's own.
   *
   * @throws IllegalArgumentException when two specs share a code or a templateId
   */
  public static DocumentSpecRegistry of(Collection<DocumentSpec> specs) {
    return new DocumentSpecRegistry(Objects.requireNonNull(specs, "specs"));
  }

  /** Every spec, WS/T 500 first, each standard in part order. */
  public List<DocumentSpec> all() {
    return specs;
  }

  /** The specs of one standard, in part order. */
  public List<DocumentSpec> of(Standard standard) {
    List<DocumentSpec> found = new ArrayList<>();
    for (DocumentSpec spec : specs) {
      if (spec.standard() == standard) {
        found.add(spec);
      }
    }
    return found;
  }

  /** The spec with document code {@code code}, e.g. {@code C0002}. */
  public Optional<DocumentSpec> byCode(String code) {
    return Optional.ofNullable(byCode.get(Objects.requireNonNull(code, "code")));
  }

  /** The spec with templateId {@code oid}, e.g. {@code 2.16.156.10011.2.1.1.22}. */
  public Optional<DocumentSpec> byTemplateId(String oid) {
    return Optional.ofNullable(byTemplateId.get(Objects.requireNonNull(oid, "oid")));
  }

  /** Lazily loads the standard specs on first use. */
  private static final class Holder {
    static final DocumentSpecRegistry STANDARD = new DocumentSpecRegistry(load());
  }

  private static final List<String> DOCUMENTS = Arrays.asList("standard", "part", "code", "code_confidence",
      "template_id", "template_id_confidence", "title_zh", "title_en", "dataset_id");
  private static final List<String> SECTIONS =
      Arrays.asList("doc_code", "order", "section_code", "display_name", "cardinality", "confidence",
          "cardinality_source");
  private static final List<String> ENTRIES = Arrays.asList("doc_code", "section_key", "de_code", "name_zh",
      "value_type", "shape", "parent", "value_set", "value_set_name", "binding", "unit", "cardinality", "confidence",
      "position", "cardinality_source", "also_types");
  private static final List<String> HEADER =
      Arrays.asList("doc_code", "element", "id_root", "role", "cardinality", "confidence");

  /** A comma-separated list of HL7 type names (entries.tsv also_types), empty for none. */
  private static Set<Hl7Type> types(String list) {
    Set<Hl7Type> types = EnumSet.noneOf(Hl7Type.class);
    for (String name : list.split(",")) {
      if (!name.trim().isEmpty()) {
        types.add(Hl7Type.valueOf(name.trim()));
      }
    }
    return types;
  }

  private static List<DocumentSpec> load() {
    Map<String, List<HeaderElementSpec>> header = loadHeader();
    Map<String, Map<String, SectionSpec.Builder>> sections = loadSections();
    for (List<String> row : read("entries.tsv", ENTRIES)) {
      String doc = row.get(0);
      String key = row.get(1);
      SectionSpec.Builder section = sections.getOrDefault(doc, Collections.emptyMap()).get(key);
      if (section == null) {
        throw new IllegalStateException("entries.tsv: no section " + key + " in " + doc);
      }
      String binding = orNull(row.get(9));
      section.addEntry(EntrySpec.builder()
          .dataElement(row.get(2))
          .nameZh(row.get(3))
          .valueType(Hl7Type.valueOf(row.get(4)))
          .shape(EntryShape.valueOf(row.get(5)))
          .parent(orNull(row.get(6)))
          .valueSet(orNull(row.get(7)), orNull(row.get(8)), binding == null ? null : BindingStrength.valueOf(binding))
          .unit(orNull(row.get(10)))
          .cardinality(Cardinality.parse(row.get(11)))
          .confidence(Confidence.parse(row.get(12)))
          .position(ValuePosition.valueOf(row.get(13)))
          .cardinalitySource(orNull(row.get(14)))
          .alsoTypes(types(row.get(15)))
          .build());
    }
    List<DocumentSpec> specs = new ArrayList<>();
    for (List<String> row : read("documents.tsv", DOCUMENTS)) {
      String code = row.get(2);
      DocumentSpec.Builder spec = DocumentSpec.builder()
          .standard(Standard.fromId(row.get(0))
              .orElseThrow(() -> new IllegalStateException("documents.tsv: unknown standard")))
          .part(Integer.parseInt(row.get(1)))
          .code(code, Confidence.parse(row.get(3)))
          .templateId(row.get(4), Confidence.parse(row.get(5)))
          .titleZh(row.get(6))
          .titleEn(row.get(7))
          .datasetId(orNull(row.get(8)));
      for (HeaderElementSpec h : header.getOrDefault(code, Collections.<HeaderElementSpec>emptyList())) {
        spec.addHeader(h);
      }
      for (SectionSpec.Builder section : sections.getOrDefault(code, Collections.emptyMap()).values()) {
        spec.addSection(section.build());
      }
      specs.add(spec.build());
    }
    return specs;
  }

  private static Map<String, Map<String, SectionSpec.Builder>> loadSections() {
    Map<String, Map<String, SectionSpec.Builder>> sections = new LinkedHashMap<>();
    for (List<String> row : read("sections.tsv", SECTIONS)) {
      String code = orNull(row.get(2));
      String name = row.get(3);
      sections.computeIfAbsent(row.get(0), k -> new LinkedHashMap<>())
          .put(code != null ? code : name, SectionSpec.builder()
              .code(code)
              .displayName(name)
              .order(Integer.parseInt(row.get(1)))
              .cardinality(Cardinality.parse(row.get(4)))
              .confidence(Confidence.parse(row.get(5)))
              .cardinalitySource(orNull(row.get(6))));
    }
    return sections;
  }

  private static Map<String, List<HeaderElementSpec>> loadHeader() {
    Map<String, List<HeaderElementSpec>> header = new LinkedHashMap<>();
    for (List<String> row : read("header.tsv", HEADER)) {
      String path = row.get(1);
      HeaderElement element = HeaderElement.fromPath(path)
          .orElseThrow(() -> new IllegalStateException("header.tsv: unknown header element " + path));
      header.computeIfAbsent(row.get(0), k -> new ArrayList<>()).add(HeaderElementSpec.builder()
          .element(element)
          .idRoot(orNull(row.get(2)))
          .role(orNull(row.get(3)))
          .cardinality(Cardinality.parse(row.get(4)))
          .confidence(Confidence.parse(row.get(5)))
          .build());
    }
    return header;
  }

  private static List<List<String>> read(String name, List<String> columns) {
    return TsvResource.read(DocumentSpecRegistry.class, BASE + name, columns);
  }

  private static String orNull(String cell) {
    return cell.isEmpty() ? null : cell;
  }
}
