package io.hdx.codec.cda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.codec.CodecException;
import io.hdx.codec.DecodeLimits;
import io.hdx.codec.DecodeResult;
import io.hdx.codec.DecodeWarning;
import io.hdx.codec.json.JsonEncoder;
import io.hdx.model.datatype.Text;
import io.hdx.model.document.ClinicalDocument;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Hostile and malformed input gives CodecException with a location; unknown content gives warnings. */
class CdaDecoderTest {
  private static final String HEAD = "<ClinicalDocument xmlns=\"urn:hl7-org:v3\" "
      + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
      + "<templateId root=\"2.16.156.10011.2.1.1.54\"/><code code=\"C0034\" codeSystem=\"2.16.156.10011.2.4\"/>";
  private static final String TAIL = "</ClinicalDocument>";

  private final CdaDecoder decoder = CdaDecoder.create();

  private CodecException fails(String xml) {
    return fails(xml.getBytes(StandardCharsets.UTF_8));
  }

  private CodecException fails(byte[] xml) {
    CodecException e = assertThrows(CodecException.class, () -> decoder.decode(xml));
    assertTrue(e.line() > 0, () -> "no line in " + e.getMessage());
    assertTrue(e.column() > 0, () -> "no column in " + e.getMessage());
    assertTrue(e.errorCode().startsWith("CDA-0"), e.errorCode());
    return e;
  }

  @Test
  void decode_doctypeWithExternalEntity_refused() {
    CodecException e = fails("<?xml version=\"1.0\"?><!DOCTYPE ClinicalDocument [<!ENTITY xxe SYSTEM "
        + "\"file:///etc/passwd\">]>" + HEAD + "<title>&xxe;</title>" + TAIL);
    assertEquals("CDA-0003", e.errorCode());
    assertFalse(e.getMessage().contains("passwd"));
  }

  @Test
  void decode_undeclaredEntityWithoutDoctype_refused() {
    CodecException e = fails(HEAD + "<title>&lol9;</title>" + TAIL);
    assertTrue(e.errorCode().equals("CDA-0003") || e.errorCode().equals("CDA-0001"), e.errorCode());
  }

  @Test
  void decode_tenThousandDeepNesting_limitExceeded() {
    StringBuilder sb = new StringBuilder(HEAD);
    for (int i = 0; i < 10_000; i++) {
      sb.append("<x>");
    }
    for (int i = 0; i < 10_000; i++) {
      sb.append("</x>");
    }
    sb.append(TAIL);
    CodecException e = fails(sb.toString());
    assertEquals("CDA-0004", e.errorCode());
    assertTrue(e.xpath().startsWith("/ClinicalDocument/x"), e.xpath());
  }

  @Test
  void decode_tooManyAttributes_limitExceeded() {
    CdaDecoder strict = CdaDecoder.create(DecodeLimits.builder().maxAttributes(3).build());
    String xml = HEAD + "<title a=\"1\" b=\"2\" c=\"3\" d=\"4\"/>" + TAIL;
    CodecException e = assertThrows(CodecException.class,
        () -> strict.decode(xml.getBytes(StandardCharsets.UTF_8)));
    assertEquals("CDA-0004", e.errorCode());
  }

  @Test
  void decode_documentOverByteLimit_limitExceeded() {
    CdaDecoder small = CdaDecoder.create(DecodeLimits.builder().maxDocumentBytes(200).build());
    StringBuilder sb = new StringBuilder(HEAD).append("<title>");
    for (int i = 0; i < 20_000; i++) {
      sb.append('x');
    }
    sb.append("</title>").append(TAIL);
    byte[] xml = sb.toString().getBytes(StandardCharsets.UTF_8);
    CodecException e = assertThrows(CodecException.class, () -> small.decode(xml));
    assertEquals("CDA-0004", e.errorCode());
  }

  @Test
  void decode_truncatedDocument_fails() {
    byte[] full = CdaEncoder.create().encode(new TestDocuments(3).document(
        io.hdx.model.spec.DocumentSpecRegistry.standard().byCode("C0034").get(), true));
    CodecException e = fails(Arrays.copyOf(full, full.length / 2));
    assertTrue(e.errorCode().equals("CDA-0005") || e.errorCode().equals("CDA-0001"), e.errorCode());
    assertTrue(e.xpath().startsWith("/ClinicalDocument"), e.xpath());
  }

  @Test
  void decode_notXml_fails() {
    assertEquals("CDA-0001", fails("this is not XML at all").errorCode());
  }

  @Test
  void decode_emptyInput_fails() {
    CodecException e = assertThrows(CodecException.class, () -> decoder.decode(new byte[0]));
    assertEquals("CDA-0005", e.errorCode());
  }

  @Test
  void decode_wrongRoot_fails() {
    assertEquals("CDA-0010", fails("<html/>").errorCode());
  }

  @Test
  void decode_badTimeValue_strictFailsWithoutQuotingIt() {
    byte[] xml = (HEAD.replace("<code ", "<effectiveTime value=\"20249999\"/><code ") + TAIL)
        .getBytes(StandardCharsets.UTF_8);
    CodecException e = assertThrows(CodecException.class,
        () -> CdaDecoder.builder().mode(DecodeMode.STRICT).build().decode(xml));
    assertTrue(e.line() > 0 && e.column() > 0, e::getMessage);
    assertEquals("CDA-0101", e.errorCode());
    assertFalse(e.getMessage().contains("20249999"));
    assertEquals("/ClinicalDocument/effectiveTime", e.xpath());
  }

  private static final String UNTYPED_VALUE = HEAD
      + "<component><structuredBody><component><section><code displayName=\"s\"/>"
      + "<entry><observation><code code=\"DE04.01.119.00\"/><value>x</value></observation></entry>"
      + "</section></component></structuredBody></component>" + TAIL;

  @Test
  void decode_valueWithoutXsiTypeStrict_fails() {
    CodecException e = assertThrows(CodecException.class, () -> CdaDecoder.builder().mode(DecodeMode.STRICT).build()
        .decode(UNTYPED_VALUE.getBytes(StandardCharsets.UTF_8)));
    assertEquals("CDA-0911", e.errorCode());
    assertTrue(e.xpath().endsWith("/observation/value"), e.xpath());
  }

  @Test
  void decode_valueWithoutXsiTypeLenient_infersAndWarns() {
    DecodeResult r = decoder.decode(UNTYPED_VALUE.getBytes(StandardCharsets.UTF_8));
    assertEquals(Text.of("x"), r.document().sections().get(0).entries().get(0).value().get());
    assertEquals("CDA-0911", r.warnings().get(0).code());
  }

  @Test
  void decode_unknownElements_skippedAndReported() {
    DecodeResult r = decoder.decode((HEAD + "<title>T</title><documentationOf><serviceEvent/></documentationOf>"
        + "<component><structuredBody><component><section><code displayName=\"s\"/><title>x</title>"
        + "<text>a<paragraph>b</paragraph></text>"
        + "<entry><observation><code code=\"DE04.01.119.00\"/><value xsi:type=\"ST\">v</value>"
        + "<statusCode/><informant typeCode=\"INF\"/></observation></entry></section></component></structuredBody>"
        + "</component>" + TAIL)
        .getBytes(StandardCharsets.UTF_8));
    ClinicalDocument doc = r.document();
    assertEquals("T", doc.title().get());
    assertEquals(Text.of("v"), doc.value("DE04.01.119.00").get());
    assertEquals("ab", doc.sections().get(0).text().get());
    assertEquals(4, r.warnings().size(), "an empty placeholder (statusCode) is silent: " + r.warnings());
    assertEquals("/ClinicalDocument/documentationOf", r.warnings().get(0).xpath());
    assertEquals(DecodeWarning.UNKNOWN_ELEMENT, r.warnings().get(0).code());
    assertEquals("/ClinicalDocument/component/structuredBody/component/section/title", r.warnings().get(1).xpath());
    assertEquals(DecodeWarning.NARRATIVE_MARKUP, r.warnings().get(2).code());
    assertEquals("/ClinicalDocument/component/structuredBody/component/section/entry/observation/informant",
        r.warnings().get(3).xpath());
  }

  /** The PCHIS.xsd extension of a Person as the standard's examples write it for a signer (C006检查报告.xml ...). */
  @Test
  void decode_professionalTechnicalPosition_modelledAndWrittenBack() {
    String xml = HEAD + "<legalAuthenticator><time value=\"20240102\"/><signatureCode code=\"S\"/><assignedEntity>"
        + "<id root=\"2.16.156.10011.1.4\" extension=\"S01\"/><code displayName=\"主任医师\"/><assignedPerson>"
        + "<name>签名</name><professionalTechnicalPosition><professionaltechnicalpositionCode code=\"1\" "
        + "codeSystem=\"2.16.156.10011.2.3.1.209\" codeSystemName=\"专业技术职务类别代码表\" displayName=\"正高\"/>"
        + "</professionalTechnicalPosition></assignedPerson></assignedEntity></legalAuthenticator>"
        + "<component><structuredBody/></component>" + TAIL;
    DecodeResult r = decoder.decode(xml.getBytes(StandardCharsets.UTF_8));
    assertTrue(r.warnings().isEmpty(), () -> r.warnings().toString());
    io.hdx.model.datatype.CodedValue title = r.document().legalAuthenticator().get().professionalTechnicalPosition()
        .get();
    assertEquals("1", title.code());
    assertEquals("2.16.156.10011.2.3.1.209", title.codeSystem());
    assertEquals("正高", title.displayName());
    ClinicalDocument doc = r.document();
    String written = new String(CdaEncoder.create().encode(doc), StandardCharsets.UTF_8);
    assertTrue(written.contains("<name>签名</name><professionalTechnicalPosition><professionaltechnicalpositionCode "
        + "code=\"1\""), written);
    assertEquals(doc, decoder.decode(written.getBytes(StandardCharsets.UTF_8)).document());
    String json = new String(JsonEncoder.create().encode(doc), StandardCharsets.UTF_8).replaceAll("\\s", "");
    assertTrue(json.contains("\"name\":\"签名\",\"professionalTechnicalPosition\":{\"type\":\"CE\",\"code\":\"1\""),
        json);
  }
}
