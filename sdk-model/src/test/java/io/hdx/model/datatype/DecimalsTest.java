package io.hdx.model.datatype;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.hdx.model.ValidationException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 9 items 2 and 3: decimals are bounded before they are parsed, and no factory takes one beyond. */
class DecimalsTest {

  @ParameterizedTest
  @ValueSource(strings = {"1e1000000000", "1e2147483647", "1e10000000", "1E-101", "-1e-2147483647", "1e101"})
  void parse_hugeExponent_outOfRange(String literal) {
    ValidationException e = assertThrows(ValidationException.class, () -> Decimals.parse(literal));
    assertEquals("REAL-0002", e.errorCode());
    assertFalse(e.getMessage().contains(literal));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e99999999999", "-1e-2147483648", "12a", "", "NaN", "INF", "1..2"})
  void parse_notADecimal_refusedWithoutCause(String literal) {
    ValidationException e = assertThrows(ValidationException.class, () -> Decimals.parse(literal));
    assertEquals(null, e.getCause());
  }

  @Test
  void parse_megabyteOfDigits_refusedBeforeParsing() {
    char[] digits = new char[1_000_000];
    Arrays.fill(digits, '9');
    String literal = new String(digits);
    // Parsing it takes seconds (quadratic); the bound is checked first. A generous bound against a stall.
    assertTimeoutPreemptively(Duration.ofSeconds(1), () ->
        assertEquals("REAL-0002", assertThrows(ValidationException.class, () -> Decimals.parse(literal)).errorCode()));
  }

  @Test
  void parse_withinBounds_keepsValueAndScale() {
    assertEquals(new BigDecimal("36.50"), Decimals.parse("36.50"));
    assertEquals(2, Decimals.parse("36.50").scale());
    assertEquals(new BigDecimal("1.2E+3"), Decimals.parse("1.2e3"));
    assertEquals(100, Decimals.parse("1e-100").scale());
  }

  @Test
  void factories_valueBeyondBounds_refused() {
    BigDecimal huge = new BigDecimal(BigInteger.ONE, Integer.MIN_VALUE + 1);
    BigDecimal wide = new BigDecimal(BigInteger.TEN.pow(60));
    for (BigDecimal d : new BigDecimal[] {huge, wide, new BigDecimal("1e-101")}) {
      assertThrows(IllegalArgumentException.class, () -> PhysicalQuantity.of(d, "mmHg"));
      assertThrows(IllegalArgumentException.class, () -> PhysicalQuantity.unitless(d));
      assertThrows(IllegalArgumentException.class, () -> RealValue.of(d));
      assertThrows(IllegalArgumentException.class, () -> MonetaryAmount.of(d, "CNY"));
    }
    assertThrows(ValidationException.class, () -> PhysicalQuantity.of("1e2147483647", "mmHg"));
  }

  @Test
  void toString_largestValueInBounds_isShort() {
    BigDecimal d = new BigDecimal(BigInteger.TEN.pow(49), -50);
    assertEquals(true, PhysicalQuantity.of(d, "mmHg").toString().length() < 200);
  }
}
