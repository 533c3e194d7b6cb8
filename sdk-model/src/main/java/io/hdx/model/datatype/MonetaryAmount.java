package io.hdx.model.datatype;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * HL7 V3 MO: an amount of money, e.g. a hospitalisation cost of {@code 1234.50 CNY} in the
 * 住院病案首页. The decimal keeps its scale.
 *
 * <p>A {@code @value} that is no decimal ({@code value=""}) is kept as written, as an
 * {@link #invalid(String, String) invalid} amount: a well-formed document is read whatever its values, and the
 * validator reports it (issue 10). Only {@link #literal()}, {@link #currency()} and {@link #isValid()} are
 * defined for it.
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public final class MonetaryAmount implements Hl7Value {
  private final BigDecimal value;
  private final String literal;
  private final String currency;

  private MonetaryAmount(BigDecimal value, String literal, String currency) {
    this.value = value == null ? null : Decimals.requireInRange(value);
    this.literal = literal;
    this.currency = currency;
  }

  /**
   * {@code value} in ISO 4217 {@code currency}, e.g. {@code CNY}; {@code null} for none given.
   *
   * @throws IllegalArgumentException when {@code value} is beyond {@link Decimals}' bounds
   */
  public static MonetaryAmount of(BigDecimal value, String currency) {
    return new MonetaryAmount(Objects.requireNonNull(value, "value"), null, currency);
  }

  /**
   * An amount whose {@code @value} is no decimal, kept as written ({@code literal}, e.g. {@code ""}) with its
   * {@code currency} ({@code null} for none); {@link #isValid()} is false and {@link #value()} throws.
   */
  public static MonetaryAmount invalid(String literal, String currency) {
    return new MonetaryAmount(null, Objects.requireNonNull(literal, "literal"), currency);
  }

  @Override
  public Hl7Type type() {
    return Hl7Type.MO;
  }

  /** Whether {@code @value} is a decimal; false for an {@link #invalid(String, String) invalid} amount. */
  @Override
  public boolean isValid() {
    return value != null;
  }

  /**
   * The amount.
   *
   * @throws IllegalStateException for an {@link #invalid(String, String) invalid} amount
   */
  public BigDecimal value() {
    if (value == null) {
      throw new IllegalStateException("MO: an invalid value has no number");
    }
    return value;
  }

  /** The {@code @value} text: as written for an invalid amount, else the decimal in plain form. */
  public String literal() {
    return value == null ? literal : value.toPlainString();
  }

  /** The currency code, if given. */
  public Optional<String> currency() {
    return Optional.ofNullable(currency);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof MonetaryAmount)) {
      return false;
    }
    MonetaryAmount other = (MonetaryAmount) o;
    return Objects.equals(value, other.value) && Objects.equals(literal, other.literal)
        && Objects.equals(currency, other.currency);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, literal, currency);
  }

  @Override
  public String toString() {
    return "MO[" + (value == null ? "INVALID" : value.toPlainString()) + (currency == null ? "" : " " + currency)
        + "]";
  }
}
