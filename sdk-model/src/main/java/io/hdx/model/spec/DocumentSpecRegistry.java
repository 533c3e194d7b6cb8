package io.hdx.model.spec;

import io.hdx.model.datatype.Hl7Type;
import io.hdx.model.internal.TsvResource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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

  private static List<DocumentSpec> load() {
    Map<String, List<HeaderElementSpec>> header = loadHeader();
    Map<String, Map<String, SectionSpec.Builder>> sections = loadSections();
    TsvResource entries = TsvResource.read(BASE + "entries.tsv");
    for (int i = 0; i < entries.size(); i++) {
      String doc = entries.get(i, "doc_code");
      String key = entries.get(i, "section_key");
      SectionSpec.Builder section = sections.getOrDefault(doc, Collections.emptyMap()).get(key);
      if (section == null) {
        throw new IllegalStateException("entries.tsv row " + (i + 1) + ": no section " + key + " in " + doc);
      }
      String binding = entries.getOrNull(i, "binding");
      section.addEntry(EntrySpec.builder()
          .dataElement(entries.get(i, "de_code"))
          .nameZh(entries.get(i, "name_zh"))
          .valueType(Hl7Type.valueOf(entries.get(i, "value_type")))
          .shape(EntryShape.valueOf(entries.get(i, "shape")))
          .parent(entries.getOrNull(i, "parent"))
          .valueSet(entries.getOrNull(i, "value_set"), entries.getOrNull(i, "value_set_name"),
              binding == null ? null : BindingStrength.valueOf(binding))
          .unit(entries.getOrNull(i, "unit"))
          .cardinality(Cardinality.parse(entries.get(i, "cardinality")))
          .confidence(Confidence.parse(entries.get(i, "confidence")))
          .build());
    }
    TsvResource docs = TsvResource.read(BASE + "documents.tsv");
    List<DocumentSpec> specs = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      String code = docs.get(i, "code");
      DocumentSpec.Builder spec = DocumentSpec.builder()
          .standard(Standard.fromId(docs.get(i, "standard"))
              .orElseThrow(() -> new IllegalStateException("documents.tsv: unknown standard")))
          .part(Integer.parseInt(docs.get(i, "part")))
          .code(code, Confidence.parse(docs.get(i, "code_confidence")))
          .templateId(docs.get(i, "template_id"), Confidence.parse(docs.get(i, "template_id_confidence")))
          .titleZh(docs.get(i, "title_zh"))
          .titleEn(docs.get(i, "title_en"))
          .datasetId(docs.getOrNull(i, "dataset_id"));
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
    TsvResource rows = TsvResource.read(BASE + "sections.tsv");
    Map<String, Map<String, SectionSpec.Builder>> sections = new LinkedHashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      String code = rows.getOrNull(i, "section_code");
      String name = rows.get(i, "display_name");
      sections.computeIfAbsent(rows.get(i, "doc_code"), k -> new LinkedHashMap<>())
          .put(code != null ? code : name, SectionSpec.builder()
              .code(code)
              .displayName(name)
              .order(Integer.parseInt(rows.get(i, "order")))
              .cardinality(Cardinality.parse(rows.get(i, "cardinality")))
              .confidence(Confidence.parse(rows.get(i, "confidence"))));
    }
    return sections;
  }

  private static Map<String, List<HeaderElementSpec>> loadHeader() {
    TsvResource rows = TsvResource.read(BASE + "header.tsv");
    Map<String, List<HeaderElementSpec>> header = new LinkedHashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      String path = rows.get(i, "element");
      HeaderElement element = HeaderElement.fromPath(path)
          .orElseThrow(() -> new IllegalStateException("header.tsv: unknown header element " + path));
      header.computeIfAbsent(rows.get(i, "doc_code"), k -> new ArrayList<>()).add(HeaderElementSpec.builder()
          .element(element)
          .idRoot(rows.getOrNull(i, "id_root"))
          .role(rows.getOrNull(i, "role"))
          .cardinality(Cardinality.parse(rows.get(i, "cardinality")))
          .confidence(Confidence.parse(rows.get(i, "confidence")))
          .build());
    }
    return header;
  }
}
