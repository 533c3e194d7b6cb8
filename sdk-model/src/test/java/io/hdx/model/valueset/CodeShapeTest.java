package io.hdx.model.valueset;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CodeShapeTest {

  /** Codes from public WS/T 500 samples (valueset-oids.csv examples) and the national clinical edition's forms. */
  @ParameterizedTest
  @ValueSource(strings = {"I10", "K52.9", "S06.5", "B95.100", "S06.902", "R57.101", "A15.000x001", "I10.x00x002",
      "Z99", "A00.0", "E11.900"})
  void icd10_wellShapedCodes_match(String code) {
    assertTrue(CodeShape.ICD10.matches(code), code);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1", "i10", "I1", "I100", "10.1", "II0", "I10.", "I10.123456", "I10 ", " I10",
      "I10.x00x02", "DE05.01.024.00", "02.34002", "BNP050"})
  void icd10_otherStrings_doNotMatch(String code) {
    assertFalse(CodeShape.ICD10.matches(code), code);
  }

  @ParameterizedTest
  @ValueSource(strings = {"02", "02.3", "02.34", "02.34002", "00.0100x001", "86.2201"})
  void icd9cm3_wellShapedCodes_match(String code) {
    assertTrue(CodeShape.ICD9CM3.matches(code), code);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "2", "023", "02.", "A02.34", "02.343456789", "I10", "02,34", "02.34x01"})
  void icd9cm3_otherStrings_doNotMatch(String code) {
    assertFalse(CodeShape.ICD9CM3.matches(code), code);
  }

  @org.junit.jupiter.api.Test
  void matches_null_throws() {
    assertThrows(NullPointerException.class, () -> CodeShape.ICD10.matches(null));
  }
}
