package io.hdx.model.id;

import io.hdx.model.ValidationException;
import java.util.Objects;

/**
 * An organization code (组织机构代码), GB 11714-1997: eight body characters (digits and upper-case
 * letters) and a check character, usually written {@code XXXXXXXX-X}. The check is
 * {@code 11 - (sum mod 11)} over the body with weights 3, 7, 9, 10, 5, 8, 4, 2 (letters count
 * A=10 ... Z=35), written {@code X} for 10 and {@code 0} for 11.
 *
 * <p>Checks, in this order: present ({@code ID-0300}); 9 characters, or 10 with a hyphen before
 * the check character ({@code ID-0301}); character set ({@code ID-0302}); check character
 * ({@code ID-0303}). Lower-case letters are accepted and stored upper-case. Because letters take
 * values up to 35, replacing a body character by one whose value differs by a multiple of 11
 * (e.g. {@code 0} by {@code B}) leaves the check unchanged: MOD 11 cannot detect it.
 *
 * <pre>{@code
 * OrganizationCode org = OrganizationCode.parse("M000100Y-4");
 * org.formatted();   // M000100Y-4
 * org.masked();      // M0******-4
 * }</pre>
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public final class OrganizationCode {

  private static final int[] WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

  private final String code;

  private OrganizationCode(String code) {
    this.code = code;
  }

  /**
   * Parses {@code XXXXXXXX-X} or {@code XXXXXXXXX}.
   *
   * @param value the code; null or empty fails with {@code ID-0300}
   * @throws ValidationException naming the first rule that failed (message without the value)
   */
  public static OrganizationCode parse(String value) {
    return check(value).orElseThrow();
  }

  /** Checks as {@link #parse(String)} without throwing. */
  public static CheckResult<OrganizationCode> check(String value) {
    if (value == null || value.isEmpty()) {
      return CheckResult.invalid(IdRule.ORG_CODE_MISSING);
    }
    String plain;
    if (value.length() == 10 && value.charAt(8) == '-') {
      plain = value.substring(0, 8) + value.charAt(9);
    } else if (value.length() == 9) {
      plain = value;
    } else {
      return CheckResult.invalid(IdRule.ORG_CODE_LENGTH);
    }
    plain = UnifiedSocialCreditCode.upperAscii(plain);
    for (int i = 0; i < 8; i++) {
      if (valueOf(plain.charAt(i)) < 0) {
        return CheckResult.invalid(IdRule.ORG_CODE_CHARACTERS);
      }
    }
    char given = plain.charAt(8);
    if (!ResidentIdNumber.isAsciiDigit(given) && given != 'X') {
      return CheckResult.invalid(IdRule.ORG_CODE_CHARACTERS);
    }
    if (checkCharacterOf(plain) != given) {
      return CheckResult.invalid(IdRule.ORG_CODE_CHECK_CHARACTER);
    }
    return CheckResult.valid(new OrganizationCode(plain));
  }

  /**
   * The check character of an eight-character body (GB 11714-1997): {@code '0'}-{@code '9'} or
   * {@code 'X'}.
   *
   * @throws IllegalArgumentException if {@code body} is not eight digits or upper-case letters
   */
  public static char checkCharacter(String body) {
    Objects.requireNonNull(body, "body");
    if (body.length() != 8) {
      throw new IllegalArgumentException("expected 8 characters");
    }
    for (int i = 0; i < 8; i++) {
      if (valueOf(body.charAt(i)) < 0) {
        throw new IllegalArgumentException("expected digits and upper-case letters");
      }
    }
    return checkCharacterOf(body);
  }

  /** The nine characters without hyphen, e.g. {@code M000100Y4}. */
  public String code() {
    return code;
  }

  /** The usual written form with a hyphen before the check character, e.g. {@code M000100Y-4}. */
  public String formatted() {
    return code.substring(0, 8) + "-" + code.charAt(8);
  }

  /** The eight body characters. */
  public String body() {
    return code.substring(0, 8);
  }

  /** The check character. */
  public char checkCharacter() {
    return code.charAt(8);
  }

  /**
   * The code for display: the first two body characters and the check character, the six between
   * replaced by asterisks, e.g. {@code M0******-4}.
   */
  public String masked() {
    return code.substring(0, 2) + "******-" + code.charAt(8);
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof OrganizationCode && code.equals(((OrganizationCode) o).code));
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /** {@code OrganizationCode[M0******-4]}: the masked form only. */
  @Override
  public String toString() {
    return "OrganizationCode[" + masked() + "]";
  }

  /** The value of a body character: digits 0-9, letters A=10 ... Z=35; -1 for any other. */
  static int valueOf(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'A' && c <= 'Z') {
      return c - 'A' + 10;
    }
    return -1;
  }

  private static char checkCharacterOf(String code) {
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += valueOf(code.charAt(i)) * WEIGHTS[i];
    }
    int check = 11 - sum % 11;
    if (check == 10) {
      return 'X';
    }
    return check == 11 ? '0' : (char) ('0' + check);
  }
}
