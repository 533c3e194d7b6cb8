package io.hdx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.codec.cda.CdaEncoder;
import io.hdx.model.datatype.CodedValue;
import io.hdx.model.datatype.InstanceIdentifier;
import io.hdx.model.datatype.IntegerValue;
import io.hdx.model.datatype.PhysicalQuantity;
import io.hdx.model.datatype.PointInTime;
import io.hdx.model.datatype.Text;
import io.hdx.model.document.ClinicalDocument;
import io.hdx.model.document.Entry;
import io.hdx.model.document.Organization;
import io.hdx.model.document.Participant;
import io.hdx.model.document.Patient;
import io.hdx.model.document.Section;
import io.hdx.model.id.ResidentIdNumber;
import io.hdx.model.spec.DocumentSpec;
import io.hdx.model.valueset.Sex;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  private static final String SECRET = "Qzsecretvalue";

  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return run(false, args);
  }

  private int run(boolean terminal, String... args) {
    return new Hdx().run(Arrays.asList(args), new Console(out, err, terminal));
  }

  private String stdout() {
    return new String(out.toByteArray(), StandardCharsets.UTF_8);
  }

  private String stderr() {
    return new String(err.toByteArray(), StandardCharsets.UTF_8);
  }

  /** A valid 门(急)诊病历 with a chief complaint; {@code broken} makes the complaint an INT (an error). */
  static byte[] outpatient(boolean broken) {
    return CdaEncoder.create().encode(outpatientDocument(broken, null));
  }

  /** The valid outpatient record with a weight (DE04.10.188.00, PQ kg) whose value is written as {@code value}. */
  static byte[] outpatientWithWeight(String value) {
    String xml = new String(CdaEncoder.create().encode(outpatientDocument(false,
        Section.builder().code("29545-1").displayName("PHYSICAL EXAMINATION")
            .addEntry(Entry.of("DE04.10.188.00", PhysicalQuantity.of("71", "kg"))).build())), StandardCharsets.UTF_8);
    return xml.replace("value=\"71\"", "value=\"" + value + "\"").getBytes(StandardCharsets.UTF_8);
  }

  private static ClinicalDocument outpatientDocument(boolean broken, Section extra) {
    String first17 = "11010519800101013";
    Patient patient = Patient.builder().addId(InstanceIdentifier.of("2.16.156.10011.1.11", "MZ001"))
        .residentId(InstanceIdentifier.of("2.16.156.10011.1.3", first17 + ResidentIdNumber.checkCharacter(first17)))
        .name("测试").gender(CodedValue.of(Sex.MALE)).birthTime(PointInTime.parse("19800101")).build();
    PointInTime time = PointInTime.parse("20240102030405");
    ClinicalDocument doc = ClinicalDocument.builder().templateId("2.16.156.10011.2.1.1.22").code("C0002")
        .title("门(急)诊病历").id(InstanceIdentifier.of(DocumentSpec.DOCUMENT_ID_ROOT, "DOC1")).effectiveTime(time)
        .patient(patient)
        .addAuthor(Participant.builder().time(time).id(InstanceIdentifier.of("2.16.156.10011.1.7", "A1")).build())
        .custodian(Organization.of(InstanceIdentifier.of("2.16.156.10011.1.5", "M000100Y4"), "医院"))
        .addSection(Section.builder().code("10154-3").displayName("CHIEF COMPLAINT")
            .addEntry(Entry.of("DE04.01.119.00", broken ? IntegerValue.of(3) : Text.of(SECRET))).build())
        .build();
    return extra == null ? doc : doc.toBuilder().addSection(extra).build();
  }

  private Path write(String name, byte[] content) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.write(file, content);
    return file;
  }

  @Test
  void validFile_validLine_exit0() throws IOException {
    Path file = write("ok.xml", outpatient(false));
    assertEquals(ExitCode.OK, run("validate", file.toString()));
    assertEquals("VALID " + file + "\n", stdout());
    assertEquals("", stderr());
  }

  @Test
  void invalidFile_invalidLineThenIndentedIssues_exit1() throws IOException {
    Path file = write("bad.xml", outpatient(true));
    assertEquals(ExitCode.INVALID, run("validate", file.toString()));
    String[] lines = stdout().split("\n");
    assertEquals("INVALID " + file, lines[0]);
    assertEquals("  ERROR value-type /ClinicalDocument/component/structuredBody/component[1]/section/entry[1]"
        + "/observation/value DE04.01.119.00 xsi:type INT where the spec gives ST", lines[1]);
    for (int i = 1; i < lines.length; i++) {
      assertTrue(lines[i].matches("  (ERROR|WARNING|INFO) \\S+ /\\S+ .+"), lines[i]);
    }
  }

  @Test
  void folder_searchedRecursivelyForXmlInNameOrder_exit1WhenOneInvalid_summaryLast() throws IOException {
    Path b = write("sub/b.xml", outpatient(true));
    Path a = write("a.xml", outpatient(false));
    write("notes.txt", "not a document".getBytes(StandardCharsets.UTF_8));
    assertEquals(ExitCode.INVALID, run("validate", dir.toString()));
    List<String> results = new ArrayList<>();
    for (String line : stdout().split("\n")) {
      if (!line.startsWith("  ")) {
        results.add(line);
      }
    }
    assertEquals(Arrays.asList("VALID " + a, "INVALID " + b, "2 documents: 1 valid, 1 invalid, 0 unreadable"), results);
  }

  @Test
  void unreadableFiles_listedOnStdoutWithOneIndentedReason_othersStillValidated_exit2() throws IOException {
    Path broken = write("a-broken.xml", ("<ClinicalDocument xmlns=\"urn:hl7-org:v3\">\n<title>" + SECRET
        + "</tit").getBytes(StandardCharsets.UTF_8));
    Path notCda = write("b-notcda.xml", ("<html><body>" + SECRET + "</body></html>").getBytes(StandardCharsets.UTF_8));
    Path dtd = write("c-dtd.xml", ("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e \"" + SECRET
        + "\">]><ClinicalDocument xmlns=\"urn:hl7-org:v3\">&e;</ClinicalDocument>").getBytes(StandardCharsets.UTF_8));
    Path ok = write("d-ok.xml", outpatient(false));
    assertEquals(ExitCode.USAGE, run("validate", broken.toString(), notCda.toString(), dtd.toString(), ok.toString()));
    String[] lines = stdout().split("\n");
    assertEquals(8, lines.length, stdout());
    assertEquals("UNREADABLE " + broken, lines[0]);
    assertTrue(lines[1].matches("  CDA-\\d{4} .*line \\d+, column \\d+.*"), lines[1]);
    assertEquals("UNREADABLE " + notCda, lines[2]);
    assertTrue(lines[3].startsWith("  CDA-0010 "), lines[3]);
    assertEquals("UNREADABLE " + dtd, lines[4]);
    assertTrue(lines[5].startsWith("  CDA-0003 "), lines[5]);
    assertEquals("VALID " + ok, lines[6]);
    assertEquals("4 documents: 1 valid, 0 invalid, 3 unreadable", lines[7]);
    assertFalse(stdout().contains(SECRET));
    assertEquals("", stderr());
  }

  @Test
  void oneFile_noSummaryLine() throws IOException {
    Path broken = write("broken.xml", "<oops".getBytes(StandardCharsets.UTF_8));
    assertEquals(ExitCode.USAGE, run("validate", broken.toString()));
    assertEquals(2, stdout().split("\n").length, stdout());
  }

  @Test
  void manyFiles_outputInInputOrder_whateverFinishesFirst() throws IOException {
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      // big and small documents alternate, so workers finish out of order
      Path file = i % 3 == 0 ? write(String.format("f%03d.xml", i), "<x".getBytes(StandardCharsets.UTF_8))
          : write(String.format("f%03d.xml", i), outpatient(i % 2 == 0));
      expected.add((i % 3 == 0 ? "UNREADABLE " : i % 2 == 0 ? "INVALID " : "VALID ") + file);
    }
    assertEquals(ExitCode.USAGE, run("validate", dir.toString()));
    List<String> results = new ArrayList<>();
    for (String line : stdout().split("\n")) {
      if (!line.startsWith("  ") && !line.endsWith("unreadable")) {
        results.add(line);
      }
    }
    assertEquals(expected, results);
    assertTrue(stdout().endsWith("60 documents: 20 valid, 20 invalid, 20 unreadable\n"), stdout());
  }

  @Test
  void missingPathOrEmptyFolder_exit2() throws IOException {
    assertEquals(ExitCode.USAGE, run("validate", dir.resolve("nope.xml").toString()));
    assertTrue(stderr().contains("nope.xml"));
    Files.createDirectories(dir.resolve("empty"));
    err.reset();
    assertEquals(ExitCode.USAGE, run("validate", dir.resolve("empty").toString()));
    assertTrue(stderr().contains("no *.xml files"));
  }

  @Test
  void json_oneObjectPerFilePerLine_summaryObjectLast() throws IOException {
    Path a = write("a.xml", outpatient(false));
    Path b = write("b.xml", outpatient(true));
    Path c = write("c.xml", "<oops".getBytes(StandardCharsets.UTF_8));
    assertEquals(ExitCode.USAGE, run("validate", "--json", a.toString(), b.toString(), c.toString()));
    String[] lines = stdout().split("\n");
    assertEquals(4, lines.length);
    assertTrue(lines[0].startsWith("{\"path\":\"" + a.toString().replace("\\", "\\\\") + "\",\"valid\":true"),
        lines[0]);
    assertTrue(lines[1].contains("\"valid\":false") && lines[1].contains("\"rule\":\"value-type\""), lines[1]);
    assertTrue(lines[2].contains("\"unreadable\":true") && lines[2].contains("\"code\":\"CDA-"), lines[2]);
    assertEquals("{\"documents\":3,\"valid\":1,\"invalid\":1,\"unreadable\":1}", lines[3]);
    assertFalse(stdout().contains(SECRET));
  }

  @Test
  void htmlReport_writtenToOut_withSummaryAndUnreadableFiles() throws IOException {
    Path a = write("a.xml", outpatient(false));
    Path b = write("b.xml", outpatient(true));
    Path c = write("c.xml", "<oops".getBytes(StandardCharsets.UTF_8));
    Path html = dir.resolve("report.html");
    assertEquals(ExitCode.USAGE, run("validate", "--report", "html", "--out", html.toString(), "--lang", "en",
        a.toString(), b.toString(), c.toString()));
    String page = new String(Files.readAllBytes(html), StandardCharsets.UTF_8);
    assertTrue(page.startsWith("<!DOCTYPE html>"));
    assertTrue(page.contains("3 documents: 1 valid, 1 invalid, 1 unreadable"), page);
    assertTrue(page.contains("value-type"));
    assertFalse(page.contains(SECRET));
    assertTrue(stdout().contains("VALID " + a));
    assertTrue(stdout().contains("UNREADABLE " + c));
  }

  @Test
  void htmlReport_chineseWithDigestsLinesAndValuesOnlyWhenAsked() throws IOException {
    Path a = write("a.xml", outpatientWithWeight(SECRET));
    Path html = dir.resolve("zh.html");
    assertEquals(ExitCode.INVALID, run("validate", "--report", "html", "--out", html.toString(), "--lang", "zh",
        a.toString()));
    String page = new String(Files.readAllBytes(html), StandardCharsets.UTF_8);
    assertTrue(page.contains("<html lang=\"zh-CN\">") && page.contains("HDX 共享文档校验报告"), page);
    String sm3 = CryptoFiles.hex(io.hdx.security.sm.Sm3.digest(Files.readAllBytes(a)));
    assertTrue(page.contains(sm3), "the input's SM3 digest");
    assertTrue(page.matches("(?s).*sm3:[0-9a-f]{16}.*"), "the spec data version");
    assertTrue(page.matches("(?s).*<td class=\"line\">[1-9][0-9]*</td>.*"), "a source line");
    assertTrue(page.contains("体重"), "DE04.10.188.00 with its name");
    assertFalse(page.contains(SECRET), "no value without --show-values");
    assertEquals(ExitCode.INVALID, run("validate", "--report", "html", "--out", html.toString(), "--lang", "zh",
        "--show-values", a.toString()));
    page = new String(Files.readAllBytes(html), StandardCharsets.UTF_8);
    assertTrue(page.contains("<code class=\"value\">" + SECRET + "</code>"), "the offending value, asked for");
    assertFalse(stdout().contains(SECRET), "never in the text output");
    assertEquals(ExitCode.INVALID, run("validate", "--report", "html", "--out", html.toString(), "--lang", "en",
        "--hide-unconfirmed", a.toString()));
    page = new String(Files.readAllBytes(html), StandardCharsets.UTF_8);
    assertTrue(page.contains("findings that rest on unconfirmed facts are hidden"));
  }

  @Test
  void usageErrors_exit2() {
    assertEquals(ExitCode.USAGE, run("validate", "--report", "html", "--out", "x.html", "--lang", "fr", "a.xml"));
    assertEquals(ExitCode.USAGE, run("validate", "--show-values", "a.xml"));
    assertEquals(ExitCode.USAGE, run("validate", "--lang", "zh", "a.xml"));
    assertEquals(ExitCode.USAGE, run("validate"));
    assertEquals(ExitCode.USAGE, run("validate", "--report", "pdf", "--out", "x", "a.xml"));
    assertEquals(ExitCode.USAGE, run("validate", "--report", "html", "a.xml"));
    assertEquals(ExitCode.USAGE, run("validate", "--out", "x.html", "a.xml"));
    assertEquals(ExitCode.USAGE, run("validate", "--bogus", "a.xml"));
    assertTrue(stderr().contains("usage: hdx validate"));
  }

  @Test
  void progressBar_onTerminalForManyFiles_neverOtherwise() throws IOException {
    Path a = write("a.xml", outpatient(false));
    Path b = write("b.xml", outpatient(false));
    assertEquals(ExitCode.OK, run(true, "validate", a.toString(), b.toString()));
    assertTrue(stderr().contains("validate ["), stderr());
    err.reset();
    out.reset();
    assertEquals(ExitCode.OK, run(false, "validate", a.toString(), b.toString()));
    assertEquals("", stderr());
  }

  @Test
  void help_listsValidate() {
    assertEquals(ExitCode.OK, run("help"));
    assertTrue(stdout().contains("validate PATH..."));
  }
}
