package io.hdx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.model.valueset.CodeSystems;
import io.hdx.model.valueset.ValueSetRegistry;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SpecCommandsTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return new Hdx().run(Arrays.asList(args), new Console(out, err, false));
  }

  private String[] lines() {
    return new String(out.toByteArray(), StandardCharsets.UTF_8).split("\n");
  }

  @Test
  void specList_printsOneLinePerSpec_codeTemplateIdTitle() {
    assertEquals(ExitCode.OK, run("spec", "list"));
    String[] lines = lines();
    assertEquals(73, lines.length);
    assertEquals(Arrays.asList("C0002", "2.16.156.10011.2.1.1.22", "门(急)诊病历"),
        Arrays.asList(lines[1].trim().split("\\s+")));
  }

  @Test
  void specList_standardFilter_countsPerStandard() {
    assertEquals(ExitCode.OK, run("spec", "list", "--standard", "wst500"));
    assertEquals(53, lines().length);
    out.reset();
    assertEquals(ExitCode.OK, run("spec", "list", "--standard=wst483"));
    assertEquals(20, lines().length);
  }

  @Test
  void specList_json_oneObjectPerLine() {
    assertEquals(ExitCode.OK, run("spec", "list", "--json"));
    for (String line : lines()) {
      assertTrue(line.startsWith("{\"code\":\"") && line.endsWith("}"), line);
    }
  }

  @Test
  void specList_badStandard_usageError() {
    assertEquals(ExitCode.USAGE, run("spec", "list", "--standard", "wst999"));
    assertTrue(new String(err.toByteArray(), StandardCharsets.UTF_8).contains("--standard"));
  }

  @Test
  void specShow_byCodeOrTemplateId_showsSectionsAndBindings() {
    assertEquals(ExitCode.OK, run("spec", "show", "C0002"));
    String text = new String(out.toByteArray(), StandardCharsets.UTF_8);
    assertTrue(text.contains("10154-3 CHIEF COMPLAINT"));
    assertTrue(text.contains("DE04.01.119.00 主诉 ST"));
    assertTrue(text.contains("valueSet=2.16.156.10011.2.3.1.85"));
    out.reset();
    assertEquals(ExitCode.OK, run("spec", "show", "2.16.156.10011.2.1.1.22"));
    assertEquals(text, new String(out.toByteArray(), StandardCharsets.UTF_8));
  }

  @Test
  void specShow_layout_oneLinePerDatumWithCategory_codeCaseInsensitive() {
    assertEquals(ExitCode.OK, run("spec", "show", "c0034", "--layout"));
    String[] lines = lines();
    assertTrue(lines.length > 153 + 43, "header fields and body slots: " + lines.length);
    boolean name = false;
    boolean diagnosisCode = false;
    for (String line : lines) {
      String[] cells = line.split("  ");
      assertEquals(6, cells.length, line);
      assertTrue(Arrays.asList("direct", "quasi", "sensitive", "none").contains(cells[5]), line);
      if (line.startsWith("/ClinicalDocument/recordTarget/patientRole/patient/name  ")) {
        name = true;
        assertEquals(Arrays.asList("/patient/name", "DE02.01.039.00", "PN", "0..1", "direct"),
            Arrays.asList(cells).subList(1, 6));
      }
      if (cells[2].equals("DE05.01.024.00")) {
        diagnosisCode = true;
        assertEquals("sensitive", cells[5]);
      }
    }
    assertTrue(name && diagnosisCode);
    out.reset();
    assertEquals(ExitCode.OK, run("spec", "show", "C0034", "--layout", "--json"));
    String[] json = lines();
    assertEquals(1, json.length);
    assertTrue(json[0].startsWith("{\"code\":\"C0034\"") && json[0].contains("\"category\":\"direct\"")
        && json[0].contains("\"group\":\"DE05.01.025.00\""), json[0]);
  }

  @Test
  void specShow_lowerCaseCode_sameAsUpperCase() {
    assertEquals(ExitCode.OK, run("spec", "show", "C0034"));
    String upper = new String(out.toByteArray(), StandardCharsets.UTF_8);
    out.reset();
    assertEquals(ExitCode.OK, run("spec", "show", "c0034"));
    assertEquals(upper, new String(out.toByteArray(), StandardCharsets.UTF_8));
  }

  /** spec show names a binding as the registry does, which is what the validator prints (one source of truth). */
  @Test
  void specShow_namesBindingsAsTheRegistryAndValidatorDo() {
    assertEquals(ExitCode.OK, run("spec", "show", "C0002"));
    String text = new String(out.toByteArray(), StandardCharsets.UTF_8);
    assertTrue(text.contains("DE05.10.130.00 中医病名代码 CD ORGANIZER_COMPONENT 0..* valueSet=2.16.156.10011.2.3.3.14("
        + CodeSystems.GBT15657.name() + ") EXAMPLE"), text);
    out.reset();
    assertEquals(ExitCode.OK, run("spec", "show", "C0034"));
    for (String line : lines()) {
      int at = line.indexOf("valueSet=");
      if (at >= 0) {
        String oid = line.substring(at + 9, line.indexOf('(', at));
        ValueSetRegistry.standard().findByOid(oid).ifPresent(vs ->
            assertTrue(line.contains("valueSet=" + oid + "(" + vs.name() + ")"), line));
      }
    }
  }

  @Test
  void specShow_unknownOrMissing_usageError() {
    assertEquals(ExitCode.USAGE, run("spec", "show", "C9999"));
    assertEquals(ExitCode.USAGE, run("spec", "show"));
    assertEquals(ExitCode.USAGE, run("spec", "show", "--bogus", "C0001"));
  }

  @Test
  void unknownVerb_usageError_help_ok() {
    assertEquals(ExitCode.USAGE, run("frobnicate"));
    assertEquals(ExitCode.OK, run("help"));
    assertEquals(ExitCode.USAGE, run());
  }
}
