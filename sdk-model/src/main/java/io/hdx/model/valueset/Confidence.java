package io.hdx.model.valueset;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How far HDX trusts a fact it ships (a code, an OID, a data element's format): the facts were
 * gathered from public sources, not from the standards' official text, and each carries this mark.
 *
 * <ul>
 *   <li>{@link #HIGH}: two or more independent sources agree;
 *   <li>{@link #MEDIUM}: one good source, or sources that share an origin;
 *   <li>{@link #LOW}: one weak source (for example OCR-derived), or sources that conflict.
 * </ul>
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public enum Confidence {
  /** Two or more independent sources agree. */
  HIGH,
  /** One good source, or sources that share an origin. */
  MEDIUM,
  /** One weak source, or sources that conflict; check against the standard before relying on it. */
  LOW;

  /**
   * The constant with this name, ignoring case and surrounding blanks.
   *
   * @param text e.g. {@code HIGH}
   * @return the constant, or empty if the text names none
   */
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
}
