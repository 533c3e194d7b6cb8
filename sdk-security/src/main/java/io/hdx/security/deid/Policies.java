package io.hdx.security.deid;

import io.hdx.model.id.IdentifierOid;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The preset policies. Each names every category and removes unknown content; README's
 * "De-identification" section has their tables.
 *
 * <ul>
 *   <li>{@link #gbt37964()}: after GB/T 37964-2019 §6 (direct identifiers removed or pseudonymized,
 *       quasi-identifiers generalized): for sharing with researchers and vendors.
 *   <li>{@link #research()}: clinical content kept, identifiers pseudonymized, dates shifted per
 *       patient: for longitudinal research inside a trusted environment.
 *   <li>{@link #display()}: masking for screens and printouts.
 * </ul>
 *
 * <p>Thread safety: stateless; each call builds an immutable policy.
 *
 * @since 0.1.0
 */
public final class Policies {
  /** Sex (GB/T 2261.1), WS 363 DE02.01.040.00. */
  static final String SEX = "DE02.01.040.00";
  /** Birth date, WS 363 DE02.01.005.01. */
  static final String BIRTH_DATE = "DE02.01.005.01";
  /** ID document number, WS 363 DE02.01.030.00. */
  static final String ID_NUMBER = "DE02.01.030.00";

  private static final List<String> NAMES = Collections.unmodifiableList(Arrays.asList("gbt37964", "research", "display"));

  private Policies() {}

  /** The preset names: {@code gbt37964}, {@code research}, {@code display}. */
  public static List<String> names() {
    return NAMES;
  }

  /**
   * The preset called {@code name}, case-insensitive.
   *
   * @throws PolicyException {@code DEID-0103} for another name
   */
  public static Policy byName(String name) {
    switch (name.toLowerCase(Locale.ROOT)) {
      case "gbt37964":
        return gbt37964();
      case "research":
        return research();
      case "display":
        return display();
      default:
        throw new PolicyException(PolicyException.UNKNOWN_PRESET, "policy: no preset of that name (gbt37964, research, display)");
    }
  }

  /**
   * GB/T 37964-2019: direct identifiers pseudonymized (resident IDs to valid IDs keeping province,
   * birth year and sex; other numbers format-preserving; names, phones and addresses to tokens);
   * quasi-identifiers generalized (dates to the month, birth dates to the year, ages to 5-year bands
   * with 90+, regions and addresses to the prefecture, numbers to ranges of 10) except sex, kept;
   * other coded quasi-identifiers (ethnicity, occupation, marital status) removed; health data kept;
   * free text scanned; unknown content removed.
   */
  public static Policy gbt37964() {
    Rule ridPseudonym = Rule.builder(Action.PSEUDONYMIZE)
        .region(RegionLevel.PROVINCE).birth(DatePrecision.YEAR).keepSex(true).build();
    Rule generalize = Rule.builder(Action.GENERALIZE)
        .date(DatePrecision.MONTH).region(RegionLevel.PREFECTURE).ageBand(5).width(10).build();
    return Policy.builder("gbt37964")
        .category(Category.DIRECT, Rule.of(Action.PSEUDONYMIZE))
        .kind(Category.DIRECT, ValueKind.RESIDENT_ID, ridPseudonym)
        .kind(Category.DIRECT, ValueKind.ADDRESS, Rule.REMOVE)
        .category(Category.QUASI, generalize)
        .kind(Category.QUASI, ValueKind.CODE, Rule.REMOVE)
        .kind(Category.QUASI, ValueKind.TEXT, Rule.REMOVE)
        .kind(Category.QUASI, ValueKind.OTHER, Rule.REMOVE)
        .category(Category.SENSITIVE, Rule.KEEP)
        .category(Category.NONE, Rule.KEEP)
        .unknown(Rule.REMOVE)
        .dataElement(SEX, Rule.KEEP)
        .dataElement(BIRTH_DATE, Rule.builder(Action.GENERALIZE).date(DatePrecision.YEAR).build())
        .dataElement(ID_NUMBER, ridPseudonym)
        .identifier(IdentifierOid.RESIDENT_ID_CARD.oid(), ridPseudonym)
        .scanFreeText(true)
        .build();
  }

  /**
   * Research: identifiers pseudonymized (resident IDs to valid IDs keeping province, birth date and
   * sex), names, phones and addresses pseudonymized or removed, dates shifted per patient by up
   * to 365 days (intervals kept), regions to the prefecture, other quasi-identifiers and all
   * clinical content kept, free text scanned, unknown content removed.
   */
  public static Policy research() {
    Rule ridPseudonym = Rule.builder(Action.PSEUDONYMIZE)
        .region(RegionLevel.PROVINCE).birth(DatePrecision.DAY).keepSex(true).build();
    Rule region = Rule.builder(Action.GENERALIZE).region(RegionLevel.PREFECTURE).build();
    return Policy.builder("research")
        .category(Category.DIRECT, Rule.of(Action.PSEUDONYMIZE))
        .kind(Category.DIRECT, ValueKind.RESIDENT_ID, ridPseudonym)
        .kind(Category.DIRECT, ValueKind.ADDRESS, region)
        .category(Category.QUASI, Rule.KEEP)
        .kind(Category.QUASI, ValueKind.DATE, Rule.of(Action.DATE_SHIFT))
        .kind(Category.QUASI, ValueKind.REGION_CODE, region)
        .kind(Category.QUASI, ValueKind.ADDRESS, region)
        .kind(Category.QUASI, ValueKind.TEXT, Rule.REMOVE)
        .kind(Category.QUASI, ValueKind.OTHER, Rule.REMOVE)
        .category(Category.SENSITIVE, Rule.KEEP)
        .kind(Category.SENSITIVE, ValueKind.DATE, Rule.of(Action.DATE_SHIFT))
        .category(Category.NONE, Rule.KEEP)
        .unknown(Rule.REMOVE)
        .dataElement(ID_NUMBER, ridPseudonym)
        .identifier(IdentifierOid.RESIDENT_ID_CARD.oid(), ridPseudonym)
        .dateShiftMaxDays(365)
        .scanFreeText(true)
        .build();
  }

  /**
   * Display: direct identifiers masked (a name keeps its surname, a phone and other numbers their
   * last four digits, a resident ID its county code and last four characters, an address its
   * prefecture), everything else kept, free text scanned and masked, unknown content removed.
   */
  public static Policy display() {
    return Policy.builder("display")
        .category(Category.DIRECT, Rule.of(Action.MASK))
        .kind(Category.DIRECT, ValueKind.RESIDENT_ID, Rule.builder(Action.MASK)
            .region(RegionLevel.COUNTY).birth(DatePrecision.NONE).keepLast(4).build())
        .kind(Category.DIRECT, ValueKind.ADDRESS, Rule.builder(Action.MASK).region(RegionLevel.PREFECTURE).build())
        .category(Category.QUASI, Rule.KEEP)
        .category(Category.SENSITIVE, Rule.KEEP)
        .category(Category.NONE, Rule.KEEP)
        .unknown(Rule.REMOVE)
        .scanFreeText(true)
        .build();
  }
}
