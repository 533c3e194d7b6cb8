package io.hdx.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.hdx.codec.v3.AckCode;
import io.hdx.codec.v3.HipSoapBinding;
import io.hdx.codec.v3.Identifier;
import io.hdx.codec.v3.MessageSignatures;
import io.hdx.codec.v3.PatientRecord;
import io.hdx.codec.v3.SoapVersion;
import io.hdx.security.sm.SignatureEncoding;
import io.hdx.security.sm.Sm2KeyPair;
import io.hdx.security.sm.Sm2Signer;
import io.hdx.security.sm.Sm2Verifier;
import io.hdx.testkit.AuditRecord;
import io.hdx.testkit.FaultPlan;
import io.hdx.testkit.MessageSignatureCheck;
import io.hdx.testkit.PlatformSimulator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Optional SM2 signing of each message (MessageSignatures) between the client and the simulator. */
class PlatformClientSigningTest {
  private static final Sm2KeyPair HIS_A = Sm2KeyPair.generate();
  private static final Sm2KeyPair OTHER = Sm2KeyPair.generate();

  private static PlatformSimulator platform(MessageSignatureCheck check) {
    return PlatformSimulator.builder().messageSignatures(check).trustSigner("HIS-A", HIS_A.publicKey()).start();
  }

  private static PlatformClient.Builder client(URI endpoint) {
    return PlatformClient.builder().endpoint(endpoint).senderId("HIS-A")
        .retry(RetryPolicy.builder().initialBackoff(Duration.ofMillis(5)).maxBackoff(Duration.ofMillis(50)).build());
  }

  private static PatientRecord patient(String localId) {
    return PlatformClientTest.patient(localId, "R-" + localId, "测试一");
  }

  @Test
  void required_signedInEveryBinding_aa() {
    try (PlatformSimulator platform = platform(MessageSignatureCheck.REQUIRED)) {
      PlatformClient[] clients = {
          client(platform.endpoint()).signWith(Sm2Signer.create(HIS_A.privateKey())).build(),
          client(platform.endpoint()).signWith(Sm2Signer.builder(HIS_A.privateKey())
              .encoding(SignatureEncoding.RAW_RS).build()).plainHttp().build(),
          client(platform.endpoint()).signWith(Sm2Signer.create(HIS_A.privateKey())).soap(HipSoapBinding.builder()
              .version(SoapVersion.SOAP_12).embedding(HipSoapBinding.Embedding.CDATA).build()).build()};
      for (int i = 0; i < clients.length; i++) {
        try (PlatformClient c = clients[i]) {
          assertEquals(AckCode.AA, c.registerPatient(patient("L" + i)).code());
        }
      }
      assertEquals(3, platform.patientCount());
    }
  }

  @Test
  void required_unsigned_arSim0021_nothingApplied() {
    try (PlatformSimulator platform = platform(MessageSignatureCheck.REQUIRED);
        PlatformClient c = client(platform.endpoint()).build()) {
      PlatformException e = assertThrows(PlatformException.class, () -> c.registerPatient(patient("L1")));
      assertEquals(AckCode.AR, e.ackCode().get());
      assertTrue(e.ackDetail().get().startsWith("SIM-0021"), e.ackDetail().get());
      assertEquals(1, e.attempts(), "an AR is not retried");
      assertEquals(0, platform.patientCount());
      AuditRecord last = platform.auditLog().get(platform.auditLog().size() - 1);
      assertEquals("AR", last.outcome());
      assertEquals("SIM-0021", last.detailCode());
    }
  }

  @Test
  void signedWithAnUntrustedKey_arSim0024() {
    try (PlatformSimulator platform = platform(MessageSignatureCheck.OPTIONAL);
        PlatformClient c = client(platform.endpoint()).signWith(Sm2Signer.create(OTHER.privateKey())).build()) {
      PlatformException e = assertThrows(PlatformException.class, () -> c.registerPatient(patient("L1")));
      assertEquals(AckCode.AR, e.ackCode().get());
      assertTrue(e.ackDetail().get().startsWith("SIM-0024"), e.ackDetail().get());
      assertEquals(0, platform.patientCount());
    }
  }

  @Test
  void senderWithoutTrustedKey_arSim0022() {
    try (PlatformSimulator platform = platform(MessageSignatureCheck.REQUIRED);
        PlatformClient c = client(platform.endpoint()).senderId("HIS-B")
            .signWith(Sm2Signer.create(OTHER.privateKey())).build()) {
      PlatformException e = assertThrows(PlatformException.class, () -> c.registerPatient(patient("L1")));
      assertTrue(e.ackDetail().get().startsWith("SIM-0022"), e.ackDetail().get());
    }
  }

  @Test
  void optional_unsignedAccepted_offIgnoresABadSignature() {
    try (PlatformSimulator platform = platform(MessageSignatureCheck.OPTIONAL);
        PlatformClient c = client(platform.endpoint()).build()) {
      assertEquals(AckCode.AA, c.registerPatient(patient("L1")).code());
    }
    try (PlatformSimulator platform = platform(MessageSignatureCheck.OFF);
        PlatformClient c = client(platform.endpoint()).signWith(Sm2Signer.create(OTHER.privateKey())).build()) {
      assertEquals(AckCode.AA, c.registerPatient(patient("L1")).code());
    }
  }

  @Test
  void signedAndRetried_afterInjected503_appliedOnce() {
    try (PlatformSimulator platform = PlatformSimulator.builder().messageSignatures(MessageSignatureCheck.REQUIRED)
        .trustSigner("HIS-A", HIS_A.publicKey()).faults(FaultPlan.builder().serverErrors(0.5).build()).start();
        PlatformClient c = client(platform.endpoint()).signWith(Sm2Signer.create(HIS_A.privateKey()))
            .retry(RetryPolicy.builder().maxAttempts(30).initialBackoff(Duration.ofMillis(1))
                .maxBackoff(Duration.ofMillis(5)).build()).build()) {
      for (int i = 0; i < 10; i++) {
        assertEquals(AckCode.AA, c.registerPatient(patient("L" + i)).code());
      }
      assertEquals(10, platform.patientCount());
    }
  }

  /** A relay between client and platform that changes the patient's name in transit, keeping every header. */
  @Test
  void tamperedInTransit_arSim0024_withClearDetail_nothingApplied() throws IOException {
    try (PlatformSimulator platform = platform(MessageSignatureCheck.REQUIRED)) {
      HttpServer relay = relay(platform.endpoint(), body -> body.replace("测试一", "测试二"), answer -> answer);
      URI relayed = URI.create("http://127.0.0.1:" + relay.getAddress().getPort() + PlatformSimulator.PATH);
      try (PlatformClient c = client(relayed).signWith(Sm2Signer.create(HIS_A.privateKey())).build()) {
        PlatformException e = assertThrows(PlatformException.class, () -> c.registerPatient(patient("L1")));
        assertEquals(AckCode.AR, e.ackCode().get());
        String detail = e.ackDetail().get();
        assertTrue(detail.startsWith("SIM-0024") && detail.contains(MessageSignatures.HEADER)
            && detail.contains("does not verify"), detail);
        assertFalse(detail.contains("测试"), "no patient data in the detail: " + detail);
        assertEquals(0, platform.patientCount());
        assertEquals(0, platform.appliedCount("HIS-A", Identifier.of(PatientRecord.LOCAL_ID_ROOT, "L1")));
      } finally {
        relay.stop(0);
      }
    }
  }

  private static final Sm2KeyPair PLATFORM = Sm2KeyPair.generate();

  @Test
  void signedAnswers_verifiedInEveryBinding_aaAndQuery() {
    try (PlatformSimulator platform = PlatformSimulator.builder()
        .signAnswersWith(Sm2Signer.builder(PLATFORM.privateKey()).encoding(SignatureEncoding.RAW_RS).build()).start()) {
      PlatformClient[] clients = {
          client(platform.endpoint()).verifyAnswersWith(Sm2Verifier.create(PLATFORM.publicKey())).build(),
          client(platform.endpoint()).verifyAnswersWith(Sm2Verifier.create(PLATFORM.publicKey())).plainHttp().build(),
          client(platform.endpoint()).verifyAnswersWith(Sm2Verifier.create(PLATFORM.publicKey()))
              .soap(HipSoapBinding.builder().version(SoapVersion.SOAP_12).build()).build()};
      for (int i = 0; i < clients.length; i++) {
        try (PlatformClient c = clients[i]) {
          assertEquals(AckCode.AA, c.registerPatient(patient("L" + i)).code());
          assertEquals(1, c.queryPatients(PatientCriteria.builder()
              .localId(Identifier.of(PatientRecord.LOCAL_ID_ROOT, "L" + i)).build()).patients().size());
        }
      }
    }
  }

  @Test
  void unsignedAnswer_plt0006_notRetried() {
    try (PlatformSimulator platform = PlatformSimulator.start();
        PlatformClient c = client(platform.endpoint()).verifyAnswersWith(Sm2Verifier.create(PLATFORM.publicKey()))
            .build()) {
      PlatformException e = assertThrows(PlatformException.class, () -> c.registerPatient(patient("L1")));
      assertEquals("PLT-0006", e.errorCode());
      assertEquals(1, e.attempts());
      assertTrue(e.getMessage().contains(MessageSignatures.HEADER), e.getMessage());
    }
  }

  @Test
  void answerSignedWithAnotherKey_plt0007() {
    try (PlatformSimulator platform = PlatformSimulator.builder().signAnswersWith(Sm2Signer.create(OTHER.privateKey()))
        .start();
        PlatformClient c = client(platform.endpoint()).verifyAnswersWith(Sm2Verifier.create(PLATFORM.publicKey()))
            .build()) {
      PlatformException e = assertThrows(PlatformException.class, () -> c.registerPatient(patient("L1")));
      assertEquals("PLT-0007", e.errorCode());
      assertTrue(e.getMessage().contains("does not verify"), e.getMessage());
    }
  }

  /** A relay that changes the platform's answer in transit (its detail text), keeping the signature header. */
  @Test
  void answerTamperedInTransit_plt0007_noPatientDataInMessage() throws IOException {
    try (PlatformSimulator platform = PlatformSimulator.builder()
        .signAnswersWith(Sm2Signer.create(PLATFORM.privateKey())).start()) {
      HttpServer relay = relay(platform.endpoint(), body -> body, answer -> answer.replace("注册成功", "注册失败"));
      URI relayed = URI.create("http://127.0.0.1:" + relay.getAddress().getPort() + PlatformSimulator.PATH);
      try (PlatformClient c = client(relayed).verifyAnswersWith(Sm2Verifier.create(PLATFORM.publicKey())).build()) {
        PlatformException e = assertThrows(PlatformException.class, () -> c.registerPatient(patient("L1")));
        assertEquals("PLT-0007", e.errorCode());
        assertEquals(1, e.attempts());
        assertFalse(e.getMessage().contains("测试"), e.getMessage());
        assertEquals(1, platform.patientCount(), "the platform applied it; the client only refuses to trust the answer");
      } finally {
        relay.stop(0);
      }
    }
  }

  /**
   * A relay to {@code platform} on a free loopback port that passes each request and its answer through
   * {@code request} and {@code answer} (as text), keeping every other header, the signature's among them.
   */
  private static HttpServer relay(URI platform, UnaryOperator<String> request, UnaryOperator<String> answer)
      throws IOException {
    HttpServer relay = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 8);
    relay.createContext("/", ex -> {
      String body = request.apply(new String(readAll(ex.getRequestBody()), StandardCharsets.UTF_8));
      HttpURLConnection up = (HttpURLConnection) platform.toURL().openConnection();
      up.setRequestMethod("POST");
      up.setDoOutput(true);
      ex.getRequestHeaders().forEach((name, values) -> {
        if (name != null && !name.equalsIgnoreCase("Content-Length") && !name.equalsIgnoreCase("Host")) {
          up.setRequestProperty(name, values.get(0));
        }
      });
      try (OutputStream out = up.getOutputStream()) {
        out.write(body.getBytes(StandardCharsets.UTF_8));
      }
      byte[] back = answer.apply(new String(readAll(up.getResponseCode() >= 400 ? up.getErrorStream()
          : up.getInputStream()), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().set("Content-Type", up.getContentType());
      if (up.getHeaderField(MessageSignatures.HEADER) != null) {
        ex.getResponseHeaders().set(MessageSignatures.HEADER, up.getHeaderField(MessageSignatures.HEADER));
      }
      ex.sendResponseHeaders(up.getResponseCode(), back.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(back);
      }
    });
    relay.start();
    return relay;
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (in == null) {
      return out.toByteArray();
    }
    try (InputStream i = in) {
      byte[] buf = new byte[8192];
      int n;
      while ((n = i.read(buf)) > 0) {
        out.write(buf, 0, n);
      }
    }
    return out.toByteArray();
  }
}
