package io.hdx.cli;

import io.hdx.codec.CodecException;
import io.hdx.codec.cda.CdaDecoder;
import io.hdx.deid.risk.DocumentRecords;
import io.hdx.model.document.ClinicalDocument;
import io.hdx.security.deid.RiskAccumulator;
import io.hdx.security.deid.RiskReport;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * {@code hdx risk --quasi QI,QI,... DIR... [--sensitive DE] [--k N] [--suppress PCT] [--json]
 * [--report html --out FILE]}: k-anonymity and ℓ-diversity over the documents in DIR (files or
 * folders of {@code *.xml}), one record per document, in one pass (memory per equivalence class, not
 * per document). A quasi-identifier is a data element code, a layout field or {@code region}, with an
 * optional {@code :hierarchy} ({@link DocumentRecords}). The report: records, classes, k, ℓ (with
 * {@code --sensitive}), the records in classes below the target k by file name, the class-size
 * distribution and the minimal generalizations of the quasi-identifiers that reach the target k (a
 * search over the generalization lattice, with up to {@code --suppress} percent of the records
 * suppressed). Never a value. Exit 0 when k reaches the target, 1 when it does not, 2 on a usage error
 * or when a file is unreadable (named on stderr).
 *
 * <p>Thread safety: stateless.
 *
 * @since 0.1.0
 */
final class RiskCommand implements Command {
  /** The default target k. */
  static final int DEFAULT_K = 5;

  @Override
  public List<String> verb() {
    return Collections.singletonList("risk");
  }

  @Override
  public String synopsis() {
    return "risk --quasi QI,QI,... DIR... [--sensitive DE] [--k N] [--suppress PCT] [--json] [--report html --out FILE]";
  }

  @Override
  public String summary() {
    return "k-anonymity, l-diversity and the generalizations reaching k over documents; exit 1 when k < target";
  }

  @Override
  public int run(List<String> argv, Console console) {
    Args args = Args.parse(argv, new HashSet<>(Arrays.asList("quasi", "sensitive", "k", "suppress", "report", "out")),
        Collections.singleton("json"));
    if (args.positionals().isEmpty()) {
      throw new UsageException("DIR is required (folders or files)");
    }
    DocumentRecords records;
    try {
      records = DocumentRecords.of(Arrays.asList(args.requiredOption("quasi").split(",")));
    } catch (IllegalArgumentException e) {
      throw new UsageException("--quasi: " + e.getMessage());
    }
    Optional<String> sensitive = args.option("sensitive");
    if (sensitive.isPresent() && (!DocumentRecords.isKnown(sensitive.get()) || sensitive.get().equals(DocumentRecords.REGION))) {
      throw new UsageException("--sensitive: not a data element code or a layout field");
    }
    int k = intOption(args, "k", DEFAULT_K, 1, 1_000_000);
    int suppress = intOption(args, "suppress", 0, 0, 100);
    String html = null;
    if (args.option("report").isPresent()) {
      if (!args.option("report").get().equals("html")) {
        throw new UsageException("--report must be html");
      }
      html = args.option("out").orElseThrow(() -> new UsageException("--report html needs --out FILE"));
    } else if (args.option("out").isPresent()) {
      throw new UsageException("--out goes with --report html");
    }

    boolean missing = false;
    List<InputFiles.Found> found = new ArrayList<>();
    for (String name : args.positionals()) {
      missing |= !InputFiles.collect("hdx risk", name, found, console);
    }
    RiskAccumulator risk = records.accumulator(sensitive, k);
    CdaDecoder decoder = CdaDecoder.create();
    int[] unreadable = new int[1];
    try (ProgressBar progress = found.size() > 1 ? console.progress("risk", found.size()) : ProgressBar.silent()) {
      InOrder.run(found, f -> read(decoder, records, sensitive, f), record -> {
        if (record.failure != null) {
          unreadable[0]++;
          console.err().println("hdx risk: " + record.name + ": " + record.failure.getMessage());
        } else {
          risk.add(record.quasi, record.sensitive, record.name);
        }
        progress.step();
      }, "hdx-risk");
    }
    RiskReport report = risk.report(k, records.hierarchies(), suppress / 100.0);
    console.out().print(args.flag("json") ? report.toJson() + "\n" : report.toText());
    if (html != null) {
      try {
        Files.write(Paths.get(html), report.toHtml().getBytes(StandardCharsets.UTF_8));
      } catch (IOException | InvalidPathException e) {
        console.err().println("hdx risk: cannot write " + html);
        return ExitCode.USAGE;
      }
    }
    if (missing || unreadable[0] > 0) {
      return ExitCode.USAGE;
    }
    return report.reachesTarget() ? ExitCode.OK : ExitCode.INVALID;
  }

  private static int intOption(Args args, String name, int fallback, int min, int max) {
    if (!args.option(name).isPresent()) {
      return fallback;
    }
    try {
      int v = Integer.parseInt(args.option(name).get());
      if (v < min || v > max) {
        throw new UsageException("--" + name + " must be " + min + ".." + max);
      }
      return v;
    } catch (NumberFormatException e) {
      throw new UsageException("--" + name + " must be a whole number");
    }
  }

  /** One document's record, or why it could not be read. */
  private static final class Record {
    final String name;
    final List<String> quasi;
    final String sensitive;
    final CodecException failure;

    Record(String name, List<String> quasi, String sensitive, CodecException failure) {
      this.name = name;
      this.quasi = quasi;
      this.sensitive = sensitive;
      this.failure = failure;
    }
  }

  /** Decodes one document and reads its record; runs on a worker. */
  private static Record read(CdaDecoder decoder, DocumentRecords records, Optional<String> sensitive,
      InputFiles.Found f) {
    String name = f.file.toString();
    try (InputStream in = new BufferedInputStream(Files.newInputStream(f.file), 1 << 16)) {
      ClinicalDocument doc = decoder.decode(in).document();
      return new Record(name, records.quasiValues(doc), sensitive.isPresent() ? records.value(doc, sensitive.get()) : "",
          null);
    } catch (CodecException e) {
      return new Record(name, null, null, e);
    } catch (IOException e) {
      return new Record(name, null, null, new CodecException("CDA-0002", "cannot read the file ("
          + e.getClass().getSimpleName() + ")", "", -1, -1, null));
    }
  }
}
