package io.hdx.security.deid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.model.id.ResidentIdNumber;
import io.hdx.security.sm.Sm4Key;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Examples of the policy engine with the presets. */
class DeidentifierTest {
  static final DeidKeys KEYS = DeidKeys.of(PrimitivesTest.KEY_A)
      .withReversibleKey(Sm4Key.fromHex("00112233445566778899aabbccddeeff"));
  static final DeidKeys OTHER_KEYS = DeidKeys.of(PrimitivesTest.KEY_B);

  static final String PATIENT = "/ClinicalDocument/recordTarget/patientRole";
  static final Datum NAME = Datum.builder(PATIENT + "/patient/name", Category.DIRECT, ValueKind.NAME)
      .dataElement("DE02.01.039.00").build();
  static final Datum RID = Datum.builder(PATIENT + "/patient/id/@extension", Category.DIRECT, ValueKind.RESIDENT_ID)
      .identifierOid("2.16.156.10011.1.3").build();
  static final Datum PHONE = Datum.of(PATIENT + "/telecom/@value", Category.DIRECT, ValueKind.PHONE);
  static final Datum ADDRESS = Datum.of(PATIENT + "/addr", Category.DIRECT, ValueKind.ADDRESS);
  static final Datum RECORD_NO = Datum.builder(PATIENT + "/id/@extension", Category.DIRECT, ValueKind.IDENTIFIER)
      .identifierOid("2.16.156.10011.1.12").build();
  static final Datum BIRTH = Datum.builder(PATIENT + "/patient/birthTime/@value", Category.QUASI, ValueKind.DATE)
      .dataElement("DE02.01.005.01").build();
  static final Datum SEX = Datum.builder(PATIENT + "/patient/administrativeGenderCode/@code", Category.QUASI, ValueKind.CODE)
      .dataElement("DE02.01.040.00").build();
  static final Datum ETHNICITY = Datum.of(PATIENT + "/patient/ethnicGroupCode/@code", Category.QUASI, ValueKind.CODE);
  static final Datum ADMISSION = Datum.of("/ClinicalDocument/componentOf/encompassingEncounter/effectiveTime/low/@value",
      Category.QUASI, ValueKind.DATE);
  static final Datum DIAGNOSIS = Datum.of("/ClinicalDocument/component/structuredBody/component/section/entry/observation/value/@code",
      Category.SENSITIVE, ValueKind.CODE);
  static final Datum VENDOR = Datum.of("/ClinicalDocument/x:vendorExtension", Category.UNKNOWN, ValueKind.OTHER);

  static final String ID = "11010519491231002X";

  private static Deidentifier engine(Policy policy, DeidKeyProvider keys) {
    return Deidentifier.builder().policy(policy).keys(keys).build();
  }

  /**
   * A value written twice in one document is pseudonymized once (the run remembers it until documentDone) and
   * counted twice; after the document, and in another run, the same value gets the same pseudonym.
   */
  @Test
  void run_sameValueTwiceInADocument_samePseudonym_countedTwice() {
    Deidentifier deid = engine(Policies.gbt37964(), KEYS);
    DeidRun run = deid.newRun();
    Datum authorOrg = Datum.builder("/ClinicalDocument/author/assignedAuthor/representedOrganization/id/@extension",
        Category.DIRECT, ValueKind.IDENTIFIER).identifierOid("2.16.156.10011.1.5").build();
    Datum custodian = Datum.builder("/ClinicalDocument/custodian/assignedCustodian/representedCustodianOrganization/id/@extension",
        Category.DIRECT, ValueKind.IDENTIFIER).identifierOid("2.16.156.10011.1.5").build();
    String first = run.apply(authorOrg, "H11010500017", "p1").get();
    assertEquals(first, run.apply(custodian, "H11010500017", "p1").get(), "one domain (the OID), one pseudonym");
    assertNotEquals(first, run.apply(custodian, "H11010500018", "p1").get());
    run.documentDone();
    assertEquals(first, run.apply(custodian, "H11010500017", "p2").get());
    assertEquals(first, deid.newRun().apply(authorOrg, "H11010500017", "p3").get());
    assertEquals(Long.valueOf(4), run.manifest().elements().get("2.16.156.10011.1.5").get(Action.PSEUDONYMIZE));
  }

  @Test
  void gbt37964_pseudonymizesDirectGeneralizesQuasiKeepsHealthRemovesUnknown() {
    DeidRun run = engine(Policies.gbt37964(), KEYS).newRun();
    String name = run.apply(NAME, "欧阳娜娜", "p1").get();
    assertTrue(name.matches("[\\u4e00-\\u9fa5]{2,3}"), name);
    assertNotEquals("欧阳娜娜", name);
    String rid = run.apply(RID, ID, "p1").get();
    ResidentIdNumber pseudo = ResidentIdNumber.parse(rid);
    assertNotEquals(ID, rid);
    assertEquals("11", rid.substring(0, 2));
    assertEquals(1949, pseudo.birthDate().getYear());
    String phone = run.apply(PHONE, "tel:138-1234-5678", "p1").get();
    assertTrue(phone.matches("tel:\\d{3}-\\d{4}-\\d{4}"));
    assertNotEquals("tel:138-1234-5678", phone);
    assertEquals(Optional.empty(), run.apply(ADDRESS, "北京市朝阳区建国路1号", "p1"));
    String record = run.apply(RECORD_NO, "ZY20240001", "p1").get();
    assertTrue(record.matches("ZY\\d{8}"));
    assertEquals("1949", run.apply(BIRTH, "19491231", "p1").get());
    assertEquals("202403", run.apply(ADMISSION, "20240315103000+0800", "p1").get());
    assertEquals("2", run.apply(SEX, "2", "p1").get());
    assertEquals(Optional.empty(), run.apply(ETHNICITY, "01", "p1"));
    assertEquals("I10", run.apply(DIAGNOSIS, "I10", "p1").get());
    assertEquals(Optional.empty(), run.apply(VENDOR, "anything", "p1"));
    run.documentDone();

    Manifest m = run.manifest();
    assertEquals(1, m.documents());
    assertEquals(4, m.count(Action.PSEUDONYMIZE));
    assertEquals(3, m.count(Action.REMOVE));
    assertEquals(2, m.count(Action.GENERALIZE));
    assertEquals(2, m.count(Action.KEEP));
    assertEquals(1L, m.elements().get("DE02.01.039.00").get(Action.PSEUDONYMIZE));
    assertEquals(Policies.gbt37964().hash(), m.policyHash());
    assertEquals(KEYS.keyId(), m.keyId());
    for (String planted : new String[] {"欧阳", ID, "1234", "朝阳", "20240001", "19491231"}) {
      assertFalse(m.toJson().contains(planted), planted);
      assertFalse(m.toText().contains(planted), planted);
    }
  }

  @Test
  void research_shiftsDatesPerPatientAndKeepsBirthDateInPseudonym() {
    DeidRun run = engine(Policies.research(), KEYS).newRun();
    String admission = run.apply(ADMISSION, "20240315103000+0800", "p1").get();
    String discharge = run.apply(ADMISSION, "20240325", "p1").get();
    assertEquals(10, java.time.temporal.ChronoUnit.DAYS.between(
        java.time.LocalDate.parse(admission.substring(0, 8), java.time.format.DateTimeFormatter.BASIC_ISO_DATE),
        java.time.LocalDate.parse(discharge, java.time.format.DateTimeFormatter.BASIC_ISO_DATE)));
    assertTrue(admission.endsWith("103000+0800"));
    assertNotEquals(admission, run.apply(ADMISSION, "20240315103000+0800", "p2").get().substring(0, 8) + "x");
    String rid = run.apply(RID, ID, "p1").get();
    assertEquals(ID.substring(6, 14), rid.substring(6, 14));
    assertEquals("01", run.apply(ETHNICITY, "01", "p1").get());
    assertEquals(Optional.empty(), run.apply(VENDOR, "x", "p1"));
    assertEquals("北京市", run.apply(ADDRESS, "北京市朝阳区建国路1号", "p1").get());   // a municipality is its own prefecture
    assertEquals("浙江省杭州市", run.apply(ADDRESS, "浙江省杭州市西湖区文三路9号", "p1").get());
  }

  @Test
  void display_masks() {
    DeidRun run = engine(Policies.display(), KEYS).newRun();
    assertEquals("欧阳**", run.apply(NAME, "欧阳娜娜", "p").get());
    assertEquals("110105********002X", run.apply(RID, ID, "p").get());
    assertEquals("tel:***-****-5678", run.apply(PHONE, "tel:138-1234-5678", "p").get());
    assertEquals("浙江省杭州市*******", run.apply(ADDRESS, "浙江省杭州市西湖区文三路9号", "p").get().substring(0, 13));
    assertEquals("19491231", run.apply(BIRTH, "19491231", "p").get());
    assertEquals(Optional.empty(), run.apply(VENDOR, "x", "p"));
  }

  @Test
  void sameKeySameOutput_otherKeyOtherPseudonyms() {
    for (Datum d : new Datum[] {NAME, RID, PHONE, RECORD_NO}) {
      String v = d == NAME ? "张三" : d == RID ? ID : d == PHONE ? "13812345678" : "ZY20240001";
      String a = engine(Policies.gbt37964(), KEYS).newRun().apply(d, v, "p").get();
      assertEquals(a, engine(Policies.gbt37964(), DeidKeys.of(PrimitivesTest.KEY_A)).newRun().apply(d, v, "p").get());
      assertNotEquals(a, engine(Policies.gbt37964(), OTHER_KEYS).newRun().apply(d, v, "p").get());
    }
  }

  @Test
  void reversibleRule_needsAReversibleKey_andReverses() {
    Policy p = Policies.gbt37964().toBuilder().name("rev").kind(Category.DIRECT, ValueKind.NAME, Rule.of(Action.REVERSIBLE)).build();
    assertTrue(p.usesReversible());
    PolicyException e = assertThrows(PolicyException.class, () -> engine(p, OTHER_KEYS));
    assertEquals(PolicyException.NO_REVERSIBLE_KEY, e.errorCode());
    String token = engine(p, KEYS).newRun().apply(NAME, "张三", "p").get();
    assertEquals("张三", ReversiblePseudonym.create(KEYS.reversibleKey().get()).decrypt("DE02.01.039.00", token));
  }

  @Test
  void ruleFor_mostSpecificFirst() {
    Rule byOid = Rule.of(Action.MASK);
    Rule byPath = Rule.of(Action.NOISE);
    Rule byPrefix = Rule.of(Action.GENERALIZE);
    Rule byDe = Rule.of(Action.DATE_SHIFT);
    Policy p = Policy.builder("t").category(Category.DIRECT, Rule.KEEP)
        .kind(Category.DIRECT, ValueKind.PHONE, Rule.of(Action.PSEUDONYMIZE))
        .identifier("2.16.156.10011.1.3", byOid)
        .path(PATIENT + "/patient/name", byPath)
        .path(PATIENT + "/*", byPrefix)
        .path("/ClinicalDocument/*", Rule.REMOVE)
        .dataElement("DE02.01.039.00", byDe)
        .build();
    assertEquals(byOid, p.ruleFor(RID));
    assertEquals(byPath, p.ruleFor(NAME));
    assertEquals(byPrefix, p.ruleFor(PHONE));
    assertEquals(byDe, p.ruleFor(Datum.builder("/elsewhere", Category.DIRECT, ValueKind.NAME).dataElement("DE02.01.039.00").build()));
    assertEquals(Rule.of(Action.PSEUDONYMIZE), p.ruleFor(Datum.of("/x", Category.DIRECT, ValueKind.PHONE)));
    assertEquals(Rule.KEEP, p.ruleFor(Datum.of("/x", Category.DIRECT, ValueKind.NAME)));
    assertEquals(Rule.REMOVE, p.ruleFor(Datum.of("/x", Category.SENSITIVE, ValueKind.CODE)));   // unnamed category
    assertEquals(Rule.REMOVE, p.ruleFor(Datum.of("/x", Category.UNKNOWN, ValueKind.TEXT)));
  }

  @Test
  void policyHash_stableAndSensitiveToEveryRule() {
    assertEquals(Policies.gbt37964().hash(), Policies.gbt37964().hash());
    assertEquals(64, Policies.gbt37964().hash().length());
    assertNotEquals(Policies.gbt37964().hash(),
        Policies.gbt37964().toBuilder().dataElement("DE02.01.040.00", Rule.REMOVE).build().hash());
    assertNotEquals(Policies.research().hash(), Policies.display().hash());
    assertEquals(Policies.research(), Policies.byName("RESEARCH"));
    assertEquals(PolicyException.UNKNOWN_PRESET, assertThrows(PolicyException.class, () -> Policies.byName("x")).errorCode());
  }

  @Test
  void everyPreset_removesUnknownContent_andNamesEveryCategory() {
    for (String name : Policies.names()) {
      Policy p = Policies.byName(name);
      assertEquals(Rule.REMOVE, p.unknownRule(), name);
      for (Category c : Category.values()) {
        if (c != Category.UNKNOWN) {
          assertTrue(p.categories().containsKey(c), name + " " + c);
        }
      }
    }
  }

  @Test
  void malformedValues_areRemoved_notPassedThrough() {
    DeidRun run = engine(Policies.gbt37964(), KEYS).newRun();
    assertEquals(Optional.empty(), run.apply(ADMISSION, "not a date", "p"));
    Datum age = Datum.of("/age", Category.QUASI, ValueKind.AGE);
    assertEquals(Optional.empty(), run.apply(age, "forty", "p"));
    assertEquals("35-39", run.apply(age, "37", "p").get());
    String badId = run.apply(RID, "110105194912310021", "p").get();   // wrong check character
    assertTrue(badId.matches("\\d{18}"));
    assertNotEquals("110105194912310021", badId);
  }

  @Test
  void engine_serializesAndBehavesTheSame() throws IOException, ClassNotFoundException {
    Deidentifier deid = engine(Policies.gbt37964(), KEYS);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(deid);
    }
    Deidentifier back;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      back = (Deidentifier) in.readObject();
    }
    assertEquals(deid.keyId(), back.keyId());
    assertEquals(deid.policy(), back.policy());
    assertEquals(deid.newRun().apply(RID, ID, "p"), back.newRun().apply(RID, ID, "p"));
    assertFalse(deid.toString().contains("0123456789"));
  }

  @Test
  void keyFile_readsBothKeys_andNamesTheBadLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("deid.key");
    Files.write(file, KEYS.toKeyFile(io.hdx.security.SecretKeyAccess.insecureSecretAccess()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    DeidKeys read = DeidKeys.fromFile(file);
    assertEquals(KEYS.keyId(), read.keyId());
    assertTrue(read.reversibleKey().get().hasSameSecret(KEYS.reversibleKey().get()));
    Files.write(file, "00112233445566778899aabbccddeeff\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    assertFalse(DeidKeys.fromFile(file).reversibleKey().isPresent());
    Files.write(file, "# keys\npseudonym=00112233445566778899aabbccddeeff\nreversible=zz\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    PolicyException e = assertThrows(PolicyException.class, () -> DeidKeys.fromFile(file));
    assertEquals("DEID-0201 key file line 3: not hexadecimal", e.getMessage());
    assertTrue(KEYS.keyId().matches("sm3:[0-9a-f]{16}"));
    assertFalse(KEYS.toString().contains(io.hdx.security.internal.Bytes.toHex(PrimitivesTest.KEY_A)));
  }
}
