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
import io.hdx.model.document.Participation;
import io.hdx.model.document.Section;
import io.hdx.model.layout.ActForm;
import io.hdx.model.layout.DatumGroup;
import io.hdx.model.layout.DocumentLayout;
import io.hdx.model.spec.EntryShape;
import io.hdx.model.spec.EntrySpec;
import io.hdx.model.spec.ValuePosition;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The body checks: sections against the spec's section table (presence, repetition, order, unknown
 * sections), each entry's data element against its section, repetition of entries, the place of a
 * member of a drug, operation or other act (its act's shape and {@link ValuePosition}), and each value
 * by {@link ValueChecks}. XPaths follow {@code CdaWriter}'s layout: {@code entry[n]/observation},
 * {@code organizer/component[n]/observation}, details in {@code entryRelationship[n]/observation}; an act
 * such as {@code entry[n]/substanceAdministration} has its slot members at their element
 * ({@code routeCode}, {@code doseQuantity}, {@code consumable/manufacturedProduct/manufacturedLabeledDrug/name},
 * {@code procedure/code} ...) and each other member in {@code entryRelationship[k]}, k counting those members
 * only (wst500-entry-forms.md §1, §2).
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
      SpecIndex.SectionIndex si = index == null ? null
          : index.section(section.code().orElse(null), section.displayName().orElse(null));
      if (index != null && si == null) {
        run.issues.add(ValidationRule.SECTION_UNKNOWN, null, where.child("code"), null, null,
            "section is not one of the " + index.sectionList.size() + " sections of the spec of " + index.label);
      }
      if (si != null) {
        int n = sectionCounts.merge(si.spec.key(), 1, Integer::sum);
        // an unknown cardinality (inferred from samples, no cardinalitySource) raises nothing
        if (si.spec.cardinalitySource().isPresent() && n == si.spec.cardinality().max() + 1L) {
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
      entries(run, section.entries(), where, "entry", si, entryCounts, null);
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
   * Walks {@code entries}, the children named {@code childName} of {@code parent}, numbered from 1; none of them
   * is a member of an act.
   */
  private static void entries(ValidationRun run, List<Entry> entries, XPath parent, String childName,
      SpecIndex.SectionIndex si, Map<String, int[]> counts, GroupScope scope) {
    for (int j = 0; j < entries.size(); j++) {
      Entry entry = entries.get(j);
      // a section's own entry opens the group it is the root of (a diagnosis, a drug, an organizer)
      GroupScope inner = scope != null || si == null ? scope : GroupScope.of(entry, si, run.index.layout);
      walk(run, entry, parent.child(childName, j + 1).child(DocumentLayout.actForm(entry.shape()).element()), null, si, counts, inner);
    }
  }

  /**
   * The group instance a walk is inside: its layout group and how often each member occurred in it. A member
   * of a group is counted per group (a rank 0..1 once per diagnosis), not per section.
   */
  private static final class GroupScope {
    final String name;
    final Entry root;
    final Map<String, int[]> counts = new HashMap<>();

    private GroupScope(String name, Entry root) {
      this.name = name;
      this.root = root;
    }

    /** The group {@code entry} of the section {@code si} is the root of ({@link DocumentLayout#groupRootedBy}). */
    static GroupScope of(Entry entry, SpecIndex.SectionIndex si, DocumentLayout layout) {
      return layout.groupRootedBy(si.spec.key(), entry).map(name -> new GroupScope(name, entry)).orElse(null);
    }
  }

  /**
   * One entry written at element {@code node}, and what is nested in it; {@code memberOf} is the shape of the act
   * (drug, operation ...) it is a member of, or {@code null}.
   */
  private static void walk(ValidationRun run, Entry entry, XPath node, EntryShape memberOf,
      SpecIndex.SectionIndex si, Map<String, int[]> counts, GroupScope scope) {
    if (entry.time().isPresent()) {
      // a time that breaks its type (IVL_TS low after high, a bound that is no TS) is reported once, at its place
      ValueChecks.invalid(run.issues, entry.time().get(), node.child("effectiveTime"), null, si == null ? null : si.label);
    }
    people(run, entry, node, si == null ? null : si.label);
    if (entry.dataElement().isPresent()) {
      entry(run, entry, node, memberOf, si, counts, scope);
    }
    if (entry.shape().isAct()) {
      members(run, entry, node, si, counts, scope);
    } else {
      entries(run, entry.components(), node, DocumentLayout.actForm(entry.shape()).nestedIn(), si, counts, scope);
    }
  }

  /**
   * The people of the act at {@code node} (its performers, authors and participants, each at its element): a time
   * that is no TS is value-invalid, an identifier is judged as the header's are (an OID root; a resident ID number
   * by GB 11643).
   */
  private static void people(ValidationRun run, Entry entry, XPath node, String section) {
    int[] seen = new int[Participation.Function.values().length];
    for (Participation p : entry.participations()) {
      String element = p.function() == Participation.Function.AUTHOR ? "author"
          : p.function() == Participation.Function.PERFORMER ? "performer" : "participant";
      XPath at = node.child(element, ++seen[p.function().ordinal()]);
      if (p.person().time().isPresent()) {
        ValueChecks.invalid(run.issues, p.person().time().get(), at.child("time"), null, section);
      }
      if (p.person().id().isPresent()) {
        String role = p.function() == Participation.Function.AUTHOR ? "assignedAuthor"
            : p.function() == Participation.Function.PERFORMER ? "assignedEntity" : "participantRole";
        run.identifier(p.person().id().get(), at.child(role).child("id"), null, section);
      }
    }
  }

  /**
   * The members of a non-observation act at {@code node}: slots at their CDA element ({@code routeCode},
   * {@code consumable/.../name} ...), the others each in its own {@code entryRelationship}, numbered from 1 in
   * their order (slots have none).
   */
  private static void members(ValidationRun run, Entry act, XPath node, SpecIndex.SectionIndex si,
      Map<String, int[]> counts, GroupScope scope) {
    int k = 0;
    String nestedIn = DocumentLayout.actForm(act.shape()).nestedIn();
    for (Entry member : act.components()) {
      XPath where = member.position().isSlot() ? slot(node, member.position())
          : node.child(nestedIn, ++k).child(DocumentLayout.actForm(member.shape()).element());
      walk(run, member, where, act.shape(), si, counts, scope);
    }
  }

  /**
   * Whether the entry's {@code displayName} names another data element of section {@code si}: the document wrote
   * the code of a datum elsewhere in the document for one this section lists (a code copied from another row, as
   * one corpus of the WS/T 500 samples does: 预防接种史 written with 过敏史's DE02.10.022.00). Rule
   * {@link ValidationRule#DE_DISPLAY_NAME} reports that; calling the entry misplaced as well would report one
   * defect twice, once wrongly (the datum is in its section).
   */
  private static boolean namesAnotherEntry(SpecIndex.SectionIndex si, String code, Entry entry) {
    if (!entry.displayName().isPresent()) {
      return false;
    }
    String name = ElementNames.normalize(entry.displayName().get());
    for (SpecIndex.EntryIndex other : si.entries.values()) {
      String otherCode = other.spec.dataElement();
      if (!otherCode.equals(code) && ElementNames.normalize(other.spec.nameZh()).equals(name)) {
        return true;
      }
    }
    return false;
  }

  /** The element of slot {@code position} of the act at {@code act}: its path in the layout. */
  static XPath slot(XPath act, ValuePosition position) {
    XPath at = act;
    for (String step : DocumentLayout.slotForm(position).path()) {
      at = at.child(step);
    }
    return at;
  }

  private static void entry(ValidationRun run, Entry entry, XPath node, EntryShape memberOf,
      SpecIndex.SectionIndex si, Map<String, int[]> counts, GroupScope scope) {
    SpecIndex index = run.index;
    String code = entry.dataElement().get();
    String section = si == null ? null : si.label;
    boolean inSlot = entry.position().isSlot();
    // A slot carries no data element code of its own: the element is the slot; its value is the slot's content.
    XPath codePath = inSlot ? node : node.child("code");
    XPath valuePath = inSlot ? node : node.child("value");
    SpecIndex.EntryIndex spec = si == null ? null : si.entries.get(code);
    String dataElement = spec != null || DataElementCode.isValid(code) ? code : null;
    if (spec == null && index != null) {
      List<SpecIndex.SectionIndex> homes = index.sectionsByDataElement.get(code);
      if (homes != null) {
        spec = homes.get(0).entries.get(code);
        if (si != null && !namesAnotherEntry(si, code, entry)) {
          run.issues.add(ValidationRule.ENTRY_MISPLACED, spec.spec.confidence(), codePath, dataElement,
              section, spec.spec.nameZh() + " belongs to section " + labels(homes) + " of " + index.label);
        }
      } else {
        run.issues.add(ValidationRule.ENTRY_UNKNOWN, null, codePath, dataElement, section,
            dataElement == null ? "code is not a WS 363 data element code (DEab.cd.efg.hi)"
                : "data element is not in the spec of " + index.label);
      }
    }
    if (!inSlot && dataElement != null && entry.displayName().isPresent()) {
      java.util.Set<String> others = run.names.otherElementsNamed(code, entry.displayName().get());
      if (!others.isEmpty()) {
        run.issues.add(ValidationRule.DE_DISPLAY_NAME, null, codePath.attribute("displayName"), dataElement, section,
            "displayName is the WS 363 name of " + String.join(", ", others) + ", not of " + code
                + (run.element(code) == null ? "" : " " + run.element(code).nameZh()));
      }
    }
    if (si != null && spec != null && spec.section == si) {
      int[] n = counts.computeIfAbsent(code, k -> new int[1]);
      n[0]++;
      boolean member = scope != null && entry != scope.root;
      if (member) {
        group(run, spec, scope, codePath, dataElement, section);
      }
      // an unknown cardinality (inferred from samples, no cardinalitySource) raises nothing
      if (!member && spec.spec.cardinalitySource().isPresent() && n[0] == spec.spec.cardinality().max() + 1L) {
        run.issues.add(ValidationRule.ENTRY_REPEATED, spec.spec.confidence(), node, dataElement, section,
            spec.spec.nameZh() + " occurs more often than the spec allows in this section ("
                + spec.spec.cardinality() + ")");
      }
      place(run, entry, spec, memberOf, codePath, dataElement, section);
    }
    if (!entry.value().isPresent()) {
      return;
    }
    Hl7Value value = entry.value().get();
    DataElement element = spec != null ? spec.element : dataElement == null ? null : run.element(code);
    ValueChecks.entryValue(run.issues, spec, element, value, valuePath, dataElement, section);
    if (value instanceof InstanceIdentifier && value.isValid()) {
      run.identifier((InstanceIdentifier) value, valuePath, dataElement, section);
    }
    DateChecks.Kind kind = dataElement == null ? null : DateChecks.kindOf(code);
    if (kind != null) {
      PointInTime time = time(value);
      if (time != null && time.isValid()) {
        run.dates.add(new DateChecks.Fact(kind, time, valuePath, dataElement, section));
      }
    }
  }

  /**
   * A member inside a group instance: reported when it belongs to another group, or when it occurs a second time
   * in this one (a value of another group nested here); otherwise counted per group, not per section.
   */
  private static void group(ValidationRun run, SpecIndex.EntryIndex spec, GroupScope scope, XPath where,
      String dataElement, String section) {
    if (spec.group == null) {
      return; // a data element of no group (a vendor's detail): the spec does not say where it belongs
    }
    // how often the layout lets it sit in one instance of this group (DatumGroup#maxOccurs): 0 when it belongs elsewhere
    DatumGroup group = spec.section.groups.get(scope.name);
    int max = group == null ? 0 : group.maxOccurs(spec.spec.dataElement());
    if (max == 0) {
      run.issues.add(ValidationRule.ENTRY_GROUP, spec.spec.confidence(), where, dataElement, section,
          spec.spec.nameZh() + " sits in a group of " + scope.name + " but belongs to a group of " + spec.group);
      return;
    }
    int[] n = scope.counts.computeIfAbsent(spec.spec.dataElement(), k -> new int[1]);
    if (++n[0] == max + 1) {
      run.issues.add(ValidationRule.ENTRY_GROUP, spec.spec.confidence(), where, dataElement, section,
          spec.spec.nameZh() + (max == 1 ? " occurs twice in one group: the second belongs to a group of its own"
              : " occurs more than " + max + " times in one group: the others belong to a group of their own"));
    }
  }

  /**
   * Whether the entry sits where its spec row puts it: a member of an act of the row's shape, in the row's
   * {@link ValuePosition}, or an entry outside any act when the row's shape is not an act (wst500-entry-forms.md
   * §1, §2). The data element of an act itself (the act's own code) is not checked here.
   */
  private static void place(ValidationRun run, Entry entry, SpecIndex.EntryIndex index, EntryShape memberOf,
      XPath where, String dataElement, String section) {
    if (entry.shape().isAct()) {
      return;
    }
    EntrySpec spec = index.spec;
    // a detail of an act's slot member (the operating room of procedure/code) is a direct member of that act
    // (its layout group is the act); details nested deeper stand outside the act's own members
    EntryShape specAct = spec.shape().isAct() ? spec.shape() : memberOf != null ? actShape(index.group) : null;
    if (specAct == memberOf && spec.position() == entry.position()) {
      return;
    }
    String actual = memberOf == null ? "stands outside any act" : "sits " + place(memberOf, entry.position());
    String expected = specAct == null ? "in an entry of its own" : place(specAct, spec.position());
    run.issues.add(ValidationRule.ENTRY_POSITION, spec.confidence(), where, dataElement, section,
        spec.nameZh() + " " + actual + " where the spec puts it " + expected);
  }

  /** The act shape a layout group names ({@code PROCEDURE} ...), or null. */
  private static EntryShape actShape(String group) {
    if (group != null) {
      for (EntryShape shape : EntryShape.values()) {
        if (shape.isAct() && shape.name().equals(group)) {
          return shape;
        }
      }
    }
    return null;
  }

  /** {@code in substanceAdministration/routeCode}, or {@code in an entryRelationship observation of a procedure}. */
  private static String place(EntryShape act, ValuePosition position) {
    ActForm form = DocumentLayout.actForm(act);
    if (!position.isSlot()) {
      return "in an " + form.nestedIn() + " observation of a " + form.element();
    }
    return "in " + form.element() + "/" + String.join("/", DocumentLayout.slotForm(position).path());
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
}
