package io.hdx.model.datatype;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 10: values kept as a document wrote them, though they break their data type. */
class InvalidValuesModelTest {
  private static final String SECRET = "110101199003071234";

  @Test
  void invalid_keepsLiteral_isInvalid_typedAccessorThrows_toStringWithholdsIt() {
    PhysicalQuantity pq = PhysicalQuantity.invalid(SECRET, "kg");
    MonetaryAmount mo = MonetaryAmount.invalid(SECRET, "CNY");
    RealValue real = RealValue.invalid(SECRET);
    IntegerValue integer = IntegerValue.invalid(SECRET);
    BooleanValue bool = BooleanValue.invalid(SECRET);
    List<Hl7Value> all = Arrays.asList(pq, mo, real, integer, bool);
    for (Hl7Value v : all) {
      assertFalse(v.isValid(), v::toString);
      assertFalse(v.toString().contains(SECRET), v::toString);
    }
    assertEquals(SECRET, pq.literal());
    assertEquals("kg", pq.unit().get());
    assertEquals(SECRET, mo.literal());
    assertEquals(SECRET, real.literal());
    assertEquals(SECRET, integer.literal());
    assertEquals(SECRET, bool.literal());
    assertThrows(IllegalStateException.class, pq::value);
    assertThrows(IllegalStateException.class, mo::value);
    assertThrows(IllegalStateException.class, real::value);
    assertThrows(IllegalStateException.class, integer::value);
    assertThrows(IllegalStateException.class, bool::value);
  }

  @Test
  void invalid_equalsByLiteral_neverEqualsAValidValue() {
    assertEquals(PhysicalQuantity.invalid("", "kg"), PhysicalQuantity.invalid("", "kg"));
    assertEquals(PhysicalQuantity.invalid("", "kg").hashCode(), PhysicalQuantity.invalid("", "kg").hashCode());
    assertNotEquals(PhysicalQuantity.invalid("", "kg"), PhysicalQuantity.invalid("", "g"));
    assertNotEquals(IntegerValue.invalid("0"), IntegerValue.of(0));
    assertNotEquals(BooleanValue.invalid("false"), BooleanValue.FALSE);
    assertNotEquals(RealValue.invalid("1"), RealValue.of(BigDecimal.ONE));
    assertEquals(MonetaryAmount.invalid("", null), MonetaryAmount.invalid("", null));
  }

  @Test
  void valid_literalIsTheCanonicalText() {
    assertTrue(PhysicalQuantity.of(new BigDecimal("36.50"), "℃").isValid());
    assertEquals("36.50", PhysicalQuantity.of(new BigDecimal("36.50"), "℃").literal());
    assertEquals("-12", IntegerValue.of(-12).literal());
    assertEquals("true", BooleanValue.TRUE.literal());
    assertEquals("1.5", RealValue.of(new BigDecimal("1.5")).literal());
    assertEquals("1234.50", MonetaryAmount.of(new BigDecimal("1234.50"), "CNY").literal());
  }

  @Test
  void asWritten_identifierAndCode_withoutOidKeptAndInvalid() {
    InstanceIdentifier noRoot = InstanceIdentifier.builder().extension("A1").buildAsWritten();
    assertFalse(noRoot.isValid());
    assertEquals("", noRoot.root());
    assertFalse(noRoot.rootIfPresent().isPresent());
    InstanceIdentifier badRoot = InstanceIdentifier.builder().root(SECRET + "x").buildAsWritten();
    assertFalse(badRoot.isValid());
    assertFalse(badRoot.toString().contains(SECRET), badRoot::toString);
    assertTrue(InstanceIdentifier.builder().root("2.16.156.10011.1.1").buildAsWritten().isValid());
    assertThrows(NullPointerException.class, () -> InstanceIdentifier.builder().extension("A1").build());

    CodedValue noSystem = CodedValue.builder().code("1").buildAsWritten();
    assertFalse(noSystem.isValid());
    assertEquals("", noSystem.codeSystem());
    assertFalse(noSystem.codeSystemIfPresent().isPresent());
    assertEquals(noSystem, CodedValue.builder().code("1").buildAsWritten());
    assertNotEquals(noSystem, CodedValue.builder().code("1").codeSystem("").buildAsWritten());
    assertThrows(IllegalArgumentException.class, () -> CodedValue.builder().code("1").codeSystem("x").build());
  }

  @Test
  void interval_invalidWhenABoundIs() {
    assertFalse(TimeInterval.of(PointInTime.invalid(""), null).isValid());
    assertTrue(TimeInterval.of(PointInTime.parse("20240101"), null).isValid());
  }
}
