package io.hdx.model.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Ws363DataTypeTest {

  @Test
  void fromCode_everyType_roundTrips() {
    assertEquals(9, Ws363DataType.values().length);
    for (Ws363DataType t : Ws363DataType.values()) {
      assertEquals(t, Ws363DataType.fromCode(t.code()).get());
      assertEquals(t, Ws363DataType.parse(t.code()));
      assertFalse(t.description().isEmpty());
      assertFalse(t.nameZh().isEmpty());
    }
    assertEquals("DT", Ws363DataType.DT.code());
    assertEquals("BY", Ws363DataType.BY.code());
  }

  @Test
  void fromCode_unknownOrLowerCase_empty() {
    assertFalse(Ws363DataType.fromCode("S4").isPresent());
    assertFalse(Ws363DataType.fromCode("s1").isPresent());
    assertFalse(Ws363DataType.fromCode("").isPresent());
  }

  @Test
  void parse_unknown_throwsIae() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Ws363DataType.parse("X9"));
    assertTrue(e.getMessage().contains("S1, S2, S3"));
  }
}
