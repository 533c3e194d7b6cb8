package io.hdx.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.codec.v3.AckCode;
import io.hdx.codec.v3.Identifier;
import io.hdx.codec.v3.PatientRecord;
import io.hdx.codec.v3.QueryResponseCode;
import io.hdx.testkit.PlatformSimulator;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.util.Date;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;

/**
 * The client against the simulator over HTTPS, with a self-signed certificate made here (ECDSA P-256: JDK TLS has
 * no SM2 cipher suites). Trust is what the client is given, never everything.
 */
class PlatformClientTlsTest {
  private static final char[] PASSWORD = "test-only".toCharArray();

  /** A key and a self-signed certificate naming {@code hostOrIp} (subjectAltName, RFC 5280 §4.2.1.6). */
  private static final class ServerIdentity {
    final KeyPair keys;
    final X509Certificate certificate;

    ServerIdentity(String hostOrIp, boolean ip) throws Exception {
      KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
      g.initialize(new ECGenParameterSpec("secp256r1"));
      keys = g.generateKeyPair();
      X500Name name = new X500Name("CN=hdx-simulator-test");
      long now = System.currentTimeMillis();
      JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(now),
          new Date(now - 60_000), new Date(now + 86_400_000), name, keys.getPublic());
      b.addExtension(Extension.subjectAlternativeName, false,
          new GeneralNames(new GeneralName(ip ? GeneralName.iPAddress : GeneralName.dNSName, hostOrIp)));
      certificate = new JcaX509CertificateConverter().getCertificate(
          b.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
    }

    SSLContext serverContext() throws Exception {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(null, null);
      ks.setKeyEntry("server", keys.getPrivate(), PASSWORD, new Certificate[] {certificate});
      KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      kmf.init(ks, PASSWORD);
      SSLContext c = SSLContext.getInstance("TLS");
      c.init(kmf.getKeyManagers(), null, null);
      return c;
    }

    /** A client builder that trusts this certificate only. */
    PlatformClient.Builder trustedBy(PlatformClient.Builder client) throws Exception {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(null, null);
      ks.setCertificateEntry("platform", certificate);
      TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(ks);
      X509TrustManager tm = (X509TrustManager) tmf.getTrustManagers()[0];
      SSLContext c = SSLContext.getInstance("TLS");
      c.init(null, new javax.net.ssl.TrustManager[] {tm}, null);
      return client.tls(c.getSocketFactory(), tm);
    }
  }

  private static PlatformClient.Builder client(PlatformSimulator platform) {
    return PlatformClient.builder().endpoint(platform.endpoint()).senderId("HIS-TLS")
        .retry(RetryPolicy.builder().maxAttempts(3).initialBackoff(Duration.ofMillis(5)).build());
  }

  @Test
  void https_trustedSelfSignedCertificate_registersAndQueries() throws Exception {
    ServerIdentity id = new ServerIdentity("127.0.0.1", true);
    try (PlatformSimulator platform = PlatformSimulator.builder().https(id.serverContext()).start();
        PlatformClient c = id.trustedBy(client(platform)).build()) {
      assertTrue(platform.endpoint().toString().startsWith("https://127.0.0.1:"), platform.endpoint().toString());
      assertEquals(AckCode.AA, c.registerPatient(PlatformClientTest.patient("T1", "110105194912310021", "测试一"))
          .code());
      assertEquals(QueryResponseCode.OK, c.queryPatients(PatientCriteria.builder()
          .localId(Identifier.of(PatientRecord.LOCAL_ID_ROOT, "T1")).build()).responseCode());
    }
  }

  @Test
  void https_defaultTrust_certificateRefused_plt0005_notRetried() throws Exception {
    ServerIdentity id = new ServerIdentity("127.0.0.1", true);
    try (PlatformSimulator platform = PlatformSimulator.builder().https(id.serverContext()).start();
        PlatformClient c = client(platform).build()) {
      PlatformException e = assertThrows(PlatformException.class,
          () -> c.registerPatient(PlatformClientTest.patient("T1", "110105194912310021", "测试一")));
      assertEquals("PLT-0005", e.errorCode());
      assertEquals(1, e.attempts());
      assertEquals(0, platform.patientCount());
    }
  }

  @Test
  void https_trustedCertificateForAnotherHost_plt0005() throws Exception {
    ServerIdentity id = new ServerIdentity("platform.example.invalid", false);
    try (PlatformSimulator platform = PlatformSimulator.builder().https(id.serverContext()).start();
        PlatformClient c = id.trustedBy(client(platform)).build()) {
      PlatformException e = assertThrows(PlatformException.class,
          () -> c.registerPatient(PlatformClientTest.patient("T1", "110105194912310021", "测试一")));
      assertEquals("PLT-0005", e.errorCode());
      assertEquals(1, e.attempts());
    }
  }

  @Test
  void plainHttpClient_againstHttpsSimulator_failsAfterRetries() throws Exception {
    ServerIdentity id = new ServerIdentity("127.0.0.1", true);
    try (PlatformSimulator platform = PlatformSimulator.builder().https(id.serverContext()).start();
        PlatformClient c = PlatformClient.builder().endpoint(platform.endpoint().toString().replace("https:", "http:"))
            .senderId("HIS-TLS").readTimeout(Duration.ofSeconds(2)).retry(RetryPolicy.builder().maxAttempts(2)
                .initialBackoff(Duration.ofMillis(5)).build()).build()) {
      PlatformException e = assertThrows(PlatformException.class,
          () -> c.registerPatient(PlatformClientTest.patient("T1", "110105194912310021", "测试一")));
      assertTrue(e.errorCode().startsWith("PLT-000"), e.errorCode());
      assertEquals(0, platform.patientCount());
    }
  }
}
