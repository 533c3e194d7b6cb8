package io.hdx.benchmarks;

import io.hdx.codec.validate.DocumentValidator;
import io.hdx.codec.validate.Severity;
import io.hdx.codec.validate.ValidationReport;
import io.hdx.testkit.SampleData;
import io.hdx.testkit.SampleDocument;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Synthetic documents generated ({@link SampleData}) and validated ({@link DocumentValidator}) per second: the cost
 * of a conforming fixture in a test. Each operation is one document: the next document of the next patient's
 * episode of care (patients 0, 1, 2 ... of seed 1, so every document type and size appears in its natural share;
 * the patient and episode are made once for all their documents, as {@link SampleData#documentsOf} does), then
 * validated as the model document. {@code generate} alone shows the split.
 *
 * <p>Setup checks, untimed, that the first 300 documents validate with no error; the benchmark fails loudly
 * otherwise.
 *
 * <pre>
 * mvn -B -q -Pbench -DskipTests package -pl benchmarks -am
 * java -jar benchmarks/target/benchmarks.jar GeneratorBenchmark -t 2
 * </pre>
 *
 * <p>Thread safety: JMH state, one instance per benchmark thread.
 *
 * @since 0.1.0
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class GeneratorBenchmark {
  private final SampleData data = SampleData.withSeed(1);
  private final DocumentValidator validator = DocumentValidator.create();
  private final Deque<SampleDocument> pending = new ArrayDeque<>();
  private long nextPatient;

  /** Checks that what is measured is what the tests promise (untimed). */
  @Setup
  public void check() {
    for (int i = 0; i < 300; i++) {
      ValidationReport report = validator.validate(next().document());
      if (report.count(Severity.ERROR) > 0) {
        throw new IllegalStateException("a generated document does not validate");
      }
    }
  }

  private SampleDocument next() {
    if (pending.isEmpty()) {
      pending.addAll(data.documentsOf(nextPatient++));
    }
    return pending.poll();
  }

  /** One document generated and validated. */
  @Benchmark
  public ValidationReport generateAndValidate() {
    return validator.validate(next().document());
  }

  /** One document generated. */
  @Benchmark
  public SampleDocument generate() {
    return next();
  }
}
