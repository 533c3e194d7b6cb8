package io.hdx.codec.cda;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.codec.CodecException;
import io.hdx.codec.DecodeResult;
import io.hdx.codec.DecodeWarning;
import io.hdx.codec.json.JsonDecoder;
import io.hdx.codec.json.JsonEncoder;
import io.hdx.codec.validate.DocumentValidator;
import io.hdx.codec.validate.Severity;
import io.hdx.codec.validate.ValidationIssue;
import io.hdx.codec.validate.ValidationRule;
import io.hdx.model.document.ClinicalDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 10 item 1: a well-formed document is never refused for its values. Each real-world defect decodes
 * leniently, keeps its value as written (XML re-encodes byte for byte, JSON round-trips), and the validator
 * reports exactly one more ERROR than for the intact document: rule value-invalid at the value's XPath with its
 * data element, never the value. Strict mode still refuses (CDA-0101).
 */
class InvalidValuesTest {
  private static final String BIRTH = "/ClinicalDocument/recordTarget/patientRole/patient/birthTime";

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      // intact | defect | xpath | data element ('-' for none)
      "<birthTime value=\"19491231\"/>|<birthTime value=\"194912311\"/>|" + BIRTH + "|DE02.01.005.01",
      "<birthTime value=\"19491231\"/>|<birthTime value=\"19900231\"/>|" + BIRTH + "|DE02.01.005.01",
      "<birthTime value=\"19491231\"/>|<birthTime value=\"\"/>|" + BIRTH + "|DE02.01.005.01",
      "<effectiveTime value=\"20240312101500\"/>|<effectiveTime value=\"20151236209521\"/>"
          + "|/ClinicalDocument/effectiveTime|-",
      "<effectiveTime value=\"20240312101500\"/>|<effectiveTime value=\"20240312101500-700\"/>"
          + "|/ClinicalDocument/effectiveTime|-",
      "<effectiveTime value=\"20240312101500\"/>|<effectiveTime value=\"\"/>|/ClinicalDocument/effectiveTime|-",
  })
  void decode_realWorldDefect_keptReencodedAndReportedOnce(String intact, String defect, String xpath, String de)
      throws IOException {
    String sample = sample("C0002-vendor.xml");
    assertTrue(sample.contains(intact), intact);
    byte[] good = sample.getBytes(StandardCharsets.UTF_8);
    byte[] bad = sample.replaceFirst(java.util.regex.Pattern.quote(intact), defect).getBytes(StandardCharsets.UTF_8);
    String literal = defect.substring(defect.indexOf("value=\"") + 7, defect.lastIndexOf('"'));

    DecodeResult r = CdaDecoder.create().decode(bad);
    assertTrue(r.warnings().stream().anyMatch(w -> w.code().equals(DecodeWarning.VALUE_KEPT_INVALID)
        && w.xpath().equals(xpath) && !w.message().contains(literal.isEmpty() ? "\u0000" : literal)));
    // Lossless: unchanged, the document writes back byte for byte; written afresh, it carries the literal.
    assertArrayEquals(bad, CdaEncoder.create().encode(r.document(), r.source().get()));
    assertTrue(new String(CdaEncoder.create().encode(r.document()), StandardCharsets.UTF_8)
        .contains("value=\"" + literal + "\""));
    ClinicalDocument throughJson = JsonDecoder.create().decode(JsonEncoder.create().encode(r.document())).document();
    assertEquals(r.document(), throughJson);

    List<String> added = new ArrayList<>(keys(DocumentValidator.create().validate(bad).issues()));
    added.removeAll(keys(DocumentValidator.create().validate(good).issues()));
    assertEquals(1, added.size(), added::toString);
    assertEquals("ERROR value-invalid " + xpath + " " + de, added.get(0));
    for (ValidationIssue i : DocumentValidator.create().validate(bad).issues()) {
      assertFalse(!literal.isEmpty() && i.message().contains(literal), i::toString);
    }

    CodecException e = assertThrows(CodecException.class,
        () -> CdaDecoder.builder().mode(DecodeMode.STRICT).build().decode(bad));
    assertEquals("CDA-0101", e.errorCode());
    assertEquals(xpath, e.xpath());
  }

  @ParameterizedTest
  @CsvSource({"20240229,20240230", "20240229,2024022", "20240229,20240229-7"})
  void decode_invalidTsEntryValue_reportedWithItsDataElement(String intact, String defect) {
    String good = HostileDocuments.entryValue("<value xsi:type=\"TS\" value=\"" + intact + "\"/>");
    String bad = HostileDocuments.entryValue("<value xsi:type=\"TS\" value=\"" + defect + "\"/>");
    List<String> added = new ArrayList<>(keys(DocumentValidator.create().validate(bytes(bad)).issues()));
    added.removeAll(keys(DocumentValidator.create().validate(bytes(good)).issues()));
    assertEquals(1, added.size(), added::toString);
    assertEquals("ERROR value-invalid /ClinicalDocument/component/structuredBody/component[1]/section/entry[1]"
        + "/observation/value DE04.10.174.00", added.get(0));
    assertEquals(ValidationRule.VALUE_INVALID.defaultSeverity(), Severity.ERROR);
    DecodeResult r = CdaDecoder.create().decode(bytes(bad));
    assertArrayEquals(bytes(bad), CdaEncoder.create().encode(r.document(), r.source().get()));
  }

  private static List<String> keys(List<ValidationIssue> issues) {
    return issues.stream().map(i -> i.severity() + " " + i.ruleId() + " " + i.xpath() + " "
        + i.dataElement().orElse("-")).collect(Collectors.toList());
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String sample(String name) throws IOException {
    try (InputStream in = InvalidValuesTest.class.getResourceAsStream("samples/" + name)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[8192];
      for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
        out.write(buf, 0, n);
      }
      return new String(out.toByteArray(), StandardCharsets.UTF_8);
    }
  }
}
