package io.hdx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.testkit.SampleData;
import org.junit.jupiter.api.Test;

/** {@code hdx demo}: the whole story on a few patients, its summary, and its usage errors. */
class DemoCommandTest {
  @Test
  void demo_fewPatients_everyStepSucceeds() {
    CryptoCommandsTest.Run run = CryptoCommandsTest.hdx("demo", "--patients", "4", "--seed", "9");
    assertEquals(0, run.code, run.out + run.err);
    String out = run.out.replace("\r\n", "\n");
    assertTrue(out.contains("every step succeeded"), out);
    long documents = 0;
    for (long p = 0; p < 4; p++) {
      documents += SampleData.withSeed(9).documentsOf(p).size();
    }
    assertTrue(out.contains("4 patients, " + documents + " documents"), out);
    assertTrue(out.contains(documents + " of " + documents + " byte-identical"), out);
    assertTrue(out.contains(documents + " of " + documents + " valid"), out);
    assertTrue(out.contains("0 errors"), out);
    assertFalse(out.contains("FAILED"), out);
    for (long p = 0; p < 4; p++) {
      String name = SampleData.withSeed(9).patient(p).name();
      assertFalse(out.contains(name) || run.err.contains(name), "no patient data in the output");
    }
  }

  @Test
  void demo_badArguments_usageError() {
    assertEquals(2, CryptoCommandsTest.hdx("demo", "--patients", "0").code);
    assertEquals(2, CryptoCommandsTest.hdx("demo", "--patients", "x").code);
    assertEquals(2, CryptoCommandsTest.hdx("demo", "--seed", "x").code);
    assertEquals(2, CryptoCommandsTest.hdx("demo", "extra").code);
  }
}
