package io.hdx.codec.cda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.model.datatype.CodedValue;
import io.hdx.model.datatype.Hl7Value;
import io.hdx.model.datatype.InstanceIdentifier;
import io.hdx.model.datatype.IntegerValue;
import io.hdx.model.datatype.Text;
import io.hdx.model.document.ClinicalDocument;
import io.hdx.model.document.Entry;
import io.hdx.model.document.Section;
import io.hdx.model.layout.DocumentLayout;
import io.hdx.model.layout.LayoutValue;
import io.hdx.model.layout.PersonalDataCategory;
import io.hdx.model.spec.DocumentSpec;
import io.hdx.model.spec.DocumentSpecRegistry;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The layout walker yields every value of a document exactly once: checked against the values a reflective pass
 * over the model's fields finds, on the vendor-style samples and on a typed document of every spec.
 */
class LayoutWalkTest {

  @Test
  void walk_samples_yieldsEveryValueOnce() {
    for (String name : new String[] {"C0002-vendor.xml", "C0004-sample.xml", "C0032-sample.xml", "C0034-sample.xml"}) {
      ClinicalDocument doc = CdaDecoder.create().decode(LosslessReencodeTest.sample(name)).document();
      assertWalkIsComplete(name, doc);
    }
  }

  @Test
  void walk_typedDocumentOfEverySpec_yieldsEveryValueOnce() throws Exception {
    for (Map.Entry<DocumentSpec, Class<?>> e : TestDocuments.typedClasses().entrySet()) {
      assertWalkIsComplete(e.getKey().code(), TestDocuments.typedDocument(e.getKey(), e.getValue()));
    }
  }

  @Test
  void walk_sample_namesThePatientDirectAndTheBodySensitive() {
    ClinicalDocument doc = CdaDecoder.create().decode(LosslessReencodeTest.sample("C0034-sample.xml")).document();
    List<LayoutValue> values = layout(doc).walk(doc);
    boolean name = false;
    boolean body = false;
    for (LayoutValue v : values) {
      if (v.pointer().equals("/patient/name")) {
        name = true;
        assertEquals(PersonalDataCategory.DIRECT, v.category());
        assertEquals("DE02.01.039.00", v.dataElement().get());
      }
      if (v.pointer().startsWith("/sections/") && v.dataElement().filter("DE04.01.119.00"::equals).isPresent()) {
        body = true;
        assertEquals(PersonalDataCategory.SENSITIVE, v.category());
      }
      assertFalse(v.toString().contains("测试"), "no value in toString");
    }
    assertTrue(name && body, values::toString);
  }

  private static DocumentLayout layout(ClinicalDocument doc) {
    return DocumentLayout.of(DocumentSpecRegistry.standard().byCode(doc.code()).get());
  }

  private static void assertWalkIsComplete(String what, ClinicalDocument doc) {
    Map<Hl7Value, Integer> expected = new HashMap<>();
    collect(doc, expected);
    expected.merge(InstanceIdentifier.ofRoot(doc.templateId()), 1, Integer::sum);
    expected.merge(CodedValue.builder().code(doc.code()).codeSystem(DocumentSpec.DOCUMENT_CODE_SYSTEM).build(), 1,
        Integer::sum);
    Map<Hl7Value, Integer> walked = new HashMap<>();
    Set<String> pointers = new HashSet<>();
    for (LayoutValue v : layout(doc).walk(doc)) {
      walked.merge(v.value(), 1, Integer::sum);
      assertTrue(pointers.add(v.pointer()), what + ": one value per pointer " + v.pointer());
    }
    assertEquals(expected, walked, what);
  }

  /** Every value the model holds: its Hl7Values, strings and integers, except the structural codes and names. */
  private static void collect(Object node, Map<Hl7Value, Integer> out) {
    if (node == null) {
      return;
    }
    if (node instanceof List) {
      for (Object o : (List<?>) node) {
        collect(o, out);
      }
      return;
    }
    if (node instanceof Hl7Value) {
      out.merge((Hl7Value) node, 1, Integer::sum);
      return;
    }
    if (node instanceof String) {
      out.merge(Text.of((String) node), 1, Integer::sum);
      return;
    }
    if (node instanceof Integer) {
      out.merge(IntegerValue.of((Integer) node), 1, Integer::sum);
      return;
    }
    if (node instanceof Enum || !node.getClass().getName().startsWith("io.hdx.model.document.")) {
      return;
    }
    for (Class<?> c = node.getClass(); c != Object.class; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers()) || structural(node, f.getName())) {
          continue;
        }
        f.setAccessible(true);
        try {
          collect(f.get(node), out);
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
  }

  private static boolean structural(Object node, String field) {
    if (node instanceof ClinicalDocument) {
      return field.equals("templateId") || field.equals("code");
    }
    if (node instanceof Section) {
      return field.equals("code") || field.equals("displayName");
    }
    if (node instanceof io.hdx.model.document.Participation) {
      return field.equals("typeCode"); // a ParticipationType code, like an entry's data element code
    }
    return node instanceof Entry && (field.equals("dataElement") || field.equals("displayName"));
  }
}
