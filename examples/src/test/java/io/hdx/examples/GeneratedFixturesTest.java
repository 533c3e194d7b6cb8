package io.hdx.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.codec.cda.CdaDecoder;
import io.hdx.codec.cda.CdaEncoder;
import io.hdx.model.document.ClinicalDocument;
import io.hdx.model.spec.DocumentSpec;
import io.hdx.model.spec.DocumentSpecRegistry;
import io.hdx.testkit.SampleData;
import io.hdx.testkit.SampleDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import java.util.stream.Stream;

/**
 * Task: conforming fixtures inside your own JUnit 5 tests, without real patients. Here the "system under test" is a
 * small importer that reads a CDA document and files it under the patient's resident ID; the fixtures are one
 * synthetic document of each of the 73 types, the same bytes on every run (fixed seed), so a failure reproduces.
 */
class GeneratedFixturesTest {
  private static final SampleData FIXTURES = SampleData.withSeed(20240601L);

  /** The importer a HIS vendor would test: the resident ID the document is about, read from its bytes. */
  static String residentIdOf(byte[] cda) {
    ClinicalDocument doc = CdaDecoder.create().decode(cda).document();
    return doc.patient().flatMap(p -> p.residentId()).flatMap(id -> id.extension()).orElse("");
  }

  static Stream<DocumentSpec> everyType() {
    return DocumentSpecRegistry.standard().all().stream();
  }

  @ParameterizedTest
  @MethodSource("everyType")
  void importer_anyDocumentType_filesItUnderThePatient(DocumentSpec spec) {
    SampleDocument fixture = FIXTURES.document(spec.code(), 0);
    byte[] cda = CdaEncoder.create().encode(fixture.document());
    assertEquals(fixture.patient().residentId(), residentIdOf(cda));
    assertTrue(cda.length > 1000);
  }
}
