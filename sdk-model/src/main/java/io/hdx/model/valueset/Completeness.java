package io.hdx.model.valueset;

/**
 * Whether HDX holds every code of a value set or only some.
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public enum Completeness {
  /** The code list is believed to hold every code of the table: a code not in it is not valid. */
  COMPLETE,
  /**
   * Only some codes are known (typically the examples the WS/T 500 samples show): a code not in the
   * list may still be valid.
   */
  PARTIAL
}
