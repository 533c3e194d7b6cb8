package io.hdx.codec.cda;

import io.hdx.model.datatype.Hl7Value;
import io.hdx.model.document.TypedDocument;
import io.hdx.model.document.TypedGroup;
import io.hdx.model.layout.Datum;
import io.hdx.model.layout.DatumGroup;
import io.hdx.model.layout.DocumentLayout;
import io.hdx.model.spec.DocumentSpec;
import io.hdx.model.spec.EntrySpec;
import io.hdx.model.spec.SectionSpec;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

/**
 * Fills a generated typed builder with a value for every entry of its spec, through the builder's own placement:
 * single entries by its protected {@code set}/{@code add}, groups of the document layout as generated group values
 * ({@link TypedGroup}) by {@code addGroup}. For tests that need every data element of every spec.
 */
public final class TypedFill {
  private TypedFill() {}

  /**
   * Sets every entry of {@code spec} on {@code builder} ({@code typed}'s builder): a single repeating entry
   * {@code repeats} times, a single other entry once, and {@code repeats} groups of each layout group whose head
   * (or, for an act or organizer, any member) repeats, else one; each group with every member.
   */
  public static void fill(DocumentSpec spec, Class<?> typed, Object builder, Function<EntrySpec, Hl7Value> value,
      int repeats) throws ReflectiveOperationException {
    Method set = TypedDocument.Builder.class.getDeclaredMethod("set", String.class, String.class, Hl7Value.class);
    Method add = TypedDocument.Builder.class.getDeclaredMethod("add", String.class, String.class, Hl7Value.class);
    Method addGroup = TypedDocument.Builder.class.getDeclaredMethod("addGroup", TypedGroup.class);
    Method with = TypedGroup.class.getDeclaredMethod("with", String.class, Hl7Value.class);
    set.setAccessible(true);
    add.setAccessible(true);
    addGroup.setAccessible(true);
    with.setAccessible(true);
    DocumentLayout layout = DocumentLayout.of(spec);
    Set<String> grouped = new HashSet<>();
    for (DatumGroup group : layout.groups()) {
      SectionSpec section = spec.section(group.sectionKey()).get();
      boolean repeating = false;
      for (Datum d : group.members()) {
        grouped.add(group.sectionKey() + "|" + d.name());
        if (d.cardinality().isRepeating() && (!section.entry(group.name()).isPresent() || d.name().equals(group.name()))) {
          repeating = true;
        }
      }
      for (int i = repeating ? repeats : 1; i > 0; i--) {
        Object g = blank(typed, group);
        for (Datum d : group.members()) {
          g = with.invoke(g, d.name(), value.apply(entry(section, d)));
        }
        addGroup.invoke(builder, g);
      }
    }
    for (SectionSpec section : spec.sections()) {
      for (EntrySpec entry : section.entries()) {
        if (grouped.contains(section.key() + "|" + entry.dataElement())) {
          continue;
        }
        if (entry.cardinality().isRepeating()) {
          for (int i = repeats; i > 0; i--) {
            add.invoke(builder, section.key(), entry.dataElement(), value.apply(entry));
          }
        } else {
          set.invoke(builder, section.key(), entry.dataElement(), value.apply(entry));
        }
      }
    }
  }

  /** An empty instance of the generated group type of {@code group} in {@code typed}. */
  public static TypedGroup<?> blank(Class<?> typed, DatumGroup group) throws ReflectiveOperationException {
    for (Class<?> nested : typed.getDeclaredClasses()) {
      if (!TypedGroup.class.isAssignableFrom(nested)) {
        continue;
      }
      Constructor<?> c = nested.getDeclaredConstructor();
      c.setAccessible(true);
      TypedGroup<?> g = (TypedGroup<?>) c.newInstance();
      if (g.sectionKey().equals(group.sectionKey()) && g.groupName().equals(group.name())) {
        return g;
      }
    }
    throw new IllegalStateException(typed.getSimpleName() + " has no group type for " + group);
  }

  private static EntrySpec entry(SectionSpec section, Datum d) {
    for (EntrySpec e : section.entries()) {
      if (e.dataElement().equals(d.name()) && e.position() == d.position()) {
        return e;
      }
    }
    throw new IllegalStateException(d.name());
  }
}
