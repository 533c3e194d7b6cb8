package io.hdx.security.deid;

import java.util.Locale;
import java.util.Optional;

/**
 * What a policy does to a datum (GB/T 37964-2019 §6 and Annex A: suppression, pseudonymization,
 * cryptographic techniques, generalization, randomization).
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public enum Action {
  /** Keep the value (free text is still scanned when the policy says so). */
  KEEP,
  /** Remove the value. */
  REMOVE,
  /** Mask it for screens: a name keeps its surname, a phone its last four digits. */
  MASK,
  /** Replace it with a keyed pseudonym (HMAC-SM3, FF1 for digits, a valid resident ID). */
  PSEUDONYMIZE,
  /** Replace it with a reversible pseudonym (SM4 under the separate reversible key). */
  REVERSIBLE,
  /** Generalize it: age bands, dates to year or month, regions to a level, numbers to ranges. */
  GENERALIZE,
  /** Shift a date by the patient's keyed offset. */
  DATE_SHIFT,
  /** Add keyed noise to a number. */
  NOISE;

  /** The name used in policies and manifests: {@code keep}, {@code date-shift}, ... */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The action of a policy name, case-insensitive. */
  public static Optional<Action> fromJsonName(String name) {
    for (Action a : values()) {
      if (a.jsonName().equalsIgnoreCase(name)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }
}
