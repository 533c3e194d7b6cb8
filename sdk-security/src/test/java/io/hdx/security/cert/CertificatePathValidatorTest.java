package io.hdx.security.cert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hdx.security.CryptoException;
import io.hdx.security.sm.Sm2KeyPair;
import io.hdx.security.testing.TestPki;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class CertificatePathValidatorTest {
  private final TestPki pki = new TestPki();
  private final CertificatePathValidator validator = CertificatePathValidator.create(TrustAnchors.of(pki.root));

  private static void assertCode(String code, Runnable r) {
    CryptoException e = assertThrows(CryptoException.class, r::run);
    assertEquals(code, e.errorCode(), e.getMessage());
  }

  @Test
  void validate_threeLevels_returnsPathToAnchor() {
    List<Sm2Certificate> path = validator.validate(pki.signer, Collections.singletonList(pki.intermediate),
        KeyUsage.DIGITAL_SIGNATURE);
    assertEquals(Arrays.asList(pki.signer, pki.intermediate, pki.root), path);
  }

  @Test
  void validate_anchorItself_isPathOfOne() {
    assertEquals(Collections.singletonList(pki.root), validator.validate(pki.root, Collections.<Sm2Certificate>emptyList()));
  }

  @Test
  void validate_missingIntermediate_untrusted() {
    assertCode(CryptoException.UNTRUSTED_CERTIFICATE,
        () -> validator.validate(pki.signer, Collections.<Sm2Certificate>emptyList()));
  }

  @Test
  void validate_otherAnchor_untrusted() {
    Sm2KeyPair otherKeys = Sm2KeyPair.generate();
    Sm2Certificate otherRoot = Sm2CertificateBuilder.forKey(otherKeys.publicKey()).subject("CN=Other Root")
        .certificateAuthority(1).selfSign(otherKeys.privateKey());
    assertCode(CryptoException.UNTRUSTED_CERTIFICATE, () -> CertificatePathValidator.create(TrustAnchors.of(otherRoot))
        .validate(pki.signer, Collections.singletonList(pki.intermediate)));
    // A root with the same name but another key: the name matches, the signature does not.
    TestPki twin = new TestPki();
    assertCode(CryptoException.CERTIFICATE_SIGNATURE_INVALID, () -> CertificatePathValidator
        .create(TrustAnchors.of(twin.root)).validate(pki.signer, Collections.singletonList(pki.intermediate)));
  }

  @Test
  void validate_afterExpiry_expired() {
    Clock later = Clock.fixed(Instant.now().plus(Duration.ofDays(400)), ZoneOffset.UTC);
    assertCode(CryptoException.CERTIFICATE_EXPIRED, () -> CertificatePathValidator.create(TrustAnchors.of(pki.root), later)
        .validate(pki.signer, Collections.singletonList(pki.intermediate)));
    Clock before = Clock.fixed(Instant.now().minus(Duration.ofDays(2)), ZoneOffset.UTC);
    assertCode(CryptoException.CERTIFICATE_EXPIRED, () -> CertificatePathValidator.create(TrustAnchors.of(pki.root), before)
        .validate(pki.signer, Collections.singletonList(pki.intermediate)));
  }

  @Test
  void validate_wrongKeyUsage_usageError() {
    assertCode(CryptoException.CERTIFICATE_USAGE, () -> validator.validate(pki.signer,
        Collections.singletonList(pki.intermediate), KeyUsage.KEY_ENCIPHERMENT));
  }

  @Test
  void validate_pathLengthExceeded_usageError() {
    // The intermediate allows no further CA below it (pathLength 0).
    Sm2KeyPair subCaKeys = Sm2KeyPair.generate();
    Sm2Certificate subCa = Sm2CertificateBuilder.forKey(subCaKeys.publicKey()).subject("CN=Sub CA")
        .certificateAuthority(0).issueWith(pki.intermediate, pki.intermediateKeys.privateKey());
    Sm2KeyPair leafKeys = Sm2KeyPair.generate();
    Sm2Certificate leaf = Sm2CertificateBuilder.forKey(leafKeys.publicKey()).subject("CN=Leaf")
        .issueWith(subCa, subCaKeys.privateKey());
    assertCode(CryptoException.CERTIFICATE_USAGE,
        () -> validator.validate(leaf, Arrays.asList(pki.intermediate, subCa)));
  }

  @Test
  void validate_issuerWithoutKeyCertSign_usageError() {
    Sm2KeyPair caKeys = Sm2KeyPair.generate();
    Sm2Certificate weakCa = Sm2CertificateBuilder.forKey(caKeys.publicKey()).subject("CN=Weak CA")
        .certificateAuthority(0).keyUsage(KeyUsage.CRL_SIGN).selfSign(caKeys.privateKey());
    // issueWith refuses such an issuer, so sign the leaf as if weakCa had keyCertSign.
    Sm2Certificate strongTwin = Sm2CertificateBuilder.forKey(caKeys.publicKey()).subject("CN=Weak CA")
        .certificateAuthority(0).selfSign(caKeys.privateKey());
    Sm2KeyPair leafKeys = Sm2KeyPair.generate();
    Sm2Certificate leaf = Sm2CertificateBuilder.forKey(leafKeys.publicKey()).subject("CN=Leaf")
        .issueWith(strongTwin, caKeys.privateKey());
    assertCode(CryptoException.CERTIFICATE_USAGE, () -> CertificatePathValidator.create(TrustAnchors.of(weakCa))
        .validate(leaf, Collections.<Sm2Certificate>emptyList()));
  }

  @Test
  void validate_forgedIssuerSameName_signatureInvalid() {
    Sm2KeyPair forgerKeys = Sm2KeyPair.generate();
    Sm2Certificate forgedIntermediate = Sm2CertificateBuilder.forKey(forgerKeys.publicKey())
        .subject(pki.intermediate.subject()).certificateAuthority(0).selfSign(forgerKeys.privateKey());
    Sm2Certificate forgedLeaf = Sm2CertificateBuilder.forKey(Sm2KeyPair.generate().publicKey())
        .subject("CN=Forged").issueWith(forgedIntermediate, forgerKeys.privateKey());
    assertCode(CryptoException.CERTIFICATE_SIGNATURE_INVALID,
        () -> validator.validate(forgedLeaf, Collections.singletonList(pki.intermediate)));
  }

  @Test
  void trustAnchors_fromPem_allCertificates() {
    TrustAnchors anchors = TrustAnchors.fromPem(pki.root.toPem() + pki.intermediate.toPem());
    assertEquals(2, anchors.certificates().size());
    assertEquals(anchors, TrustAnchors.of(pki.root, pki.intermediate, pki.root));
    assertThrows(CryptoException.class, () -> TrustAnchors.fromPem(""));
  }
}
