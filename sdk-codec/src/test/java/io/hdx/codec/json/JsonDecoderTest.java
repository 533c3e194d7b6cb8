package io.hdx.codec.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.codec.CodecException;
import io.hdx.codec.DecodeLimits;
import io.hdx.codec.DecodeResult;
import io.hdx.codec.DecodeWarning;
import io.hdx.model.WithheldCause;
import io.hdx.model.datatype.EncapsulatedData;
import io.hdx.model.datatype.Hl7Value;
import io.hdx.model.datatype.IntegerValue;
import io.hdx.model.datatype.PhysicalQuantity;
import io.hdx.model.datatype.TimeInterval;
import io.hdx.model.document.ClinicalDocument;
import io.hdx.model.document.Entry;
import io.hdx.model.spec.ValuePosition;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Hostile and malformed input fails with CodecException naming the code, the JSON Pointer and the place, never the
 * value; unknown fields give warnings, or fail in strict mode.
 */
class JsonDecoderTest {
  private static final String SECRET = "张三SECRET";
  private static final String HEAD = "{\"format\":\"hdx-cda-json/1\",\"templateId\":\"2.16.156.10011.2.1.1.54\","
      + "\"code\":\"C0034\"";

  private final JsonDecoder decoder = JsonDecoder.create();
  private final JsonDecoder strict = JsonDecoder.create().with(JsonDecodeFeature.REFUSE_UNKNOWN_FIELDS);

  private static String doc(String more) {
    return HEAD + more + "}";
  }

  private static String entry(String entryJson) {
    return doc(",\"sections\":[{\"code\":\"8716-3\",\"entries\":[" + entryJson + "]}]");
  }

  private static String value(String valueJson) {
    return entry("{\"de\":\"DE04.10.174.00\",\"value\":" + valueJson + "}");
  }

  private CodecException fails(JsonDecoder d, String json, String code, String pointer) {
    CodecException e = assertThrows(CodecException.class, () -> d.decode(json));
    assertEquals(code, e.errorCode(), e::getMessage);
    assertEquals(pointer, e.xpath(), e::getMessage);
    assertFalse(e.getMessage().contains("SECRET"), e::getMessage);
    assertTrue(e.getMessage().startsWith(code + " "), e::getMessage);
    return e;
  }

  private CodecException fails(String json, String code, String pointer) {
    return fails(decoder, json, code, pointer);
  }

  private static Hl7Value decodedValue(String valueJson) {
    return JsonDecoder.create().decode(value(valueJson)).document().sections().get(0).entries().get(0).value().get();
  }

  @Test
  void decode_minimalDocument_headerDefaultsNotApplied() {
    ClinicalDocument d = decoder.decode(doc("")).document();
    assertEquals("C0034", d.code());
    assertFalse(d.confidentiality().isPresent());
    assertFalse(d.languageCode().isPresent());
    assertTrue(d.sections().isEmpty());
  }

  @Test
  void decode_emptyInput_truncated() {
    fails("", "JSON-0005", "");
    fails("   ", "JSON-0005", "");
  }

  @Test
  void decode_rootNotObject_notHdxJson() {
    fails("[]", "JSON-0010", "");
    fails("\"" + SECRET + "\"", "JSON-0010", "");
  }

  @Test
  void decode_formatMissingOrOther_notHdxJson() {
    fails("{\"templateId\":\"2.16.156.10011.2.1.1.54\",\"code\":\"C0034\"}", "JSON-0010", "");
    fails("{\"format\":\"hdx-cda-json/2\"}", "JSON-0010", "/format");
  }

  @Test
  void decode_requiredHeaderFieldsMissing_pointsToThem() {
    fails("{\"format\":\"hdx-cda-json/1\",\"code\":\"C0034\"}", "JSON-0102", "/templateId");
    fails("{\"format\":\"hdx-cda-json/1\",\"templateId\":\"2.16.156.10011.2.1.1.54\",\"code\":null}", "JSON-0102",
        "/code");
    fails("{\"format\":\"hdx-cda-json/1\",\"templateId\":\"" + SECRET + "\",\"code\":\"C0034\"}", "JSON-0101",
        "/templateId");
  }

  @Test
  void decode_malformedJson_withLineAndColumn() {
    for (String bad : new String[] {doc(",") , "{'format':'hdx-cda-json/1'}", "{\"a\":NaN}", "{\"a\":1 /* c */}",
        "{\"a\" \"b\"}", "{\"a\":[1,]}", "{\"a\":\"" + SECRET + "\u0001\"}", doc("") + " {}"}) {
      CodecException e = assertThrows(CodecException.class, () -> decoder.decode(bad));
      assertEquals("JSON-0001", e.errorCode(), bad);
      assertTrue(e.line() > 0 && e.column() > 0, e::getMessage);
      assertFalse(e.getMessage().contains("SECRET"));
      assertEquals(null, e.getCause());
    }
  }

  @Test
  void decode_invalidUtf8_malformed() {
    byte[] json = doc(",\"title\":\"x\"").getBytes(StandardCharsets.UTF_8);
    json[json.length - 3] = (byte) 0xC3;
    CodecException e = assertThrows(CodecException.class, () -> decoder.decode(json));
    assertEquals("JSON-0001", e.errorCode());
  }

  @Test
  void decode_truncated_truncated() {
    String full = doc(",\"title\":\"" + SECRET + "\"");
    CodecException e = assertThrows(CodecException.class, () -> decoder.decode(full.substring(0, full.length() - 5)));
    assertEquals("JSON-0005", e.errorCode());
    assertEquals("/title", e.xpath());
  }

  @Test
  void decode_deepNesting_limit() {
    StringBuilder deep = new StringBuilder(HEAD).append(",\"extra\":");
    for (int i = 0; i < 100_000; i++) {
      deep.append('[');
    }
    CodecException e = assertThrows(CodecException.class, () -> decoder.decode(deep.toString()));
    assertEquals("JSON-0004", e.errorCode());
    StringBuilder orgs = new StringBuilder(HEAD).append(",\"custodian\":");
    for (int i = 0; i < 200; i++) {
      orgs.append("{\"partOf\":");
    }
    assertEquals("JSON-0004", assertThrows(CodecException.class, () -> decoder.decode(orgs.toString())).errorCode());
  }

  @Test
  void decode_hugeDepthLimit_cappedAt1000() {
    JsonDecoder lax = JsonDecoder.create(DecodeLimits.builder().maxDepth(1_000_000).build());
    StringBuilder orgs = new StringBuilder(HEAD).append(",\"custodian\":");
    for (int i = 0; i < 5000; i++) {
      orgs.append("{\"partOf\":");
    }
    assertEquals("JSON-0004", assertThrows(CodecException.class, () -> lax.decode(orgs.toString())).errorCode());
  }

  @Test
  void decode_documentLargerThanLimit_limitOnEveryInputForm() {
    JsonDecoder small = JsonDecoder.create(DecodeLimits.builder().maxDocumentBytes(20_000).build());
    StringBuilder big = new StringBuilder(HEAD).append(",\"title\":\"");
    for (int i = 0; i < 30_000; i++) {
      big.append('x');
    }
    String json = big.append("\"}").toString();
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    assertEquals("JSON-0004", assertThrows(CodecException.class, () -> small.decode(json)).errorCode());
    assertEquals("JSON-0004", assertThrows(CodecException.class, () -> small.decode(bytes)).errorCode());
    assertEquals("JSON-0004",
        assertThrows(CodecException.class, () -> small.decode(new ByteArrayInputStream(bytes))).errorCode());
    assertEquals("JSON-0004",
        assertThrows(CodecException.class, () -> small.decode(new StringReader(json))).errorCode());
  }

  @Test
  void decode_stringLongerThanLimit_limit() {
    JsonDecoder small = JsonDecoder.create(DecodeLimits.builder().maxTextLength(100).build());
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      s.append('x');
    }
    String json = doc(",\"title\":\"" + s + "\"");
    assertEquals("JSON-0004", assertThrows(CodecException.class, () -> small.decode(json)).errorCode());
    assertEquals("JSON-0004", assertThrows(CodecException.class,
        () -> small.decode(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))).errorCode());
  }

  @Test
  void decode_longNameAndLongNumber_limit() {
    char[] name = new char[2000];
    Arrays.fill(name, 'n');
    assertEquals("JSON-0004", assertThrows(CodecException.class,
        () -> decoder.decode(doc(",\"" + new String(name) + "\":1"))).errorCode());
    char[] digits = new char[2000];
    Arrays.fill(digits, '7');
    assertEquals("JSON-0004", assertThrows(CodecException.class,
        () -> decoder.decode(value("{\"type\":\"REAL\",\"value\":" + new String(digits) + "}"))).errorCode());
  }

  @Test
  void decode_readerFails_readFailedWithCause() {
    InputStream broken = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk gone");
      }
    };
    CodecException e = assertThrows(CodecException.class, () -> decoder.decode(broken));
    assertEquals("JSON-0002", e.errorCode());
    assertEquals(IOException.class.getName(), ((WithheldCause) e.getCause()).causeClass());
  }

  @Test
  void decode_wrongKinds_pointToField() {
    fails(doc(",\"sections\":{}"), "JSON-0104", "/sections");
    fails(doc(",\"patient\":[]"), "JSON-0104", "/patient");
    fails(doc(",\"authors\":[1]"), "JSON-0104", "/authors/0");
    fails(doc(",\"title\":1"), "JSON-0104", "/title");
    fails(doc(",\"versionNumber\":\"1\""), "JSON-0104", "/versionNumber");
    fails(doc(",\"versionNumber\":3000000000"), "JSON-0101", "/versionNumber");
    fails(value("{\"type\":\"ST\",\"value\":{}}"), "JSON-0104", "/sections/0/entries/0/value/value");
    fails(value("{\"type\":\"ST\",\"value\":5}"), "JSON-0104", "/sections/0/entries/0/value/value");
    fails(value("{\"type\":\"BL\",\"value\":\"true\"}"), "JSON-0104", "/sections/0/entries/0/value/value");
    fails(value("{\"type\":\"PQ\",\"value\":true}"), "JSON-0104", "/sections/0/entries/0/value/value");
    fails(value("{\"type\":\"INT\",\"value\":1.5}"), "JSON-0104", "/sections/0/entries/0/value/value");
  }

  @Test
  void decode_badValues_pointToValueWithoutQuotingIt() {
    String v = "/sections/0/entries/0/value";
    fails(value("{\"type\":\"INT\",\"value\":99999999999999999999}"), "JSON-0101", v + "/value");
    fails(value("{\"type\":\"CD\",\"code\":\"\",\"codeSystem\":\"2.16.156\"}"), "JSON-0101", v + "/code");
    fails(value("{\"type\":\"ST\",\"nullFlavor\":\"" + SECRET + "\"}"), "JSON-0101", v + "/nullFlavor");
    fails(value("{\"type\":\"ED\",\"mediaType\":\"application/pdf\",\"representation\":\"B64\",\"value\":\"%%"
        + SECRET + "\"}"), "JSON-0101", v + "/value");
    fails(value("{\"type\":\"ED\",\"representation\":\"HEX\",\"value\":\"00\"}"), "JSON-0101", v + "/representation");
    fails(entry("{\"de\":\"DE04.10.174.00\",\"shape\":\"" + SECRET + "\"}"), "JSON-0101",
        "/sections/0/entries/0/shape");
    fails(entry("{\"de\":\"DE04.10.174.00\",\"nameSource\":\"x\"}"), "JSON-0101", "/sections/0/entries/0/nameSource");
    fails(doc(",\"patient\":{\"gender\":{\"type\":\"CE\",\"nullFlavor\":\"UNK\"}}"), "JSON-0101",
        "/patient/gender/nullFlavor");
  }

  /** A drug act with {@code members} as its components, in section 10160-0. */
  private static String drug(String shape, String... members) {
    return doc(",\"sections\":[{\"code\":\"10160-0\",\"entries\":[{\"shape\":\"" + shape
        + "\",\"components\":[" + String.join(",", members) + "]}]}]");
  }

  private static String slot(String de, String position, String valueJson) {
    return "{\"de\":\"" + de + "\",\"shape\":\"ENTRY_RELATIONSHIP\",\"position\":\"" + position
        + "\",\"value\":" + valueJson + "}";
  }

  private static final String ROUTE = slot("DE06.00.134.00", "ROUTE_CODE",
      "{\"type\":\"CD\",\"code\":\"1\",\"codeSystem\":\"2.16.156.10011.2.3.1.158\"}");
  private static final String NAME = slot("DE08.50.022.00", "DRUG_NAME", "{\"type\":\"ST\",\"value\":\"" + SECRET
      + "\"}");
  private static final String SPECIFICATION = "{\"de\":\"DE08.50.043.00\",\"shape\":\"ENTRY_RELATIONSHIP\","
      + "\"value\":{\"type\":\"ST\",\"value\":\"" + SECRET + "\"}}";

  @Test
  void decode_actMembers_positionsReadInCdaOrder() {
    Entry drug = decoder.decode(drug("SUBSTANCE_ADMINISTRATION", SPECIFICATION, NAME,
        ROUTE.replace("}}", "},\"effectiveTime\":null}"))).document().sections().get(0).entries().get(0);
    assertEquals(3, drug.components().size());
    assertEquals(ValuePosition.ROUTE_CODE, drug.components().get(0).position());
    assertEquals(ValuePosition.DRUG_NAME, drug.components().get(1).position());
    assertEquals(ValuePosition.OBSERVATION, drug.components().get(2).position());
    Entry explicit = decoder.decode(drug("SUBSTANCE_ADMINISTRATION",
        SPECIFICATION.replace("\"shape\"", "\"position\":\"OBSERVATION\",\"shape\""))).document()
        .sections().get(0).entries().get(0);
    assertEquals(ValuePosition.OBSERVATION, explicit.components().get(0).position());
  }

  @Test
  void decode_actRulesBroken_badValueAtTheEntry() {
    String first = "/sections/0/entries/0";
    fails(drug("SUBSTANCE_ADMINISTRATION", slot("DE06.00.134.00", SECRET, "{\"type\":\"ST\",\"value\":\"x\"}")),
        "JSON-0101", first + "/components/0/position");
    // a value on an act (CDA R2 has none there)
    fails(entry("{\"de\":\"DE08.50.022.00\",\"shape\":\"SUBSTANCE_ADMINISTRATION\",\"value\":{\"type\":\"ST\","
        + "\"value\":\"" + SECRET + "\"}}"), "JSON-0101", first);
    // a slot whose value is not of its kind: a route as text
    fails(drug("SUBSTANCE_ADMINISTRATION", slot("DE06.00.134.00", "ROUTE_CODE", "{\"type\":\"ST\",\"value\":\""
        + SECRET + "\"}")), "JSON-0101", first + "/components/0");
    // a slot with a name of its own
    fails(drug("SUBSTANCE_ADMINISTRATION", ROUTE.replace("{\"de\"", "{\"name\":\"x\",\"de\"")), "JSON-0101",
        first + "/components/0");
    // a slot the act does not have, and a slot filled twice
    fails(drug("PROCEDURE", NAME), "JSON-0101", first);
    fails(drug("SUBSTANCE_ADMINISTRATION", ROUTE, NAME, ROUTE), "JSON-0101", first);
    // a detail directly in a section
    fails(entry(SPECIFICATION), "JSON-0101", first);
  }

  @Test
  void decode_typeMissingUnknownOrMisplaced_badType() {
    String v = "/sections/0/entries/0/value";
    fails(value("{\"value\":\"x\"}"), "JSON-0103", v + "/type");
    fails(value("{\"type\":\"" + SECRET + "\",\"value\":\"x\"}"), "JSON-0103", v + "/type");
    fails(doc(",\"id\":{\"type\":\"CD\",\"code\":\"1\",\"codeSystem\":\"2.16\"}"), "JSON-0103", "/id/type");
    fails(doc(",\"confidentiality\":{\"type\":\"ST\",\"value\":\"N\"}"), "JSON-0103", "/confidentiality/type");
  }

  /**
   * The JSON form of a value kept as written (issue 10): read back as the same invalid value, reported (JSON-0921)
   * at the field without quoting it, as the XML decoder keeps it in lenient mode.
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "{\"type\":\"PQ\",\"value\":\"SECRET\",\"unit\":\"mmHg\"}|value",
      "{\"type\":\"PQ\",\"value\":\"\",\"unit\":\"kg\"}|value",
      "{\"type\":\"PQ\",\"value\":\"1e999999999\"}|value",
      "{\"type\":\"REAL\",\"value\":\"1e-1001\"}|value",
      "{\"type\":\"MO\",\"value\":\"\",\"currency\":\"CNY\"}|value",
      "{\"type\":\"INT\",\"value\":\"SECRET\"}|value",
      "{\"type\":\"BL\",\"value\":\"SECRET\"}|value",
      "{\"type\":\"CD\",\"code\":\"1\",\"codeSystem\":\"SECRET\"}|codeSystem",
      "{\"type\":\"CD\",\"code\":\"1\"}|codeSystem",
      "{\"type\":\"II\",\"root\":\"01.2\"}|root",
      "{\"type\":\"II\",\"extension\":\"SECRET\"}|root",
      "{\"type\":\"IVL_TS\",\"low\":\"20240102\",\"high\":\"20240101\"}|low",
  })
  void decode_valueKeptAsWritten_readAndReported(String json, String field) {
    io.hdx.codec.DecodeResult r = decoder.decode(value(json.replace("SECRET", SECRET)));
    Hl7Value v = r.document().sections().get(0).entries().get(0).value().get();
    assertFalse(v.isValid(), v::toString);
    assertEquals(1, r.warnings().size(), r.warnings()::toString);
    assertEquals("JSON-0921", r.warnings().get(0).code());
    assertEquals("/sections/0/entries/0/value/" + field, r.warnings().get(0).xpath());
    assertFalse(r.warnings().get(0).message().contains(SECRET), r.warnings().get(0)::message);
    assertFalse(v.toString().contains(SECRET), v::toString);
    // and back: the JSON encoder writes what the decoder read
    assertEquals(r.document(), decoder.decode(JsonEncoder.create().encode(r.document())).document());
  }

  @Test
  void decode_requiredPartsMissing_missing() {
    String v = "/sections/0/entries/0/value";
    fails(value("{\"type\":\"PQ\",\"unit\":\"mmHg\"}"), "JSON-0102", v + "/value");
    fails(value("{\"type\":\"ED\",\"representation\":\"B64\",\"value\":\"AA==\"}"), "JSON-0102", v + "/mediaType");
    fails(entry("{\"name\":\"x\"}"), "JSON-0102", "/sections/0/entries/0");
    fails(entry("{\"components\":[]}"), "JSON-0102", "/sections/0/entries/0");
    fails(doc(",\"sections\":[{\"text\":\"x\"}]"), "JSON-0102", "/sections/0");
  }

  @Test
  void decode_duplicateField_refused() {
    fails(doc(",\"title\":\"a\",\"title\":\"b\""), "JSON-0106", "/title");
    fails(value("{\"type\":\"ST\",\"value\":\"a\",\"value\":\"b\"}"), "JSON-0106",
        "/sections/0/entries/0/value/value");
  }

  @Test
  void decode_unknownFields_warnedWithPointerOrRefusedWhenStrict() {
    String json = doc(",\"x~y/z\":{\"deep\":[1,2]},\"patient\":{\"nickname\":\"" + SECRET + "\"}");
    DecodeResult r = decoder.decode(json);
    assertEquals(2, r.warnings().size());
    DecodeWarning first = r.warnings().get(0);
    assertEquals(JsonDecoder.UNKNOWN_FIELD, first.code());
    assertEquals("/x~0y~1z", first.xpath());
    assertTrue(first.line() > 0);
    assertEquals("/patient/nickname", r.warnings().get(1).xpath());
    assertFalse(r.warnings().toString().contains("SECRET"));
    fails(strict, json, "JSON-0105", "/x~0y~1z");
  }

  @Test
  void decode_fieldUnusedByType_warnedOrRefusedWhenStrict() {
    String json = value("{\"type\":\"ST\",\"value\":\"a\",\"unit\":\"mmHg\"}");
    DecodeResult r = decoder.decode(json);
    assertEquals(1, r.warnings().size());
    assertEquals(JsonDecoder.UNUSED_FIELD, r.warnings().get(0).code());
    assertEquals("/sections/0/entries/0/value/unit", r.warnings().get(0).xpath());
    fails(strict, json, "JSON-0105", "/sections/0/entries/0/value/unit");
  }

  @Test
  void decode_manyUnknownFields_warningsCapped() {
    StringBuilder sb = new StringBuilder(HEAD);
    for (int i = 0; i < 1500; i++) {
      sb.append(",\"u").append(i).append("\":0");
    }
    DecodeResult r = decoder.decode(sb.append('}').toString());
    assertEquals(JsonDocumentReader.MAX_WARNINGS + 1, r.warnings().size());
    DecodeWarning last = r.warnings().get(r.warnings().size() - 1);
    assertEquals(JsonDecoder.WARNINGS_CAPPED, last.code());
    assertTrue(last.message().startsWith("500 more"), last.message());
  }

  @Test
  void decode_nullsAndAnyFieldOrder_readAsAbsent() {
    ClinicalDocument d = decoder.decode("{\"sections\":[{\"entries\":[{\"value\":{\"value\":\"7\",\"type\":\"INT\"},"
        + "\"de\":\"DE05.01.080.00\",\"effectiveTime\":null}],\"code\":\"11450-4\",\"text\":null}],\"title\":null,"
        + "\"patient\":null,\"authors\":null,\"code\":\"C0034\",\"templateId\":\"2.16.156.10011.2.1.1.54\","
        + "\"format\":\"hdx-cda-json/1\"}").document();
    assertFalse(d.title().isPresent());
    assertFalse(d.patient().isPresent());
    Entry e = d.sections().get(0).entries().get(0);
    assertEquals(IntegerValue.of(7), e.value().get());
    assertFalse(e.effectiveTime().isPresent());
  }

  @Test
  void decode_lenientForms_readAsDocumented() {
    assertEquals(PhysicalQuantity.of("120.0", "mmHg"), decodedValue("{\"type\":\"PQ\",\"value\":120.0,\"unit\":\"mmHg\"}"));
    assertEquals(new BigDecimal("1.20E+5"),
        ((PhysicalQuantity) decodedValue("{\"type\":\"PQ\",\"value\":\"1.20E+5\"}")).value());
    assertEquals(IntegerValue.of(-3), decodedValue("{\"type\":\"INT\",\"value\":\"-3\"}"));
    assertEquals(TimeInterval.of(null, null), decodedValue("{\"type\":\"IVL_TS\"}"));
    assertEquals(EncapsulatedData.ofText("text/plain", "x"),
        decodedValue("{\"type\":\"ED\",\"mediaType\":\"text/plain\",\"representation\":\"TXT\",\"value\":\"x\"}"));
    ClinicalDocument d = decoder.decode(doc(",\"id\":{\"type\":\"II\",\"root\":\"2.16.156.10011.1.1\"},"
        + "\"confidentiality\":{\"code\":\"N\",\"codeSystem\":\"2.16.840.1.113883.5.25\"},"
        + "\"patient\":{\"age\":{\"type\":\"PQ\",\"value\":\"35\",\"unit\":\"岁\"}}")).document();
    assertEquals("2.16.156.10011.1.1", d.id().get().root());
    assertEquals(io.hdx.model.datatype.Hl7Type.CD, d.confidentiality().get().type());
    assertEquals(PhysicalQuantity.of("35", "岁"), d.patient().get().age().get());
  }

  @Test
  void decode_nameSourceCatalog_displayNameAbsent() {
    Entry e = decoder.decode(entry("{\"de\":\"DE04.10.174.00\",\"name\":\"收缩压\",\"nameSource\":\"catalog\"}"))
        .document().sections().get(0).entries().get(0);
    assertFalse(e.displayName().isPresent());
    Entry named = decoder.decode(entry("{\"de\":\"DE04.10.174.00\",\"name\":\"收缩压\",\"nameSource\":\"document\"}"))
        .document().sections().get(0).entries().get(0);
    assertEquals("收缩压", named.displayName().get());
  }

  @Test
  void decoder_featuresAndLimits_reported() {
    assertFalse(decoder.isEnabled(JsonDecodeFeature.REFUSE_UNKNOWN_FIELDS));
    assertTrue(strict.isEnabled(JsonDecodeFeature.REFUSE_UNKNOWN_FIELDS));
    assertEquals(DecodeLimits.defaults(), strict.limits());
    assertTrue(strict.toString().contains("REFUSE_UNKNOWN_FIELDS"));
    assertThrows(NullPointerException.class, () -> decoder.decode((byte[]) null));
    assertThrows(NullPointerException.class, () -> decoder.with(null));
  }
}
