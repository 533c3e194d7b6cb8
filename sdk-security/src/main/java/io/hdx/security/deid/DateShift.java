package io.hdx.security.deid;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * Date shifting (GB/T 37964-2019 Annex A, randomization techniques — clause number unconfirmed):
 * every date of one patient moves by the same keyed number of days, so the intervals between them
 * (length of stay, age at diagnosis in days, time to follow-up) are kept while the calendar dates are
 * not. The offset is derived from the patient's key (for example a pseudonymized resident ID) with
 * HMAC-SM3, so it is the same in every document and every run under the same key, and never zero.
 *
 * <pre>{@code
 * DateShift shift = DateShift.create(pseudonyms, 365);
 * shift.shiftHl7("20240315103000+0800", patientKey);   // e.g. "20231102103000+0800"
 * }</pre>
 *
 * <p>Thread safety: immutable; share it.
 *
 * @since 0.1.0
 */
public final class DateShift {
  private static final String DOMAIN = "hdx-deid/date-shift";
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private final KeyedPseudonym prf;
  private final int maxDays;

  private DateShift(KeyedPseudonym prf, int maxDays) {
    this.prf = prf;
    this.maxDays = maxDays;
  }

  /** Shifts by at most {@code maxDays} (1..36500) days either way. */
  public static DateShift create(KeyedPseudonym prf, int maxDays) {
    if (maxDays < 1 || maxDays > 36500) {
      throw new IllegalArgumentException("maxDays must be 1..36500");
    }
    return new DateShift(Objects.requireNonNull(prf, "prf"), maxDays);
  }

  /** The largest shift, in days. */
  public int maxDays() {
    return maxDays;
  }

  /** The patient's offset in days: in {@code [-maxDays, maxDays]}, never 0. */
  public int offsetDays(String subject) {
    long k = prf.uniform(DOMAIN, Objects.requireNonNull(subject, "subject"), 2L * maxDays);
    return k < maxDays ? (int) -(k + 1) : (int) (k - maxDays + 1);
  }

  /** {@code date} moved by the subject's offset. */
  public LocalDate shift(LocalDate date, String subject) {
    return Objects.requireNonNull(date, "date").plusDays(offsetDays(subject));
  }

  /**
   * An HL7 V3 TS value moved by the subject's offset, at its own precision: a full date keeps its
   * time and zone unchanged; a month-only or year-only value moves its first day and is cut back to
   * its precision (intervals then kept to that precision only).
   *
   * @throws IllegalArgumentException when it is not a TS value (message without it)
   */
  public String shiftHl7(String ts, String subject) {
    Objects.requireNonNull(ts, "ts");
    int digits = 0;
    while (digits < ts.length() && ts.charAt(digits) >= '0' && ts.charAt(digits) <= '9') {
      digits++;
    }
    if (digits < 4) {
      throw new IllegalArgumentException("not an HL7 TS value");
    }
    try {
      if (digits >= 8) {
        LocalDate date = LocalDate.parse(ts.substring(0, 8), DAY);
        return shift(date, subject).format(DAY) + ts.substring(8);
      }
      int year = Integer.parseInt(ts.substring(0, 4));
      int month = digits >= 6 ? Integer.parseInt(ts.substring(4, 6)) : 1;
      String shifted = shift(LocalDate.of(year, month, 1), subject).format(DAY);
      return shifted.substring(0, digits >= 6 ? 6 : 4) + ts.substring(digits >= 6 ? 6 : 4);
    } catch (DateTimeException | NumberFormatException e) {
      throw new IllegalArgumentException("not an HL7 TS value");
    }
  }

  @Override
  public String toString() {
    return "DateShift[maxDays=" + maxDays + ", key redacted]";
  }
}
