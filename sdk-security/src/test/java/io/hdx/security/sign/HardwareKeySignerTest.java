package io.hdx.security.sign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.security.CryptoException;
import io.hdx.security.cert.Sm2Certificate;
import io.hdx.security.cert.Sm2CertificateBuilder;
import io.hdx.security.cert.TrustAnchors;
import io.hdx.security.cms.Sm2CmsSigner;
import io.hdx.security.cms.Sm2CmsVerifier;
import io.hdx.security.cms.VerifiedContent;
import io.hdx.security.sm.SignatureEncoding;
import io.hdx.security.sm.Sm2PublicKey;
import io.hdx.security.sm.Sm2Signer;
import io.hdx.security.sm.Sm2Verifier;
import io.hdx.security.testing.TestPki;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.asn1.gm.GMNamedCurves;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithID;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: a signer backed by something other than an in-memory {@code Sm2PrivateKey} signs
 * documents through the public API, as a USB key or an HSM would.
 */
class HardwareKeySignerTest {
  private static final byte[] DOCUMENT = "<ClinicalDocument>synthetic</ClinicalDocument>".getBytes(StandardCharsets.UTF_8);

  /**
   * A stand-in for a hardware key: the private key is generated inside and never leaves; the only
   * operation is "sign these bytes", done by Bouncy Castle's own SM2 signer (not HDX's code).
   */
  static final class HardwareKey implements Sm2Signer {
    private final ECPrivateKeyParameters privateKey;
    private final Sm2PublicKey publicKey;
    private final byte[] userId;
    final AtomicInteger operations = new AtomicInteger();

    HardwareKey(String userId) {
      X9ECParameters curve = GMNamedCurves.getByName("sm2p256v1");
      ECDomainParameters domain = new ECDomainParameters(curve.getCurve(), curve.getG(), curve.getN());
      ECKeyPairGenerator generator = new ECKeyPairGenerator();
      generator.init(new ECKeyGenerationParameters(domain, new SecureRandom()));
      AsymmetricCipherKeyPair pair = generator.generateKeyPair();
      this.privateKey = (ECPrivateKeyParameters) pair.getPrivate();
      this.publicKey = Sm2PublicKey.fromBytes(((ECPublicKeyParameters) pair.getPublic()).getQ().getEncoded(false));
      this.userId = userId.getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public byte[] sign(byte[] message) {
      operations.incrementAndGet();
      org.bouncycastle.crypto.signers.SM2Signer device = new org.bouncycastle.crypto.signers.SM2Signer();
      device.init(true, new ParametersWithID(new ParametersWithRandom(privateKey, new SecureRandom()), userId));
      device.update(message, 0, message.length);
      try {
        return device.generateSignature();
      } catch (org.bouncycastle.crypto.CryptoException e) {
        throw new CryptoException(CryptoException.SIGNATURE_INVALID, "hardware key: signing failed", e);
      }
    }

    @Override
    public SignatureEncoding encoding() {
      return SignatureEncoding.DER;
    }

    @Override
    public Sm2PublicKey publicKey() {
      return publicKey;
    }
  }

  private final TestPki pki = new TestPki();
  private final HardwareKey device = new HardwareKey(Sm2Signer.DEFAULT_USER_ID);
  private final Sm2Certificate deviceCertificate = Sm2CertificateBuilder.forKey(device.publicKey())
      .subject("C=CN,O=HDX Test Hospital,CN=Signing Token 0001")
      .issueWith(pki.intermediate, pki.intermediateKeys.privateKey());

  @Test
  void documentSigner_withHardwareKey_verifiesAgainstTheAnchors() {
    byte[] signature = DocumentSigner.create(device, deviceCertificate, pki.intermediate).sign(DOCUMENT);
    VerifiedContent verified = DocumentVerifier.create(TrustAnchors.of(pki.root)).verify(DOCUMENT, signature);
    assertEquals(deviceCertificate, verified.signerCertificate().get());
    assertEquals(1, device.operations.get());
  }

  @Test
  void cmsAttachedAndRawDetached_withHardwareKey() {
    byte[] attached = Sm2CmsSigner.builder(device, deviceCertificate).addCertificates(pki.intermediate).build()
        .signAttached(DOCUMENT);
    VerifiedContent verified = Sm2CmsVerifier.forTrustAnchors(TrustAnchors.of(pki.root)).verifyAttached(attached);
    assertEquals(new String(DOCUMENT, StandardCharsets.UTF_8), new String(verified.content(), StandardCharsets.UTF_8));
    byte[] raw = device.sign(DOCUMENT);
    assertTrue(Sm2Verifier.create(deviceCertificate.publicKey()).isValid(DOCUMENT, raw));
  }

  @Test
  void hardwareKeyWithAnotherUserId_refusedOnFirstSignature() {
    HardwareKey other = new HardwareKey("alice@example.test");
    Sm2Certificate certificate = Sm2CertificateBuilder.forKey(other.publicKey()).subject("CN=Token 0002")
        .issueWith(pki.intermediate, pki.intermediateKeys.privateKey());
    DocumentSigner signer = DocumentSigner.create(other, certificate, pki.intermediate);
    CryptoException e = assertThrows(CryptoException.class, () -> signer.sign(DOCUMENT));
    assertEquals(CryptoException.SIGNATURE_INVALID, e.errorCode());
  }

  @Test
  void signerForAnotherCertificateOrRawEncoding_refused() {
    assertThrows(IllegalArgumentException.class, () -> DocumentSigner.create(device, pki.signer));
    Sm2Signer rawRs = new Sm2Signer() {
      @Override
      public byte[] sign(byte[] message) {
        return device.sign(message);
      }

      @Override
      public SignatureEncoding encoding() {
        return SignatureEncoding.RAW_RS;
      }

      @Override
      public Sm2PublicKey publicKey() {
        return device.publicKey();
      }
    };
    assertThrows(IllegalArgumentException.class, () -> Sm2CmsSigner.builder(rawRs, deviceCertificate));
  }
}
