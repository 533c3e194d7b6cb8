package io.hdx.cli;

import io.hdx.codec.CodecException;
import io.hdx.codec.validate.DocumentValidator;
import io.hdx.codec.validate.HtmlReportFeature;
import io.hdx.codec.validate.HtmlReportWriter;
import io.hdx.codec.validate.JsonReportWriter;
import io.hdx.codec.validate.ReportLanguage;
import io.hdx.codec.validate.TextReportWriter;
import io.hdx.codec.validate.ValidationReport;
import io.hdx.security.sm.Sm3;
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

/**
 * {@code hdx validate PATH... [--json] [--report html --out FILE]}: validates shared documents,
 * files or folders searched recursively for {@code *.xml} (docs/cli.md). Per file {@code VALID path} or
 * {@code INVALID path} and its issues indented two spaces, or {@code UNREADABLE path} and one
 * indented reason for a file that is not well-formed XML, is refused by the hardened parser or is
 * not a ClinicalDocument (the decoder's code, rule, line and column; never content). With more than
 * one file the last line is {@code N documents: V valid, I invalid, U unreadable}. With
 * {@code --json} each file is one JSON object per line and the summary is one more object;
 * {@code --report html --out FILE} also writes one HTML page ({@link HtmlReportWriter}): in the language of
 * {@code --lang zh|en} (default: the locale's), with each file's SM3 digest, the spec data version, each
 * finding's source line, and with {@code --show-values} the offending values (the page then holds patient
 * data); {@code --hide-unconfirmed} leaves out findings resting on unconfirmed facts. Exit 0 when every file
 * is valid, 1 when one is invalid, 2 on a usage error or when a file is unreadable.
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
    return "validate PATH... [--json] [--report html --out FILE [--lang zh|en] [--show-values] [--hide-unconfirmed]]";
  }

  @Override
  public String summary() {
    return "validates shared documents (files or folders of *.xml); exit 0 all valid, 1 any invalid, 2 any unreadable";
  }

  @Override
  public int run(List<String> argv, Console console) {
    Args args = Args.parse(argv, new HashSet<>(Arrays.asList("report", "out", "lang")),
        new HashSet<>(Arrays.asList("json", "show-values", "hide-unconfirmed")));
    if (args.positionals().isEmpty()) {
      throw new UsageException("PATH is required (a file or a folder)");
    }
    String out = null;
    if (args.option("report").isPresent()) {
      if (!args.option("report").get().equals("html")) {
        throw new UsageException("--report must be html");
      }
      out = args.option("out").orElseThrow(() -> new UsageException("--report html needs --out FILE"));
    } else if (args.option("out").isPresent() || args.option("lang").isPresent() || args.flag("show-values")
        || args.flag("hide-unconfirmed")) {
      throw new UsageException("--out, --lang, --show-values and --hide-unconfirmed go with --report html");
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
    HtmlReportWriter.Builder html = out == null ? null : htmlReport(args);
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

  /** The page's builder as the options say; the HDX and spec data versions filled in. */
  private static HtmlReportWriter.Builder htmlReport(Args args) {
    ReportLanguage language;
    try {
      language = args.option("lang").isPresent() ? ReportLanguage.fromTag(args.option("lang").get())
          : ReportLanguage.fromLocale(Locale.getDefault());
    } catch (IllegalArgumentException e) {
      throw new UsageException("--lang must be zh or en");
    }
    HtmlReportWriter.Builder html = HtmlReportWriter.builder().language(language)
        .hdxVersion(Hdx.version()).specDataVersion(SpecDataDigest.version());
    if (args.flag("show-values")) {
      html.enable(HtmlReportFeature.SHOW_VALUES);
    }
    if (args.flag("hide-unconfirmed")) {
      html.enable(HtmlReportFeature.HIDE_UNCONFIRMED);
    }
    return html;
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
    /** The file's bytes, kept only for an HTML report (null otherwise or when unread). */
    byte[] bytes;
    /** The SM3 hex of the file, for an HTML report (null otherwise or when unread). */
    String digest;

    Outcome(String name, ValidationReport report, CodecException failure, String text) {
      this.name = name;
      this.report = report;
      this.failure = failure;
      this.text = text;
    }

    Outcome keep(byte[] read, boolean html) {
      if (html) {
        bytes = read;
        digest = CryptoFiles.hex(Sm3.digest(read));
      }
      return this;
    }
  }

  private static Tally validateAll(List<Path> files, boolean json, HtmlReportWriter.Builder html, Console console) {
    DocumentValidator validator = DocumentValidator.create();
    Tally tally = new Tally();
    try (ProgressBar progress = files.size() > 1 ? console.progress("validate", files.size()) : ProgressBar.silent()) {
      InOrder.run(files, file -> validateOne(validator, file, json, html != null), outcome -> {
        console.out().print(outcome.text);
        if (outcome.report == null) {
          tally.unreadable++;
          if (html != null) {
            if (outcome.digest == null) {
              html.addUnreadable(outcome.name, outcome.failure);
            } else {
              html.addUnreadable(outcome.name, outcome.failure, outcome.digest);
            }
          }
        } else {
          if (outcome.report.isValid()) {
            tally.valid++;
          } else {
            tally.invalid++;
          }
          if (html != null) {
            html.add(outcome.name, outcome.report, outcome.bytes, outcome.digest);
            outcome.bytes = null;
          }
        }
        progress.step();
      }, "hdx-validate", console.out()::flush);   // stream: what is done is out before we wait for more
    }
    return tally;
  }

  /** Reads, validates and renders one file; runs on a worker. */
  private static Outcome validateOne(DocumentValidator validator, Path file, boolean json, boolean html) {
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
          json ? JsonReportWriter.render(name, report) + "\n" : TextReportWriter.render(name, report)).keep(bytes, html);
    } catch (CodecException e) {
      return unreadable(name, e, json).keep(bytes, html);
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
