package io.hdx.model.datatype;

import java.math.BigDecimal;

/**
 * HL7 V3 REAL: a decimal number without unit. Keeps the scale it was written with.
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public final class RealValue implements Hl7Value {
  private final BigDecimal value;

  private RealValue(BigDecimal value) {
    this.value = Decimals.requireInRange(value);
  }

  /**
   * The number {@code value}.
   *
   * @throws IllegalArgumentException when {@code value} is beyond {@link Decimals}' bounds
   */
  public static RealValue of(BigDecimal value) {
    return new RealValue(value);
  }

  @Override
  public Hl7Type type() {
    return Hl7Type.REAL;
  }

  /** The number. */
  public BigDecimal value() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RealValue && value.equals(((RealValue) o).value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return "REAL[" + value.toPlainString() + "]";
  }
}
