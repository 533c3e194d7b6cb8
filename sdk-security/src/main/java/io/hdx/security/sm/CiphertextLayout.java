package io.hdx.security.sm;

/**
 * The order of the three parts of an SM2 ciphertext: C1 (the point [k]G), C2 (the masked message)
 * and C3 (the SM3 hash that authenticates it).
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public enum CiphertextLayout {
  /**
   * C1 ‖ C3 ‖ C2: the order of GB/T 32918.4-2016 §6.1 A8 and of GM/T 0009's DER structure. The
   * default.
   */
  C1C3C2,
  /** C1 ‖ C2 ‖ C3: the order of the 2010 draft of SM2, still used by some older peers. */
  C1C2C3
}
