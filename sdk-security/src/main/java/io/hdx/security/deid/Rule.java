package io.hdx.security.deid;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * One action of a policy with its parameters. Parameters left unset take the action's defaults:
 *
 * <table>
 *   <caption>Parameters and their defaults</caption>
 *   <tr><th>parameter</th><th>used by</th><th>default</th></tr>
 *   <tr><td>{@code region}</td><td>mask / pseudonymize a resident ID; generalize a region code or address</td>
 *       <td>mask: county; pseudonymize: province; generalize: prefecture</td></tr>
 *   <tr><td>{@code birth}</td><td>mask / pseudonymize a resident ID</td><td>mask: none; pseudonymize: year</td></tr>
 *   <tr><td>{@code keepSex}</td><td>pseudonymize a resident ID</td><td>true</td></tr>
 *   <tr><td>{@code keepLast}</td><td>mask a resident ID, phone or identifier</td><td>4</td></tr>
 *   <tr><td>{@code date}</td><td>generalize a date</td><td>month</td></tr>
 *   <tr><td>{@code ageBand}</td><td>generalize an age</td><td>10 (years), top band 90+</td></tr>
 *   <tr><td>{@code width}</td><td>generalize a number</td><td>10</td></tr>
 *   <tr><td>{@code fraction}</td><td>noise</td><td>0.05</td></tr>
 * </table>
 *
 * <pre>{@code
 * Rule rule = Rule.builder(Action.PSEUDONYMIZE).region(RegionLevel.PROVINCE).birth(DatePrecision.YEAR).build();
 * }</pre>
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public final class Rule implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Keep, without parameters. */
  public static final Rule KEEP = builder(Action.KEEP).build();
  /** Remove, without parameters. */
  public static final Rule REMOVE = builder(Action.REMOVE).build();

  private final Action action;
  private final RegionLevel region;
  private final DatePrecision birth;
  private final Boolean keepSex;
  private final Integer keepLast;
  private final DatePrecision date;
  private final Integer ageBand;
  private final Long width;
  private final Double fraction;

  private Rule(Builder b) {
    this.action = b.action;
    this.region = b.region;
    this.birth = b.birth;
    this.keepSex = b.keepSex;
    this.keepLast = b.keepLast;
    this.date = b.date;
    this.ageBand = b.ageBand;
    this.width = b.width;
    this.fraction = b.fraction;
  }

  /** A builder for a rule with {@code action}. */
  public static Builder builder(Action action) {
    return new Builder(Objects.requireNonNull(action, "action"));
  }

  /** A rule of {@code action} with its defaults. */
  public static Rule of(Action action) {
    return builder(action).build();
  }

  /** A builder holding this rule's values. */
  public Builder toBuilder() {
    Builder b = new Builder(action);
    b.region = region;
    b.birth = birth;
    b.keepSex = keepSex;
    b.keepLast = keepLast;
    b.date = date;
    b.ageBand = ageBand;
    b.width = width;
    b.fraction = fraction;
    return b;
  }

  /** The action. */
  public Action action() {
    return action;
  }

  /** The region level, when set. */
  public Optional<RegionLevel> region() {
    return Optional.ofNullable(region);
  }

  /** How much of a resident ID's birth date to keep, when set. */
  public Optional<DatePrecision> birth() {
    return Optional.ofNullable(birth);
  }

  /** Whether a resident ID pseudonym keeps the sex, when set. */
  public Optional<Boolean> keepSex() {
    return Optional.ofNullable(keepSex);
  }

  /** How many trailing characters masking keeps, when set. */
  public Optional<Integer> keepLast() {
    return Optional.ofNullable(keepLast);
  }

  /** The precision dates are generalized to, when set. */
  public Optional<DatePrecision> date() {
    return Optional.ofNullable(date);
  }

  /** The width of age bands in years, when set. */
  public Optional<Integer> ageBand() {
    return Optional.ofNullable(ageBand);
  }

  /** The width of number ranges, when set. */
  public Optional<Long> width() {
    return Optional.ofNullable(width);
  }

  /** The largest relative noise, when set. */
  public Optional<Double> fraction() {
    return Optional.ofNullable(fraction);
  }

  /** A stable text form, used for the policy hash: {@code action[;name=value...]} in a fixed order. */
  public String canonicalForm() {
    StringBuilder sb = new StringBuilder(action.jsonName());
    append(sb, "region", region == null ? null : region.name().toLowerCase(java.util.Locale.ROOT));
    append(sb, "birth", birth == null ? null : birth.name().toLowerCase(java.util.Locale.ROOT));
    append(sb, "keepSex", keepSex);
    append(sb, "keepLast", keepLast);
    append(sb, "date", date == null ? null : date.name().toLowerCase(java.util.Locale.ROOT));
    append(sb, "ageBand", ageBand);
    append(sb, "width", width);
    append(sb, "fraction", fraction);
    return sb.toString();
  }

  private static void append(StringBuilder sb, String name, Object value) {
    if (value != null) {
      sb.append(';').append(name).append('=').append(value);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Rule && ((Rule) o).canonicalForm().equals(canonicalForm());
  }

  @Override
  public int hashCode() {
    return canonicalForm().hashCode();
  }

  @Override
  public String toString() {
    return "Rule[" + canonicalForm() + "]";
  }

  /**
   * Builds a {@link Rule}; each setter checks its value.
   *
   * <p>Thread safety: not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final Action action;
    private RegionLevel region;
    private DatePrecision birth;
    private Boolean keepSex;
    private Integer keepLast;
    private DatePrecision date;
    private Integer ageBand;
    private Long width;
    private Double fraction;

    private Builder(Action action) {
      this.action = action;
    }

    /** The region level kept. */
    public Builder region(RegionLevel region) {
      this.region = Objects.requireNonNull(region, "region");
      return this;
    }

    /** How much of a resident ID's birth date is kept. */
    public Builder birth(DatePrecision birth) {
      this.birth = Objects.requireNonNull(birth, "birth");
      return this;
    }

    /** Whether a resident ID pseudonym keeps the sex. */
    public Builder keepSex(boolean keepSex) {
      this.keepSex = keepSex;
      return this;
    }

    /** How many trailing characters masking keeps: 0..4 for resident IDs, 0..8 otherwise. */
    public Builder keepLast(int keepLast) {
      if (keepLast < 0 || keepLast > 8) {
        throw new IllegalArgumentException("keepLast must be 0..8");
      }
      this.keepLast = keepLast;
      return this;
    }

    /** The precision dates are generalized to. */
    public Builder date(DatePrecision date) {
      this.date = Objects.requireNonNull(date, "date");
      return this;
    }

    /** The width of age bands, 1..50 years. */
    public Builder ageBand(int years) {
      if (years < 1 || years > 50) {
        throw new IllegalArgumentException("ageBand must be 1..50");
      }
      this.ageBand = years;
      return this;
    }

    /** The width of number ranges, at least 1. */
    public Builder width(long width) {
      if (width < 1) {
        throw new IllegalArgumentException("width must be >= 1");
      }
      this.width = width;
      return this;
    }

    /** The largest relative noise, in (0, 1]. */
    public Builder fraction(double fraction) {
      if (!(fraction > 0 && fraction <= 1)) {
        throw new IllegalArgumentException("fraction must be in (0, 1]");
      }
      this.fraction = fraction;
      return this;
    }

    /** The rule. */
    public Rule build() {
      return new Rule(this);
    }
  }
}
