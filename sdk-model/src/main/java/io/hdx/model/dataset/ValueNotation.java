package io.hdx.model.dataset;

/**
 * How a value is written, for the formats where WS 363 and HL7 V3 write it differently. WS 363
 * writes a date-time as {@code yyyyMMdd'T'HHmmss} (DT15) and a boolean as {@code T}/{@code F};
 * the WS/T 500 CDA documents carry HL7 V3 values, where a TS date-time is
 * {@code yyyyMMddHHmmss} and a BL is {@code true}/{@code false}. All other formats are written
 * alike in both.
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public enum ValueNotation {
  /** As WS 363 writes values: DT15 {@code yyyyMMdd'T'HHmmss}, boolean {@code T}/{@code F}. */
  WS363,
  /**
   * As HL7 V3 (and so the WS/T 500 CDA documents) writes values: a DT15 element's value is a TS
   * with second precision {@code yyyyMMddHHmmss}, a boolean is {@code true}/{@code false}.
   */
  HL7_V3
}
