package io.hdx.cli;

import io.hdx.codec.cda.CodecException;
import io.hdx.codec.validate.DocumentValidator;
import io.hdx.codec.validate.HtmlReportWriter;
import io.hdx.codec.validate.JsonReportWriter;
import io.hdx.codec.validate.TextReportWriter;
import io.hdx.codec.validate.ValidationReport;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code hdx validate PATH... [--json] [--report html --out FILE]}: validates shared documents,
 * files or folders searched recursively for {@code *.xml} (CLI.md). Per file {@code VALID path} or
 * {@code INVALID path} and its issues indented two spaces, or with {@code --json} one JSON object per
 * file per line; {@code --report html --out FILE} also writes one HTML page. A file that cannot be
 * read as a CDA document is named on stderr with the decoder's code, line and column (never its
 * content) and the others are still validated. Exit 0 when every file is valid, 1 when one is
 * invalid, 2 on a usage error or when a file could not be read.
 *
 * <p>Thread safety: stateless.
 *
 * @since 0.1.0
 */
final class ValidateCommand implements Command {

  @Override
  public List<String> verb() {
    return Collections.singletonList("validate");
  }

  @Override
  public String synopsis() {
    return "validate PATH... [--json] [--report html --out FILE]";
  }

  @Override
  public String summary() {
    return "validates shared documents (files or folders of *.xml); exit 0 all valid, 1 any invalid";
  }

  @Override
  public int run(List<String> argv, Console console) {
    Args args = Args.parse(argv, new HashSet<>(Arrays.asList("report", "out")), Collections.singleton("json"));
    if (args.positionals().isEmpty()) {
      throw new UsageException("PATH is required (a file or a folder)");
    }
    String out = null;
    if (args.option("report").isPresent()) {
      if (!args.option("report").get().equals("html")) {
        throw new UsageException("--report must be html");
      }
      out = args.option("out").orElseThrow(() -> new UsageException("--report html needs --out FILE"));
    } else if (args.option("out").isPresent()) {
      throw new UsageException("--out goes with --report html");
    }
    boolean json = args.flag("json");

    boolean unreadable = false;
    List<Path> files = new ArrayList<>();
    for (String name : args.positionals()) {
      unreadable |= !collect(name, files, console);
    }
    DocumentValidator validator = DocumentValidator.create();
    HtmlReportWriter.Builder html = HtmlReportWriter.builder();
    boolean invalid = false;
    try (ProgressBar progress = files.size() > 1 ? console.progress("validate", files.size())
        : ProgressBar.silent()) {
      for (Path file : files) {
        String name = file.toString();
        ValidationReport report = null;
        try {
          report = validator.validate(Files.readAllBytes(file));
        } catch (IOException e) {
          console.err().println("hdx validate: " + name + ": cannot read the file (" + e.getClass().getSimpleName()
              + ")");
          unreadable = true;
        } catch (CodecException e) {
          console.err().println("hdx validate: " + name + ": not a readable CDA document: " + e.getMessage());
          html.addUnreadable(name, e);
          unreadable = true;
        }
        if (report != null) {
          invalid |= !report.isValid();
          html.add(name, report);
          if (json) {
            console.out().println(JsonReportWriter.render(name, report));
          } else {
            console.out().print(TextReportWriter.render(name, report));
          }
        }
        progress.step();
      }
    }
    if (out != null) {
      try (Writer writer = new OutputStreamWriter(Files.newOutputStream(Paths.get(out)), StandardCharsets.UTF_8)) {
        html.build().write(writer);
      } catch (IOException | InvalidPathException e) {
        console.err().println("hdx validate: cannot write " + out);
        return ExitCode.USAGE;
      }
    }
    return unreadable ? ExitCode.USAGE : invalid ? ExitCode.INVALID : ExitCode.OK;
  }

  /**
   * Adds the file {@code name}, or every {@code *.xml} file under the folder {@code name} in name
   * order; reports on stderr and returns false when there is nothing readable there.
   */
  private static boolean collect(String name, List<Path> files, Console console) {
    Path path;
    try {
      path = Paths.get(name);
    } catch (InvalidPathException e) {
      console.err().println("hdx validate: " + name + ": not a path");
      return false;
    }
    if (Files.isRegularFile(path)) {
      files.add(path);
      return true;
    }
    if (!Files.isDirectory(path)) {
      console.err().println("hdx validate: " + name + ": no such file or folder");
      return false;
    }
    List<Path> found;
    try (Stream<Path> walk = Files.walk(path)) {
      found = walk.filter(p -> Files.isRegularFile(p)
              && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml"))
          .sorted().collect(Collectors.toList());
    } catch (IOException | java.io.UncheckedIOException e) {
      console.err().println("hdx validate: " + name + ": cannot list the folder");
      return false;
    }
    if (found.isEmpty()) {
      console.err().println("hdx validate: " + name + ": no *.xml files in the folder");
      return false;
    }
    files.addAll(found);
    return true;
  }
}
