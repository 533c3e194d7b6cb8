package io.hdx.model.datatype;

import java.util.Optional;

/**
 * Why a value is absent (HL7 V3 Data Types R1, NullFlavor, OID 2.16.840.1.113883.5.1008).
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public enum NullFlavor {
  /** No information. */
  NI,
  /** Not applicable. */
  NA,
  /** Unknown. */
  UNK,
  /** Asked but unknown. */
  ASKU,
  /** Temporarily unavailable. */
  NAV,
  /** Not asked. */
  NASK,
  /** Masked (withheld, e.g. for privacy). */
  MSK,
  /** Other: the value is outside the value domain. */
  OTH,
  /** Positive infinity. */
  PINF,
  /** Negative infinity. */
  NINF,
  /** Trace: too small to quantify. */
  TRC,
  /** Sufficient quantity. */
  QS;

  /** The null flavor written as {@code code}, e.g. {@code UNK}. */
  public static Optional<NullFlavor> fromCode(String code) {
    for (NullFlavor flavor : values()) {
      if (flavor.name().equals(code)) {
        return Optional.of(flavor);
      }
    }
    return Optional.empty();
  }
}
