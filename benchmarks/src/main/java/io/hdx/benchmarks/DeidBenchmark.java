package io.hdx.benchmarks;

import io.hdx.codec.DecodeLimits;
import io.hdx.codec.cda.CdaEncoder;
import io.hdx.codec.internal.StaxFactories;
import io.hdx.deid.stream.CdaStreamDeidentifier;
import io.hdx.model.document.ClinicalDocument;
import io.hdx.security.deid.DeidKeys;
import io.hdx.security.deid.DeidRun;
import io.hdx.security.deid.Deidentifier;
import io.hdx.security.deid.Policies;
import io.hdx.security.deid.Policy;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Streaming de-identification of raw CDA XML (issue 12) side by side with a raw StAX copy of the same
 * bytes, in one run: the copy is the floor any StAX-based stream rewriter stands on.
 *
 * <ul>
 *   <li>{@code hdxDeidStream}: {@link CdaStreamDeidentifier} with the {@code gbt37964} preset as shipped,
 *       free-text scanning on (patterns and header names; HDX has no named-entity recognizer).
 *   <li>{@code hdxDeidStreamNoTextScan}: the same policy with {@code freeText: keep}: the difference to
 *       {@code hdxDeidStream} is the cost of the free-text scan.
 *   <li>{@code staxCopy}: an {@link XMLEventReader} piped into an {@link XMLEventWriter} with the same
 *       hardened factories the stream de-identifier uses ({@code StaxFactories}: Aalto, no DTDs, bounded), every
 *       event copied.
 * </ul>
 *
 * <p>Documents ({@code document}): the {@link SampleDocuments} of {@code CodecBenchmark}, C0002 门(急)诊病历 and
 * C0032 住院病案首页, encoded once. Throughput in ops/s; MB/s = ops/s × the document's size
 * ({@code DocumentSizes}). Setup checks, untimed, that the de-identified output no longer holds the
 * patient's name and resident ID and that the copy is as long as the input ± 10%.
 *
 * <pre>
 * mvn -B -q -Pbench -DskipTests package -pl benchmarks -am
 * java -jar benchmarks/target/benchmarks.jar DeidBenchmark -rf json -rff deid-benchmark.json
 * </pre>
 *
 * <p>Thread safety: JMH state, one instance per benchmark thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DeidBenchmark {
  private static final byte[] KEY = "hdx-deid-benchmark-key-0123456789".getBytes(StandardCharsets.US_ASCII);

  @Param({"outpatient", "inpatientFrontPage"})
  public String document;

  private byte[] xml;
  private CdaStreamDeidentifier scanning;
  private CdaStreamDeidentifier notScanning;
  private XMLInputFactory inputs;
  private XMLOutputFactory outputs;

  @Setup
  public void setUp() throws XMLStreamException {
    ClinicalDocument doc = document.equals("outpatient") ? SampleDocuments.outpatient() : SampleDocuments.inpatientFrontPage();
    xml = CdaEncoder.create().encode(doc);
    Policy gbt = Policies.gbt37964();
    Policy keep = gbt.toBuilder().name("gbt37964-no-text-scan").scanFreeText(false).build();
    scanning = CdaStreamDeidentifier.create(Deidentifier.builder().policy(gbt).keys(DeidKeys.of(KEY)).build());
    notScanning = CdaStreamDeidentifier.create(Deidentifier.builder().policy(keep).keys(DeidKeys.of(KEY)).build());
    inputs = StaxFactories.input(DecodeLimits.defaults());
    outputs = StaxFactories.output();
    String out = new String(hdxDeidStream().toByteArray(), StandardCharsets.UTF_8);
    String name = doc.patient().get().name().get();
    String residentId = doc.patient().get().residentId().get().extension().get();
    if (out.contains(name) || out.contains(residentId)) {
      throw new IllegalStateException(document + ": the de-identified output still holds the patient's name or ID");
    }
    int copied = staxCopy().size();
    if (Math.abs(copied - xml.length) > xml.length / 10) {
      throw new IllegalStateException(document + ": the StAX copy is " + copied + " bytes, the input " + xml.length);
    }
  }

  @Benchmark
  public ByteArrayOutputStream hdxDeidStream() {
    return deid(scanning);
  }

  @Benchmark
  public ByteArrayOutputStream hdxDeidStreamNoTextScan() {
    return deid(notScanning);
  }

  private ByteArrayOutputStream deid(CdaStreamDeidentifier stream) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(xml.length + 1024);
    DeidRun run = stream.engine().newRun();
    stream.deidentify(new ByteArrayInputStream(xml), out, run);
    return out;
  }

  @Benchmark
  public ByteArrayOutputStream staxCopy() throws XMLStreamException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(xml.length + 1024);
    XMLEventReader reader = inputs.createXMLEventReader(new ByteArrayInputStream(xml));
    XMLEventWriter writer = outputs.createXMLEventWriter(out, "UTF-8");
    while (reader.hasNext()) {
      writer.add(reader.nextEvent());
    }
    writer.flush();
    writer.close();
    reader.close();
    return out;
  }
}
