package io.hdx.security.cert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.security.sm.Sm2PrivateKey;
import io.hdx.security.testing.OpenSsl;
import io.hdx.security.testing.TestPki;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SM2 certificates made by HDX pass {@code openssl verify}, and OpenSSL's pass HDX's validator.
 * OpenSSL 3.0 verifies SM2 certificate signatures with the default user ID only when told so
 * ({@code -vfyopt distid:1234567812345678}); without it, it rejects even the certificates it
 * signed itself with that ID, and it applies that option to the end certificate only, so a
 * three-level chain (even one OpenSSL made) fails at depth 1. Each link is therefore checked on
 * its own, trusting the issuer with {@code -partial_chain}.
 */
class CertificateOpenSslInteropTest {
  @TempDir
  Path dir;

  @BeforeEach
  void requireOpenSsl() {
    OpenSsl.assumeSmSupport();
  }

  private void write(String name, String text) throws IOException {
    Files.write(dir.resolve(name), text.getBytes(StandardCharsets.US_ASCII));
  }

  private String read(String name) throws IOException {
    return new String(Files.readAllBytes(dir.resolve(name)), StandardCharsets.US_ASCII);
  }

  @Test
  void hdxChain_verifiesWithOpenSsl() throws IOException {
    TestPki pki = new TestPki();
    write("root.pem", pki.root.toPem());
    write("intermediate.pem", pki.intermediate.toPem());
    write("signer.pem", pki.signer.toPem());
    OpenSsl.Result upper = OpenSsl.ok(dir, "verify", "-vfyopt", "distid:1234567812345678", "-CAfile", "root.pem",
        "intermediate.pem");
    assertTrue(upper.stdoutText().contains("intermediate.pem: OK"), upper.stdoutText() + upper.stderr);
    OpenSsl.Result lower = OpenSsl.ok(dir, "verify", "-vfyopt", "distid:1234567812345678", "-partial_chain",
        "-CAfile", "intermediate.pem", "signer.pem");
    assertTrue(lower.stdoutText().contains("signer.pem: OK"), lower.stdoutText() + lower.stderr);
    OpenSsl.Result text = OpenSsl.ok(dir, "x509", "-in", "signer.pem", "-noout", "-text");
    assertTrue(text.stdoutText().contains("SM2-with-SM3"), text.stdoutText());
    assertTrue(text.stdoutText().contains("Digital Signature, Non Repudiation"), text.stdoutText());
  }

  @Test
  void openSslChain_validatesWithHdx() throws IOException {
    OpenSsl.ok(dir, "genpkey", "-algorithm", "SM2", "-out", "ca.key");
    OpenSsl.ok(dir, "req", "-x509", "-new", "-key", "ca.key", "-sm3", "-sigopt", "distid:1234567812345678",
        "-subj", "/C=CN/O=OpenSSL Test/CN=OpenSSL Test CA", "-days", "30",
        "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign",
        "-out", "ca.pem");
    OpenSsl.ok(dir, "genpkey", "-algorithm", "SM2", "-out", "leaf.key");
    OpenSsl.ok(dir, "req", "-new", "-key", "leaf.key", "-sm3", "-sigopt", "distid:1234567812345678",
        "-subj", "/C=CN/O=OpenSSL Test/CN=Leaf", "-out", "leaf.csr");
    write("ext.cnf", "keyUsage=critical,digitalSignature\nbasicConstraints=critical,CA:FALSE\n");
    OpenSsl.ok(dir, "x509", "-req", "-in", "leaf.csr", "-vfyopt", "distid:1234567812345678", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
        "-sm3", "-sigopt", "distid:1234567812345678", "-days", "10", "-extfile", "ext.cnf", "-out", "leaf.pem");

    Sm2Certificate ca = Sm2Certificate.fromPem(read("ca.pem"));
    Sm2Certificate leaf = Sm2Certificate.fromPem(read("leaf.pem"));
    assertTrue(ca.isSelfSigned());
    assertEquals("C=CN,O=OpenSSL Test,CN=Leaf", leaf.subject());
    assertEquals(Sm2PrivateKey.fromPem(read("leaf.key")).publicKey(), leaf.publicKey());
    assertEquals(2, CertificatePathValidator.create(TrustAnchors.of(ca))
        .validate(leaf, Collections.<Sm2Certificate>emptyList(), KeyUsage.DIGITAL_SIGNATURE).size());
  }

  private static final String SM3_DISTID = "distid:1234567812345678";

  /** An OpenSSL CA-issued certificate for a fresh key, with {@code extensions} (config lines). */
  private void issue(String name, String subject, String issuer, String extensions) throws IOException {
    OpenSsl.ok(dir, "genpkey", "-algorithm", "SM2", "-out", name + ".key");
    OpenSsl.ok(dir, "req", "-new", "-key", name + ".key", "-sm3", "-sigopt", SM3_DISTID, "-subj", subject,
        "-out", name + ".csr");
    write(name + ".cnf", extensions);
    OpenSsl.ok(dir, "x509", "-req", "-in", name + ".csr", "-vfyopt", SM3_DISTID, "-CA", issuer + ".pem",
        "-CAkey", issuer + ".key", "-set_serial", String.valueOf(Math.abs(name.hashCode())), "-sm3", "-sigopt",
        SM3_DISTID, "-days", "10", "-extfile", name + ".cnf", "-out", name + ".pem");
  }

  /** openssl's verdict on one link: {@code issuer} trusted on its own (-partial_chain). */
  private boolean openSslAccepts(String issuer, String subject) throws IOException {
    OpenSsl.Result result = OpenSsl.run(dir, "verify", "-vfyopt", SM3_DISTID, "-partial_chain", "-CAfile",
        issuer + ".pem", subject + ".pem");
    return result.exitCode == 0;
  }

  /** HDX's verdict on the path root -> issuer -> subject, anchored at the OpenSSL root. */
  private boolean hdxAccepts(String issuer, String subject) throws IOException {
    CertificatePathValidator validator = CertificatePathValidator.create(TrustAnchors.fromPem(read("root.pem")));
    try {
      validator.validate(Sm2Certificate.fromPem(read(subject + ".pem")),
          Collections.singletonList(Sm2Certificate.fromPem(read(issuer + ".pem"))));
      return true;
    } catch (io.hdx.security.CryptoException e) {
      return false;
    }
  }

  /**
   * Issue 9 item 1 against OpenSSL: chains OpenSSL made, with valid and invalid CA links; HDX and
   * {@code openssl verify} agree on every link. OpenSSL checks each link with the issuer trusted
   * alone (see the class comment); HDX validates the whole path from the root.
   */
  @Test
  void openSslChains_validAndInvalidLinks_hdxAgreesWithOpenSsl() throws IOException {
    OpenSsl.ok(dir, "genpkey", "-algorithm", "SM2", "-out", "root.key");
    OpenSsl.ok(dir, "req", "-x509", "-new", "-key", "root.key", "-sm3", "-sigopt", SM3_DISTID,
        "-subj", "/C=CN/O=OpenSSL Test/CN=Root", "-days", "30",
        "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign",
        "-out", "root.pem");
    String leafExtensions = "keyUsage=critical,digitalSignature\n";
    java.util.Map<String, String> issuers = new java.util.LinkedHashMap<>();
    // issuer name -> its extensions; each issues a leaf "<issuer>-leaf".
    issuers.put("ca", "basicConstraints=critical,CA:TRUE,pathlen:0\nkeyUsage=critical,keyCertSign\n");
    issuers.put("ca-noku", "basicConstraints=critical,CA:TRUE\n");
    issuers.put("ee-nobc", "subjectKeyIdentifier=hash\n");
    issuers.put("ee-cafalse", "basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature,keyCertSign\n");
    issuers.put("ca-nocertsign", "basicConstraints=critical,CA:TRUE\nkeyUsage=critical,digitalSignature,cRLSign\n");
    java.util.Map<String, Boolean> expected = new java.util.LinkedHashMap<>();
    expected.put("ca", true);
    expected.put("ca-noku", true);
    expected.put("ee-nobc", false);
    expected.put("ee-cafalse", false);
    expected.put("ca-nocertsign", false);
    for (java.util.Map.Entry<String, String> issuer : issuers.entrySet()) {
      String name = issuer.getKey();
      issue(name, "/C=CN/O=OpenSSL Test/CN=" + name, "root", issuer.getValue());
      issue(name + "-leaf", "/C=CN/O=OpenSSL Test/CN=" + name + " leaf", name, leafExtensions);
      assertTrue(openSslAccepts("root", name), name + ": root -> " + name + " is a valid link");
      boolean openssl = openSslAccepts(name, name + "-leaf");
      boolean hdx = hdxAccepts(name, name + "-leaf");
      assertEquals(expected.get(name), openssl, name + ": openssl verify");
      assertEquals(openssl, hdx, name + ": HDX agrees with openssl verify");
    }
    // A leaf whose signature is not its issuer's (an impostor CA of the same name signed it): both refuse.
    OpenSsl.ok(dir, "genpkey", "-algorithm", "SM2", "-out", "impostor.key");
    OpenSsl.ok(dir, "req", "-x509", "-new", "-key", "impostor.key", "-sm3", "-sigopt", SM3_DISTID,
        "-subj", "/C=CN/O=OpenSSL Test/CN=ca", "-days", "30", "-addext", "basicConstraints=critical,CA:TRUE",
        "-out", "impostor.pem");
    issue("wrongkey", "/C=CN/O=OpenSSL Test/CN=wrong key leaf", "impostor", leafExtensions);
    assertEquals(false, openSslAccepts("ca", "wrongkey"));
    assertEquals(false, hdxAccepts("ca", "wrongkey"));
  }
}
