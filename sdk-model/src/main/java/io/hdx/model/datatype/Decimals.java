package io.hdx.model.datatype;

import io.hdx.model.ValidationException;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The bounds on the decimal of an HL7 V3 REAL, PQ or MO value, shared by every reader and by the factories of
 * {@link RealValue}, {@link PhysicalQuantity} and {@link MonetaryAmount}: a literal of at most
 * {@value #MAX_LENGTH} characters, at most {@value #MAX_DIGITS} significant digits and a scale within
 * ±{@value #MAX_SCALE}.
 *
 * <p>Why these bounds: HL7 V3 Data Types R1 gives REAL no bounds, but what a clinical quantity or an amount of
 * money can mean is far inside them. The WS 363 representation formats of numeric data elements are a few
 * digits long ({@code N..3,1}, {@code N4..5,1}: {@code RepresentationFormat}); IEEE 754-2008's widest decimal format,
 * decimal128, carries 34 significant digits. Outside the bounds a value is an attack, not a measurement:
 * parsing a literal of a million digits is quadratic ({@link BigDecimal#BigDecimal(String)}, 13 s per value),
 * and {@code 1e2147483647} or {@code 1e1000000000} has a plain form of gigabytes
 * ({@link BigDecimal#toPlainString()}: {@code NegativeArraySizeException} or {@code OutOfMemoryError} in the
 * validator, the encoder and {@code toString()}; issue 9). Within them, a plain form has at most
 * {@value #MAX_DIGITS} + {@value #MAX_SCALE} + 2 characters, and {@link BigDecimal#toString()} (the JSON form)
 * fewer than {@value #MAX_LENGTH}.
 *
 * <p>Thread safety: stateless.
 *
 * <pre>{@code
 * BigDecimal d = Decimals.parse("36.5");   // checked before it is parsed
 * Decimals.inRange(new BigDecimal("1e2147483647")); // false
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Decimals {
  /** Maximum characters of a decimal literal: sign, digits, point and exponent. */
  public static final int MAX_LENGTH = 100;
  /** Maximum significant digits (precision). */
  public static final int MAX_DIGITS = 50;
  /** Maximum absolute scale (digits after the point, or the power of ten for a negative scale). */
  public static final int MAX_SCALE = 100;

  private Decimals() {}

  /**
   * Parses an HL7 REAL literal ({@code [+|-]digits[.digits][(e|E)[+|-]digits]}), checking its length before it is
   * parsed.
   *
   * @throws ValidationException {@code REAL-0001} when the text is not a decimal number, {@code REAL-0002} when it
   *     is longer than {@value #MAX_LENGTH} characters, has more than {@value #MAX_DIGITS} significant digits or
   *     a scale beyond ±{@value #MAX_SCALE}; the message
   *     never quotes the text and carries no cause
   */
  public static BigDecimal parse(String literal) {
    Objects.requireNonNull(literal, "literal");
    if (literal.length() > MAX_LENGTH) {
      throw outOfRange();
    }
    BigDecimal d;
    try {
      d = new BigDecimal(literal);
    } catch (NumberFormatException e) {
      // No cause: its message quotes the text ("Character x is neither a decimal digit ...").
      throw new ValidationException("REAL-0001", "REAL: not a decimal number (HL7 V3 Data Types R1, REAL)");
    }
    if (!inRange(d)) {
      throw outOfRange();
    }
    return d;
  }

  /** Whether {@code value}'s scale is within ±{@value #MAX_SCALE} and its precision within {@value #MAX_DIGITS}. */
  public static boolean inRange(BigDecimal value) {
    int scale = value.scale();
    return scale >= -MAX_SCALE && scale <= MAX_SCALE && value.precision() <= MAX_DIGITS;
  }

  /**
   * {@code value}, when {@link #inRange(BigDecimal) in range}.
   *
   * @throws IllegalArgumentException when it is not (the message holds the bounds, not the value)
   */
  public static BigDecimal requireInRange(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    if (!inRange(value)) {
      throw new IllegalArgumentException("decimal beyond " + MAX_DIGITS + " digits or scale +/-" + MAX_SCALE);
    }
    return value;
  }

  private static ValidationException outOfRange() {
    return new ValidationException("REAL-0002", "REAL: beyond " + MAX_LENGTH + " characters, " + MAX_DIGITS
        + " digits or scale +/-" + MAX_SCALE + " (what a REAL, PQ or MO can mean; WS 363 numeric formats)");
  }
}
