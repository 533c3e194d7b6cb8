package io.hdx.deid.stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.codec.CodecException;
import io.hdx.codec.validate.DocumentValidator;
import io.hdx.codec.validate.ValidationIssue;
import io.hdx.codec.validate.ValidationReport;
import io.hdx.security.deid.Action;
import io.hdx.security.deid.DeidKeys;
import io.hdx.security.deid.DeidRun;
import io.hdx.security.deid.Deidentifier;
import io.hdx.security.deid.Manifest;
import io.hdx.security.deid.Policies;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The stream de-identifier on the codec's sample documents (synthetic, in the style of the WS/T 500 examples). */
class CdaStreamDeidentifierTest {
  static final Path SAMPLES = Paths.get("..", "sdk-codec", "src", "test", "resources", "io", "hdx", "codec", "cda", "samples");
  static final DeidKeys KEYS = DeidKeys.of("0123456789abcdef-key-A".getBytes(StandardCharsets.US_ASCII));
  static final DeidKeys OTHER = DeidKeys.of("0123456789abcdef-key-B".getBytes(StandardCharsets.US_ASCII));

  static byte[] deid(String preset, DeidKeys keys, byte[] xml, DeidRun[] runOut) {
    Deidentifier engine = Deidentifier.builder().policy(Policies.byName(preset)).keys(keys).build();
    DeidRun run = engine.newRun();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CdaStreamDeidentifier.create(engine).deidentify(new ByteArrayInputStream(xml), out, run);
    if (runOut != null) {
      runOut[0] = run;
    }
    return out.toByteArray();
  }

  @Test
  void gbt37964_vendorSample_noPlantedIdentifierSurvives_vendorContentRemoved() throws IOException {
    byte[] xml = Files.readAllBytes(SAMPLES.resolve("C0002-vendor.xml"));
    DeidRun[] run = new DeidRun[1];
    String out = new String(deid("gbt37964", KEYS, xml, run), StandardCharsets.UTF_8);
    for (String planted : new String[] {"11010519491231002X", "测试患者", "010-88888888", "幸福小区", "长安街", "MZ0001",
        "测试医生", "his:exportBatch", "19491231"}) {
      assertFalse(out.contains(planted), planted + "\n" + out);
    }
    assertTrue(out.contains("<birthTime value=\"19490101\""), "birth date generalized to the year, written as its first day");
    assertTrue(out.contains("administrativeGenderCode code=\"2\""), "sex kept");
    Manifest m = run[0].manifest();
    assertEquals(1, m.documents());
    assertTrue(m.count(Action.REMOVE) > 0);
    assertTrue(m.count(Action.PSEUDONYMIZE) > 0);
    assertFalse(m.toJson().contains("测试"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"C0002-vendor.xml", "C0004-sample.xml", "C0032-sample.xml", "C0034-sample.xml"})
  void everyPreset_sameKeySameBytes_otherKeyOtherBytes_andTheResultStillValidates(String sample) throws IOException {
    byte[] xml = Files.readAllBytes(SAMPLES.resolve(sample));
    DocumentValidator validator = DocumentValidator.create();
    Set<String> before = errorRules(validator.validate(xml));
    for (String preset : Policies.names()) {
      byte[] a = deid(preset, KEYS, xml, null);
      assertArrayEquals(a, deid(preset, KEYS, xml, null), preset);
      if (!preset.equals("display")) {
        assertFalse(java.util.Arrays.equals(a, deid(preset, OTHER, xml, null)), preset);
      }
      Set<String> after = errorRules(validator.validate(a));
      after.removeAll(before);
      if (preset.equals("display")) {
        // Masking is for screens: a masked resident ID (110105********002X) is not a valid number.
        after.removeIf(rule -> rule.startsWith("id-resident "));
      }
      assertEquals(new TreeSet<String>(), after, sample + " " + preset + ": errors the original did not have");
    }
  }

  static Set<String> errorRules(ValidationReport report) {
    Set<String> rules = new TreeSet<>();
    for (ValidationIssue i : report.issues()) {
      if (i.severity().name().equals("ERROR")) {
        rules.add(i.ruleId() + " " + i.xpath());
      }
    }
    return rules;
  }

  @Test
  void notXml_isACodecException_withoutContent() {
    CodecException e = assertThrows(CodecException.class,
        () -> deid("gbt37964", KEYS, "<ClinicalDocument xmlns=\"urn:hl7-org:v3\"><secret>张三</ClinicalDocument>".getBytes(StandardCharsets.UTF_8), null));
    assertEquals("CDA-0001", e.errorCode());
    assertFalse(e.getMessage().contains("张三"));
    CodecException dtd = assertThrows(CodecException.class, () -> deid("gbt37964", KEYS,
        "<!DOCTYPE x [<!ENTITY a \"b\">]><ClinicalDocument xmlns=\"urn:hl7-org:v3\">&a;</ClinicalDocument>"
            .getBytes(StandardCharsets.UTF_8), null));
    assertTrue(dtd.errorCode().equals("CDA-0003") || dtd.errorCode().equals("CDA-0001"), dtd.errorCode());
  }
}
