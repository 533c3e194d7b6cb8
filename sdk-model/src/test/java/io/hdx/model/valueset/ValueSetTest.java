package io.hdx.model.valueset;

import io.hdx.model.Confidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.model.ValidationException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValueSetTest {

  static ValueSet.Builder rh() {
    return ValueSet.builder().oid("2.16.156.10011.2.3.1.250").name("Rh(D)血型代码表")
        .valueDomainId("CV04.50.020").completeness(Completeness.COMPLETE)
        .confidence(Confidence.HIGH).concept("1", "阴性").concept("2", "阳性");
  }

  @Test
  void build_fieldsAndConcepts_readBack() {
    ValueSet s = rh().build();
    assertEquals("2.16.156.10011.2.3.1.250", s.oid());
    assertEquals("Rh(D)血型代码表", s.name());
    assertEquals(Optional.of("CV04.50.020"), s.valueDomainId());
    assertTrue(s.isComplete());
    assertEquals(Confidence.HIGH, s.confidence());
    assertEquals(2, s.size());
    assertEquals(Concept.of("2", "阳性", "2.16.156.10011.2.3.1.250", "Rh(D)血型代码表"),
        s.lookup("2").get());
    assertEquals("1", s.concepts().get(0).code());
    assertThrows(UnsupportedOperationException.class, () -> s.concepts().clear());
  }

  @Test
  void lookupContainsMembership_completeSet() {
    ValueSet s = rh().build();
    assertTrue(s.contains("1"));
    assertFalse(s.contains("01"));
    assertEquals(Optional.empty(), s.lookup("9"));
    assertEquals(Membership.MEMBER, s.membership("1"));
    assertEquals(Membership.NOT_MEMBER, s.membership("9"));
  }

  @Test
  void membership_partialSet_unknownForMissingCode() {
    ValueSet s = rh().completeness(Completeness.PARTIAL).build();
    assertEquals(Membership.UNKNOWN, s.membership("9"));
    assertEquals(Membership.MEMBER, s.membership("2"));
  }

  @Test
  void require_missingCode_throwsVs0002WithoutCode() {
    ValueSet s = rh().build();
    assertEquals("阴性", s.concept("1").displayName());
    ValidationException e = assertThrows(ValidationException.class, () -> s.concept("97531"));
    assertEquals("VS-0002", e.errorCode());
    assertFalse(e.getMessage().contains("97531"));
    assertTrue(e.getMessage().contains("2.16.156.10011.2.3.1.250"));
  }

  @Test
  void build_invalid_rejected() {
    assertThrows(IllegalArgumentException.class, () -> rh().concept("1", "再来").build());
    assertThrows(IllegalArgumentException.class, () -> rh().oid("2.16.156.x").build());
    assertThrows(IllegalArgumentException.class, () -> rh().oid("2.16.01").build());
    assertThrows(IllegalArgumentException.class, () -> rh().name("").build());
    assertThrows(NullPointerException.class, () -> ValueSet.builder().oid("1.2").name("x")
        .confidence(Confidence.LOW).build());
    assertThrows(NullPointerException.class, () -> ValueSet.builder().oid("1.2").name("x")
        .completeness(Completeness.PARTIAL).build());
  }

  @Test
  void equalsHashCode_overAllFields() {
    ValueSet a = rh().build();
    assertEquals(a, rh().build());
    assertEquals(a.hashCode(), rh().build().hashCode());
    assertEquals(a, a.toBuilder().build());
    assertNotEquals(a, a.toBuilder().oid("2.16.156.10011.2.3.1.251").build());
    assertNotEquals(a, a.toBuilder().name("Rh血型代码表").build());
    assertNotEquals(a, a.toBuilder().valueDomainId(null).build());
    assertNotEquals(a, a.toBuilder().completeness(Completeness.PARTIAL).build());
    assertNotEquals(a, a.toBuilder().confidence(Confidence.LOW).build());
    assertNotEquals(a, a.toBuilder().concept("3", "不详").build());
    assertNotEquals(a, "2.16.156.10011.2.3.1.250");
    assertTrue(a.toString().contains("CV04.50.020"));
  }
}
