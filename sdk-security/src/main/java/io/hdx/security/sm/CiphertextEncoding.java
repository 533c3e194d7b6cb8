package io.hdx.security.sm;

/**
 * How the parts of an SM2 ciphertext are written.
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public enum CiphertextEncoding {
  /**
   * GM/T 0009-2012 SM2Cipher: {@code SEQUENCE { x INTEGER, y INTEGER, hash OCTET STRING,
   * ciphertext OCTET STRING }} in DER (hash and ciphertext swap places for
   * {@link CiphertextLayout#C1C2C3}). What OpenSSL and CMS use. The default.
   */
  DER,
  /**
   * The parts concatenated: C1 as the uncompressed point {@code 04‖x‖y} (65 bytes; a compressed
   * 33-byte C1 is accepted when decrypting), C3 32 bytes, C2 as long as the message.
   */
  RAW
}
