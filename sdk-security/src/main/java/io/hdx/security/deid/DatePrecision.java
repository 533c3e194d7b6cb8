package io.hdx.security.deid;

/**
 * How much of a date a generalized, masked or pseudonymized value keeps.
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public enum DatePrecision {
  /** Nothing of the date is kept. */
  NONE,
  /** The year. */
  YEAR,
  /** The year and the month. */
  MONTH,
  /** The whole date. */
  DAY
}
