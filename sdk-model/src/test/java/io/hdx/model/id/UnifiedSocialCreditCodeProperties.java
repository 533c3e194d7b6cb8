package io.hdx.model.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.hdx.model.valueset.AdministrativeDivision;
import io.hdx.model.valueset.AdministrativeDivisions;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class UnifiedSocialCreditCodeProperties {
  private static final String SET = UnifiedSocialCreditCode.CHARACTERS;

  @Provide
  Arbitrary<String> validCodes() {
    List<String> regions = new ArrayList<>();
    for (AdministrativeDivision division : AdministrativeDivisions.bundled().current()) {
      regions.add(division.code());
    }
    Arbitrary<Character> symbol = Arbitraries.of(SET.toCharArray()).map(c -> c);
    Arbitrary<String> subject = symbol.list().ofSize(9).map(UnifiedSocialCreditCodeProperties::join);
    return Combinators.combine(symbol, symbol, Arbitraries.of(regions), subject)
        .as((authority, category, region, id) -> {
          String first17 = "" + authority + category + region + id;
          return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
        });
  }

  private static String join(List<Character> chars) {
    StringBuilder sb = new StringBuilder();
    for (char c : chars) {
      sb.append(c);
    }
    return sb.toString();
  }

  @Property
  void validCode_parses_andCarriesItsParts(@ForAll("validCodes") String value) {
    UnifiedSocialCreditCode uscc = UnifiedSocialCreditCode.parse(value);
    assertEquals(value, uscc.code());
    assertEquals(value.substring(2, 8), uscc.regionCode());
    assertEquals(value.substring(8, 17), uscc.subjectIdentifier());
    assertEquals(value.substring(0, 6) + "********" + value.substring(14), uscc.masked());
    assertFalse(uscc.toString().contains(value.substring(6, 14)));
  }

  /**
   * Every single-character substitution by another character of the set is caught: a letter in
   * positions 3-8 by ID-0203 (region digits), anything else by ID-0204 (check character). MOD 31
   * never misses: 31 is prime, the weights 3^(i-1) mod 31 are non-zero and values differ by 1-30.
   */
  @Property(tries = 200)
  void everySingleSubstitution_isCaught(@ForAll("validCodes") String value) {
    for (int position = 0; position < 18; position++) {
      for (char replacement : SET.toCharArray()) {
        if (replacement == value.charAt(position)) {
          continue;
        }
        String corrupted = value.substring(0, position) + replacement + value.substring(position + 1);
        CheckResult<UnifiedSocialCreditCode> result = UnifiedSocialCreditCode.check(corrupted);
        IdRule expected = position >= 2 && position < 8 && !Character.isDigit(replacement)
            ? IdRule.USCC_REGION_DIGITS : IdRule.USCC_CHECK_CHARACTER;
        assertEquals(expected, result.failedRule().orElse(null), "position " + (position + 1));
      }
    }
  }
}
