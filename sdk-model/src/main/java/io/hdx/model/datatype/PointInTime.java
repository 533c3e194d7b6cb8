package io.hdx.model.datatype;

import io.hdx.model.ValidationException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * HL7 V3 TS: a point in time written {@code YYYY[MM[DD[HH[MM[SS[.S+]]]]]][+|-ZZZZ]} (HL7 V3 Data
 * Types R1, TS literal form), with the precision it was written at: {@code 19800101} is a day,
 * {@code 20240101120000} a second. WS/T 500 writes birth dates at day precision and document and
 * encounter times at second precision (WS/T 500-2016 header, standard's examples).
 *
 * <p>The literal is kept exactly as written, so a decoded value is encoded back unchanged. A literal that
 * names no point in time (a birth time of nine digits, {@code 20151236209521}, {@code 19900231}, an empty
 * value, a time-zone offset {@code -700}) is kept too, as an {@link #invalid(String) invalid} value: a
 * well-formed document is read whatever its values, and the validator reports such a value as an error
 * (issue 10). Only {@link #literal()} and {@link #isValid()} are defined for it.
 *
 * <p>Thread safety: immutable.
 *
 * <pre>{@code
 * PointInTime birth = PointInTime.of(LocalDate.of(1980, 1, 1));         // 19800101
 * PointInTime admitted = PointInTime.parse("20240101120000");
 * }</pre>
 *
 * @since 0.1.0
 */
public final class PointInTime implements Hl7Value, Comparable<PointInTime> {

  /**
   * How much of a point in time is given.
   *
   * @since 0.1.0
   */
  public enum Precision {
    /** {@code YYYY}. */
    YEAR(4),
    /** {@code YYYYMM}. */
    MONTH(6),
    /** {@code YYYYMMDD}. */
    DAY(8),
    /** {@code YYYYMMDDHH}. */
    HOUR(10),
    /** {@code YYYYMMDDHHMM}. */
    MINUTE(12),
    /** {@code YYYYMMDDHHMMSS}. */
    SECOND(14),
    /** {@code YYYYMMDDHHMMSS.S+}. */
    FRACTION(16);

    private final int digits;

    Precision(int digits) {
      this.digits = digits;
    }
  }

  private final String literal;
  private final Precision precision;
  private final LocalDateTime start;
  private final ZoneOffset offset;

  private PointInTime(String literal, Precision precision, LocalDateTime start, ZoneOffset offset) {
    this.literal = literal;
    this.precision = precision;
    this.start = start;
    this.offset = offset;
  }

  /**
   * The literal of a TS that names no point in time, kept as written so that its document is read and
   * written back unchanged; {@link #isValid()} is false, and {@link #precision()} and {@link #start()} throw.
   */
  public static PointInTime invalid(String literal) {
    return new PointInTime(Objects.requireNonNull(literal, "literal"), null, null, null);
  }

  /** Whether the literal names a point in time; false for an {@link #invalid(String)} one. */
  @Override
  public boolean isValid() {
    return precision != null;
  }

  private void requireValid() {
    if (precision == null) {
      throw new IllegalStateException("TS: an invalid value has no precision or start");
    }
  }

  /** A day, written {@code yyyyMMdd}. */
  public static PointInTime of(LocalDate date) {
    Objects.requireNonNull(date, "date");
    StringBuilder b = year(date.getYear());
    return parse(two(two(b, date.getMonthValue()), date.getDayOfMonth()).toString());
  }

  /** A second, written {@code yyyyMMddHHmmss} (fractions of a second are dropped). */
  public static PointInTime of(LocalDateTime dateTime) {
    Objects.requireNonNull(dateTime, "dateTime");
    StringBuilder b = two(two(year(dateTime.getYear()), dateTime.getMonthValue()), dateTime.getDayOfMonth());
    return parse(two(two(two(b, dateTime.getHour()), dateTime.getMinute()), dateTime.getSecond()).toString());
  }

  /**
   * The year as {@code %04d} writes it (a message header takes one per message; {@code String.format} cost more
   * than the rest of the header).
   */
  private static StringBuilder year(int year) {
    StringBuilder b = new StringBuilder(14);
    if (year < 0 || year > 9999) {
      return b.append(String.format(Locale.ROOT, "%04d", year));
    }
    return two(b, year / 100).append((char) ('0' + year / 10 % 10)).append((char) ('0' + year % 10));
  }

  /** Appends {@code value} (0-99) as two digits. */
  private static StringBuilder two(StringBuilder b, int value) {
    return b.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
  }

  /**
   * Parses the TS literal form.
   *
   * @throws ValidationException {@code TS-0001} when the text is not a TS literal, {@code TS-0002}
   *     when it names no real point in time (e.g. 30 February), {@code TS-0003} when the time itself is well formed
   *     but its time-zone offset is not {@code +HHMM} / {@code -HHMM} with HH at most 14 and MM below 60 (e.g.
   *     {@code -700}); the message never quotes the text
   */
  public static PointInTime parse(String literal) {
    Objects.requireNonNull(literal, "literal");
    int zone = Math.max(literal.indexOf('+'), literal.indexOf('-'));
    String body = zone >= 0 ? literal.substring(0, zone) : literal;
    String zonePart = zone >= 0 ? literal.substring(zone) : null;
    Precision precision = precisionOf(body);
    if (precision == null || (zonePart != null && !zonePart.matches("[+-][0-9:]+"))) {
      throw new ValidationException("TS-0001",
          "TS: not a point in time of the form YYYY[MM[DD[HH[MM[SS[.S+]]]]]][+|-ZZZZ] (HL7 V3 Data Types R1)");
    }
    if (zonePart != null && !validOffset(zonePart)) {
      throw new ValidationException("TS-0003",
          "TS: malformed time-zone offset, not +HHMM or -HHMM with HH <= 14 and MM < 60 (HL7 V3 Data Types R1 TS)");
    }
    try {
      int year = digits(body, 0, 4);
      int month = body.length() >= 6 ? digits(body, 4, 6) : 1;
      int day = body.length() >= 8 ? digits(body, 6, 8) : 1;
      int hour = body.length() >= 10 ? digits(body, 8, 10) : 0;
      int minute = body.length() >= 12 ? digits(body, 10, 12) : 0;
      int second = body.length() >= 14 ? digits(body, 12, 14) : 0;
      int nanos = 0;
      if (precision == Precision.FRACTION) {
        String fraction = (body.substring(15) + "000000000").substring(0, 9);
        nanos = Integer.parseInt(fraction);
      }
      LocalDateTime start = LocalDateTime.of(year, month, day, hour, minute, second, nanos);
      ZoneOffset offset = zonePart == null ? null
          : ZoneOffset.ofHoursMinutes(sign(zonePart) * digits(zonePart, 1, 3), sign(zonePart) * digits(zonePart, 3, 5));
      return new PointInTime(literal, precision, start, offset);
    } catch (DateTimeException e) {
      throw new ValidationException("TS-0002", "TS: not a real calendar date or time of day", e);
    }
  }

  private static boolean validOffset(String zonePart) {
    return zonePart.matches("[+-]\\d{4}") && digits(zonePart, 1, 3) <= 14 && digits(zonePart, 3, 5) < 60;
  }

  private static Precision precisionOf(String body) {
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      boolean fractionDot = i == 14 && c == '.' && body.length() > 15;
      if (!fractionDot && (c < '0' || c > '9')) {
        return null;
      }
    }
    if (body.length() > 15 && body.charAt(14) == '.') {
      return body.length() <= 24 ? Precision.FRACTION : null;
    }
    for (Precision p : Precision.values()) {
      if (p != Precision.FRACTION && p.digits == body.length()) {
        return p;
      }
    }
    return null;
  }

  private static int digits(String s, int from, int to) {
    return Integer.parseInt(s.substring(from, to).replace("+", "").replace("-", ""));
  }

  private static int sign(String zone) {
    return zone.charAt(0) == '-' ? -1 : 1;
  }

  @Override
  public Hl7Type type() {
    return Hl7Type.TS;
  }

  /** The literal exactly as written, e.g. {@code 20240101120000}. */
  public String literal() {
    return literal;
  }

  /**
   * How much of the point in time is given.
   *
   * @throws IllegalStateException for an {@link #invalid(String)} value
   */
  public Precision precision() {
    requireValid();
    return precision;
  }

  /**
   * The earliest local date-time the value covers (missing parts are the smallest).
   *
   * @throws IllegalStateException for an {@link #invalid(String)} value
   */
  public LocalDateTime start() {
    requireValid();
    return start;
  }

  /** The date, when given to at least day precision; empty for an {@link #invalid(String)} value. */
  public Optional<LocalDate> date() {
    return precision != null && precision.compareTo(Precision.DAY) >= 0 ? Optional.of(start.toLocalDate())
        : Optional.empty();
  }

  /** The time-zone offset, if written. */
  public Optional<ZoneOffset> offset() {
    return Optional.ofNullable(offset);
  }

  /**
   * Orders by {@link #start()} (local time; offsets are not applied, as WS/T 500 documents rarely
   * write one), then by precision; {@link #invalid(String) invalid} values first, by literal.
   */
  @Override
  public int compareTo(PointInTime other) {
    if (!isValid() || !other.isValid()) {
      return isValid() != other.isValid() ? (isValid() ? 1 : -1) : literal.compareTo(other.literal);
    }
    int byStart = start.compareTo(other.start);
    return byStart != 0 ? byStart : precision.compareTo(other.precision);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PointInTime && literal.equals(((PointInTime) o).literal);
  }

  @Override
  public int hashCode() {
    return literal.hashCode();
  }

  /** Only the precision: a point in time may be a birth date. */
  @Override
  public String toString() {
    return "TS[" + (precision == null ? "INVALID" : precision) + "]";
  }
}
