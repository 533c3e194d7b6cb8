package io.hdx.codec.v3;

/**
 * When the sender wants an accept acknowledgement (HL7 V3 AcknowledgementCondition,
 * {@code acceptAckCode/@code}). The national samples write {@code AL}.
 *
 * @since 0.1.0
 */
public enum AcceptAckCode {
  /** Always. */
  AL,
  /** Never. */
  NE,
  /** Only on error. */
  ER,
  /** Only on success. */
  SU
}
