package io.hdx.model.spec;

/**
 * How strictly a coded entry is bound to its value set.
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public enum BindingStrength {
  /** The code must come from the value set: a code outside it is an error. */
  REQUIRED,
  /**
   * The value set is the one the samples use, but its OID is not confirmed (the public examples
   * reuse OIDs by copy-paste, sdk-model/src/build/reference/SOURCES.md): a code outside it is only a warning.
   */
  EXAMPLE
}
