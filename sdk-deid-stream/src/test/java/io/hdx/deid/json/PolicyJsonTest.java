package io.hdx.deid.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hdx.security.deid.Action;
import io.hdx.security.deid.Category;
import io.hdx.security.deid.DatePrecision;
import io.hdx.security.deid.Datum;
import io.hdx.security.deid.Policies;
import io.hdx.security.deid.Policy;
import io.hdx.security.deid.PolicyException;
import io.hdx.security.deid.Rule;
import io.hdx.security.deid.ValueKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PolicyJsonTest {
  /** The example policy of README's "Policy JSON" section. */
  static final String EXAMPLE = String.join("\n",
      "{",
      "  \"name\": \"hospital-research\",",
      "  \"extends\": \"research\",",
      "  \"categories\": {",
      "    \"quasi\": {\"action\": \"generalize\", \"date\": \"year\", \"region\": \"province\",",
      "              \"kinds\": {\"code\": {\"action\": \"keep\"}, \"date\": {\"action\": \"date-shift\"}}}",
      "  },",
      "  \"dataElements\": {\"DE02.01.005.01\": {\"action\": \"generalize\", \"date\": \"year\"}},",
      "  \"paths\": {\"/ClinicalDocument/recordTarget/patientRole/addr*\": {\"action\": \"remove\"}},",
      "  \"identifiers\": {\"2.16.156.10011.1.12\": {\"action\": \"pseudonymize\"}},",
      "  \"dateShiftMaxDays\": 180,",
      "  \"freeText\": \"scan\"",
      "}");

  @ParameterizedTest
  @ValueSource(strings = {"gbt37964", "research", "display"})
  void presets_roundTrip(String name) {
    Policy preset = Policies.byName(name);
    Policy back = PolicyJson.read(PolicyJson.write(preset));
    assertEquals(preset, back);
    assertEquals(preset.hash(), back.hash());
  }

  @Test
  void example_readsOnTopOfItsPreset() throws IOException {
    Policy p = PolicyJson.read(new ByteArrayInputStream(EXAMPLE.getBytes(StandardCharsets.UTF_8)));
    assertEquals("hospital-research", p.name());
    assertEquals(180, p.dateShiftMaxDays());
    assertEquals(Rule.builder(Action.GENERALIZE).date(DatePrecision.YEAR).build(), p.dataElements().get("DE02.01.005.01"));
    assertEquals(Rule.KEEP, p.ruleFor(Datum.of("/x", Category.QUASI, ValueKind.CODE)));
    assertEquals(Action.DATE_SHIFT, p.ruleFor(Datum.of("/x", Category.QUASI, ValueKind.DATE)).action());
    assertEquals(Rule.REMOVE, p.ruleFor(Datum.of("/ClinicalDocument/recordTarget/patientRole/addr/city", Category.DIRECT, ValueKind.ADDRESS)));
    assertEquals(Rule.REMOVE, p.unknownRule());   // inherited from research
    assertEquals(Policies.research().categories().get(Category.DIRECT), p.categories().get(Category.DIRECT));
    assertEquals(p, PolicyJson.read(PolicyJson.write(p)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "unknown action | {\\n\"name\": \"x\",\\n\"default\": {\"action\": \"shred\"}} | DEID-0102 line 3, default.action: expected one of keep, remove, mask, pseudonymize, reversible, generalize, date-shift, noise",
      "bad level      | {\"name\": \"x\",\\n\\n\"categories\": {\"quasi\": {\"action\": \"generalize\",\\n \"region\": \"city\"}}} | DEID-0102 line 4, categories.quasi.region: expected one of none, province, prefecture, county",
      "unknown field  | {\"name\": \"x\",\\n\"colour\": 1} | DEID-0102 line 2, colour: unknown field (name, extends, default, categories, dataElements, paths, identifiers, dateShiftMaxDays, freeText)",
      "no action      | {\"name\": \"x\",\\n\"dataElements\": {\"DE02.01.039.00\":\\n {\"region\": \"county\"}}} | DEID-0102 line 3, dataElements.DE02.01.039.00.action: required, missing",
      "bad DE         | {\"name\": \"x\",\\n\"dataElements\": {\"DE2.1\": {\"action\": \"keep\"}}} | DEID-0102 line 2, dataElements: each key must be a data element code such as DE02.01.039.00",
      "range          | {\"name\": \"x\",\\n\"dateShiftMaxDays\": 0} | DEID-0102 line 2, dateShiftMaxDays: expected an integer 1..3650",
      "no name        | {\"default\": {\"action\": \"remove\"}} | DEID-0102 line 1, name: required, missing",
      "bad category   | {\"name\": \"x\", \"categories\": {\"secret\": {\"action\": \"keep\"}}} | DEID-0102 line 1, categories: each key must be one of direct, quasi, sensitive, none, unknown",
      "bad preset     | {\"name\": \"x\",\\n \"extends\": \"hipaa\"} | DEID-0102 line 2, extends: expected one of gbt37964, research, display",
      "kinds in rule  | {\"name\": \"x\", \"default\": {\"action\": \"keep\", \"kinds\": {}}} | DEID-0102 line 1, default.kinds: kinds are allowed only in a category other than unknown",
  })
  void invalid_namesLineAndField(String title, String json, String message) {
    PolicyException e = assertThrows(PolicyException.class, () -> PolicyJson.read(json.replace("\\n", "\n")));
    assertEquals(message, e.getMessage(), title);
  }

  @Test
  void malformedJson_namesTheLine_withoutTheInput() {
    PolicyException e = assertThrows(PolicyException.class, () -> PolicyJson.read("{\n\"name\": \"x\",\n\"secret-value\" 1}"));
    assertEquals(PolicyException.MALFORMED, e.errorCode());
    assertEquals("DEID-0101 line 3: not well-formed JSON (JsonParseException)", e.getMessage());
    assertFalse(e.getMessage().contains("secret-value"));
    PolicyException dup = assertThrows(PolicyException.class, () -> PolicyJson.read("{\"name\": \"x\",\n\"name\": \"y\"}"));
    assertEquals(PolicyException.MALFORMED, dup.errorCode());
    assertEquals(PolicyException.INVALID_FIELD,
        assertThrows(PolicyException.class, () -> PolicyJson.read("[]")).errorCode());
  }

  /** README's example policy file ("Policy JSON") is read as written and extends its preset. */
  @Test
  void readmeExample_isAValidPolicy() throws IOException {
    String readme = new String(java.nio.file.Files.readAllBytes(java.nio.file.Paths.get("..", "README.md")),
        StandardCharsets.UTF_8);
    int section = readme.indexOf("### Policy JSON");
    int start = readme.indexOf("```json\n", section) + "```json\n".length();
    String json = readme.substring(start, readme.indexOf("```", start));
    Policy policy = PolicyJson.read(json);
    assertEquals("hospital-research", policy.name());
    assertEquals(180, policy.dateShiftMaxDays());
    assertEquals(Policies.research().unknownRule(), policy.unknownRule());
  }
}
