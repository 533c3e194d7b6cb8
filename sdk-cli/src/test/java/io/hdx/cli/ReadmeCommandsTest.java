package io.hdx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code ./hdx ...} line in the code blocks of the README and of docs/cli.md runs as written (issue 13: "every README command runs as
 * written on a fresh clone"), in order, in-process through {@link Hdx} (fast: no JVM per line), and ends with the
 * exit code its comment names ({@code (exit N)}, else 0); a comment that starts with what the line prints
 * ({@code VALID ...}, {@code INVALID ...}, {@code N documents: ...}) is checked against stdout up to any
 * {@code ...}.
 *
 * <p>Inputs are read from the checkout (paths under {@code examples/}, {@code sdk-*}, {@code docs/}); everything
 * else a line names (its outputs: {@code keys/}, {@code samples/}, {@code report.html}) lives in a temporary
 * folder, so the test never writes into the checkout. {@code demo} runs with {@code --patients 2} unless the line
 * gives a number; {@code serve} (runs until stopped) is the one verb not run.
 */
class ReadmeCommandsTest {
  private static final Set<String> PATH_OPTIONS = new HashSet<>(Arrays.asList(
      "--out", "--key", "--cert", "--pub", "--key-file", "--data"));
  private static final Set<String> CHECKOUT_FOLDERS = new HashSet<>(Arrays.asList("examples", "docs"));
  private static final Pattern EXIT = Pattern.compile("\\(exit (\\d)\\)");

  @TempDir
  Path dir;

  /** The {@code ./hdx} lines of the fenced code blocks of {@code markdown}, in order. */
  static List<String> commands(List<String> markdown) {
    List<String> lines = new ArrayList<>();
    boolean code = false;
    for (String line : markdown) {
      if (line.trim().startsWith("```")) {
        code = !code;
      } else if (code && line.trim().startsWith("./hdx ")) {
        lines.add(line.trim());
      }
    }
    return lines;
  }

  @Test
  void everyReadmeCommand_runsAsWritten() throws IOException {
    assertTrue(runAll("README.md", dir.resolve("readme")) >= 10);
  }

  @Test
  void everyDocsCliCommand_runsAsWritten() throws IOException {
    assertTrue(runAll("docs/cli.md", dir.resolve("cli")) >= 8);
  }

  /** Runs the {@code ./hdx} lines of {@code markdown} (relative to the checkout) with outputs in {@code temp}. */
  private int runAll(String markdown, Path temp) throws IOException {
    Path repo = ExampleDocumentsTest.repository();
    Files.createDirectories(temp);
    List<String> lines = commands(Files.readAllLines(repo.resolve(markdown), StandardCharsets.UTF_8));
    int run = 0;
    for (String line : lines) {
      int hash = line.indexOf(" #");
      String command = hash < 0 ? line : line.substring(0, hash).trim();
      String comment = hash < 0 ? "" : line.substring(hash + 2).trim();
      List<String> args = new ArrayList<>(Arrays.asList(command.split("\\s+")));
      args.remove(0); // ./hdx
      if (args.get(0).equals("serve")) {
        continue;
      }
      if (args.get(0).equals("demo") && !args.contains("--patients")) {
        args.addAll(Arrays.asList("--patients", "2"));
      }
      List<String> mapped = new ArrayList<>();
      for (int i = 0; i < args.size(); i++) {
        String a = args.get(i);
        boolean path = (i > 0 && PATH_OPTIONS.contains(args.get(i - 1)))
            || (!a.startsWith("-") && (a.contains("/") || a.matches(".*\\.(xml|json|pem|p7s|sig|html|key)")));
        mapped.add(path ? resolve(repo, temp, a) : a);
      }
      Matcher exit = EXIT.matcher(comment);
      int expected = exit.find() ? Integer.parseInt(exit.group(1)) : 0;
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int code = new Hdx().run(mapped, new Console(out, err, false));
      String stdout = new String(out.toByteArray(), StandardCharsets.UTF_8);
      String stderr = new String(err.toByteArray(), StandardCharsets.UTF_8);
      assertEquals(expected, code, () -> line + "\nstdout: " + stdout + "\nstderr: " + stderr);
      assertFalse(stderr.contains("\tat "), () -> line + ": a stack trace\n" + stderr);
      if (comment.matches("(VALID|INVALID|[0-9]+ documents:)( .*)?")) {
        String printed = comment.replaceAll("\\s*\\(exit \\d\\).*", "");
        String prefix = (printed.contains("...") ? printed.substring(0, printed.indexOf("...")) : printed).trim();
        assertTrue(stdout.contains(prefix), () -> line + ": stdout does not show '" + prefix + "'\n" + stdout);
      }
      run++;
    }
    return run;
  }

  /** {@code a} in the checkout when it lies in one of its folders that hold inputs, else in the temporary folder. */
  private static String resolve(Path repo, Path temp, String a) {
    String first = a.contains("/") ? a.substring(0, a.indexOf('/')) : a;
    boolean checkout = CHECKOUT_FOLDERS.contains(first) || first.startsWith("sdk-");
    return (checkout ? repo.resolve(a) : temp.resolve(a)).toString() + (a.endsWith("/") ? "/" : "");
  }

  @Test
  void commands_onlyFencedHdxLines() {
    assertEquals(Collections.singletonList("./hdx id check 1"),
        commands(Arrays.asList("./hdx spec list", "```sh", "./hdx id check 1", "echo x", "```", "./hdx demo")));
  }
}
