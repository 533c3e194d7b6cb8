package io.hdx.model.valueset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ConceptTest {

  private static final String SEX = "2.16.156.10011.2.3.3.4";
  private static final String SEX_NAME = "生理性别代码表(GB/T 2261.1)";

  @Test
  void of_fields_readBack() {
    Concept c = Concept.of("1", "男性", SEX, SEX_NAME);
    assertEquals("1", c.code());
    assertEquals("男性", c.displayName());
    assertEquals(SEX, c.codeSystem());
    assertEquals(SEX_NAME, c.codeSystemName());
    assertEquals("Concept{1 男性 in 2.16.156.10011.2.3.3.4}", c.toString());
  }

  @Test
  void of_coded_copiesEnumConstant() {
    assertEquals(Concept.of("2", "女性", SEX, SEX_NAME), Concept.of(Sex.FEMALE));
    Concept c = Concept.of("1", "男性", SEX, SEX_NAME);
    assertSame(c, Concept.of((Coded) c));
  }

  @Test
  void of_emptyOrNull_rejected() {
    assertThrows(IllegalArgumentException.class, () -> Concept.of("", "男性", SEX, SEX_NAME));
    assertThrows(IllegalArgumentException.class, () -> Concept.of("1", "", SEX, SEX_NAME));
    assertThrows(NullPointerException.class, () -> Concept.of("1", "男性", null, SEX_NAME));
    assertThrows(NullPointerException.class, () -> Concept.of("1", "男性", SEX, null));
  }

  @Test
  void equalsHashCode_overAllFields() {
    Concept a = Concept.of("1", "男性", SEX, SEX_NAME);
    assertEquals(a, Concept.of("1", "男性", SEX, SEX_NAME));
    assertEquals(a.hashCode(), Concept.of("1", "男性", SEX, SEX_NAME).hashCode());
    assertNotEquals(a, Concept.of("2", "男性", SEX, SEX_NAME));
    assertNotEquals(a, Concept.of("1", "男", SEX, SEX_NAME));
    assertNotEquals(a, Concept.of("1", "男性", "2.16.156.10011.2.3.3.5", SEX_NAME));
    assertNotEquals(a, Concept.of("1", "男性", SEX, "性别代码表"));
    assertNotEquals(a, "1");
  }
}
