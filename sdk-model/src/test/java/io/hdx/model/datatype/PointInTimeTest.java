package io.hdx.model.datatype;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.model.ValidationException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PointInTimeTest {

  @Test
  void parse_eachPrecision_keepsLiteral() {
    assertEquals(PointInTime.Precision.YEAR, PointInTime.parse("1980").precision());
    assertEquals(PointInTime.Precision.DAY, PointInTime.parse("19800101").precision());
    assertEquals(PointInTime.Precision.SECOND, PointInTime.parse("20240101120000").precision());
    PointInTime fraction = PointInTime.parse("20240101120000.1234+0800");
    assertEquals(PointInTime.Precision.FRACTION, fraction.precision());
    assertEquals(ZoneOffset.ofHours(8), fraction.offset().get());
    assertEquals("20240101120000.1234+0800", fraction.literal());
    assertEquals(123_400_000, fraction.start().getNano());
  }

  @Test
  void of_localDateAndDateTime_writeWsT500Forms() {
    assertEquals("19800101", PointInTime.of(LocalDate.of(1980, 1, 1)).literal());
    assertEquals("20240102030405", PointInTime.of(LocalDateTime.of(2024, 1, 2, 3, 4, 5)).literal());
    assertEquals(LocalDate.of(1980, 1, 1), PointInTime.parse("19800101").date().get());
    assertFalse(PointInTime.parse("198001").date().isPresent());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "19", "1980-01-01", "19800101T1200", "abcd", "2024010112000", "2024+08-0800"})
  void parse_malformed_failsWithoutQuotingTheText(String text) {
    ValidationException e = assertThrows(ValidationException.class, () -> PointInTime.parse(text));
    assertEquals("TS-0001", e.errorCode());
    if (!text.isEmpty()) {
      assertFalse(e.getMessage().contains(text), e.getMessage());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"20090401142335-700", "20240101+08", "20240101+2500", "20240101-0860", "20240101+08:00"})
  void parse_malformedOffset_failsWithTs0003NotAsAMissingTime(String text) {
    ValidationException e = assertThrows(ValidationException.class, () -> PointInTime.parse(text));
    assertEquals("TS-0003", e.errorCode());
    assertFalse(e.getMessage().contains(text));
    assertTrue(e.getMessage().contains("offset"));
  }

  @Test
  void parse_wellFormedOffset_kept() {
    assertEquals(java.time.ZoneOffset.ofHours(-7), PointInTime.parse("20090401142335-0700").offset().get());
    assertEquals(java.time.ZoneOffset.ofHoursMinutes(14, 0), PointInTime.parse("20240101+1400").offset().get());
  }

  @ParameterizedTest
  @ValueSource(strings = {"19800230", "19801301", "20240101250000", "20240101126000"})
  void parse_impossibleDate_failsWithTs0002(String text) {
    ValidationException e = assertThrows(ValidationException.class, () -> PointInTime.parse(text));
    assertEquals("TS-0002", e.errorCode());
    assertFalse(e.getMessage().contains(text));
  }

  @Test
  void compareTo_ordersByTime() {
    assertTrue(PointInTime.parse("19800101").compareTo(PointInTime.parse("20240101120000")) < 0);
    assertTrue(PointInTime.parse("2024").compareTo(PointInTime.parse("20240101")) < 0);
  }

  @Test
  void toString_showsOnlyPrecision() {
    assertEquals("TS[DAY]", PointInTime.parse("19800101").toString());
  }
}
