package io.hdx.model.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.model.ValidationException;
import io.hdx.model.valueset.AdministrativeDivision;
import io.hdx.model.valueset.AdministrativeDivisions;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ResidentIdNumberProperties {
  static final LocalDate TODAY = ResidentIdNumberTest.TODAY;
  private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

  @Provide
  Arbitrary<String> validNumbers() {
    return Combinators.combine(currentRegions(), birthDates(ResidentIdNumber.EARLIEST_BIRTH_DATE, TODAY), sequences())
        .as((region, birth, sequence) -> ResidentIdNumberTest.number(region, birth.format(BASIC), sequence));
  }

  @Provide
  Arbitrary<String> legacyNumbers() {
    return Combinators.combine(
            currentRegions(), birthDates(LocalDate.of(1900, 1, 1), LocalDate.of(1999, 12, 31)), sequences())
        .as((region, birth, sequence) -> region + birth.format(BASIC).substring(2) + sequence);
  }

  private static Arbitrary<String> currentRegions() {
    List<String> codes = new ArrayList<>();
    for (AdministrativeDivision division : AdministrativeDivisions.bundled().current()) {
      codes.add(division.code());
    }
    return Arbitraries.of(codes);
  }

  private static Arbitrary<LocalDate> birthDates(LocalDate from, LocalDate to) {
    return Arbitraries.longs().between(from.toEpochDay(), to.toEpochDay()).map(LocalDate::ofEpochDay);
  }

  private static Arbitrary<String> sequences() {
    return Arbitraries.integers().between(0, 999).map(n -> String.format("%03d", n));
  }

  @Property
  void validNumber_parses_andCarriesItsParts(@ForAll("validNumbers") String value) {
    ResidentIdNumber id = ResidentIdNumber.parse(value, RegionCheck.STRICT, TODAY);
    assertEquals(value, id.number());
    assertEquals(value.substring(0, 6), id.regionCode());
    assertEquals(value.substring(6, 14), id.birthDate().format(BASIC));
    assertEquals((value.charAt(16) - '0') % 2 == 1 ? "1" : "2", id.genderCode());
    assertTrue(ResidentIdNumber.parse(value, RegionCheck.LENIENT, TODAY).equals(id));
  }

  /**
   * Every single-character substitution is caught. Which rule catches it depends on the position:
   * <ul>
   *   <li>positions 1-6 (address code): ID-0103 when the new code is no current GB/T 2260
   *       division, otherwise ID-0104 (a different current division still breaks the check);
   *   <li>positions 7-14 (birth date): ID-0105 when the digits are no calendar date (month 13,
   *       day 32, Feb 30 ...), ID-0106 when the date lies after today, ID-0107 when before
   *       1870-01-01, otherwise ID-0104;
   *   <li>positions 15-17 (sequence code) and 18 (check character): always ID-0104.
   * </ul>
   * ID-0104 never misses: ISO 7064 MOD 11-2 has weights 2^(17-i) mod 11, none divisible by 11,
   * and a digit changes by 1-9, so the weighted sum mod 11 always changes.
   */
  @Property(tries = 200)
  void everySingleSubstitution_isCaught_byTheRuleOfItsPosition(@ForAll("validNumbers") String value) {
    Set<IdRule> region = EnumSet.of(IdRule.RESIDENT_ID_REGION, IdRule.RESIDENT_ID_CHECK_CHARACTER);
    Set<IdRule> birth = EnumSet.of(IdRule.RESIDENT_ID_BIRTH_DATE, IdRule.RESIDENT_ID_BIRTH_DATE_FUTURE,
        IdRule.RESIDENT_ID_BIRTH_DATE_TOO_EARLY, IdRule.RESIDENT_ID_CHECK_CHARACTER);
    Set<IdRule> rest = EnumSet.of(IdRule.RESIDENT_ID_CHECK_CHARACTER);
    for (int position = 0; position < 18; position++) {
      String allowed = position == 17 ? "0123456789X" : "0123456789";
      Set<IdRule> expected = position < 6 ? region : position < 14 ? birth : rest;
      for (char replacement : allowed.toCharArray()) {
        if (replacement == value.charAt(position)) {
          continue;
        }
        String corrupted = value.substring(0, position) + replacement + value.substring(position + 1);
        CheckResult<ResidentIdNumber> result = ResidentIdNumber.check(corrupted, RegionCheck.STRICT, TODAY);
        assertFalse(result.isValid(), "substitution at position " + (position + 1) + " not caught");
        IdRule rule = result.failedRule().get();
        assertTrue(expected.contains(rule), "position " + (position + 1) + " caught by " + rule);
      }
    }
  }

  @Property
  void legacyNumber_upgradesTo18_withCenturyAndCheck(@ForAll("legacyNumbers") String legacy) {
    ResidentIdNumber id = ResidentIdNumber.parse(legacy, RegionCheck.STRICT, TODAY);
    String first17 = legacy.substring(0, 6) + "19" + legacy.substring(6);
    assertEquals(first17 + ResidentIdNumber.checkCharacter(first17), id.number());
    assertEquals(id, ResidentIdNumber.parse(id.number(), RegionCheck.STRICT, TODAY));
  }

  @Property
  void masked_neverRevealsTheBirthDate(@ForAll("validNumbers") String value) {
    ResidentIdNumber id = ResidentIdNumber.parse(value, RegionCheck.STRICT, TODAY);
    String masked = id.masked();
    assertEquals(value.substring(0, 6) + "********" + value.substring(14), masked);
    assertFalse(id.toString().contains(value.substring(6, 14)));
    assertFalse(id.toString().contains(value));
  }

  @Property
  void rejectionMessage_neverContainsTheInput(@ForAll("validNumbers") String value) {
    String corrupted = value.substring(0, 17) + (value.charAt(17) == '0' ? '1' : '0');
    try {
      ResidentIdNumber.parse(corrupted, RegionCheck.STRICT, TODAY);
    } catch (ValidationException e) {
      assertFalse(e.getMessage().contains(corrupted));
      assertFalse(e.getMessage().contains(corrupted.substring(0, 6) + corrupted.substring(6, 14)));
      return;
    }
    throw new AssertionError("corrupted number accepted");
  }
}
