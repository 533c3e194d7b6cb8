package io.hdx.codec.cda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.codec.DecodeResult;
import io.hdx.model.document.ClinicalDocument;
import io.hdx.model.spec.DocumentSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every typed document class's builder, with every entry of its spec set, gives a document that round-trips. */
class TypedDocumentRoundTripTest {

  @Test
  void typedClasses_all73Found() throws Exception {
    assertEquals(73, TestDocuments.typedClasses().size());
  }

  @TestFactory
  Stream<DynamicTest> typedBuilder_everyEntrySet_roundTrips() throws Exception {
    List<DynamicTest> tests = new ArrayList<>();
    for (Map.Entry<DocumentSpec, Class<?>> e : TestDocuments.typedClasses().entrySet()) {
      tests.add(DynamicTest.dynamicTest(e.getValue().getSimpleName(), () -> roundTrip(e.getKey(), e.getValue())));
    }
    return tests.stream();
  }

  private static void roundTrip(DocumentSpec spec, Class<?> typed) throws Exception {
    ClinicalDocument doc = TestDocuments.typedDocument(spec, typed);
    DecodeResult result = CdaDecoder.create().decode(CdaEncoder.create().encode(doc));
    assertEquals(doc, result.document());
    assertTrue(result.warnings().isEmpty(), () -> result.warnings().toString());
  }
}
