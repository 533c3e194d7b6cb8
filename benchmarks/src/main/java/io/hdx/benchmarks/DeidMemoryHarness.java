package io.hdx.benchmarks;

import io.hdx.codec.DecodeLimits;
import io.hdx.codec.cda.CdaEncoder;
import io.hdx.codec.internal.StaxFactories;
import io.hdx.deid.stream.CdaStreamDeidentifier;
import io.hdx.security.deid.DeidKeys;
import io.hdx.security.deid.DeidRun;
import io.hdx.security.deid.Deidentifier;
import io.hdx.security.deid.Manifest;
import io.hdx.security.deid.Policies;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLStreamException;

/**
 * Constant memory on a large input: one synthetic CDA document of N MB (default 200; the C0002 sample's
 * header, then its sections repeated until the size is reached, generated on the fly, never held) is
 * de-identified as a stream with {@code gbt37964} into a discarding output, and the same bytes copied
 * with a raw StAX event copy, in a JVM with a small heap. Prints the size, time and MB/s of each, and the
 * peak heap used (sampled every 20 ms) against the heap limit: a stream that held the document could not
 * fit.
 *
 * <pre>
 * mvn -B -q -Pbench -DskipTests package -pl benchmarks -am
 * java -Xmx64m -cp benchmarks/target/benchmarks.jar io.hdx.benchmarks.DeidMemoryHarness 200
 * </pre>
 */
public final class DeidMemoryHarness {
  private DeidMemoryHarness() {}

  public static void main(String[] args) throws Exception {
    long megabytes = args.length > 0 ? Long.parseLong(args[0]) : 200;
    String xml = new String(CdaEncoder.create().encode(SampleDocuments.outpatient()), StandardCharsets.UTF_8);
    int open = xml.indexOf("<structuredBody>") + "<structuredBody>".length();
    int close = xml.indexOf("</structuredBody>");
    byte[] head = xml.substring(0, open).getBytes(StandardCharsets.UTF_8);
    byte[] body = xml.substring(open, close).getBytes(StandardCharsets.UTF_8);
    byte[] tail = xml.substring(close).getBytes(StandardCharsets.UTF_8);
    long repeats = megabytes * 1024 * 1024 / body.length;
    long size = head.length + repeats * body.length + tail.length;
    DecodeLimits limits = DecodeLimits.builder().maxDocumentBytes(size + 1).build();

    Deidentifier engine = Deidentifier.builder().policy(Policies.gbt37964())
        .keys(DeidKeys.of("hdx-deid-memory-harness-key-0123".getBytes(StandardCharsets.US_ASCII))).build();
    CdaStreamDeidentifier stream = CdaStreamDeidentifier.create(engine, limits);
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    AtomicLong peak = new AtomicLong();
    Thread sampler = new Thread(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "heap-sampler");
    sampler.setDaemon(true);
    sampler.start();

    Counting deidOut = new Counting();
    DeidRun run = engine.newRun();
    long t0 = System.nanoTime();
    stream.deidentify(document(head, body, tail, repeats), deidOut, run);
    long deidNanos = System.nanoTime() - t0;
    long deidPeak = peak.getAndSet(0);

    Counting copyOut = new Counting();
    long t1 = System.nanoTime();
    XMLEventReader reader = StaxFactories.input(limits).createXMLEventReader(document(head, body, tail, repeats));
    XMLEventWriter writer = StaxFactories.output().createXMLEventWriter(copyOut, "UTF-8");
    copy(reader, writer);
    long copyNanos = System.nanoTime() - t1;
    long copyPeak = peak.get();
    sampler.interrupt();

    Manifest m = run.manifest();
    double mb = size / 1048576.0;
    System.out.printf(Locale.ROOT, "input %.1f MB (%d sections of the C0002 sample), heap limit %d MB%n", mb,
        repeats, Runtime.getRuntime().maxMemory() >> 20);
    System.out.printf(Locale.ROOT, "hdxDeidStream gbt37964: %.1f s, %.1f MB/s, output %.1f MB, peak heap used %d MB, "
        + "%d values pseudonymized, %d removed%n", deidNanos / 1e9, mb / (deidNanos / 1e9), deidOut.count / 1048576.0,
        deidPeak >> 20, m.count(io.hdx.security.deid.Action.PSEUDONYMIZE), m.count(io.hdx.security.deid.Action.REMOVE));
    System.out.printf(Locale.ROOT, "staxCopy:               %.1f s, %.1f MB/s, output %.1f MB, peak heap used %d MB%n",
        copyNanos / 1e9, mb / (copyNanos / 1e9), copyOut.count / 1048576.0, copyPeak >> 20);
    System.out.printf(Locale.ROOT, "ratio deid/copy: %.2f%n", (double) copyNanos / deidNanos);
  }

  private static void copy(XMLEventReader reader, XMLEventWriter writer) throws XMLStreamException {
    while (reader.hasNext()) {
      writer.add(reader.nextEvent());
    }
    writer.flush();
    writer.close();
    reader.close();
  }

  /** The head, {@code repeats} bodies and the tail, generated as they are read. */
  static InputStream document(byte[] head, byte[] body, byte[] tail, long repeats) {
    return new SequenceInputStream(new Enumeration<InputStream>() {
      private long at = -1;

      @Override
      public boolean hasMoreElements() {
        return at <= repeats;
      }

      @Override
      public InputStream nextElement() {
        at++;
        return new ByteArrayInputStream(at == 0 ? head : at <= repeats ? body : tail);
      }
    });
  }

  /** Discards what is written, counting the bytes. */
  private static final class Counting extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}
