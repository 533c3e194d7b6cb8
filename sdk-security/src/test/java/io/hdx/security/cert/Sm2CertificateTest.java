package io.hdx.security.cert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.security.CryptoException;
import io.hdx.security.sm.Sm2KeyPair;
import io.hdx.security.testing.TestPki;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class Sm2CertificateTest {

  @Test
  void selfSign_defaults_endEntityWithSigningUsages() {
    Sm2KeyPair pair = Sm2KeyPair.generate();
    Instant from = Instant.parse("2026-01-01T00:00:00Z");
    Sm2Certificate cert = Sm2CertificateBuilder.forKey(pair.publicKey())
        .subject("C=CN,O=Example,CN=Test")
        .serialNumber(BigInteger.valueOf(4242))
        .validity(from, from.plus(Duration.ofDays(30)))
        .selfSign(pair.privateKey());
    assertTrue(cert.isSelfSigned());
    assertEquals("C=CN,O=Example,CN=Test", cert.subject());
    assertEquals(cert.subject(), cert.issuer());
    assertEquals(BigInteger.valueOf(4242), cert.serialNumber());
    assertEquals(from, cert.notBefore());
    assertEquals(from.plus(Duration.ofDays(30)), cert.notAfter());
    assertEquals(pair.publicKey(), cert.publicKey());
    assertFalse(cert.isCertificateAuthority());
    assertEquals(EnumSet.of(KeyUsage.DIGITAL_SIGNATURE, KeyUsage.NON_REPUDIATION), cert.keyUsages());
    assertTrue(cert.isValidAt(from));
    assertFalse(cert.isValidAt(from.minusSeconds(1)));
  }

  @Test
  void pemAndDer_roundTrip_equal() {
    TestPki pki = new TestPki();
    assertEquals(pki.signer, Sm2Certificate.fromPem(pki.signer.toPem()));
    assertEquals(pki.signer, Sm2Certificate.fromDer(pki.signer.toDer()));
    assertEquals(pki.signer.hashCode(), Sm2Certificate.fromDer(pki.signer.toDer()).hashCode());
    assertEquals(Arrays.asList(pki.signer, pki.root),
        Sm2Certificate.allFromPem(pki.signer.toPem() + "text between\n" + pki.root.toPem()));
    assertNotEquals(pki.signer, pki.root);
  }

  @Test
  void toString_neverShowsSubject() {
    TestPki pki = new TestPki();
    assertFalse(pki.signer.toString().contains("Signing"));
    assertTrue(pki.signer.toString().startsWith("Sm2Certificate[serial="));
  }

  @Test
  void issued_caAndLeaf_haveConstraints() {
    TestPki pki = new TestPki();
    assertTrue(pki.root.isCertificateAuthority());
    assertEquals(1, pki.root.pathLengthConstraint().getAsInt());
    assertEquals(EnumSet.of(KeyUsage.KEY_CERT_SIGN, KeyUsage.CRL_SIGN), pki.root.keyUsages());
    assertTrue(pki.signer.isSignedBy(pki.intermediate.publicKey()));
    assertFalse(pki.signer.isSignedBy(pki.root.publicKey()));
    assertEquals(pki.intermediate.subject(), pki.signer.issuer());
    assertFalse(pki.signer.pathLengthConstraint().isPresent());
  }

  @Test
  void issueWith_nonCaIssuer_rejected() {
    TestPki pki = new TestPki();
    Sm2KeyPair other = Sm2KeyPair.generate();
    assertThrows(IllegalArgumentException.class, () -> Sm2CertificateBuilder.forKey(other.publicKey())
        .subject("CN=x").issueWith(pki.signer, pki.signerKeys.privateKey()));
    assertThrows(IllegalArgumentException.class, () -> Sm2CertificateBuilder.forKey(other.publicKey())
        .subject("CN=x").issueWith(pki.root, pki.signerKeys.privateKey()));
    assertThrows(IllegalArgumentException.class, () -> Sm2CertificateBuilder.forKey(other.publicKey())
        .subject("CN=x").selfSign(pki.signerKeys.privateKey()));
    assertThrows(IllegalStateException.class, () -> Sm2CertificateBuilder.forKey(other.publicKey())
        .selfSign(other.privateKey()));
  }

  @Test
  void fromDer_garbageOrTampered_cryptoException() {
    TestPki pki = new TestPki();
    assertThrows(CryptoException.class, () -> Sm2Certificate.fromDer(new byte[] {0x30, 0x03, 1, 2, 3}));
    assertThrows(CryptoException.class, () -> Sm2Certificate.fromPem("no pem here"));
    byte[] der = pki.signer.toDer();
    der[der.length - 5] ^= 0x01; // inside the signature value
    Sm2Certificate tampered = Sm2Certificate.fromDer(der);
    assertFalse(tampered.isSignedBy(pki.intermediate.publicKey()));
  }
}
