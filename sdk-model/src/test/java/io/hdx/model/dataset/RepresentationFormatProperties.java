package io.hdx.model.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.model.ValidationException;
import io.hdx.model.Confidence;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.constraints.IntRange;

class RepresentationFormatProperties {

  private static final String[] FORMATS = {"A..50", "AN..50", "AN10", "N8", "N..3", "N..3,1",
      "N5,2", "N4..5,1", "D8", "DT15", "DT14", "T6", "A1", "N1", "BY", "L", "T/F"};

  /** Text as patients' data looks: Chinese, Latin letters, some punctuation. */
  private static Arbitrary<String> text(int min, int max) {
    return Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').withCharRange('a', 'z')
        .withCharRange('A', 'Z').withChars('·', ' ', '-', '，', '。')
        .ofMinLength(min).ofMaxLength(max);
  }

  @Provide
  Arbitrary<Tuple2<Integer, String>> maxAndFittingText() {
    return Arbitraries.integers().between(1, 200)
        .flatMap(max -> text(1, max).map(s -> Tuple.of(max, s)));
  }

  @Property
  void alphanumeric_valueWithinMax_fits(@ForAll("maxAndFittingText") Tuple2<Integer, String> t) {
    assertTrue(RepresentationFormat.parse("AN.." + t.get1()).check(t.get2()).isOk());
    assertTrue(RepresentationFormat.parse("A.." + t.get1()).check(t.get2()).isOk());
  }

  @Property
  void alphanumeric_oneCharacterTooLong_tooLongWithoutValue(
      @ForAll @IntRange(min = 1, max = 200) int max, @ForAll("chinese") char extra) {
    String value = RepresentationFormatTest.repeat(String.valueOf(extra), max + 1);
    FormatCheck check = RepresentationFormat.parse("AN.." + max).check(value);
    assertEquals(Optional.of(FormatProblem.TOO_LONG), check.problem());
    assertEquals("too long: format AN.." + max + " allows at most " + max + " characters",
        check.message());
    assertFalse(check.message().contains(value));
  }

  @Provide
  Arbitrary<Character> chinese() {
    return Arbitraries.chars().range('\u4e00', '\u9fa5');
  }

  @Property
  void alphabetic_anyDigit_rejected(@ForAll("maxAndFittingText") Tuple2<Integer, String> t,
      @ForAll @IntRange(min = 0, max = 9) int digit) {
    String value = t.get2().substring(0, t.get2().length() - 1) + digit;
    assertEquals(Optional.of(FormatProblem.DIGIT_NOT_ALLOWED),
        RepresentationFormat.parse("A.." + t.get1()).check(value).problem());
  }

  @Provide
  Arbitrary<String[]> fittingNumbers() {
    // format N{min}..{max},{d} and a value of that length with at most d decimals
    return Arbitraries.integers().between(3, 12).flatMap(max ->
        Arbitraries.integers().between(1, max - 2).flatMap(d ->
            Arbitraries.integers().between(1, max).flatMap(length ->
                Arbitraries.integers().between(0, Math.max(0, Math.min(d, length - 2)))
                    .flatMap(decimals ->
                    digits(decimals == 0 ? length : length - decimals - 1).flatMap(whole ->
                        digits(decimals).map(fraction -> new String[] {
                            "N.." + max + "," + d,
                            decimals == 0 ? whole : whole + "." + fraction,
                            String.valueOf(d), String.valueOf(max)}))))));
  }

  private static Arbitrary<String> digits(int n) {
    return Arbitraries.strings().numeric().ofLength(n);
  }

  @Property
  void numeric_valueWithinLengthAndDecimals_fits(@ForAll("fittingNumbers") String[] f) {
    assertTrue(RepresentationFormat.parse(f[0]).check(f[1]).isOk(), f[0] + " " + f[1]);
  }

  @Property
  void numeric_oneDecimalTooMany_tooManyDecimals(@ForAll("fittingNumbers") String[] f) {
    int d = Integer.parseInt(f[2]);
    String value = f[1].split("\\.")[0] + "." + RepresentationFormatTest.repeat("3", d + 1);
    FormatCheck check = RepresentationFormat.parse(f[0]).check(value);
    assertEquals(Optional.of(FormatProblem.TOO_MANY_DECIMALS), check.problem(), f[0] + " " + value);
    assertEquals((d + 1) + " decimals where format " + f[0] + " allows at most " + d,
        check.message());
  }

  @Property
  void numeric_oneDigitTooLong_tooLong(@ForAll("fittingNumbers") String[] f) {
    int max = Integer.parseInt(f[3]);
    String value = RepresentationFormatTest.repeat("9", max + 1);
    assertEquals(Optional.of(FormatProblem.TOO_LONG),
        RepresentationFormat.parse(f[0]).check(value).problem());
  }

  @Property
  void numeric_letterAnywhere_notNumeric(@ForAll("fittingNumbers") String[] f,
      @ForAll @IntRange(min = 0, max = 20) int at, @ForAll("chinese") char letter) {
    int i = at % f[1].length();
    String value = f[1].substring(0, i) + letter + f[1].substring(i + 1);
    assertEquals(Optional.of(FormatProblem.NOT_NUMERIC),
        RepresentationFormat.parse(f[0]).check(value).problem());
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.longs()
        .between(LocalDate.of(1, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  private static String d8(int y, int m, int d) {
    return String.format("%04d%02d%02d", y, m, d);
  }

  @Property
  void d8_realDate_fits(@ForAll("dates") LocalDate date) {
    String value = d8(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    assertTrue(RepresentationFormat.parse("D8").check(value).isOk());
  }

  @Property
  void d8_dayPastMonthEnd_notARealDateWithoutValue(@ForAll("dates") LocalDate date,
      @ForAll @IntRange(min = 1, max = 68) int past) {
    int last = YearMonth.of(date.getYear(), date.getMonthValue()).lengthOfMonth();
    int day = Math.min(99, last + past);
    String value = d8(date.getYear(), date.getMonthValue(), day);
    FormatCheck check = RepresentationFormat.parse("D8").check(value);
    assertEquals(Optional.of(FormatProblem.NOT_A_REAL_DATE), check.problem());
    assertFalse(check.message().contains(value));
  }

  @Property
  void d8_monthOutOfRange_notARealDate(@ForAll("dates") LocalDate date,
      @ForAll @IntRange(min = 13, max = 99) int month) {
    assertEquals(Optional.of(FormatProblem.NOT_A_REAL_DATE), RepresentationFormat.parse("D8")
        .check(d8(date.getYear(), month, 1)).problem());
  }

  @Property
  void dt15_realDateTime_fitsInItsNotation(@ForAll("dates") LocalDate date,
      @ForAll @IntRange(min = 0, max = 86399) int secondOfDay) {
    String day = d8(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    String time = String.format("%02d%02d%02d", secondOfDay / 3600, secondOfDay / 60 % 60,
        secondOfDay % 60);
    RepresentationFormat dt15 = RepresentationFormat.parse("DT15");
    assertTrue(dt15.check(day + "T" + time).isOk());
    assertTrue(dt15.check(day + time, ValueNotation.HL7_V3).isOk());
    assertEquals(Optional.of(FormatProblem.WRONG_LENGTH), dt15.check(day + time).problem());
    assertTrue(RepresentationFormat.parse("DT14").check(day + time).isOk());
    assertTrue(RepresentationFormat.parse("T6").check(time).isOk());
  }

  /** Values of 5 or more characters; no message template contains such a run. */
  @Provide
  Arbitrary<String> anyValue() {
    return Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').withCharRange('0', '9')
        .withChars('.', 'T', ' ').ofMinLength(5).ofMaxLength(60)
        .filter(s -> s.trim().length() >= 5);
  }

  @Property(tries = 200)
  void check_anyFormatAnyValue_messageNeverContainsTheValue(@ForAll("anyValue") String value) {
    for (String format : FORMATS) {
      for (ValueNotation notation : ValueNotation.values()) {
        FormatCheck check = RepresentationFormat.parse(format).check(value, notation);
        assertFalse(check.message().contains(value), format + ": " + check.message());
        assertFalse(check.message().contains(value.trim()), format + ": " + check.message());
      }
    }
  }

  @Property(tries = 200)
  void validate_anyValue_exceptionNeverContainsTheValue(@ForAll("anyValue") String value) {
    for (String format : FORMATS) {
      DataElement e = DataElement.builder().code("DE99.99.999.99").nameZh("测试")
          .format(RepresentationFormat.parse(format)).source("test")
          .confidence(Confidence.LOW).build();
      try {
        e.validate(value);
      } catch (ValidationException ex) {
        assertEquals(DataElement.ERROR_FORMAT, ex.errorCode());
        assertFalse(ex.getMessage().contains(value.trim()), ex.getMessage());
      }
    }
  }

}
