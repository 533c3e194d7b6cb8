package io.hdx.model.valueset;

import java.util.Objects;
import java.util.Optional;

/**
 * One administrative division of GB/T 2260 (中华人民共和国行政区划代码): a province-level,
 * prefecture-level or county-level unit with its six-digit code.
 *
 * <p>The code's structure gives the level (GB/T 2260: digits 1-2 the province, 3-4 the
 * prefecture, 5-6 the county): {@code xx0000} is a province, {@code xxxx00} a prefecture, any
 * other code a county. Divisions are either current (listed in the bundled edition) or retired
 * (listed only in an earlier revision); see {@link AdministrativeDivisions}.
 *
 * <p>Example: {@code AdministrativeDivisions.bundled().find("110105")} gives 朝阳区, a current
 * county whose parent is {@code 110000} 北京市.
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public final class AdministrativeDivision {

  /**
   * The level of a division, read from its code (GB/T 2260 code structure).
   *
   * <p>Thread safety: immutable.
   *
   * @since 0.1.0
   */
  public enum Level {
    /** 省级: province, autonomous region, municipality, special administrative region ({@code xx0000}). */
    PROVINCE,
    /** 地级: prefecture-level city, prefecture, autonomous prefecture, league ({@code xxxx00}). */
    PREFECTURE,
    /** 县级: county, county-level city, district, banner (any other code). */
    COUNTY;

    /**
     * The level a six-digit code denotes.
     *
     * @throws IllegalArgumentException if {@code code} is not six ASCII digits
     */
    public static Level ofCode(String code) {
      requireCode(code);
      if (code.endsWith("0000")) {
        return PROVINCE;
      }
      return code.endsWith("00") ? PREFECTURE : COUNTY;
    }
  }

  private final String code;
  private final String name;
  private final Level level;
  private final String parentCode;
  private final boolean current;

  private AdministrativeDivision(Builder builder) {
    this.code = requireCode(builder.code);
    this.name = Objects.requireNonNull(builder.name, "name");
    this.level = Level.ofCode(code);
    this.parentCode = builder.parentCode;
    if (parentCode != null) {
      requireCode(parentCode);
      if (level == Level.PROVINCE) {
        throw new IllegalArgumentException("a province-level division has no parent");
      }
    }
    this.current = builder.current;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this division's fields. */
  public Builder toBuilder() {
    Builder builder = new Builder().code(code).name(name).current(current);
    builder.parentCode = parentCode;
    return builder;
  }

  /** The six-digit GB/T 2260 code, e.g. {@code 110105}. */
  public String code() {
    return code;
  }

  /** The name as the code list gives it, e.g. {@code 朝阳区}. */
  public String name() {
    return name;
  }

  /** The level read from the code. */
  public Level level() {
    return level;
  }

  /**
   * The code of the division this one belongs to: the prefecture when it is listed, otherwise
   * the province (municipality districts such as {@code 110105} and county-level units directly
   * under a province such as {@code 419001} have the province as parent). Empty for provinces.
   */
  public Optional<String> parentCode() {
    return Optional.ofNullable(parentCode);
  }

  /** The two-digit province prefix of the code, e.g. {@code 11}. */
  public String provincePrefix() {
    return code.substring(0, 2);
  }

  /** Whether the division is in the bundled current edition; false for a retired code. */
  public boolean isCurrent() {
    return current;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof AdministrativeDivision)) {
      return false;
    }
    AdministrativeDivision that = (AdministrativeDivision) o;
    return current == that.current
        && code.equals(that.code)
        && name.equals(that.name)
        && level == that.level
        && Objects.equals(parentCode, that.parentCode);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, name, level, parentCode, current);
  }

  @Override
  public String toString() {
    return "AdministrativeDivision[" + code + " " + name + " " + level
        + (current ? "" : " retired") + "]";
  }

  static String requireCode(String code) {
    Objects.requireNonNull(code, "code");
    if (!isSixDigits(code)) {
      throw new IllegalArgumentException("a GB/T 2260 code has six ASCII digits");
    }
    return code;
  }

  static boolean isSixDigits(String code) {
    if (code.length() != 6) {
      return false;
    }
    for (int i = 0; i < 6; i++) {
      char c = code.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Builds an {@link AdministrativeDivision}. Code and name are required; {@code current}
   * defaults to true.
   *
   * <p>Thread safety: not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private String code;
    private String name;
    private String parentCode;
    private boolean current = true;

    private Builder() {}

    /** The six-digit code. */
    public Builder code(String code) {
      this.code = Objects.requireNonNull(code, "code");
      return this;
    }

    /** The name. */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /** The parent's six-digit code (none for a province). */
    public Builder parentCode(String parentCode) {
      this.parentCode = Objects.requireNonNull(parentCode, "parentCode");
      return this;
    }

    /** Whether the division is current (true) or retired (false). */
    public Builder current(boolean current) {
      this.current = current;
      return this;
    }

    /**
     * Builds the division.
     *
     * @throws IllegalArgumentException if a code is not six digits or a province has a parent
     * @throws NullPointerException if code or name is missing
     */
    public AdministrativeDivision build() {
      return new AdministrativeDivision(this);
    }
  }
}
