package io.hdx.security.deid;

import java.util.Locale;
import java.util.Optional;

/**
 * What kind of value a datum holds, so that one action does the right thing for each: {@code
 * mask} keeps a name's surname but a phone number's last four digits; {@code generalize} cuts a
 * date to a month but a region code to a prefecture.
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public enum ValueKind {
  /** A person's name. */
  NAME,
  /** A resident ID number (GB 11643). */
  RESIDENT_ID,
  /** A telephone number. */
  PHONE,
  /** Any other identifier: card, record, order or document numbers. */
  IDENTIFIER,
  /** A postal address or a part of one. */
  ADDRESS,
  /** A six-digit GB/T 2260 administrative division code. */
  REGION_CODE,
  /** A date or a date and time (HL7 V3 TS). */
  DATE,
  /** An age in years. */
  AGE,
  /** A number or physical quantity. */
  NUMBER,
  /** A coded value (sex, ethnicity, diagnosis code). */
  CODE,
  /** Free text: complaints, histories, notes, narrative. */
  TEXT,
  /** Anything else. */
  OTHER;

  /** The name used in policies: {@code name}, {@code resident-id}, ... */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The kind of a policy name, case-insensitive. */
  public static Optional<ValueKind> fromJsonName(String name) {
    for (ValueKind k : values()) {
      if (k.jsonName().equalsIgnoreCase(name)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
