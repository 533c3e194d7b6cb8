package io.hdx.model.datatype;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * HL7 V3 PQ: a decimal with a unit, e.g. body temperature {@code 36.5 ℃} or blood pressure
 * {@code 120 mmHg}. The decimal keeps its scale ({@code 36.50} is not {@code 36.5}), so that a
 * decoded document is written back exactly as it was.
 *
 * <p>A {@code @value} that is no decimal ({@code value=""}, {@code value="36,5"}) is kept as written, as an
 * {@link #invalid(String, String) invalid} quantity: a well-formed document is read whatever its values, and the
 * validator reports it (issue 10). Only {@link #literal()}, {@link #unit()} and {@link #isValid()} are defined
 * for it.
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public final class PhysicalQuantity implements Hl7Value {
  private final BigDecimal value;
  private final String literal;
  private final String unit;

  private PhysicalQuantity(BigDecimal value, String literal, String unit) {
    this.value = value == null ? null : Decimals.requireInRange(value);
    this.literal = literal;
    this.unit = unit;
  }

  /**
   * {@code value} in {@code unit}.
   *
   * @throws IllegalArgumentException when {@code value} is beyond {@link Decimals}' bounds
   */
  public static PhysicalQuantity of(BigDecimal value, String unit) {
    return new PhysicalQuantity(Objects.requireNonNull(value, "value"), null, Objects.requireNonNull(unit, "unit"));
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
    return new PhysicalQuantity(Objects.requireNonNull(value, "value"), null, null);
  }

  /**
   * A quantity whose {@code @value} is no decimal, kept as written ({@code literal}, e.g. {@code ""}) with its
   * {@code unit} ({@code null} for none), so that its document is read and written back unchanged;
   * {@link #isValid()} is false and {@link #value()} throws.
   */
  public static PhysicalQuantity invalid(String literal, String unit) {
    return new PhysicalQuantity(null, Objects.requireNonNull(literal, "literal"), unit);
  }

  @Override
  public Hl7Type type() {
    return Hl7Type.PQ;
  }

  /** Whether {@code @value} is a decimal; false for an {@link #invalid(String, String) invalid} quantity. */
  @Override
  public boolean isValid() {
    return value != null;
  }

  /**
   * The number.
   *
   * @throws IllegalStateException for an {@link #invalid(String, String) invalid} quantity
   */
  public BigDecimal value() {
    if (value == null) {
      throw new IllegalStateException("PQ: an invalid value has no number");
    }
    return value;
  }

  /** The {@code @value} text: as written for an invalid quantity, else the decimal in plain form. */
  public String literal() {
    return value == null ? literal : value.toPlainString();
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
    return Objects.equals(value, other.value) && Objects.equals(literal, other.literal)
        && Objects.equals(unit, other.unit);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, literal, unit);
  }

  /** The number and unit; an invalid quantity shows neither its text nor more than its unit. */
  @Override
  public String toString() {
    return "PQ[" + (value == null ? "INVALID" : value.toPlainString()) + (unit == null ? "" : " " + unit) + "]";
  }
}
