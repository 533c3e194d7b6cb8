package io.hdx.model.datatype;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * HL7 V3 MO: an amount of money, e.g. a hospitalisation cost of {@code 1234.50 CNY} in the
 * 住院病案首页. The decimal keeps its scale.
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public final class MonetaryAmount implements Hl7Value {
  private final BigDecimal value;
  private final String currency;

  private MonetaryAmount(BigDecimal value, String currency) {
    this.value = Decimals.requireInRange(value);
    this.currency = currency;
  }

  /**
   * {@code value} in ISO 4217 {@code currency}, e.g. {@code CNY}; {@code null} for none given.
   *
   * @throws IllegalArgumentException when {@code value} is beyond {@link Decimals}' bounds
   */
  public static MonetaryAmount of(BigDecimal value, String currency) {
    return new MonetaryAmount(value, currency);
  }

  @Override
  public Hl7Type type() {
    return Hl7Type.MO;
  }

  /** The amount. */
  public BigDecimal value() {
    return value;
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
    return value.equals(other.value) && Objects.equals(currency, other.currency);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, currency);
  }

  @Override
  public String toString() {
    return "MO[" + value.toPlainString() + (currency == null ? "" : " " + currency) + "]";
  }
}
