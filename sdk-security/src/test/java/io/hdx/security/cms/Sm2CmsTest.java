package io.hdx.security.cms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.security.CryptoException;
import io.hdx.security.cert.Sm2Certificate;
import io.hdx.security.cert.Sm2CertificateBuilder;
import io.hdx.security.cert.TrustAnchors;
import io.hdx.security.sm.Sm2KeyPair;
import io.hdx.security.testing.TestPki;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collections;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.EnvelopedData;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.cms.SignerInfo;
import org.junit.jupiter.api.Test;

class Sm2CmsTest {
  private static final byte[] DOCUMENT =
      "<ClinicalDocument xmlns=\"urn:hl7-org:v3\"><title>synthetic</title></ClinicalDocument>"
          .getBytes(StandardCharsets.UTF_8);

  private final TestPki pki = new TestPki();
  private final Sm2CmsSigner signer = Sm2CmsSigner.builder(pki.signerKeys.privateKey(), pki.signer)
      .addCertificates(pki.intermediate).build();
  private final Sm2CmsVerifier verifier = Sm2CmsVerifier.forTrustAnchors(TrustAnchors.of(pki.root));

  private static void assertCode(String code, Runnable r) {
    CryptoException e = assertThrows(CryptoException.class, r::run);
    assertEquals(code, e.errorCode(), e.getMessage());
  }

  @Test
  void signDetached_structure_followsGmt0010() throws Exception {
    byte[] der = signer.signDetached(DOCUMENT);
    ContentInfo info = ContentInfo.getInstance(ASN1Primitive.fromByteArray(der));
    assertEquals("1.2.156.10197.6.1.4.2.2", info.getContentType().getId());
    ASN1Sequence seq = ASN1Sequence.getInstance(info.getContent());
    assertEquals(1, ASN1Integer.getInstance(seq.getObjectAt(0)).intValueExact());
    SignedData sd = SignedData.getInstance(seq);
    assertEquals("1.2.156.10197.6.1.4.2.1", sd.getEncapContentInfo().getContentType().getId());
    assertEquals(null, sd.getEncapContentInfo().getContent());
    assertEquals(2, sd.getCertificates().size());
    SignerInfo si = SignerInfo.getInstance(sd.getSignerInfos().getObjectAt(0));
    assertEquals(1, si.getVersion().intValueExact());
    assertEquals("1.2.156.10197.1.401", si.getDigestAlgorithm().getAlgorithm().getId());
    assertEquals("1.2.156.10197.1.301.1", si.getDigestEncryptionAlgorithm().getAlgorithm().getId());
    assertEquals(3, si.getAuthenticatedAttributes().size());
  }

  @Test
  void detached_signAndVerify_returnsContentAndChain() {
    Instant signedAt = Instant.parse("2026-06-01T08:00:00Z");
    byte[] signature = Sm2CmsSigner.builder(pki.signerKeys.privateKey(), pki.signer).addCertificates(pki.intermediate)
        .clock(Clock.fixed(signedAt, ZoneOffset.UTC)).build().signDetached(DOCUMENT);
    VerifiedContent verified = verifier.verifyDetached(DOCUMENT, signature);
    assertArrayEquals(DOCUMENT, verified.content());
    assertEquals(pki.signer, verified.signerCertificate().get());
    assertEquals(Arrays.asList(pki.signer, pki.intermediate, pki.root), verified.certificatePath());
    assertEquals(signedAt, verified.signingTime().get());
    assertFalse(verified.toString().contains("ClinicalDocument"));
  }

  @Test
  void attached_signAndVerify_returnsEmbeddedContent() {
    byte[] cms = signer.signAttached(DOCUMENT);
    assertArrayEquals(DOCUMENT, verifier.verifyAttached(cms).content());
    assertCode(CryptoException.MALFORMED_CMS, () -> verifier.verifyDetached(DOCUMENT, cms));
    assertCode(CryptoException.MALFORMED_CMS, () -> verifier.verifyAttached(signer.signDetached(DOCUMENT)));
  }

  @Test
  void verify_otherContent_contentMismatch() {
    byte[] signature = signer.signDetached(DOCUMENT);
    byte[] changed = DOCUMENT.clone();
    changed[10] ^= 1;
    assertCode(CryptoException.CONTENT_MISMATCH, () -> verifier.verifyDetached(changed, signature));
  }

  @Test
  void verify_tamperedSignatureValue_invalid() {
    byte[] signature = signer.signDetached(DOCUMENT);
    // The SM2 signature is the last OCTET STRING; flip a byte inside its s value.
    signature[signature.length - 3] ^= 0x01;
    CryptoException e = assertThrows(CryptoException.class, () -> verifier.verifyDetached(DOCUMENT, signature));
    assertTrue(e.errorCode().equals(CryptoException.SIGNATURE_INVALID), e.getMessage());
  }

  @Test
  void verify_untrustedRootOrMissingIntermediate_untrusted() {
    Sm2KeyPair otherKeys = Sm2KeyPair.generate();
    Sm2Certificate otherRoot = Sm2CertificateBuilder.forKey(otherKeys.publicKey()).subject("CN=Other Root")
        .certificateAuthority(0).selfSign(otherKeys.privateKey());
    byte[] signature = signer.signDetached(DOCUMENT);
    assertCode(CryptoException.UNTRUSTED_CERTIFICATE,
        () -> Sm2CmsVerifier.forTrustAnchors(TrustAnchors.of(otherRoot)).verifyDetached(DOCUMENT, signature));
    byte[] withoutIntermediate = Sm2CmsSigner.builder(pki.signerKeys.privateKey(), pki.signer).build()
        .signDetached(DOCUMENT);
    assertCode(CryptoException.UNTRUSTED_CERTIFICATE, () -> verifier.verifyDetached(DOCUMENT, withoutIntermediate));
    // ... but trusting the intermediate directly is enough.
    assertEquals(2, Sm2CmsVerifier.forTrustAnchors(TrustAnchors.of(pki.intermediate))
        .verifyDetached(DOCUMENT, withoutIntermediate).certificatePath().size());
  }

  @Test
  void verify_signerKeyMode_checksKeyOnly() {
    byte[] signature = signer.signDetached(DOCUMENT);
    VerifiedContent verified = Sm2CmsVerifier.forSignerKey(pki.signerKeys.publicKey()).verifyDetached(DOCUMENT, signature);
    assertTrue(verified.certificatePath().isEmpty());
    assertCode(CryptoException.UNTRUSTED_CERTIFICATE,
        () -> Sm2CmsVerifier.forSignerKey(pki.rootKeys.publicKey()).verifyDetached(DOCUMENT, signature));
  }

  @Test
  void verify_junk_malformedCms() {
    for (byte[] junk : new byte[][] {{}, {0x30, 0x00}, {0x30, 0x03, 0x06, 0x01, 0x00}, DOCUMENT,
        pki.signer.toDer()}) {
      assertThrows(CryptoException.class, () -> verifier.verifyDetached(DOCUMENT, junk));
    }
    byte[] signature = signer.signDetached(DOCUMENT);
    for (int cut = 1; cut < signature.length; cut += 37) {
      byte[] truncated = Arrays.copyOf(signature, cut);
      assertThrows(CryptoException.class, () -> verifier.verifyDetached(DOCUMENT, truncated));
    }
  }

  @Test
  void signerBuilder_certificateForOtherKey_rejected() {
    assertThrows(IllegalArgumentException.class, () -> Sm2CmsSigner.builder(pki.rootKeys.privateKey(), pki.signer));
  }

  // ---- enveloped data

  @Test
  void envelope_structure_followsGmt0010() throws Exception {
    byte[] der = Sm2CmsEnvelope.encrypt(DOCUMENT, Collections.singletonList(pki.recipient));
    ContentInfo info = ContentInfo.getInstance(ASN1Primitive.fromByteArray(der));
    assertEquals("1.2.156.10197.6.1.4.2.3", info.getContentType().getId());
    EnvelopedData ed = EnvelopedData.getInstance(info.getContent());
    assertEquals("1.2.156.10197.6.1.4.2.1", ed.getEncryptedContentInfo().getContentType().getId());
    assertEquals("1.2.156.10197.1.104.2", ed.getEncryptedContentInfo().getContentEncryptionAlgorithm().getAlgorithm().getId());
  }

  @Test
  void envelope_twoRecipients_eachDecrypts() {
    Sm2KeyPair secondKeys = Sm2KeyPair.generate();
    Sm2Certificate second = Sm2CertificateBuilder.forKey(secondKeys.publicKey()).subject("CN=Second")
        .keyUsage(io.hdx.security.cert.KeyUsage.KEY_ENCIPHERMENT).selfSign(secondKeys.privateKey());
    byte[] envelope = Sm2CmsEnvelope.encrypt(DOCUMENT, Arrays.asList(pki.recipient, second));
    assertArrayEquals(DOCUMENT, Sm2CmsEnvelope.decrypt(envelope, pki.recipientKeys.privateKey(), pki.recipient));
    assertArrayEquals(DOCUMENT, Sm2CmsEnvelope.decrypt(envelope, secondKeys.privateKey(), second));
  }

  @Test
  void envelope_notARecipient_noMatchingRecipient() {
    Sm2KeyPair otherKeys = Sm2KeyPair.generate();
    Sm2Certificate other = Sm2CertificateBuilder.forKey(otherKeys.publicKey()).subject("CN=Other")
        .keyUsage(io.hdx.security.cert.KeyUsage.KEY_ENCIPHERMENT).selfSign(otherKeys.privateKey());
    byte[] envelope = Sm2CmsEnvelope.encrypt(DOCUMENT, Collections.singletonList(pki.recipient));
    assertCode(CryptoException.NO_MATCHING_RECIPIENT, () -> Sm2CmsEnvelope.decrypt(envelope, otherKeys.privateKey(), other));
  }

  @Test
  void envelope_signingOnlyCertificate_refused() {
    assertCode(CryptoException.CERTIFICATE_USAGE,
        () -> Sm2CmsEnvelope.encrypt(DOCUMENT, Collections.singletonList(pki.signer)));
  }

  @Test
  void envelope_junk_cryptoException() {
    for (byte[] junk : new byte[][] {{}, {0x30, 0x00}, DOCUMENT, signer.signDetached(DOCUMENT)}) {
      assertThrows(CryptoException.class,
          () -> Sm2CmsEnvelope.decrypt(junk, pki.recipientKeys.privateKey(), pki.recipient));
    }
  }
}
