/**
 * SM2/SM3/SM4 cryptography, SM2 certificates, document signatures and de-identification (arrives with the sdk-security issue).
 *
 * <p>Null policy: parameters and return values are non-null unless documented otherwise.
 *
 * @since 0.1.0
 */
package io.hdx.security;
