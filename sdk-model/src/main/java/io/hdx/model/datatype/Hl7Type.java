package io.hdx.model.datatype;

import java.util.Optional;

/**
 * The HL7 V3 data types of the shared documents, named as their {@code xsi:type} is written.
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public enum Hl7Type {
  /** Instance identifier: root OID and extension. */
  II,
  /** Concept descriptor: a code from a code system. */
  CD,
  /** Coded with equivalents (CD without qualifiers). */
  CE,
  /** Coded value (CE without translations). */
  CV,
  /** Physical quantity: a decimal and a UCUM-style unit. */
  PQ,
  /** Point in time. */
  TS,
  /** Interval of points in time. */
  IVL_TS,
  /** Character string. */
  ST,
  /** Integer number. */
  INT,
  /** Real number. */
  REAL,
  /** Boolean. */
  BL,
  /** Monetary amount: a decimal and a currency. */
  MO,
  /** Encapsulated data: text or binary with a media type. */
  ED;

  /** The type whose {@code xsi:type} name is {@code name}, e.g. {@code IVL_TS}. */
  public static Optional<Hl7Type> fromXsiType(String name) {
    for (Hl7Type type : values()) {
      if (type.name().equals(name)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  /** Whether values of this type are coded (CD, CE, CV). */
  public boolean isCoded() {
    return this == CD || this == CE || this == CV;
  }
}
