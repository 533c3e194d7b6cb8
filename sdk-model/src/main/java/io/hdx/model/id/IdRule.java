package io.hdx.model.id;

/**
 * The rules an identifier is checked against, each with a stable error code. A failed check
 * names one of these; {@link io.hdx.model.ValidationException#errorCode()} carries its
 * {@link #code()}. Descriptions name the rule and the clause of the standard, never a value.
 *
 * <p>Codes: {@code ID-01xx} resident ID number (GB 11643-1999), {@code ID-02xx} unified social
 * credit code (GB 32100-2015), {@code ID-03xx} organization code (GB 11714-1997).
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public enum IdRule {
  /** The resident ID number is null or empty. */
  RESIDENT_ID_MISSING("ID-0100", Subject.RESIDENT_ID, "value is missing"),
  /** Neither 18 characters nor a 15-digit legacy number. */
  RESIDENT_ID_LENGTH("ID-0101", Subject.RESIDENT_ID,
      "must have 18 characters, or 15 digits for a legacy number (GB 11643-1999 §5.1)"),
  /** A character other than an ASCII digit, or 'X' other than as the 18th character. */
  RESIDENT_ID_CHARACTERS("ID-0102", Subject.RESIDENT_ID,
      "only ASCII digits are allowed, and X as the 18th character (GB 11643-1999 §5.1, §5.5)"),
  /** The address code (positions 1-6) is no division the chosen {@link RegionCheck} accepts. */
  RESIDENT_ID_REGION("ID-0103", Subject.RESIDENT_ID,
      "address code (positions 1-6) is not a known GB/T 2260 division (GB 11643-1999 §5.2)"),
  /** The 18th character is not the ISO 7064 MOD 11-2 check character of the first 17. */
  RESIDENT_ID_CHECK_CHARACTER("ID-0104", Subject.RESIDENT_ID,
      "check character does not match (ISO 7064 MOD 11-2, GB 11643-1999 §5.5)"),
  /** The birth date code is not a real calendar date (e.g. 19900230). */
  RESIDENT_ID_BIRTH_DATE("ID-0105", Subject.RESIDENT_ID,
      "birth date code is not a real calendar date (GB 11643-1999 §5.3)"),
  /** The birth date lies after today. */
  RESIDENT_ID_BIRTH_DATE_FUTURE("ID-0106", Subject.RESIDENT_ID,
      "birth date code lies in the future (GB 11643-1999 §5.3)"),
  /** The birth date lies before {@link ResidentIdNumber#EARLIEST_BIRTH_DATE}. */
  RESIDENT_ID_BIRTH_DATE_TOO_EARLY("ID-0107", Subject.RESIDENT_ID,
      "birth date code lies before 1870-01-01, the earliest HDX accepts (GB 11643-1999 §5.3)"),

  /** The unified social credit code is null or empty. */
  USCC_MISSING("ID-0200", Subject.USCC, "value is missing"),
  /** Not 18 characters. */
  USCC_LENGTH("ID-0201", Subject.USCC, "must have 18 characters (GB 32100-2015 §4)"),
  /** A character outside the code's character set (digits and A-Z without I, O, S, V, Z). */
  USCC_CHARACTERS("ID-0202", Subject.USCC,
      "only digits and the upper-case letters other than I, O, S, V, Z are allowed (GB 32100-2015 §4)"),
  /** Positions 3-8, the registration authority's region code, are not six digits. */
  USCC_REGION_DIGITS("ID-0203", Subject.USCC,
      "registration region code (positions 3-8) must be six digits (GB 32100-2015 §4)"),
  /** The 18th character is not the MOD 31 check character of the first 17. */
  USCC_CHECK_CHARACTER("ID-0204", Subject.USCC,
      "check character does not match (MOD 31, GB 32100-2015 §4, GB/T 17710)"),

  /** The organization code is null or empty. */
  ORG_CODE_MISSING("ID-0300", Subject.ORG_CODE, "value is missing"),
  /** Not 8 body characters plus a check character, with or without a hyphen before the check. */
  ORG_CODE_LENGTH("ID-0301", Subject.ORG_CODE,
      "must have 8 characters and a check character, optionally joined by '-' (GB 11714-1997)"),
  /** A body character other than a digit or upper-case letter, or a check other than 0-9 or X. */
  ORG_CODE_CHARACTERS("ID-0302", Subject.ORG_CODE,
      "only digits and upper-case letters are allowed, and 0-9 or X as check character (GB 11714-1997)"),
  /** The check character does not match the body's MOD 11 check. */
  ORG_CODE_CHECK_CHARACTER("ID-0303", Subject.ORG_CODE,
      "check character does not match (MOD 11, GB 11714-1997)");

  private final String code;
  private final String subject;
  private final String description;

  IdRule(String code, String subject, String description) {
    this.code = code;
    this.subject = subject;
    this.description = description;
  }

  /** The stable error code, e.g. {@code ID-0104}. */
  public String code() {
    return code;
  }

  /** What the rule is about, e.g. {@code resident ID number}. */
  public String subject() {
    return subject;
  }

  /** The rule in words with its clause, e.g. {@code check character does not match (...)}. */
  public String description() {
    return description;
  }

  /** The exception message: subject and description, e.g. {@code resident ID number: ...}. */
  public String message() {
    return subject + ": " + description;
  }

  /** The code and description, e.g. {@code ID-0104 check character does not match (...)}. */
  @Override
  public String toString() {
    return code + " " + description;
  }

  private static final class Subject {
    static final String RESIDENT_ID = "resident ID number";
    static final String USCC = "unified social credit code";
    static final String ORG_CODE = "organization code";
  }
}
