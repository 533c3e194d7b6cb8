package io.hdx.model.dataset;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.model.ValidationException;
import io.hdx.model.Confidence;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DataElementTest {

  static DataElement.Builder birthDate() {
    return DataElement.builder().code("DE02.01.005.01").nameZh("出生日期")
        .dataType(Ws363DataType.D).format(RepresentationFormat.parse("D8"))
        .source("test").confidence(Confidence.MEDIUM);
  }

  @Test
  void build_allFields_readBack() {
    DataElement e = birthDate().valueDomain("CV00.00.000").valueSetOid("2.16.156.10011.2.3.9.9")
        .build();
    assertEquals(DataElementCode.parse("DE02.01.005.01"), e.code());
    assertEquals("出生日期", e.nameZh());
    assertEquals(Optional.of(Ws363DataType.D), e.dataType());
    assertEquals(Optional.of(RepresentationFormat.parse("D8")), e.format());
    assertEquals(Optional.of("CV00.00.000"), e.valueDomain());
    assertEquals(Optional.of("2.16.156.10011.2.3.9.9"), e.valueSetOid());
    assertEquals("test", e.source());
    assertEquals(Confidence.MEDIUM, e.confidence());
  }

  @Test
  void build_unknownTypeAndFormat_emptyAndCheckNotPossible() {
    DataElement e = DataElement.builder().code("DE04.01.119.00").nameZh("主诉").source("test")
        .confidence(Confidence.MEDIUM).valueDomain("").build();
    assertEquals(Optional.empty(), e.dataType());
    assertEquals(Optional.empty(), e.format());
    assertEquals(Optional.empty(), e.valueDomain());
    assertEquals(Optional.empty(), e.check("发热3天"));
    assertDoesNotThrow(() -> e.validate("发热3天"));
  }

  @Test
  void build_missingRequired_throwsNpe() {
    assertThrows(NullPointerException.class,
        () -> DataElement.builder().nameZh("x").source("s").confidence(Confidence.LOW).build());
    assertThrows(NullPointerException.class,
        () -> DataElement.builder().code("DE02.01.039.00").source("s").confidence(Confidence.LOW)
            .build());
    assertThrows(NullPointerException.class,
        () -> DataElement.builder().code("DE02.01.039.00").nameZh("x").confidence(Confidence.LOW)
            .build());
    assertThrows(NullPointerException.class,
        () -> DataElement.builder().code("DE02.01.039.00").nameZh("x").source("s").build());
    assertThrows(IllegalArgumentException.class,
        () -> DataElement.builder().code("DE02.01.039.00").nameZh("").source("s")
            .confidence(Confidence.LOW).build());
    assertThrows(ValidationException.class, () -> DataElement.builder().code("DE2.1.39.0"));
  }

  @Test
  void check_delegatesToFormat_perNotation() {
    DataElement admission = DataElement.builder().code("DE06.00.092.00").nameZh("入院日期时间")
        .format(RepresentationFormat.parse("DT15")).source("test").confidence(Confidence.LOW)
        .build();
    assertTrue(admission.check("20130216T131400").get().isOk());
    assertFalse(admission.check("20130216131400").get().isOk());
    assertTrue(admission.check("20130216131400", ValueNotation.HL7_V3).get().isOk());
  }

  @Test
  void validate_badValue_throwsDe0101NamingElementAndRuleNotValue() {
    DataElement e = birthDate().build();
    assertDoesNotThrow(() -> e.validate("19800229"));
    ValidationException ex = assertThrows(ValidationException.class, () -> e.validate("19810229"));
    assertEquals("DE-0101", ex.errorCode());
    assertTrue(ex.getMessage().startsWith("DE-0101 DE02.01.005.01 出生日期: not a real date"),
        ex.getMessage());
    assertFalse(ex.getMessage().contains("19810229"));
  }

  @Test
  void equalsHashCode_overAllFields() {
    DataElement a = birthDate().build();
    assertEquals(a, birthDate().build());
    assertEquals(a.hashCode(), birthDate().build().hashCode());
    assertEquals(a, a.toBuilder().build());
    assertNotEquals(a, a.toBuilder().code("DE02.01.005.00").build());
    assertNotEquals(a, a.toBuilder().nameZh("生日").build());
    assertNotEquals(a, a.toBuilder().dataType(null).build());
    assertNotEquals(a, a.toBuilder().format(RepresentationFormat.parse("DT15")).build());
    assertNotEquals(a, a.toBuilder().valueDomain("CV1").build());
    assertNotEquals(a, a.toBuilder().valueSetOid("1.2").build());
    assertNotEquals(a, a.toBuilder().source("other").build());
    assertNotEquals(a, a.toBuilder().confidence(Confidence.HIGH).build());
    assertNotEquals(a, "DE02.01.005.01");
  }

  @Test
  void toString_showsCodeNameTypeFormat() {
    assertEquals("DataElement{DE02.01.005.01 出生日期 D D8 MEDIUM}", birthDate().build().toString());
  }
}
