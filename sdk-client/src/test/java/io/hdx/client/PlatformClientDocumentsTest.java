package io.hdx.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.codec.v3.AckCode;
import io.hdx.codec.v3.Code;
import io.hdx.codec.v3.DocumentEntry;
import io.hdx.codec.v3.DocumentQueryResponse;
import io.hdx.codec.v3.Identifier;
import io.hdx.codec.v3.PatientQueryResponse;
import io.hdx.codec.v3.PatientRecord;
import io.hdx.codec.v3.QueryResponseCode;
import io.hdx.model.datatype.PointInTime;
import io.hdx.testkit.PlatformSimulator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/** Patient merge and the document services, client against simulator. */
class PlatformClientDocumentsTest {
  private static final Identifier L1 = Identifier.of(PatientRecord.LOCAL_ID_ROOT, "L1");
  private static final Identifier L2 = Identifier.of(PatientRecord.LOCAL_ID_ROOT, "L2");
  private static final Code C0002 = Code.of("C0002", DocumentEntry.DOCUMENT_TYPE_SYSTEM, "门(急)诊病历");

  static byte[] cda() {
    try (InputStream in = PlatformClientDocumentsTest.class.getResourceAsStream("/v3/C0002-sample.xml")) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[8192];
      int n;
      while ((n = in.read(buf)) > 0) {
        out.write(buf, 0, n);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static DocumentEntry document(String id, Identifier patient, byte[] content) {
    return DocumentEntry.builder().documentId(Identifier.of(DocumentEntry.DOCUMENT_ID_ROOT, id)).type(C0002)
        .effectiveTime(PointInTime.parse("20240312")).versionNumber(1).addPatientId(patient).content(content).build();
  }

  private static PlatformClient client(PlatformSimulator p) {
    return PlatformClient.builder().endpoint(p.endpoint()).senderId("HIS-D").build();
  }

  @Test
  void registerDocument_thenListAndRetrieve() {
    try (PlatformSimulator platform = PlatformSimulator.start(); PlatformClient client = client(platform)) {
      client.registerPatient(PlatformClientTest.patient("L1", "R1", "文档甲"));
      assertEquals(AckCode.AA, client.registerDocument(document("D1", L1, cda())).code());

      DocumentQueryResponse list = client.queryDocuments(DocumentCriteria.builder().patientId(L1).type(C0002)
          .effectiveLow(PointInTime.parse("20240101")).effectiveHigh(PointInTime.parse("20241231")).build());
      assertEquals("RCMR_IN000030UV01", list.header().interactionId());
      assertEquals(1, list.documents().size());
      assertFalse(list.documents().get(0).content().isPresent(), "a list carries metadata only");
      assertEquals(QueryResponseCode.NF, client.queryDocuments(DocumentCriteria.builder().patientId(L1)
          .effectiveLow(PointInTime.parse("20250101")).build()).responseCode());

      DocumentQueryResponse one = client.retrieveDocument(Identifier.of(DocumentEntry.DOCUMENT_ID_ROOT, "D1"));
      assertEquals("RCMR_IN000032UV01", one.header().interactionId());
      assertArrayEquals(cda(), one.documents().get(0).content().get());
      assertEquals(QueryResponseCode.NF,
          client.retrieveDocument(Identifier.of(DocumentEntry.DOCUMENT_ID_ROOT, "nope")).responseCode());

      PlatformException again = assertThrows(PlatformException.class,
          () -> client.registerDocument(document("D1", L1, cda())));
      assertTrue(again.ackDetail().get().startsWith("SIM-0305"), again.ackDetail().get());
      assertEquals(AckCode.AA, client.registerDocument(document("D1", L1, cda()).toBuilder().versionNumber(2).build())
          .code());
    }
  }

  @Test
  void invalidCda_aeWithRuleAndXPath() {
    try (PlatformSimulator platform = PlatformSimulator.start(); PlatformClient client = client(platform)) {
      client.registerPatient(PlatformClientTest.patient("L1", "R1", "文档甲"));
      byte[] broken = new String(cda(), StandardCharsets.UTF_8)
          .replace("<effectiveTime value=\"20240312101500\"/>", "<effectiveTime value=\"2024X312\"/>")
          .getBytes(StandardCharsets.UTF_8);
      PlatformException e = assertThrows(PlatformException.class,
          () -> client.registerDocument(document("D2", L1, broken)));
      assertEquals(AckCode.AE, e.ackCode().get());
      String detail = e.ackDetail().get();
      assertTrue(detail.startsWith("SIM-0302"), detail);
      assertTrue(detail.contains("/ClinicalDocument/effectiveTime"), detail);
      assertFalse(detail.contains("2024X312"), detail);

      PlatformException wrongType = assertThrows(PlatformException.class, () -> client.registerDocument(
          document("D3", L1, cda()).toBuilder().type(Code.of("C0004", DocumentEntry.DOCUMENT_TYPE_SYSTEM, null))
              .build()));
      assertTrue(wrongType.ackDetail().get().startsWith("SIM-0303"), wrongType.ackDetail().get());
    }
  }

  @Test
  void documentOfUnknownPatient_ae() {
    try (PlatformSimulator platform = PlatformSimulator.start(); PlatformClient client = client(platform)) {
      PlatformException e = assertThrows(PlatformException.class,
          () -> client.registerDocument(document("D9", L1, cda())));
      assertTrue(e.ackDetail().get().startsWith("SIM-0304"), e.ackDetail().get());
    }
  }

  @Test
  void merge_movesIdsAndDocumentsToTheSurvivor() {
    try (PlatformSimulator platform = PlatformSimulator.start(); PlatformClient client = client(platform)) {
      client.registerPatient(PlatformClientTest.patient("L1", "R1", "合并甲"));
      client.registerPatient(PlatformClientTest.patient("L2", "R2", "合并乙"));
      client.registerDocument(document("D2", L2, cda()));
      assertEquals(AckCode.AA, client.mergePatient(PlatformClientTest.patient("L1", "R1", "合并甲"),
          Collections.singletonList(L2)).code());

      PatientQueryResponse byOldId = client.queryPatients(PatientCriteria.builder().localId(L2).build());
      assertEquals(1, byOldId.patients().size());
      PatientRecord survivor = byOldId.patients().get(0);
      assertTrue(survivor.ids().contains(L1) && survivor.ids().contains(L2), "both local ids on the survivor");
      assertEquals("合并甲", survivor.name().get());
      assertEquals(QueryResponseCode.NF,
          client.queryPatients(PatientCriteria.builder().name("合并乙").build()).responseCode(),
          "the merged-away patient is no longer found");
      assertEquals(1, client.queryDocuments(DocumentCriteria.builder().patientId(L1).build()).documents().size());

      PlatformException unknown = assertThrows(PlatformException.class, () -> client.mergePatient(
          PlatformClientTest.patient("L1", "R1", "合并甲"), Collections.singletonList(
              Identifier.of(PatientRecord.LOCAL_ID_ROOT, "L404"))));
      assertTrue(unknown.ackDetail().get().startsWith("SIM-0205"), unknown.ackDetail().get());
    }
  }
}
