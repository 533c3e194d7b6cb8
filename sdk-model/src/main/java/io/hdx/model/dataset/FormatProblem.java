package io.hdx.model.dataset;

/**
 * Why a value does not fit its WS 363 representation format. {@link FormatCheck#message()} says
 * the same in words, with the format, never with the value.
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public enum FormatProblem {
  /** The value is empty. */
  EMPTY,
  /** Fewer characters than the format's minimum. */
  TOO_SHORT,
  /** More characters than the format's maximum. */
  TOO_LONG,
  /** Not the exact number of characters a fixed-length format needs. */
  WRONG_LENGTH,
  /** A control character or an unpaired surrogate. */
  INVALID_CHARACTER,
  /** A digit in a format for letters only (A). */
  DIGIT_NOT_ALLOWED,
  /** Something other than the digits 0-9 (and one decimal point, where decimals are allowed). */
  NOT_NUMERIC,
  /** A decimal part where the format allows none. */
  DECIMALS_NOT_ALLOWED,
  /** More decimals than the format allows. */
  TOO_MANY_DECIMALS,
  /** Not of the form a date, time or date-time format needs (such as the 'T' of DT15). */
  WRONG_PATTERN,
  /** Of the right form but not a calendar date (a month 13, a 30 February). */
  NOT_A_REAL_DATE,
  /** Of the right form but not a time of day (hour 24, minute 60). */
  NOT_A_REAL_TIME,
  /** Not one of the boolean literals. */
  NOT_BOOLEAN
}
