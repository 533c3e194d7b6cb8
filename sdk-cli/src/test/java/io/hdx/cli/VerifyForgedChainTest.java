package io.hdx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.security.cert.Sm2Certificate;
import io.hdx.security.cert.Sm2CertificateBuilder;
import io.hdx.security.sign.DocumentSigner;
import io.hdx.security.sm.Sm2KeyPair;
import io.hdx.security.sm.Sm2PrivateKey;
import io.hdx.security.sm.Sm2PublicKey;
import io.hdx.security.sm.Sm2Signer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 item 1 through the command line: a trusted root issued an ordinary end-entity
 * certificate (no basicConstraints, no keyUsage); its holder issues a certificate in a victim's
 * name and signs with it. {@code hdx verify} must answer INVALID with exit code 1.
 */
class VerifyForgedChainTest {
  private static final byte[] DOCUMENT = "<ClinicalDocument>synthetic</ClinicalDocument>".getBytes(StandardCharsets.UTF_8);

  @TempDir
  Path dir;

  /** A v3 certificate with only the extensions given, signed with SM3withSM2 by {@code issuerKey}. */
  private static Sm2Certificate certificate(Sm2PublicKey subjectKey, String subject, String issuer,
      Sm2PrivateKey issuerKey, KeyUsage keyUsage) throws IOException {
    Sm2Signer signer = Sm2Signer.create(issuerKey);
    ContentSigner contentSigner = new ContentSigner() {
      private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

      @Override
      public AlgorithmIdentifier getAlgorithmIdentifier() {
        return new AlgorithmIdentifier(new ASN1ObjectIdentifier("1.2.156.10197.1.501"));
      }

      @Override
      public OutputStream getOutputStream() {
        return buffer;
      }

      @Override
      public byte[] getSignature() {
        return signer.sign(buffer.toByteArray());
      }
    };
    Instant now = Instant.now();
    X509v3CertificateBuilder builder = new X509v3CertificateBuilder(new X500Name(issuer),
        BigInteger.valueOf(now.toEpochMilli()), Date.from(now.minus(Duration.ofDays(1))),
        Date.from(now.plus(Duration.ofDays(30))), new X500Name(subject),
        SubjectPublicKeyInfo.getInstance(subjectKey.toSpkiDer()));
    if (keyUsage != null) {
      builder.addExtension(Extension.keyUsage, true, keyUsage);
    }
    return Sm2Certificate.fromDer(builder.build(contentSigner).getEncoded());
  }

  @Test
  void verify_endEntityActingAsCa_invalidExit1() throws IOException {
    Sm2KeyPair rootKeys = Sm2KeyPair.generate();
    Sm2Certificate root = Sm2CertificateBuilder.forKey(rootKeys.publicKey()).subject("C=CN,O=HDX Test,CN=Trusted Root")
        .certificateAuthority(1).selfSign(rootKeys.privateKey());
    Sm2KeyPair eeKeys = Sm2KeyPair.generate();
    Sm2Certificate endEntity = certificate(eeKeys.publicKey(), "C=CN,O=HDX Test,CN=Ordinary Clerk", root.subject(),
        rootKeys.privateKey(), null);
    Sm2KeyPair victimKeys = Sm2KeyPair.generate();
    Sm2Certificate victim = certificate(victimKeys.publicKey(), "C=CN,O=Victim Hospital,CN=Chief Physician",
        endEntity.subject(), eeKeys.privateKey(), new KeyUsage(KeyUsage.digitalSignature));

    Path rootPem = Files.write(dir.resolve("root.pem"), root.toPem().getBytes(StandardCharsets.US_ASCII));
    Path doc = Files.write(dir.resolve("doc.xml"), DOCUMENT);
    Path sig = Files.write(dir.resolve("doc.xml.p7s"),
        DocumentSigner.create(victimKeys.privateKey(), victim, endEntity).sign(DOCUMENT));

    CryptoCommandsTest.Run run = CryptoCommandsTest.hdx("verify", "--cert", rootPem, doc, sig);
    assertEquals(1, run.code, run.out + run.err);
    assertTrue(run.out.startsWith("INVALID " + doc + " cms CRYPTO-0404"), run.out);
    assertTrue(run.out.contains("§6.1.4 (k)"), run.out);
    assertFalse(run.out.contains("Victim") || run.out.contains("Chief"), run.out);
    assertEquals("", run.err);

    // The same chain with a real CA in the middle verifies: the refusal is about the CA check.
    Sm2KeyPair caKeys = Sm2KeyPair.generate();
    Sm2Certificate ca = Sm2CertificateBuilder.forKey(caKeys.publicKey()).subject("C=CN,O=HDX Test,CN=Issuing CA")
        .certificateAuthority(0).issueWith(root, rootKeys.privateKey());
    Sm2Certificate honest = certificate(victimKeys.publicKey(), "C=CN,O=Victim Hospital,CN=Chief Physician",
        ca.subject(), caKeys.privateKey(), new KeyUsage(KeyUsage.digitalSignature));
    Files.write(sig, DocumentSigner.create(victimKeys.privateKey(), honest, ca).sign(DOCUMENT));
    CryptoCommandsTest.Run valid = CryptoCommandsTest.hdx("verify", "--cert", rootPem, doc, sig);
    assertEquals(0, valid.code, valid.out + valid.err);
  }
}
