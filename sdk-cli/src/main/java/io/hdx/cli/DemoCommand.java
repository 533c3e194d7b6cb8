package io.hdx.cli;

import io.hdx.client.DocumentCriteria;
import io.hdx.client.PatientCriteria;
import io.hdx.client.PlatformClient;
import io.hdx.codec.cda.CdaEncoder;
import io.hdx.codec.v3.AckCode;
import io.hdx.codec.v3.Code;
import io.hdx.codec.v3.DocumentEntry;
import io.hdx.codec.v3.DocumentQueryResponse;
import io.hdx.codec.v3.Identifier;
import io.hdx.codec.v3.PatientRecord;
import io.hdx.codec.validate.DocumentValidator;
import io.hdx.codec.validate.Severity;
import io.hdx.codec.validate.ValidationReport;
import io.hdx.deid.risk.DocumentRecords;
import io.hdx.deid.stream.CdaStreamDeidentifier;
import io.hdx.model.datatype.CodedValue;
import io.hdx.model.datatype.PointInTime;
import io.hdx.model.document.ClinicalDocument;
import io.hdx.security.cert.Sm2Certificate;
import io.hdx.security.cert.Sm2CertificateBuilder;
import io.hdx.security.cert.TrustAnchors;
import io.hdx.security.deid.DeidKeys;
import io.hdx.security.deid.DeidRun;
import io.hdx.security.deid.Deidentifier;
import io.hdx.security.deid.Policies;
import io.hdx.security.deid.RiskAccumulator;
import io.hdx.security.deid.RiskReport;
import io.hdx.security.sign.DocumentSigner;
import io.hdx.security.sign.DocumentVerifier;
import io.hdx.security.sm.Sm2KeyPair;
import io.hdx.testkit.PlatformSimulator;
import io.hdx.testkit.SampleData;
import io.hdx.testkit.SampleDocument;
import io.hdx.testkit.SamplePatient;
import io.hdx.codec.cda.CdaDecoder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * {@code hdx demo [--patients N] [--seed S]}: the whole story end to end, against the embedded platform simulator
 * (sdk-testkit): start it; generate N synthetic patients (default 60, about 1,400 documents) and every document of their episodes of
 * care; validate every document; sign each with SM2 (a fresh key pair and self-signed certificate, in memory only);
 * register the patients and the documents with their signatures' owner through {@link PlatformClient}; query the
 * patients and their document lists back and retrieve every document; verify every signature over the bytes
 * retrieved; de-identify a copy with the {@code gbt37964} preset and report its k-anonymity over birth date, sex and
 * region (one record per patient). Shows each step as it goes (on stderr; a progress bar on a terminal) and ends
 * with a summary table (stdout): each step's count and time.
 *
 * <p>Exit 0 when every step succeeded: no document with a validation ERROR, every registration acknowledged AA,
 * every patient and document found again, every retrieved document byte-identical, every signature valid. Exit 1
 * when a step found a failure (the table says which), 2 on a usage error or an unexpected failure. The
 * k-anonymity is reported, not judged (it depends on the population drawn).
 *
 * <p>Thread safety: stateless.
 *
 * @since 0.1.0
 */
final class DemoCommand implements Command {
  /** Patients by default: about 1,400 documents, under a minute from the built jar on two loaded cores. */
  static final int DEFAULT_PATIENTS = 60;
  private static final List<String> QUASI = Arrays.asList("DE02.01.005.01", "DE02.01.040.00", DocumentRecords.REGION);

  @Override
  public List<String> verb() {
    return Collections.singletonList("demo");
  }

  @Override
  public String synopsis() {
    return "demo [--patients N] [--seed S]";
  }

  @Override
  public String summary() {
    return "the main job: generate, validate, sign, register, query, retrieve, verify and de-identify against the embedded simulator";
  }

  @Override
  public int run(List<String> argv, Console console) {
    Args args = Args.parse(argv, new HashSet<>(Arrays.asList("patients", "seed")), Collections.<String>emptySet());
    if (!args.positionals().isEmpty()) {
      throw new UsageException("unexpected argument " + args.positionals().get(0));
    }
    int patients = positive(args.option("patients").orElse(Integer.toString(DEFAULT_PATIENTS)), "--patients");
    long seed;
    try {
      seed = Long.parseLong(args.option("seed").orElse("1"));
    } catch (NumberFormatException e) {
      throw new UsageException("--seed must be a whole number");
    }
    return new Story(console, patients, seed).run();
  }

  private static int positive(String text, String option) {
    try {
      int n = Integer.parseInt(text);
      if (n > 0 && n <= 100_000) {
        return n;
      }
    } catch (NumberFormatException e) {
      // falls through to the usage error
    }
    throw new UsageException(option + " must be a number from 1 to 100000");
  }

  /** One run of the story: its steps, their counts and times. */
  private static final class Story {
    private final Console console;
    private final int patientCount;
    private final long seed;
    private final List<String[]> rows = new ArrayList<>();
    private final long started = System.nanoTime();
    private boolean failed;

    Story(Console console, int patientCount, long seed) {
      this.console = console;
      this.patientCount = patientCount;
      this.seed = seed;
    }

    int run() {
      note("hdx demo: " + patientCount + " patients, seed " + seed);
      long t = System.nanoTime();
      try (PlatformSimulator platform = PlatformSimulator.start();
          PlatformClient client = PlatformClient.builder().endpoint(platform.endpoint()).senderId("HDX-DEMO")
              .maxConcurrentRequests(8).callTimeout(Duration.ofSeconds(60)).build()) {
        row("start the platform simulator", "1 endpoint", t, true);
        story(client);
      }
      long total = (System.nanoTime() - started) / 1_000_000;
      table(total);
      return failed ? ExitCode.INVALID : ExitCode.OK;
    }

    private void story(PlatformClient client) {
      // 1. generate
      long t = System.nanoTime();
      SampleData data = SampleData.withSeed(seed);
      List<Integer> indexes = new ArrayList<>();
      for (int i = 0; i < patientCount; i++) {
        indexes.add(i);
      }
      List<SamplePatient> people = new ArrayList<>();
      List<Item> items = new ArrayList<>();
      CdaEncoder encoder = CdaEncoder.create();
      step("generate patients and their documents", patientCount, indexes, i -> {
        List<Item> made = new ArrayList<>();
        for (SampleDocument d : data.documentsOf(i)) {
          made.add(new Item(d, encoder.encode(d.document())));
        }
        return made;
      }, made -> {
        people.add(made.get(0).sample.patient());
        items.addAll(made);
      });
      row("generate patients and their documents", people.size() + " patients, " + items.size() + " documents", t,
          true);

      // 2. validate
      t = System.nanoTime();
      DocumentValidator validator = DocumentValidator.builder().build();
      long[] counts = new long[3];
      step("validate", items.size(), items, item -> validator.validate(item.xml), report -> {
        counts[0] += report.count(Severity.ERROR);
        counts[1] += report.count(Severity.WARNING);
        counts[2] += report.isValid() ? 1 : 0;
      });
      row("validate (WS/T 500, WS/T 483 specs)", counts[2] + " valid, " + counts[0] + " errors, " + counts[1]
          + " warnings", t, counts[0] == 0 && counts[2] == items.size());

      // 3. sign
      t = System.nanoTime();
      Sm2KeyPair pair = Sm2KeyPair.generate();
      Sm2Certificate certificate = Sm2CertificateBuilder.forKey(pair.publicKey()).subject("CN=HDX demo hospital")
          .validFor(Duration.ofDays(1)).selfSign(pair.privateKey());
      DocumentSigner signer = DocumentSigner.create(pair.privateKey(), certificate);
      List<byte[]> signatures = new ArrayList<>();
      step("sign (SM2/SM3, GM/T 0010)", items.size(), items, item -> signer.sign(item.xml), signatures::add);
      row("sign (SM2/SM3, GM/T 0010 detached)", signatures.size() + " signatures", t, true);

      // 4. register patients
      t = System.nanoTime();
      AtomicLong accepted = new AtomicLong();
      async("register patients", people, p -> client.registerPatientAsync(record(p)), ack -> {
        if (ack.code() == AckCode.AA) {
          accepted.incrementAndGet();
        }
      });
      row("register patients (PlatformClient)", accepted.get() + " of " + people.size() + " accepted", t,
          accepted.get() == people.size());

      // 5. register documents
      t = System.nanoTime();
      AtomicLong registered = new AtomicLong();
      async("register documents", items, item -> client.registerDocumentAsync(entry(item)), ack -> {
        if (ack.code() == AckCode.AA) {
          registered.incrementAndGet();
        }
      });
      row("register documents", registered.get() + " of " + items.size() + " accepted", t,
          registered.get() == items.size());

      // 6. query patients and document lists
      t = System.nanoTime();
      AtomicLong found = new AtomicLong();
      AtomicLong listed = new AtomicLong();
      async("query patients", people, p -> client.queryPatientsAsync(PatientCriteria.builder()
          .localId(localId(p)).build()), r -> found.addAndGet(r.patients().size()));
      async("query document lists", people, p -> client.queryDocumentsAsync(DocumentCriteria.builder()
          .patientId(localId(p)).build()), r -> listed.addAndGet(r.documents().size()));
      row("query patients and document lists", found.get() + " patients, " + listed.get() + " documents listed", t,
          found.get() == people.size() && listed.get() == items.size());

      // 7. retrieve and verify
      t = System.nanoTime();
      List<byte[]> retrieved = new ArrayList<>();
      async("retrieve documents", items, item -> client.retrieveDocumentAsync(item.documentId()), r ->
          retrieved.add(r.documents().isEmpty() || !r.documents().get(0).content().isPresent() ? new byte[0]
              : r.documents().get(0).content().get()));
      long identical = 0;
      for (int i = 0; i < items.size(); i++) {
        identical += Arrays.equals(items.get(i).xml, retrieved.get(i)) ? 1 : 0;
      }
      row("retrieve documents", identical + " of " + items.size() + " byte-identical", t, identical == items.size());
      t = System.nanoTime();
      DocumentVerifier verifier = DocumentVerifier.create(TrustAnchors.of(certificate));
      List<Integer> all = new ArrayList<>();
      for (int i = 0; i < items.size(); i++) {
        all.add(i);
      }
      long[] verified = new long[1];
      step("verify signatures", items.size(), all, i -> verify(verifier, retrieved.get(i), signatures.get(i)),
          ok -> verified[0] += ok ? 1 : 0);
      row("verify signatures over retrieved bytes", verified[0] + " of " + items.size() + " valid", t,
          verified[0] == items.size());

      // 8. de-identify and measure risk
      t = System.nanoTime();
      CdaStreamDeidentifier deid = CdaStreamDeidentifier.create(Deidentifier.builder().policy(Policies.gbt37964())
          .keys(DeidKeys.generate()).build());
      DocumentRecords records = DocumentRecords.of(QUASI);
      RiskAccumulator risk = records.accumulator(Optional.<String>empty(), 5);
      CdaDecoder decoder = CdaDecoder.create();
      long[] deidentified = new long[1];
      step("de-identify (gbt37964)", items.size(), items, item -> deidentify(deid, decoder, item), doc -> {
        deidentified[0]++;
        if (doc.isPresent()) {
          risk.add(records.quasiValues(doc.get()), "", "");
        }
      });
      RiskReport report = risk.report(5, records.hierarchies(), 0.05);
      String toReach = report.reachesTarget() || report.minimalGeneralizations().isEmpty() ? ""
          : "; k >= 5 at " + String.join("/", report.minimalGeneralizations().get(0).levelNames());
      row("de-identify a copy (gbt37964)", deidentified[0] + " documents; k = " + report.k() + " over "
          + report.records() + " patients (birth date/sex/region)" + toReach, t, deidentified[0] == items.size());
    }

    private static boolean verify(DocumentVerifier verifier, byte[] document, byte[] signature) {
      try {
        return Arrays.equals(verifier.verify(document, signature).content(), document);
      } catch (io.hdx.model.HdxException e) {
        return false;
      }
    }

    /** The de-identified document, decoded; for the risk pass only each patient's first document counts. */
    private static Optional<ClinicalDocument> deidentify(CdaStreamDeidentifier deid, CdaDecoder decoder, Item item) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(item.xml.length);
      DeidRun run = deid.engine().newRun();
      deid.deidentify(new ByteArrayInputStream(item.xml), out, run);
      if (item.sample.index() != 0) {
        return Optional.empty();
      }
      return Optional.of(decoder.decode(out.toByteArray()).document());
    }

    private static Identifier localId(SamplePatient p) {
      return Identifier.of(PatientRecord.LOCAL_ID_ROOT, p.localId());
    }

    private static PatientRecord record(SamplePatient p) {
      CodedValue sex = CodedValue.of(p.sex());
      return PatientRecord.builder().addId(localId(p))
          .addPersonId(Identifier.of(PatientRecord.RESIDENT_ID_ROOT, p.residentId()))
          .name(p.name()).addTelecom(p.telecom())
          .gender(Code.of(sex.code(), sex.codeSystem(), sex.displayName()))
          .birthTime(PointInTime.of(p.birthDate()))
          .maritalStatus(code(p.maritalStatus())).ethnicGroup(code(p.ethnicGroup())).occupation(code(p.occupation()))
          .build();
    }

    private static Code code(CodedValue v) {
      return Code.of(v.code(), v.codeSystem(), v.displayName());
    }

    private static DocumentEntry entry(Item item) {
      ClinicalDocument d = item.sample.document();
      return DocumentEntry.builder().documentId(item.documentId())
          .type(Code.of(d.code(), DocumentEntry.DOCUMENT_TYPE_SYSTEM, d.title().orElse(null)))
          .effectiveTime(d.effectiveTime().get()).versionNumber(1)
          .addPatientId(localId(item.sample.patient())).content(item.xml).build();
    }

    // ---- running steps ----

    private <I, O> void step(String label, long total, List<I> inputs, Function<I, O> work,
        java.util.function.Consumer<O> sink) {
      note(label + " ...");
      try (ProgressBar progress = console.progress(label, total)) {
        InOrder.run(inputs, work, o -> {
          sink.accept(o);
          progress.step();
        }, "hdx-demo");
      }
    }

    /** Sends one request per input, at most a few in flight; answers reach {@code sink} in input order. */
    private <I, O> void async(String label, List<I> inputs, Function<I, CompletableFuture<O>> call,
        java.util.function.Consumer<O> sink) {
      note(label + " ...");
      int window = 64;
      try (ProgressBar progress = console.progress(label, inputs.size())) {
        List<CompletableFuture<O>> inFlight = new ArrayList<>();
        int next = 0;
        int done = 0;
        while (done < inputs.size()) {
          while (next < inputs.size() && next - done < window) {
            inFlight.add(call.apply(inputs.get(next++)));
          }
          try {
            sink.accept(inFlight.get(done).get());
          } catch (ExecutionException e) {
            failed = true;
            Throwable cause = e.getCause();
            console.err().println("hdx demo: " + label + ": " + (cause instanceof io.hdx.model.HdxException
                ? cause.getMessage() : cause.getClass().getName()));
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
          }
          inFlight.set(done, null);
          done++;
          progress.step();
        }
      }
    }

    private void note(String text) {
      console.err().println(text);
      console.err().flush();
    }

    private void row(String step, String result, long startNanos, boolean ok) {
      long ms = (System.nanoTime() - startNanos) / 1_000_000;
      rows.add(new String[] {ok ? "ok" : "FAILED", step, result, ms + " ms"});
      failed |= !ok;
      console.err().println("  " + (ok ? "ok" : "FAILED") + "  " + step + ": " + result + " (" + ms + " ms)");
      console.err().flush();
    }

    private void table(long totalMs) {
      int[] width = new int[4];
      for (String[] r : rows) {
        for (int i = 0; i < 4; i++) {
          width[i] = Math.max(width[i], display(r[i]));
        }
      }
      console.out().println();
      console.out().println("hdx demo summary (seed " + seed + ")");
      for (String[] r : rows) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < 4; i++) {
          line.append(r[i]);
          for (int pad = display(r[i]); pad < width[i] + 2 && i < 3; pad++) {
            line.append(' ');
          }
        }
        console.out().println(line.toString().replaceAll("\\s+$", ""));
      }
      console.out().println(String.format(Locale.ROOT, "total %.1f s: %s", totalMs / 1000.0,
          failed ? "FAILED" : "every step succeeded"));
    }

    /** Width on a terminal: CJK characters take two columns. */
    private static int display(String s) {
      int w = 0;
      for (int i = 0; i < s.length(); i++) {
        w += s.charAt(i) >= 0x2E80 ? 2 : 1;
      }
      return w;
    }
  }

  /** A generated document and its XML. */
  private static final class Item {
    final SampleDocument sample;
    final byte[] xml;

    Item(SampleDocument sample, byte[] xml) {
      this.sample = sample;
      this.xml = xml;
    }

    Identifier documentId() {
      return Identifier.of(DocumentEntry.DOCUMENT_ID_ROOT, sample.document().id().get().extension().get());
    }
  }
}
