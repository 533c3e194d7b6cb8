package io.hdx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.cli.CryptoCommandsTest.Run;
import io.hdx.codec.cda.CdaDecoder;
import io.hdx.codec.cda.CdaEncoder;
import io.hdx.codec.cda.XmlEquivalence;
import io.hdx.model.datatype.CodedValue;
import io.hdx.model.document.ClinicalDocument;
import io.hdx.model.document.Patient;
import io.hdx.model.document.wst500.OutpatientRecord;
import io.hdx.model.valueset.Sex;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hdx convert}: XML to XML losslessly, XML to JSON and back, and its errors. */
class ConvertCommandTest {
  @TempDir
  Path dir;

  private Path vendorXml;
  private ClinicalDocument document;

  @BeforeEach
  void vendorDocument() throws IOException {
    document = OutpatientRecord.builder()
        .documentId("DOC-1").effectiveTime(java.time.LocalDateTime.of(2024, 3, 1, 9, 30))
        .addAuthor(io.hdx.model.document.Participant.builder().name("医生").build())
        .custodian(io.hdx.model.document.Organization.of(
            io.hdx.model.datatype.InstanceIdentifier.of("2.16.156.10011.1.5", "H1"), "医院"))
        .patient(Patient.builder().name("测试患者").gender(CodedValue.of(Sex.FEMALE)).build())
        .chiefComplaint("反复咳嗽3天").allergyHistoryFlag(false).build().toClinicalDocument();
    String xml = new String(CdaEncoder.create().encode(document), StandardCharsets.UTF_8)
        .replace("<component>", "\n  <!-- 正文 -->\n  <component>")
        .replace("</title>", "</title><his:batch xmlns:his=\"urn:example:his\" id=\"7\"/>");
    vendorXml = dir.resolve("vendor.xml");
    Files.write(vendorXml, xml.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void convert_xmlToXml_isLossless() throws IOException {
    Path out = dir.resolve("out.xml");
    Run run = CryptoCommandsTest.hdx("convert", vendorXml, "--to", "xml", "--out", out);
    assertEquals(0, run.code, run.err);
    assertEquals("CONVERTED " + vendorXml + " xml xml " + out + "\n", run.out.replace("\r\n", "\n"));
    assertTrue(XmlEquivalence.equivalent(Files.readAllBytes(vendorXml), Files.readAllBytes(out)));
  }

  @Test
  void convert_xmlToJsonAndBack_keepsTheDocumentAndReportsWhatJsonCannotCarry() throws IOException {
    Path json = dir.resolve("doc.json");
    Run toJson = CryptoCommandsTest.hdx("convert", vendorXml, "--to", "json", "--out", json);
    assertEquals(0, toJson.code, toJson.err);
    assertTrue(toJson.err.contains("CDA-0901 /ClinicalDocument/batch"), toJson.err);
    assertTrue(toJson.err.contains("not carried into JSON"), toJson.err);
    assertTrue(!toJson.err.contains("测试患者"), "no patient data in diagnostics");

    Run back = CryptoCommandsTest.hdx("convert", json, "--to", "xml");
    assertEquals(0, back.code, back.err);
    assertEquals(document,
        CdaDecoder.create().decode(back.out.getBytes(StandardCharsets.UTF_8)).document());
  }

  @Test
  void convert_unreadableInput_exits2WithoutContent() throws IOException {
    Path bad = dir.resolve("bad.xml");
    Files.write(bad, "<ClinicalDocument xmlns=\"urn:hl7-org:v3\"><title>测试患者".getBytes(StandardCharsets.UTF_8));
    Run run = CryptoCommandsTest.hdx("convert", bad, "--to", "json");
    assertEquals(2, run.code);
    assertTrue(run.err.contains("CDA-0005"), run.err);
    assertTrue(!run.err.contains("测试患者"), run.err);
    assertEquals(2, CryptoCommandsTest.hdx("convert", dir.resolve("missing.xml"), "--to", "xml").code);
    assertEquals(2, CryptoCommandsTest.hdx("convert", vendorXml, "--to", "pdf").code);
  }

  @Test
  void convert_pretty_indentsOneElementPerLine_sameDocument() throws IOException {
    Path out = dir.resolve("pretty.xml");
    Run run = CryptoCommandsTest.hdx("convert", vendorXml, "--to", "xml", "--pretty", "--out", out);
    assertEquals(0, run.code, run.err);
    String pretty = new String(Files.readAllBytes(out), StandardCharsets.UTF_8);
    assertTrue(pretty.contains("\n<ClinicalDocument"), pretty);
    assertTrue(pretty.contains("\n  <realmCode code=\"CN\"/>"), pretty);
    assertTrue(pretty.contains("\n  <!-- 正文 -->"), pretty);
    assertTrue(pretty.contains("<his:batch xmlns:his=\"urn:example:his\" id=\"7\"/>"), pretty);
    assertTrue(pretty.contains("\n</ClinicalDocument>\n"), pretty);
    assertTrue(pretty.split("\n").length > 30, pretty);
    // the same document: decodes to the same model, and without the indentation it is the same XML
    assertEquals(document, CdaDecoder.create().decode(Files.readAllBytes(out)).document());
    assertTrue(XmlEquivalence.equivalent(Files.readAllBytes(vendorXml), Files.readAllBytes(out)));
  }

  @Test
  void convert_pretty_keepsMixedTextAsWritten() throws Exception {
    byte[] xml = "<a><b>one <i>two</i> three</b>\n\n<c> </c></a>".getBytes(StandardCharsets.UTF_8);
    String pretty = new String(PrettyXml.indent(xml), StandardCharsets.UTF_8);
    assertTrue(pretty.endsWith("\n<a>\n  <b>one <i>two</i> three</b>\n  <c> </c>\n</a>\n"), pretty);
  }

  @Test
  void convert_pretty_onlyWithXml() {
    assertEquals(2, CryptoCommandsTest.hdx("convert", vendorXml, "--to", "json", "--pretty").code);
  }
}
