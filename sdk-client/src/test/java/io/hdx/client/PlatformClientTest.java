package io.hdx.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.codec.v3.AckCode;
import io.hdx.codec.v3.Acknowledgement;
import io.hdx.codec.v3.Code;
import io.hdx.codec.v3.HipSoapBinding;
import io.hdx.codec.v3.Identifier;
import io.hdx.codec.v3.PatientQueryResponse;
import io.hdx.codec.v3.PatientRecord;
import io.hdx.codec.v3.QueryResponseCode;
import io.hdx.codec.v3.SoapVersion;
import io.hdx.model.datatype.PointInTime;
import io.hdx.testkit.AuditRecord;
import io.hdx.testkit.FaultPlan;
import io.hdx.testkit.PlatformSimulator;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class PlatformClientTest {

  static PatientRecord patient(String localId, String residentId, String name) {
    return PatientRecord.builder()
        .addId(Identifier.of(PatientRecord.LOCAL_ID_ROOT, localId))
        .addPersonId(Identifier.of(PatientRecord.RESIDENT_ID_ROOT, residentId))
        .name(name)
        .gender(Code.of("1", "2.16.156.10011.2.3.3.4", "男性"))
        .birthTime(PointInTime.parse("19800101"))
        .build();
  }

  private static PlatformClient.Builder client(PlatformSimulator platform, String sender) {
    return PlatformClient.builder().endpoint(platform.endpoint()).senderId(sender)
        .retry(RetryPolicy.builder().initialBackoff(Duration.ofMillis(5)).maxBackoff(Duration.ofMillis(50)).build());
  }

  @Test
  void register_thenQueryByLocalIdAndByDemographics_findsPatient() {
    List<AuditEvent> events = new CopyOnWriteArrayList<>();
    try (PlatformSimulator platform = PlatformSimulator.start();
        PlatformClient client = client(platform, "HIS-A").auditListener(events::add).build()) {
      Acknowledgement ack = client.registerPatient(patient("L1", "110105194912310021", "测试一"));
      assertEquals(AckCode.AA, ack.code());
      PatientQueryResponse byId = client.queryPatients(PatientCriteria.builder()
          .localId(Identifier.of(PatientRecord.LOCAL_ID_ROOT, "L1")).build());
      assertEquals(QueryResponseCode.OK, byId.responseCode());
      assertEquals("测试一", byId.patients().get(0).name().get());
      PatientQueryResponse byDemographics = client.queryPatients(PatientCriteria.builder().name("测试一")
          .gender(Code.of("1", "2.16.156.10011.2.3.3.4", null)).birthTime(PointInTime.parse("19800101")).build());
      assertEquals(1, byDemographics.patients().size());
      PatientQueryResponse none = client.queryPatients(PatientCriteria.builder().name("无此人").build());
      assertEquals(QueryResponseCode.NF, none.responseCode());
      assertEquals(4, events.size());
      for (AuditEvent e : events) {
        assertEquals("AA", e.outcome());
        assertFalse(e.toString().contains("测试一") || e.toString().contains("110105194912310021"), e.toString());
      }
      assertEquals("PRPA_IN201311UV02", events.get(0).interaction());
      assertEquals("PatientInfoRegister", events.get(0).action());
    }
  }

  @Test
  void everyBinding_roundTrips() {
    List<PlatformClient.Builder> variants = new ArrayList<>();
    try (PlatformSimulator platform = PlatformSimulator.start()) {
      variants.add(client(platform, "S1").soap(HipSoapBinding.builder().version(SoapVersion.SOAP_12)
          .parameterNames("input1", "input2").embedding(HipSoapBinding.Embedding.CDATA).build()));
      variants.add(client(platform, "S2").soap(HipSoapBinding.builder().parameterNames("InputString", "InputContent")
          .operationNamespace("http://vendor.example/hip").build()));
      variants.add(client(platform, "S3").plainHttp());
      int i = 0;
      for (PlatformClient.Builder b : variants) {
        try (PlatformClient c = b.build()) {
          i++;
          assertEquals(AckCode.AA, c.registerPatient(patient("L" + i, "R" + i, "名" + i)).code());
          assertEquals(1, c.queryPatients(PatientCriteria.builder()
              .personId(Identifier.of(PatientRecord.RESIDENT_ID_ROOT, "R" + i)).build()).patients().size());
        }
      }
    }
  }

  @Test
  void async_registerAndQuery() throws Exception {
    try (PlatformSimulator platform = PlatformSimulator.start(); PlatformClient client = client(platform, "H").build()) {
      List<CompletableFuture<Acknowledgement>> all = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        all.add(client.registerPatientAsync(patient("A" + i, "RA" + i, "异步" + i)));
      }
      for (CompletableFuture<Acknowledgement> f : all) {
        assertEquals(AckCode.AA, f.get().code());
      }
      assertEquals(20, platform.patientCount());
      assertEquals(1, client.queryPatientsAsync(PatientCriteria.builder().name("异步7").build()).get().patients().size());
    }
  }

  @Test
  void applicationError_notRetried_carriesAckDetailAndTarget() {
    List<AuditEvent> events = new CopyOnWriteArrayList<>();
    try (PlatformSimulator platform = PlatformSimulator.start();
        PlatformClient client = client(platform, "H").messageIds(() -> "fixed-id-1").auditListener(events::add)
            .build()) {
      PatientRecord bad = patient("L1", "R1", "x").toBuilder().gender(Code.of("7", "2.16.156.10011.2.3.3.4", null))
          .build();
      PlatformException e = assertThrows(PlatformException.class, () -> client.registerPatient(bad));
      assertEquals("PLT-0010", e.errorCode());
      assertEquals(AckCode.AE, e.ackCode().get());
      assertEquals("fixed-id-1", e.targetMessageId().get());
      assertTrue(e.ackDetail().get().startsWith("SIM-0103"), e.ackDetail().get());
      assertFalse(e.getMessage().contains("SIM-0103"), "the platform's text stays out of the message");
      assertEquals(1, e.attempts());
      assertEquals(1, platform.auditLog().size());
      assertEquals("AE", events.get(0).outcome());
    }
  }

  @Test
  void updateOfUnknownPatient_ae() {
    try (PlatformSimulator platform = PlatformSimulator.start(); PlatformClient client = client(platform, "H").build()) {
      PlatformException e = assertThrows(PlatformException.class, () -> client.updatePatient(patient("L9", "R9", "x")));
      assertEquals(AckCode.AE, e.ackCode().get());
    }
  }

  @Test
  void unreachable_plt0001_afterEveryAttempt() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    try (PlatformClient client = PlatformClient.builder().endpoint("http://127.0.0.1:" + port + "/hip").senderId("H")
        .retry(RetryPolicy.builder().maxAttempts(3).initialBackoff(Duration.ofMillis(1)).build()).build()) {
      PlatformException e = assertThrows(PlatformException.class, () -> client.registerPatient(patient("L", "R", "n")));
      assertEquals("PLT-0001", e.errorCode());
      assertEquals(3, e.attempts());
      assertFalse(e.ackCode().isPresent());
      ExecutionException async = assertThrows(ExecutionException.class,
          () -> client.registerPatientAsync(patient("L", "R", "n")).get());
      assertTrue(async.getCause() instanceof PlatformException);
    }
  }

  @Test
  void faultsOnAShareOfRequests_everyRegistrationAppliedExactlyOnce() throws Exception {
    FaultPlan faults = FaultPlan.builder().serverErrors(0.15).drops(0.15).errorAcks(0.05).rejectAcks(0.05)
        .latency(Duration.ofMillis(5), 0.2).build();
    try (PlatformSimulator platform = PlatformSimulator.builder().faults(faults).start();
        PlatformClient client = client(platform, "HIS-F").readTimeout(Duration.ofSeconds(5))
            .retry(RetryPolicy.builder().maxAttempts(12).initialBackoff(Duration.ofMillis(2))
                .maxBackoff(Duration.ofMillis(20)).build()).build()) {
      int n = 60;
      int resent = 0;
      for (int i = 0; i < n; i++) {
        PatientRecord p = patient("F" + i, "RF" + i, "故障" + i);
        while (true) {
          try {
            assertEquals(AckCode.AA, client.registerPatient(p).code());
            break;
          } catch (PlatformException e) {
            // AE/AR were not applied (injected before applying): the application sends again, a new message
            assertTrue(e.ackCode().isPresent(), e.getMessage());
            resent++;
          }
        }
      }
      for (int i = 0; i < n; i++) {
        assertEquals(1, platform.appliedCount("HIS-F", Identifier.of(PatientRecord.LOCAL_ID_ROOT, "F" + i)),
            "registration " + i);
      }
      assertEquals(n, platform.patientCount());
      long duplicates = platform.auditLog().stream().filter(a -> a.outcome().equals("DUPLICATE")).count();
      long faultsSeen = platform.auditLog().stream().filter(a -> a.outcome().equals("FAULT")).count();
      assertTrue(duplicates > 0, "some dropped answers were retried and answered from the log");
      assertTrue(faultsSeen > 0);
      assertTrue(resent >= 0);
    }
  }

  @Test
  void fiftyConcurrentClients_loseNoUpdate() throws Exception {
    int clients = 50;
    int updates = 4;
    try (PlatformSimulator platform = PlatformSimulator.builder().threads(16).start()) {
      List<PlatformClient> all = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        all.add(client(platform, "HIS-" + i).build());
      }
      List<CompletableFuture<Void>> work = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        PlatformClient c = all.get(i);
        String local = "C" + i;
        work.add(CompletableFuture.runAsync(() -> {
          // the same person (one resident ID) registered by 50 systems at once, then updated by each
          c.registerPatient(patient(local, "110105194912310021", "并发"));
          for (int u = 0; u < updates; u++) {
            c.updatePatient(patient(local, "110105194912310021", "并发"));
          }
        }, java.util.concurrent.Executors.newSingleThreadExecutor()));
      }
      for (CompletableFuture<Void> w : work) {
        try {
          w.get();
        } catch (ExecutionException e) {
          PlatformException p = (PlatformException) e.getCause();
          throw new AssertionError(p.getMessage() + " " + p.ackDetail().orElse(""), p);
        }
      }
      assertEquals(1, platform.patientCount(), "one platform patient for the one person");
      assertEquals(clients * (1 + updates),
          platform.appliedCount("HIS-0", Identifier.of(PatientRecord.LOCAL_ID_ROOT, "C0")), "every update applied");
      for (int i = 0; i < clients; i++) {
        PatientQueryResponse r = all.get(i).queryPatients(PatientCriteria.builder()
            .localId(Identifier.of(PatientRecord.LOCAL_ID_ROOT, "C" + i)).build());
        assertEquals(1, r.patients().size());
        assertTrue(r.patients().get(0).ids().contains(Identifier.of(PatientRecord.LOCAL_ID_ROOT, "C" + i)));
      }
      for (PlatformClient c : all) {
        c.close();
      }
      long aa = platform.auditLog().stream().filter((AuditRecord a) -> a.outcome().equals("AA")).count();
      assertEquals(clients * (2 + updates), aa);
    }
  }

  @Test
  void readTimeout_retriedWithTheSameMessageId_appliedOnce() throws Exception {
    // every answer comes 400 ms late: each attempt times out at 100 ms, the platform still applies the first
    FaultPlan slow = FaultPlan.builder().latency(Duration.ofMillis(400), 1.0).build();
    try (PlatformSimulator platform = PlatformSimulator.builder().faults(slow).start();
        PlatformClient client = client(platform, "HIS-T").readTimeout(Duration.ofMillis(100))
            .retry(RetryPolicy.builder().maxAttempts(3).initialBackoff(Duration.ofMillis(5)).build()).build()) {
      PlatformException e = assertThrows(PlatformException.class, () -> client.registerPatient(patient("T1", "RT1", "n")));
      assertEquals("PLT-0001", e.errorCode());
      assertEquals(3, e.attempts());
      Identifier local = Identifier.of(PatientRecord.LOCAL_ID_ROOT, "T1");
      long deadline = System.nanoTime() + 5_000_000_000L;
      while (platform.auditLog().size() < 3 && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertEquals(1, platform.appliedCount("HIS-T", local), "three attempts, one message id, applied once");
      long repeats = platform.auditLog().stream().filter(a -> a.outcome().equals("DUPLICATE")).count();
      assertEquals(2, repeats, "the two retries were answered from the message log");
    }
  }

  @Test
  void callTimeout_boundsTheWholeAttempt() {
    FaultPlan slow = FaultPlan.builder().latency(Duration.ofMillis(600), 1.0).build();
    try (PlatformSimulator platform = PlatformSimulator.builder().faults(slow).start();
        PlatformClient client = client(platform, "HIS-T").callTimeout(Duration.ofMillis(150))
            .retry(RetryPolicy.none()).build()) {
      long start = System.nanoTime();
      PlatformException e = assertThrows(PlatformException.class, () -> client.registerPatient(patient("T2", "RT2", "n")));
      assertEquals("PLT-0001", e.errorCode());
      assertTrue(System.nanoTime() - start < 550_000_000L, "gave up before the platform answered");
    }
  }
}
