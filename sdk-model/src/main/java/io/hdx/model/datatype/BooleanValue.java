package io.hdx.model.datatype;

import java.util.Objects;

/**
 * HL7 V3 BL: a boolean, e.g. 过敏史标志 (allergy history flag).
 *
 * <p>A {@code @value} that is neither {@code true} nor {@code false} (nor a variant the decoder reads, such as
 * {@code 1}) is kept as written, as an {@link #invalid(String) invalid} value (issue 10); only {@link #literal()}
 * and {@link #isValid()} are defined for it.
 *
 * <p>Thread safety: immutable; the two valid instances are shared.
 *
 * @since 0.1.0
 */
public final class BooleanValue implements Hl7Value {
  /** {@code true}. */
  public static final BooleanValue TRUE = new BooleanValue(true, null);
  /** {@code false}. */
  public static final BooleanValue FALSE = new BooleanValue(false, null);

  private final boolean value;
  private final String literal;

  private BooleanValue(boolean value, String literal) {
    this.value = value;
    this.literal = literal;
  }

  /** The shared instance for {@code value}. */
  public static BooleanValue of(boolean value) {
    return value ? TRUE : FALSE;
  }

  /** A {@code @value} that is no boolean, kept as written; {@link #isValid()} is false, {@link #value()} throws. */
  public static BooleanValue invalid(String literal) {
    return new BooleanValue(false, Objects.requireNonNull(literal, "literal"));
  }

  @Override
  public Hl7Type type() {
    return Hl7Type.BL;
  }

  /** Whether {@code @value} is a boolean; false for an {@link #invalid(String) invalid} value. */
  @Override
  public boolean isValid() {
    return literal == null;
  }

  /**
   * The boolean.
   *
   * @throws IllegalStateException for an {@link #invalid(String) invalid} value
   */
  public boolean value() {
    if (literal != null) {
      throw new IllegalStateException("BL: an invalid value has no truth value");
    }
    return value;
  }

  /** The {@code @value} text: as written for an invalid value, else {@code true} or {@code false}. */
  public String literal() {
    return literal != null ? literal : Boolean.toString(value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BooleanValue && value == ((BooleanValue) o).value
        && Objects.equals(literal, ((BooleanValue) o).literal);
  }

  @Override
  public int hashCode() {
    return 31 * Boolean.hashCode(value) + Objects.hashCode(literal);
  }

  @Override
  public String toString() {
    return "BL[" + (literal != null ? "INVALID" : Boolean.toString(value)) + "]";
  }
}
