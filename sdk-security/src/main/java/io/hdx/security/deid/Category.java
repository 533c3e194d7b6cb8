package io.hdx.security.deid;

import java.util.Locale;
import java.util.Optional;

/**
 * The personal-data category of a datum, as the document layout assigns it after GB/T
 * 37964-2019 §3.7-3.8 (direct and quasi-identifiers) and GB/T 39725-2020 (health data), plus
 * {@link #UNKNOWN} for content the model does not know (a vendor's extension kept byte for byte),
 * which every preset removes.
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public enum Category {
  /** Direct identifier: identifies a person alone (name, resident ID, phone, address, card and record numbers). */
  DIRECT,
  /** Quasi-identifier: identifies in combination (birth date, sex, region, ethnicity, occupation, dates of care). */
  QUASI,
  /** Sensitive health data (diagnoses, results, medications). */
  SENSITIVE,
  /** No personal data (codes of the document itself, template ids). */
  NONE,
  /** Content the model does not know: nothing passes through by accident. */
  UNKNOWN;

  /** The name used in policies and reports: {@code direct}, {@code quasi}, ... */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The category of a policy name, case-insensitive. */
  public static Optional<Category> fromJsonName(String name) {
    for (Category c : values()) {
      if (c.jsonName().equalsIgnoreCase(name)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
