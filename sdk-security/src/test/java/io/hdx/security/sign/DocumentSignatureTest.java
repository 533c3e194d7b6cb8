package io.hdx.security.sign;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hdx.security.CryptoException;
import io.hdx.security.cert.KeyUsage;
import io.hdx.security.cert.Sm2Certificate;
import io.hdx.security.cert.Sm2CertificateBuilder;
import io.hdx.security.cert.TrustAnchors;
import io.hdx.security.cms.VerifiedContent;
import io.hdx.security.sm.Sm2KeyPair;
import io.hdx.security.testing.TestPki;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import org.junit.jupiter.api.Test;

class DocumentSignatureTest {
  private static final byte[] DOCUMENT = "<ClinicalDocument>门诊摘要 (synthetic)</ClinicalDocument>"
      .getBytes(StandardCharsets.UTF_8);

  private final TestPki pki = new TestPki();

  @Test
  void signThenVerify_withChain_givesVerifiedContent() {
    byte[] signature = DocumentSigner.create(pki.signerKeys.privateKey(), pki.signer, pki.intermediate).sign(DOCUMENT);
    VerifiedContent verified = DocumentVerifier.verify(DOCUMENT, signature, TrustAnchors.of(pki.root));
    assertArrayEquals(DOCUMENT, verified.content());
    assertEquals(pki.signer, verified.signerCertificate().get());
  }

  @Test
  void verify_changedDocument_contentMismatch() {
    byte[] signature = DocumentSigner.create(pki.signerKeys.privateKey(), pki.signer, pki.intermediate).sign(DOCUMENT);
    byte[] changed = "<ClinicalDocument>门诊摘要 (synthetiC)</ClinicalDocument>".getBytes(StandardCharsets.UTF_8);
    CryptoException e = assertThrows(CryptoException.class,
        () -> DocumentVerifier.create(TrustAnchors.of(pki.root)).verify(changed, signature));
    assertEquals(CryptoException.CONTENT_MISMATCH, e.errorCode());
  }

  @Test
  void verify_expiredSigner_expired() {
    byte[] signature = DocumentSigner.create(pki.signerKeys.privateKey(), pki.signer, pki.intermediate).sign(DOCUMENT);
    Clock later = Clock.fixed(Instant.now().plus(Duration.ofDays(500)), ZoneOffset.UTC);
    CryptoException e = assertThrows(CryptoException.class,
        () -> DocumentVerifier.create(TrustAnchors.of(pki.root), later).verify(DOCUMENT, signature));
    assertEquals(CryptoException.CERTIFICATE_EXPIRED, e.errorCode());
  }

  @Test
  void create_certificateWithoutSigningUsage_rejected() {
    Sm2KeyPair keys = Sm2KeyPair.generate();
    Sm2Certificate encryptionOnly = Sm2CertificateBuilder.forKey(keys.publicKey()).subject("CN=Encryption only")
        .keyUsage(KeyUsage.KEY_ENCIPHERMENT).selfSign(keys.privateKey());
    assertThrows(IllegalArgumentException.class, () -> DocumentSigner.create(keys.privateKey(), encryptionOnly,
        Collections.<Sm2Certificate>emptyList(), Clock.systemUTC()));
  }
}
