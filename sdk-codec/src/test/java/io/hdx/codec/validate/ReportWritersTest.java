package io.hdx.codec.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.hdx.codec.CodecException;
import io.hdx.codec.cda.CdaDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Text, JSON and HTML rendering of reports. */
class ReportWritersTest {
  private static final ValidationIssue ERROR = ValidationIssue.builder().severity(Severity.ERROR)
      .ruleId("value-format")
      .xpath("/ClinicalDocument/component/structuredBody/component[3]/section/entry[2]/observation/value")
      .dataElement("DE04.10.188.00").section("29545-1 PHYSICAL EXAMINATION")
      .message("too long: format N3 allows at most 3 characters (WS 363)").build();
  private static final ValidationIssue WARNING = ValidationIssue.builder().severity(Severity.WARNING)
      .ruleId("header-repeated").xpath("/ClinicalDocument/recordTarget/patientRole/id")
      .message("patientRole.id occurs 2 times; <\"&'> allowed").build();
  private static final ValidationReport REPORT = ValidationReport.builder().documentCode("C0002")
      .templateId("2.16.156.10011.2.1.1.22").documentTitle("门(急)诊病历").addIssue(ERROR).addIssue(WARNING).build();

  @Test
  void text_cliLineFormat() {
    assertEquals("INVALID a.xml\n"
        + "  ERROR value-format /ClinicalDocument/component/structuredBody/component[3]/section/entry[2]/observation"
        + "/value DE04.10.188.00 too long: format N3 allows at most 3 characters (WS 363)\n"
        + "  WARNING header-repeated /ClinicalDocument/recordTarget/patientRole/id patientRole.id occurs 2 times; "
        + "<\"&'> allowed\n", TextReportWriter.render("a.xml", REPORT));
    assertEquals("VALID b.xml\n", TextReportWriter.render("b.xml", ValidationReport.builder().build()));
    assertEquals("  ERROR value-format " + ERROR.xpath() + " DE04.10.188.00 " + ERROR.message(),
        TextReportWriter.issueLine(ERROR));
  }

  @Test
  void json_oneLineObjectWithAllFields() throws Exception {
    String json = JsonReportWriter.render("dir/a.xml", REPORT);
    assertFalse(json.contains("\n"));
    Map<String, Object> top = new LinkedHashMap<>();
    int issues = 0;
    String lastMessage = null;
    try (JsonParser p = new JsonFactory().createParser(json)) {
      assertEquals(JsonToken.START_OBJECT, p.nextToken());
      int depth = 1;
      while (depth > 0) {
        JsonToken t = p.nextToken();
        if (t == JsonToken.START_OBJECT) {
          depth++;
          issues++;
        } else if (t == JsonToken.END_OBJECT) {
          depth--;
        } else if (t.isScalarValue() && depth == 1) {
          top.put(p.currentName(), p.getText());
        } else if (t.isScalarValue() && "message".equals(p.currentName())) {
          lastMessage = p.getText();
        }
      }
    }
    assertEquals("dir/a.xml", top.get("path"));
    assertEquals("false", top.get("valid"));
    assertEquals("C0002", top.get("documentCode"));
    assertEquals("门(急)诊病历", top.get("title"));
    assertEquals("1", top.get("errors"));
    assertEquals("1", top.get("warnings"));
    assertEquals("0", top.get("infos"));
    assertEquals(2, issues);
    assertEquals(WARNING.message(), lastMessage);
    assertTrue(json.contains("\"dataElement\":\"DE04.10.188.00\""));
    assertTrue(json.contains("\"section\":\"29545-1 PHYSICAL EXAMINATION\""));
    assertFalse(JsonReportWriter.render(REPORT).contains("\"path\""));
  }

  @Test
  void html_standaloneEscapedSummaryFirstGroupedBySection() {
    CodecException failure = assertFailure();
    String html = HtmlReportWriter.builder().add("a<1>.xml", REPORT).add("b.xml", ValidationReport.builder().build())
        .addUnreadable("c.xml", failure).build().render();
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertFalse(html.contains("<script") || html.contains("http://") || html.contains("https://")
        || html.contains("<link"), "no scripts or external resources");
    assertTrue(html.contains("a&lt;1&gt;.xml"));
    assertFalse(html.contains("a<1>.xml"));
    assertTrue(html.contains("&lt;&quot;&amp;&#39;&gt; allowed"));
    assertTrue(html.indexOf("Summary") < html.indexOf("id=\"doc-1\""));
    assertTrue(html.contains("3 documents: 1 valid, 1 invalid, 1 unreadable"));
    assertTrue(html.contains("<h3>Header</h3>"));
    assertTrue(html.contains("<h3>Section 3: 29545-1 PHYSICAL EXAMINATION</h3>"));
    assertTrue(html.contains(HtmlReportWriter.escape(ValidationRule.VALUE_FORMAT.explanation())));
    assertTrue(html.contains(HtmlReportWriter.escape(ValidationRule.VALUE_FORMAT.title())));
    assertTrue(html.contains("No findings."));
    assertTrue(html.contains(failure.errorCode()));
    // Both render "now": compared without the time, which may cross a second between the two calls.
    assertEquals(withoutTime(HtmlReportWriter.render("x.xml", REPORT)),
        withoutTime(HtmlReportWriter.builder().add("x.xml", REPORT).build().render()));
  }

  private static CodecException assertFailure() {
    try {
      CdaDecoder.create().decode("<x".getBytes(StandardCharsets.UTF_8));
    } catch (CodecException e) {
      return e;
    }
    throw new AssertionError("the decoder accepted broken XML");
  }

  @Test
  void escape_allFiveCharacters() {
    assertEquals("&amp;&lt;&gt;&quot;&#39;x", HtmlReportWriter.escape("&<>\"'x"));
    assertEquals("plain", HtmlReportWriter.escape("plain"));
  }

  private static String withoutTime(String html) {
    return html.replaceAll("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(Z|[+-]\\d{2}:\\d{2})", "TIME");
  }
}
