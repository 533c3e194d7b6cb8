package io.hdx.benchmarks;

import io.hdx.cli.Console;
import io.hdx.cli.Hdx;
import io.hdx.codec.validate.DocumentValidator;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.stream.Stream;

/**
 * {@code hdx validate DIR} beside the engine alone, in one JVM: first the engine's own rate (one
 * thread decoding and validating the folder's first document over and over, after warm-up), then
 * the whole command over the folder with its output discarded, RUNS times (default 1: the first run
 * pays for the JIT compiling the command's code, as a fresh {@code hdx validate} does; later runs show
 * the steady state). Prints documents per second of wall time and per CPU-second for both (the
 * engine's own thread's CPU time; the whole process's for the command, JIT and GC threads included),
 * so that the command's overhead per core can be read even on a machine shared with other work.
 *
 * <pre>{@code
 * mvn -Pbench -DskipTests package
 * java -cp benchmarks/target/benchmarks.jar io.hdx.benchmarks.ValidateFolderHarness DIR [RUNS]
 * }</pre>
 *
 * <p>Thread safety: a program, run once.
 *
 * @since 0.1.0
 */
public final class ValidateFolderHarness {
  private ValidateFolderHarness() {}

  /**
   * Runs the comparison.
   *
   * @param args the folder of {@code *.xml} documents, and optionally how often to run the command
   */
  public static void main(String[] args) throws IOException {
    Path dir = Paths.get(args[0]);
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    Path first;
    long count;
    try (Stream<Path> files = Files.list(dir)) {
      first = files.filter(p -> p.toString().endsWith(".xml")).sorted().findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no *.xml in " + dir));
    }
    try (Stream<Path> files = Files.walk(dir)) {
      count = files.filter(p -> p.toString().endsWith(".xml")).count();
    }
    byte[] doc = Files.readAllBytes(first);
    DocumentValidator validator = DocumentValidator.create();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (long end = System.nanoTime() + 5_000_000_000L; System.nanoTime() < end; ) {
      validator.validate(doc);
    }
    int n = 10_000;
    long cpu0 = threads.getCurrentThreadCpuTime();
    long wall0 = System.nanoTime();
    for (int i = 0; i < n; i++) {
      validator.validate(doc);
    }
    double engineWall = (System.nanoTime() - wall0) / 1e9;
    double engineCpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
    System.out.printf("engine, 1 thread, %d x %s (%d bytes): %.0f docs/s wall, %.0f docs per CPU-second%n",
        n, first.getFileName(), doc.length, n / engineWall, n / engineCpu);

    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    OutputStream discard = new OutputStream() {
      @Override
      public void write(int b) {}

      @Override
      public void write(byte[] b, int off, int len) {}
    };
    for (int run = 1; run <= runs; run++) {
      long pcpu0 = os.getProcessCpuTime();
      wall0 = System.nanoTime();
      int exit = new Hdx().run(Arrays.asList("validate", dir.toString()), new Console(discard, discard, false));
      double cliWall = (System.nanoTime() - wall0) / 1e9;
      double cliCpu = (os.getProcessCpuTime() - pcpu0) / 1e9;
      System.out.printf("hdx validate %s, run %d, %d cores: %d docs in %.2f s: %.0f docs/s wall, %.0f docs per "
          + "CPU-second of the process (exit %d)%n", dir, run, Runtime.getRuntime().availableProcessors(), count,
          cliWall, count / cliWall, count / cliCpu, exit);
    }
  }
}
