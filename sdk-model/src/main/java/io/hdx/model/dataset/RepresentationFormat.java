package io.hdx.model.dataset;

import java.time.YearMonth;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A WS 363 representation format (数据元值的表示格式) such as {@code AN..50}, {@code N..3,1} or
 * {@code D8}, parsed into a checker for values.
 *
 * <p>The grammar, after WS 363.1-2011 (the clause on 表示格式):
 *
 * <ul>
 *   <li>a character class: {@code A} letters (字母字符), {@code N} digits (数字字符), {@code AN}
 *       letters or digits (字母或数字字符);
 *   <li>followed by a length: {@code 8} exactly 8, {@code ..50} 1 to 50, {@code 2..3} 2 to 3;
 *   <li>for {@code N} optionally {@code ,d}: at most {@code d} decimals ({@code N..3,1});
 *   <li>or one of the fixed formats {@code D8} (date {@code yyyyMMdd}), {@code DT15} (date-time
 *       {@code yyyyMMdd'T'HHmmss}), {@code T6} (time {@code HHmmss}), {@code T/F} or {@code L}
 *       (boolean) and {@code BY} (binary). {@code DT14} ({@code yyyyMMddHHmmss}) is accepted too:
 *       it is not a WS 363 format, but some data-set specifications use it for the HL7 form.
 * </ul>
 *
 * <p>How HDX reads what WS 363 leaves open (decisions, documented so they can be checked against
 * the standard's text):
 *
 * <ul>
 *   <li><b>Length</b> counts characters (Unicode code points), not bytes: {@code AN..50} allows 50
 *       Chinese characters.
 *   <li><b>A</b> allows any character except digits: WS 363 gives names of persons the format
 *       {@code A..50} (DE02.01.039.00), so 字母字符 includes Chinese characters, and names carry
 *       spaces and the separator {@code ·}. <b>AN</b> allows any character. Neither allows control
 *       characters other than tab, line feed and carriage return, nor unpaired surrogates. Free
 *       text in Chinese (主诉, 现病史) uses {@code AN..n} in practice.
 *   <li><b>N</b> allows the ASCII digits 0-9 and, when the format has decimals, one decimal point
 *       with digits on both sides; no sign, no exponent, no blanks. The length counts the decimal
 *       point. This reading is UNCONFIRMED against the standard's text; it is the one under which
 *       the height format {@code N4..5,1} (DE04.10.167.00 身高, as a vendor table shows it) holds
 *       the heights it must, {@code 50.5} to {@code 199.5} cm, where counting digits only would
 *       reject a newborn's {@code 50.5}. So {@code N..3,1} fits {@code 9.5} but not {@code 99.5}.
 *       A value may have fewer decimals than the format allows ({@code 37} fits
 *       {@code N..4,1}).
 *   <li><b>DT15</b> written per WS 363 is {@code yyyyMMdd'T'HHmmss}; the WS/T 500 CDA documents
 *       carry it as an HL7 V3 TS {@code yyyyMMddHHmmss}: check such values with
 *       {@link #check(String, ValueNotation) check(value, ValueNotation.HL7_V3)}. Dates must be
 *       real calendar dates (year 0001-9999), times real times of day (no leap second).
 *   <li><b>Boolean</b> is {@code T} or {@code F} per WS 363 ({@code T/F}), {@code true} or
 *       {@code false} per HL7 V3. <b>BY</b> accepts any non-empty value (WS 363 does not constrain
 *       the characters of binary content).
 * </ul>
 *
 * <pre>{@code
 * RepresentationFormat format = RepresentationFormat.parse("N..3,1");
 * format.check("9.5").isOk();          // true
 * format.check("9.55").message();      // "2 decimals where format N..3,1 allows at most 1"
 * }</pre>
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public final class RepresentationFormat {

  /**
   * The kind of value a format describes.
   *
   * <p>Thread safety: immutable.
   *
   * @since 0.1.0
   */
  public enum Kind {
    /** {@code A}: letters (any character but digits). */
    ALPHABETIC,
    /** {@code AN}: letters or digits (any character). */
    ALPHANUMERIC,
    /** {@code N}: digits, optionally with decimals. */
    NUMERIC,
    /** {@code D8}: a date {@code yyyyMMdd}. */
    DATE,
    /** {@code DT15} ({@code yyyyMMdd'T'HHmmss}) or {@code DT14} ({@code yyyyMMddHHmmss}). */
    DATE_TIME,
    /** {@code T6}: a time {@code HHmmss}. */
    TIME,
    /** {@code T/F} or {@code L}: a boolean. */
    BOOLEAN,
    /** {@code BY}: binary content. */
    BINARY
  }

  private static final Pattern CLASS_FORMAT = Pattern.compile(
      "(AN|A|N)(?:([0-9]{1,6})|\\.\\.([0-9]{1,6})|([0-9]{1,6})\\.\\.([0-9]{1,6}))"
          + "(?:,([0-9]{1,2}))?");
  private static final int NO_MAXIMUM = -1;

  private final Kind kind;
  private final String text;
  private final int minLength;
  private final int maxLength;
  private final int fractionDigits;
  private final boolean fixed;

  private RepresentationFormat(Kind kind, String text, int minLength, int maxLength,
      int fractionDigits, boolean fixed) {
    this.kind = kind;
    this.text = text;
    this.minLength = minLength;
    this.maxLength = maxLength;
    this.fractionDigits = fractionDigits;
    this.fixed = fixed;
  }

  /**
   * Parses a format.
   *
   * @param text e.g. {@code AN..50}, {@code N5,2}, {@code D8}; surrounding blanks and letter case
   *     are ignored
   * @return the format
   * @throws IllegalArgumentException if the text is not a format of the grammar above; the message
   *     quotes the text (format strings are not patient data)
   */
  public static RepresentationFormat parse(String text) {
    Objects.requireNonNull(text, "text");
    String canonical = text.trim().toUpperCase(Locale.ROOT);
    switch (canonical) {
      case "D8":
        return new RepresentationFormat(Kind.DATE, canonical, 8, 8, 0, true);
      case "DT15":
        return new RepresentationFormat(Kind.DATE_TIME, canonical, 15, 15, 0, true);
      case "DT14":
        return new RepresentationFormat(Kind.DATE_TIME, canonical, 14, 14, 0, true);
      case "T6":
        return new RepresentationFormat(Kind.TIME, canonical, 6, 6, 0, true);
      case "T/F":
      case "L":
        return new RepresentationFormat(Kind.BOOLEAN, canonical, 1, NO_MAXIMUM, 0, false);
      case "BY":
        return new RepresentationFormat(Kind.BINARY, canonical, 1, NO_MAXIMUM, 0, false);
      default:
        break;
    }
    Matcher m = CLASS_FORMAT.matcher(canonical);
    if (!m.matches()) {
      throw malformed(text, "expected A, AN or N with a length (AN..50, N8, N2..3, N..3,1),"
          + " or D8, DT15, DT14, T6, T/F, L, BY");
    }
    Kind kind = m.group(1).equals("A") ? Kind.ALPHABETIC
        : m.group(1).equals("AN") ? Kind.ALPHANUMERIC : Kind.NUMERIC;
    int min;
    int max;
    if (m.group(2) != null) {
      min = Integer.parseInt(m.group(2));
      max = min;
    } else if (m.group(3) != null) {
      min = 1;
      max = Integer.parseInt(m.group(3));
    } else {
      min = Integer.parseInt(m.group(4));
      max = Integer.parseInt(m.group(5));
    }
    if (max < 1 || min < 1 || min > max) {
      throw malformed(text, "the length must be at least 1 and the minimum at most the maximum");
    }
    int fraction = 0;
    if (m.group(6) != null) {
      if (kind != Kind.NUMERIC) {
        throw malformed(text, "only N formats have decimals");
      }
      fraction = Integer.parseInt(m.group(6));
      if (fraction + 2 > max) {
        throw malformed(text, "the length cannot hold a digit, the decimal point and "
            + fraction + " decimals");
      }
    }
    return new RepresentationFormat(kind, canonical, min, max, fraction, m.group(2) != null);
  }

  private static IllegalArgumentException malformed(String text, String why) {
    String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
    return new IllegalArgumentException(
        "malformed WS 363 representation format \"" + shown + "\": " + why);
  }

  /** What kind of value the format describes. */
  public Kind kind() {
    return kind;
  }

  /** The format as WS 363 writes it, upper-case, e.g. {@code AN..50}. */
  public String text() {
    return text;
  }

  /** The fewest characters a value may have (1 unless the format says more). */
  public int minLength() {
    return minLength;
  }

  /**
   * The most characters a value may have (in WS 363 notation); empty for boolean and binary
   * formats.
   */
  public OptionalInt maxLength() {
    return maxLength == NO_MAXIMUM ? OptionalInt.empty() : OptionalInt.of(maxLength);
  }

  /**
   * Whether the format fixes the length, as {@code N8} or {@code D8} do: values must have exactly
   * {@link #maxLength()} characters. {@code AN..1} is not fixed (it allows 1 character at most).
   */
  public boolean isFixedLength() {
    return fixed;
  }

  /** The most decimals a numeric value may have; 0 if none. */
  public int fractionDigits() {
    return fractionDigits;
  }

  /**
   * Checks a value written per WS 363, {@link ValueNotation#WS363}.
   *
   * @param value the value as text
   * @return whether it fits, or why not (never quoting the value)
   */
  public FormatCheck check(String value) {
    return check(value, ValueNotation.WS363);
  }

  /**
   * Checks a value written in the given notation.
   *
   * @param value the value as text
   * @param notation how the value is written; matters for DT15 and boolean formats only
   * @return whether it fits, or why not (never quoting the value)
   */
  public FormatCheck check(String value, ValueNotation notation) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(notation, "notation");
    if (value.isEmpty()) {
      return FormatCheck.fail(FormatProblem.EMPTY,
          "empty: format " + text + " needs at least " + minLength + " character"
              + (minLength == 1 ? "" : "s"));
    }
    switch (kind) {
      case ALPHABETIC:
      case ALPHANUMERIC:
        return checkText(value);
      case NUMERIC:
        return checkNumber(value);
      case DATE:
        return checkDateTime(value, "yyyyMMdd", 8, -1, text);
      case DATE_TIME:
        if (text.equals("DT15") && notation == ValueNotation.WS363) {
          return checkDateTime(value, "yyyyMMdd'T'HHmmss", 8, 8, text);
        }
        return checkDateTime(value, "yyyyMMddHHmmss", 8, -1,
            text.equals("DT15") ? "DT15 (as an HL7 V3 TS)" : text);
      case TIME:
        return checkDateTime(value, "HHmmss", 0, -1, text);
      case BOOLEAN:
        return checkBoolean(value, notation);
      case BINARY:
        return FormatCheck.ok();
      default:
        throw new AssertionError(kind);
    }
  }

  private FormatCheck checkText(String value) {
    for (int i = 0; i < value.length(); ) {
      int cp = value.codePointAt(i);
      int type = Character.getType(cp);
      if ((type == Character.CONTROL && cp != '\t' && cp != '\n' && cp != '\r')
          || type == Character.SURROGATE) {
        return FormatCheck.fail(FormatProblem.INVALID_CHARACTER, "invalid character: format " + text
            + " allows no control characters (other than tab and line breaks) or unpaired"
            + " surrogates");
      }
      if (kind == Kind.ALPHABETIC && Character.isDigit(cp)) {
        return FormatCheck.fail(FormatProblem.DIGIT_NOT_ALLOWED,
            "contains a digit: format " + text + " allows letters only (WS 363 A)");
      }
      i += Character.charCount(cp);
    }
    return checkLength(value.codePointCount(0, value.length()));
  }

  private FormatCheck checkNumber(String value) {
    int point = -1;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '.' && point < 0 && fractionDigits > 0) {
        point = i;
      } else if (c == '.' && point < 0) {
        return FormatCheck.fail(FormatProblem.DECIMALS_NOT_ALLOWED,
            "has decimals: format " + text + " allows no decimal part");
      } else if (c < '0' || c > '9') {
        return notNumeric();
      }
    }
    if (point == 0 || point == value.length() - 1) {
      return notNumeric();
    }
    if (point > 0) {
      int decimals = value.length() - point - 1;
      if (decimals > fractionDigits) {
        return FormatCheck.fail(FormatProblem.TOO_MANY_DECIMALS,
            decimals + " decimals where format " + text + " allows at most " + fractionDigits);
      }
    }
    return checkLength(value.length());
  }

  private FormatCheck notNumeric() {
    return FormatCheck.fail(FormatProblem.NOT_NUMERIC, "not numeric: format " + text
        + (fractionDigits > 0
            ? " allows the digits 0-9 and one decimal point with digits on both sides"
            : " allows the digits 0-9 only"));
  }

  private FormatCheck checkLength(int length) {
    if (isFixedLength() && length != maxLength) {
      return FormatCheck.fail(FormatProblem.WRONG_LENGTH,
          "wrong length: format " + text + " needs exactly " + maxLength + " characters");
    }
    if (length > maxLength) {
      return FormatCheck.fail(FormatProblem.TOO_LONG,
          "too long: format " + text + " allows at most " + maxLength + " characters");
    }
    if (length < minLength) {
      return FormatCheck.fail(FormatProblem.TOO_SHORT,
          "too short: format " + text + " needs at least " + minLength + " characters");
    }
    return FormatCheck.ok();
  }

  /**
   * Checks a date, time or date-time against a pattern made of yyyyMMdd, HHmmss and an optional
   * literal 'T'.
   *
   * @param dateDigits 8 if the pattern starts with a date, else 0
   * @param separatorAt index of the literal 'T', or -1
   * @param name how messages name the format
   */
  private static FormatCheck checkDateTime(String value, String pattern, int dateDigits,
      int separatorAt, String name) {
    String form = pattern.replace("'", "");
    int length = form.length();
    if (value.length() != length) {
      return FormatCheck.fail(FormatProblem.WRONG_LENGTH, "wrong length: format " + name
          + " needs exactly " + length + " characters (" + pattern + ")");
    }
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      boolean ok = i == separatorAt ? c == 'T' : c >= '0' && c <= '9';
      if (!ok) {
        return FormatCheck.fail(FormatProblem.WRONG_PATTERN, "not of the form " + pattern
            + ": format " + name + " needs " + (separatorAt >= 0
                ? "8 digits, the letter T and 6 digits" : length + " digits"));
      }
    }
    if (dateDigits == 8) {
      int year = Integer.parseInt(value.substring(0, 4));
      int month = Integer.parseInt(value.substring(4, 6));
      int day = Integer.parseInt(value.substring(6, 8));
      if (year < 1 || month < 1 || month > 12 || day < 1
          || day > YearMonth.of(year, month).lengthOfMonth()) {
        return FormatCheck.fail(FormatProblem.NOT_A_REAL_DATE, "not a real date: format " + name
            + " needs a calendar date (year 0001-9999, month 01-12, a day the month has)");
      }
    }
    int timeAt = dateDigits == 8 ? (separatorAt >= 0 ? 9 : 8) : 0;
    if (timeAt < length) {
      int hour = Integer.parseInt(value.substring(timeAt, timeAt + 2));
      int minute = Integer.parseInt(value.substring(timeAt + 2, timeAt + 4));
      int second = Integer.parseInt(value.substring(timeAt + 4, timeAt + 6));
      if (hour > 23 || minute > 59 || second > 59) {
        return FormatCheck.fail(FormatProblem.NOT_A_REAL_TIME, "not a real time: format " + name
            + " needs hours 00-23, minutes 00-59 and seconds 00-59");
      }
    }
    return FormatCheck.ok();
  }

  private FormatCheck checkBoolean(String value, ValueNotation notation) {
    if (notation == ValueNotation.WS363) {
      return value.equals("T") || value.equals("F") ? FormatCheck.ok()
          : FormatCheck.fail(FormatProblem.NOT_BOOLEAN,
              "not a boolean: format " + text + " allows T or F");
    }
    return value.equals("true") || value.equals("false") ? FormatCheck.ok()
        : FormatCheck.fail(FormatProblem.NOT_BOOLEAN,
            "not a boolean: format " + text + " as an HL7 V3 BL allows true or false");
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof RepresentationFormat)) {
      return false;
    }
    RepresentationFormat other = (RepresentationFormat) o;
    return kind == other.kind && text.equals(other.text) && minLength == other.minLength
        && maxLength == other.maxLength && fractionDigits == other.fractionDigits
        && fixed == other.fixed;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, text, minLength, maxLength, fractionDigits, fixed);
  }

  /** The format's text, e.g. {@code AN..50}. */
  @Override
  public String toString() {
    return text;
  }
}
