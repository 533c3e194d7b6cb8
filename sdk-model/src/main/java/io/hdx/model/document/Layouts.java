package io.hdx.model.document;

import io.hdx.model.datatype.Hl7Value;
import io.hdx.model.layout.Datum;
import io.hdx.model.layout.DatumGroup;
import io.hdx.model.layout.DocumentLayout;
import io.hdx.model.spec.DocumentSpec;
import io.hdx.model.spec.EntryShape;
import io.hdx.model.spec.EntrySpec;
import io.hdx.model.spec.SectionSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How a group of the document layout ({@link DatumGroup}) becomes one entry and is found again: the root of a
 * group is its head observation (a diagnosis's name), its act (a drug's {@code substanceAdministration}) or its
 * organizer; each member sits under its parent member (the spec's {@code parent}) or under the root.
 *
 * <p>Thread safety: stateless.
 */
final class Layouts {
  private static final String ORGANIZER = DatumGroup.ORGANIZER;

  private Layouts() {}

  static DocumentLayout of(DocumentSpec spec) {
    return DocumentLayout.of(spec);
  }

  /** The layout group {@code name} of section {@code sectionKey}; IAE when the spec has none. */
  static DatumGroup group(DocumentSpec spec, String sectionKey, String name) {
    for (DatumGroup g : of(spec).groups()) {
      if (g.sectionKey().equals(sectionKey) && g.name().equals(name)) {
        return g;
      }
    }
    throw new IllegalArgumentException(spec.code() + " has no group " + name + " in section " + sectionKey);
  }

  /**
   * Whether the top-level {@code entry} of section {@code sectionKey} is the root of a group named {@code name}
   * ({@link DocumentLayout#groupRootedBy}).
   */
  static boolean isGroupRoot(DocumentSpec spec, String sectionKey, String name, Entry entry) {
    return of(spec).groupRootedBy(sectionKey, entry).filter(name::equals).isPresent();
  }

  /** The one entry that holds {@code group}'s values in the shapes the spec gives. */
  static Entry assemble(SectionSpec section, DatumGroup layoutGroup, TypedGroup<?> group) {
    String name = layoutGroup.name();
    Set<String> members = new HashSet<>();
    for (Datum d : layoutGroup.members()) {
      members.add(d.name());
    }
    EntryShape act = actShape(name);
    Entry.Builder root;
    String rootDataElement = null;
    if (ORGANIZER.equals(name)) {
      root = Entry.builder().shape(EntryShape.ORGANIZER_COMPONENT);
    } else if (act != null) {
      root = Entry.builder().shape(act);
    } else {
      EntrySpec head = entry(section, layoutGroup, name);
      rootDataElement = name;
      root = Entry.builder().dataElement(name).displayName(head.nameZh()).value(group.value(name).orElse(null));
    }
    for (Entry child : children(section, layoutGroup, members, group, rootDataElement, act != null,
        ORGANIZER.equals(name))) {
      root.addComponent(child);
    }
    return root.build();
  }

  /** The entries of the members whose parent is {@code parent} (null: the root), each with its own children. */
  private static List<Entry> children(SectionSpec section, DatumGroup layoutGroup, Set<String> members,
      TypedGroup<?> group, String parent, boolean inAct, boolean inOrganizer) {
    List<Entry> children = new ArrayList<>();
    Set<String> slots = new HashSet<>();
    for (Datum d : layoutGroup.members()) {
      if (d.position().isSlot()) {
        slots.add(d.name());
      }
    }
    for (Datum d : layoutGroup.members()) {
      String de = d.name();
      if (de.equals(parent) || (parent == null && de.equals(layoutGroup.name()))) {
        continue;
      }
      EntrySpec spec = entry(section, layoutGroup, de);
      // a detail of a slot member (the operation code in procedure/code) cannot nest in the slot: it is the act's
      String p = spec.parent().filter(members::contains).filter(x -> !x.equals(de)).filter(x -> !slots.contains(x))
          .orElse(null);
      boolean underRoot = p == null || p.equals(layoutGroup.name());
      if (parent == null ? !underRoot : !parent.equals(p)) {
        continue;
      }
      List<Entry> nested = children(section, layoutGroup, members, group, de, false, false);
      Hl7Value value = group.value(de).orElse(null);
      if (value == null && nested.isEmpty()) {
        continue;
      }
      Entry.Builder e = Entry.builder().dataElement(de).value(value);
      if (parent == null && inOrganizer) {
        e.shape(EntryShape.OBSERVATION).displayName(spec.nameZh());
      } else {
        e.shape(EntryShape.ENTRY_RELATIONSHIP);
        if (parent == null && inAct && d.position().isSlot()) {
          e.position(d.position());
        } else {
          e.displayName(spec.nameZh());
        }
      }
      for (Entry n : nested) {
        e.addComponent(n);
      }
      children.add(e.build());
    }
    return children;
  }

  private static EntrySpec entry(SectionSpec section, DatumGroup layoutGroup, String dataElement) {
    for (EntrySpec e : section.entries()) {
      if (e.dataElement().equals(dataElement)) {
        return e;
      }
    }
    throw new IllegalStateException("layout group " + layoutGroup.name() + " names " + dataElement
        + ", which section " + section.key() + " lacks");
  }

  private static EntryShape actShape(String name) {
    for (EntryShape shape : EntryShape.values()) {
      if (shape.isAct() && shape.name().equals(name)) {
        return shape;
      }
    }
    return null;
  }
}
