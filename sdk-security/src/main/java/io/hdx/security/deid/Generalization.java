package io.hdx.security.deid;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;

/**
 * Generalization of quasi-identifiers (GB/T 37964-2019 Annex A, generalization techniques —
 * clause number unconfirmed): ages to bands, dates to a year or a month, GB/T 2260 division codes
 * to a higher level, numbers to ranges.
 *
 * <pre>{@code
 * Generalization.ageBand(37, 10, 90);                  // "30-39"
 * Generalization.hl7Date("20240315", DatePrecision.MONTH);   // "202403"
 * Generalization.regionCode("110105", RegionLevel.PROVINCE); // "110000"
 * Generalization.range(new BigDecimal("72.5"), 10);          // Range[70, 80)
 * }</pre>
 *
 * <p>Thread safety: stateless.
 *
 * @since 0.1.0
 */
public final class Generalization {
  private Generalization() {}

  /**
   * The band of {@code width} years an age falls in, {@code "lo-hi"} (both inclusive), or {@code
   * "top+"} at and above {@code top} (ages above 89 are rare enough to identify).
   */
  public static String ageBand(int age, int width, int top) {
    if (age < 0 || width < 1 || top < width) {
      throw new IllegalArgumentException("age must be >= 0, width >= 1, top >= width");
    }
    if (age >= top) {
      return top + "+";
    }
    int lo = age / width * width;
    int hi = Math.min(lo + width, top) - 1;
    return lo == hi ? Integer.toString(lo) : lo + "-" + hi;
  }

  /** The age in whole years on {@code on} of someone born on {@code birth}. */
  public static int age(LocalDate birth, LocalDate on) {
    return Period.between(Objects.requireNonNull(birth, "birth"), Objects.requireNonNull(on, "on")).getYears();
  }

  /**
   * An HL7 V3 TS value ({@code YYYY[MM[DD[HH[MM[SS[.S]]]]]][+/-ZZzz]}) cut to {@code precision}:
   * {@code 20240315103000+0800} to year {@code 2024} or month {@code 202403}. A value already
   * coarser stays as it is; {@link DatePrecision#NONE} gives the empty string.
   *
   * @throws IllegalArgumentException when it does not start with four digits (message without it)
   */
  public static String hl7Date(String ts, DatePrecision precision) {
    Objects.requireNonNull(ts, "ts");
    Objects.requireNonNull(precision, "precision");
    int digits = 0;
    while (digits < ts.length() && Character.isDigit(ts.charAt(digits)) && ts.charAt(digits) < 128) {
      digits++;
    }
    if (digits < 4) {
      throw new IllegalArgumentException("not an HL7 TS value");
    }
    switch (precision) {
      case NONE:
        return "";
      case YEAR:
        return ts.substring(0, 4);
      case MONTH:
        return ts.substring(0, Math.min(6, digits));
      default:
        return ts.substring(0, Math.min(8, digits));
    }
  }

  /** A six-digit GB/T 2260 code generalized to {@code level}: {@code 110105} to {@code 110100} or {@code 110000}. */
  public static String regionCode(String code, RegionLevel level) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(level, "level");
    if (code.length() != 6 || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException("not a six-digit division code");
    }
    if (level == RegionLevel.NONE) {
      return "";
    }
    StringBuilder out = new StringBuilder(code.substring(0, level.digits()));
    while (out.length() < 6) {
      out.append('0');
    }
    return out.toString();
  }

  /**
   * The six-digit GB/T 2260 code of the deepest division named at the start of a Chinese address
   * ({@code 北京市朝阳区…} gives {@code 110105}, {@code 浙江省杭州市} {@code 330100}), from the bundled
   * current division names; empty when the address starts with none.
   */
  public static java.util.Optional<String> divisionCode(String address) {
    Objects.requireNonNull(address, "address");
    List<Addresses.Match> found = Addresses.leadingDivisions(address);
    return found.isEmpty() ? java.util.Optional.<String>empty()
        : java.util.Optional.of(found.get(found.size() - 1).code);
  }

  /** The range of {@code width} that {@code value} falls in: {@code [floor(v/w)*w, +w)}. */
  public static Range range(BigDecimal value, long width) {
    Objects.requireNonNull(value, "value");
    if (width < 1) {
      throw new IllegalArgumentException("width must be >= 1");
    }
    BigDecimal w = BigDecimal.valueOf(width);
    BigDecimal lo = value.divide(w, 0, RoundingMode.FLOOR).multiply(w);
    return new Range(lo, lo.add(w));
  }

  /**
   * A half-open numeric range {@code [low, high)}; {@link #toString()} is {@code "low-high"}.
   *
   * <p>Thread safety: immutable.
   *
   * @since 0.1.0
   */
  public static final class Range {
    private final BigDecimal low;
    private final BigDecimal high;

    Range(BigDecimal low, BigDecimal high) {
      this.low = low;
      this.high = high;
    }

    /** The inclusive lower bound. */
    public BigDecimal low() {
      return low;
    }

    /** The exclusive upper bound. */
    public BigDecimal high() {
      return high;
    }

    /** Whether {@code value} lies in the range. */
    public boolean contains(BigDecimal value) {
      return value.compareTo(low) >= 0 && value.compareTo(high) < 0;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Range && ((Range) o).low.compareTo(low) == 0 && ((Range) o).high.compareTo(high) == 0;
    }

    @Override
    public int hashCode() {
      return low.stripTrailingZeros().hashCode() * 31 + high.stripTrailingZeros().hashCode();
    }

    @Override
    public String toString() {
      return low.toPlainString() + "-" + high.toPlainString();
    }
  }
}
