package io.hdx.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.security.deid.RiskReport;
import org.junit.jupiter.api.Test;

/** Every example program runs and reaches its happy end (so that README's examples keep working). */
class ExamplesTest {
  @Test
  void buildAndValidate_valid() {
    assertTrue(BuildAndValidate.run());
  }

  @Test
  void readVendorDocument_vendorElementKeptAndDocumentValid() {
    assertTrue(ReadVendorDocument.read(ReadVendorDocument.vendorSample()));
  }

  @Test
  void signAndVerify_verifiesAndRefusesTamperedCopy() {
    assertTrue(SignAndVerify.run());
  }

  @Test
  void deidentifyForResearch_reportsOverEveryDocument() {
    RiskReport report = DeidentifyForResearch.run(20);
    assertTrue(report.records() == 20, report.toText());
  }

  @Test
  void registerAndQueryPatient_foundTwice() {
    assertTrue(RegisterAndQueryPatient.run());
  }
}
