package io.hdx.codec.validate;

import io.hdx.model.datatype.PointInTime;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Date plausibility: birth before admission (or the encounter's start) before discharge and before
 * the document's time; authors and signers after birth; nothing that has happened lies after the
 * validator's clock. Values are compared at their precision: {@code 20240101} covers the whole day,
 * so it is not after {@code 20240101120000}. A time without an offset is taken in the clock's zone.
 *
 * <p>Thread safety: stateless.
 */
final class DateChecks {
  /** 出生日期 (WS 363). */
  static final String BIRTH_DATE = "DE02.01.005.01";
  /** 入院日期时间 (WS 363). */
  static final String ADMISSION_TIME = "DE06.00.092.00";
  /** 出院日期时间 (WS 363). */
  static final String DISCHARGE_TIME = "DE06.00.017.00";

  private DateChecks() {}

  /** What a dated fact is. */
  enum Kind {
    BIRTH("birth time"),
    ADMISSION("admission (encounter) time"),
    DISCHARGE("discharge time"),
    DOCUMENT("document time"),
    AUTHORED("author time"),
    SIGNED("signature time");

    final String words;

    Kind(String words) {
      this.words = words;
    }
  }

  /** One point in time found in the document, with where it is. */
  static final class Fact {
    final Kind kind;
    final PointInTime time;
    final XPath where;
    final String dataElement;
    final String section;

    Fact(Kind kind, PointInTime time, XPath where, String dataElement, String section) {
      this.kind = kind;
      this.time = time;
      this.where = where;
      this.dataElement = dataElement;
      this.section = section;
    }
  }

  /** The kind of a body data element that is a dated fact, or null. */
  static Kind kindOf(String dataElement) {
    switch (dataElement) {
      case BIRTH_DATE:
        return Kind.BIRTH;
      case ADMISSION_TIME:
        return Kind.ADMISSION;
      case DISCHARGE_TIME:
        return Kind.DISCHARGE;
      default:
        return null;
    }
  }

  static void check(IssueCollector issues, List<Fact> all, LocalDateTime latestAllowed, ZoneId zone) {
    // A time kept as written because it names no point in time is reported (the header's here; the body's
    // entries are not facts then, ValueChecks reports them) and takes no part in the order.
    List<Fact> facts = new ArrayList<>(all.size());
    for (Fact fact : all) {
      if (fact.time.isValid()) {
        facts.add(fact);
      } else {
        ValueChecks.invalid(issues, fact.time, fact.where, fact.dataElement, fact.section);
      }
    }
    for (Fact fact : facts) {
      if (start(fact.time, zone).isAfter(latestAllowed)) {
        issues.add(ValidationRule.DATE_FUTURE, null, fact.where, fact.dataElement, fact.section,
            fact.kind.words + " lies in the future");
      }
    }
    // One issue per later fact and kind of earlier fact: the same admission written twice is one finding.
    for (Fact later : facts) {
      EnumSet<Kind> reported = EnumSet.noneOf(Kind.class);
      for (Fact earlier : facts) {
        Severity ceiling = ceiling(earlier.kind, later.kind);
        if (ceiling != null && !reported.contains(earlier.kind)
            && start(earlier.time, zone).isAfter(end(later.time, zone))) {
          reported.add(earlier.kind);
          issues.add(ValidationRule.DATE_ORDER, ceiling == Severity.ERROR ? null : ceiling, null, later.where,
              later.dataElement, later.section,
              later.kind.words + " is before the " + earlier.kind.words + " at " + earlier.where);
        }
      }
    }
  }

  /**
   * Whether {@code earlier} must not come after {@code later}, and how seriously: null when the
   * pair is not ordered.
   */
  private static Severity ceiling(Kind earlier, Kind later) {
    if (earlier == Kind.BIRTH) {
      return later == Kind.BIRTH ? null : Severity.ERROR;
    }
    if (earlier == Kind.ADMISSION) {
      return later == Kind.DISCHARGE || later == Kind.DOCUMENT ? Severity.ERROR : null;
    }
    if (earlier == Kind.DISCHARGE && later == Kind.DOCUMENT) {
      // Discharge summaries are often written before the recorded discharge time.
      return Severity.WARNING;
    }
    return null;
  }

  /** The earliest local time {@code t} covers, in {@code zone}. */
  static LocalDateTime start(PointInTime t, ZoneId zone) {
    LocalDateTime start = t.start();
    return t.offset().isPresent()
        ? start.atOffset(t.offset().get()).atZoneSameInstant(zone).toLocalDateTime() : start;
  }

  /** The latest local time {@code t} covers, in {@code zone}. */
  static LocalDateTime end(PointInTime t, ZoneId zone) {
    LocalDateTime s = start(t, zone);
    switch (t.precision()) {
      case YEAR:
        return s.plusYears(1).minusNanos(1);
      case MONTH:
        return s.plusMonths(1).minusNanos(1);
      case DAY:
        return s.plusDays(1).minusNanos(1);
      case HOUR:
        return s.plusHours(1).minusNanos(1);
      case MINUTE:
        return s.plusMinutes(1).minusNanos(1);
      case SECOND:
        return s.plusSeconds(1).minusNanos(1);
      default:
        return s;
    }
  }
}
