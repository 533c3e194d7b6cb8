package io.hdx.examples;

import io.hdx.codec.cda.CdaDecoder;
import io.hdx.codec.cda.CdaEncoder;
import io.hdx.deid.risk.DocumentRecords;
import io.hdx.deid.stream.CdaStreamDeidentifier;
import io.hdx.security.deid.DeidKeys;
import io.hdx.security.deid.DeidRun;
import io.hdx.security.deid.Deidentifier;
import io.hdx.security.deid.Policies;
import io.hdx.security.deid.RiskAccumulator;
import io.hdx.security.deid.RiskReport;
import io.hdx.testkit.SampleData;
import io.hdx.testkit.SampleDocument;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Optional;

/**
 * Task: hand a de-identified copy to a research database. De-identifies 200 synthetic 住院病案首页 with the
 * {@code research} preset (pseudonyms under a key the hospital keeps, dates shifted, quasi-identifiers
 * generalized), streaming each CDA document, and measures the copy's re-identification risk: k-anonymity over
 * birth date, sex and region, with the generalizations that would reach k = 5. Prints the manifest (counts per
 * action, never a value) and the risk report.
 *
 * <p>Run: {@code mvn -B -q -pl examples -am test -Dtest=ExamplesTest -Dsurefire.failIfNoSpecifiedTests=false}
 * runs every example; or run {@code io.hdx.examples.DeidentifyForResearch} from an IDE.
 *
 * @since 0.1.0
 */
public final class DeidentifyForResearch {
  private DeidentifyForResearch() {}

  /** De-identifies, then reports the risk. */
  public static void main(String[] args) {
    System.out.print(run(200).toText());
  }

  /** The risk report of {@code count} de-identified front pages. */
  static RiskReport run(int count) {
    Deidentifier engine = Deidentifier.builder().policy(Policies.research()).keys(DeidKeys.generate()).build();
    CdaStreamDeidentifier stream = CdaStreamDeidentifier.create(engine);
    DocumentRecords records = DocumentRecords.of(Arrays.asList("DE02.01.005.01", "DE02.01.040.00",
        DocumentRecords.REGION));
    RiskAccumulator risk = records.accumulator(Optional.<String>empty(), 5);
    DeidRun run = engine.newRun();
    SampleData data = SampleData.withSeed(2024);
    for (int i = 0; i < count; i++) {
      SampleDocument d = data.document("C0032", i);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      stream.deidentify(new ByteArrayInputStream(CdaEncoder.create().encode(d.document())), out, run);
      risk.add(records.quasiValues(CdaDecoder.create().decode(out.toByteArray()).document()), "", "doc" + i);
    }
    System.out.print(run.manifest().toText());
    return risk.report(5, records.hierarchies(), 0.05);
  }
}
