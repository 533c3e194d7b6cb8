package io.hdx.model.valueset;

/**
 * Whether a code belongs to a value set, as far as HDX can tell: a code missing from a
 * {@link Completeness#PARTIAL} list may still be valid.
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public enum Membership {
  /** The code is in the set. */
  MEMBER,
  /** The code is not in the set, and the set's list is complete. */
  NOT_MEMBER,
  /** The code is not among the known codes of a partial set: it may or may not be valid. */
  UNKNOWN
}
