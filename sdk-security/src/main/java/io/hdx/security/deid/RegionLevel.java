package io.hdx.security.deid;

/**
 * How much of a GB/T 2260 administrative division a generalized, masked or pseudonymized value
 * keeps: none, the province (省级, code {@code xx0000}), the prefecture (地级, {@code xxxx00}) or the
 * county (县级, the full six digits). GB/T 2260 code structure: two digits each for province,
 * prefecture and county.
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public enum RegionLevel {
  /** Nothing of the region is kept. */
  NONE(0),
  /** The province: the first two digits. */
  PROVINCE(2),
  /** The prefecture: the first four digits. */
  PREFECTURE(4),
  /** The county: all six digits. */
  COUNTY(6);

  private final int digits;

  RegionLevel(int digits) {
    this.digits = digits;
  }

  /** How many leading digits of a six-digit division code this level keeps. */
  public int digits() {
    return digits;
  }
}
