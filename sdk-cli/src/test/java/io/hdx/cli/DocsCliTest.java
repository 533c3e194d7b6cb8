package io.hdx.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/** docs/cli.md documents every verb {@code hdx help} lists, with the synopsis the verb prints. */
class DocsCliTest {

  @Test
  void everyVerb_documentedWithItsSynopsis() throws IOException {
    String docs = new String(Files.readAllBytes(Paths.get("../docs/cli.md")), StandardCharsets.UTF_8);
    for (Command command : new Hdx().commands()) {
      String heading = "### `hdx " + command.synopsis() + "`";
      assertTrue(docs.contains(heading), "docs/cli.md lacks the section " + heading);
    }
  }
}
