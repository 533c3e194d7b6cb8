package io.hdx.model.datatype;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * HL7 V3 PQ: a decimal with a unit, e.g. body temperature {@code 36.5 ℃} or blood pressure
 * {@code 120 mmHg}. The decimal keeps its scale ({@code 36.50} is not {@code 36.5}), so that a
 * decoded document is written back exactly as it was.
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public final class PhysicalQuantity implements Hl7Value {
  private final BigDecimal value;
  private final String unit;

  private PhysicalQuantity(BigDecimal value, String unit) {
    this.value = Decimals.requireInRange(value);
    this.unit = unit;
  }

  /**
   * {@code value} in {@code unit}.
   *
   * @throws IllegalArgumentException when {@code value} is beyond {@link Decimals}' bounds
   */
  public static PhysicalQuantity of(BigDecimal value, String unit) {
    return new PhysicalQuantity(value, Objects.requireNonNull(unit, "unit"));
  }

  /**
   * {@code value} in {@code unit}, the decimal parsed from text such as {@code 36.5}.
   *
   * @throws io.hdx.model.ValidationException when the text is not a decimal within {@link Decimals}' bounds
   */
  public static PhysicalQuantity of(String value, String unit) {
    return of(Decimals.parse(value), unit);
  }

  /**
   * A dimensionless quantity (no unit attribute).
   *
   * @throws IllegalArgumentException when {@code value} is beyond {@link Decimals}' bounds
   */
  public static PhysicalQuantity unitless(BigDecimal value) {
    return new PhysicalQuantity(value, null);
  }

  @Override
  public Hl7Type type() {
    return Hl7Type.PQ;
  }

  /** The number. */
  public BigDecimal value() {
    return value;
  }

  /** The unit, if any. */
  public Optional<String> unit() {
    return Optional.ofNullable(unit);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof PhysicalQuantity)) {
      return false;
    }
    PhysicalQuantity other = (PhysicalQuantity) o;
    return value.equals(other.value) && Objects.equals(unit, other.unit);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, unit);
  }

  @Override
  public String toString() {
    return "PQ[" + value.toPlainString() + (unit == null ? "" : " " + unit) + "]";
  }
}
