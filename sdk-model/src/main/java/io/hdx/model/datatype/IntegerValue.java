package io.hdx.model.datatype;

import java.util.Objects;

/**
 * HL7 V3 INT: an integer, e.g. 孕次 (gravidity) or 产次 (parity).
 *
 * <p>A {@code @value} that is no integer ({@code value="three"}, {@code value="3.5"}) is kept as written, as an
 * {@link #invalid(String) invalid} value (issue 10); only {@link #literal()} and {@link #isValid()} are defined
 * for it.
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public final class IntegerValue implements Hl7Value {
  private final long value;
  private final String literal;

  private IntegerValue(long value, String literal) {
    this.value = value;
    this.literal = literal;
  }

  /** The integer {@code value}. */
  public static IntegerValue of(long value) {
    return new IntegerValue(value, null);
  }

  /** A {@code @value} that is no integer, kept as written; {@link #isValid()} is false, {@link #value()} throws. */
  public static IntegerValue invalid(String literal) {
    return new IntegerValue(0, Objects.requireNonNull(literal, "literal"));
  }

  @Override
  public Hl7Type type() {
    return Hl7Type.INT;
  }

  /** Whether {@code @value} is an integer; false for an {@link #invalid(String) invalid} value. */
  @Override
  public boolean isValid() {
    return literal == null;
  }

  /**
   * The number.
   *
   * @throws IllegalStateException for an {@link #invalid(String) invalid} value
   */
  public long value() {
    if (literal != null) {
      throw new IllegalStateException("INT: an invalid value has no number");
    }
    return value;
  }

  /** The {@code @value} text: as written for an invalid value, else the integer in decimal digits. */
  public String literal() {
    return literal != null ? literal : Long.toString(value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IntegerValue && value == ((IntegerValue) o).value
        && Objects.equals(literal, ((IntegerValue) o).literal);
  }

  @Override
  public int hashCode() {
    return 31 * Long.hashCode(value) + Objects.hashCode(literal);
  }

  @Override
  public String toString() {
    return "INT[" + (literal != null ? "INVALID" : Long.toString(value)) + "]";
  }
}
