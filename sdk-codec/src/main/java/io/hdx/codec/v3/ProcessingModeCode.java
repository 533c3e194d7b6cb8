package io.hdx.codec.v3;

/**
 * The message's processing mode (HL7 V3 ProcessingMode, {@code processingModeCode/@code}); the national samples
 * leave the element empty, the older style writes {@code R} or {@code T}.
 *
 * @since 0.1.0
 */
public enum ProcessingModeCode {
  /** Archive. */
  A,
  /** Initial load. */
  I,
  /** Restore from archive. */
  R,
  /** Current processing. */
  T
}
