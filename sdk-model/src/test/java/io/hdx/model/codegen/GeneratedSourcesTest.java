package io.hdx.model.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The typed document classes are checked in; this test fails when they no longer match what the
 * generator makes from the specs. Regenerate with
 * {@code mvn -pl sdk-model test -Dtest=GeneratedSourcesTest -Dhdx.codegen.write=true}.
 */
class GeneratedSourcesTest {

  @Test
  void generatedSources_matchSpecs_upToDate() throws IOException {
    Path module = Paths.get("").toAbsolutePath();
    TypedDocumentGenerator generator = new TypedDocumentGenerator(module.resolve("src/build/facts"));
    Map<Path, String> files = generator.generate(module.resolve("src/main/java"));
    boolean write = Boolean.getBoolean("hdx.codegen.write");
    List<String> stale = new ArrayList<>();
    for (Map.Entry<Path, String> file : files.entrySet()) {
      byte[] expected = file.getValue().getBytes(StandardCharsets.UTF_8);
      boolean same = Files.exists(file.getKey()) && java.util.Arrays.equals(Files.readAllBytes(file.getKey()), expected);
      if (!same) {
        if (write) {
          Files.createDirectories(file.getKey().getParent());
          Files.write(file.getKey(), expected);
        } else {
          stale.add(module.relativize(file.getKey()).toString());
        }
      }
    }
    assertTrue(stale.isEmpty(), "stale generated sources (regenerate: -Dhdx.codegen.write=true): " + stale);
    assertEquals(73 + 2, files.size(), "one class per spec plus two package-info files");
  }
}
