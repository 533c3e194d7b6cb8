/**
 * Cipher modes kept for interoperability only: SM4-CBC (GB/T 17964-2021, as GM/T 0010 enveloped
 * data and older peers use it) and SM4-CTR. Neither authenticates its output: a changed
 * ciphertext decrypts to changed plaintext. Use {@link io.hdx.security.sm.Sm4Gcm} unless a peer
 * or a format requires one of these.
 *
 * <p>Key types: {@link io.hdx.security.interop.Sm4Cbc}, {@link io.hdx.security.interop.Sm4Ctr}.
 *
 * <p>Null policy: parameters and return values are non-null unless documented otherwise.
 *
 * @since 0.1.0
 */
package io.hdx.security.interop;
