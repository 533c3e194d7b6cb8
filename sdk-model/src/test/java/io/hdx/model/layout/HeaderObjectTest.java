package io.hdx.model.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.model.datatype.CodedValue;
import io.hdx.model.datatype.InstanceIdentifier;
import io.hdx.model.datatype.PhysicalQuantity;
import io.hdx.model.datatype.PointInTime;
import io.hdx.model.datatype.TimeInterval;
import io.hdx.model.document.ClinicalDocument;
import io.hdx.model.document.Patient;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HeaderObjectTest {
  private static final DocumentLayout LAYOUT = DocumentLayout.standard("C0034").get();

  /** The HL7 types a layout row may give a field of each form. */
  private static final Map<HeaderField.Form, Set<String>> TYPES = new HashMap<>();

  static {
    TYPES.put(HeaderField.Form.TEXT, new HashSet<>(Arrays.asList("ST", "PN", "TEL", "CS")));
    TYPES.put(HeaderField.Form.IDENTIFIER, Collections.singleton("II"));
    TYPES.put(HeaderField.Form.IDENTIFIERS, Collections.singleton("II"));
    TYPES.put(HeaderField.Form.CODED, new HashSet<>(Arrays.asList("CE", "CD", "CV")));
    TYPES.put(HeaderField.Form.TIME, Collections.singleton("TS"));
    TYPES.put(HeaderField.Form.INTEGER, Collections.singleton("INT"));
    TYPES.put(HeaderField.Form.QUANTITY, Collections.singleton("PQ"));
    TYPES.put(HeaderField.Form.EFFECTIVE_TIME, Collections.singleton("IVL_TS"));
  }

  @Test
  void everyHeaderRowOfTheLayout_resolvesToAFieldWithItsJsonNameAndType() {
    int rows = 0;
    for (Datum d : LAYOUT.header()) {
      String[] steps = d.name().split("\\.");
      if (d.name().equals("document.templateId") || d.name().equals("document.code")) {
        continue; // the document's kind, not a header field of the model
      }
      int from = steps[0].equals("document") ? 1 : 0;
      assertEquals(d.jsonName(), resolve(HeaderObject.DOCUMENT, steps, from, "", d), d.name());
      rows++;
    }
    assertTrue(rows > 150, "rows " + rows);
  }

  @Test
  void everyEntryPersonRowOfTheLayout_resolvesInThePerson() {
    int rows = 0;
    for (Datum d : LAYOUT.body()) {
      if (d.kind() == Datum.Kind.SECTION && d.name().matches("section\\.entry\\.(author|performer|participant)\\..*")) {
        String person = resolve(HeaderObject.PERSON, d.name().split("\\."), 3, "", d);
        assertTrue(d.jsonName().endsWith("/participations/*/person" + person), d.name() + " " + d.jsonName());
        rows++;
      }
    }
    assertTrue(rows > 40, "rows " + rows);
  }

  @Test
  void everyFieldOfEveryObject_isReachedByARowOfTheLayout() {
    Set<HeaderField<?, ?, ?>> reached = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (Datum d : LAYOUT.data()) {
      String[] steps = d.name().split("\\.");
      if (d.kind() == Datum.Kind.HEADER && !d.name().equals("document.templateId")
          && !d.name().equals("document.code")) {
        mark(HeaderObject.DOCUMENT, steps, steps[0].equals("document") ? 1 : 0, reached);
      } else if (d.kind() == Datum.Kind.SECTION && d.name().matches("section\\.entry\\.(author|performer)\\..*")) {
        mark(HeaderObject.PERSON, steps, 3, reached);
      }
    }
    for (HeaderObject<?, ?> object : HeaderObject.all()) {
      for (HeaderField<?, ?, ?> field : object.fields()) {
        assertTrue(reached.contains(field), object.name() + "." + field.name() + " is in no row of the layout");
      }
    }
  }

  @Test
  void everyField_setOnANewBuilder_readsBackItsValue() {
    for (HeaderObject<?, ?> object : HeaderObject.all()) {
      for (HeaderField<?, ?, ?> field : object.fields()) {
        roundTrip(object, field);
      }
    }
  }

  @Test
  void newBuilder_setsNothing() {
    for (HeaderObject<?, ?> object : HeaderObject.all()) {
      if (object != HeaderObject.DOCUMENT) {
        assertNothingSet(object);
      }
    }
    ClinicalDocument doc = HeaderObject.DOCUMENT.newBuilder().templateId("2.16.156.10011.2.1.1.54").code("C0034")
        .build();
    for (HeaderField<ClinicalDocument, ClinicalDocument.Builder, ?> field : HeaderObject.DOCUMENT.fields()) {
      assertTrue(field.values(doc).isEmpty(), field.name());
    }
  }

  @Test
  void listField_valueIsRefused_valuesGivesAll() {
    HeaderField<Patient, Patient.Builder, ?> ids = HeaderObject.PATIENT.field("ids").get();
    Patient p = Patient.builder().addId(InstanceIdentifier.of("2.16.156.10011.1.11", "1"))
        .addId(InstanceIdentifier.of("2.16.156.10011.1.12", "2")).build();
    assertEquals(2, ids.values(p).size());
    assertThrows(IllegalArgumentException.class, () -> ids.value(p));
    assertFalse(HeaderObject.PATIENT.field("nationality").isPresent());
    assertEquals("authors", HeaderObject.DOCUMENT.field("author").get().jsonName());
    assertEquals("author", HeaderObject.DOCUMENT.jsonField("authors").get().name());
  }

  /** The JSON pointer of {@code steps[i..]} from {@code object}: each field's JSON name, {@code *} after a list. */
  private static String resolve(HeaderObject<?, ?> object, String[] steps, int i, String at, Datum d) {
    Optional<? extends HeaderField<?, ?, ?>> found = object.field(steps[i]);
    assertTrue(found.isPresent(), d.name() + ": no field " + steps[i] + " in " + object.name());
    HeaderField<?, ?, ?> field = found.get();
    String here = at + "/" + field.jsonName() + (field.form() == HeaderField.Form.OBJECTS ? "/*" : "");
    if (i == steps.length - 1) {
      if (field.form() != HeaderField.Form.OBJECT && field.form() != HeaderField.Form.OBJECTS) {
        assertTrue(TYPES.get(field.form()).contains(d.type()), d.name() + " " + d.type() + " vs " + field.form());
      }
      return here;
    }
    assertTrue(field.object().isPresent(), d.name() + ": " + field.name() + " has no fields");
    return resolve(field.object().get(), steps, i + 1, here, d);
  }

  private static void mark(HeaderObject<?, ?> object, String[] steps, int i, Set<HeaderField<?, ?, ?>> reached) {
    HeaderField<?, ?, ?> field = object.field(steps[i]).get();
    reached.add(field);
    if (i < steps.length - 1) {
      mark(field.object().get(), steps, i + 1, reached);
    }
  }

  private static <N, B> void assertNothingSet(HeaderObject<N, B> object) {
    N node = object.build(object.newBuilder());
    for (HeaderField<N, B, ?> field : object.fields()) {
      assertTrue(field.values(node).isEmpty(), object.name() + "." + field.name());
    }
  }

  private static <N, B, V> void roundTrip(HeaderObject<N, B> object, HeaderField<?, ?, V> any) {
    @SuppressWarnings("unchecked")
    HeaderField<N, B, V> field = (HeaderField<N, B, V>) any;
    V sample = field.valueClass().cast(sample(field));
    B b = object.newBuilder();
    if (object == HeaderObject.DOCUMENT) {
      ((ClinicalDocument.Builder) b).templateId("2.16.156.10011.2.1.1.54").code("C0034");
    }
    field.set(b, sample);
    if (field.form().isList()) {
      field.set(b, sample);
    }
    N node = object.build(b);
    List<V> expected = field.form().isList() ? Arrays.asList(sample, sample) : Collections.singletonList(sample);
    assertEquals(expected, field.values(node), object.name() + "." + field.name());
  }

  private static Object sample(HeaderField<?, ?, ?> field) {
    switch (field.form()) {
      case TEXT:
        return "x";
      case IDENTIFIER:
      case IDENTIFIERS:
        return InstanceIdentifier.of("2.16.156.10011.1.11", "1");
      case CODED:
        return CodedValue.builder().code("1").codeSystem("2.16.156.10011.2.3.3.4").build();
      case TIME:
        return PointInTime.parse("20240131");
      case INTEGER:
        return 2;
      case QUANTITY:
        return PhysicalQuantity.of("42", "岁");
      case EFFECTIVE_TIME:
        return TimeInterval.asWritten(PointInTime.parse("20240101"), PointInTime.parse("20240131"));
      default:
        return filled(field.object().get());
    }
  }

  /** A node of {@code object} with each of its text fields set (nested objects left out: partOf nests itself). */
  private static <N, B> N filled(HeaderObject<N, B> object) {
    B b = object.newBuilder();
    List<HeaderField<N, B, ?>> texts = new ArrayList<>();
    for (HeaderField<N, B, ?> field : object.fields()) {
      if (field.form() == HeaderField.Form.TEXT) {
        texts.add(field);
      }
    }
    if (object == HeaderObject.DOCUMENT) {
      ((ClinicalDocument.Builder) b).templateId("2.16.156.10011.2.1.1.54").code("C0034");
    }
    for (HeaderField<N, B, ?> text : texts) {
      setText(text, b);
    }
    return object.build(b);
  }

  private static <N, B, V> void setText(HeaderField<N, B, V> field, B b) {
    field.set(b, field.valueClass().cast("x"));
  }
}
