package io.hdx.benchmarks;

import io.hdx.client.PlatformClient;
import io.hdx.client.RetryPolicy;
import io.hdx.codec.cda.CdaEncoder;
import io.hdx.codec.v3.AckCode;
import io.hdx.codec.v3.Acknowledgement;
import io.hdx.codec.v3.Code;
import io.hdx.codec.v3.DocumentEntry;
import io.hdx.codec.v3.Identifier;
import io.hdx.codec.v3.PatientRecord;
import io.hdx.model.datatype.PointInTime;
import io.hdx.model.document.ClinicalDocument;
import io.hdx.testkit.PlatformSimulator;
import io.hdx.testkit.SampleData;
import io.hdx.testkit.SampleDocument;
import io.hdx.testkit.SamplePatient;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * A load driver for the client against the simulator on loopback, in one JVM, for when a JMH run is not possible
 * (a loaded machine) or to profile (run it under {@code -XX:StartFlightRecording}). Two phases, each with a warm-up
 * pass first: patient registrations (new patients, the same message as {@link ClientBenchmark}) and document
 * registrations (synthetic documents of all types from {@link SampleData}, as {@code hdx demo} registers them: the
 * simulator decodes and validates each CDA). Calls are asynchronous with {@code window} in flight; every call's
 * latency is recorded, and the rate, p50, p99 and the process's CPU time per call (client and simulator together;
 * less disturbed than wall time by other work on the machine) are printed, then that CPU time split by thread:
 * the client (the calling thread and OkHttp's), the simulator (its request threads and the HTTP server's
 * dispatcher) and the rest of the JVM (garbage collection, the JIT compilers), each in microseconds per call, and
 * the bytes the client's and the simulator's threads allocated per call (a measure of work that other load on the
 * machine does not change at all).
 * With {@code documentPatients} 0 only patient registrations run.
 *
 * <pre>{@code
 * mvn -Pbench -DskipTests package
 * java -cp benchmarks/target/benchmarks.jar io.hdx.benchmarks.PlatformLoadHarness [patients] [documentPatients] [window]
 * }</pre>
 *
 * <p>Thread safety: a program, run once.
 *
 * @since 0.1.0
 */
public final class PlatformLoadHarness {
  private static final Code MALE = Code.of("1", "2.16.156.10011.2.3.3.4", "男性");

  private PlatformLoadHarness() {}

  /**
   * Runs both phases.
   *
   * @param args patients to register (default 20000), patients whose documents to register (default 60), calls
   *     in flight (default 64)
   */
  public static void main(String[] args) {
    int patients = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int documentPatients = args.length > 1 ? Integer.parseInt(args[1]) : 60;
    int window = args.length > 2 ? Integer.parseInt(args[2]) : 64;
    try (PlatformSimulator platform = PlatformSimulator.builder().threads(16).start();
        PlatformClient client = PlatformClient.builder().endpoint(platform.endpoint()).senderId("LOAD")
            .retry(RetryPolicy.none()).maxConcurrentRequests(window).build()) {
      List<PatientRecord> warm = new ArrayList<>();
      List<PatientRecord> measured = new ArrayList<>();
      for (int i = 0; i < patients; i++) {
        warm.add(patient("W" + i));
        measured.add(patient("P" + i));
      }
      run("patient registrations (warm-up)", warm, window, client::registerPatientAsync);
      run("patient registrations", measured, window, client::registerPatientAsync);
      if (documentPatients == 0) {
        return;
      }
      SampleData data = SampleData.withSeed(42);
      CdaEncoder encoder = CdaEncoder.create();
      List<DocumentEntry> warmDocs = new ArrayList<>();
      List<DocumentEntry> docs = new ArrayList<>();
      for (int i = 0; i < 2 * documentPatients; i++) {
        SamplePatient p = data.patient(i);
        client.registerPatient(record(p));
        for (SampleDocument d : data.documentsOf(i)) {
          (i < documentPatients ? warmDocs : docs).add(entry(p, d, encoder.encode(d.document())));
        }
      }
      run("document registrations (warm-up)", warmDocs, window, client::registerDocumentAsync);
      run("document registrations", docs, window, client::registerDocumentAsync);
    }
  }

  private static <I> void run(String label, List<I> inputs, int window,
      Function<I, CompletableFuture<Acknowledgement>> call) {
    long[] latency = new long[inputs.size()];
    List<CompletableFuture<Acknowledgement>> inFlight = new ArrayList<>();
    long[] started = new long[inputs.size()];
    int next = 0;
    int failed = 0;
    long cpu0 = processCpuNanos();
    Map<Long, long[]> threads0 = threadCpu();
    long t0 = System.nanoTime();
    for (int done = 0; done < inputs.size(); done++) {
      while (next < inputs.size() && next - done < window) {
        int k = next++;
        started[k] = System.nanoTime();
        inFlight.add(call.apply(inputs.get(k)).whenComplete((a, e) -> latency[k] = System.nanoTime() - started[k]));
      }
      try {
        if (inFlight.get(done).join().code() != AckCode.AA) {
          failed++;
        }
      } catch (RuntimeException e) {
        failed++;
      }
      inFlight.set(done, null);
    }
    long wall = System.nanoTime() - t0;
    long cpu = processCpuNanos() - cpu0;
    double cpuPerCall = cpu / 1e6 / inputs.size();
    Map<Long, long[]> threads1 = threadCpu();
    long[] split = split(threads0, threads1, 1);
    long[] allocated = split(threads0, threads1, 2);
    long[] sorted = latency.clone();
    Arrays.sort(sorted);
    System.out.printf("%-34s %6d calls in %6.2f s: %8.1f/s  p50 %6.2f ms  p99 %6.2f ms  max %7.2f ms  CPU %.2f ms/call"
        + "  failed %d%n", label, inputs.size(), wall / 1e9, inputs.size() / (wall / 1e9), pct(sorted, 0.50),
        pct(sorted, 0.99), sorted[sorted.length - 1] / 1e6, cpuPerCall, failed);
    System.out.printf("%-34s CPU per call: %.0f us = client %.0f us + simulator %.0f us + JVM (GC, JIT) %.0f us%n",
        "", cpu / 1e3 / inputs.size(), split[0] / 1e3 / inputs.size(), split[1] / 1e3 / inputs.size(),
        (cpu - split[0] - split[1]) / 1e3 / inputs.size());
    System.out.printf("%-34s allocated per call: client %.1f KB + simulator %.1f KB%n", "",
        allocated[0] / 1e3 / inputs.size(), allocated[1] / 1e3 / inputs.size());
  }

  /**
   * Each live thread's CPU time and allocated bytes: id to {group, nanoseconds, bytes}; group 0 client, 1 simulator,
   * 2 other.
   */
  private static Map<Long, long[]> threadCpu() {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    com.sun.management.ThreadMXBean hotspot = mx instanceof com.sun.management.ThreadMXBean
        ? (com.sun.management.ThreadMXBean) mx : null;
    Map<Long, long[]> out = new HashMap<>();
    for (ThreadInfo t : mx.getThreadInfo(mx.getAllThreadIds())) {
      if (t == null) {
        continue;
      }
      long ns = mx.getThreadCpuTime(t.getThreadId());
      String name = t.getThreadName();
      int group = name.equals("main") || name.startsWith("OkHttp") ? 0
          : name.startsWith("hdx-simulator") || name.startsWith("HTTP-Dispatcher") ? 1 : 2;
      long bytes = hotspot == null ? 0 : hotspot.getThreadAllocatedBytes(t.getThreadId());
      if (ns >= 0) {
        out.put(t.getThreadId(), new long[] {group, ns, Math.max(0, bytes)});
      }
    }
    return out;
  }

  /** What the threads of each group spent between two snapshots: {@code field} 1 CPU nanoseconds, 2 bytes. */
  private static long[] split(Map<Long, long[]> before, Map<Long, long[]> after, int field) {
    long[] sum = new long[3];
    after.forEach((id, a) -> {
      long[] b = before.get(id);
      sum[(int) a[0]] += a[field] - (b == null ? 0 : b[field]);
    });
    return sum;
  }

  /** CPU time of the whole process (client and simulator, all threads): a measure a loaded machine disturbs less. */
  private static long processCpuNanos() {
    java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean
        ? ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime() : 0;
  }

  private static double pct(long[] sorted, double p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
  }

  private static PatientRecord patient(String id) {
    return PatientRecord.builder()
        .addId(Identifier.of(PatientRecord.LOCAL_ID_ROOT, id))
        .addPersonId(Identifier.of(PatientRecord.RESIDENT_ID_ROOT, "R" + id))
        .name("测试" + id).gender(MALE).birthTime(PointInTime.parse("19800101")).addTelecom("010-00000000")
        .build();
  }

  private static PatientRecord record(SamplePatient p) {
    return PatientRecord.builder().addId(Identifier.of(PatientRecord.LOCAL_ID_ROOT, p.localId()))
        .addPersonId(Identifier.of(PatientRecord.RESIDENT_ID_ROOT, p.residentId()))
        .name(p.name()).gender(MALE).birthTime(PointInTime.of(p.birthDate())).build();
  }

  private static DocumentEntry entry(SamplePatient p, SampleDocument s, byte[] xml) {
    ClinicalDocument d = s.document();
    return DocumentEntry.builder()
        .documentId(Identifier.of(DocumentEntry.DOCUMENT_ID_ROOT, d.id().get().extension().get()))
        .type(Code.of(d.code(), DocumentEntry.DOCUMENT_TYPE_SYSTEM, d.title().orElse(null)))
        .effectiveTime(d.effectiveTime().get()).versionNumber(1)
        .addPatientId(Identifier.of(PatientRecord.LOCAL_ID_ROOT, p.localId())).content(xml).build();
  }
}
