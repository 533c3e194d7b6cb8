package io.hdx.codec.cda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.model.datatype.CodedValue;
import io.hdx.model.datatype.Hl7Value;
import io.hdx.model.datatype.InstanceIdentifier;
import io.hdx.model.datatype.PointInTime;
import io.hdx.model.document.ClinicalDocument;
import io.hdx.model.document.Encounter;
import io.hdx.model.document.Organization;
import io.hdx.model.document.Participant;
import io.hdx.model.document.Patient;
import io.hdx.model.document.TypedDocument;
import io.hdx.model.id.IdentifierOid;
import io.hdx.model.spec.DocumentSpec;
import io.hdx.model.spec.DocumentSpecRegistry;
import io.hdx.model.spec.EntrySpec;
import io.hdx.model.spec.SectionSpec;
import io.hdx.model.spec.Standard;
import io.hdx.model.valueset.Sex;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every typed document class's builder, with every entry of its spec set, gives a document that round-trips. */
class TypedDocumentRoundTripTest {
  private static final Path CLASS_NAMES = Paths.get("..", "sdk-model", "src", "build", "facts",
      "document-class-names.tsv");

  @Test
  void typedClasses_all73Found() throws Exception {
    assertEquals(73, typedClasses().size());
  }

  @TestFactory
  Stream<DynamicTest> typedBuilder_everyEntrySet_roundTrips() throws Exception {
    List<DynamicTest> tests = new ArrayList<>();
    for (Map.Entry<DocumentSpec, Class<?>> e : typedClasses().entrySet()) {
      tests.add(DynamicTest.dynamicTest(e.getValue().getSimpleName(), () -> roundTrip(e.getKey(), e.getValue())));
    }
    return tests.stream();
  }

  private static void roundTrip(DocumentSpec spec, Class<?> typed) throws Exception {
    Object builder = typed.getMethod("builder").invoke(null);
    TypedDocument.Builder<?, ?> b = (TypedDocument.Builder<?, ?>) builder;
    b.documentId("DOC-" + spec.code()).effectiveTime(LocalDateTime.of(2024, 1, 2, 3, 4, 5))
        .patient(Patient.builder().addId(InstanceIdentifier.of(IdentifierOid.INPATIENT_NUMBER.oid(), "ZY0001"))
            .residentId(InstanceIdentifier.of(IdentifierOid.RESIDENT_ID_CARD.oid(), "SYNTHETIC"))
            .name("测试").gender(CodedValue.of(Sex.MALE)).birthTime(PointInTime.of(LocalDate.of(1980, 1, 1)))
            .build())
        .addAuthor(Participant.builder().time(PointInTime.of(LocalDateTime.of(2024, 1, 2, 3, 4, 5)))
            .id(InstanceIdentifier.of("2.16.156.10011.1.7", "A01")).name("医生").build())
        .custodian(Organization.of(InstanceIdentifier.of("2.16.156.10011.1.5", "ORG"), "医院"))
        .legalAuthenticator(Participant.builder().time(PointInTime.of(LocalDate.of(2024, 1, 2)))
            .id(InstanceIdentifier.of("2.16.156.10011.1.4", "S01")).roleName("主任医师").name("签名").build())
        .encounter(Encounter.of(PointInTime.of(LocalDate.of(2024, 1, 1)),
            Organization.builder().id(InstanceIdentifier.of("2.16.156.10011.1.22", "B1")).name("1床")
                .partOf(Organization.of(InstanceIdentifier.of("2.16.156.10011.1.5", "ORG"), "医院")).build()));
    Method set = TypedDocument.Builder.class.getDeclaredMethod("set", String.class, String.class, Hl7Value.class);
    Method add = TypedDocument.Builder.class.getDeclaredMethod("add", String.class, String.class, Hl7Value.class);
    set.setAccessible(true);
    add.setAccessible(true);
    TestDocuments values = new TestDocuments(spec.code().hashCode());
    for (SectionSpec section : spec.sections()) {
      for (EntrySpec entry : section.entries()) {
        Method m = entry.cardinality().isRepeating() ? add : set;
        m.invoke(builder, section.key(), entry.dataElement(), values.value(entry.valueType()));
        if (entry.cardinality().isRepeating()) {
          m.invoke(builder, section.key(), entry.dataElement(), values.value(entry.valueType()));
        }
      }
    }
    ClinicalDocument doc = ((TypedDocument) builder.getClass().getMethod("build").invoke(builder))
        .toClinicalDocument();
    DecodeResult result = CdaDecoder.create().decode(CdaEncoder.create().encode(doc));
    assertEquals(doc, result.document());
    assertTrue(result.warnings().isEmpty(), () -> result.warnings().toString());
  }

  /** The 73 typed classes by spec, named as in sdk-model's naming table. */
  static Map<DocumentSpec, Class<?>> typedClasses() throws Exception {
    Map<String, String> names = new HashMap<>();
    for (String line : Files.readAllLines(CLASS_NAMES, StandardCharsets.UTF_8)) {
      String[] cells = line.split("\t");
      names.put(cells[0], cells[1]);
    }
    Map<DocumentSpec, Class<?>> classes = new java.util.LinkedHashMap<>();
    for (DocumentSpec spec : DocumentSpecRegistry.standard().all()) {
      String key = spec.standard() == Standard.WST483 ? String.format("B%04d", spec.part()) : spec.code();
      String name = names.get(key);
      if (name != null) {
        classes.put(spec, Class.forName("io.hdx.model.document." + spec.standard().id() + "." + name));
      }
    }
    return classes;
  }
}
