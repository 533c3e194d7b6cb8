package io.hdx.codec.validate;

import io.hdx.model.layout.Datum;
import io.hdx.model.layout.DatumGroup;
import io.hdx.model.layout.DocumentLayout;
import io.hdx.model.dataset.DataElement;
import io.hdx.model.dataset.DataElementCatalog;
import io.hdx.model.spec.DocumentSpec;
import io.hdx.model.spec.EntrySpec;
import io.hdx.model.spec.HeaderElement;
import io.hdx.model.spec.HeaderElementSpec;
import io.hdx.model.spec.SectionSpec;
import io.hdx.model.valueset.ValueSet;
import io.hdx.model.valueset.ValueSetRegistry;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The lookups one {@link DocumentSpec} needs during validation, computed once per spec and cached by
 * the validator: sections by key with their position, entries by data element with the resolved
 * {@link DataElement} and bound {@link ValueSet}, the sections each data element may sit in, and the
 * header requirements by element with their identifier roots.
 *
 * <p>Thread safety: immutable once built.
 */
final class SpecIndex {
  final DocumentSpec spec;
  /** The spec's layout. */
  final DocumentLayout layout;
  /** {@code C0002 门(急)诊病历}. */
  final String label;
  final Map<String, SectionIndex> sections;
  /** Uncoded sections by {@link #titleKey(String)}. */
  private final Map<String, SectionIndex> uncodedByTitle;
  final List<SectionIndex> sectionList;
  final Map<String, List<SectionIndex>> sectionsByDataElement;
  final Map<HeaderElement, List<HeaderElementSpec>> header;
  final Set<String> patientRoleRoots;
  final Set<String> locationRoots;
  final Set<String> authenticatorRoots;
  final Map<String, HeaderElementSpec> authenticatorsByRole;

  SpecIndex(DocumentSpec spec, DataElementCatalog catalog, ValueSetRegistry valueSets) {
    this.spec = spec;
    this.layout = DocumentLayout.of(spec);
    this.label = spec.code() + " " + spec.titleZh();
    Map<String, SectionIndex> byKey = new LinkedHashMap<>();
    Map<String, SectionIndex> byTitle = new HashMap<>();
    List<SectionIndex> list = new ArrayList<>();
    Map<String, List<SectionIndex>> byElement = new HashMap<>();
    int position = 0;
    Map<String, Map<String, String>> groups = new HashMap<>();
    Map<String, Map<String, DatumGroup>> groupsByName = new HashMap<>();
    for (DatumGroup group : layout.groups()) {
      groupsByName.computeIfAbsent(group.sectionKey(), k -> new HashMap<>()).put(group.name(), group);
      for (Datum member : group.members()) {
        groups.computeIfAbsent(group.sectionKey(), k -> new HashMap<>()).put(member.name(), group.name());
      }
    }
    for (SectionSpec section : spec.sections()) {
      SectionIndex si = new SectionIndex(section, position++, catalog, valueSets,
          groups.getOrDefault(section.key(), Collections.<String, String>emptyMap()),
          groupsByName.getOrDefault(section.key(), Collections.<String, DatumGroup>emptyMap()));
      byKey.put(section.key(), si);
      if (!section.code().isPresent()) {
        byTitle.putIfAbsent(titleKey(section.displayName()), si);
      }
      list.add(si);
      for (String de : si.entries.keySet()) {
        byElement.computeIfAbsent(de, k -> new ArrayList<>()).add(si);
      }
    }
    this.sections = Collections.unmodifiableMap(byKey);
    this.uncodedByTitle = byTitle;
    this.sectionList = Collections.unmodifiableList(list);
    this.sectionsByDataElement = Collections.unmodifiableMap(byElement);

    Map<HeaderElement, List<HeaderElementSpec>> h = new EnumMap<>(HeaderElement.class);
    Set<String> patientRoots = new LinkedHashSet<>();
    Set<String> location = new LinkedHashSet<>();
    Set<String> signerRoots = new LinkedHashSet<>();
    Map<String, HeaderElementSpec> byRole = new HashMap<>();
    for (HeaderElementSpec hs : spec.header()) {
      h.computeIfAbsent(hs.element(), k -> new ArrayList<>()).add(hs);
      String root = hs.idRoot().orElse(null);
      switch (hs.element()) {
        case PATIENT_ROLE_ID:
          if (root != null) {
            patientRoots.add(root);
          }
          break;
        case ENCOUNTER_BED:
        case ENCOUNTER_ROOM:
        case ENCOUNTER_DEPARTMENT:
        case ENCOUNTER_WARD:
        case ENCOUNTER_ORGANIZATION:
          if (root != null) {
            location.add(root);
          }
          break;
        case AUTHENTICATOR:
          if (root != null) {
            signerRoots.add(root);
          }
          String role = hs.roleName().orElse(null);
          if (role != null) {
            byRole.put(role, hs);
          }
          break;
        default:
          break;
      }
    }
    this.header = Collections.unmodifiableMap(h);
    this.patientRoleRoots = Collections.unmodifiableSet(patientRoots);
    this.locationRoots = Collections.unmodifiableSet(location);
    this.authenticatorRoots = Collections.unmodifiableSet(signerRoots);
    this.authenticatorsByRole = Collections.unmodifiableMap(byRole);
  }

  /** The header requirements for {@code element}, empty when the spec has none. */
  List<HeaderElementSpec> header(HeaderElement element) {
    List<HeaderElementSpec> found = header.get(element);
    return found == null ? Collections.<HeaderElementSpec>emptyList() : found;
  }



  /**
   * One section of the spec with its entries.
   */
  /**
   * The spec's section for a document section: by LOINC code, or, for a section without one, by its title compared
   * as {@link #titleKey(String)} does (the samples write 会诊原因 and 会诊原因章节 for one section); null when none.
   */
  SectionIndex section(String code, String displayName) {
    if (code != null) {
      return sections.get(code);
    }
    SectionIndex si = displayName == null ? null : sections.get(displayName);
    return si != null || displayName == null ? si : uncodedByTitle.get(titleKey(displayName));
  }

  /**
   * An uncoded section's title as compared: NFKC (full-width forms to ASCII), without whitespace and the word 章节
   * ("section"), lower case. sdk-model/src/build/import_specs.py (title_key) merges spec sections by the same key.
   */
  static String titleKey(String title) {
    String t = Normalizer.normalize(title, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    return t.replace("章节", "").toLowerCase(Locale.ROOT);
  }

  static final class SectionIndex {
    final SectionSpec spec;
    final int position;
    /** {@code 10154-3 CHIEF COMPLAINT}, or the name of an uncoded section. */
    final String label;
    final Map<String, EntryIndex> entries;
    /** The layout's groups of the section by name (a diagnosis's head code, an act shape, ORGANIZER). */
    final Map<String, DatumGroup> groups;

    SectionIndex(SectionSpec spec, int position, DataElementCatalog catalog, ValueSetRegistry valueSets,
        Map<String, String> groups, Map<String, DatumGroup> groupsByName) {
      this.spec = spec;
      this.groups = groupsByName;
      this.position = position;
      this.label = spec.code().isPresent() ? spec.code().get() + " " + spec.displayName() : spec.displayName();
      Map<String, EntryIndex> map = new LinkedHashMap<>();
      for (EntrySpec entry : spec.entries()) {
        map.put(entry.dataElement(), new EntryIndex(entry, this, catalog, valueSets, groups.get(entry.dataElement())));
      }
      this.entries = Collections.unmodifiableMap(map);
    }
  }

  /**
   * One entry of a section with the catalog's data element and the bound value set resolved.
   */
  static final class EntryIndex {
    final EntrySpec spec;
    final SectionIndex section;
    /** The catalog's data element, or {@code null} when the catalog lacks it. */
    final DataElement element;
    /** The bound value set, or {@code null} when there is none or the registry lacks it. */
    final ValueSet valueSet;
    /** The spec's unit when it is a unit at all (the spec data holds a few notes instead), else null. */
    final String unit;
    /** The document layout's group of the entry (a diagnosis's head code, an act shape, ORGANIZER), or null. */
    final String group;

    EntryIndex(EntrySpec spec, SectionIndex section, DataElementCatalog catalog, ValueSetRegistry valueSets,
        String group) {
      this.group = group;
      this.spec = spec;
      this.section = section;
      this.element = catalog.find(spec.dataElement()).orElse(null);
      this.valueSet = spec.valueSet().isPresent() ? valueSets.findByOid(spec.valueSet().get()).orElse(null) : null;
      this.unit = spec.unit().filter(SpecIndex::isUnit).orElse(null);
    }
  }

  /** Whether a spec's unit text is a unit rather than a note (notes have blanks or brackets). */
  static boolean isUnit(String unit) {
    for (int i = 0; i < unit.length(); i++) {
      char c = unit.charAt(i);
      if (c == ' ' || c == '(' || c == ')') {
        return false;
      }
    }
    return !unit.isEmpty();
  }
}
