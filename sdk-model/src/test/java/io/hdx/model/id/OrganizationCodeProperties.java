package io.hdx.model.id;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class OrganizationCodeProperties {
  private static final String BODY = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private static final String CHECK = "0123456789X";

  @Provide
  Arbitrary<String> validCodes() {
    return Arbitraries.of(BODY.toCharArray()).list().ofSize(8).map(chars -> {
      StringBuilder sb = new StringBuilder();
      for (char c : chars) {
        sb.append(c);
      }
      return sb.toString() + OrganizationCode.checkCharacter(sb.toString());
    });
  }

  @Property
  void validCode_parses_inBothForms(@ForAll("validCodes") String value) {
    OrganizationCode plain = OrganizationCode.parse(value);
    assertEquals(value, plain.code());
    assertEquals(plain, OrganizationCode.parse(value.substring(0, 8) + "-" + value.charAt(8)));
    assertEquals(value.substring(0, 2) + "******-" + value.charAt(8), plain.masked());
  }

  /**
   * A substitution of the check character is always caught (ID-0303). A substitution in the body
   * is caught (ID-0303) exactly when the two characters' values (0-9, A=10 ... Z=35) differ by a
   * non-multiple of 11: the weights 3, 7, 9, 10, 5, 8, 4, 2 are prime to 11, so only a value
   * difference of 11, 22 or 33 (e.g. 0 and B) leaves the weighted sum mod 11 unchanged. This is a
   * property of GB 11714's MOD 11 over 36 symbols, not a gap in the check.
   */
  @Property(tries = 200)
  void singleSubstitution_isCaught_unlessValuesDifferByMultipleOf11(@ForAll("validCodes") String value) {
    for (int position = 0; position < 9; position++) {
      String allowed = position == 8 ? CHECK : BODY;
      for (char replacement : allowed.toCharArray()) {
        char original = value.charAt(position);
        if (replacement == original) {
          continue;
        }
        String corrupted = value.substring(0, position) + replacement + value.substring(position + 1);
        CheckResult<OrganizationCode> result = OrganizationCode.check(corrupted);
        boolean detectable = position == 8
            || (OrganizationCode.valueOf(replacement) - OrganizationCode.valueOf(original)) % 11 != 0;
        assertEquals(detectable, !result.isValid(), "position " + (position + 1));
        if (detectable) {
          assertEquals(IdRule.ORG_CODE_CHECK_CHARACTER, result.failedRule().get());
        }
      }
    }
  }
}
