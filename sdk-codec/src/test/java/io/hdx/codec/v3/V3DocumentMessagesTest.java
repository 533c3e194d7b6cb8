package io.hdx.codec.v3;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hdx.codec.CodecException;
import io.hdx.model.datatype.PointInTime;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Merge and document messages: the national-style samples decode; every type round-trips in both styles. */
class V3DocumentMessagesTest {
  private final V3Decoder decoder = V3Decoder.create();
  private static final byte[] CDA = "<ClinicalDocument xmlns=\"urn:hl7-org:v3\"/>".getBytes(StandardCharsets.UTF_8);

  static byte[] registration(byte[] cda) {
    return new String(TestMessages.resource("RCMR_IN000002UV02-national.xml"), StandardCharsets.UTF_8)
        .replace("@CDA_BASE64@", Base64.getEncoder().encodeToString(cda)).getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void merge_nationalSample_survivorAndMergedId_trailingSpaceInInteractionIdTrimmed() {
    PatientMerge m = decoder.decode(TestMessages.resource("PRPA_IN201304UV02-national.xml"), PatientMerge.class);
    assertEquals("PRPA_IN201304UV02", m.header().interactionId());
    assertEquals(Identifier.of(PatientRecord.LOCAL_ID_ROOT, "P0001"), m.survivor().ids().get(0));
    assertEquals(Collections.singletonList(Identifier.of(PatientRecord.LOCAL_ID_ROOT, "P0002")), m.mergedIds());
  }

  @Test
  void documentRegistration_nationalSample_metadataAndContent() {
    DocumentRegistration r = decoder.decode(registration(CDA), DocumentRegistration.class);
    DocumentEntry d = r.document();
    assertEquals(Identifier.of(DocumentEntry.DOCUMENT_ID_ROOT, "DOC-0001"), d.documentId());
    assertEquals(Code.of("C0004", DocumentEntry.DOCUMENT_TYPE_SYSTEM, "文档类型代码", "西药处方"), d.type());
    assertEquals("20240501", d.effectiveTime().get().literal());
    assertEquals("N", d.confidentiality().get().code());
    assertEquals(1, d.versionNumber().get());
    assertArrayEquals(CDA, d.content().get());
    assertEquals(Arrays.asList(Identifier.of(PatientRecord.LOCAL_ID_ROOT, "P0001"),
        Identifier.of("2.16.156.10011.1.11", "MZ0001")), d.patientIds());
    assertEquals("测试甲", d.patientName().get());
    assertEquals("测试医院", d.providerOrganizationName().get());
  }

  @Test
  void documentRegistration_contentNotBase64_v30101() {
    byte[] xml = new String(TestMessages.resource("RCMR_IN000002UV02-national.xml"), StandardCharsets.UTF_8)
        .replace("@CDA_BASE64@", "原始文本").getBytes(StandardCharsets.UTF_8);
    CodecException e = assertThrows(CodecException.class, () -> decoder.decode(xml));
    assertEquals("V3-0101", e.errorCode());
    assertEquals("/RCMR_IN000002UV02/controlActProcess/subject/clinicalDocument/storageCode/originalText/@value",
        e.xpath());
  }

  @Test
  void documentQueries_nationalSamples() {
    DocumentQuery list = decoder.decode(TestMessages.resource("RCMR_IN000029UV01-national.xml"), DocumentQuery.class);
    assertEquals("18204", list.queryId());
    assertEquals("C0004", list.type().get().code());
    assertEquals("20000101", list.effectiveLow().get().literal());
    assertEquals("20301231", list.effectiveHigh().get().literal());
    assertEquals(2, list.patientIds().size());
    DocumentQuery one = decoder.decode(TestMessages.resource("RCMR_IN000031UV01-national.xml"), DocumentQuery.class);
    assertEquals(Interaction.RCMR_IN000031UV01, one.header().interaction().get());
    assertEquals(Identifier.of(DocumentEntry.DOCUMENT_ID_ROOT, "DOC-0001"), one.documentId().get());
  }

  @ParameterizedTest
  @EnumSource(V3Style.class)
  void everyNewMessage_roundTrips(V3Style style) {
    V3Encoder encoder = V3Encoder.create(style);
    PatientMerge merge = PatientMerge.of(TestMessages.header(Interaction.PRPA_IN201304UV02, "m"), TestMessages.aPatient(),
        Arrays.asList(Identifier.of(PatientRecord.LOCAL_ID_ROOT, "P2"), Identifier.of(PatientRecord.LOCAL_ID_ROOT, "P3")));
    assertEquals(merge, decoder.decode(encoder.encode(merge)));
    DocumentEntry entry = decoder.decode(registration(CDA), DocumentRegistration.class).document();
    DocumentRegistration reg = DocumentRegistration.of(TestMessages.header(Interaction.RCMR_IN000002UV02, "d"), entry);
    assertEquals(reg, decoder.decode(encoder.encode(reg)));
    DocumentQuery q = DocumentQuery.builder().header(TestMessages.header(Interaction.RCMR_IN000029UV01, "q"))
        .queryId("q").type(entry.type()).effectiveLow(PointInTime.parse("20240101"))
        .effectiveHigh(PointInTime.parse("20241231")).addPatientId(entry.patientIds().get(0))
        .addPatientId(entry.patientIds().get(1)).build();
    assertEquals(q, decoder.decode(encoder.encode(q)));
    DocumentQuery r = DocumentQuery.builder().header(TestMessages.header(Interaction.RCMR_IN000031UV01, "r"))
        .queryId("r").documentId(entry.documentId()).build();
    assertEquals(r, decoder.decode(encoder.encode(r)));
    for (String id : Arrays.asList("RCMR_IN000030UV01", "RCMR_IN000032UV01")) {
      DocumentQueryResponse found = DocumentQueryResponse.of(
          TestMessages.header(Interaction.MCCI_IN000002UV01, "x").toBuilder().interactionId(id).build(), AckCode.AA,
          Identifier.of(MessageHeader.MESSAGE_ID_ROOT, "q"), "ok", "q", QueryResponseCode.OK,
          Arrays.asList(entry, entry.toBuilder().content(null).build()));
      assertEquals(found, decoder.decode(encoder.encode(found)));
      DocumentQueryResponse none = DocumentQueryResponse.of(found.header(), AckCode.AA, found.targetMessageId(), null,
          "q", QueryResponseCode.NF, Collections.<DocumentEntry>emptyList());
      assertEquals(none, decoder.decode(encoder.encode(none)));
    }
  }
}
