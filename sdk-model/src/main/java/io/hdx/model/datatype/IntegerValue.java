package io.hdx.model.datatype;

/**
 * HL7 V3 INT: an integer, e.g. 孕次 (gravidity) or 产次 (parity).
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public final class IntegerValue implements Hl7Value {
  private final long value;

  private IntegerValue(long value) {
    this.value = value;
  }

  /** The integer {@code value}. */
  public static IntegerValue of(long value) {
    return new IntegerValue(value);
  }

  @Override
  public Hl7Type type() {
    return Hl7Type.INT;
  }

  /** The number. */
  public long value() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IntegerValue && value == ((IntegerValue) o).value;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(value);
  }

  @Override
  public String toString() {
    return "INT[" + value + "]";
  }
}
