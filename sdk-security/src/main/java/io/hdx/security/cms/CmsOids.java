package io.hdx.security.cms;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;

/**
 * Which object identifiers a CMS message names its content types with: GM/T 0010-2012's (GB/T 35275-2017
 * §5, {@code 1.2.156.10197.6.1.4.2.x}), which Chinese CA toolkits and the national platforms expect, or RFC
 * 5652's PKCS #7 ones ({@code 1.2.840.113549.1.7.x}), which general tools such as OpenSSL 3 ({@code openssl
 * cms -verify}) require. The structure, algorithms (SM2 with SM3) and signature are the same either way;
 * {@link Sm2CmsVerifier} reads both.
 *
 * <p>Thread safety: immutable.
 *
 * <pre>{@code
 * Sm2CmsSigner signer = Sm2CmsSigner.builder(key, certificate).oids(CmsOids.PKCS7).build();
 * }</pre>
 *
 * @since 0.1.0
 */
public enum CmsOids {
  /** GM/T 0010 §5: data {@code 1.2.156.10197.6.1.4.2.1}, signedData {@code .2}, envelopedData {@code .3}. */
  GMT0010(Gmt0010.DATA, Gmt0010.SIGNED_DATA),
  /** RFC 5652 §4, §5: id-data {@code 1.2.840.113549.1.7.1}, id-signedData {@code .2}. */
  PKCS7(Gmt0010.PKCS7_DATA, Gmt0010.PKCS7_SIGNED_DATA);

  private final ASN1ObjectIdentifier data;
  private final ASN1ObjectIdentifier signedData;

  CmsOids(ASN1ObjectIdentifier data, ASN1ObjectIdentifier signedData) {
    this.data = data;
    this.signedData = signedData;
  }

  /** The OID of the data content type, e.g. {@code 1.2.156.10197.6.1.4.2.1}. */
  public String dataOid() {
    return data.getId();
  }

  /** The OID of the signedData content type, e.g. {@code 1.2.156.10197.6.1.4.2.2}. */
  public String signedDataOid() {
    return signedData.getId();
  }

  ASN1ObjectIdentifier data() {
    return data;
  }

  ASN1ObjectIdentifier signedData() {
    return signedData;
  }
}
