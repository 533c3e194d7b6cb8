package io.hdx.model.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hdx.model.ValidationException;
import org.junit.jupiter.api.Test;

class CheckResultTest {

  @Test
  void orElseThrow_invalid_throwsRuleCodeAndMessage() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> CheckResult.invalid(IdRule.USCC_LENGTH).orElseThrow());
    assertEquals("ID-0201", e.errorCode());
    assertEquals("ID-0201 unified social credit code: must have 18 characters (GB 32100-2015 §4)", e.getMessage());
  }

  @Test
  void orElseThrow_valid_returnsValue() {
    String value = "v";
    assertSame(value, CheckResult.valid(value).orElseThrow());
  }

  @Test
  void equalsHashCode() {
    assertEquals(CheckResult.valid("a"), CheckResult.valid("a"));
    assertEquals(CheckResult.valid("a").hashCode(), CheckResult.valid("a").hashCode());
    assertNotEquals(CheckResult.valid("a"), CheckResult.valid("b"));
    assertEquals(CheckResult.invalid(IdRule.USCC_LENGTH), CheckResult.invalid(IdRule.USCC_LENGTH));
    assertNotEquals(CheckResult.invalid(IdRule.USCC_LENGTH), CheckResult.invalid(IdRule.USCC_MISSING));
  }

  @Test
  void factories_null_nullPointer() {
    assertThrows(NullPointerException.class, () -> CheckResult.valid(null));
    assertThrows(NullPointerException.class, () -> CheckResult.invalid(null));
  }

  @Test
  void idRule_toString_isCodeAndDescription() {
    assertEquals("ID-0104 check character does not match (ISO 7064 MOD 11-2, GB 11643-1999 §5.5)",
        IdRule.RESIDENT_ID_CHECK_CHARACTER.toString());
    assertEquals("resident ID number", IdRule.RESIDENT_ID_CHECK_CHARACTER.subject());
  }
}
