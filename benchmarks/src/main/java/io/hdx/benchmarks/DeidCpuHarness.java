package io.hdx.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import javax.xml.stream.XMLStreamException;

/**
 * {@link DeidBenchmark}'s three workloads (one instance, set up as JMH would) measured in operations per
 * CPU-second of the measuring thread, in one JVM, in alternating rounds: on a machine other processes load, wall-clock throughput measures the
 * neighbours, CPU time of the thread much less so, and alternating rounds expose both workloads to the same
 * JIT and machine state. Prints every round and, per workload, the median; then the ratios of the medians of
 * {@code hdxDeidStreamNoTextScan} (the goal: at least 0.5) and {@code hdxDeidStream} to
 * {@code staxCopy}. Not a substitute for a quiet JMH run.
 *
 * <pre>
 * mvn -B -q -Pbench -DskipTests package -pl benchmarks -am
 * java -cp benchmarks/target/benchmarks.jar io.hdx.benchmarks.DeidCpuHarness outpatient 12
 * </pre>
 *
 * <p>Arguments: the document ({@code outpatient}: C0002, or {@code inpatientFrontPage}: C0032) and the number
 * of measured rounds (default 12) after 4 warm-up rounds; each round runs each workload for 1 CPU-second.
 * A third argument, a workload's name, runs that one only (for a profiler: {@code -XX:StartFlightRecording}).
 */
public final class DeidCpuHarness {
  private static final long ROUND_CPU_NANOS = 1_000_000_000L;
  private static final int WARMUP_ROUNDS = 4;

  private DeidCpuHarness() {}

  public static void main(String[] args) throws XMLStreamException {
    String document = args.length > 0 ? args[0] : "outpatient";
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 12;
    String only = args.length > 2 ? args[2] : null;
    DeidBenchmark bench = new DeidBenchmark();
    bench.document = document;
    bench.setUp();
    int size = bench.staxCopy().size();
    String[] names = {"staxCopy", "hdxDeidStreamNoTextScan", "hdxDeidStream"};
    double[][] measured = new double[names.length][rounds];
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    System.out.printf(Locale.ROOT, "%s, %d bytes, %d warm-up + %d rounds of 1 CPU-second per workload%n",
        document, size, WARMUP_ROUNDS, rounds);
    for (int round = -WARMUP_ROUNDS; round < rounds; round++) {
      StringBuilder line = new StringBuilder(round < 0 ? "warm-up" : "round " + (round + 1));
      for (int w = 0; w < names.length; w++) {
        if (only != null && !only.equals(names[w])) {
          continue;
        }
        long cpu0 = threads.getCurrentThreadCpuTime();
        long ops = 0;
        long cpu;
        do {
          for (int i = 0; i < 20; i++) {
            run(bench, w);
          }
          ops += 20;
          cpu = threads.getCurrentThreadCpuTime() - cpu0;
        } while (cpu < ROUND_CPU_NANOS);
        double perCpuSecond = ops / (cpu / 1e9);
        if (round >= 0) {
          measured[w][round] = perCpuSecond;
        }
        line.append(String.format(Locale.ROOT, "  %s %.0f", names[w], perCpuSecond));
      }
      System.out.println(line);
    }
    if (only != null) {
      return;
    }
    double[] median = new double[names.length];
    for (int w = 0; w < names.length; w++) {
      double[] m = measured[w].clone();
      Arrays.sort(m);
      median[w] = m.length % 2 == 1 ? m[m.length / 2] : (m[m.length / 2 - 1] + m[m.length / 2]) / 2;
      System.out.printf(Locale.ROOT, "%s: median %.0f ops per CPU-second (%.1f MB per CPU-second), min %.0f, max %.0f%n",
          names[w], median[w], median[w] * size / 1e6, m[0], m[m.length - 1]);
    }
    System.out.printf(Locale.ROOT, "ratio hdxDeidStreamNoTextScan / staxCopy: %.2f; hdxDeidStream / staxCopy: %.2f%n",
        median[1] / median[0], median[2] / median[0]);
  }

  private static Object run(DeidBenchmark bench, int workload) throws XMLStreamException {
    switch (workload) {
      case 0:
        return bench.staxCopy();
      case 1:
        return bench.hdxDeidStreamNoTextScan();
      default:
        return bench.hdxDeidStream();
    }
  }
}
