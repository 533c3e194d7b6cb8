package io.hdx.benchmarks;

import io.hdx.client.PlatformClient;
import io.hdx.client.RetryPolicy;
import io.hdx.codec.v3.Acknowledgement;
import io.hdx.codec.v3.Code;
import io.hdx.codec.v3.Identifier;
import io.hdx.codec.v3.PatientRecord;
import io.hdx.model.datatype.PointInTime;
import io.hdx.testkit.PlatformSimulator;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * Patient registrations (PRPA_IN201311UV02 over the default SOAP 1.1 HIPMessageServer binding) from one shared
 * {@link PlatformClient} to a {@link PlatformSimulator} on loopback (in-memory H2, 16 request threads), 8 caller
 * threads. Each call registers a new patient (a new local id and resident id), so every call is a real insert: the
 * index, the message log and the audit row. {@link #register} measures throughput (registrations per second);
 * {@link #registerLatency} samples every call's time, for the percentiles (p50, p99).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ClientBenchmark -f 1 -wi 2 -w 5s -i 3 -r 10s}.
 */
@State(Scope.Benchmark)
public class ClientBenchmark {
  private static final Code MALE = Code.of("1", "2.16.156.10011.2.3.3.4", "男性");

  private PlatformSimulator platform;
  private PlatformClient client;
  private final AtomicLong sequence = new AtomicLong();

  @Setup(Level.Trial)
  public void start() {
    platform = PlatformSimulator.builder().threads(16).start();
    client = PlatformClient.builder().endpoint(platform.endpoint()).senderId("BENCH").retry(RetryPolicy.none())
        .build();
  }

  @TearDown(Level.Trial)
  public void stop() {
    client.close();
    platform.close();
  }

  private PatientRecord next() {
    long n = sequence.incrementAndGet();
    return PatientRecord.builder()
        .addId(Identifier.of(PatientRecord.LOCAL_ID_ROOT, "B" + n))
        .addPersonId(Identifier.of(PatientRecord.RESIDENT_ID_ROOT, "R" + n))
        .name("测试" + n)
        .gender(MALE)
        .birthTime(PointInTime.parse("19800101"))
        .addTelecom("010-00000000")
        .build();
  }

  /** Registrations per second. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Threads(8)
  public Acknowledgement register() {
    return client.registerPatient(next());
  }

  /** Time per registration, sampled for percentiles. */
  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Threads(8)
  public Acknowledgement registerLatency() {
    return client.registerPatient(next());
  }
}
