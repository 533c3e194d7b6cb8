package io.hdx.model.id;

import io.hdx.model.ValidationException;
import io.hdx.model.valueset.AdministrativeDivision;
import io.hdx.model.valueset.AdministrativeDivisions;
import io.hdx.model.valueset.Sex;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A resident ID number (公民身份号码), GB 11643-1999: six-digit address code (GB/T 2260), eight-digit
 * birth date, three-digit sequence code (odd for men, even for women) and an ISO 7064 MOD 11-2
 * check character (0-9 or X).
 *
 * <p>Checks, in this order, each naming its {@link IdRule} when it fails: present
 * ({@code ID-0100}); 18 characters or 15 digits ({@code ID-0101}); ASCII digits with X only as
 * the 18th character ({@code ID-0102}); address code known to GB/T 2260 as the {@link
 * RegionCheck} says ({@code ID-0103}); a real calendar date ({@code ID-0105}) not after today
 * ({@code ID-0106}) and not before {@link #EARLIEST_BIRTH_DATE} ({@code ID-0107}); the check
 * character ({@code ID-0104}).
 *
 * <p>Input rules: a lower-case {@code x} is accepted as check character and stored as {@code X};
 * nothing else is normalised (no trimming, no full-width or other non-ASCII digits). A 15-digit
 * number of GB 11643-1989 is upgraded to 18 digits the way GB 11643-1999 numbers replaced it:
 * the century {@code 19} is inserted before its two-digit birth year and the check character is
 * computed; the upgrade therefore assumes a birth year 1900-1999.
 *
 * <pre>{@code
 * ResidentIdNumber id = ResidentIdNumber.parse("11010519491231002X");   // GB 11643-1999 Annex A
 * id.birthDate();   // 1949-12-31
 * id.genderCode();  // "2" (女性, GB/T 2261.1)
 * id.masked();      // 110105********002X
 * }</pre>
 *
 * <p>{@link #toString()} shows only the {@link #masked()} form: the number is personal data.
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public final class ResidentIdNumber {

  /**
   * The earliest birth date HDX accepts, 1870-01-01 (a bound of our choosing, not of the
   * standard: no person born earlier is known to have lived to receive a number in 1984; the
   * standard's own Annex A example is born 1880).
   */
  public static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1870, 1, 1);

  /** ISO 7064 MOD 11-2 weights 2^(17-i) mod 11 for positions 1-17 (GB 11643-1999 §5.5). */
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  /** Check character for each remainder 0..10 of the weighted sum (GB 11643-1999 §5.5). */
  private static final char[] CHECK_CHARACTERS = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

  private final String number;

  private ResidentIdNumber(String number) {
    this.number = number;
  }

  /**
   * Parses an 18-character number, or upgrades a 15-digit one, checking the address code
   * strictly ({@link RegionCheck#STRICT}) and the birth date against today's date.
   *
   * @param value the number; null or empty fails with {@code ID-0100}
   * @throws ValidationException naming the first rule that failed (message without the value)
   */
  public static ResidentIdNumber parse(String value) {
    return check(value).orElseThrow();
  }

  /**
   * Parses as {@link #parse(String)}, checking the address code as {@code regionCheck} says.
   *
   * @throws ValidationException naming the first rule that failed
   */
  public static ResidentIdNumber parse(String value, RegionCheck regionCheck) {
    return check(value, regionCheck).orElseThrow();
  }

  /**
   * Parses as {@link #parse(String)} with the address code checked as {@code regionCheck} says
   * and the birth date checked against {@code today} instead of the system clock.
   *
   * @throws ValidationException naming the first rule that failed
   */
  public static ResidentIdNumber parse(String value, RegionCheck regionCheck, LocalDate today) {
    return check(value, regionCheck, today).orElseThrow();
  }

  /** Checks as {@link #parse(String)} without throwing. */
  public static CheckResult<ResidentIdNumber> check(String value) {
    return check(value, RegionCheck.STRICT);
  }

  /** Checks as {@link #parse(String, RegionCheck)} without throwing. */
  public static CheckResult<ResidentIdNumber> check(String value, RegionCheck regionCheck) {
    return check(value, regionCheck, LocalDate.now());
  }

  /** Checks as {@link #parse(String, RegionCheck, LocalDate)} without throwing. */
  public static CheckResult<ResidentIdNumber> check(
      String value, RegionCheck regionCheck, LocalDate today) {
    Objects.requireNonNull(regionCheck, "regionCheck");
    Objects.requireNonNull(today, "today");
    if (value == null || value.isEmpty()) {
      return CheckResult.invalid(IdRule.RESIDENT_ID_MISSING);
    }
    int length = value.length();
    if (length != 18 && length != 15) {
      return CheckResult.invalid(IdRule.RESIDENT_ID_LENGTH);
    }
    int digits = length == 18 ? 17 : 15;
    for (int i = 0; i < digits; i++) {
      if (!isAsciiDigit(value.charAt(i))) {
        return CheckResult.invalid(IdRule.RESIDENT_ID_CHARACTERS);
      }
    }
    char given = 0;
    if (length == 18) {
      given = value.charAt(17);
      if (given == 'x') {
        given = 'X';
      }
      if (!isAsciiDigit(given) && given != 'X') {
        return CheckResult.invalid(IdRule.RESIDENT_ID_CHARACTERS);
      }
    }
    // GB 11643-1999 §5.2: address code
    String region = value.substring(0, 6);
    if (!regionAccepted(region, regionCheck)) {
      return CheckResult.invalid(IdRule.RESIDENT_ID_REGION);
    }
    // GB 11643-1999 §5.3: birth date code (15-digit legacy numbers carry yyMMdd of the 1900s)
    String body = length == 18 ? value.substring(0, 17) : region + "19" + value.substring(6, 15);
    LocalDate birthDate;
    try {
      birthDate = LocalDate.of(
          number(body, 6, 10), number(body, 10, 12), number(body, 12, 14));
    } catch (DateTimeException e) {
      return CheckResult.invalid(IdRule.RESIDENT_ID_BIRTH_DATE);
    }
    if (birthDate.isAfter(today)) {
      return CheckResult.invalid(IdRule.RESIDENT_ID_BIRTH_DATE_FUTURE);
    }
    if (birthDate.isBefore(EARLIEST_BIRTH_DATE)) {
      return CheckResult.invalid(IdRule.RESIDENT_ID_BIRTH_DATE_TOO_EARLY);
    }
    // GB 11643-1999 §5.5: check character
    char expected = checkCharacterOf(body);
    if (length == 18 && given != expected) {
      return CheckResult.invalid(IdRule.RESIDENT_ID_CHECK_CHARACTER);
    }
    return CheckResult.valid(new ResidentIdNumber(body + expected));
  }

  /**
   * The ISO 7064 MOD 11-2 check character of the first 17 digits of a number (GB 11643-1999
   * §5.5): {@code '0'}-{@code '9'} or {@code 'X'}.
   *
   * @param first17 the 17 digits before the check character
   * @throws IllegalArgumentException if {@code first17} is not 17 ASCII digits
   */
  public static char checkCharacter(String first17) {
    Objects.requireNonNull(first17, "first17");
    if (first17.length() != 17) {
      throw new IllegalArgumentException("expected 17 digits");
    }
    for (int i = 0; i < 17; i++) {
      if (!isAsciiDigit(first17.charAt(i))) {
        throw new IllegalArgumentException("expected 17 ASCII digits");
      }
    }
    return checkCharacterOf(first17);
  }

  /** The 18-character number, e.g. {@code 11010519491231002X}. Personal data: do not log. */
  public String number() {
    return number;
  }

  /**
   * The number for display: the address code and the last four characters, the birth date
   * replaced by eight asterisks, e.g. {@code 110105********002X}.
   */
  public String masked() {
    return number.substring(0, 6) + "********" + number.substring(14);
  }

  /** The address code, positions 1-6 (GB 11643-1999 §5.2), e.g. {@code 110105}. */
  public String regionCode() {
    return number.substring(0, 6);
  }

  /** The division of the address code, when it is a bundled GB/T 2260 code (current or retired). */
  public Optional<AdministrativeDivision> region() {
    return AdministrativeDivisions.bundled().find(regionCode());
  }

  /** The birth date, positions 7-14 (GB 11643-1999 §5.3). */
  public LocalDate birthDate() {
    return LocalDate.of(number(number, 6, 10), number(number, 10, 12), number(number, 12, 14));
  }

  /** The sequence code, positions 15-17 (GB 11643-1999 §5.4), e.g. {@code 002}. */
  public String sequenceCode() {
    return number.substring(14, 17);
  }

  /** Whether the sequence code is odd, which GB 11643-1999 §5.4 assigns to men. */
  public boolean isMale() {
    return (number.charAt(16) - '0') % 2 == 1;
  }

  /**
   * The sex as a GB/T 2261.1 code: {@code "1"} (男性) for an odd sequence code, {@code "2"}
   * (女性) for an even one (GB 11643-1999 §5.4).
   */
  public String genderCode() {
    return isMale() ? "1" : "2";
  }

  /** The sex the number carries, {@link Sex#MALE} or {@link Sex#FEMALE} (GB 11643-1999 §5.4). */
  public Sex sex() {
    return isMale() ? Sex.MALE : Sex.FEMALE;
  }

  /** The check character, position 18: {@code '0'}-{@code '9'} or {@code 'X'}. */
  public char checkCharacter() {
    return number.charAt(17);
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof ResidentIdNumber && number.equals(((ResidentIdNumber) o).number));
  }

  @Override
  public int hashCode() {
    return number.hashCode();
  }

  /** {@code ResidentIdNumber[110105********002X]}: the masked form only. */
  @Override
  public String toString() {
    return "ResidentIdNumber[" + masked() + "]";
  }

  private static boolean regionAccepted(String code, RegionCheck regionCheck) {
    AdministrativeDivisions divisions = AdministrativeDivisions.bundled();
    if (regionCheck == RegionCheck.STRICT) {
      return divisions.isCurrent(code);
    }
    return divisions.isKnown(code) || divisions.province(code).isPresent();
  }

  private static char checkCharacterOf(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK_CHARACTERS[sum % 11];
  }

  private static int number(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n = n * 10 + (s.charAt(i) - '0');
    }
    return n;
  }

  static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
