package io.hdx.security.deid;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A generalization hierarchy of one quasi-identifier: level 0 is the value as recorded, each higher
 * level coarser, the top level suppresses it ({@value #SUPPRESSED}). The search over the
 * generalization lattice ({@link RiskAccumulator#report(int, List, double)}) combines one hierarchy
 * per quasi-identifier, as ARX does (Prasser et al., "ARX - A Comprehensive Tool for Anonymizing
 * Biomedical Data", AMIA 2014; the lattice after Sweeney, "Achieving k-anonymity privacy protection
 * using generalization and suppression", 2002). The generalizations are those of GB/T 37964-2019
 * Annex A (generalization techniques; clause number unconfirmed) that {@link Generalization} implements.
 *
 * <table>
 *   <caption>The built-in hierarchies</caption>
 *   <tr><th>hierarchy</th><th>levels</th></tr>
 *   <tr><td>{@link #birthDate()}</td><td>day {@code 19491231}, year {@code 1949}, 5-year band {@code 1945-1949},
 *       10-year band {@code 1940-1949}, {@code *}</td></tr>
 *   <tr><td>{@link #date()}</td><td>day, month {@code 202403}, year {@code 2024}, {@code *}</td></tr>
 *   <tr><td>{@link #region()}</td><td>GB/T 2260 county {@code 110105}, prefecture {@code 110100}, province
 *       {@code 110000}, {@code *}</td></tr>
 *   <tr><td>{@link #age()}</td><td>years {@code 37}, 5-year band {@code 35-39}, 10-year band {@code 30-39}
 *       ({@code 90+} at the top), {@code *}</td></tr>
 *   <tr><td>{@link #suppression()}</td><td>the value, {@code *}</td></tr>
 * </table>
 *
 * <p>An empty value (the datum is absent) stays empty below the top level: absence is a value of its
 * own. A value the hierarchy cannot read (a "date" that is not one) is kept at level 0 and becomes
 * {@value #UNREADABLE} above it, a class of its own, never merged with readable values.
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public final class Hierarchy implements Serializable {
  private static final long serialVersionUID = 1L;
  /** The value of the top level: suppressed. */
  public static final String SUPPRESSED = "*";
  /** What a value the hierarchy cannot read becomes above level 0. */
  public static final String UNREADABLE = "?";

  private enum Kind { BIRTH_DATE, DATE, REGION, AGE, SUPPRESSION }

  private static final List<String> BIRTH_LEVELS = list("day", "year", "5-year band", "10-year band", "suppressed");
  private static final List<String> DATE_LEVELS = list("day", "month", "year", "suppressed");
  private static final List<String> REGION_LEVELS = list("county", "prefecture", "province", "suppressed");
  private static final List<String> AGE_LEVELS = list("years", "5-year band", "10-year band", "suppressed");
  private static final List<String> VALUE_LEVELS = list("value", "suppressed");

  private final Kind kind;

  private Hierarchy(Kind kind) {
    this.kind = kind;
  }

  private static List<String> list(String... names) {
    return Collections.unmodifiableList(Arrays.asList(names));
  }

  /** Birth dates (HL7 TS): day, year, 5-year band, 10-year band, suppressed. */
  public static Hierarchy birthDate() {
    return new Hierarchy(Kind.BIRTH_DATE);
  }

  /** Dates of care (HL7 TS): day, month, year, suppressed. */
  public static Hierarchy date() {
    return new Hierarchy(Kind.DATE);
  }

  /** Six-digit GB/T 2260 division codes: county, prefecture, province, suppressed. */
  public static Hierarchy region() {
    return new Hierarchy(Kind.REGION);
  }

  /** Ages in years: years, 5-year band, 10-year band (90+ at the top), suppressed. */
  public static Hierarchy age() {
    return new Hierarchy(Kind.AGE);
  }

  /** Any other value (sex, a code): the value, suppressed. */
  public static Hierarchy suppression() {
    return new Hierarchy(Kind.SUPPRESSION);
  }

  /** The built-in hierarchy called {@code name} ({@link #name()}), case-insensitive. */
  public static java.util.Optional<Hierarchy> byName(String name) {
    Objects.requireNonNull(name, "name");
    for (Kind k : Kind.values()) {
      Hierarchy h = new Hierarchy(k);
      if (h.name().equalsIgnoreCase(name)) {
        return java.util.Optional.of(h);
      }
    }
    return java.util.Optional.empty();
  }

  /** The name: {@code birth-date}, {@code date}, {@code region}, {@code age} or {@code suppression}. */
  public String name() {
    return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /** The names of the levels, level 0 first; the last one is {@code suppressed}. */
  public List<String> levels() {
    switch (kind) {
      case BIRTH_DATE:
        return BIRTH_LEVELS;
      case DATE:
        return DATE_LEVELS;
      case REGION:
        return REGION_LEVELS;
      case AGE:
        return AGE_LEVELS;
      default:
        return VALUE_LEVELS;
    }
  }

  /** The number of levels (the top level, {@code height() - 1}, suppresses). */
  public int height() {
    return levels().size();
  }

  /**
   * {@code value} generalized to {@code level}.
   *
   * @throws IllegalArgumentException when {@code level} is outside {@code 0..height()-1}
   */
  public String generalize(String value, int level) {
    Objects.requireNonNull(value, "value");
    if (level < 0 || level >= height()) {
      throw new IllegalArgumentException("level must be 0.." + (height() - 1));
    }
    if (level == height() - 1) {
      return SUPPRESSED;
    }
    if (level == 0 || value.isEmpty()) {
      return value;
    }
    String out = generalizeReadable(value, level);
    return out == null ? UNREADABLE : out;
  }

  private String generalizeReadable(String value, int level) {
    switch (kind) {
      case BIRTH_DATE: {
        int year = year(value);
        if (year < 0) {
          return null;
        }
        int width = level == 1 ? 1 : level == 2 ? 5 : 10;
        int low = year / width * width;
        return width == 1 ? Integer.toString(year) : low + "-" + (low + width - 1);
      }
      case DATE: {
        if (year(value) < 0) {
          return null;
        }
        return Generalization.hl7Date(value, level == 1 ? DatePrecision.MONTH : DatePrecision.YEAR);
      }
      case REGION:
        try {
          return Generalization.regionCode(value, level == 1 ? RegionLevel.PREFECTURE : RegionLevel.PROVINCE);
        } catch (IllegalArgumentException e) {
          return null;
        }
      case AGE: {
        BigDecimal age = number(value);
        if (age == null || age.signum() < 0) {
          return null;
        }
        return Generalization.ageBand(age.intValue(), level == 1 ? 5 : 10, 90);
      }
      default:
        return value;
    }
  }

  /** The year of an HL7 TS value, or -1 when it does not start with four ASCII digits. */
  private static int year(String ts) {
    if (ts.length() < 4) {
      return -1;
    }
    for (int i = 0; i < 4; i++) {
      char c = ts.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
    }
    return Integer.parseInt(ts.substring(0, 4));
  }

  private static BigDecimal number(String value) {
    String v = value.trim();
    if (v.isEmpty() || v.length() > 20) {
      return null;
    }
    try {
      return new BigDecimal(v);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Hierarchy && ((Hierarchy) o).kind == kind;
  }

  @Override
  public int hashCode() {
    return kind.hashCode();
  }

  @Override
  public String toString() {
    return "Hierarchy[" + name() + "]";
  }
}
