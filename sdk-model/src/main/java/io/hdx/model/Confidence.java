package io.hdx.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How far a fact in HDX's data (a spec, a data element's format, a value set's codes) is
 * confirmed. The data was assembled from public samples of the standards, not from the standards'
 * text, so readers must be able to tell: a validator reports a breach of an unconfirmed fact as a
 * warning, not an error.
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public enum Confidence {
  /** Two or more independent sources agree. */
  HIGH,
  /** One credible source, or two that share an origin. */
  MEDIUM,
  /** One weak source, or sources that conflict: check against the standard before relying on it. */
  LOW,
  /** Inferred (e.g. by pattern), not seen in any source: check the standard's text. */
  UNCONFIRMED;

  /** Whether a rule built on this fact may fail a document (HIGH or MEDIUM). */
  public boolean isConfirmed() {
    return this == HIGH || this == MEDIUM;
  }

  /** The constant named {@code text}, ignoring case and surrounding blanks, if any. */
  public static Optional<Confidence> fromText(String text) {
    Objects.requireNonNull(text, "text");
    String key = text.trim().toUpperCase(Locale.ROOT);
    for (Confidence c : values()) {
      if (c.name().equals(key)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * The constant named {@code text}.
   *
   * @throws IllegalArgumentException when {@code text} names none
   */
  public static Confidence parse(String text) {
    return fromText(text).orElseThrow(() -> new IllegalArgumentException("not a confidence: " + text));
  }
}
