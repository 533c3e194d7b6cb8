package io.hdx.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hdx.model.id.ResidentIdNumber;
import org.junit.jupiter.api.Test;

class HdxExceptionTest {

  @Test
  void message_isCodeSpaceDetail_once() {
    HdxException e = new ValidationException("ID-0104", "resident ID number: check character does not match");
    assertEquals("ID-0104 resident ID number: check character does not match", e.getMessage());
    assertEquals("ID-0104", e.errorCode());
    assertEquals("resident ID number: check character does not match", e.detail());
    assertEquals(e.errorCode() + " " + e.detail(), e.getMessage());
  }

  @Test
  void cause_hdxException_isChained() {
    ValidationException cause = new ValidationException("X-0002", "inner rule");
    assertSame(cause, new HdxException("X-0001", "m", cause).getCause());
  }

  @Test
  void cause_otherException_withheldToItsClassAndStackTrace() {
    IllegalStateException cause = new IllegalStateException("For input string: \"PATIENT\"");
    WithheldCause withheld = (WithheldCause) new HdxException("X-0001", "m", cause).getCause();
    assertEquals(IllegalStateException.class.getName(), withheld.causeClass());
    assertEquals(-1, withheld.getMessage().indexOf("PATIENT"));
    assertEquals(cause.getStackTrace().length, withheld.getStackTrace().length);
  }

  @Test
  void nulls_refused() {
    assertThrows(NullPointerException.class, () -> new HdxException(null, "m"));
    assertThrows(NullPointerException.class, () -> new HdxException("X-0001", null));
  }

  @Test
  void thrownByTheModel_followsTheConvention() {
    ValidationException e = assertThrows(ValidationException.class, () -> ResidentIdNumber.parse("110105194912310020"));
    assertEquals(e.errorCode() + " " + e.detail(), e.getMessage());
    assertEquals(1, e.getMessage().split(e.errorCode(), -1).length - 1);
  }
}
