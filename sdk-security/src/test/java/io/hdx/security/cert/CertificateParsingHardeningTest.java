package io.hdx.security.cert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hdx.security.CryptoException;
import io.hdx.security.cms.Sm2CmsSigner;
import io.hdx.security.cms.Sm2CmsVerifier;
import io.hdx.security.internal.Pem;
import io.hdx.security.testing.TestPki;
import java.nio.charset.StandardCharsets;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.DERTaggedObject;
import org.junit.jupiter.api.Test;

/** Issue 9 items 4 and 8: certificates are parsed within the contract, DER only. */
class CertificateParsingHardeningTest {
  private static final byte[] DOCUMENT = "<ClinicalDocument/>".getBytes(StandardCharsets.UTF_8);
  private final TestPki pki = new TestPki();

  private static void assertCode(String code, Runnable r) {
    CryptoException e = assertThrows(CryptoException.class, r::run);
    assertEquals(code, e.errorCode(), e.getMessage());
  }

  /** The signer certificate with its public key BIT STRING claiming one unused bit. */
  private byte[] unusedBitsCertificate() {
    byte[] der = pki.signer.toDer();
    for (int i = 0; i + 3 < der.length; i++) {
      if (der[i] == 0x03 && der[i + 1] == 0x42 && der[i + 2] == 0x00 && der[i + 3] == 0x04) {
        der[i + 2] = 0x01;
        return der;
      }
    }
    throw new AssertionError("no subjectPublicKey BIT STRING found");
  }

  @Test
  void publicKeyWithUnusedBits_malformedCertificate_everyEntryPoint() {
    byte[] der = unusedBitsCertificate();
    String pem = Pem.encode("CERTIFICATE", der);
    assertCode(CryptoException.MALFORMED_CERTIFICATE, () -> Sm2Certificate.fromDer(der));
    assertCode(CryptoException.MALFORMED_CERTIFICATE, () -> Sm2Certificate.fromPem(pem));
    assertCode(CryptoException.MALFORMED_CERTIFICATE, () -> TrustAnchors.fromPem(pki.root.toPem() + pem));
  }

  @Test
  void cmsCarryingSuchACertificate_verifiesWithinTheContract() throws Exception {
    // The bad certificate rides along in the certificate set (DER, sorted); it cannot be parsed,
    // so it is skipped, and the message verifies by the good ones.
    byte[] signature = Sm2CmsSigner.builder(pki.signerKeys.privateKey(), pki.signer).addCertificates(pki.intermediate)
        .build().signDetached(DOCUMENT);
    ASN1Sequence contentInfo = ASN1Sequence.getInstance(signature);
    ASN1Sequence signedData = ASN1Sequence.getInstance(
        ASN1TaggedObject.getInstance(contentInfo.getObjectAt(1)).getExplicitBaseObject());
    ASN1EncodableVector certificates = new ASN1EncodableVector();
    certificates.add(ASN1Primitive.fromByteArray(pki.signer.toDer()));
    certificates.add(ASN1Primitive.fromByteArray(pki.intermediate.toDer()));
    certificates.add(ASN1Primitive.fromByteArray(unusedBitsCertificate()));
    ASN1EncodableVector fields = new ASN1EncodableVector();
    for (int i = 0; i < signedData.size(); i++) {
      fields.add(i == 3 ? new DERTaggedObject(false, 0, new DERSet(certificates)) : signedData.getObjectAt(i));
    }
    byte[] withBad = new DERSequence(new ASN1Encodable[] {contentInfo.getObjectAt(0),
        new DERTaggedObject(true, 0, new DERSequence(fields))}).getEncoded(ASN1Encoding.DER);
    assertEquals(pki.signer, Sm2CmsVerifier.forTrustAnchors(TrustAnchors.of(pki.root))
        .verifyDetached(DOCUMENT, withBad).signerCertificate().get());
  }

  @Test
  void berVariantOfACertificate_refused() {
    byte[] der = pki.signer.toDer();
    // The outer SEQUENCE length in a non-minimal long form (X.690 §10.1 requires the minimal one).
    assertEquals((byte) 0x82, der[1]);
    byte[] ber = new byte[der.length + 1];
    ber[0] = 0x30;
    ber[1] = (byte) 0x83;
    ber[2] = 0;
    System.arraycopy(der, 2, ber, 3, der.length - 2);
    assertCode(CryptoException.MALFORMED_CERTIFICATE, () -> Sm2Certificate.fromDer(ber));
  }
}
