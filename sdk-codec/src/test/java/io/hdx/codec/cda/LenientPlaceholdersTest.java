package io.hdx.codec.cda;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.codec.CodecException;
import io.hdx.codec.DecodeResult;
import io.hdx.codec.DecodeWarning;
import io.hdx.codec.validate.DocumentValidator;
import io.hdx.codec.validate.Severity;
import io.hdx.codec.validate.ValidationIssue;
import io.hdx.codec.validate.ValidationReport;
import io.hdx.model.datatype.Hl7Type;
import io.hdx.model.datatype.IntegerValue;
import io.hdx.model.datatype.NullFlavor;
import io.hdx.model.datatype.NullValue;
import io.hdx.model.datatype.PhysicalQuantity;
import io.hdx.model.datatype.PointInTime;
import io.hdx.model.document.ClinicalDocument;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The placeholders of vendor documents derived from the WS/T 500 appendix examples: lenient mode reads
 * them with a warning (CDA-0916..0919), strict mode refuses them with the same code, and the source
 * keeps them for a byte-identical re-encode. Synthetic data only.
 */
class LenientPlaceholdersTest {
  private static final CdaDecoder LENIENT = CdaDecoder.create();
  private static final CdaDecoder STRICT = CdaDecoder.builder().mode(DecodeMode.STRICT).build();
  private static final CdaEncoder ENCODER = CdaEncoder.create();

  private static final String OBS = "<entry><observation classCode=\"OBS\" moodCode=\"EVN\"><code code=\"%s\" "
      + "codeSystem=\"2.16.156.10011.2.2.1\"/>%s</observation></entry>";

  /** A C0047-like document with one of each place a placeholder was seen; every value is synthetic. */
  private static final String BASE = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      + "<ClinicalDocument xmlns=\"urn:hl7-org:v3\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n"
      + "<templateId root=\"2.16.156.10011.2.1.1.67\"/>"
      + "<id root=\"2.16.156.10011.1.1\" extension=\"RN-TEST-1\"/>"
      + "<code code=\"C0047\" codeSystem=\"2.16.156.10011.2.4\"/>"
      + "<title>术前讨论</title>\n"
      + "<effectiveTime value=\"20240312101500\"/>\n"
      + "<recordTarget><patientRole><id root=\"2.16.156.10011.1.12\" extension=\"T0001\"/>"
      + "<patient><name>测试患者</name>"
      + "<administrativeGenderCode code=\"2\" codeSystem=\"2.16.156.10011.2.3.3.4\" displayName=\"女性\"/>\n"
      + "<birthTime value=\"19800101\"/>\n"
      + "<maritalStatusCode code=\"20\" codeSystem=\"2.16.156.10011.2.3.3.5\" displayName=\"已婚\"/>\n"
      + "<age unit=\"岁\" value=\"44\"/>\n"
      + "</patient></patientRole></recordTarget>"
      + "<author><time value=\"202403121015\"/>\n<assignedAuthor><id root=\"2.16.156.10011.1.7\" extension=\"D1\"/>"
      + "</assignedAuthor></author>\n"
      + "<component><structuredBody><component><section>"
      + "<code code=\"18776-5\" codeSystem=\"2.16.840.1.113883.6.1\"/>"
      + "<entry><procedure classCode=\"PROC\" moodCode=\"RQO\"><code code=\"DE06.00.093.00\" "
      + "codeSystem=\"2.16.156.10011.2.2.1\"/>\n<effectiveTime value=\"202403150800\"/>\n</procedure></entry>"
      + String.format(OBS, "DE06.00.221.00", "\n<value xsi:type=\"TS\" value=\"202403150800\"/>\n")
      + String.format(OBS, "DE06.00.073.00", "\n<value xsi:type=\"CD\" code=\"1\" "
          + "codeSystem=\"2.16.156.10011.2.3.1.159\" displayName=\"全身麻醉\"/>\n")
      + String.format(OBS, "DE04.01.108.00", "\n<value xsi:type=\"INT\" value=\"3\"/>\n")
      + String.format(OBS, "DE04.10.188.00", "\n<value xsi:type=\"PQ\" value=\"60\" unit=\"kg\"/>\n")
      + String.format(OBS, "DE06.00.062.00", "<value xsi:type=\"IVL_TS\">\n<low value=\"20240301\"/>\n"
          + "<high value=\"20240310\"/>\n</value>")
      + "</section></component></structuredBody></component>\n"
      + "</ClinicalDocument>\n";

  private static final String ENTRY = "/ClinicalDocument/component/structuredBody/component/section/entry";
  private static final String PATIENT = "/ClinicalDocument/recordTarget/patientRole/patient";
  private static final String TS_VALUE = ENTRY + "[2]/observation/value";
  private static final String CD_VALUE = ENTRY + "[3]/observation/value";
  private static final String INT_VALUE = ENTRY + "[4]/observation/value";
  private static final String PQ_VALUE = ENTRY + "[5]/observation/value";
  private static final String IVL_VALUE = ENTRY + "[6]/observation/value";

  private static String with(String original, String replacement) {
    assertEquals(1, BASE.split(java.util.regex.Pattern.quote(original), -1).length - 1, original);
    return BASE.replace(original, replacement);
  }

  private static byte[] bytes(String xml) {
    return xml.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void decode_baseDocument_readsWithoutWarnings() {
    DecodeResult r = LENIENT.decode(bytes(BASE));
    assertEquals(0, r.warnings().size(), r.warnings()::toString);
    assertEquals(6, r.document().sections().get(0).entries().size());
  }

  /**
   * Each placeholder: lenient reads it as the document with {@code expected} in its place, with exactly
   * one warning of {@code code} at {@code xpath} that does not quote the value; strict refuses it with
   * the same code and xpath; the unchanged document re-encodes byte for byte.
   */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      // 1. all-zero timestamps (C047术前讨论.xml: value xsi:type="TS" value="000000000000";
      //    vendor XSLs: procedure/observation effectiveTime value="00000000" / "000000000000")
      "<effectiveTime value=\"20240312101500\"/>|<effectiveTime value=\"00000000000000\"/>"
          + "|<effectiveTime nullFlavor=\"NI\"/>|CDA-0916|/ClinicalDocument/effectiveTime",
      "<birthTime value=\"19800101\"/>|<birthTime value=\"00000000\"/>|<birthTime nullFlavor=\"NI\"/>"
          + "|CDA-0916|" + PATIENT + "/birthTime",
      "<time value=\"202403121015\"/>|<time value=\"000000000000\"/>|<time nullFlavor=\"NI\"/>"
          + "|CDA-0916|/ClinicalDocument/author/time",
      // an entry's time: the placeholder is no time at all (an entry's nullFlavor is a time "not known", modelled)
      "<effectiveTime value=\"202403150800\"/>|<effectiveTime value=\"000000000000\"/>"
          + "|<effectiveTime/>|CDA-0916|" + ENTRY + "/procedure/effectiveTime",
      "<value xsi:type=\"TS\" value=\"202403150800\"/>|<value xsi:type=\"TS\" value=\"000000000000\"/>"
          + "|<value xsi:type=\"TS\" nullFlavor=\"NI\"/>|CDA-0916|" + TS_VALUE,
      "<low value=\"20240301\"/>|<low value=\"00000000\"/>|<low nullFlavor=\"NI\"/>"
          + "|CDA-0916|" + IVL_VALUE + "/low",
      "<high value=\"20240310\"/>|<high value=\"0000000000\"/>|<high nullFlavor=\"NI\"/>"
          + "|CDA-0916|" + IVL_VALUE + "/high",
      // 2. coded values without @code (generators that leave out an attribute they have no value for)
      "<administrativeGenderCode code=\"2\" |<administrativeGenderCode "
          + "|<administrativeGenderCode nullFlavor=\"NI\" |CDA-0917|" + PATIENT + "/administrativeGenderCode",
      "<maritalStatusCode code=\"20\" |<maritalStatusCode code=\"\" "
          + "|<maritalStatusCode nullFlavor=\"NI\" |CDA-0917|" + PATIENT + "/maritalStatusCode",
      "<value xsi:type=\"CD\" code=\"1\" |<value xsi:type=\"CD\" "
          + "|<value xsi:type=\"CD\" nullFlavor=\"NI\" |CDA-0917|" + CD_VALUE,
      "<value xsi:type=\"CD\" code=\"1\" |<value xsi:type=\"CD\" code=\"\" "
          + "|<value xsi:type=\"CD\" nullFlavor=\"NI\" |CDA-0917|" + CD_VALUE,
      // 3. numbers: INT as text, INT without @value (an empty @value is kept as written: issue 10, below)
      "<value xsi:type=\"INT\" value=\"3\"/>|<value xsi:type=\"INT\">3</value>"
          + "|<value xsi:type=\"INT\" value=\"3\"/>|CDA-0918|" + INT_VALUE,
      "<value xsi:type=\"INT\" value=\"3\"/>|<value xsi:type=\"INT\"></value>"
          + "|<value xsi:type=\"INT\" nullFlavor=\"NI\"/>|CDA-0919|" + INT_VALUE,
      "<value xsi:type=\"INT\" value=\"3\"/>|<value xsi:type=\"INT\">三</value>"
          + "|<value xsi:type=\"INT\" nullFlavor=\"NI\"/>|CDA-0919|" + INT_VALUE,
      "<value xsi:type=\"PQ\" value=\"60\" unit=\"kg\"/>|<value xsi:type=\"PQ\" unit=\"kg\"/>"
          + "|<value xsi:type=\"PQ\" nullFlavor=\"NI\"/>|CDA-0919|" + PQ_VALUE,
      "<value xsi:type=\"TS\" value=\"202403150800\"/>|<value xsi:type=\"TS\"/>"
          + "|<value xsi:type=\"TS\" nullFlavor=\"NI\"/>|CDA-0919|" + TS_VALUE,
  })
  void decode_placeholder_lenientWarnsStrictRefusesSourceKept(String original, String placeholder, String expected,
      String code, String xpath) {
    byte[] xml = bytes(with(original, placeholder));

    DecodeResult r = LENIENT.decode(xml);

    assertEquals(1, r.warnings().size(), r.warnings()::toString);
    DecodeWarning w = r.warnings().get(0);
    assertEquals(code, w.code());
    assertEquals(xpath, w.xpath());
    assertTrue(w.line() > 0, w::toString);
    assertFalse(w.message().matches(".*\\d.*"), w::message);
    ClinicalDocument want = LENIENT.decode(bytes(with(original, expected))).document();
    assertEquals(want, r.document());
    assertArrayEquals(xml, ENCODER.encode(r.document(), r.source().get()), "the source is what goes back");

    CodecException e = assertThrows(CodecException.class, () -> STRICT.decode(xml));
    assertEquals(code, e.errorCode());
    assertEquals(xpath, e.xpath());
    assertTrue(e.line() > 0, e::getMessage);
  }

  @Test
  void decode_paddedPlaceholders_trimmedThenRead() {
    DecodeResult r = LENIENT.decode(bytes(with("<effectiveTime value=\"202403150800\"/>",
        "<effectiveTime value=\" 00000000 \"/>").replace("<value xsi:type=\"INT\" value=\"3\"/>",
        "<value xsi:type=\"INT\">\n  3\n</value>")));
    List<String> codes = new ArrayList<>();
    for (DecodeWarning w : r.warnings()) {
      codes.add(w.code());
    }
    assertEquals(java.util.Arrays.asList(DecodeWarning.WHITESPACE_TRIMMED, DecodeWarning.TIMESTAMP_PLACEHOLDER,
        DecodeWarning.NUMBER_AS_TEXT), codes);
    assertFalse(r.document().sections().get(0).entries().get(0).effectiveTime().isPresent());
    assertEquals(IntegerValue.of(3), r.document().value("DE04.01.108.00").get());
  }

  /** Near-misses of the all-zero placeholder are no placeholder: lenient keeps them as invalid TS (issue 10). */
  @ParameterizedTest
  @ValueSource(strings = {"0000000", "00000000+0800", "0000-00-00", "0000000000000000"})
  void decode_zeroNearMiss_keptInvalidLenientRefusedStrict(String literal) {
    byte[] xml = bytes(with("<birthTime value=\"19800101\"/>", "<birthTime value=\"" + literal + "\"/>"));
    DecodeResult r = LENIENT.decode(xml);
    assertEquals(PointInTime.invalid(literal), r.document().patient().get().birthTime().get());
    assertTrue(r.warnings().stream().anyMatch(w -> w.code().equals(DecodeWarning.VALUE_KEPT_INVALID)));
    String code = assertThrows(CodecException.class, () -> STRICT.decode(xml)).errorCode();
    assertEquals(literal.contains("-") ? DecodeWarning.TIMESTAMP_NORMALIZED : "CDA-0101", code);
  }

  @Test
  void decode_zeroTimestampValue_isNullValueNi() {
    DecodeResult r = LENIENT.decode(bytes(with("<value xsi:type=\"TS\" value=\"202403150800\"/>",
        "<value xsi:type=\"TS\" value=\"000000000000\"/>")));
    assertEquals(NullValue.of(Hl7Type.TS, NullFlavor.NI), r.document().value("DE06.00.221.00").get());
  }

  @Test
  void decode_codelessHeaderCodes_readAsAbsent() {
    DecodeResult r = LENIENT.decode(bytes(with("<administrativeGenderCode code=\"2\" ", "<administrativeGenderCode ")
        .replace("<maritalStatusCode code=\"20\" ", "<maritalStatusCode ")));
    assertFalse(r.document().patient().get().gender().isPresent());
    assertFalse(r.document().patient().get().maritalStatus().isPresent());
    assertEquals(2, r.warnings().size(), r.warnings()::toString);
  }

  @Test
  void decode_codelessValue_isNullValueNiOfItsType() {
    DecodeResult r = LENIENT.decode(bytes(with("<value xsi:type=\"CD\" code=\"1\" ", "<value xsi:type=\"CE\" ")));
    assertEquals(NullValue.of(Hl7Type.CE, NullFlavor.NI), r.document().value("DE06.00.073.00").get());
  }

  @Test
  void decode_integerAsText_readsTheInteger() {
    DecodeResult r = LENIENT.decode(bytes(with("<value xsi:type=\"INT\" value=\"3\"/>",
        "<value xsi:type=\"INT\">-12</value>")));
    assertEquals(IntegerValue.of(-12), r.document().value("DE04.01.108.00").get());
  }

  @Test
  void decode_emptyAge_keptAsWritten() {
    DecodeResult r = LENIENT.decode(bytes(with("<age unit=\"岁\" value=\"44\"/>", "<age unit=\"岁\" value=\"\"/>")));
    assertEquals(PhysicalQuantity.invalid("", "岁"), r.document().patient().get().age().get());
  }

  /**
   * Empty or malformed values are no placeholders (issue 10): lenient keeps each as written, as an invalid value of
   * its type (CDA-0921, the source and a fresh encoding both carry it), strict refuses it.
   */
  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "<value xsi:type=\"INT\" value=\"3\"/>|<value xsi:type=\"INT\" value=\"\"/>|CDA-0101|" + INT_VALUE,
      "<value xsi:type=\"INT\" value=\"3\"/>|<value xsi:type=\"INT\" value=\"three\"/>|CDA-0101|" + INT_VALUE,
      "<value xsi:type=\"INT\" value=\"3\"/>|<value xsi:type=\"INT\" value=\"3.5\"/>|CDA-0101|" + INT_VALUE,
      "<value xsi:type=\"PQ\" value=\"60\" unit=\"kg\"/>|<value xsi:type=\"PQ\" value=\"\" unit=\"kg\"/>|CDA-0101|"
          + PQ_VALUE,
      "<value xsi:type=\"PQ\" value=\"60\" unit=\"kg\"/>|<value xsi:type=\"PQ\" value=\"sixty\" unit=\"kg\"/>"
          + "|CDA-0101|" + PQ_VALUE,
      "<age unit=\"岁\" value=\"44\"/>|<age unit=\"岁\" value=\"\"/>|CDA-0101|" + PATIENT + "/age",
      "<value xsi:type=\"CD\" code=\"1\" codeSystem=\"2.16.156.10011.2.3.1.159\" "
          + "|<value xsi:type=\"CD\" code=\"1\" |CDA-0102|" + CD_VALUE,
      "<value xsi:type=\"CD\" code=\"1\" codeSystem=\"2.16.156.10011.2.3.1.159\" "
          + "|<value xsi:type=\"CD\" code=\"1\" codeSystem=\"not-an-oid\" |CDA-0101|" + CD_VALUE,
  })
  void decode_badValue_keptLenientRefusedStrict(String original, String bad, String strictCode, String xpath) {
    byte[] xml = bytes(with(original, bad));
    DecodeResult r = LENIENT.decode(xml);
    assertEquals(1, r.warnings().size(), r.warnings()::toString);
    assertEquals(DecodeWarning.VALUE_KEPT_INVALID, r.warnings().get(0).code());
    assertEquals(xpath, r.warnings().get(0).xpath());
    assertArrayEquals(xml, ENCODER.encode(r.document(), r.source().get()), "the source is what goes back");
    String fresh = new String(ENCODER.encode(r.document()), StandardCharsets.UTF_8);
    assertEquals(r.document(), LENIENT.decode(bytes(fresh)).document(), "written afresh, it reads back the same");
    CodecException e = assertThrows(CodecException.class, () -> STRICT.decode(xml));
    assertEquals(strictCode, e.errorCode(), e::getMessage);
    assertEquals(xpath, e.xpath());
    assertFalse(e.getMessage().contains("three") || e.getMessage().contains("not-an-oid")
        || e.getMessage().contains("sixty"), e::getMessage);
  }

  @Test
  void decode_severalPlaceholders_oneWarningEach() {
    byte[] xml = bytes(with("<birthTime value=\"19800101\"/>", "<birthTime value=\"00000000\"/>")
        .replace("<value xsi:type=\"CD\" code=\"1\" ", "<value xsi:type=\"CD\" ")
        .replace("<value xsi:type=\"INT\" value=\"3\"/>", "<value xsi:type=\"INT\">3</value>")
        .replace("<value xsi:type=\"PQ\" value=\"60\" ", "<value xsi:type=\"PQ\" "));
    DecodeResult r = LENIENT.decode(xml);
    List<String> codes = new ArrayList<>();
    for (DecodeWarning w : r.warnings()) {
      codes.add(w.code());
    }
    assertEquals(java.util.Arrays.asList(DecodeWarning.TIMESTAMP_PLACEHOLDER, DecodeWarning.CODE_MISSING,
        DecodeWarning.NUMBER_AS_TEXT, DecodeWarning.NUMBER_PLACEHOLDER), codes);
    assertArrayEquals(xml, ENCODER.encode(r.document(), r.source().get()));
    // A change elsewhere still merges into the source and keeps the placeholders as written.
    ClinicalDocument changed = r.document().toBuilder().title("术前讨论记录").build();
    String out = new String(ENCODER.encode(changed, r.source().get()), StandardCharsets.UTF_8);
    assertTrue(out.contains("<birthTime value=\"00000000\"/>"), out);
    assertTrue(out.contains("<value xsi:type=\"INT\">3</value>"), out);
    assertEquals(changed, LENIENT.decode(bytes(out)).document());
  }

  /** A document without its code is no document of any kind: refused in both modes. */
  @Test
  void decode_documentCodeMissing_refusedInBothModes() {
    byte[] xml = bytes(with("<code code=\"C0047\" codeSystem=\"2.16.156.10011.2.4\"/>",
        "<code codeSystem=\"2.16.156.10011.2.4\"/>"));
    for (CdaDecoder decoder : new CdaDecoder[] {LENIENT, STRICT}) {
      CodecException e = assertThrows(CodecException.class, () -> decoder.decode(xml));
      assertEquals("CDA-0102", e.errorCode(), e::getMessage);
      assertTrue(e.line() > 0, e::getMessage);
    }
  }

  @Test
  void decode_hugeIntegerText_isPlaceholderNotOverflow() {
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      digits.append('9');
    }
    DecodeResult r = LENIENT.decode(bytes(with("<value xsi:type=\"INT\" value=\"3\"/>",
        "<value xsi:type=\"INT\">" + digits + "</value>")));
    assertEquals(NullValue.of(Hl7Type.INT, NullFlavor.NI), r.document().value("DE04.01.108.00").get());
    assertEquals(DecodeWarning.NUMBER_PLACEHOLDER, r.warnings().get(0).code());
    assertFalse(r.warnings().get(0).message().contains("999"));
  }

  @Test
  void validate_placeholders_reportedAsWarningsWithTheirCodes() {
    byte[] xml = bytes(with("<birthTime value=\"19800101\"/>", "<birthTime value=\"00000000\"/>")
        .replace("<value xsi:type=\"INT\" value=\"3\"/>", "<value xsi:type=\"INT\">3</value>"));
    ValidationReport report = DocumentValidator.create().validate(xml);
    List<String> seen = new ArrayList<>();
    for (ValidationIssue issue : report.issues()) {
      if (issue.ruleId().startsWith("CDA-091")) {
        assertEquals(Severity.WARNING, issue.severity(), issue::toString);
        seen.add(issue.ruleId() + " " + issue.xpath());
      }
    }
    assertEquals(java.util.Arrays.asList("CDA-0916 " + PATIENT + "/birthTime",
        "CDA-0918 " + INT_VALUE), seen);
  }
}
