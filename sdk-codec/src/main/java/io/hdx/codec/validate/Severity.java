package io.hdx.codec.validate;

/**
 * How serious a {@link ValidationIssue} is. A document with at least one {@link #ERROR} is invalid
 * ({@link ValidationReport#isValid()}); warnings and infos do not make it so. Constants are
 * declared most serious first, so {@code compareTo} orders by seriousness.
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public enum Severity {
  /** Breaks a confirmed rule of the standard: the document is invalid. */
  ERROR,
  /**
   * Probably wrong, or breaks a rule whose fact HDX holds only with LOW or UNCONFIRMED
   * confidence: the document stays valid.
   */
  WARNING,
  /** Worth knowing, not a fault. */
  INFO;

  /** The less serious of this and {@code other}. */
  Severity atMost(Severity other) {
    return compareTo(other) >= 0 ? this : other;
  }
}
