package io.hdx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdCheckCommandTest {
  // Synthetic resident ID numbers with computed check characters; the first is the example of
  // GB 11643-1999 Annex A. Organization identifiers are public examples (see sdk-model tests).
  private static final String RESIDENT_ID = "11010519491231002X";
  private static final String RESIDENT_ID_MALE = "110105199003070033"; // 1990-03-07, sequence 003
  private static final String RESIDENT_ID_BAD_CHECK = "110105194912310021";
  private static final String USCC = "91350100M000100Y43";
  private static final String ORG_CODE = "M000100Y-4";

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final Console console = new Console(out, err, false);

  private int run(String... args) {
    return new Hdx().run(Arrays.asList(args), console);
  }

  private int runOn(Clock clock, String... args) {
    List<Command> commands = Collections.<Command>singletonList(new IdCheckCommand(clock));
    return new Hdx(commands).run(Arrays.asList(args), console);
  }

  private List<String> outLines() {
    String text = new String(out.toByteArray(), StandardCharsets.UTF_8);
    return text.isEmpty() ? Collections.<String>emptyList() : Arrays.asList(text.split("\\R"));
  }

  private String errText() {
    return new String(err.toByteArray(), StandardCharsets.UTF_8);
  }

  @Test
  void residentId_valid_printsBirthSexRegion_exit0() {
    assertEquals(ExitCode.OK, run("id", "check", RESIDENT_ID, RESIDENT_ID_MALE));
    assertEquals(Arrays.asList(
        "VALID resident-id birth=1949-12-31 sex=female region=110105",
        "VALID resident-id birth=1990-03-07 sex=male region=110105"), outLines());
    assertEquals("", errText());
  }

  @Test
  void mixedKinds_detected_oneLinePerValueInOrder_exit1() {
    assertEquals(ExitCode.INVALID,
        run("id", "check", USCC, RESIDENT_ID_BAD_CHECK, ORG_CODE, "110105491231002", "12345"));
    assertEquals(Arrays.asList(
        "VALID uscc authority=9 category=1 region=350100 embedded-org-code=valid",
        "INVALID resident-id ID-0104 check character does not match (ISO 7064 MOD 11-2, GB 11643-1999 §5.5)",
        "VALID org-code",
        "VALID resident-id birth=1949-12-31 sex=female region=110105",
        "INVALID unknown ID-0001 length fits no identifier kind (resident-id 15 or 18, uscc 18, org-code 9 or 10)"),
        outLines());
  }

  @Test
  void invalidLines_neverEchoTheValue() {
    run("id", "check", RESIDENT_ID_BAD_CHECK, "91350100M000100Y44", "M000100Y-5");
    String text = new String(out.toByteArray(), StandardCharsets.UTF_8);
    assertFalse(text.contains(RESIDENT_ID_BAD_CHECK));
    assertFalse(text.contains("91350100M000100Y44"));
    assertFalse(text.contains("M000100Y"));
    assertTrue(text.contains("INVALID uscc ID-0204"));
    assertTrue(text.contains("INVALID org-code ID-0303"));
  }

  @Test
  void retiredRegion_strictInvalid_lenientValid() {
    String chongwen = "110103198001011235"; // 110103 崇文区 (retired 2010), computed check 5
    assertEquals(ExitCode.INVALID, run("id", "check", chongwen));
    assertEquals("INVALID resident-id ID-0103 address code (positions 1-6) is not a known GB/T 2260 division"
        + " (GB 11643-1999 §5.2)", outLines().get(0));
    out.reset();
    assertEquals(ExitCode.OK, run("id", "check", "--lenient", chongwen));
    assertEquals("VALID resident-id birth=1980-01-01 sex=male region=110103", outLines().get(0));
  }

  @Test
  void futureBirthDate_invalidAgainstTheCommandsClock() {
    Clock clock = Clock.fixed(Instant.parse("1990-03-06T12:00:00Z"), ZoneId.of("Asia/Shanghai"));
    assertEquals(ExitCode.INVALID, runOn(clock, "id", "check", RESIDENT_ID_MALE));
    assertEquals("INVALID resident-id ID-0106 birth date code lies in the future (GB 11643-1999 §5.3)",
        outLines().get(0));
  }

  @Test
  void forcedKind_overridesDetection() {
    assertEquals(ExitCode.INVALID, run("id", "check", "--kind", "uscc", RESIDENT_ID));
    assertTrue(outLines().get(0).startsWith("INVALID uscc ID-0204 "));
    out.reset();
    assertEquals(ExitCode.INVALID, run("id", "check", "--kind=org-code", RESIDENT_ID));
    assertTrue(outLines().get(0).startsWith("INVALID org-code ID-0301 "));
    out.reset();
    assertEquals(ExitCode.INVALID, run("id", "check", "--kind", "resident-id", ""));
    assertTrue(outLines().get(0).startsWith("INVALID resident-id ID-0100 "));
  }

  @Test
  void json_oneObjectPerValue() {
    assertEquals(ExitCode.INVALID, run("id", "check", "--json", RESIDENT_ID, RESIDENT_ID_BAD_CHECK, USCC, ORG_CODE));
    assertEquals(Arrays.asList(
        "{\"index\":1,\"kind\":\"resident-id\",\"valid\":true,\"birth\":\"1949-12-31\",\"sex\":\"female\","
            + "\"region\":\"110105\"}",
        "{\"index\":2,\"kind\":\"resident-id\",\"valid\":false,\"rule\":\"ID-0104\",\"message\":\"check character"
            + " does not match (ISO 7064 MOD 11-2, GB 11643-1999 §5.5)\"}",
        "{\"index\":3,\"kind\":\"uscc\",\"valid\":true,\"authority\":\"9\",\"category\":\"1\",\"region\":\"350100\","
            + "\"embedded-org-code\":\"valid\"}",
        "{\"index\":4,\"kind\":\"org-code\",\"valid\":true}"), outLines());
  }

  @Test
  void json_escapesQuotesBackslashesAndControls() {
    StringBuilder sb = new StringBuilder();
    JsonLine.quote("a\"b\\c\nd\u0001e§", sb);
    assertEquals("\"a\\\"b\\\\c\\nd\\u0001e§\"", sb.toString());
  }

  @Test
  void noValues_usageError_exit2() {
    assertEquals(ExitCode.USAGE, run("id", "check"));
    assertTrue(errText().contains("no VALUE to check"));
    assertTrue(errText().contains("usage: hdx id check"));
    assertTrue(outLines().isEmpty());
  }

  @Test
  void unknownKind_usageError_exit2() {
    assertEquals(ExitCode.USAGE, run("id", "check", "--kind", "passport", RESIDENT_ID));
    assertTrue(errText().contains("unknown --kind"));
    assertFalse(errText().contains(RESIDENT_ID));
  }

  @Test
  void unknownOption_usageError_exit2() {
    assertEquals(ExitCode.USAGE, run("id", "check", "--strict", RESIDENT_ID));
  }

  @Test
  void help_listsTheVerb() {
    assertEquals(ExitCode.OK, run("help"));
    assertTrue(new String(out.toByteArray(), StandardCharsets.UTF_8)
        .contains("id check [--kind resident-id|uscc|org-code] [--lenient] [--json] VALUE..."));
  }

  @Test
  void detect_byLengthAndCharacters() {
    assertEquals(IdCheckCommand.Kind.RESIDENT_ID, IdCheckCommand.Kind.detect("11010519491231002x"));
    assertEquals(IdCheckCommand.Kind.RESIDENT_ID, IdCheckCommand.Kind.detect("110105491231002"));
    assertEquals(IdCheckCommand.Kind.USCC, IdCheckCommand.Kind.detect("110105194912310021A".substring(1)));
    assertEquals(IdCheckCommand.Kind.USCC, IdCheckCommand.Kind.detect(USCC));
    assertEquals(IdCheckCommand.Kind.ORG_CODE, IdCheckCommand.Kind.detect("M000100Y4"));
    assertEquals(IdCheckCommand.Kind.ORG_CODE, IdCheckCommand.Kind.detect(ORG_CODE));
    assertEquals(IdCheckCommand.Kind.UNKNOWN, IdCheckCommand.Kind.detect(""));
  }
}
