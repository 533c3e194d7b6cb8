package io.hdx.model.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.model.dataset.RepresentationFormat.Kind;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RepresentationFormatTest {

  private static Optional<FormatProblem> problem(String format, String value) {
    return RepresentationFormat.parse(format).check(value).problem();
  }

  private static Optional<FormatProblem> problemHl7(String format, String value) {
    return RepresentationFormat.parse(format).check(value, ValueNotation.HL7_V3).problem();
  }

  @Test
  void parse_variableAlphanumeric_lengths() {
    RepresentationFormat f = RepresentationFormat.parse("AN..50");
    assertEquals(Kind.ALPHANUMERIC, f.kind());
    assertEquals(1, f.minLength());
    assertEquals(OptionalInt.of(50), f.maxLength());
    assertFalse(f.isFixedLength());
    assertEquals(0, f.fractionDigits());
    assertEquals("AN..50", f.text());
    assertEquals("AN..50", f.toString());
  }

  @Test
  void parse_fixedAndRangeAndDecimals() {
    RepresentationFormat n8 = RepresentationFormat.parse("N8");
    assertTrue(n8.isFixedLength());
    assertEquals(8, n8.minLength());
    RepresentationFormat range = RepresentationFormat.parse("N4..5,1");
    assertEquals(4, range.minLength());
    assertEquals(OptionalInt.of(5), range.maxLength());
    assertEquals(1, range.fractionDigits());
    assertEquals(Kind.ALPHABETIC, RepresentationFormat.parse("A1").kind());
    assertEquals(2, RepresentationFormat.parse("N5,2").fractionDigits());
  }

  @Test
  void parse_caseAndBlanks_canonical() {
    assertEquals(RepresentationFormat.parse("AN..50"), RepresentationFormat.parse(" an..50 "));
  }

  @ParameterizedTest
  @CsvSource({"D8,DATE,8", "DT15,DATE_TIME,15", "DT14,DATE_TIME,14", "T6,TIME,6"})
  void parse_fixedTemporalFormats(String text, Kind kind, int length) {
    RepresentationFormat f = RepresentationFormat.parse(text);
    assertEquals(kind, f.kind());
    assertTrue(f.isFixedLength());
    assertEquals(OptionalInt.of(length), f.maxLength());
  }

  @Test
  void parse_booleanAndBinary_noMaximum() {
    assertEquals(Kind.BOOLEAN, RepresentationFormat.parse("T/F").kind());
    assertEquals(Kind.BOOLEAN, RepresentationFormat.parse("L").kind());
    assertEquals(Kind.BINARY, RepresentationFormat.parse("BY").kind());
    assertEquals(OptionalInt.empty(), RepresentationFormat.parse("BY").maxLength());
    assertFalse(RepresentationFormat.parse("T/F").isFixedLength());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "AN", "AN..", "AN..0", "N0", "N5..3", "A..50,1", "AN10,2", "N2,1",
      "N..3,2", "S1", "D6", "DT", "X..10", "AN...50", "AN..1234567", "RAW:N|2", "N4|51"})
  void parse_malformed_throwsIaeNamingTheText(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RepresentationFormat.parse(text));
    assertTrue(e.getMessage().contains("\"" + text + "\""), e.getMessage());
  }

  @Test
  void parse_longMalformedText_truncatedInMessage() {
    String text = "AN..50 and then a great deal of trailing text that goes on";
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RepresentationFormat.parse(text));
    assertFalse(e.getMessage().contains(text));
    assertTrue(e.getMessage().contains("AN..50 and then"));
  }

  @Test
  void check_alphanumericChinese_countsCharacters() {
    String fifty = repeat("患", 50);
    assertTrue(RepresentationFormat.parse("AN..50").check(fifty).isOk());
    assertEquals(Optional.of(FormatProblem.TOO_LONG), problem("AN..50", fifty + "者"));
    assertEquals("too long: format AN..50 allows at most 50 characters",
        RepresentationFormat.parse("AN..50").check(fifty + "者").message());
    // A supplementary character (CJK Extension B) is one character, two UTF-16 units.
    assertTrue(RepresentationFormat.parse("AN2").check("\uD842\uDFB7吉").isOk());
  }

  @Test
  void check_alphabetic_lettersChineseAndSeparatorsFit_digitsDoNot() {
    assertTrue(RepresentationFormat.parse("A..50").check("张三").isOk());
    assertTrue(RepresentationFormat.parse("A..50").check("买买提·艾力").isOk());
    assertTrue(RepresentationFormat.parse("A..50").check("Jean-Luc O'Neil").isOk());
    assertEquals(Optional.of(FormatProblem.DIGIT_NOT_ALLOWED), problem("A..50", "张三2"));
    assertEquals(Optional.of(FormatProblem.DIGIT_NOT_ALLOWED), problem("A..50", "张三２"));
  }

  @Test
  void check_text_controlCharactersAndLoneSurrogates_invalid() {
    assertEquals(Optional.of(FormatProblem.INVALID_CHARACTER), problem("AN..50", "a\u0000b"));
    assertEquals(Optional.of(FormatProblem.INVALID_CHARACTER), problem("AN..50", "a\uD842"));
    assertTrue(RepresentationFormat.parse("AN..50").check("第一行\n第二行\t。").isOk());
  }

  @Test
  void check_fixedAndMinimumLengths() {
    assertTrue(RepresentationFormat.parse("AN10").check("ABCDE12345").isOk());
    assertEquals(Optional.of(FormatProblem.WRONG_LENGTH), problem("AN10", "ABCDE1234"));
    assertEquals(Optional.of(FormatProblem.WRONG_LENGTH), problem("N8", "1234567"));
    assertEquals(Optional.of(FormatProblem.TOO_SHORT), problem("N2..3", "7"));
    assertTrue(RepresentationFormat.parse("N2..3").check("120").isOk());
    assertEquals(Optional.of(FormatProblem.EMPTY), problem("AN..50", ""));
    assertEquals(Optional.of(FormatProblem.EMPTY), problem("BY", ""));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "N..3,1|9.5|", "N..3,1|95|", "N..3,1|9|", "N4..5,1|50.5|", "N4..5,1|199.5|",
      "N4..5,1|1000|", "N5,2|12.34|", "N5,2|12345|", "N..4,1|37|",
      "N..3,1|99.5|TOO_LONG", "N..3,1|9.55|TOO_MANY_DECIMALS", "N..3|9.5|DECIMALS_NOT_ALLOWED",
      "N..3,1|.5|NOT_NUMERIC", "N..3,1|5.|NOT_NUMERIC", "N..3,1|1.2.3|NOT_NUMERIC",
      "N..3|-1|NOT_NUMERIC", "N..3|1e2|NOT_NUMERIC", "N..3|' 12'|NOT_NUMERIC",
      "N..3|１２|NOT_NUMERIC", "N4..5,1|7.5|TOO_SHORT", "N5,2|1.23|WRONG_LENGTH"})
  void check_numeric(String format, String value, FormatProblem expected) {
    assertEquals(Optional.ofNullable(expected), problem(format, value));
  }

  @Test
  void check_numericMessages_nameTheRule() {
    RepresentationFormat f = RepresentationFormat.parse("N..3,1");
    assertEquals("2 decimals where format N..3,1 allows at most 1", f.check("9.55").message());
    assertEquals("not numeric: format N..3,1 allows the digits 0-9 and one decimal point with"
        + " digits on both sides", f.check("x").message());
    assertEquals("not numeric: format N8 allows the digits 0-9 only",
        RepresentationFormat.parse("N8").check("2024-1-1").message());
  }

  @ParameterizedTest
  @CsvSource({
      "20240229, ", "00010101, ", "99991231, ", "20230229, NOT_A_REAL_DATE",
      "20241301, NOT_A_REAL_DATE", "20240431, NOT_A_REAL_DATE", "20240100, NOT_A_REAL_DATE",
      "00000101, NOT_A_REAL_DATE", "2024-0-1, WRONG_PATTERN", "2024011, WRONG_LENGTH",
      "202401011, WRONG_LENGTH"})
  void check_d8(String value, FormatProblem expected) {
    assertEquals(Optional.ofNullable(expected), problem("D8", value));
    assertEquals(Optional.ofNullable(expected), problemHl7("D8", value));
  }

  @Test
  void check_dt15_ws363NeedsT_hl7NeedsFourteenDigits() {
    assertTrue(RepresentationFormat.parse("DT15").check("20130216T131400").isOk());
    assertEquals(Optional.of(FormatProblem.WRONG_LENGTH), problem("DT15", "20130216131400"));
    assertTrue(RepresentationFormat.parse("DT15")
        .check("20130216131400", ValueNotation.HL7_V3).isOk());
    assertEquals(Optional.of(FormatProblem.WRONG_LENGTH), problemHl7("DT15", "20130216T131400"));
    assertEquals(Optional.of(FormatProblem.WRONG_PATTERN), problem("DT15", "20130216 131400"));
    assertEquals(Optional.of(FormatProblem.NOT_A_REAL_TIME), problem("DT15", "20130216T241400"));
    assertEquals(Optional.of(FormatProblem.NOT_A_REAL_DATE), problem("DT15", "20130230T131400"));
    assertEquals("wrong length: format DT15 (as an HL7 V3 TS) needs exactly 14 characters"
        + " (yyyyMMddHHmmss)", RepresentationFormat.parse("DT15")
            .check("2013", ValueNotation.HL7_V3).message());
  }

  @Test
  void check_dt14AndT6() {
    assertTrue(RepresentationFormat.parse("DT14").check("20130216131400").isOk());
    assertTrue(RepresentationFormat.parse("DT14")
        .check("20130216131400", ValueNotation.HL7_V3).isOk());
    assertEquals(Optional.of(FormatProblem.NOT_A_REAL_TIME), problem("DT14", "20130216136000"));
    assertTrue(RepresentationFormat.parse("T6").check("235959").isOk());
    assertEquals(Optional.of(FormatProblem.NOT_A_REAL_TIME), problem("T6", "240000"));
    assertEquals(Optional.of(FormatProblem.NOT_A_REAL_TIME), problem("T6", "235960"));
    assertEquals(Optional.of(FormatProblem.WRONG_LENGTH), problem("T6", "2359"));
  }

  @Test
  void check_boolean_perNotation() {
    RepresentationFormat tf = RepresentationFormat.parse("T/F");
    assertTrue(tf.check("T").isOk());
    assertTrue(tf.check("F").isOk());
    assertEquals(Optional.of(FormatProblem.NOT_BOOLEAN), tf.check("true").problem());
    assertEquals(Optional.of(FormatProblem.NOT_BOOLEAN), tf.check("t").problem());
    assertTrue(tf.check("false", ValueNotation.HL7_V3).isOk());
    assertEquals(Optional.of(FormatProblem.NOT_BOOLEAN),
        tf.check("T", ValueNotation.HL7_V3).problem());
  }

  @Test
  void check_binary_anyNonEmpty() {
    assertTrue(RepresentationFormat.parse("BY").check("iVBORw0KGgo=").isOk());
  }

  @Test
  void check_null_throwsNpe() {
    RepresentationFormat f = RepresentationFormat.parse("AN..5");
    assertThrows(NullPointerException.class, () -> f.check(null));
    assertThrows(NullPointerException.class, () -> f.check("a", null));
  }

  @Test
  void equalsHashCode_overAllFields() {
    RepresentationFormat a = RepresentationFormat.parse("N..3,1");
    assertEquals(a, RepresentationFormat.parse("n..3,1"));
    assertEquals(a.hashCode(), RepresentationFormat.parse("n..3,1").hashCode());
    assertNotEquals(a, RepresentationFormat.parse("N..3"));
    assertNotEquals(a, RepresentationFormat.parse("N..4,1"));
    assertNotEquals(RepresentationFormat.parse("L"), RepresentationFormat.parse("T/F"));
    assertNotEquals(a, "N..3,1");
  }

  @Test
  void formatCheck_equalsHashCodeAndToString() {
    FormatCheck ok = FormatCheck.ok();
    assertTrue(ok.isOk());
    assertEquals(Optional.empty(), ok.problem());
    assertEquals("fits", ok.message());
    FormatCheck a = RepresentationFormat.parse("N8").check("1");
    FormatCheck b = RepresentationFormat.parse("N8").check("2");
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, ok);
    assertNotEquals(a, RepresentationFormat.parse("N9").check("1"));
    assertTrue(a.toString().contains("WRONG_LENGTH"));
    assertEquals("FormatCheck{fits}", ok.toString());
  }

  static String repeat(String s, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(s);
    }
    return b.toString();
  }
}
