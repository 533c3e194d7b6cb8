package io.hdx.cli;

import io.hdx.codec.CodecException;
import io.hdx.deid.json.PolicyJson;
import io.hdx.deid.stream.CdaStreamDeidentifier;
import io.hdx.security.deid.DeidKeys;
import io.hdx.security.deid.DeidRun;
import io.hdx.security.deid.Deidentifier;
import io.hdx.security.deid.Manifest;
import io.hdx.security.deid.Policies;
import io.hdx.security.deid.Policy;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code hdx deid --policy NAME|FILE --key-file K IN... --out DIR [--json]}: de-identifies shared
 * documents (files, or folders searched recursively for {@code *.xml}) as a stream, each into DIR
 * under its input's file name (and its relative path under a folder). Prints the run's manifest:
 * policy name and SM3 hash, key id, documents, counts per action and per data element; never a value
 * or a key. The manifest is also written to {@code DIR/deid-manifest.json}. A file that cannot be
 * read as a ClinicalDocument is listed as {@code UNREADABLE path} with one indented reason, leaves
 * no output and is not counted. Exit 0 when every document was de-identified, 2 on a usage error or
 * when a file is unreadable.
 *
 * <p>Documents are de-identified on every core, each in constant memory (the header, then the body
 * streaming through); each is written to a temporary file in DIR and moved into place when done.
 *
 * <p>Thread safety: stateless.
 *
 * @since 0.1.0
 */
final class DeidCommand implements Command {
  /** The manifest file written into the output folder. */
  static final String MANIFEST = "deid-manifest.json";

  @Override
  public List<String> verb() {
    return Collections.singletonList("deid");
  }

  @Override
  public String synopsis() {
    return "deid --policy NAME|FILE --key-file K IN... --out DIR [--json]";
  }

  @Override
  public String summary() {
    return "de-identifies documents (files or folders of *.xml) into DIR with a preset or policy file; prints the manifest";
  }

  @Override
  public int run(List<String> argv, Console console) {
    Args args = Args.parse(argv, new HashSet<>(Arrays.asList("policy", "key-file", "out")), Collections.singleton("json"));
    if (args.positionals().isEmpty()) {
      throw new UsageException("IN is required (files or folders)");
    }
    Policy policy = policy(args.requiredOption("policy"));
    String keyFile = args.requiredOption("key-file");
    Path out = path(args.requiredOption("out"), "--out");
    boolean json = args.flag("json");
    DeidKeys keys;
    try {
      keys = DeidKeys.fromFile(path(keyFile, "--key-file"));
    } catch (NoSuchFileException e) {
      throw UsageException.unreadable(keyFile + ": no such file", null);
    } catch (IOException e) {
      throw UsageException.unreadable(keyFile + ": cannot read the key file (" + e.getClass().getSimpleName() + ")", null);
    }
    Deidentifier engine = Deidentifier.builder().policy(policy).keys(keys).build();
    CdaStreamDeidentifier stream = CdaStreamDeidentifier.create(engine);

    boolean missing = false;
    List<InputFiles.Found> found = new ArrayList<>();
    for (String name : args.positionals()) {
      missing |= !InputFiles.collect("hdx deid", name, found, console);
    }
    List<Job> jobs = plan(found, out);
    try {
      Files.createDirectories(out);
    } catch (IOException e) {
      throw UsageException.unreadable(out + ": cannot create the output folder", null);
    }
    DeidRun total = engine.newRun();
    int[] unreadable = new int[1];
    try (ProgressBar progress = jobs.size() > 1 ? console.progress("deid", jobs.size()) : ProgressBar.silent()) {
      InOrder.run(jobs, job -> deidentify(stream, job), result -> {
        if (result.failure == null) {
          total.addAll(result.run);
        } else {
          unreadable[0]++;
          console.out().println(json
              ? new JsonLine().put("path", result.job.in.toString()).put("unreadable", true)
                  .put("code", result.failure.errorCode())
                  .put("reason", result.failure.getMessage()).toString()
              : "UNREADABLE " + result.job.in + "\n  " + result.failure.getMessage());
        }
        progress.step();
      }, "hdx-deid");
    }
    Manifest manifest = total.manifest();
    try {
      Files.write(out.resolve(MANIFEST), (manifest.toJson() + "\n").getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      console.err().println("hdx deid: cannot write " + out.resolve(MANIFEST));
      return ExitCode.USAGE;
    }
    if (json) {
      console.out().println(manifest.toJson());
    } else {
      console.out().print(manifest.toText());
      if (jobs.size() > 1) {
        console.out().println(jobs.size() + " documents: " + manifest.documents() + " de-identified, " + unreadable[0]
            + " unreadable");
      }
    }
    return missing || unreadable[0] > 0 ? ExitCode.USAGE : ExitCode.OK;
  }

  /** A preset by name, else a policy JSON file. */
  private static Policy policy(String name) {
    if (Policies.names().contains(name.toLowerCase(Locale.ROOT))) {
      return Policies.byName(name);
    }
    Path file = path(name, "--policy");
    if (!Files.isRegularFile(file)) {
      throw new UsageException("--policy " + name + ": neither a preset (" + String.join(", ", Policies.names())
          + ") nor a policy file");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return PolicyJson.read(in);
    } catch (IOException e) {
      throw UsageException.unreadable(name + ": cannot read the policy file (" + e.getClass().getSimpleName() + ")", null);
    }
  }

  private static Path path(String name, String option) {
    try {
      return Paths.get(name);
    } catch (InvalidPathException e) {
      throw new UsageException(option + " " + name + ": not a path");
    }
  }

  /** One input and where its output goes. */
  private static final class Job {
    final Path in;
    final Path out;

    Job(Path in, Path out) {
      this.in = in;
      this.out = out;
    }
  }

  /** One document's outcome: its run (counts), or why it could not be read. */
  private static final class Result {
    final Job job;
    final DeidRun run;
    final CodecException failure;

    Result(Job job, DeidRun run, CodecException failure) {
      this.job = job;
      this.run = run;
      this.failure = failure;
    }
  }

  /** Output paths: the relative path under DIR; two inputs on one output, or an output onto an input, is a usage error. */
  private static List<Job> plan(List<InputFiles.Found> found, Path out) {
    List<Job> jobs = new ArrayList<>();
    Map<Path, Path> targets = new HashMap<>();
    java.util.Set<Path> inputs = new HashSet<>();
    for (InputFiles.Found f : found) {
      inputs.add(f.file.toAbsolutePath().normalize());
    }
    for (InputFiles.Found f : found) {
      Path target = out.resolve(f.relative());
      Path key = target.toAbsolutePath().normalize();
      Path earlier = targets.put(key, f.file);
      if (earlier != null) {
        throw new UsageException(earlier + " and " + f.file + " would both be written to " + target);
      }
      if (inputs.contains(key)) {
        throw new UsageException("--out " + out + ": " + target + " would overwrite an input");
      }
      jobs.add(new Job(f.file, target));
    }
    return jobs;
  }

  /** De-identifies one document into a temporary file beside its output, moved into place when done; runs on a worker. */
  private static Result deidentify(CdaStreamDeidentifier stream, Job job) {
    DeidRun run = stream.engine().newRun();
    Path tmp = null;
    try {
      Path parent = job.out.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      tmp = Files.createTempFile(parent, ".hdx-deid-", ".tmp");
      try (InputStream in = new BufferedInputStream(Files.newInputStream(job.in), 1 << 16);
          OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
        stream.deidentify(in, out, run);
      }
      move(tmp, job.out);
      tmp = null;
      return new Result(job, run, null);
    } catch (CodecException e) {
      return new Result(job, null, e);
    } catch (IOException e) {
      return new Result(job, null, new CodecException("CDA-0002", "cannot read the file or write its output ("
          + e.getClass().getSimpleName() + ")", "", -1, -1, null));
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException e) {
          // Best effort: a leftover temporary file holds de-identified output only.
        }
      }
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
