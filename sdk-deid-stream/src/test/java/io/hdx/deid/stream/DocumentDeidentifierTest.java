package io.hdx.deid.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.codec.cda.CdaDecoder;
import io.hdx.codec.cda.CdaEncoder;
import io.hdx.model.document.ClinicalDocument;
import io.hdx.model.document.wst500.AdmissionRecord;
import io.hdx.model.spec.DocumentSpec;
import io.hdx.security.deid.Action;
import io.hdx.security.deid.DeidRun;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Typed and decoded documents de-identified by the same rules as their raw XML. */
class DocumentDeidentifierTest {
  private static final DocumentDeidentifier DEID = DocumentDeidentifier.create(AllDocumentTypesProperties.GBT_A);

  @Test
  void decodedDocument_sameResultAsTheStream_identifiersAndVendorContentGone() {
    for (int i = 0; i < AllDocumentTypesProperties.SPECS.size(); i += 9) {
      DocumentSpec spec = AllDocumentTypesProperties.SPECS.get(i);
      PlantedDocuments.Planted planted = new PlantedDocuments(i).document(spec);
      ClinicalDocument decoded = CdaDecoder.create().decode(planted.xml).document();
      DeidRun run = DEID.engine().newRun();
      ClinicalDocument out = DEID.deidentify(decoded, run);
      assertEquals(1, run.manifest().documents());
      assertTrue(run.manifest().count(Action.PSEUDONYMIZE) > 0);
      String xml = new String(CdaEncoder.create().encode(out), StandardCharsets.UTF_8);
      for (String identifier : planted.identifiers) {
        assertFalse(xml.contains(identifier), spec.code() + ": " + identifier);
      }
      assertFalse(xml.contains("urn:vendor:his"), spec.code() + ": vendor content kept by the decoder is removed");
      byte[] viaStream = AllDocumentTypesProperties.deid(DEID.engine(), CdaEncoder.create().encode(decoded));
      assertEquals(CdaDecoder.create().decode(viaStream).document(), out, spec.code());
    }
  }

  @Test
  void typedDocument_staysTyped_patientPseudonymized() {
    PlantedDocuments.Planted planted = new PlantedDocuments(7).document(AdmissionRecord.documentSpec());
    AdmissionRecord record = AdmissionRecord.from(CdaDecoder.create().decode(planted.xml).document());
    AdmissionRecord out = DEID.deidentify(record, DEID.engine().newRun());
    String name = record.patient().get().name().get();
    assertEquals(planted.identifiers.get(0), name);
    assertTrue(out.patient().get().name().isPresent());
    assertNotEquals(name, out.patient().get().name().get());
    assertFalse(out.chiefComplaint().orElse("").contains(name), "free text scanned");
    assertEquals(record.chiefComplaint().isPresent(), out.chiefComplaint().isPresent());
  }
}
