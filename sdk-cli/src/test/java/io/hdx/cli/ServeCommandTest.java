package io.hdx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.client.PatientCriteria;
import io.hdx.client.PlatformClient;
import io.hdx.codec.v3.Identifier;
import io.hdx.codec.v3.PatientRecord;
import io.hdx.security.SecretKeyAccess;
import io.hdx.security.sm.Sm2Verifier;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.util.Date;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import io.hdx.codec.v3.AckCode;
import io.hdx.codec.v3.Acknowledgement;
import io.hdx.codec.v3.HipSoap;
import io.hdx.codec.v3.HipSoapBinding;
import io.hdx.codec.v3.MessageSignatures;
import io.hdx.codec.v3.OrganizationQueryResponse;
import io.hdx.codec.v3.PatientQueryResponse;
import io.hdx.codec.v3.ProviderQueryResponse;
import io.hdx.codec.v3.TerminologyQueryResponse;
import io.hdx.codec.v3.V3Decoder;
import io.hdx.security.sm.Sm2KeyPair;
import io.hdx.security.sm.Sm2Signer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Arrays;
import java.util.Collections;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "done when": a real-world style PRPA_IN201311UV02 posted to {@code hdx serve} as a SOAP
 * HIPMessageServer call gets AA, a PRPA_IN201305UV02 query then finds the patient, and a restart with
 * {@code --data} keeps the registration, and the provider, department and value set registrations too.
 */
class ServeCommandTest {

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = ServeCommandTest.class.getResourceAsStream("/v3/" + name)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[8192];
      int n;
      while ((n = in.read(buf)) > 0) {
        out.write(buf, 0, n);
      }
      return out.toByteArray();
    }
  }

  private static byte[] post(URI endpoint, byte[] body) throws IOException {
    return post(endpoint, body, null);
  }

  private static byte[] post(URI endpoint, byte[] body, String signature) throws IOException {
    HttpURLConnection c = (HttpURLConnection) endpoint.toURL().openConnection();
    if (signature != null) {
      c.setRequestProperty(MessageSignatures.HEADER, signature);
    }
    c.setRequestMethod("POST");
    c.setDoOutput(true);
    c.setRequestProperty("Content-Type", "text/xml; charset=utf-8");
    c.setRequestProperty("SOAPAction", "\"http://tempuri.org/HIPMessageServer\"");
    try (OutputStream out = c.getOutputStream()) {
      out.write(body);
    }
    assertEquals(200, c.getResponseCode());
    try (InputStream in = c.getInputStream()) {
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      byte[] buf = new byte[8192];
      int n;
      while ((n = in.read(buf)) > 0) {
        b.write(buf, 0, n);
      }
      return b.toByteArray();
    }
  }

  /** Runs {@code hdx serve} until the latch opens; returns the endpoint printed on the first line. */
  private static URI serve(ExecutorService pool, CountDownLatch stop, ByteArrayOutputStream out, String... args)
      throws Exception {
    return serve(pool, stop, out, new Future<?>[1], args);
  }

  private static URI serve(ExecutorService pool, CountDownLatch stop, ByteArrayOutputStream out, Future<?>[] running,
      String... args) throws Exception {
    Hdx hdx = new Hdx(Collections.<Command>singletonList(new ServeCommand(stop)));
    Future<Integer> run = pool.submit(() -> hdx.run(Arrays.asList(args), new Console(out, new ByteArrayOutputStream(),
        false)));
    running[0] = run;
    for (int i = 0; i < 600 && !new String(out.toByteArray(), StandardCharsets.UTF_8).contains("\n"); i++) {
      if (run.isDone()) {
        throw new AssertionError("serve ended early: " + run.get());
      }
      Thread.sleep(20);
    }
    String first = new String(out.toByteArray(), StandardCharsets.UTF_8).split("\n")[0].trim();
    assertTrue(first.startsWith("http://127.0.0.1:") || first.startsWith("https://127.0.0.1:"), first);
    return URI.create(first);
  }

  @Test
  void serve_soapRegistrationGetsAa_queryFindsIt_restartKeepsIt(@TempDir Path data) throws Exception {
    ExecutorService pool = Executors.newCachedThreadPool();
    HipSoap soap = HipSoap.create();
    V3Decoder decoder = V3Decoder.create();
    try {
      CountDownLatch stop = new CountDownLatch(1);
      Future<?>[] first = new Future<?>[1];
      URI endpoint = serve(pool, stop, new ByteArrayOutputStream(), first, "serve", "--port", "0", "--data",
          data.toString());
      byte[] answer = post(endpoint, soap.request(HipSoapBinding.defaults(), "PatientInfoRegister",
          resource("PRPA_IN201311UV02-national.xml")));
      Acknowledgement ack = decoder.decode(soap.parseResponse(answer), Acknowledgement.class);
      assertEquals(AckCode.AA, ack.code(), ack.detail().orElse(""));
      PatientQueryResponse found = decoder.decode(soap.parseResponse(post(endpoint, soap.request(
          HipSoapBinding.defaults(), "PatientInfoQuery", resource("PRPA_IN201305UV02-national.xml")))),
          PatientQueryResponse.class);
      assertEquals(1, found.patients().size());
      for (String[] c : new String[][] {{"OrganizationInfoRegister", "PRPM_IN401030UV01-national.xml"},
          {"ProviderInfoRegister", "PRPM_IN301010UV01-national.xml"},
          {"TerminologyRegister", "PRVS_IN000001UV01-national.xml"}}) {
        Acknowledgement a = decoder.decode(soap.parseResponse(post(endpoint, soap.request(HipSoapBinding.defaults(),
            c[0], resource(c[1])))), Acknowledgement.class);
        assertEquals(AckCode.AA, a.code(), c[0] + " " + a.detail().orElse(""));
      }
      stop.countDown();
      assertEquals(ExitCode.OK, first[0].get());

      CountDownLatch stop2 = new CountDownLatch(1);
      URI again = serve(pool, stop2, new ByteArrayOutputStream(), "serve", "--data", data.toString());
      PatientQueryResponse still = decoder.decode(soap.parseResponse(post(again, soap.request(
          HipSoapBinding.defaults(), "PatientInfoQuery", resource("PRPA_IN201305UV02-national.xml")))),
          PatientQueryResponse.class);
      assertEquals(1, still.patients().size());
      assertEquals("测试甲", still.patients().get(0).name().get());
      ProviderQueryResponse providers = decoder.decode(soap.parseResponse(post(again, soap.request(
          HipSoapBinding.defaults(), "ProviderInfoQuery", resource("PRPM_IN306010UV01-national.xml")))),
          ProviderQueryResponse.class);
      assertEquals(1, providers.providers().size());
      OrganizationQueryResponse orgs = decoder.decode(soap.parseResponse(post(again, soap.request(
          HipSoapBinding.defaults(), "OrganizationInfoQuery", resource("PRPM_IN406010UV01-national.xml")))),
          OrganizationQueryResponse.class);
      assertEquals(1, orgs.organizations().size());
      TerminologyQueryResponse sets = decoder.decode(soap.parseResponse(post(again, soap.request(
          HipSoapBinding.defaults(), "TerminologyQuery", resource("PRVS_IN000003UV01-national.xml")))),
          TerminologyQueryResponse.class);
      assertEquals(1, sets.valueSets().size());
      stop2.countDown();
    } finally {
      pool.shutdown();
    }
  }

  /**
   * The same "done when", with envelopes written by hand the way vendor code writes them (not by HipSoap): SOAP 1.1,
   * parameters {@code input1}/{@code input2}, the registration in CDATA with its XML declaration; the query in SOAP
   * 1.2 with parameters {@code action}/{@code message} and the V3 message escaped.
   */
  @Test
  void serve_handWrittenVendorEnvelopes_registrationAa_queryFindsPatient() throws Exception {
    ExecutorService pool = Executors.newCachedThreadPool();
    V3Decoder decoder = V3Decoder.create();
    HipSoap soap = HipSoap.create();
    try {
      CountDownLatch stop = new CountDownLatch(1);
      URI endpoint = serve(pool, stop, new ByteArrayOutputStream(), "serve", "--port", "0");
      String registration = new String(resource("PRPA_IN201311UV02-national.xml"), StandardCharsets.UTF_8);
      String soap11 = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
          + "<soap:Envelope xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
          + " xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\" xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\">\n"
          + "  <soap:Body>\n    <HIPMessageServer xmlns=\"http://tempuri.org/\">\n"
          + "      <input1>PatientInfoRegister</input1>\n"
          + "      <input2><![CDATA[" + registration + "]]></input2>\n"
          + "    </HIPMessageServer>\n  </soap:Body>\n</soap:Envelope>\n";
      Acknowledgement ack = decoder.decode(soap.parseResponse(post(endpoint, soap11.getBytes(StandardCharsets.UTF_8))),
          Acknowledgement.class);
      assertEquals(AckCode.AA, ack.code(), ack.detail().orElse(""));
      assertEquals("6f1c2a10-0000-4000-8000-000000000001", ack.targetMessageId().extensionOrEmpty());

      String query = new String(resource("PRPA_IN201305UV02-national.xml"), StandardCharsets.UTF_8)
          .replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
      String soap12 = "<soap12:Envelope xmlns:soap12=\"http://www.w3.org/2003/05/soap-envelope\">"
          + "<soap12:Body><HIPMessageServer xmlns=\"http://www.example.com/hip\">"
          + "<action>PatientInfoQuery</action><message>" + query + "</message>"
          + "</HIPMessageServer></soap12:Body></soap12:Envelope>";
      PatientQueryResponse found = decoder.decode(soap.parseResponse(post(endpoint,
          soap12.getBytes(StandardCharsets.UTF_8))), PatientQueryResponse.class);
      assertEquals(AckCode.AA, found.ackCode());
      assertEquals(1, found.patients().size());
      assertEquals("测试甲", found.patients().get(0).name().get());
      stop.countDown();
    } finally {
      pool.shutdown();
    }
  }

  /**
   * {@code --tls} with an EC key and its self-signed certificate in one PEM file serves HTTPS, and
   * {@code --sign-answers} signs each answer: a client trusting only that certificate and the platform's SM2 key
   * registers and finds the patient.
   */
  @Test
  void serve_tlsAndSignedAnswers_clientTrustingBoth_registersAndQueries(@TempDir Path dir) throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
    g.initialize(new ECGenParameterSpec("secp256r1"));
    KeyPair tlsKeys = g.generateKeyPair();
    X500Name name = new X500Name("CN=hdx-serve-test");
    long now = System.currentTimeMillis();
    JcaX509v3CertificateBuilder cb = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(now),
        new Date(now - 60_000), new Date(now + 86_400_000), name, tlsKeys.getPublic());
    cb.addExtension(Extension.subjectAlternativeName, false,
        new GeneralNames(new GeneralName(GeneralName.iPAddress, "127.0.0.1")));
    X509Certificate cert = new JcaX509CertificateConverter().getCertificate(
        cb.build(new JcaContentSignerBuilder("SHA256withECDSA").build(tlsKeys.getPrivate())));
    Base64.Encoder pem = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));
    Path tls = dir.resolve("server.pem");
    Files.write(tls, ("-----BEGIN PRIVATE KEY-----\n" + pem.encodeToString(tlsKeys.getPrivate().getEncoded())
        + "\n-----END PRIVATE KEY-----\n-----BEGIN CERTIFICATE-----\n" + pem.encodeToString(cert.getEncoded())
        + "\n-----END CERTIFICATE-----\n").getBytes(StandardCharsets.US_ASCII));
    Sm2KeyPair platformKey = Sm2KeyPair.generate();
    Path answerKey = dir.resolve("platform-sm2.pem");
    Files.write(answerKey, platformKey.privateKey().toPem(SecretKeyAccess.insecureSecretAccess())
        .getBytes(StandardCharsets.US_ASCII));

    KeyStore trust = KeyStore.getInstance("PKCS12");
    trust.load(null, null);
    trust.setCertificateEntry("platform", cert);
    TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(trust);
    X509TrustManager tm = (X509TrustManager) tmf.getTrustManagers()[0];
    SSLContext client = SSLContext.getInstance("TLS");
    client.init(null, new TrustManager[] {tm}, null);

    ExecutorService pool = Executors.newCachedThreadPool();
    try {
      CountDownLatch stop = new CountDownLatch(1);
      URI endpoint = serve(pool, stop, new ByteArrayOutputStream(), "serve", "--tls", tls.toString(),
          "--sign-answers", answerKey.toString());
      assertTrue(endpoint.toString().startsWith("https://"), endpoint.toString());
      try (PlatformClient c = PlatformClient.builder().endpoint(endpoint).senderId("HIS-A")
          .tls(client.getSocketFactory(), tm).verifyAnswersWith(Sm2Verifier.create(platformKey.publicKey()))
          .build()) {
        PatientRecord p = PatientRecord.builder().addId(Identifier.of(PatientRecord.LOCAL_ID_ROOT, "T1"))
            .name("测试丙").build();
        assertEquals(AckCode.AA, c.registerPatient(p).code());
        assertEquals(1, c.queryPatients(PatientCriteria.builder()
            .localId(Identifier.of(PatientRecord.LOCAL_ID_ROOT, "T1")).build()).patients().size());
      }
      stop.countDown();
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void serve_tlsWithoutKey_usageError(@TempDir Path dir) throws Exception {
    Path empty = dir.resolve("nothing.pem");
    Files.write(empty, "no pem here\n".getBytes(StandardCharsets.US_ASCII));
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = new Hdx(Collections.<Command>singletonList(new ServeCommand(new CountDownLatch(0))))
        .run(Arrays.asList("serve", "--tls", empty.toString()), new Console(new ByteArrayOutputStream(), err, false));
    assertEquals(ExitCode.USAGE, code);
    assertTrue(new String(err.toByteArray(), StandardCharsets.UTF_8).contains("PRIVATE KEY"));
  }

  @Test
  void serve_badPort_usageError() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = new Hdx(Collections.<Command>singletonList(new ServeCommand(new CountDownLatch(0))))
        .run(Arrays.asList("serve", "--port", "x"), new Console(new ByteArrayOutputStream(), err, false));
    assertEquals(ExitCode.USAGE, code);
  }

  @Test
  void serve_signaturesRequired_signedAa_unsignedAndTamperedAr(@TempDir Path dir) throws Exception {
    Sm2KeyPair his = Sm2KeyPair.generate();
    Path pem = dir.resolve("his-a.pem");
    Files.write(pem, his.publicKey().toPem().getBytes(StandardCharsets.US_ASCII));
    ExecutorService pool = Executors.newCachedThreadPool();
    HipSoap soap = HipSoap.create();
    V3Decoder decoder = V3Decoder.create();
    try {
      CountDownLatch stop = new CountDownLatch(1);
      URI endpoint = serve(pool, stop, new ByteArrayOutputStream(), "serve", "--signatures", "required", "--trust",
          "HIS-A=" + pem);
      byte[] message = resource("PRPA_IN201311UV02-national.xml");
      String signature = Base64.getEncoder().encodeToString(Sm2Signer.create(his.privateKey())
          .sign(MessageSignatures.signedContent(message)));
      byte[] tampered = new String(message, StandardCharsets.UTF_8).replace("测试甲", "测试乙")
          .getBytes(StandardCharsets.UTF_8);
      Acknowledgement unsigned = decoder.decode(soap.parseResponse(post(endpoint, soap.request(
          HipSoapBinding.defaults(), "PatientInfoRegister", message))), Acknowledgement.class);
      assertEquals(AckCode.AR, unsigned.code());
      assertTrue(unsigned.detail().get().startsWith("SIM-0021"), unsigned.detail().get());
      Acknowledgement changed = decoder.decode(soap.parseResponse(post(endpoint, soap.request(
          HipSoapBinding.defaults(), "PatientInfoRegister", tampered), signature)), Acknowledgement.class);
      assertEquals(AckCode.AR, changed.code());
      assertTrue(changed.detail().get().startsWith("SIM-0024"), changed.detail().get());
      Acknowledgement signed = decoder.decode(soap.parseResponse(post(endpoint, soap.request(
          HipSoapBinding.defaults(), "PatientInfoRegister", message), signature)), Acknowledgement.class);
      assertEquals(AckCode.AA, signed.code(), signed.detail().orElse(""));
      stop.countDown();
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void serve_signaturesWithoutTrust_usageError() {
    int code = new Hdx(Collections.<Command>singletonList(new ServeCommand(new CountDownLatch(0))))
        .run(Arrays.asList("serve", "--signatures", "required"), new Console(new ByteArrayOutputStream(),
            new ByteArrayOutputStream(), false));
    assertEquals(ExitCode.USAGE, code);
  }
}
