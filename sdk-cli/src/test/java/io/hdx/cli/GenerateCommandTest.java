package io.hdx.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.codec.json.JsonDecoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hdx generate}: files, determinism by seed, validity through {@code hdx validate}, and usage errors. */
class GenerateCommandTest {
  @TempDir
  Path dir;

  @Test
  void generate_allTypesRound_writesOneOfEachThatValidate() throws IOException {
    Path out = dir.resolve("all");
    CryptoCommandsTest.Run run = CryptoCommandsTest.hdx("generate", "--doc", "all", "--count", "73", "--out", out);
    assertEquals(0, run.code, run.err);
    assertEquals("73 documents written to " + out + " (seed 1, xml)\n", run.out.replace("\r\n", "\n"));
    assertEquals(73, files(out).size());
    assertTrue(Files.exists(out.resolve("C0001-000000.xml")));
    assertTrue(Files.exists(out.resolve("HSDC00.05-000072.xml")));
    CryptoCommandsTest.Run validate = CryptoCommandsTest.hdx("validate", out);
    assertEquals(0, validate.code, validate.out);
    assertTrue(validate.out.contains("73 documents: 73 valid, 0 invalid, 0 unreadable"), validate.out);
  }

  @Test
  void generate_sameSeedTwice_sameBytes_otherSeedDiffers() throws IOException {
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    Path c = dir.resolve("c");
    assertEquals(0, CryptoCommandsTest.hdx("generate", "--doc", "c0034", "--count", "5", "--seed", "42", "--out", a)
        .code);
    assertEquals(0, CryptoCommandsTest.hdx("generate", "--doc", "C0034", "--count", "5", "--seed", "42", "--out", b)
        .code);
    assertEquals(0, CryptoCommandsTest.hdx("generate", "--doc", "C0034", "--count", "5", "--seed", "43", "--out", c)
        .code);
    List<Path> files = files(a);
    assertEquals(5, files.size());
    for (Path f : files) {
      assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(b.resolve(f.getFileName())));
      assertTrue(!java.util.Arrays.equals(Files.readAllBytes(f), Files.readAllBytes(c.resolve(f.getFileName()))));
    }
  }

  @Test
  void generate_json_decodes() throws IOException {
    Path out = dir.resolve("json");
    assertEquals(0, CryptoCommandsTest.hdx("generate", "--doc", "HSDB04.01", "--count", "2", "--format", "json",
        "--out", out).code);
    for (Path f : files(out)) {
      assertTrue(f.toString().endsWith(".json"));
      assertEquals("HSDB04.01", JsonDecoder.create().decode(Files.readAllBytes(f)).document().code());
    }
  }

  @Test
  void generate_badArguments_usageError() {
    assertEquals(2, CryptoCommandsTest.hdx("generate", "--doc", "X1", "--count", "1", "--out", dir).code);
    assertEquals(2, CryptoCommandsTest.hdx("generate", "--doc", "all", "--count", "0", "--out", dir).code);
    assertEquals(2, CryptoCommandsTest.hdx("generate", "--doc", "all", "--count", "x", "--out", dir).code);
    assertEquals(2, CryptoCommandsTest.hdx("generate", "--doc", "all", "--count", "1", "--format", "pdf", "--out",
        dir).code);
    assertEquals(2, CryptoCommandsTest.hdx("generate", "--count", "1", "--out", dir).code);
  }

  private static List<Path> files(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.sorted().collect(Collectors.toList());
    }
  }
}
