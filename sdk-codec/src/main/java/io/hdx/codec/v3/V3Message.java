package io.hdx.codec.v3;

/**
 * An HL7 V3 platform message: its transmission wrapper and a typed payload. Implemented by
 * {@link PatientRegistration}, {@link PatientQuery}, {@link PatientQueryResponse} and {@link Acknowledgement};
 * {@link V3Encoder#encode} writes any of them, {@link V3Decoder#decode} reads any of them.
 *
 * <p>Thread safety: implementations are immutable.
 *
 * @since 0.1.0
 */
public interface V3Message {
  /** The transmission wrapper. */
  MessageHeader header();
}
