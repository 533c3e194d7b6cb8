package io.hdx.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.codec.v3.AckCode;
import io.hdx.codec.v3.Acknowledgement;
import io.hdx.codec.v3.DocumentQueryResponse;
import io.hdx.codec.v3.PatientQueryResponse;
import io.hdx.codec.v3.V3Decoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** National-style document and merge messages, hand-written SOAP 1.1 calls, against the simulator. */
class PlatformSimulatorDocumentsTest {
  private static final String SOAP11 = "text/xml; charset=utf-8";
  private final V3Decoder decoder = V3Decoder.create();

  private static String text(String name) {
    return new String(Http.resource(name), StandardCharsets.UTF_8);
  }

  private String call(PlatformSimulator p, String action, String message) {
    Http.Response r = Http.post(p.endpoint(), SOAP11, Http.soap11(action, message.getBytes(StandardCharsets.UTF_8)));
    assertEquals(200, r.status, r.body);
    return Http.unwrap(r.body);
  }

  @Test
  void nationalStyle_registerDocument_queryRetrieve_merge() {
    byte[] cda = Http.resource("C0002-sample.xml");
    try (PlatformSimulator p = PlatformSimulator.start()) {
      Acknowledgement reg = decoder.decode(call(p, "PatientInfoRegister", text("PRPA_IN201311UV02-national.xml"))
          .getBytes(StandardCharsets.UTF_8), Acknowledgement.class);
      assertEquals(AckCode.AA, reg.code());
      String document = text("RCMR_IN000002UV02-national.xml").replace("C0004", "C0002")
          .replace("@CDA_BASE64@", Base64.getEncoder().encodeToString(cda));
      Acknowledgement doc = decoder.decode(call(p, "DocumentRegister", document).getBytes(StandardCharsets.UTF_8),
          Acknowledgement.class);
      assertEquals(AckCode.AA, doc.code(), doc.detail().orElse(""));

      DocumentQueryResponse list = decoder.decode(call(p, "DocumentAccess",
          text("RCMR_IN000029UV01-national.xml").replace("C0004", "C0002")).getBytes(StandardCharsets.UTF_8),
          DocumentQueryResponse.class);
      assertEquals(1, list.documents().size());
      DocumentQueryResponse one = decoder.decode(call(p, "DocumentRetrieve",
          text("RCMR_IN000031UV01-national.xml").replace("C0004", "C0002")).getBytes(StandardCharsets.UTF_8),
          DocumentQueryResponse.class);
      assertArrayEquals(cda, one.documents().get(0).content().get());

      // a second registration by the same system under local id P0002 (another person), then the national merge
      String second = text("PRPA_IN201311UV02-national.xml").replace("extension=\"P0001\"", "extension=\"P0002\"")
          .replace("11010519491231002X", "110105194912310021").replace("000000000001", "000000000011");
      assertEquals(AckCode.AA, decoder.decode(call(p, "PatientInfoRegister", second).getBytes(StandardCharsets.UTF_8),
          Acknowledgement.class).code());
      Acknowledgement merged = decoder.decode(call(p, "PatientInfoMerge", text("PRPA_IN201304UV02-national.xml"))
          .getBytes(StandardCharsets.UTF_8), Acknowledgement.class);
      assertEquals(AckCode.AA, merged.code(), merged.detail().orElse(""));
      PatientQueryResponse q = decoder.decode(call(p, "PatientInfoQuery", text("PRPA_IN201305UV02-national.xml")
          .replace("extension=\"P0001\"", "extension=\"P0002\"").replace(
              "<livingSubjectId>", "<livingSubjectIdX>").replace("</livingSubjectId>", "</livingSubjectIdX>"))
          .getBytes(StandardCharsets.UTF_8), PatientQueryResponse.class);
      assertEquals(1, q.patients().size(), "the merged local id finds the survivor");
      assertTrue(p.auditLog().stream().anyMatch(a -> a.interaction().equals("PRPA_IN201304UV02")
          && a.outcome().equals("AA")));
    }
  }
}
