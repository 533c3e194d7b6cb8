/**
 * SM2 X.509 certificates (RFC 5280 profile with SM2 keys and SM3withSM2 signatures, GM/T
 * 0015-2012): creating self-signed and CA-issued certificates, parsing them, and validating a
 * chain to trust anchors with validity dates, basic constraints and key usage.
 *
 * <p>Key types: {@link io.hdx.security.cert.Sm2Certificate},
 * {@link io.hdx.security.cert.Sm2CertificateBuilder}, {@link io.hdx.security.cert.TrustAnchors},
 * {@link io.hdx.security.cert.CertificatePathValidator}.
 *
 * <p>Revocation (CRL, OCSP) is not checked. Certificate subjects may name people, so no
 * {@code toString()} here prints a subject.
 *
 * <p>Null policy: parameters and return values are non-null unless documented otherwise.
 *
 * @since 0.1.0
 */
package io.hdx.security.cert;
