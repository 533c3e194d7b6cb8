package io.hdx.model.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.model.ValidationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DataElementCodeTest {

  @Test
  void parse_wellFormed_exposesParts() {
    DataElementCode code = DataElementCode.parse("DE02.01.005.01");
    assertEquals("DE02.01.005.01", code.value());
    assertEquals("02", code.classCode());
    assertEquals("01", code.subclassCode());
    assertEquals("005", code.serialNumber());
    assertEquals("01", code.additionalCode());
    assertEquals("DE02.01.005.01", code.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "DE02.01.039", "DE02.01.039.0", "DE056.00.124.00", "DE06.0.039.00",
      "DE02.10.28.00", "HDSD00.12.099", "de02.01.039.00", " DE02.01.039.00", "DE02.01.039.00 ",
      "DE02-01-039-00", "DE0２.01.039.00", "DE02.01.039.00\n", "XX02.01.039.00"})
  void parse_malformed_throwsDe0001WithoutValue(String text) {
    ValidationException e =
        assertThrows(ValidationException.class, () -> DataElementCode.parse(text));
    assertEquals("DE-0001", e.errorCode());
    assertTrue(e.getMessage().contains("DEab.cd.efg.hi"));
    if (!text.trim().isEmpty()) {
      assertFalse(e.getMessage().contains(text.trim()), "message must not quote the input");
    }
    assertFalse(DataElementCode.isValid(text));
  }

  @Test
  void parse_null_throwsNpe() {
    assertThrows(NullPointerException.class, () -> DataElementCode.parse(null));
  }

  @Test
  void equalsHashCodeCompare_byValue() {
    DataElementCode a = DataElementCode.parse("DE02.01.039.00");
    DataElementCode b = DataElementCode.parse("DE02.01.039.00");
    DataElementCode c = DataElementCode.parse("DE02.01.040.00");
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, c);
    assertNotEquals(a, "DE02.01.039.00");
    assertTrue(a.compareTo(c) < 0);
    assertEquals(0, a.compareTo(b));
  }
}
