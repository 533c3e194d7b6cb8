package io.hdx.codec.cda;

import io.hdx.codec.CodecException;
import io.hdx.codec.DecodeWarning;

/**
 * How the decoder treats the common vendor deviations it can recover from (see {@link DecodeWarning}'s
 * codes CDA-091x): a document without the HL7 V3 namespace, a {@code value} without {@code xsi:type}, a
 * timestamp written with separators, a boolean written as 1/0, an unknown nullFlavor, padded codes, and
 * the placeholders of vendor samples (an all-zero timestamp, a coded value without a code, an INT written
 * as text or a number with an empty value).
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public enum DecodeMode {
  /** Recovers from each deviation and reports it as a {@link DecodeWarning}. */
  LENIENT,
  /** Refuses each deviation with a {@link CodecException} of the same code. */
  STRICT
}
