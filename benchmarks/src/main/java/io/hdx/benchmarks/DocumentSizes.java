package io.hdx.benchmarks;

import ca.uhn.fhir.context.FhirContext;
import io.hdx.codec.cda.CdaEncoder;
import io.hdx.model.document.ClinicalDocument;
import java.nio.charset.StandardCharsets;
import org.hl7.fhir.r4.model.Bundle;

/**
 * Prints the byte size of each {@link CodecBenchmark} document as CDA XML and as FHIR XML, and the number
 * of resources in its Bundle: {@code java -cp benchmarks/target/benchmarks.jar io.hdx.benchmarks.DocumentSizes}.
 *
 * <p>Thread safety: a program; no shared state.
 *
 * @since 0.1.0
 */
public final class DocumentSizes {
  private DocumentSizes() {}

  /** Prints one line per document. */
  public static void main(String[] args) {
    FhirContext fhir = FhirContext.forR4();
    print("outpatient", SampleDocuments.outpatient(), fhir);
    print("inpatientFrontPage", SampleDocuments.inpatientFrontPage(), fhir);
  }

  private static void print(String name, ClinicalDocument cda, FhirContext fhir) {
    Bundle bundle = FhirDocuments.bundle(cda);
    int cdaBytes = CdaEncoder.create().encode(cda).length;
    int fhirBytes = fhir.newXmlParser().encodeResourceToString(bundle).getBytes(StandardCharsets.UTF_8).length;
    int entries = 0;
    for (io.hdx.model.document.Section s : cda.sections()) {
      entries += count(s.entries());
    }
    System.out.println(name + " (" + cda.code() + "): CDA XML " + cdaBytes + " bytes, " + entries
        + " entries; FHIR XML " + fhirBytes + " bytes, " + bundle.getEntry().size() + " resources");
  }

  private static int count(java.util.List<io.hdx.model.document.Entry> entries) {
    int n = 0;
    for (io.hdx.model.document.Entry e : entries) {
      n += 1 + count(e.components());
    }
    return n;
  }
}
