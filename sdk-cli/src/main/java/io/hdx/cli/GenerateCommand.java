package io.hdx.cli;

import io.hdx.codec.cda.CdaEncoder;
import io.hdx.codec.json.JsonEncoder;
import io.hdx.model.spec.DocumentSpec;
import io.hdx.model.spec.DocumentSpecRegistry;
import io.hdx.testkit.SampleData;
import io.hdx.testkit.SampleDocument;
import java.io.IOException;
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
 * {@code hdx generate --doc CODE|all --count N [--seed S] [--format xml|json] --out DIR}: writes synthetic shared
 * documents ({@link SampleData}). With a document code, N documents of that type, each about another patient whose
 * episode of care produces it; with {@code all}, N documents going round the 73 types in spec order
 * ({@code --count 73} writes one of each). Files are named {@code CODE-NNNNNN.xml} (or {@code .json}); the same
 * seed (default 1) writes byte-identical files. Prints one line: how many documents were written where. Exit 0, or
 * 2 on a usage error or when the folder cannot be written.
 *
 * <p>Thread safety: stateless.
 *
 * @since 0.1.0
 */
final class GenerateCommand implements Command {
  @Override
  public List<String> verb() {
    return Collections.singletonList("generate");
  }

  @Override
  public String synopsis() {
    return "generate --doc CODE|all --count N [--seed S] [--format xml|json] --out DIR";
  }

  @Override
  public String summary() {
    return "writes N synthetic documents of one type (or round all 73) that validate; the same seed writes the same bytes";
  }

  @Override
  public int run(List<String> argv, Console console) {
    Args args = Args.parse(argv, new HashSet<>(Arrays.asList("doc", "count", "seed", "format", "out")),
        Collections.<String>emptySet());
    if (!args.positionals().isEmpty()) {
      throw new UsageException("unexpected argument " + args.positionals().get(0));
    }
    String doc = args.requiredOption("doc");
    int count = number(args.requiredOption("count"), "--count");
    long seed = args.option("seed").map(GenerateCommand::seed).orElse(1L);
    String format = args.option("format").orElse("xml").toLowerCase(Locale.ROOT);
    if (!format.equals("xml") && !format.equals("json")) {
      throw new UsageException("--format must be xml or json");
    }
    Path out;
    try {
      out = Paths.get(args.requiredOption("out"));
    } catch (InvalidPathException e) {
      throw new UsageException("--out: not a path");
    }
    List<DocumentSpec> all = DocumentSpecRegistry.standard().all();
    List<String> codes = new ArrayList<>();
    if (doc.equalsIgnoreCase("all")) {
      for (DocumentSpec s : all) {
        codes.add(s.code());
      }
    } else {
      DocumentSpec spec = DocumentSpecRegistry.standard().byCode(doc.toUpperCase(Locale.ROOT)).orElse(null);
      if (spec == null) {
        throw new UsageException("--doc " + doc + ": no such document spec (hdx spec list shows the codes)");
      }
      codes.add(spec.code());
    }
    try {
      Files.createDirectories(out);
    } catch (IOException e) {
      throw UsageException.unreadable(out + ": cannot create the output folder", null);
    }
    List<Integer> jobs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      jobs.add(i);
    }
    SampleData data = SampleData.withSeed(seed);
    CdaEncoder xml = CdaEncoder.create();
    JsonEncoder json = JsonEncoder.create();
    boolean asJson = format.equals("json");
    int[] failed = new int[1];
    try (ProgressBar progress = count > 1 ? console.progress("generate", count) : ProgressBar.silent()) {
      InOrder.run(jobs, i -> {
        String code = codes.get(i % codes.size());
        SampleDocument d = data.document(code, i / codes.size());
        Path file = out.resolve(String.format(Locale.ROOT, "%s-%06d.%s", code, i, format));
        try {
          Files.write(file, asJson ? json.encode(d.document()) : xml.encode(d.document()));
          return null;
        } catch (IOException e) {
          return file;
        }
      }, file -> {
        if (file != null) {
          failed[0]++;
          console.err().println("hdx generate: cannot write " + file);
        }
        progress.step();
      }, "hdx-generate");
    }
    if (failed[0] > 0) {
      return ExitCode.USAGE;
    }
    console.out().println(count + " documents written to " + out + " (seed " + seed + ", " + format + ")");
    return ExitCode.OK;
  }

  private static long seed(String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new UsageException("--seed must be a whole number");
    }
  }

  private static int number(String text, String option) {
    try {
      int n = Integer.parseInt(text);
      if (n <= 0) {
        throw new UsageException(option + " must be a positive number");
      }
      return n;
    } catch (NumberFormatException e) {
      throw new UsageException(option + " must be a number");
    }
  }
}
