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

/**
 * {@code hdx validate PATH... [--json] [--report html --out FILE]}: validates shared documents,
 * files or folders searched recursively for {@code *.xml} (CLI.md). Per file {@code VALID path} or
 * {@code INVALID path} and its issues indented two spaces, or {@code UNREADABLE path} and one
 * indented reason for a file that is not well-formed XML, is refused by the hardened parser or is
 * not a ClinicalDocument (the decoder's code, rule, line and column; never content). With more than
 * one file the last line is {@code N documents: V valid, I invalid, U unreadable}. With
 * {@code --json} each file is one JSON object per line and the summary is one more object;
 * {@code --report html --out FILE} also writes one HTML page. Exit 0 when every file is valid, 1
 * when one is invalid, 2 on a usage error or when a file is unreadable.
 *
 * <p>Files are read, decoded, validated and rendered on every core ({@link InOrder}), a bounded
 * number ahead of the output; results are printed in input order as they finish, so output streams
 * and memory stays flat however many files there are.
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
    return "validates shared documents (files or folders of *.xml); exit 0 all valid, 1 any invalid, 2 any unreadable";
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

    boolean missing = false;
    List<InputFiles.Found> found = new ArrayList<>();
    for (String name : args.positionals()) {
      missing |= !InputFiles.collect("hdx validate", name, found, console);
    }
    List<Path> files = new ArrayList<>();
    for (InputFiles.Found f : found) {
      files.add(f.file);
    }
    HtmlReportWriter.Builder html = out == null ? null : HtmlReportWriter.builder();
    Tally tally = validateAll(files, json, html, console);
    if (files.size() > 1) {
      console.out().println(json
          ? new JsonLine().put("documents", files.size()).put("valid", tally.valid).put("invalid", tally.invalid)
              .put("unreadable", tally.unreadable).toString()
          : files.size() + " documents: " + tally.valid + " valid, " + tally.invalid + " invalid, "
              + tally.unreadable + " unreadable");
    }
    if (html != null) {
      try (Writer writer = new OutputStreamWriter(Files.newOutputStream(Paths.get(out)), StandardCharsets.UTF_8)) {
        html.build().write(writer);
      } catch (IOException | InvalidPathException e) {
        console.err().println("hdx validate: cannot write " + out);
        return ExitCode.USAGE;
      }
    }
    return missing || tally.unreadable > 0 ? ExitCode.USAGE : tally.invalid > 0 ? ExitCode.INVALID : ExitCode.OK;
  }

  /** Counts of the three outcomes. */
  private static final class Tally {
    int valid;
    int invalid;
    int unreadable;
  }

  /** One file's outcome: its report, or why it could not be read. */
  private static final class Outcome {
    final String name;
    final ValidationReport report;
    final CodecException failure;
    final String text;

    Outcome(String name, ValidationReport report, CodecException failure, String text) {
      this.name = name;
      this.report = report;
      this.failure = failure;
      this.text = text;
    }
  }

  private static Tally validateAll(List<Path> files, boolean json, HtmlReportWriter.Builder html, Console console) {
    DocumentValidator validator = DocumentValidator.create();
    Tally tally = new Tally();
    try (ProgressBar progress = files.size() > 1 ? console.progress("validate", files.size()) : ProgressBar.silent()) {
      InOrder.run(files, file -> validateOne(validator, file, json), outcome -> {
        console.out().print(outcome.text);
        if (outcome.report == null) {
          tally.unreadable++;
          if (html != null) {
            html.addUnreadable(outcome.name, outcome.failure);
          }
        } else {
          if (outcome.report.isValid()) {
            tally.valid++;
          } else {
            tally.invalid++;
          }
          if (html != null) {
            html.add(outcome.name, outcome.report);
          }
        }
        progress.step();
      }, "hdx-validate", console.out()::flush);   // stream: what is done is out before we wait for more
    }
    return tally;
  }

  /** Reads, validates and renders one file; runs on a worker. */
  private static Outcome validateOne(DocumentValidator validator, Path file, boolean json) {
    String name = file.toString();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      CodecException failure = new CodecException("CDA-0002", "cannot read the file (" + e.getClass().getSimpleName()
          + ")", "", -1, -1, null);
      return unreadable(name, failure, json);
    }
    try {
      ValidationReport report = validator.validate(bytes);
      return new Outcome(name, report, null,
          json ? JsonReportWriter.render(name, report) + "\n" : TextReportWriter.render(name, report));
    } catch (CodecException e) {
      return unreadable(name, e, json);
    }
  }

  private static Outcome unreadable(String name, CodecException failure, boolean json) {
    String text = json
        ? new JsonLine().put("path", name).put("unreadable", true).put("code", failure.errorCode())
            .put("reason", failure.getMessage()) + "\n"
        : "UNREADABLE " + name + "\n  " + failure.getMessage() + "\n";
    return new Outcome(name, null, failure, text);
  }
}
