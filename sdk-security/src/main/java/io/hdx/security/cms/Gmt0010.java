package io.hdx.security.cms;

import io.hdx.security.cert.Sm2Certificate;
import io.hdx.security.internal.Asn1;
import java.util.Arrays;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.IssuerAndSerialNumber;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;

/**
 * Object identifiers of GM/T 0010-2012 / GB/T 35275-2017 and the RFC 5652 ones accepted beside
 * them.
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
final class Gmt0010 {
  /** SM2 cryptographic message syntax, GM/T 0010 §5. */
  static final ASN1ObjectIdentifier SM2_CMS = new ASN1ObjectIdentifier("1.2.156.10197.6.1.4.2");
  /** data. */
  static final ASN1ObjectIdentifier DATA = SM2_CMS.branch("1");
  /** signedData. */
  static final ASN1ObjectIdentifier SIGNED_DATA = SM2_CMS.branch("2");
  /** envelopedData. */
  static final ASN1ObjectIdentifier ENVELOPED_DATA = SM2_CMS.branch("3");

  /** RFC 5652 id-data. */
  static final ASN1ObjectIdentifier PKCS7_DATA = CMSObjectIdentifiers.data;
  /** RFC 5652 id-signedData. */
  static final ASN1ObjectIdentifier PKCS7_SIGNED_DATA = CMSObjectIdentifiers.signedData;
  /** RFC 5652 id-envelopedData. */
  static final ASN1ObjectIdentifier PKCS7_ENVELOPED_DATA = CMSObjectIdentifiers.envelopedData;

  /** SM4 without a mode, which some older CFCA toolkits wrote for SM4-CBC. */
  static final ASN1ObjectIdentifier SM4 = new ASN1ObjectIdentifier("1.2.156.10197.1.104");

  private Gmt0010() {}

  static Certificate asn1(Sm2Certificate certificate) {
    return Certificate.getInstance(certificate.toDer());
  }

  static IssuerAndSerialNumber issuerAndSerial(Sm2Certificate certificate) {
    return new IssuerAndSerialNumber(asn1(certificate));
  }

  /**
   * Whether {@code id} names {@code certificate} (RFC 5652 §5.3 issuerAndSerialNumber). The
   * issuer name must be the certificate's byte for byte: a signer copies it from the certificate,
   * and the looser X.500 comparison (case, string types) would let other encodings of one
   * message verify (issue 9 item 8).
   */
  static boolean matches(IssuerAndSerialNumber id, Sm2Certificate certificate) {
    Certificate c = asn1(certificate);
    return Arrays.equals(Asn1.der(id.getName()), Asn1.der(c.getIssuer()))
        && id.getSerialNumber().equals(c.getSerialNumber());
  }

  /** Whether {@code keyId} is {@code certificate}'s subject key identifier (RFC 5652 §5.3). */
  static boolean matchesKeyId(ASN1OctetString keyId, Sm2Certificate certificate) {
    Extensions extensions = asn1(certificate).getTBSCertificate().getExtensions();
    SubjectKeyIdentifier ski = extensions == null ? null : SubjectKeyIdentifier.fromExtensions(extensions);
    return ski != null && Arrays.equals(ski.getKeyIdentifier(), keyId.getOctets());
  }
}
