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

class DataTypesTest {

  /** Pairs of (value, equal copy, different value) for every type's equals/hashCode. */
  private static List<Object[]> triples() {
    return Arrays.asList(
        new Object[] {InstanceIdentifier.of("2.16.156.10011.1.3", "X1"), InstanceIdentifier.of("2.16.156.10011.1.3", "X1"),
            InstanceIdentifier.of("2.16.156.10011.1.3", "X2")},
        new Object[] {code("1"), code("1"), code("2")},
        new Object[] {PhysicalQuantity.of("36.5", "℃"), PhysicalQuantity.of("36.5", "℃"), PhysicalQuantity.of("36.50", "℃")},
        new Object[] {PointInTime.parse("19800101"), PointInTime.parse("19800101"), PointInTime.parse("198001010000")},
        new Object[] {TimeInterval.of(PointInTime.parse("2024"), null), TimeInterval.from(PointInTime.parse("2024")),
            TimeInterval.of(null, PointInTime.parse("2024"))},
        new Object[] {Text.of("a"), Text.of("a"), Text.of("b")},
        new Object[] {IntegerValue.of(3), IntegerValue.of(3), IntegerValue.of(4)},
        new Object[] {RealValue.of(new BigDecimal("1.5")), RealValue.of(new BigDecimal("1.5")), RealValue.of(BigDecimal.ONE)},
        new Object[] {BooleanValue.of(true), BooleanValue.TRUE, BooleanValue.FALSE},
        new Object[] {MonetaryAmount.of(BigDecimal.TEN, "CNY"), MonetaryAmount.of(BigDecimal.TEN, "CNY"),
            MonetaryAmount.of(BigDecimal.TEN, null)},
        new Object[] {EncapsulatedData.ofBytes("image/png", new byte[] {1, 2}),
            EncapsulatedData.ofBytes("image/png", new byte[] {1, 2}), EncapsulatedData.ofText("text/plain", "x")},
        new Object[] {NullValue.of(Hl7Type.CD, NullFlavor.UNK), NullValue.of(Hl7Type.CD, NullFlavor.UNK),
            NullValue.of(Hl7Type.ST, NullFlavor.UNK)});
  }

  private static CodedValue code(String code) {
    return CodedValue.builder().code(code).codeSystem("2.16.156.10011.2.3.3.4").displayName("男性").build();
  }

  @Test
  void equalsAndHashCode_overAllFields() {
    for (Object[] t : triples()) {
      assertEquals(t[0], t[1], t[0].getClass().getSimpleName());
      assertEquals(t[0].hashCode(), t[1].hashCode());
      assertNotEquals(t[0], t[2], t[0].getClass().getSimpleName());
      assertNotEquals(t[0], null);
      assertEquals(((Hl7Value) t[0]).type(), ((Hl7Value) t[1]).type());
    }
  }

  @Test
  void toString_neverShowsPersonalValues() {
    assertFalse(InstanceIdentifier.of("2.16.156.10011.1.3", "11010519491231002X").toString().contains("1101"));
    assertFalse(Text.of("张三").toString().contains("张三"));
    assertFalse(EncapsulatedData.ofText(null, "病史").toString().contains("病史"));
  }

  @Test
  void builders_roundTripThroughToBuilder() {
    CodedValue cd = code("1").toBuilder().codeSystemName("生理性别代码表(GB/T 2261.1)").build();
    assertEquals(cd, cd.toBuilder().build());
    InstanceIdentifier id = InstanceIdentifier.builder().root("2.16.156.10011.1.12").extension("ZY1")
        .assigningAuthorityName("某医院").build();
    assertEquals(id, id.toBuilder().build());
  }

  @Test
  void invalidArguments_rejectedWithTheFieldName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> InstanceIdentifier.of("not.an.oid", "X"));
    assertTrue(e.getMessage().contains("root"));
    assertThrows(IllegalArgumentException.class, () -> CodedValue.builder().type(Hl7Type.ST).code("1")
        .codeSystem("2.16.156.10011.2.3.3.4").build());
    assertThrows(NullPointerException.class, () -> CodedValue.builder().codeSystem("1.2").build());
    assertThrows(IllegalArgumentException.class,
        () -> TimeInterval.of(PointInTime.parse("2025"), PointInTime.parse("2024")));
  }

  @Test
  void oids_validAndInvalidForms() {
    assertTrue(Oids.isValid("2.16.156.10011.2.3.3.4"));
    assertTrue(Oids.isValid("0"));
    for (String bad : Arrays.asList("", "3.1", "1..2", "1.02", "1.2.", ".1", "1.a", "12")) {
      assertFalse(Oids.isValid(bad), bad);
    }
  }

  @Test
  void encapsulatedData_copiesBytes() {
    byte[] bytes = {1, 2, 3};
    EncapsulatedData ed = EncapsulatedData.ofBytes("application/pdf", bytes);
    bytes[0] = 9;
    assertEquals(1, ed.bytes().get()[0]);
    ed.bytes().get()[1] = 9;
    assertEquals(2, ed.bytes().get()[1]);
  }
}
