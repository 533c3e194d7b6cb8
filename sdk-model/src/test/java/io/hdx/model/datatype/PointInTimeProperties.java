package io.hdx.model.datatype;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** {@link PointInTime#of} writes what {@code String.format("%04d%02d...")} wrote before it was hand-rolled. */
class PointInTimeProperties {

  @Property(tries = 200)
  void ofDateTime_writesYyyyMmDdHhMmSs(@ForAll @IntRange(min = 0, max = 9999) int year,
      @ForAll @IntRange(min = 1, max = 12) int month, @ForAll @IntRange(min = 1, max = 28) int day,
      @ForAll @IntRange(min = 0, max = 23) int hour, @ForAll @IntRange(min = 0, max = 59) int minute,
      @ForAll @IntRange(min = 0, max = 59) int second) {
    LocalDateTime t = LocalDateTime.of(year, month, day, hour, minute, second, 123);
    assertEquals(String.format(Locale.ROOT, "%04d%02d%02d%02d%02d%02d", year, month, day, hour, minute, second),
        PointInTime.of(t).literal());
  }

  @Property(tries = 100)
  void ofDate_writesYyyyMmDd(@ForAll @IntRange(min = 0, max = 9999) int year,
      @ForAll @IntRange(min = 1, max = 12) int month, @ForAll @IntRange(min = 1, max = 28) int day) {
    assertEquals(String.format(Locale.ROOT, "%04d%02d%02d", year, month, day),
        PointInTime.of(LocalDate.of(year, month, day)).literal());
  }
}
