package io.hdx.model.spec;

import java.util.Objects;

/**
 * How often an element may occur: {@code min..max}, {@code max} unbounded written {@code *}
 * (the notation of the WS/T 500 and WS/T 483 template tables).
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public final class Cardinality {
  /** Marks an unbounded maximum. */
  public static final int UNBOUNDED = Integer.MAX_VALUE;

  /** {@code 0..1}. */
  public static final Cardinality OPTIONAL = new Cardinality(0, 1);
  /** {@code 1..1}. */
  public static final Cardinality REQUIRED = new Cardinality(1, 1);
  /** {@code 0..*}. */
  public static final Cardinality ANY = new Cardinality(0, UNBOUNDED);
  /** {@code 1..*}. */
  public static final Cardinality AT_LEAST_ONE = new Cardinality(1, UNBOUNDED);

  private final int min;
  private final int max;

  private Cardinality(int min, int max) {
    if (min < 0 || max < 1 || min > max) {
      throw new IllegalArgumentException("cardinality needs 0 <= min <= max and max >= 1");
    }
    this.min = min;
    this.max = max;
  }

  /** {@code min..max}; use {@link #UNBOUNDED} for {@code *}. */
  public static Cardinality of(int min, int max) {
    return new Cardinality(min, max);
  }

  /**
   * Parses {@code 0..1}, {@code 1..*}, {@code 1}.
   *
   * @throws IllegalArgumentException naming the text when it is not a cardinality
   */
  public static Cardinality parse(String text) {
    Objects.requireNonNull(text, "text");
    String t = text.trim();
    try {
      int dots = t.indexOf("..");
      if (dots < 0) {
        int n = Integer.parseInt(t);
        return of(n, n);
      }
      String max = t.substring(dots + 2);
      return of(Integer.parseInt(t.substring(0, dots)), "*".equals(max) ? UNBOUNDED : Integer.parseInt(max));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a cardinality (min..max): '" + t + "'", e);
    }
  }

  /** The least number of occurrences. */
  public int min() {
    return min;
  }

  /** The greatest number of occurrences, {@link #UNBOUNDED} for no limit. */
  public int max() {
    return max;
  }

  /** Whether at least one occurrence is required. */
  public boolean isRequired() {
    return min > 0;
  }

  /** Whether more than one occurrence is allowed. */
  public boolean isRepeating() {
    return max > 1;
  }

  /** Whether {@code count} occurrences fit. */
  public boolean allows(int count) {
    return count >= min && count <= max;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Cardinality && min == ((Cardinality) o).min && max == ((Cardinality) o).max;
  }

  @Override
  public int hashCode() {
    return 31 * min + max;
  }

  /** {@code min..max}, e.g. {@code 0..*}. */
  @Override
  public String toString() {
    return min + ".." + (max == UNBOUNDED ? "*" : String.valueOf(max));
  }
}
