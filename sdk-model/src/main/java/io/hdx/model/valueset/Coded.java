package io.hdx.model.valueset;

/**
 * A concept from a code system: what a coded data element's value is. Implemented by the typed
 * enums of the small, stable value sets and by the general
 * {@code Concept} of any value set, so that encoders write {@code code}, {@code displayName},
 * {@code codeSystem} and {@code codeSystemName} of an HL7 CD value from any of them.
 *
 * <p>Thread safety: implementations are immutable.
 *
 * @since 0.1.0
 */
public interface Coded {

  /** The code, e.g. {@code 1}. */
  String code();

  /** The display name in Chinese, as the code table gives it, e.g. {@code 男性}. */
  String displayName();

  /** The OID of the code system, e.g. {@code 2.16.156.10011.2.3.3.4}. */
  String codeSystem();

  /** The code system's name, e.g. {@code 生理性别代码表(GB/T 2261.1)}. */
  String codeSystemName();
}
