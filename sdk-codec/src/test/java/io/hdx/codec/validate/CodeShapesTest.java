package io.hdx.codec.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.model.dataset.DataElementCatalog;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CodeShapesTest {
  private static final String ICD10 = "2.16.156.10011.2.3.3.11.3";
  private static final String ICD9 = "2.16.156.10011.2.3.3.12";

  @ParameterizedTest(name = "{0} in {1}: {2}")
  @CsvSource({
      "K35.800x001, " + ICD10 + ", OK",
      "J18.900, " + ICD10 + ", OK",
      "A01.0, " + ICD10 + ", OK",
      "I10.x00x002, " + ICD10 + ", OK",
      "I10, " + ICD10 + ", OK",
      "M8140/3, " + ICD10 + ", OK",
      "1, " + ICD10 + ", NO_CATEGORY",
      "12.3, " + ICD10 + ", NO_CATEGORY",
      "k35.8, " + ICD10 + ", NO_CATEGORY",
      "K35.8000000, " + ICD10 + ", TAIL",
      "K35-8, " + ICD10 + ", TAIL",
      "47.0900x001, " + ICD9 + ", OK",
      "36.1001, " + ICD9 + ", OK",
      "84.51003, " + ICD9 + ", OK",
      "I1002, " + ICD10 + ", TAIL",
      "47, " + ICD9 + ", OK",
      "A1, " + ICD9 + ", NO_CATEGORY",
      "47.09a, " + ICD9 + ", TAIL"})
  void check_icdShapes(String code, String system, CodeShapes.Verdict expected) {
    assertEquals(expected, CodeShapes.check(system, code));
  }

  @Test
  void applies_onlyToTheIcdTables() {
    assertTrue(CodeShapes.applies("2.16.156.10011.2.3.3.11"));
    assertTrue(CodeShapes.applies(ICD10));
    assertTrue(CodeShapes.applies(ICD9));
    assertFalse(CodeShapes.applies("2.16.156.10011.2.3.3.110"));
    assertFalse(CodeShapes.applies("2.16.156.10011.2.3.3.4"));
  }

  @Test
  void elementNames_anotherElementsNameOnly_notANearIdenticalOne() {
    ElementNames names = new ElementNames(DataElementCatalog.standard());
    assertTrue(names.otherElementsNamed("DE04.10.206.00", "体温").contains("DE04.10.186.00"));
    assertTrue(names.otherElementsNamed("DE04.10.206.00", "心率（次/min）").isEmpty());
    assertTrue(names.otherElementsNamed("DE04.10.206.00", "产后心率").isEmpty());
    assertTrue(names.otherElementsNamed("DE04.10.186.00", "体 温").isEmpty());
    assertTrue(ElementNames.alike("产后心率", "心率"));
    assertFalse(ElementNames.alike("体温", "心率"));
  }
}
