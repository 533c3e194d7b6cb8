package io.hdx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.cli.CryptoCommandsTest.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hdx risk} as docs/cli.md says: k, ℓ, the records at risk by file, the minimal generalizations; never a value. */
class RiskCommandTest {
  @TempDir
  Path dir;

  private Path write(String name, byte[] content) throws IOException {
    return DeidCommandTest.write(dir, name, content);
  }

  private static Run hdx(Object... args) {
    return CryptoCommandsTest.hdx(args);
  }

  /** Four patients: three born in 1980 in 朝阳区 (two men), one in 1949 in 海淀区. */
  private Path corpus() throws IOException {
    write("docs/a.xml", DeidCommandTest.document("19800101", true, "朝阳区"));
    write("docs/b.xml", DeidCommandTest.document("19800315", true, "朝阳区"));
    write("docs/c.xml", DeidCommandTest.document("19801231", false, "朝阳区"));
    write("docs/d.xml", DeidCommandTest.document("19491231", false, "海淀区"));
    return dir.resolve("docs");
  }

  @Test
  void belowTarget_listsFilesAtRisk_andMinimalGeneralizations_exit1() throws IOException {
    Path docs = corpus();
    Run run = hdx("risk", "--quasi", "DE02.01.005.01,DE02.01.040.00,region", docs, "--k", "2");
    assertEquals(ExitCode.INVALID, run.code, run.err);
    assertEquals("", run.err);
    assertTrue(run.out.startsWith("quasi-identifiers DE02.01.005.01,DE02.01.040.00,region\nrecords 4, classes 4\nk 1\n"),
        run.out);
    assertTrue(run.out.contains("at risk (class < 2) 4 records\n  " + docs.resolve("a.xml") + "\n"), run.out);
    // The 1949 patient joins the 1980 woman only with the birth date suppressed and both in 110100
    // (朝阳区 and 海淀区 are both 北京市): one minimal node.
    assertTrue(run.out.contains("minimal generalizations to k 2 (hierarchies birth-date,suppression,region, "
        + "suppression up to 0.0%): 1\n  DE02.01.005.01=suppressed DE02.01.040.00=value region=prefecture : "
        + "k 2, classes 2, suppressed 0, discernibility 8\n"), run.out);
    for (String value : new String[] {"19800101", "19491231", "110105", "110108"}) {
      assertFalse(run.out.contains(value), value);
    }
  }

  @Test
  void reachesTarget_exit0_jsonAndHtml() throws IOException {
    Path docs = corpus();
    Path html = dir.resolve("risk.html");
    Run run = hdx("risk", "--quasi", "DE02.01.040.00", docs, "--k", "2", "--sensitive", "DE02.01.005.01", "--json",
        "--report", "html", "--out", html);
    assertEquals(ExitCode.OK, run.code, run.err);
    assertTrue(run.out.startsWith("{\"quasiIdentifiers\":[\"DE02.01.040.00\"],\"records\":4,\"classes\":2,\"k\":2,\"l\":2,"),
        run.out);
    assertEquals(1, run.out.split("\n").length);
    String page = new String(Files.readAllBytes(html), StandardCharsets.UTF_8);
    assertTrue(page.contains("<svg"), page);
    assertFalse(page.contains("<script"));
    assertFalse(page.contains("19800101"));
  }

  @Test
  void suppression_allowsTheLoneRecordOut() throws IOException {
    Path docs = corpus();
    Run run = hdx("risk", "--quasi", "DE02.01.005.01:birth-date", docs, "--k", "3", "--suppress", "25");
    assertEquals(ExitCode.INVALID, run.code);
    assertTrue(run.out.contains("DE02.01.005.01=year : k 3, classes 1, suppressed 1"), run.out);
  }

  @Test
  void usageErrors_andUnreadable_exit2() throws IOException {
    Path docs = corpus();
    assertEquals(ExitCode.USAGE, hdx("risk", docs).code);
    Run bad = hdx("risk", "--quasi", "DE02.01.040.00,nonsense", docs);
    assertEquals(ExitCode.USAGE, bad.code);
    assertTrue(bad.err.startsWith("hdx risk: --quasi: quasi-identifier nonsense"), bad.err);
    assertEquals(ExitCode.USAGE, hdx("risk", "--quasi", "DE02.01.040.00:blur", docs).code);
    assertEquals(ExitCode.USAGE, hdx("risk", "--quasi", "DE02.01.040.00", docs, "--k", "0").code);
    assertEquals(ExitCode.USAGE, hdx("risk", "--quasi", "DE02.01.040.00", docs, "--suppress", "101").code);
    write("docs/z.xml", "<html>secret</html>".getBytes(StandardCharsets.UTF_8));
    Run unreadable = hdx("risk", "--quasi", "DE02.01.040.00", docs, "--k", "1");
    assertEquals(ExitCode.USAGE, unreadable.code);
    assertTrue(unreadable.err.startsWith("hdx risk: " + docs.resolve("z.xml") + ": CDA-0010"), unreadable.err);
    assertTrue(unreadable.out.contains("records 4,"), unreadable.out);
  }
}
