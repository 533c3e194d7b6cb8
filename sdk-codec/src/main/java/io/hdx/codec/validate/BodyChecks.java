package io.hdx.codec.validate;

import io.hdx.model.ValidationException;
import io.hdx.model.dataset.DataElement;
import io.hdx.model.dataset.DataElementCode;
import io.hdx.model.datatype.Hl7Value;
import io.hdx.model.datatype.InstanceIdentifier;
import io.hdx.model.datatype.PointInTime;
import io.hdx.model.datatype.Text;
import io.hdx.model.document.ClinicalDocument;
import io.hdx.model.document.Entry;
import io.hdx.model.document.Section;
import io.hdx.model.spec.EntryShape;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The body checks: sections against the spec's section table (presence, repetition, order, unknown
 * sections), each entry's data element against its section, repetition of entries, and each value
 * by {@link ValueChecks}. XPaths follow {@code CdaWriter}'s layout: {@code entry[n]/observation},
 * {@code organizer/component[n]}, {@code entryRelationship[n]}, and for acts other than observation
 * and organizer the value in a first {@code entryRelationship/observation}.
 *
 * <p>Thread safety: stateless.
 */
final class BodyChecks {
  private static final XPath BODY = XPath.ROOT.child("component").child("structuredBody");

  private BodyChecks() {}

  static void check(ValidationRun run, ClinicalDocument doc) {
    SpecIndex index = run.index;
    List<Section> sections = doc.sections();
    Map<String, Integer> sectionCounts = new HashMap<>();
    SpecIndex.SectionIndex furthest = null;
    for (int i = 0; i < sections.size(); i++) {
      Section section = sections.get(i);
      XPath where = BODY.child("component", i + 1).child("section");
      SpecIndex.SectionIndex si = index == null ? null : index.sections.get(section.key());
      if (index != null && si == null) {
        run.issues.add(ValidationRule.SECTION_UNKNOWN, null, where.child("code"), null, null,
            "section is not one of the " + index.sectionList.size() + " sections of the spec of " + index.label);
      }
      if (si != null) {
        int n = sectionCounts.merge(si.spec.key(), 1, Integer::sum);
        if (n == si.spec.cardinality().max() + 1L) {
          run.issues.add(ValidationRule.SECTION_REPEATED, si.spec.confidence(), where, null, si.label,
              "section occurs more often than the spec allows (" + si.spec.cardinality() + ")");
        }
        if (furthest != null && si.position < furthest.position) {
          run.issues.add(ValidationRule.SECTION_ORDER, si.spec.confidence(), where, null, si.label,
              "section comes after section " + furthest.label + ", which the spec of " + index.label
                  + " puts after it");
        } else {
          furthest = si;
        }
      }
      Map<String, int[]> entryCounts = new HashMap<>();
      entries(run, section.entries(), where, "entry", 0, si, entryCounts);
      if (si != null) {
        missingEntries(run, si, entryCounts, where);
      }
    }
    if (index != null) {
      for (SpecIndex.SectionIndex si : index.sectionList) {
        if (si.spec.cardinality().isRequired() && !sectionCounts.containsKey(si.spec.key())) {
          run.issues.add(ValidationRule.SECTION_MISSING, si.spec.confidence(),
              sections.isEmpty() ? XPath.ROOT.child("component") : BODY, null, si.label,
              "section is required by the spec of " + index.label + " (" + si.spec.cardinality() + ")");
        }
      }
    }
  }

  private static void missingEntries(ValidationRun run, SpecIndex.SectionIndex si, Map<String, int[]> counts,
      XPath where) {
    for (SpecIndex.EntryIndex entry : si.entries.values()) {
      if (entry.spec.cardinality().isRequired() && !counts.containsKey(entry.spec.dataElement())) {
        run.issues.add(ValidationRule.ENTRY_MISSING, entry.spec.confidence(), where, entry.spec.dataElement(),
            si.label, entry.spec.nameZh() + " is required in this section (" + entry.spec.cardinality() + ")");
      }
    }
  }

  /**
   * Walks {@code entries}, the children named {@code childName} of {@code parent}, numbered from
   * {@code offset + 1}.
   */
  private static void entries(ValidationRun run, List<Entry> entries, XPath parent, String childName, int offset,
      SpecIndex.SectionIndex si, Map<String, int[]> counts) {
    for (int j = 0; j < entries.size(); j++) {
      Entry entry = entries.get(j);
      XPath act = parent.child(childName, offset + j + 1).child(actName(entry.shape()));
      boolean otherAct = isOtherAct(entry.shape());
      if (entry.dataElement().isPresent()) {
        entry(run, entry, act, otherAct, si, counts);
      }
      if (entry.shape() == EntryShape.ORGANIZER_COMPONENT) {
        entries(run, entry.components(), act, "component", 0, si, counts);
      } else {
        entries(run, entry.components(), act, "entryRelationship",
            otherAct && entry.value().isPresent() ? 1 : 0, si, counts);
      }
    }
  }

  private static void entry(ValidationRun run, Entry entry, XPath act, boolean otherAct, SpecIndex.SectionIndex si,
      Map<String, int[]> counts) {
    SpecIndex index = run.index;
    String code = entry.dataElement().get();
    String section = si == null ? null : si.label;
    SpecIndex.EntryIndex spec = si == null ? null : si.entries.get(code);
    String dataElement = spec != null || DataElementCode.isValid(code) ? code : null;
    if (spec == null && index != null) {
      List<SpecIndex.SectionIndex> homes = index.sectionsByDataElement.get(code);
      if (homes != null) {
        spec = homes.get(0).entries.get(code);
        if (si != null) {
          run.issues.add(ValidationRule.ENTRY_MISPLACED, spec.spec.confidence(), act.child("code"), dataElement,
              section, spec.spec.nameZh() + " belongs to section " + labels(homes) + " of " + index.label);
        }
      } else {
        run.issues.add(ValidationRule.ENTRY_UNKNOWN, null, act.child("code"), dataElement, section,
            dataElement == null ? "code is not a WS 363 data element code (DEab.cd.efg.hi)"
                : "data element is not in the spec of " + index.label);
      }
    }
    if (si != null && spec != null && spec.section == si) {
      int[] n = counts.computeIfAbsent(code, k -> new int[1]);
      n[0]++;
      if (n[0] == spec.spec.cardinality().max() + 1L) {
        run.issues.add(ValidationRule.ENTRY_REPEATED, spec.spec.confidence(), act, dataElement, section,
            spec.spec.nameZh() + " occurs more often than the spec allows in this section ("
                + spec.spec.cardinality() + ")");
      }
    }
    if (!entry.value().isPresent()) {
      return;
    }
    Hl7Value value = entry.value().get();
    XPath valuePath = otherAct ? act.child("entryRelationship", 1).child("observation").child("value")
        : act.child("value");
    DataElement element = spec != null ? spec.element : dataElement == null ? null : run.element(code);
    ValueChecks.entryValue(run.issues, spec, element, value, valuePath, dataElement, section);
    if (value instanceof InstanceIdentifier) {
      run.identifier((InstanceIdentifier) value, valuePath, dataElement, section);
    }
    DateChecks.Kind kind = dataElement == null ? null : DateChecks.kindOf(code);
    if (kind != null) {
      PointInTime time = time(value);
      if (time != null) {
        run.dates.add(new DateChecks.Fact(kind, time, valuePath, dataElement, section));
      }
    }
  }

  /** A TS value, or an ST holding a TS literal (some samples write dates as ST); else null. */
  private static PointInTime time(Hl7Value value) {
    if (value instanceof PointInTime) {
      return (PointInTime) value;
    }
    if (value instanceof Text) {
      String text = ((Text) value).value();
      if (text.length() >= 8 && text.length() <= 14 && allDigits(text)) {
        try {
          return PointInTime.parse(text);
        } catch (ValidationException e) {
          return null;
        }
      }
    }
    return null;
  }

  private static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static String labels(List<SpecIndex.SectionIndex> sections) {
    StringBuilder sb = new StringBuilder();
    for (SpecIndex.SectionIndex s : sections) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(s.label);
    }
    return sb.toString();
  }

  /** The CDA element {@code CdaWriter} writes for {@code shape}. */
  static String actName(EntryShape shape) {
    switch (shape) {
      case ORGANIZER_COMPONENT:
        return "organizer";
      case SUBSTANCE_ADMINISTRATION:
        return "substanceAdministration";
      case PROCEDURE:
        return "procedure";
      case ENCOUNTER:
        return "encounter";
      case ACT:
        return "act";
      case SUPPLY:
        return "supply";
      default:
        return "observation";
    }
  }

  /** Whether {@code shape} is an act whose value {@code CdaWriter} puts in a first entryRelationship. */
  static boolean isOtherAct(EntryShape shape) {
    return shape != EntryShape.OBSERVATION && shape != EntryShape.ENTRY_RELATIONSHIP
        && shape != EntryShape.ORGANIZER_COMPONENT;
  }
}
