package io.hdx.model.spec;

import java.util.Locale;

/**
 * How far a fact in the spec data is confirmed (shared/reference/SOURCES.md): the specs were
 * assembled from public samples of the standards, not from the standards' text.
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public enum Confidence {
  /** Two or more independent sources agree. */
  HIGH,
  /** One credible source, or two that are not fully independent. */
  MEDIUM,
  /** One weak source, or sources that disagree. */
  LOW,
  /** Inferred (e.g. by pattern), not seen in any source: check the standard's text. */
  UNCONFIRMED;

  /** Whether a rule built on this fact may fail a document (HIGH or MEDIUM). */
  public boolean isConfirmed() {
    return this == HIGH || this == MEDIUM;
  }

  /** Parses {@code HIGH}, {@code MEDIUM}, {@code LOW} or {@code UNCONFIRMED}, any case. */
  public static Confidence parse(String text) {
    return valueOf(text.trim().toUpperCase(Locale.ROOT));
  }
}
