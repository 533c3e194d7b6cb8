/**
 * The SM2 cryptographic message syntax of GM/T 0010-2012 (published as GB/T 35275-2017): signed
 * data, detached or with the content attached, and enveloped data with SM2 key transport and SM4
 * content encryption.
 *
 * <p>Choices made where the standard or Bouncy Castle leave room (see each class):
 * content types {@code 1.2.156.10197.6.1.4.2.1} (data), {@code .2} (signedData), {@code .3}
 * (envelopedData); digest SM3 {@code 1.2.156.10197.1.401}; signature algorithm SM2-1
 * {@code 1.2.156.10197.1.301.1} in SignerInfo (the RFC 5652 ids and {@code 1.2.156.10197.1.501}
 * are accepted on input); key transport SM2-3 {@code 1.2.156.10197.1.301.3} with the GM/T 0009
 * DER ciphertext; content encryption SM4-CBC {@code 1.2.156.10197.1.104.2} with the IV as
 * parameter. The structures are built with Bouncy Castle's ASN.1 classes directly, because its CMS
 * generators would write RFC 5652 version numbers and content types.
 *
 * <p>Key types: {@link io.hdx.security.cms.Sm2CmsSigner}, {@link io.hdx.security.cms.Sm2CmsVerifier},
 * {@link io.hdx.security.cms.VerifiedContent}, {@link io.hdx.security.cms.Sm2CmsEnvelope}.
 *
 * <p>Null policy: parameters and return values are non-null unless documented otherwise.
 *
 * @since 0.1.0
 */
package io.hdx.security.cms;
