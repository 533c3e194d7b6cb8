package io.hdx.model.id;

import io.hdx.model.ValidationException;
import io.hdx.model.valueset.AdministrativeDivision;
import io.hdx.model.valueset.AdministrativeDivisions;
import java.util.Objects;
import java.util.Optional;

/**
 * A unified social credit code (统一社会信用代码) of a legal entity or other organization, GB
 * 32100-2015 §4: 18 characters from the digits and the upper-case letters other than I, O, S, V,
 * Z; position 1 the registration authority (登记管理部门代码), 2 the organization category
 * (机构类别代码), 3-8 the GB/T 2260 code of the registering authority's region, 9-17 the subject
 * identifier (主体标识码, the organization code of GB 11714), 18 a MOD 31 check character (GB/T
 * 17710): weights {@code 3^(i-1) mod 31}, check value {@code 31 - (sum mod 31)}, 31 read as 0.
 *
 * <p>Checks, in this order: present ({@code ID-0200}); 18 characters ({@code ID-0201}); character
 * set ({@code ID-0202}); positions 3-8 digits ({@code ID-0203}); check character
 * ({@code ID-0204}). The region code is not required to be a listed GB/T 2260 division (national
 * authorities register with {@code 100000}); {@link #region()} looks it up. Lower-case letters are
 * accepted and stored upper-case.
 *
 * <pre>{@code
 * UnifiedSocialCreditCode uscc = UnifiedSocialCreditCode.parse("91350100M000100Y43");
 * uscc.registrationAuthority();   // Optional[工商]
 * uscc.organizationCategory();    // Optional[企业]
 * uscc.regionCode();              // 350100
 * uscc.organizationCode();        // Optional[OrganizationCode[M0******-4]]
 * }</pre>
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public final class UnifiedSocialCreditCode {

  /** The 31 code characters in value order 0-30 (GB 32100-2015 §4). */
  static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  /** Weights 3^(i-1) mod 31 for positions 1-17. */
  private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

  private final String code;

  private UnifiedSocialCreditCode(String code) {
    this.code = code;
  }

  /**
   * Parses an 18-character code.
   *
   * @param value the code; null or empty fails with {@code ID-0200}
   * @throws ValidationException naming the first rule that failed (message without the value)
   */
  public static UnifiedSocialCreditCode parse(String value) {
    return check(value).orElseThrow();
  }

  /** Checks as {@link #parse(String)} without throwing. */
  public static CheckResult<UnifiedSocialCreditCode> check(String value) {
    if (value == null || value.isEmpty()) {
      return CheckResult.invalid(IdRule.USCC_MISSING);
    }
    if (value.length() != 18) {
      return CheckResult.invalid(IdRule.USCC_LENGTH);
    }
    String upper = upperAscii(value);
    for (int i = 0; i < 18; i++) {
      if (CHARACTERS.indexOf(upper.charAt(i)) < 0) {
        return CheckResult.invalid(IdRule.USCC_CHARACTERS);
      }
    }
    for (int i = 2; i < 8; i++) {
      if (!ResidentIdNumber.isAsciiDigit(upper.charAt(i))) {
        return CheckResult.invalid(IdRule.USCC_REGION_DIGITS);
      }
    }
    if (checkCharacterOf(upper) != upper.charAt(17)) {
      return CheckResult.invalid(IdRule.USCC_CHECK_CHARACTER);
    }
    return CheckResult.valid(new UnifiedSocialCreditCode(upper));
  }

  /**
   * The MOD 31 check character of the first 17 characters of a code (GB 32100-2015 §4, GB/T
   * 17710).
   *
   * @param first17 17 characters of the code's character set (upper case)
   * @throws IllegalArgumentException if {@code first17} is not 17 characters of the set
   */
  public static char checkCharacter(String first17) {
    Objects.requireNonNull(first17, "first17");
    if (first17.length() != 17) {
      throw new IllegalArgumentException("expected 17 characters");
    }
    for (int i = 0; i < 17; i++) {
      if (CHARACTERS.indexOf(first17.charAt(i)) < 0) {
        throw new IllegalArgumentException("expected characters of GB 32100-2015");
      }
    }
    return checkCharacterOf(first17);
  }

  /** The 18-character code, upper case. */
  public String code() {
    return code;
  }

  /**
   * The code for display: the first six and last four characters, the eight between replaced by
   * asterisks, e.g. {@code 913501********0Y43}.
   */
  public String masked() {
    return code.substring(0, 6) + "********" + code.substring(14);
  }

  /** Position 1, the registration authority code (登记管理部门代码), e.g. {@code '9'}. */
  public char registrationAuthorityCode() {
    return code.charAt(0);
  }

  /**
   * The registration authority's name for the codes GB 32100-2015 lists: {@code 1} 机构编制,
   * {@code 5} 民政, {@code 9} 工商, {@code Y} 其他. Empty for other codes (later national notices
   * assign more, which HDX does not bundle).
   */
  public Optional<String> registrationAuthority() {
    switch (registrationAuthorityCode()) {
      case '1':
        return Optional.of("机构编制");
      case '5':
        return Optional.of("民政");
      case '9':
        return Optional.of("工商");
      case 'Y':
        return Optional.of("其他");
      default:
        return Optional.empty();
    }
  }

  /** Position 2, the organization category code (机构类别代码), e.g. {@code '1'}. */
  public char organizationCategoryCode() {
    return code.charAt(1);
  }

  /**
   * The organization category's name for the pairs GB 32100-2015 lists (as restated by public
   * validators; the standard's text was not at hand): under 机构编制 {@code 1} 机关, {@code 2}
   * 事业单位, {@code 3} 中央编办直接管理机构编制的群众团体, {@code 9} 其他; under 民政 {@code 1}
   * 社会团体, {@code 2} 民办非企业单位, {@code 3} 基金会, {@code 9} 其他; under 工商 {@code 1} 企业,
   * {@code 2} 个体工商户, {@code 3} 农民专业合作社. Empty for any other pair.
   */
  public Optional<String> organizationCategory() {
    String pair = code.substring(0, 2);
    switch (pair) {
      case "11":
        return Optional.of("机关");
      case "12":
        return Optional.of("事业单位");
      case "13":
        return Optional.of("中央编办直接管理机构编制的群众团体");
      case "19":
      case "59":
        return Optional.of("其他");
      case "51":
        return Optional.of("社会团体");
      case "52":
        return Optional.of("民办非企业单位");
      case "53":
        return Optional.of("基金会");
      case "91":
        return Optional.of("企业");
      case "92":
        return Optional.of("个体工商户");
      case "93":
        return Optional.of("农民专业合作社");
      default:
        return Optional.empty();
    }
  }

  /** Positions 3-8, the GB/T 2260 code of the registering authority's region, e.g. {@code 350100}. */
  public String regionCode() {
    return code.substring(2, 8);
  }

  /** The division of the region code, when it is a bundled GB/T 2260 code. */
  public Optional<AdministrativeDivision> region() {
    return AdministrativeDivisions.bundled().find(regionCode());
  }

  /** Positions 9-17, the subject identifier (主体标识码), e.g. {@code M000100Y4}. */
  public String subjectIdentifier() {
    return code.substring(8, 17);
  }

  /**
   * The subject identifier as a GB 11714 organization code, when its ninth character is the
   * organization code's check character; empty when it is not (the USCC stays valid either way).
   */
  public Optional<OrganizationCode> organizationCode() {
    return OrganizationCode.check(subjectIdentifier()).value();
  }

  /** Position 18, the check character. */
  public char checkCharacter() {
    return code.charAt(17);
  }

  @Override
  public boolean equals(Object o) {
    return this == o
        || (o instanceof UnifiedSocialCreditCode && code.equals(((UnifiedSocialCreditCode) o).code));
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /** {@code UnifiedSocialCreditCode[913501********0Y43]}: the masked form only. */
  @Override
  public String toString() {
    return "UnifiedSocialCreditCode[" + masked() + "]";
  }

  private static char checkCharacterOf(String code) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += CHARACTERS.indexOf(code.charAt(i)) * WEIGHTS[i];
    }
    return CHARACTERS.charAt((31 - sum % 31) % 31);
  }

  /** Upper-cases ASCII letters only, leaving every other character as it is. */
  static String upperAscii(String value) {
    char[] chars = value.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] >= 'a' && chars[i] <= 'z') {
        chars[i] = (char) (chars[i] - 'a' + 'A');
      }
    }
    return new String(chars);
  }
}
