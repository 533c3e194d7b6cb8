package io.hdx.codec.v3;

/**
 * The message's processing code (HL7 V3 ProcessingID, {@code processingCode/@code}): what the receiver may do
 * with it. The national samples write {@code P}.
 *
 * @since 0.1.0
 */
public enum ProcessingCode {
  /** Debugging (调试). */
  D,
  /** Production (产品). */
  P,
  /** Training (训练). */
  T
}
