package io.hdx.model.datatype;

/**
 * A value of one of the HL7 V3 data types: what a data element's entry holds.
 *
 * <p>Thread safety: every implementation is immutable.
 *
 * @since 0.1.0
 */
public interface Hl7Value {

  /** The data type, as written in {@code xsi:type}. */
  Hl7Type type();

  /**
   * Whether the value is a value of its data type. A value that breaks it (a PQ whose {@code @value} is no
   * decimal, an II without {@code @root}, a TS naming no point in time, ...) is kept as a document wrote it, so
   * that a well-formed document is read and written back unchanged whatever its values (issue 10); the
   * validator reports it (rule {@code value-invalid}). Such a value keeps only its lexical form: its typed
   * accessors ({@code value()}, {@code start()}) throw {@link IllegalStateException}.
   *
   * @since 0.1.0
   */
  default boolean isValid() {
    return true;
  }
}
