package io.hdx.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample documents the README's commands use (issue 13), {@code examples/documents/} and
 * {@code examples/invalid/}, are exactly what HDX writes: synthetic people from {@code SampleData} (seed 1), no real
 * person. Each valid one is {@code hdx generate --doc CODE --count 1 --seed 1} indented by
 * {@code hdx convert --to xml --pretty} (so that a report's line numbers mean something); the invalid one is the
 * 门(急)诊病历 with the patient's birth date replaced by 19900231, a date that does not exist (HL7 TS, value-invalid).
 *
 * <p>To write them again after a generator change: {@code mvn -pl sdk-cli test -Dtest=ExampleDocumentsTest
 * -Dhdx.examples.write=true} (then review the diff).
 */
class ExampleDocumentsTest {
  /** 门(急)诊病历, 西药处方, 住院病案首页, 入院记录: the documents a vendor meets first. */
  static final String[] CODES = {"C0002", "C0004", "C0032", "C0034"};
  static final String INVALID = "C0002-birth-date-19900231.xml";

  @TempDir
  Path dir;

  /** The repository's root: Surefire runs each module's tests in the module's folder. */
  static Path repository() {
    Path here = Paths.get("").toAbsolutePath();
    return Files.isRegularFile(here.resolve("README.md")) ? here : here.getParent();
  }

  private static void hdx(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = new Hdx().run(Arrays.asList(args), new Console(out, err, false));
    assertEquals(0, code, () -> String.join(" ", args) + ": " + new String(err.toByteArray(), StandardCharsets.UTF_8));
  }

  /** What the examples must be: relative path under examples/ to bytes. */
  private Map<String, byte[]> generated() throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    for (String code : CODES) {
      Path raw = dir.resolve("raw");
      hdx("generate", "--doc", code, "--count", "1", "--seed", "1", "--out", raw.toString());
      Path pretty = dir.resolve(code + ".xml");
      hdx("convert", raw.resolve(code + "-000000.xml").toString(), "--to", "xml", "--pretty", "--out",
          pretty.toString());
      files.put("documents/" + code + "-000000.xml", Files.readAllBytes(pretty));
    }
    String outpatient = new String(files.get("documents/C0002-000000.xml"), StandardCharsets.UTF_8);
    String broken = outpatient.replaceFirst("<birthTime value=\"[0-9]{8}\"/>", "<birthTime value=\"19900231\"/>");
    assertTrue(!broken.equals(outpatient), "the generated C0002 has a birthTime of 8 digits");
    files.put("invalid/" + INVALID, broken.getBytes(StandardCharsets.UTF_8));
    return files;
  }

  private static Map<String, byte[]> committed(Path examples) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    for (String folder : new String[] {"documents", "invalid"}) {
      Path d = examples.resolve(folder);
      if (!Files.isDirectory(d)) {
        continue;
      }
      try (Stream<Path> list = Files.list(d)) {
        for (Path f : list.sorted().collect(Collectors.toList())) {
          files.put(folder + "/" + f.getFileName(), Files.readAllBytes(f));
        }
      }
    }
    return files;
  }

  @Test
  void committedExamples_areWhatTheGeneratorWrites() throws IOException {
    Path examples = repository().resolve("examples");
    Map<String, byte[]> expected = generated();
    if (Boolean.getBoolean("hdx.examples.write")) {
      for (Map.Entry<String, byte[]> e : expected.entrySet()) {
        Path target = examples.resolve(e.getKey());
        Files.createDirectories(target.getParent());
        Files.write(target, e.getValue());
      }
    }
    Map<String, byte[]> actual = committed(examples);
    assertEquals(expected.keySet(), actual.keySet(), "examples/documents and examples/invalid hold exactly these");
    for (String name : expected.keySet()) {
      assertArrayEquals(expected.get(name), actual.get(name), () -> name + " differs from what HDX generates; "
          + "write them again with -Dhdx.examples.write=true");
    }
  }
}
