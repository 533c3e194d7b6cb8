package io.hdx.codec.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.codec.CodecException;
import io.hdx.codec.DecodeResult;
import io.hdx.codec.cda.CdaDecoder;
import io.hdx.codec.cda.CdaEncoder;
import io.hdx.codec.cda.TestDocuments;
import io.hdx.model.WithheldCause;
import io.hdx.model.datatype.EncapsulatedData;
import io.hdx.model.datatype.Hl7Type;
import io.hdx.model.datatype.Hl7Value;
import io.hdx.model.datatype.MonetaryAmount;
import io.hdx.model.datatype.PhysicalQuantity;
import io.hdx.model.datatype.RealValue;
import io.hdx.model.datatype.Text;
import io.hdx.model.document.ClinicalDocument;
import io.hdx.model.document.Entry;
import io.hdx.model.document.Section;
import io.hdx.model.spec.DocumentSpec;
import io.hdx.model.spec.ValuePosition;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The golden example of JSON.md, the 73 typed builders, decimals, names and output forms. */
class JsonEncoderTest {
  private static final JsonEncoder ENCODER = JsonEncoder.create();
  private static final JsonEncoder PRETTY = JsonEncoder.create().with(JsonEncodeFeature.PRETTY_PRINT);
  private static final JsonDecoder DECODER = JsonDecoder.create();

  private static ClinicalDocument withValues(Hl7Value... values) {
    Section.Builder s = Section.builder().code("8716-3").displayName("VITAL SIGNS");
    for (Hl7Value v : values) {
      s.addEntry(Entry.builder().dataElement("DE04.10.174.00").displayName("收缩压").value(v).build());
    }
    return ClinicalDocument.builder().templateId("2.16.156.10011.2.1.1.54").code("C0034").addSection(s.build())
        .build();
  }

  private static String json(ClinicalDocument doc) {
    return new String(ENCODER.encode(doc), StandardCharsets.UTF_8);
  }

  @Test
  void encode_goldenExample_matchesJsonMdByteForByte() throws IOException {
    String pretty = new String(PRETTY.encode(JsonExamples.admissionRecord()), StandardCharsets.UTF_8);
    assertEquals(JsonExamples.goldenBlock(), pretty);
  }

  @Test
  void decode_goldenExample_givesTheDocumentAndItsXml() throws IOException {
    DecodeResult r = JsonDecoder.create().with(JsonDecodeFeature.REFUSE_UNKNOWN_FIELDS)
        .decode(JsonExamples.goldenBlock());
    assertEquals(JsonExamples.admissionRecord(), r.document());
    assertTrue(r.warnings().isEmpty());
    assertEquals(r.document(), CdaDecoder.create().decode(CdaEncoder.create().encode(r.document())).document());
  }

  @Test
  void encode_drugExample_matchesJsonMdByteForByte() throws IOException {
    String pretty = new String(PRETTY.encode(JsonExamples.prescription()), StandardCharsets.UTF_8);
    assertEquals(JsonExamples.drugBlock(), pretty);
    assertFalse(pretty.contains("\"position\": \"OBSERVATION\""), "OBSERVATION is the default and left out");
  }

  @Test
  void decode_drugExample_givesTheDocumentWithItsSlots() throws IOException {
    DecodeResult r = JsonDecoder.create().with(JsonDecodeFeature.REFUSE_UNKNOWN_FIELDS)
        .decode(JsonExamples.drugBlock());
    assertEquals(JsonExamples.prescription(), r.document());
    assertTrue(r.warnings().isEmpty());
    Entry drug = r.document().sections().get(0).entries().get(0);
    assertEquals(ValuePosition.ROUTE_CODE, drug.components().get(0).position());
    assertEquals(ValuePosition.DRUG_NAME, drug.components().get(4).position());
    assertEquals(ValuePosition.OBSERVATION, drug.components().get(5).position());
  }

  @Test
  void encode_compact_isPrettyWithoutWhitespace() throws IOException {
    String compact = json(JsonExamples.admissionRecord());
    assertFalse(compact.contains("\n"));
    assertEquals(DECODER.decode(JsonExamples.goldenBlock()).document(), DECODER.decode(compact).document());
    assertTrue(compact.startsWith("{\"format\":\"hdx-cda-json/1\",\"templateId\":\"2.16.156.10011.2.1.1.54\","));
  }

  @TestFactory
  Stream<DynamicTest> typedBuilder_everyDocument_roundTripsThroughJsonAndXml() throws Exception {
    Map<DocumentSpec, Class<?>> classes = TestDocuments.typedClasses();
    assertEquals(73, classes.size());
    List<DynamicTest> tests = new ArrayList<>();
    for (Map.Entry<DocumentSpec, Class<?>> e : classes.entrySet()) {
      tests.add(DynamicTest.dynamicTest(e.getValue().getSimpleName(), () -> {
        ClinicalDocument doc = TestDocuments.typedDocument(e.getKey(), e.getValue());
        DecodeResult json = JsonDecoder.create().with(JsonDecodeFeature.REFUSE_UNKNOWN_FIELDS)
            .decode(ENCODER.encode(doc));
        assertEquals(doc, json.document());
        assertTrue(json.warnings().isEmpty());
        ClinicalDocument fromXml = CdaDecoder.create().decode(CdaEncoder.create().encode(doc)).document();
        ClinicalDocument xmlJsonXml = CdaDecoder.create()
            .decode(CdaEncoder.create().encode(DECODER.decode(ENCODER.encode(fromXml)).document())).document();
        assertEquals(doc, xmlJsonXml);
      }));
    }
    return tests.stream();
  }

  @Test
  void encode_decimals_keepScaleAsStrings() {
    ClinicalDocument doc = withValues(PhysicalQuantity.of("120.0", "mmHg"), RealValue.of(new BigDecimal("0.50")),
        MonetaryAmount.of(new BigDecimal("1234.50"), "CNY"), RealValue.of(new BigDecimal("1.2E+3")),
        RealValue.of(new BigDecimal("0.0000001")));
    String json = json(doc);
    assertTrue(json.contains("{\"type\":\"PQ\",\"value\":\"120.0\",\"unit\":\"mmHg\"}"), json);
    assertTrue(json.contains("{\"type\":\"REAL\",\"value\":\"0.50\"}"), json);
    assertTrue(json.contains("{\"type\":\"MO\",\"value\":\"1234.50\",\"currency\":\"CNY\"}"), json);
    assertTrue(json.contains("{\"type\":\"REAL\",\"value\":\"1.2E+3\"}"), json);
    assertTrue(json.contains("{\"type\":\"REAL\",\"value\":\"1E-7\"}"), json);
    ClinicalDocument back = DECODER.decode(json).document();
    assertEquals(doc, back);
    assertEquals("120.0", ((PhysicalQuantity) back.sections().get(0).entries().get(0).value().get()).value()
        .toPlainString());
  }

  @Test
  void decimalBeyondRange_refusedByTheModel_soEveryValueHasAJsonForm() {
    assertThrows(IllegalArgumentException.class, () -> RealValue.of(new BigDecimal("1E-1001")));
    assertThrows(IllegalArgumentException.class, () -> RealValue.of(new BigDecimal("1E+101")));
    String fifty = "1.2345678901234567890123456789012345678901234567890E+99";
    String json = json(withValues(Text.of("a"), RealValue.of(new BigDecimal(fifty).negate())));
    assertTrue(json.contains("\"-" + fifty + "\""), json);
  }

  @Test
  void encode_entryWithoutDisplayName_nameFromCatalogMarked() {
    ClinicalDocument doc = ClinicalDocument.builder().templateId("2.16.156.10011.2.1.1.54").code("C0034")
        .addSection(Section.builder().code("8716-3")
            .addEntry(Entry.of("DE04.10.174.00", PhysicalQuantity.of("120", "mmHg")))
            .addEntry(Entry.of("DE99.99.999.99", Text.of("x")))
            .build())
        .build();
    String json = json(doc);
    assertTrue(json.contains("{\"de\":\"DE04.10.174.00\",\"name\":\"收缩压\",\"nameSource\":\"catalog\","), json);
    assertTrue(json.contains("{\"de\":\"DE99.99.999.99\",\"shape\":\"OBSERVATION\","), json);
    assertEquals(doc, DECODER.decode(json).document());
  }

  @Test
  void encode_binaryData_base64() {
    byte[] bytes = {0, 1, 2, (byte) 0xFF, 'a'};
    ClinicalDocument doc = withValues(EncapsulatedData.ofBytes("application/pdf", bytes));
    String json = json(doc);
    assertTrue(json.contains("{\"type\":\"ED\",\"mediaType\":\"application/pdf\",\"representation\":\"B64\","
        + "\"value\":\"AAEC/2E=\"}"), json);
    assertArrayEquals(bytes,
        ((EncapsulatedData) DECODER.decode(json).document().sections().get(0).entries().get(0).value().get())
            .bytes().get());
  }

  @Test
  void encode_everyOutputForm_sameJson() {
    ClinicalDocument doc = JsonExamples.admissionRecord();
    byte[] bytes = ENCODER.encode(doc);
    StringWriter writer = new StringWriter();
    ENCODER.encode(doc, writer);
    assertEquals(new String(bytes, StandardCharsets.UTF_8), writer.toString());
    boolean[] closed = {false};
    ByteArrayOutputStream sink = new ByteArrayOutputStream() {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    ENCODER.encode(doc, sink);
    assertArrayEquals(bytes, sink.toByteArray());
    assertFalse(closed[0]);
  }

  @Test
  void encode_failingStream_writeFailedWithCause() {
    OutputStream broken = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("disk full");
      }
    };
    CodecException e = assertThrows(CodecException.class, () -> ENCODER.encode(JsonExamples.admissionRecord(), broken));
    assertEquals("JSON-0201", e.errorCode());
    assertEquals(IOException.class.getName(), ((WithheldCause) e.getCause()).causeClass());
  }

  @Test
  void encode_surrogates_escapedAndReadBack() {
    ClinicalDocument doc = withValues(Text.of("a\uD800x\uD83D\uDE00"));
    String json = json(doc);
    assertTrue(json.contains("\"a\\uD800x\\uD83D\\uDE00\""), json);
    assertEquals(doc, DECODER.decode(json).document());
  }

  @Test
  void encode_foreignValueClass_refused() {
    Hl7Value foreign = () -> Hl7Type.ST;
    CodecException e = assertThrows(CodecException.class, () -> ENCODER.encode(withValues(foreign)));
    assertEquals("JSON-0202", e.errorCode());
    assertEquals("/sections/0/entries/0/value", e.xpath());
  }

  @Test
  void encoder_features_reported() {
    assertFalse(ENCODER.isEnabled(JsonEncodeFeature.PRETTY_PRINT));
    assertTrue(PRETTY.isEnabled(JsonEncodeFeature.PRETTY_PRINT));
    assertEquals("JsonEncoder[PRETTY_PRINT]", PRETTY.toString());
    assertThrows(NullPointerException.class, () -> ENCODER.encode(null));
  }
}
