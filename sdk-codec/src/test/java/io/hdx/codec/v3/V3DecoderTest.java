package io.hdx.codec.v3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.codec.CodecException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class V3DecoderTest {
  private final V3Decoder decoder = V3Decoder.create();

  @Test
  void decode_nationalStyleRegistration_readsWrapperAndPatient() {
    PatientRegistration r = decoder.decode(TestMessages.resource("PRPA_IN201311UV02-national.xml"),
        PatientRegistration.class);
    MessageHeader h = r.header();
    assertEquals("6f1c2a10-0000-4000-8000-000000000001", h.messageId().extensionOrEmpty());
    assertEquals(MessageHeader.MESSAGE_ID_ROOT, h.messageId().root());
    assertEquals("20240116112855", h.creationTime().literal());
    assertEquals(Interaction.PRPA_IN201311UV02, h.interaction().get());
    assertEquals(ProcessingCode.P, h.processingCode());
    assertFalse(h.processingModeCode().isPresent());
    assertEquals(AcceptAckCode.AL, h.acceptAckCode());
    assertEquals("HIS-A", h.sender().extensionOrEmpty());
    assertEquals("PLATFORM", h.receiver().extensionOrEmpty());

    PatientRecord p = r.patient();
    assertEquals(Identifier.of(PatientRecord.LOCAL_ID_ROOT, "P0001"), p.ids().get(0));
    assertEquals("20240101090101", p.effectiveTime().get().literal());
    assertEquals(Identifier.of(PatientRecord.RESIDENT_ID_ROOT, "11010519491231002X"), p.personIds().get(0));
    assertEquals("01", p.idCategory().get().code());
    assertEquals("测试甲", p.name().get());
    assertEquals("010-00000000", p.telecoms().get(0));
    assertEquals(Code.of("2", "2.16.156.10011.2.3.3.4", "女性"), p.gender().get());
    assertEquals("19491231", p.birthTime().get().literal());
    assertEquals(8, p.address().size());
    assertEquals(AddressPart.of(AddressPart.Type.ZIP, "100000"), p.address().get(7));
    assertEquals("10", p.maritalStatus().get().code());
    assertEquals(Code.of("01", "2.16.156.10011.2.3.3.3", "汉族"), p.ethnicGroup().get());
    assertEquals("13", p.occupation().get().code());
    assertEquals("测试单位", p.employerName().get());
    assertEquals("010-11111111", p.employerTelecom().get());
    assertEquals("HC0001", p.otherIds().get(0).id().extensionOrEmpty());
    assertEquals("ORG001", p.otherIds().get(0).scopingOrganization().get().extensionOrEmpty());
    assertEquals("配偶", p.contacts().get(0).relationship().get().displayName().get());
    assertEquals("测试乙", p.contacts().get(0).name().get());
    assertEquals("测试医院", p.providerOrganizationName().get());
    assertEquals("1", p.insuranceType().get().code());
    assertEquals("登记员", r.authorName().get());
    assertEquals("U001", r.authorId().get().extensionOrEmpty());
  }

  @Test
  void decode_r1StyleRegistration_readsSameFields() {
    PatientRegistration r = decoder.decode(TestMessages.resource("PRPA_IN201311UV02-r1.xml"),
        PatientRegistration.class);
    assertEquals(ProcessingModeCode.R, r.header().processingModeCode().get());
    assertEquals("2.16.840.1.113883.1.6", r.header().interactionIdRoot());
    assertEquals("HIS-B", r.header().sender().extensionOrEmpty());
    PatientRecord national = decoder.decode(TestMessages.resource("PRPA_IN201311UV02-national.xml"),
        PatientRegistration.class).patient();
    PatientRecord p = r.patient();
    assertEquals(Identifier.of("2.16.156.10011.0.2.2", "B-77"), p.ids().get(0));
    assertEquals(national.personIds(), p.personIds());
    assertEquals(national.name(), p.name());
    assertEquals(national.gender(), p.gender());
    assertEquals(national.birthTime().get().literal(), p.birthTime().get().literal());
    assertEquals(national.address(), p.address());
    assertEquals(national.maritalStatus(), p.maritalStatus());
    assertEquals(national.ethnicGroup(), p.ethnicGroup());
    assertEquals(national.employerName(), p.employerName());
    assertEquals(national.employerTelecom(), p.employerTelecom());
    assertEquals(national.otherIds(), p.otherIds());
    assertFalse(p.contacts().get(0).relationship().isPresent(), "<code/> without a code is no code");
    assertEquals("测试乙", p.contacts().get(0).name().get());
  }

  @Test
  void decode_nationalStyleQuery_readsParameters() {
    PatientQuery q = decoder.decode(TestMessages.resource("PRPA_IN201305UV02-national.xml"), PatientQuery.class);
    assertEquals("6f1c2a10-0000-4000-8000-000000000003", q.queryId());
    assertEquals(2, q.initialQuantity().get());
    assertEquals(100, q.minimumDegreeMatch().get());
    assertEquals(Identifier.of(PatientRecord.LOCAL_ID_ROOT, "P0001"), q.localId().get());
    assertEquals(Identifier.of(PatientRecord.RESIDENT_ID_ROOT, "11010519491231002X"), q.personId().get());
    assertEquals("测试甲", q.name().get());
    assertEquals("2", q.gender().get().code());
  }

  @Test
  void decode_ackInOlderStyleWithOtherRootName_readsAsAcknowledgement() {
    String xml = "<PRPA_IN201312UV02 xmlns=\"urn:hl7-org:v3\" ITSVersion=\"XML_1.0\">"
        + "<id root=\"2.16.156.10011.0\" extension=\"a1\"/><creationTime value=\"20070803010624\"/>"
        + "<interactionId root=\"2.16.840.1.113883.1.6\" extension=\"PRPA_IN201312UV02\"/>"
        + "<processingCode code=\"P\"/><processingModeCode code=\"R\"/><acceptAckCode code=\"NE\"/>"
        + "<receiver typeCode=\"RCV\"><device classCode=\"DEV\" determinerCode=\"INSTANCE\"><id root=\"2.16.156.10011.0.1.2\" extension=\"H\"/></device></receiver>"
        + "<sender typeCode=\"SND\"><device classCode=\"DEV\" determinerCode=\"INSTANCE\"><id root=\"2.16.156.10011.0.1.1\" extension=\"P\"/></device></sender>"
        + "<acknowledgement typeCode=\"AA\"><targetMessage><id root=\"2.16.156.10011.0\" extension=\"m1\"/></targetMessage>"
        + "<acknowledgementDetail><text>注册成功</text></acknowledgementDetail></acknowledgement></PRPA_IN201312UV02>";
    Acknowledgement a = decoder.decode(xml.getBytes(StandardCharsets.UTF_8), Acknowledgement.class);
    assertEquals(AckCode.AA, a.code());
    assertEquals("m1", a.targetMessageId().extensionOrEmpty());
    assertEquals("注册成功", a.detail().get());
  }

  @Test
  void decode_doctype_refusedWithoutEcho() {
    String xml = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
        + "<PRPA_IN201311UV02 xmlns=\"urn:hl7-org:v3\">&e;</PRPA_IN201311UV02>";
    CodecException e = assertThrows(CodecException.class, () -> decoder.decode(xml.getBytes(StandardCharsets.UTF_8)));
    assertTrue(e.errorCode().startsWith("V3-000"), e.errorCode());
    assertFalse(e.getMessage().contains("passwd"));
  }

  @Test
  void decode_missingMessageId_namesXPath() {
    String xml = new String(TestMessages.resource("PRPA_IN201311UV02-national.xml"), StandardCharsets.UTF_8)
        .replace("<id root=\"2.16.156.10011.2.5.1.1\" extension=\"6f1c2a10-0000-4000-8000-000000000001\"/>", "");
    CodecException e = assertThrows(CodecException.class, () -> decoder.decode(xml.getBytes(StandardCharsets.UTF_8)));
    assertEquals("V3-0102", e.errorCode());
    assertEquals("/PRPA_IN201311UV02/id", e.xpath());
  }

  @Test
  void decode_badBirthTime_v30101WithoutValue() {
    String xml = new String(TestMessages.resource("PRPA_IN201311UV02-national.xml"), StandardCharsets.UTF_8)
        .replace("19491231", "1949X231");
    CodecException e = assertThrows(CodecException.class, () -> decoder.decode(xml.getBytes(StandardCharsets.UTF_8)));
    assertEquals("V3-0101", e.errorCode());
    assertTrue(e.xpath().endsWith("/patientPerson/birthTime/@value"), e.xpath());
    assertFalse(e.getMessage().contains("1949X231"));
  }

  @Test
  void decode_unknownProcessingCode_v30101() {
    String xml = new String(TestMessages.resource("PRPA_IN201311UV02-national.xml"), StandardCharsets.UTF_8)
        .replace("<processingCode code=\"P\"/>", "<processingCode code=\"X\"/>");
    CodecException e = assertThrows(CodecException.class, () -> decoder.decode(xml.getBytes(StandardCharsets.UTF_8)));
    assertEquals("V3-0101", e.errorCode());
    assertEquals("/PRPA_IN201311UV02/processingCode/@code", e.xpath());
  }

  @Test
  void decode_notHl7Namespace_v30010() {
    CodecException e = assertThrows(CodecException.class,
        () -> decoder.decode("<PRPA_IN201311UV02/>".getBytes(StandardCharsets.UTF_8)));
    assertEquals("V3-0010", e.errorCode());
  }

  @Test
  void decodeHeader_invalidPayload_stillReadsWrapper() {
    String xml = new String(TestMessages.resource("PRPA_IN201311UV02-national.xml"), StandardCharsets.UTF_8)
        .replace("19491231", "1949X231");
    MessageHeader h = decoder.decodeHeader(xml.getBytes(StandardCharsets.UTF_8));
    assertEquals("6f1c2a10-0000-4000-8000-000000000001", h.messageId().extensionOrEmpty());
  }
}
