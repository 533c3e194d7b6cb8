package io.hdx.model.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.model.ValidationException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ResidentIdNumberTest {
  static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

  /** A synthetic number: region 110105, the given birth date and sequence, computed check. */
  static String number(String region, String yyyymmdd, String sequence) {
    String first17 = region + yyyymmdd + sequence;
    return first17 + ResidentIdNumber.checkCharacter(first17);
  }

  private static ValidationException rejected(String value, RegionCheck regionCheck) {
    ValidationException e = assertThrows(
        ValidationException.class, () -> ResidentIdNumber.parse(value, regionCheck, TODAY));
    if (value != null && !value.isEmpty()) {
      assertFalse(e.getMessage().contains(value), "message must not contain the input");
    }
    return e;
  }

  private static ValidationException rejected(String value) {
    return rejected(value, RegionCheck.STRICT);
  }

  @Test
  void parse_gb11643AnnexExample_extractsBirthDateSexRegion() {
    // GB 11643-1999 Annex A example: 北京市朝阳区, born 1949-12-31, sequence 002 (female), check X
    ResidentIdNumber id = ResidentIdNumber.parse("11010519491231002X", RegionCheck.STRICT, TODAY);
    assertEquals(LocalDate.of(1949, 12, 31), id.birthDate());
    assertEquals("110105", id.regionCode());
    assertEquals("002", id.sequenceCode());
    assertFalse(id.isMale());
    assertEquals("2", id.genderCode());
    assertEquals('X', id.checkCharacter());
    assertEquals("朝阳区", id.region().get().name());
    assertEquals("11010519491231002X", id.number());
  }

  @Test
  void parse_annexExampleBorn1880WithRetiredCode_lenientAcceptsStrictRejects() {
    // GB 11643-1999 Annex A example 440524188001010014: 440524 (潮阳县) was retired in the 1990s,
    // before the bundled history starts; LENIENT accepts it by its province prefix 44 (广东省).
    assertEquals("ID-0103", rejected("440524188001010014").errorCode());
    ResidentIdNumber id = ResidentIdNumber.parse("440524188001010014", RegionCheck.LENIENT, TODAY);
    assertEquals(LocalDate.of(1880, 1, 1), id.birthDate());
    assertTrue(id.isMale());
    assertEquals("1", id.genderCode());
    assertFalse(id.region().isPresent());
  }

  @Test
  void parse_retiredCodeOfBundledHistory_lenientAcceptsStrictRejects() {
    String chongwen = number("110103", "19800101", "123"); // 崇文区, retired 2010
    assertEquals("ID-0103", rejected(chongwen).errorCode());
    ResidentIdNumber id = ResidentIdNumber.parse(chongwen, RegionCheck.LENIENT, TODAY);
    assertFalse(id.region().get().isCurrent());
  }

  @Test
  void parse_unknownProvince_rejectedEvenWhenLenient() {
    assertEquals("ID-0103", rejected(number("990101", "19800101", "123"), RegionCheck.LENIENT).errorCode());
    assertEquals("ID-0103", rejected(number("000000", "19800101", "123"), RegionCheck.LENIENT).errorCode());
  }

  @Test
  void parse_lowercaseX_acceptedAndStoredUpperCase() {
    ResidentIdNumber id = ResidentIdNumber.parse("11010519491231002x", RegionCheck.STRICT, TODAY);
    assertEquals("11010519491231002X", id.number());
    assertEquals(ResidentIdNumber.parse("11010519491231002X", RegionCheck.STRICT, TODAY), id);
  }

  @Test
  void parse_legacy15Digits_upgradedTo18() {
    // 15 digits of GB 11643-1989: 110105 491231 002 -> insert century 19, compute check character
    ResidentIdNumber id = ResidentIdNumber.parse("110105491231002", RegionCheck.STRICT, TODAY);
    assertEquals("11010519491231002X", id.number());
    assertEquals(LocalDate.of(1949, 12, 31), id.birthDate());
  }

  @Test
  void parse_nullOrEmpty_missing() {
    assertEquals("ID-0100", rejected(null).errorCode());
    assertEquals("ID-0100", rejected("").errorCode());
    assertTrue(rejected(null).getMessage().startsWith("ID-0100 resident ID number: value is missing"));
  }

  @Test
  void parse_wrongLength_length() {
    assertEquals("ID-0101", rejected("11010519491231002").errorCode());
    assertEquals("ID-0101", rejected("11010519491231002X1").errorCode());
    assertEquals("ID-0101", rejected("1101054912310").errorCode());
  }

  @Test
  void parse_nonAsciiOrMisplacedCharacters_characters() {
    assertEquals("ID-0102", rejected("１1010519491231002X").errorCode()); // full-width digit one
    assertEquals("ID-0102", rejected("11010519491231００2X").errorCode());
    assertEquals("ID-0102", rejected("110105194912310X2X").errorCode()); // X not last
    assertEquals("ID-0102", rejected("11010519491231002Y").errorCode());
    assertEquals("ID-0102", rejected("11010519491231002 ").errorCode()); // no trimming
    assertEquals("ID-0102", rejected("11010549123100X").errorCode()); // legacy numbers have no X
  }

  @Test
  void parse_february30_birthDateNotReal() {
    ValidationException e = rejected(number("110105", "19900230", "001"));
    assertEquals("ID-0105", e.errorCode());
    assertTrue(e.getMessage().contains("not a real calendar date"));
    assertEquals("ID-0105", rejected(number("110105", "19901301", "001")).errorCode());
    assertEquals("ID-0105", rejected(number("110105", "19900100", "001")).errorCode());
    assertEquals("ID-0105", rejected(number("110105", "19010229", "001")).errorCode()); // 1901 no leap year
    assertEquals("ID-0105", rejected("110105900230001").errorCode()); // legacy
  }

  @Test
  void parse_birthDateAfterToday_future() {
    assertEquals("ID-0106", rejected(number("110105", "20250701", "001")).errorCode());
    ResidentIdNumber.parse(number("110105", "20250630", "001"), RegionCheck.STRICT, TODAY);
  }

  @Test
  void parse_birthDateBefore1870_tooEarly() {
    assertEquals("ID-0107", rejected(number("110105", "18691231", "001")).errorCode());
    ResidentIdNumber.parse(number("110105", "18700101", "001"), RegionCheck.STRICT, TODAY);
  }

  @Test
  void parse_wrongCheckCharacter_checkCharacterRule() {
    ValidationException e = rejected("110105194912310021");
    assertEquals("ID-0104", e.errorCode());
    assertEquals(
        "ID-0104 resident ID number: check character does not match (ISO 7064 MOD 11-2, GB 11643-1999 §5.5)",
        e.getMessage());
  }

  @Test
  void check_invalid_returnsRuleWithoutThrowing() {
    CheckResult<ResidentIdNumber> result =
        ResidentIdNumber.check("110105194912310021", RegionCheck.STRICT, TODAY);
    assertFalse(result.isValid());
    assertEquals(IdRule.RESIDENT_ID_CHECK_CHARACTER, result.failedRule().get());
    assertFalse(result.value().isPresent());
    assertEquals("CheckResult[invalid ID-0104]", result.toString());
  }

  @Test
  void check_valid_holdsValue() {
    CheckResult<ResidentIdNumber> result = ResidentIdNumber.check("11010519491231002X");
    assertTrue(result.isValid());
    assertEquals("110105", result.value().get().regionCode());
    assertFalse(result.failedRule().isPresent());
  }

  @Test
  void masked_hidesBirthDate() {
    ResidentIdNumber id = ResidentIdNumber.parse("11010519491231002X");
    assertEquals("110105********002X", id.masked());
    assertEquals("ResidentIdNumber[110105********002X]", id.toString());
    assertFalse(id.toString().contains("19491231"));
  }

  @Test
  void equalsHashCode_sameNumberEqual_otherNumberNot() {
    ResidentIdNumber a = ResidentIdNumber.parse("11010519491231002X");
    ResidentIdNumber b = ResidentIdNumber.parse("110105491231002", RegionCheck.STRICT, TODAY);
    ResidentIdNumber c = ResidentIdNumber.parse(number("110105", "19491231", "003"));
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, c);
    assertNotEquals(a, "11010519491231002X");
    assertEquals(a, a);
  }

  @Test
  void checkCharacter_malformedInput_illegalArgument() {
    assertThrows(IllegalArgumentException.class, () -> ResidentIdNumber.checkCharacter("1101051949123100"));
    assertThrows(IllegalArgumentException.class, () -> ResidentIdNumber.checkCharacter("1101051949123100A"));
    assertThrows(NullPointerException.class, () -> ResidentIdNumber.checkCharacter(null));
    assertEquals('X', ResidentIdNumber.checkCharacter("11010519491231002"));
  }

  @Test
  void check_nullOptions_nullPointer() {
    assertThrows(NullPointerException.class, () -> ResidentIdNumber.check("x", null, TODAY));
    assertThrows(NullPointerException.class, () -> ResidentIdNumber.check("x", RegionCheck.STRICT, null));
  }
}
