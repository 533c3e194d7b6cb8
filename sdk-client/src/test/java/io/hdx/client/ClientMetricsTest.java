package io.hdx.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.hdx.codec.v3.AckCode;
import io.hdx.codec.v3.Identifier;
import io.hdx.codec.v3.PatientRecord;
import io.hdx.testkit.FaultPlan;
import io.hdx.testkit.PlatformSimulator;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The metrics interceptor, and credentials sent with every attempt. */
class ClientMetricsTest {

  @Test
  void metrics_countAttemptsPerAction_includingRetriedServerErrors() {
    ClientMetrics metrics = ClientMetrics.create();
    FaultPlan faults = FaultPlan.builder().serverErrors(0.3).build();
    try (PlatformSimulator platform = PlatformSimulator.builder().faults(faults).start();
        PlatformClient c = PlatformClient.builder().endpoint(platform.endpoint()).senderId("HIS-M").metrics(metrics)
            .retry(RetryPolicy.builder().maxAttempts(20).initialBackoff(Duration.ofMillis(1))
                .maxBackoff(Duration.ofMillis(5)).build()).build()) {
      for (int i = 0; i < 20; i++) {
        assertEquals(AckCode.AA, c.registerPatient(PlatformClientTest.patient("M" + i, "RM" + i, "指标")).code());
      }
      c.queryPatients(PatientCriteria.builder().localId(Identifier.of(PatientRecord.LOCAL_ID_ROOT, "M1")).build());
      Map<String, ClientMetrics.ActionStats> s = metrics.snapshot();
      ClientMetrics.ActionStats reg = s.get("PatientInfoRegister");
      assertEquals(20, reg.answered());
      assertEquals(reg.attempts(), reg.answered() + reg.serverErrors());
      long faultRows = platform.auditLog().stream().filter(a -> a.outcome().equals("FAULT")).count();
      assertEquals(faultRows, reg.serverErrors() + s.get("PatientInfoQuery").serverErrors());
      assertEquals(1, s.get("PatientInfoQuery").answered());
      assertTrue(reg.percentileMillis(0.99) >= reg.percentileMillis(0.5));
      assertTrue(reg.meanMillis() > 0);
      assertFalse(reg.toString().contains("指标"));
    }
  }

  @Test
  void percentile_isTheBucketUpperEdge() {
    ClientMetrics m = ClientMetrics.create();
    for (int i = 0; i < 99; i++) {
      m.record("A", 200, 500_000); // 0.5 ms: bucket < 1 ms
    }
    m.record("A", 200, 300_000_000); // 300 ms: bucket < 512 ms
    ClientMetrics.ActionStats a = m.snapshot().get("A");
    assertEquals(1, a.percentileMillis(0.5));
    assertEquals(1, a.percentileMillis(0.99));
    assertEquals(512, a.percentileMillis(1.0));
    assertThrows(IllegalArgumentException.class, () -> a.percentileMillis(1.5));
  }

  @Test
  void basicAuth_sentOnEveryAttempt_neverInTheException() throws Exception {
    List<String> seen = new CopyOnWriteArrayList<>();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", ex -> {
      seen.add(String.valueOf(ex.getRequestHeaders().getFirst("Authorization")));
      ex.getRequestBody().close();
      ex.sendResponseHeaders(503, -1);
      ex.close();
    });
    server.start();
    try (PlatformClient c = PlatformClient.builder().endpoint("http://127.0.0.1:" + server.getAddress().getPort()
        + "/hip").senderId("HIS").basicAuth("his-user", "s3cret-pw").retry(RetryPolicy.builder().maxAttempts(3)
        .initialBackoff(Duration.ofMillis(1)).maxBackoff(Duration.ofMillis(2)).build()).build()) {
      PlatformException e = assertThrows(PlatformException.class,
          () -> c.registerPatient(PlatformClientTest.patient("B1", "RB1", "认证")));
      assertEquals("PLT-0002", e.errorCode());
      assertEquals(3, seen.size());
      String expected = "Basic " + Base64.getEncoder().encodeToString("his-user:s3cret-pw"
          .getBytes(StandardCharsets.ISO_8859_1));
      for (String h : seen) {
        assertEquals(expected, h);
      }
      assertFalse(e.getMessage().contains("s3cret"));
      assertFalse(c.toString().contains("s3cret"));
    } finally {
      server.stop(0);
    }
  }
}
