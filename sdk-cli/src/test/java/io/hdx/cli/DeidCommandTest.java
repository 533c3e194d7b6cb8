package io.hdx.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.cli.CryptoCommandsTest.Run;
import io.hdx.codec.cda.CdaEncoder;
import io.hdx.model.datatype.CodedValue;
import io.hdx.model.datatype.InstanceIdentifier;
import io.hdx.model.datatype.PointInTime;
import io.hdx.model.datatype.Text;
import io.hdx.model.document.Address;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hdx deid} as docs/cli.md says: outputs keep their names and relative paths, the manifest is printed, never a value or key. */
class DeidCommandTest {
  static final String KEY_A = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
  static final String KEY_B = "ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100";
  static final String NAME = "测试患者";
  static final String PHONE = "13812345678";

  @TempDir
  Path dir;

  private Path keyA;
  private Path keyB;

  @BeforeEach
  void keys() throws IOException {
    keyA = dir.resolve("a.key");
    keyB = dir.resolve("b.key");
    Files.write(keyA, ("pseudonym=" + KEY_A + "\n").getBytes(StandardCharsets.US_ASCII));
    Files.write(keyB, (KEY_B + "\n").getBytes(StandardCharsets.US_ASCII));
  }

  /** A small outpatient record of a patient born on {@code birth}, with a phone, an address and identifiers in its complaint. */
  static byte[] document(String birth, boolean male, String county) {
    String first17 = "110105" + birth + (male ? "013" : "024");
    String rid = first17 + ResidentIdNumber.checkCharacter(first17);
    Patient patient = Patient.builder().addId(InstanceIdentifier.of("2.16.156.10011.1.11", "MZ" + birth))
        .residentId(InstanceIdentifier.of("2.16.156.10011.1.3", rid)).name(NAME)
        .gender(CodedValue.of(male ? Sex.MALE : Sex.FEMALE)).birthTime(PointInTime.parse(birth))
        .address(Address.builder().state("北京市").city("北京市").county(county).streetName("长安街1号").build())
        .telecom("tel:" + PHONE).build();
    PointInTime time = PointInTime.parse("20240102030405");
    ClinicalDocument doc = ClinicalDocument.builder().templateId("2.16.156.10011.2.1.1.22").code("C0002")
        .title("门(急)诊病历").id(InstanceIdentifier.of(DocumentSpec.DOCUMENT_ID_ROOT, "DOC" + birth)).effectiveTime(time)
        .patient(patient)
        .addAuthor(Participant.builder().time(time).id(InstanceIdentifier.of("2.16.156.10011.1.7", "A1")).name("王医生")
            .build())
        .custodian(Organization.of(InstanceIdentifier.of("2.16.156.10011.1.5", "M000100Y4"), "医院"))
        .addSection(Section.builder().code("10154-3").displayName("CHIEF COMPLAINT")
            .addEntry(Entry.of("DE04.01.119.00", Text.of("患者" + NAME + "，电话" + PHONE + "，身份证" + rid + "，头痛3天")))
            .build())
        .build();
    return CdaEncoder.create().encode(doc);
  }

  static String residentId(String birth, boolean male) {
    String first17 = "110105" + birth + (male ? "013" : "024");
    return first17 + ResidentIdNumber.checkCharacter(first17);
  }

  private Path write(String name, byte[] content) throws IOException {
    return write(dir, name, content);
  }

  /** Writes {@code content} to {@code name} under {@code dir}, creating folders. */
  static Path write(Path dir, String name, byte[] content) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.write(file, content);
    return file;
  }

  private static Run hdx(Object... args) {
    return CryptoCommandsTest.hdx(args);
  }

  @Test
  void folder_outputsKeepRelativePaths_manifestPrinted_noValuesNoKey_exit0() throws IOException {
    write("in/a.xml", document("19800101", true, "朝阳区"));
    write("in/sub/b.xml", document("19491231", false, "海淀区"));
    Path out = dir.resolve("out");
    Run run = hdx("deid", "--policy", "gbt37964", "--key-file", keyA, dir.resolve("in"), "--out", out);
    assertEquals(ExitCode.OK, run.code, run.err);
    assertEquals("", run.err);
    assertTrue(Files.isRegularFile(out.resolve("a.xml")));
    assertTrue(Files.isRegularFile(out.resolve("sub/b.xml")));
    for (Path p : Arrays.asList(out.resolve("a.xml"), out.resolve("sub/b.xml"))) {
      String xml = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
      for (String planted : Arrays.asList(NAME, PHONE, residentId("19800101", true), residentId("19491231", false),
          "长安街", "王医生")) {
        assertFalse(xml.contains(planted), planted + " in " + p);
      }
      assertTrue(xml.contains("ClinicalDocument"));
    }
    String[] lines = run.out.split("\n");
    assertTrue(lines[0].startsWith("policy gbt37964 sm3="), run.out);
    assertTrue(lines[1].startsWith("key sm3:"), run.out);
    assertEquals("documents 2", lines[2]);
    assertTrue(run.out.contains("\npseudonymize "), run.out);
    assertTrue(run.out.contains("\n  DE02.01.039.00 "), "counts per data element: " + run.out);
    assertEquals("2 documents: 2 de-identified, 0 unreadable", lines[lines.length - 1]);
    assertFalse(run.out.contains(KEY_A) || run.out.contains(NAME) || run.out.contains(PHONE), run.out);
    String manifest = new String(Files.readAllBytes(out.resolve(DeidCommand.MANIFEST)), StandardCharsets.UTF_8);
    assertTrue(manifest.startsWith("{\"policy\":\"gbt37964\""), manifest);
    assertTrue(manifest.contains("\"documents\":2"), manifest);
    assertFalse(manifest.contains(KEY_A));
  }

  @Test
  void sameKey_sameBytes_otherKey_otherPseudonyms() throws IOException {
    Path in = write("in/a.xml", document("19800101", true, "朝阳区"));
    byte[][] outs = new byte[3][];
    Path[] keys = {keyA, keyA, keyB};
    for (int i = 0; i < 3; i++) {
      Path out = dir.resolve("out" + i);
      assertEquals(ExitCode.OK, hdx("deid", "--policy", "research", "--key-file", keys[i], in, "--out", out).code);
      outs[i] = Files.readAllBytes(out.resolve("a.xml"));
    }
    assertArrayEquals(outs[0], outs[1]);
    assertFalse(Arrays.equals(outs[0], outs[2]));
  }

  @Test
  void unreadableFile_listed_noOutput_notCounted_exit2() throws IOException {
    write("in/a.xml", document("19800101", true, "朝阳区"));
    write("in/b.xml", ("<html>" + NAME + "</html>").getBytes(StandardCharsets.UTF_8));
    Path out = dir.resolve("out");
    Run run = hdx("deid", "--policy", "display", "--key-file", keyA, dir.resolve("in"), "--out", out);
    assertEquals(ExitCode.USAGE, run.code);
    assertTrue(run.out.startsWith("UNREADABLE " + dir.resolve("in/b.xml") + "\n  CDA-0010 "), run.out);
    assertTrue(run.out.contains("documents 1\n"), run.out);
    assertTrue(run.out.endsWith("2 documents: 1 de-identified, 1 unreadable\n"), run.out);
    assertFalse(Files.exists(out.resolve("b.xml")));
    assertTrue(Files.exists(out.resolve("a.xml")));
    assertFalse(run.out.contains(NAME));
    try (java.util.stream.Stream<Path> left = Files.list(out)) {
      assertEquals(2, left.count(), "a.xml and the manifest; no temporary file left");
    }
  }

  @Test
  void policyFile_isRead_badPolicyFile_namesTheLine_exit2() throws IOException {
    Path in = write("in/a.xml", document("19800101", true, "朝阳区"));
    Path policy = write("p.json", ("{\n  \"name\": \"mine\",\n  \"extends\": \"research\",\n"
        + "  \"dataElements\": {\"DE02.01.005.01\": {\"action\": \"generalize\", \"date\": \"year\"}}\n}\n")
        .getBytes(StandardCharsets.UTF_8));
    Run ok = hdx("deid", "--policy", policy, "--key-file", keyA, in, "--out", dir.resolve("out"));
    assertEquals(ExitCode.OK, ok.code, ok.err);
    assertTrue(ok.out.startsWith("policy mine sm3="), ok.out);
    assertTrue(new String(Files.readAllBytes(dir.resolve("out/a.xml")), StandardCharsets.UTF_8)
        .contains("<birthTime value=\"19800101\""), "birth date generalized to the year, written as its first day");

    Path bad = write("bad.json", "{\n  \"name\": \"mine\",\n  \"categories\": {\"quasi\": {\"action\": \"blur\"}}\n}\n"
        .getBytes(StandardCharsets.UTF_8));
    Run run = hdx("deid", "--policy", bad, "--key-file", keyA, in, "--out", dir.resolve("out2"));
    assertEquals(ExitCode.USAGE, run.code);
    assertTrue(run.err.startsWith("hdx deid: DEID-01"), run.err);
    assertTrue(run.err.contains("line 3"), run.err);
    assertEquals(1, run.err.split("\n").length, run.err);
  }

  @Test
  void usageErrors_exit2() throws IOException {
    Path in = write("in/a.xml", document("19800101", true, "朝阳区"));
    assertEquals(ExitCode.USAGE, hdx("deid", "--policy", "nope", "--key-file", keyA, in, "--out", dir.resolve("o")).code);
    assertEquals(ExitCode.USAGE, hdx("deid", "--policy", "gbt37964", in, "--out", dir.resolve("o")).code);
    assertEquals(ExitCode.USAGE, hdx("deid", "--policy", "gbt37964", "--key-file", dir.resolve("none.key"), in,
        "--out", dir.resolve("o")).code);
    Run onto = hdx("deid", "--policy", "gbt37964", "--key-file", keyA, dir.resolve("in"), "--out", dir.resolve("in"));
    assertEquals(ExitCode.USAGE, onto.code);
    assertTrue(onto.err.contains("would overwrite an input"), onto.err);
    write("in2/a.xml", document("19800102", true, "朝阳区"));
    Run twice = hdx("deid", "--policy", "gbt37964", "--key-file", keyA, in, dir.resolve("in2/a.xml"), "--out",
        dir.resolve("o"));
    assertEquals(ExitCode.USAGE, twice.code);
    assertTrue(twice.err.contains("would both be written to"), twice.err);
  }

  @Test
  void json_manifestIsTheLastLine() throws IOException {
    Path in = write("in/a.xml", document("19800101", true, "朝阳区"));
    Run run = hdx("deid", "--policy", "gbt37964", "--key-file", keyA, in, "--out", dir.resolve("o"), "--json");
    assertEquals(ExitCode.OK, run.code);
    String[] lines = run.out.split("\n");
    assertEquals(1, lines.length, run.out);
    assertTrue(lines[0].startsWith("{\"policy\":\"gbt37964\",\"policyHash\":\""), run.out);
  }

  @Test
  void progressBar_onTerminalOnly() throws IOException {
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      files.add(write("in/d" + i + ".xml", document("1980010" + (i + 1), true, "朝阳区")));
    }
    for (boolean terminal : new boolean[] {true, false}) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int code = new Hdx().run(Arrays.asList("deid", "--policy", "gbt37964", "--key-file", keyA.toString(),
          dir.resolve("in").toString(), "--out", dir.resolve("o" + terminal).toString()), new Console(out, err, terminal));
      assertEquals(ExitCode.OK, code);
      String e = new String(err.toByteArray(), StandardCharsets.UTF_8);
      assertEquals(terminal, e.contains("deid [") && e.contains("3/3"), e);
    }
  }
}
