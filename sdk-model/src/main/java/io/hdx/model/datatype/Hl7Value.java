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
}
