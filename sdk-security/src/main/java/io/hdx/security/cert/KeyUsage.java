package io.hdx.security.cert;

/**
 * The purposes of a certificate's key, from the key usage extension (RFC 5280 §4.2.1.3).
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public enum KeyUsage {
  /** digitalSignature (bit 0): signatures other than on certificates and CRLs. */
  DIGITAL_SIGNATURE(org.bouncycastle.asn1.x509.KeyUsage.digitalSignature),
  /** nonRepudiation / contentCommitment (bit 1): signatures that commit the signer to content. */
  NON_REPUDIATION(org.bouncycastle.asn1.x509.KeyUsage.nonRepudiation),
  /** keyEncipherment (bit 2): encrypting keys, as SM2 key transport in enveloped data does. */
  KEY_ENCIPHERMENT(org.bouncycastle.asn1.x509.KeyUsage.keyEncipherment),
  /** dataEncipherment (bit 3): encrypting data directly with the public key. */
  DATA_ENCIPHERMENT(org.bouncycastle.asn1.x509.KeyUsage.dataEncipherment),
  /** keyAgreement (bit 4). */
  KEY_AGREEMENT(org.bouncycastle.asn1.x509.KeyUsage.keyAgreement),
  /** keyCertSign (bit 5): signing certificates; only for CA certificates. */
  KEY_CERT_SIGN(org.bouncycastle.asn1.x509.KeyUsage.keyCertSign),
  /** cRLSign (bit 6): signing revocation lists. */
  CRL_SIGN(org.bouncycastle.asn1.x509.KeyUsage.cRLSign);

  private final int mask;

  KeyUsage(int mask) {
    this.mask = mask;
  }

  int mask() {
    return mask;
  }
}
