package io.hdx.codec.v3;

/**
 * The outcome of a request (HL7 V3 AcknowledgementType, {@code acknowledgement/@typeCode} of
 * MCCI_IN000002UV01 and of query responses).
 *
 * @since 0.1.0
 */
public enum AckCode {
  /** Application accept: the request was applied (or answered). */
  AA,
  /** Application error: the message was understood but its content could not be applied. */
  AE,
  /** Application reject: the message itself was refused (wrapper, interaction, receiver). */
  AR
}
