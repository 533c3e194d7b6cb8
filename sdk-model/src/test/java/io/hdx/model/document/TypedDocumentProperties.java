package io.hdx.model.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hdx.model.datatype.BooleanValue;
import io.hdx.model.datatype.CodedValue;
import io.hdx.model.datatype.Hl7Value;
import io.hdx.model.datatype.IntegerValue;
import io.hdx.model.datatype.PhysicalQuantity;
import io.hdx.model.datatype.PointInTime;
import io.hdx.model.datatype.Text;
import io.hdx.model.spec.DocumentSpec;
import io.hdx.model.spec.DocumentSpecRegistry;
import io.hdx.model.spec.EntryShape;
import io.hdx.model.spec.EntrySpec;
import io.hdx.model.spec.SectionSpec;
import io.hdx.model.spec.Standard;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import io.hdx.model.layout.DocumentLayout;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * For every document spec: values set through the generic placement of the typed builder come
 * back from the typed getters, and the document holds each in the section the spec names.
 */
class TypedDocumentProperties {

  @Property(tries = 300)
  void everySpecEntry_setThenGet_sameValue(@ForAll("specEntries") SpecEntry pick, @ForAll("texts") String text,
      @ForAll("days") LocalDate day) throws Exception {
    Hl7Value value = valueFor(pick.entry, text, day);
    Class<?> typed = Class.forName("io.hdx.model.document." + pick.spec.standard().id() + "."
        + simpleName(pick.spec));
    Object builder = typed.getMethod("builder").invoke(null);
    TypedDocumentTest.required((TypedDocument.Builder<?, ?>) builder);
    Optional<String> group = DocumentLayout.of(pick.spec)
        .slot(pick.section.key(), pick.entry.dataElement(), pick.entry.position()).get().group();
    if (group.isPresent()) {
      // a member of a group (a diagnosis, a drug ...): a group holding only this member
      TypedGroup<?> g = blank(typed, pick.section.key(), group.get());
      Method with = TypedGroup.class.getDeclaredMethod("with", String.class, Hl7Value.class);
      Method addGroup = TypedDocument.Builder.class.getDeclaredMethod("addGroup", TypedGroup.class);
      with.setAccessible(true);
      addGroup.setAccessible(true);
      addGroup.invoke(builder, with.invoke(g, pick.entry.dataElement(), value));
    } else {
      Method set = TypedDocument.Builder.class.getDeclaredMethod(
          pick.entry.cardinality().isRepeating() ? "add" : "set", String.class, String.class, Hl7Value.class);
      set.setAccessible(true);
      set.invoke(builder, pick.section.key(), pick.entry.dataElement(), value);
    }
    TypedDocument doc = (TypedDocument) builder.getClass().getMethod("build").invoke(builder);

    Section section = doc.toClinicalDocument().section(pick.section.key()).get();
    List<Entry> entries = section.entries(pick.entry.dataElement());
    assertEquals(1, entries.size());
    assertEquals(value, entries.get(0).value().get());
    EntryShape expected = pick.entry.shape() == EntryShape.ORGANIZER_COMPONENT ? EntryShape.OBSERVATION
        : pick.entry.shape();
    if (pick.entry.shape().isAct()) {
      // a member of a drug, operation ...: nested in one act of that shape, in its spec's position
      assertEquals(EntryShape.ENTRY_RELATIONSHIP, entries.get(0).shape());
      assertEquals(pick.entry.position(), entries.get(0).position());
      assertEquals(1, section.entries().stream().filter(e -> e.shape() == pick.entry.shape()).count());
    } else if (pick.entry.shape() != EntryShape.ENTRY_RELATIONSHIP) {
      assertEquals(expected, entries.get(0).shape());
    }
    assertEquals(Optional.of(value), Optional.of(doc.values(pick.section.key(), pick.entry.dataElement()).get(0)));
  }

  /** An empty instance of the generated group type of {@code groupName} in {@code sectionKey}. */
  static TypedGroup<?> blank(Class<?> typed, String sectionKey, String groupName) throws Exception {
    for (Class<?> nested : typed.getDeclaredClasses()) {
      if (TypedGroup.class.isAssignableFrom(nested)) {
        Constructor<?> c = nested.getDeclaredConstructor();
        c.setAccessible(true);
        TypedGroup<?> g = (TypedGroup<?>) c.newInstance();
        if (g.sectionKey().equals(sectionKey) && g.groupName().equals(groupName)) {
          return g;
        }
      }
    }
    throw new IllegalStateException(typed.getSimpleName() + " has no group " + groupName + " in " + sectionKey);
  }

  /** The generated class's simple name, from the naming table the generator reads. */
  private static String simpleName(DocumentSpec spec) throws Exception {
    String key = spec.standard() == Standard.WST483 ? String.format("B%04d", spec.part()) : spec.code();
    for (String line : Files.readAllLines(Paths.get("src/build/facts/document-class-names.tsv"), StandardCharsets.UTF_8)) {
      String[] cells = line.split("\t");
      if (cells[0].equals(key)) {
        return cells[1];
      }
    }
    throw new IllegalStateException("no class name for " + key);
  }

  private static Hl7Value valueFor(EntrySpec entry, String text, LocalDate day) {
    switch (entry.valueType()) {
      case CD:
      case CE:
      case CV:
        return CodedValue.builder().type(entry.valueType()).code(text.isEmpty() ? "1" : "C" + text.length())
            .codeSystem(entry.valueSet().orElse("2.16.156.10011.2.3.3.4")).build();
      case PQ:
        return PhysicalQuantity.of(BigDecimal.valueOf(text.length(), 1), entry.unit().orElse("1"));
      case TS:
        return PointInTime.of(day);
      case INT:
        return IntegerValue.of(text.length());
      case BL:
        return BooleanValue.of(text.length() % 2 == 0);
      default:
        return Text.of(text);
    }
  }

  @Provide
  Arbitrary<SpecEntry> specEntries() {
    List<DocumentSpec> specs = DocumentSpecRegistry.standard().all();
    return Arbitraries.of(specs).filter(s -> !s.entries().isEmpty()).flatMap(spec ->
        Arbitraries.of(spec.sections()).filter(s -> !s.entries().isEmpty()).flatMap(section ->
            Arbitraries.of(section.entries()).map(entry -> new SpecEntry(spec, section, entry))));
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withCharRange('一', '龥').ofMaxLength(20);
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return Combinators.combine(Arbitraries.integers().between(1900, 2030), Arbitraries.integers().between(1, 365))
        .as((y, d) -> LocalDate.ofYearDay(y, d));
  }

  static final class SpecEntry {
    final DocumentSpec spec;
    final SectionSpec section;
    final EntrySpec entry;

    SpecEntry(DocumentSpec spec, SectionSpec section, EntrySpec entry) {
      this.spec = spec;
      this.section = section;
      this.entry = entry;
    }

    @Override
    public String toString() {
      return spec.code() + "/" + section.key() + "/" + entry.dataElement();
    }
  }
}
