package io.hdx.model.datatype;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * HL7 V3 REAL: a decimal number without unit. Keeps the scale it was written with.
 *
 * <p>A {@code @value} that is no decimal is kept as written, as an {@link #invalid(String) invalid} value (issue
 * 10); only {@link #literal()} and {@link #isValid()} are defined for it.
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public final class RealValue implements Hl7Value {
  private final BigDecimal value;
  private final String literal;

  private RealValue(BigDecimal value, String literal) {
    this.value = value == null ? null : Decimals.requireInRange(value);
    this.literal = literal;
  }

  /**
   * The number {@code value}.
   *
   * @throws IllegalArgumentException when {@code value} is beyond {@link Decimals}' bounds
   */
  public static RealValue of(BigDecimal value) {
    return new RealValue(Objects.requireNonNull(value, "value"), null);
  }

  /** A {@code @value} that is no decimal, kept as written; {@link #isValid()} is false, {@link #value()} throws. */
  public static RealValue invalid(String literal) {
    return new RealValue(null, Objects.requireNonNull(literal, "literal"));
  }

  @Override
  public Hl7Type type() {
    return Hl7Type.REAL;
  }

  /** Whether {@code @value} is a decimal; false for an {@link #invalid(String) invalid} value. */
  @Override
  public boolean isValid() {
    return value != null;
  }

  /**
   * The number.
   *
   * @throws IllegalStateException for an {@link #invalid(String) invalid} value
   */
  public BigDecimal value() {
    if (value == null) {
      throw new IllegalStateException("REAL: an invalid value has no number");
    }
    return value;
  }

  /** The {@code @value} text: as written for an invalid value, else the decimal in plain form. */
  public String literal() {
    return value == null ? literal : value.toPlainString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RealValue && Objects.equals(value, ((RealValue) o).value)
        && Objects.equals(literal, ((RealValue) o).literal);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, literal);
  }

  @Override
  public String toString() {
    return "REAL[" + (value == null ? "INVALID" : value.toPlainString()) + "]";
  }
}
