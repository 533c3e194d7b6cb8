/**
 * SM2/SM3/SM4 cryptography, SM2 certificates, GM/T 0010 cryptographic messages and document
 * signatures, on Bouncy Castle's lightweight API (never registered as a JCA provider).
 *
 * <p>{@link io.hdx.security.CryptoException} is the one exception of these packages, with stable
 * error codes. Subpackages: {@code io.hdx.security.sm} (primitives and keys),
 * {@code io.hdx.security.cert} (SM2 X.509 certificates and path validation),
 * {@code io.hdx.security.cms} (GM/T 0010 SignedData and EnvelopedData),
 * {@code io.hdx.security.sign} (detached document signatures); {@code io.hdx.security.internal} is
 * not API.
 *
 * <p>Null policy: parameters and return values are non-null unless documented otherwise.
 *
 * @since 0.1.0
 */
package io.hdx.security;
