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
}
