package io.hdx.model.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.model.ValidationException;
import org.junit.jupiter.api.Test;

class OrganizationCodeTest {
  // Known answers, verified by computing the GB 11714 check: the organization codes embedded in
  // the USCC examples of UnifiedSocialCreditCodeTest (positions 9-17).

  private static ValidationException rejected(String value) {
    ValidationException e = assertThrows(ValidationException.class, () -> OrganizationCode.parse(value));
    if (value != null && !value.isEmpty()) {
      assertFalse(e.getMessage().contains(value));
    }
    return e;
  }

  @Test
  void parse_withOrWithoutHyphen_sameCode() {
    OrganizationCode hyphen = OrganizationCode.parse("M000100Y-4");
    OrganizationCode plain = OrganizationCode.parse("M000100Y4");
    assertEquals(hyphen, plain);
    assertEquals("M000100Y4", plain.code());
    assertEquals("M000100Y-4", plain.formatted());
    assertEquals("M000100Y", plain.body());
    assertEquals('4', plain.checkCharacter());
    assertEquals("30533246-0", OrganizationCode.parse("305332460").formatted());
  }

  @Test
  void parse_checkValues10And11_writtenXAnd0() {
    // 11 - (sum mod 11): 10 is written X, 11 (sum divisible by 11) is written 0
    assertEquals('0', OrganizationCode.checkCharacter("00000000"));
    String bodyWithX = findBodyWithCheck('X');
    assertEquals(bodyWithX + "-X", OrganizationCode.parse(bodyWithX + "-x").formatted());
  }

  private static String findBodyWithCheck(char wanted) {
    for (int n = 0; n < 1000; n++) {
      String body = String.format("%08d", n);
      if (OrganizationCode.checkCharacter(body) == wanted) {
        return body;
      }
    }
    throw new AssertionError("none found");
  }

  @Test
  void parse_lowerCase_acceptedAndStoredUpperCase() {
    assertEquals("M000100Y4", OrganizationCode.parse("m000100y-4").code());
  }

  @Test
  void parse_badInput_namesRule() {
    assertEquals("ID-0300", rejected(null).errorCode());
    assertEquals("ID-0300", rejected("").errorCode());
    assertEquals("ID-0301", rejected("M000100Y").errorCode());
    assertEquals("ID-0301", rejected("M000100Y-44").errorCode());
    assertEquals("ID-0301", rejected("M000100-Y4").errorCode()); // hyphen in the wrong place
    assertEquals("ID-0302", rejected("M000-00Y4").errorCode());
    assertEquals("ID-0302", rejected("M000100YA").errorCode()); // check must be 0-9 or X
    assertEquals("ID-0302", rejected("Ｍ000100Y4").errorCode());
    ValidationException e = rejected("M000100Y-5");
    assertEquals("ID-0303", e.errorCode());
    assertEquals("ID-0303 organization code: check character does not match (MOD 11, GB 11714-1997)", e.getMessage());
  }

  @Test
  void masked_hidesTheMiddle() {
    OrganizationCode org = OrganizationCode.parse("M000100Y-4");
    assertEquals("M0******-4", org.masked());
    assertEquals("OrganizationCode[M0******-4]", org.toString());
  }

  @Test
  void equalsHashCode() {
    OrganizationCode a = OrganizationCode.parse("M000100Y-4");
    assertEquals(a.hashCode(), OrganizationCode.parse("M000100Y4").hashCode());
    assertNotEquals(a, OrganizationCode.parse("30533246-0"));
    assertNotEquals(a, "M000100Y4");
  }

  @Test
  void check_returnsRule() {
    assertEquals(IdRule.ORG_CODE_CHECK_CHARACTER, OrganizationCode.check("M000100Y-5").failedRule().get());
    assertTrue(OrganizationCode.check("M000100Y-4").isValid());
  }

  @Test
  void checkCharacter_malformedBody_illegalArgument() {
    assertThrows(IllegalArgumentException.class, () -> OrganizationCode.checkCharacter("M000100"));
    assertThrows(IllegalArgumentException.class, () -> OrganizationCode.checkCharacter("m000100Y"));
  }
}
