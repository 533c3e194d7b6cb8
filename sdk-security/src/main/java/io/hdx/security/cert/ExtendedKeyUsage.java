package io.hdx.security.cert;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;

/**
 * Purposes a certificate's extended key usage extension may name (RFC 5280 §4.2.1.12; document
 * signing from RFC 9336 §3.1). A certificate without the extension may be used for any purpose;
 * one with it only for the purposes it lists, or for all of them when it lists {@link #ANY}.
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public enum ExtendedKeyUsage {
  /** anyExtendedKeyUsage, 2.5.29.37.0 (RFC 5280 §4.2.1.12). */
  ANY("2.5.29.37.0"),
  /** id-kp-serverAuth, 1.3.6.1.5.5.7.3.1: TLS server. */
  SERVER_AUTH("1.3.6.1.5.5.7.3.1"),
  /** id-kp-clientAuth, 1.3.6.1.5.5.7.3.2: TLS client. */
  CLIENT_AUTH("1.3.6.1.5.5.7.3.2"),
  /** id-kp-codeSigning, 1.3.6.1.5.5.7.3.3. */
  CODE_SIGNING("1.3.6.1.5.5.7.3.3"),
  /** id-kp-emailProtection, 1.3.6.1.5.5.7.3.4: S/MIME, that is CMS signatures and envelopes. */
  EMAIL_PROTECTION("1.3.6.1.5.5.7.3.4"),
  /** id-kp-timeStamping, 1.3.6.1.5.5.7.3.8. */
  TIME_STAMPING("1.3.6.1.5.5.7.3.8"),
  /** id-kp-OCSPSigning, 1.3.6.1.5.5.7.3.9. */
  OCSP_SIGNING("1.3.6.1.5.5.7.3.9"),
  /** id-kp-documentSigning, 1.3.6.1.5.5.7.3.36 (RFC 9336): signing human-readable documents. */
  DOCUMENT_SIGNING("1.3.6.1.5.5.7.3.36");

  private final ASN1ObjectIdentifier oid;

  ExtendedKeyUsage(String oid) {
    this.oid = new ASN1ObjectIdentifier(oid);
  }

  /** The KeyPurposeId in dotted form. */
  public String dottedOid() {
    return oid.getId();
  }

  ASN1ObjectIdentifier oid() {
    return oid;
  }
}
