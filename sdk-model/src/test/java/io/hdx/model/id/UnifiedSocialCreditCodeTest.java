package io.hdx.model.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.model.ValidationException;
import org.junit.jupiter.api.Test;

class UnifiedSocialCreditCodeTest {
  // Known answers, verified by computing the MOD 31 check: 91350100M000100Y43 is the example
  // public validators use (e.g. dromara/hutool CreditCodeUtilTest); 51610700305332460K appears in
  // a public list of valid codes. Both are organizations, not persons.
  private static final String ENTERPRISE = "91350100M000100Y43";
  private static final String SOCIAL_GROUP = "51610700305332460K";

  private static ValidationException rejected(String value) {
    ValidationException e = assertThrows(ValidationException.class, () -> UnifiedSocialCreditCode.parse(value));
    if (value != null && !value.isEmpty()) {
      assertFalse(e.getMessage().contains(value));
    }
    return e;
  }

  @Test
  void parse_enterpriseExample_extractsParts() {
    UnifiedSocialCreditCode uscc = UnifiedSocialCreditCode.parse(ENTERPRISE);
    assertEquals('9', uscc.registrationAuthorityCode());
    assertEquals("工商", uscc.registrationAuthority().get());
    assertEquals('1', uscc.organizationCategoryCode());
    assertEquals("企业", uscc.organizationCategory().get());
    assertEquals("350100", uscc.regionCode());
    assertEquals("福州市", uscc.region().get().name());
    assertEquals("M000100Y4", uscc.subjectIdentifier());
    assertEquals("M000100Y-4", uscc.organizationCode().get().formatted());
    assertEquals('3', uscc.checkCharacter());
    assertEquals(ENTERPRISE, uscc.code());
  }

  @Test
  void parse_civilAffairsExample_extractsParts() {
    UnifiedSocialCreditCode uscc = UnifiedSocialCreditCode.parse(SOCIAL_GROUP);
    assertEquals("民政", uscc.registrationAuthority().get());
    assertEquals("社会团体", uscc.organizationCategory().get());
    assertEquals("汉中市", uscc.region().get().name());
    assertEquals("30533246-0", uscc.organizationCode().get().formatted());
  }

  @Test
  void parse_lowerCase_acceptedAndStoredUpperCase() {
    assertEquals(UnifiedSocialCreditCode.parse(ENTERPRISE), UnifiedSocialCreditCode.parse("91350100m000100y43"));
  }

  @Test
  void parse_unlistedAuthorityAndRegion_validButNotNamed() {
    String first17 = "Y2100000ABCDEFGH1";
    UnifiedSocialCreditCode uscc = UnifiedSocialCreditCode.parse(first17 + UnifiedSocialCreditCode.checkCharacter(first17));
    assertEquals("其他", uscc.registrationAuthority().get());
    assertFalse(uscc.organizationCategory().isPresent());
    assertFalse(uscc.region().isPresent()); // 100000: national level, not a GB/T 2260 row
    String other = "A1110000ABCDEFGH1";
    assertFalse(UnifiedSocialCreditCode.parse(other + UnifiedSocialCreditCode.checkCharacter(other))
        .registrationAuthority().isPresent());
  }

  @Test
  void parse_badInput_namesRule() {
    assertEquals("ID-0200", rejected(null).errorCode());
    assertEquals("ID-0200", rejected("").errorCode());
    assertEquals("ID-0201", rejected("91350100M000100Y4").errorCode());
    assertEquals("ID-0202", rejected("91350100M000100I43").errorCode()); // I is not used
    assertEquals("ID-0202", rejected("91350100M000100Ｙ43").errorCode()); // full-width
    assertEquals("ID-0203", rejected("9135010AM000100Y43").errorCode()); // letter in region code
    ValidationException e = rejected("91350100M000100Y44");
    assertEquals("ID-0204", e.errorCode());
    assertEquals("ID-0204 unified social credit code: check character does not match (MOD 31, GB 32100-2015 §4, GB/T 17710)",
        e.getMessage());
  }

  @Test
  void masked_hidesTheMiddle() {
    UnifiedSocialCreditCode uscc = UnifiedSocialCreditCode.parse(ENTERPRISE);
    assertEquals("913501********0Y43", uscc.masked());
    assertEquals("UnifiedSocialCreditCode[913501********0Y43]", uscc.toString());
  }

  @Test
  void equalsHashCode() {
    UnifiedSocialCreditCode a = UnifiedSocialCreditCode.parse(ENTERPRISE);
    assertEquals(a, UnifiedSocialCreditCode.parse(ENTERPRISE));
    assertEquals(a.hashCode(), UnifiedSocialCreditCode.parse(ENTERPRISE).hashCode());
    assertNotEquals(a, UnifiedSocialCreditCode.parse(SOCIAL_GROUP));
    assertNotEquals(a, ENTERPRISE);
  }

  @Test
  void checkCharacter_knownAnswer_andMalformedInput() {
    assertEquals('3', UnifiedSocialCreditCode.checkCharacter("91350100M000100Y4"));
    assertThrows(IllegalArgumentException.class, () -> UnifiedSocialCreditCode.checkCharacter("91350100M000100Y"));
    assertThrows(IllegalArgumentException.class, () -> UnifiedSocialCreditCode.checkCharacter("91350100M000100O4"));
  }

  @Test
  void check_returnsRule() {
    CheckResult<UnifiedSocialCreditCode> result = UnifiedSocialCreditCode.check("91350100M000100Y44");
    assertEquals(IdRule.USCC_CHECK_CHARACTER, result.failedRule().get());
    assertTrue(UnifiedSocialCreditCode.check(ENTERPRISE).isValid());
  }
}
