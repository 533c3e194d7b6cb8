package io.hdx.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.codec.v3.AckCode;
import io.hdx.codec.v3.Acknowledgement;
import io.hdx.codec.v3.Identifier;
import io.hdx.codec.v3.PatientQueryResponse;
import io.hdx.codec.v3.PatientRecord;
import io.hdx.codec.v3.QueryResponseCode;
import io.hdx.codec.v3.V3Decoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlatformSimulatorTest {
  private static final String SOAP11 = "text/xml; charset=utf-8";
  private static final String SOAP12 = "application/soap+xml; charset=utf-8";
  private final V3Decoder decoder = V3Decoder.create();

  private static String text(String name) {
    return new String(Http.resource(name), StandardCharsets.UTF_8);
  }

  private static byte[] withId(String name, String messageId) {
    return text(name).replaceFirst("extension=\"6f1c2a10-0000-4000-8000-00000000000[0-9]\"",
        "extension=\"" + messageId + "\"").getBytes(StandardCharsets.UTF_8);
  }

  private Acknowledgement ack(Http.Response r) {
    assertEquals(200, r.status, r.body);
    return decoder.decode(Http.unwrap(r.body).getBytes(StandardCharsets.UTF_8), Acknowledgement.class);
  }

  @Test
  void realWorldStyleRegistration_overSoap11_getsAa_andQueryFindsPatient() {
    try (PlatformSimulator platform = PlatformSimulator.start()) {
      Acknowledgement a = ack(Http.post(platform.endpoint(), SOAP11,
          Http.soap11("PatientInfoRegister", Http.resource("PRPA_IN201311UV02-national.xml"))));
      assertEquals(AckCode.AA, a.code(), a.detail().orElse(""));
      assertEquals("6f1c2a10-0000-4000-8000-000000000001", a.targetMessageId().extensionOrEmpty());
      assertEquals("MCCI_IN000002UV01", a.header().interactionId());
      assertEquals("HIS-A", a.header().receiver().extensionOrEmpty());

      Http.Response r = Http.post(platform.endpoint(), SOAP11,
          Http.soap11("PatientInfoQuery", Http.resource("PRPA_IN201305UV02-national.xml")));
      PatientQueryResponse q = decoder.decode(Http.unwrap(r.body).getBytes(StandardCharsets.UTF_8),
          PatientQueryResponse.class);
      assertEquals("PRPA_IN201306UV02", q.header().interactionId());
      assertEquals(QueryResponseCode.OK, q.responseCode());
      assertEquals(1, q.patients().size());
      PatientRecord p = q.patients().get(0);
      assertEquals("测试甲", p.name().get());
      assertTrue(p.ids().contains(Identifier.of(PatientRecord.LOCAL_ID_ROOT, "P0001")));
      assertTrue(p.ids().get(0).extensionOrEmpty().startsWith("P"));
      assertEquals(Identifier.of(PatientRecord.RESIDENT_ID_ROOT, "11010519491231002X"), p.personIds().get(0));
    }
  }

  @Test
  void everySpelling_andPlainPost_andR1Style_accepted() {
    try (PlatformSimulator platform = PlatformSimulator.start()) {
      assertEquals(AckCode.AA, ack(Http.post(platform.endpoint(), SOAP12, Http.soap12("input1", "input2",
          "PatientInfoRegister", withId("PRPA_IN201311UV02-national.xml", "m-1")))).code());
      assertEquals(AckCode.AA, ack(Http.post(platform.endpoint(), SOAP12, Http.soap12("InputString", "InputContent",
          "PRPA_IN201311UV02", withId("PRPA_IN201311UV02-national.xml", "m-2")))).code());
      Http.Response plain = Http.post(platform.endpoint(), "application/xml",
          withId("PRPA_IN201311UV02-national.xml", "m-3"));
      assertEquals(200, plain.status);
      assertEquals(AckCode.AA, decoder.decode(plain.body.getBytes(StandardCharsets.UTF_8), Acknowledgement.class).code());
      Acknowledgement r1 = ack(Http.post(platform.endpoint(), SOAP11,
          Http.soap11("PatientInfoRegister", Http.resource("PRPA_IN201311UV02-r1.xml"))));
      assertEquals(AckCode.AA, r1.code(), r1.detail().orElse(""));
      // HIS-A and HIS-B registered the same resident ID: one platform patient, two systems' ids cross-referenced
      assertEquals(1, platform.patientCount());
      assertEquals(4, platform.appliedCount("HIS-A", Identifier.of(PatientRecord.LOCAL_ID_ROOT, "P0001")));
      assertEquals(4, platform.appliedCount("HIS-B", Identifier.of("2.16.156.10011.0.2.2", "B-77")));
    }
  }

  @Test
  void duplicateMessageId_answeredTheSame_appliedOnce() {
    try (PlatformSimulator platform = PlatformSimulator.start()) {
      byte[] call = Http.soap11("PatientInfoRegister", Http.resource("PRPA_IN201311UV02-national.xml"));
      Acknowledgement first = ack(Http.post(platform.endpoint(), SOAP11, call));
      Acknowledgement second = ack(Http.post(platform.endpoint(), SOAP11, call));
      assertEquals(first, second);
      assertEquals(1, platform.appliedCount("HIS-A", Identifier.of(PatientRecord.LOCAL_ID_ROOT, "P0001")));
      List<AuditRecord> log = platform.auditLog();
      assertEquals("AA", log.get(0).outcome());
      assertEquals("DUPLICATE", log.get(1).outcome());
    }
  }

  @Test
  void restartWithDataDirectory_keepsRegistration(@TempDir Path dir) {
    try (PlatformSimulator platform = PlatformSimulator.builder().dataDirectory(dir).start()) {
      assertEquals(AckCode.AA, ack(Http.post(platform.endpoint(), SOAP11,
          Http.soap11("PatientInfoRegister", Http.resource("PRPA_IN201311UV02-national.xml")))).code());
    }
    try (PlatformSimulator platform = PlatformSimulator.builder().dataDirectory(dir).start()) {
      Http.Response r = Http.post(platform.endpoint(), SOAP11,
          Http.soap11("PatientInfoQuery", Http.resource("PRPA_IN201305UV02-national.xml")));
      PatientQueryResponse q = decoder.decode(Http.unwrap(r.body).getBytes(StandardCharsets.UTF_8),
          PatientQueryResponse.class);
      assertEquals(1, q.patients().size());
      assertEquals(1, platform.auditLog().size() - 1, "the first start's audit row is kept too");
    }
  }

  @Test
  void wrongAction_ar() {
    try (PlatformSimulator platform = PlatformSimulator.start()) {
      Acknowledgement a = ack(Http.post(platform.endpoint(), SOAP11,
          Http.soap11("PatientInfoQuery", Http.resource("PRPA_IN201311UV02-national.xml"))));
      assertEquals(AckCode.AR, a.code());
      assertTrue(a.detail().get().startsWith("SIM-0011"), a.detail().get());
      assertEquals(0, platform.patientCount());
    }
  }

  @Test
  void configuredAction_accepted() {
    try (PlatformSimulator platform = PlatformSimulator.builder()
        .action(io.hdx.codec.v3.Interaction.PRPA_IN201311UV02, "S0001").start()) {
      assertEquals(AckCode.AA, ack(Http.post(platform.endpoint(), SOAP11,
          Http.soap11("S0001", Http.resource("PRPA_IN201311UV02-national.xml")))).code());
    }
  }

  @Test
  void invalidContent_aeWithXPathAndNoValue() {
    try (PlatformSimulator platform = PlatformSimulator.start()) {
      String bad = text("PRPA_IN201311UV02-national.xml").replace("19491231", "1949X231");
      Acknowledgement a = ack(Http.post(platform.endpoint(), SOAP11,
          Http.soap11("PatientInfoRegister", bad.getBytes(StandardCharsets.UTF_8))));
      assertEquals(AckCode.AE, a.code());
      assertTrue(a.detail().get().contains("V3-0101"), a.detail().get());
      assertTrue(a.detail().get().contains("/patientPerson/birthTime/@value"), a.detail().get());
      assertFalse(a.detail().get().contains("1949X231"));

      String gender = text("PRPA_IN201311UV02-national.xml").replace(
          "<administrativeGenderCode code=\"2\"", "<administrativeGenderCode code=\"7\"")
          .replace("000000000001", "000000000009");
      Acknowledgement g = ack(Http.post(platform.endpoint(), SOAP11,
          Http.soap11("PatientInfoRegister", gender.getBytes(StandardCharsets.UTF_8))));
      assertEquals(AckCode.AE, g.code());
      assertTrue(g.detail().get().startsWith("SIM-0103"), g.detail().get());
      assertEquals(0, platform.patientCount());
    }
  }

  @Test
  void updateOfUnknownPatient_ae() {
    try (PlatformSimulator platform = PlatformSimulator.start()) {
      String update = text("PRPA_IN201311UV02-national.xml").replace("PRPA_IN201311UV02", "PRPA_IN201314UV02");
      Acknowledgement a = ack(Http.post(platform.endpoint(), SOAP11,
          Http.soap11("PatientInfoUpdate", update.getBytes(StandardCharsets.UTF_8))));
      assertEquals(AckCode.AE, a.code());
      assertTrue(a.detail().get().startsWith("SIM-0201"), a.detail().get());
    }
  }

  @Test
  void notXml_arOrFault_andAuditHasNoPatientValues() {
    try (PlatformSimulator platform = PlatformSimulator.start()) {
      Http.Response r = Http.post(platform.endpoint(), SOAP11, Http.soap11("PatientInfoRegister",
          "not xml at all".getBytes(StandardCharsets.UTF_8)));
      assertEquals(AckCode.AR, ack(r).code());
      Http.Response broken = Http.post(platform.endpoint(), SOAP11,
          "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>".getBytes(
              StandardCharsets.UTF_8));
      assertEquals(400, broken.status);
      assertTrue(broken.body.contains("Fault"));
      ack(Http.post(platform.endpoint(), SOAP11,
          Http.soap11("PatientInfoRegister", Http.resource("PRPA_IN201311UV02-national.xml"))));
      for (AuditRecord a : platform.auditLog()) {
        String all = a.toString();
        assertFalse(all.contains("测试甲") || all.contains("11010519491231002X") || all.contains("P0001"), all);
      }
    }
  }
}
