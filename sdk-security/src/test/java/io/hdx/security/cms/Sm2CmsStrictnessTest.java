package io.hdx.security.cms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.security.CryptoException;
import io.hdx.security.cert.Sm2Certificate;
import io.hdx.security.cert.TrustAnchors;
import io.hdx.security.sm.Sm2Signer;
import io.hdx.security.sm.Sm3;
import io.hdx.security.testing.CertForge;
import io.hdx.security.testing.TestPki;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.BERSequence;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.DLSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.IssuerAndSerialNumber;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.Extension;
import org.junit.jupiter.api.Test;

/** Issue 9 items 8, 9 and 10: CMS SignedData is parsed strictly and bounded. */
class Sm2CmsStrictnessTest {
  private static final byte[] DOCUMENT = "<ClinicalDocument>synthetic</ClinicalDocument>".getBytes(StandardCharsets.UTF_8);
  private static final ASN1ObjectIdentifier SM3 = new ASN1ObjectIdentifier("1.2.156.10197.1.401");
  private static final ASN1ObjectIdentifier SM2_SIGN = new ASN1ObjectIdentifier("1.2.156.10197.1.301.1");
  private static final ASN1ObjectIdentifier DATA = new ASN1ObjectIdentifier("1.2.156.10197.6.1.4.2.1");
  private static final ASN1ObjectIdentifier SIGNED_DATA = new ASN1ObjectIdentifier("1.2.156.10197.6.1.4.2.2");

  private final TestPki pki = new TestPki();
  private final Sm2CmsVerifier verifier = Sm2CmsVerifier.forTrustAnchors(TrustAnchors.of(pki.root));

  private static void assertCode(String code, Runnable r) {
    CryptoException e = assertThrows(CryptoException.class, r::run);
    assertEquals(code, e.errorCode(), e.getMessage());
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError("not found");
  }

  /**
   * Every bit of the SignedData outside the embedded certificates (whose own signatures cover
   * them; the fuzz harness flips those too): the versions, digestAlgorithms, the signer
   * identifier, the signedAttrs tag and every other field.
   */
  @Test
  void everySingleBitVariant_ofAValidSignature_isRefused() {
    byte[] signature = Sm2CmsSigner.builder(pki.signerKeys.privateKey(), pki.signer).addCertificates(pki.intermediate)
        .build().signDetached(DOCUMENT);
    verifier.verifyDetached(DOCUMENT, signature);
    int signerAt = indexOf(signature, pki.signer.toDer());
    int intermediateAt = indexOf(signature, pki.intermediate.toDer());
    int verified = 0;
    for (int bit = 0; bit < signature.length * 8; bit++) {
      int at = bit / 8;
      if ((at >= signerAt && at < signerAt + pki.signer.toDer().length)
          || (at >= intermediateAt && at < intermediateAt + pki.intermediate.toDer().length)) {
        continue;
      }
      byte[] variant = signature.clone();
      variant[bit / 8] ^= (byte) (1 << (bit % 8));
      try {
        verifier.verifyDetached(DOCUMENT, variant);
        verified++;
      } catch (CryptoException expected) {
        // refused, as it must be
      }
    }
    assertEquals(0, verified, "single-bit variants that verified");
  }

  @Test
  void berEncoding_ofAValidSignature_isRefused() throws IOException {
    byte[] signature = Sm2CmsSigner.builder(pki.signerKeys.privateKey(), pki.signer).addCertificates(pki.intermediate)
        .build().signDetached(DOCUMENT);
    // The outer ContentInfo with indefinite length (X.690 §8.1.3.6), contents unchanged.
    ASN1Sequence outer = ASN1Sequence.getInstance(ASN1Primitive.fromByteArray(signature));
    byte[] ber = new BERSequence(new ASN1Encodable[] {outer.getObjectAt(0), outer.getObjectAt(1)}).getEncoded();
    assertEquals((byte) 0x80, ber[1]);
    // A definite-length encoding with a non-minimal length is BER too.
    byte[] longLength = new byte[signature.length + 1];
    longLength[0] = signature[0];
    longLength[1] = (byte) 0x83;
    longLength[2] = 0;
    System.arraycopy(signature, 2, longLength, 3, signature.length - 2);
    assertEquals((byte) 0x82, signature[1], "the test assumes a two-byte length");
    for (byte[] variant : new byte[][] {ber, longLength}) {
      assertCode(CryptoException.MALFORMED_CMS, () -> verifier.verifyDetached(DOCUMENT, variant));
    }
  }

  /** SignedData as Sm2CmsSigner writes it, with the given signed attributes (null: none). */
  private byte[] signedData(ASN1EncodableVector attributes, List<Sm2Certificate> certificates) {
    Sm2Signer signer = Sm2Signer.create(pki.signerKeys.privateKey());
    ASN1EncodableVector signerInfo = new ASN1EncodableVector();
    signerInfo.add(new ASN1Integer(1));
    signerInfo.add(new IssuerAndSerialNumber(Certificate.getInstance(pki.signer.toDer())));
    signerInfo.add(new AlgorithmIdentifier(SM3));
    byte[] signature;
    if (attributes != null) {
      DERSet set = new DERSet(attributes);
      signerInfo.add(new DERTaggedObject(false, 0, set));
      signature = signer.sign(der(set));
    } else {
      signature = signer.sign(DOCUMENT);
    }
    signerInfo.add(new AlgorithmIdentifier(SM2_SIGN));
    signerInfo.add(new DEROctetString(signature));
    ASN1EncodableVector certs = new ASN1EncodableVector();
    for (Sm2Certificate c : certificates) {
      certs.add(Certificate.getInstance(c.toDer()));
    }
    ASN1EncodableVector sd = new ASN1EncodableVector();
    sd.add(new ASN1Integer(1));
    sd.add(new DERSet(new AlgorithmIdentifier(SM3)));
    sd.add(new DERSequence(DATA));
    // Thousands of certificates: left unsorted (DLSet) to keep the test fast; refused by count
    // before the DER check either way.
    sd.add(new DERTaggedObject(false, 0, certificates.size() > 100 ? new DLSet(certs) : new DERSet(certs)));
    sd.add(new DERSet(new DERSequence(signerInfo)));
    return der(new ContentInfo(SIGNED_DATA, new DERSequence(sd)));
  }

  private static byte[] der(ASN1Encodable value) {
    try {
      return value.toASN1Primitive().getEncoded(ASN1Encoding.DER);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private ASN1EncodableVector attributes(boolean contentType, boolean signingTime, boolean messageDigest) {
    ASN1EncodableVector v = new ASN1EncodableVector();
    if (contentType) {
      v.add(new Attribute(CMSAttributes.contentType, new DERSet(DATA)));
    }
    if (signingTime) {
      v.add(new Attribute(CMSAttributes.signingTime, new DERSet(new Time(new Date()))));
    }
    if (messageDigest) {
      v.add(new Attribute(CMSAttributes.messageDigest, new DERSet(new DEROctetString(Sm3.digest(DOCUMENT)))));
    }
    return v;
  }

  @Test
  void signedAttributes_allThree_verify() {
    List<Sm2Certificate> certs = new ArrayList<>();
    certs.add(pki.signer);
    certs.add(pki.intermediate);
    verifier.verifyDetached(DOCUMENT, signedData(attributes(true, true, true), certs));
  }

  @Test
  void noSignedAttributes_refused() {
    List<Sm2Certificate> certs = new ArrayList<>();
    certs.add(pki.signer);
    certs.add(pki.intermediate);
    assertCode(CryptoException.MALFORMED_CMS, () -> verifier.verifyDetached(DOCUMENT, signedData(null, certs)));
  }

  @Test
  void missingContentTypeMessageDigestOrSigningTime_refused() {
    List<Sm2Certificate> certs = new ArrayList<>();
    certs.add(pki.signer);
    certs.add(pki.intermediate);
    assertCode(CryptoException.MALFORMED_CMS, () -> verifier.verifyDetached(DOCUMENT, signedData(attributes(false, true, true), certs)));
    assertCode(CryptoException.MALFORMED_CMS, () -> verifier.verifyDetached(DOCUMENT, signedData(attributes(true, false, true), certs)));
    assertCode(CryptoException.MALFORMED_CMS, () -> verifier.verifyDetached(DOCUMENT, signedData(attributes(true, true, false), certs)));
  }

  @Test
  void twentyThousandCertificates_refusedFast() {
    Sm2Certificate fake = CertForge.forKey(pki.recipientKeys.publicKey()).subject(pki.intermediate.subject())
        .issuer(pki.root.subject()).extension(Extension.basicConstraints, true, new BasicConstraints(0)).signBogus();
    List<Sm2Certificate> certs = new ArrayList<>();
    certs.add(pki.signer);
    for (int i = 0; i < 20_000; i++) {
      certs.add(fake);
    }
    certs.add(pki.intermediate);
    byte[] message = signedData(attributes(true, true, true), certs);
    assertTrue(message.length > 20_000 * 300, "message of " + message.length + " bytes");
    long start = System.nanoTime();
    assertCode(CryptoException.MALFORMED_CMS, () -> verifier.verifyDetached(DOCUMENT, message));
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertTrue(millis < 1000, "took " + millis + " ms");
  }
}
