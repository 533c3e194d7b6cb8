package io.hdx.codec.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.model.Confidence;
import io.hdx.model.dataset.DataElementCatalog;
import io.hdx.model.id.IdRule;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The HTML report of issue 13: two languages, source lines, values only when asked, confidence, merged groups. */
class HtmlReportWriterTest {
  private static final String SECTION1 = "/ClinicalDocument/component/structuredBody/component";
  /** A small document: line numbers as in the editor (line 1 is the declaration). */
  private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"     // 1
      + "<ClinicalDocument xmlns=\"urn:hl7-org:v3\">\n"                                // 2
      + "  <title>门诊病历</title>\n"                                                    // 3
      + "  <component>\n"                                                               // 4
      + "    <structuredBody>\n"                                                        // 5
      + "      <component>\n"                                                           // 6
      + "        <section>\n"                                                           // 7
      + "          <title>主诉</title>\n"                                                 // 8
      + "          <entry>\n"                                                           // 9
      + "            <observation>\n"                                                   // 10
      + "              <value unit=\"ms\" value=\"SECRET-42\"/>\n"                        // 11
      + "            </observation>\n"
      + "          </entry>\n"
      + "        </section>\n"
      + "      </component>\n"
      + "    </structuredBody>\n"
      + "  </component>\n"
      + "</ClinicalDocument>\n";

  private static final ValidationIssue VALUE = ValidationIssue.builder().severity(Severity.ERROR)
      .ruleId("value-format").xpath(SECTION1 + "[1]/section/entry[1]/observation/value/@value")
      .dataElement("DE04.10.188.00").section("10154-3 CHIEF COMPLAINT")
      .message("too long: format N3 allows at most 3 characters (WS 363)").build();
  private static final ValidationIssue DECODER = ValidationIssue.builder().severity(Severity.WARNING)
      .ruleId("CDA-0901").xpath(SECTION1 + "/section/title")
      .message("element not mapped to the document model; kept in the source only").build();
  private static final ValidationIssue GUESS = ValidationIssue.builder().severity(Severity.WARNING)
      .ruleId("value-unit").xpath(SECTION1 + "[1]/section/entry[1]/observation/value/@unit")
      .dataElement("DE04.10.188.00").section("10154-3 CHIEF COMPLAINT").confidence(Confidence.UNCONFIRMED)
      .message("unit is not the spec's unit mmHg").build();
  private static final ValidationIssue TITLE = ValidationIssue.builder().severity(Severity.INFO)
      .ruleId("document-title").xpath("/ClinicalDocument/title")
      .message("title differs from the title of C0002 门(急)诊病历").build();
  /** The validator lists decoder warnings first; the page puts them in document order within their section. */
  private static final ValidationReport REPORT = ValidationReport.builder().documentCode("C0002")
      .templateId("2.16.156.10011.2.1.1.22").documentTitle("门(急)诊病历")
      .addIssue(GUESS).addIssue(VALUE).addIssue(DECODER).addIssue(TITLE).build();
  private static final OffsetDateTime AT = OffsetDateTime.of(2026, 12, 5, 13, 14, 15, 0, ZoneOffset.ofHours(8));

  private static String page(ReportLanguage language, HtmlReportFeature... features) {
    return HtmlReportWriter.builder().language(language).enable(features).generatedAt(AT).hdxVersion("9.9.9")
        .specDataVersion("sm3:0123456789abcdef")
        .add("in.xml", REPORT, XML.getBytes(StandardCharsets.UTF_8), "sm3-of-in")
        .build().render();
  }

  @Test
  void chinese_labelsRulesAndMessagesInChinese() {
    String html = page(ReportLanguage.ZH);
    assertContainsAll(html,
        "<html lang=\"zh-CN\">",
        "HDX 共享文档校验报告",
        "<h3>文档头</h3>",
        "<h3>第 1 节: 10154-3 CHIEF COMPLAINT</h3>",
        HtmlReportWriter.escape(ReportText.of(ReportLanguage.ZH).title(ValidationRule.VALUE_UNIT)));
    assertTrue(html.contains(
        HtmlReportWriter.escape(ReportText.of(ReportLanguage.ZH).explanation(ValidationRule.VALUE_FORMAT))));
    assertTrue(html.contains("单位不是规范的单位 mmHg"), "message translated");
    assertTrue(html.contains("该元素在文档模型中没有位置，仅保留在源文件中"), "decoder warning translated");
    assertTrue(html.contains("标题与 C0002 门(急)诊病历 的标题不同"));
    assertTrue(html.contains("英文原文："), "a message without a translation is shown as written, marked");
    assertFalse(html.contains("Summary"));
  }

  @Test
  void english_asTheRulesWriteThem() {
    String html = page(ReportLanguage.EN);
    assertContainsAll(html,
        "<html lang=\"en\">",
        "HDX validation report",
        "<h3>Section 1: 10154-3 CHIEF COMPLAINT</h3>",
        HtmlReportWriter.escape(ValidationRule.VALUE_FORMAT.explanation()),
        HtmlReportWriter.escape(GUESS.message()));
    assertFalse(html.contains("英文原文"));
  }

  @Test
  void header_timeVersionsAndDigests() {
    String html = page(ReportLanguage.EN);
    assertContainsAll(html,
        "2026-12-05T13:14:15+08:00",
        "9.9.9",
        "sm3:0123456789abcdef",
        "sm3-of-in");
    assertTrue(html.indexOf("sm3:0123456789abcdef") < html.indexOf("id=\"doc-1\""), "header before the documents");
  }

  @Test
  void findings_lineNumbersDataElementNamesAndOneGroupPerSectionInDocumentOrder() {
    String html = page(ReportLanguage.EN);
    assertTrue(html.contains("<td class=\"line\">8</td>"), "the decoder's warning at the section title, line 8");
    assertTrue(html.contains("<td class=\"line\">11</td>"), "the value, line 11");
    assertTrue(html.contains("<td class=\"line\">3</td>"), "the title, line 3");
    String name = DataElementCatalog.standard().find("DE04.10.188.00").get().nameZh();
    assertTrue(html.contains("<code>DE04.10.188.00</code> " + HtmlReportWriter.escape(name)));
    int section = html.indexOf("<h3>Section 1");
    assertEquals(-1, html.indexOf("<h3>Section 1", section + 1), "decoder warnings and findings in one group");
    int decoder = html.indexOf("CDA-0901");
    int value = html.indexOf("value-format</code>");
    int unit = html.indexOf("value-unit</code>");
    assertTrue(section < decoder && decoder < unit && unit < value, "document order, then report order (same line)");
    assertTrue(html.indexOf("<h3>Header</h3>") < section);
  }

  @Test
  void values_onlyWithShowValues() {
    assertFalse(page(ReportLanguage.EN).contains("SECRET-42"), "no value by default");
    assertFalse(page(ReportLanguage.ZH).contains("SECRET-42"));
    String shown = page(ReportLanguage.ZH, HtmlReportFeature.SHOW_VALUES);
    assertTrue(shown.contains("<code class=\"value\">SECRET-42</code>"));
    assertTrue(shown.contains("<code class=\"value\">ms</code>"));
    assertTrue(shown.contains("含有患者数据"), "the page says it holds patient data");
  }

  @Test
  void unconfirmed_markedAndHideable() {
    String html = page(ReportLanguage.EN);
    assertContainsAll(html,
        "<tr class=\"WARNING unconfirmed\">",
        "UNCONFIRMED confidence");
    String hidden = page(ReportLanguage.EN, HtmlReportFeature.HIDE_UNCONFIRMED);
    assertFalse(hidden.contains("value-unit</code>"));
    assertTrue(hidden.contains("value-format</code>"));
    assertTrue(hidden.contains("1 findings that rest on unconfirmed facts are hidden"));
  }

  @Test
  void withoutSource_noLinesStillRenders() {
    String html = HtmlReportWriter.builder().add("x.xml", REPORT).build().render();
    assertTrue(html.contains("<td class=\"line\"></td>"));
    assertFalse(html.contains("SECRET-42"));
  }

  @Test
  void everyRule_hasChineseTitleAndExplanation() {
    ReportText zh = ReportText.of(ReportLanguage.ZH);
    for (ValidationRule rule : ValidationRule.values()) {
      assertTrue(zh.title(rule).codePoints().anyMatch(HtmlReportWriterTest::cjk), rule.id());
      assertTrue(zh.explanation(rule).codePoints().anyMatch(HtmlReportWriterTest::cjk), rule.id());
    }
  }

  @Test
  void everyIdentifierRuleMessage_translated() {
    ReportText zh = ReportText.of(ReportLanguage.ZH);
    for (IdRule rule : IdRule.values()) {
      String translated = zh.message(rule.message() + " [" + rule.code() + "]");
      assertNotNull(translated, rule.code());
      assertTrue(translated.codePoints().filter(HtmlReportWriterTest::cjk).count() >= 4, translated);
      assertTrue(translated.endsWith("[" + rule.code() + "]"), translated);
    }
  }

  @Test
  void labels_sameKeysInBothLanguages() {
    assertEquals(ReportText.of(ReportLanguage.EN).labelKeys(), ReportText.of(ReportLanguage.ZH).labelKeys());
  }

  @Test
  void language_fromLocaleAndTag() {
    assertEquals(ReportLanguage.ZH, ReportLanguage.fromLocale(Locale.SIMPLIFIED_CHINESE));
    assertEquals(ReportLanguage.ZH, ReportLanguage.fromLocale(Locale.TRADITIONAL_CHINESE));
    assertEquals(ReportLanguage.EN, ReportLanguage.fromLocale(Locale.GERMANY));
    assertEquals(ReportLanguage.ZH, ReportLanguage.fromTag("ZH"));
    assertThrows(IllegalArgumentException.class, () -> ReportLanguage.fromTag("fr"));
  }

  @Test
  void sourceLines_exactAncestorOrNone() {
    SourceLines lines = SourceLines.of(XML.getBytes(StandardCharsets.UTF_8), true);
    SourceLines.Place value = lines.find(SECTION1 + "[1]/section/entry/observation/value/@unit");
    assertEquals(11, value.line);
    assertTrue(value.exact);
    assertEquals("ms", value.value);
    SourceLines.Place missing = lines.find(SECTION1 + "/section/entry[1]/observation/code/@code");
    assertEquals(10, missing.line, "the nearest element present: observation");
    assertFalse(missing.exact);
    assertNull(missing.value);
    assertEquals("主诉", lines.find(SECTION1 + "/section/title").value);
    assertNull(SourceLines.of(XML.getBytes(StandardCharsets.UTF_8), false).find("/ClinicalDocument/title").value);
    assertNull(SourceLines.of("<broken".getBytes(StandardCharsets.UTF_8), true).find("/ClinicalDocument"));
    assertNull(lines.find("/"));
    assertNotNull(lines.find("/ClinicalDocument"));
  }

  @Test
  void issue_confidenceInEqualityAndUnconfirmed() {
    assertTrue(GUESS.isUnconfirmed());
    assertFalse(VALUE.isUnconfirmed());
    assertFalse(GUESS.toBuilder().confidence(Confidence.MEDIUM).build().isUnconfirmed());
    assertFalse(GUESS.equals(GUESS.toBuilder().confidence(null).build()));
    assertEquals(GUESS, GUESS.toBuilder().build());
    assertEquals(GUESS.hashCode(), GUESS.toBuilder().build().hashCode());
  }

  /** Fails naming the first of {@code parts} that {@code html} lacks. */
  private static void assertContainsAll(String html, String... parts) {
    for (String part : parts) {
      assertTrue(html.contains(part), () -> "the page lacks: " + part);
    }
  }

  private static boolean cjk(int c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }
}
