package io.hdx.model.valueset;

import io.hdx.model.Confidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.model.ValidationException;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueSetRegistryTest {

  private static final ValueSetRegistry REGISTRY = ValueSetRegistry.standard();

  @Test
  void standard_indexesEveryReferenceOidPlusIdDocumentType() {
    // 82 OIDs of valueset-oids.csv less the 2 malformed ones (facts/valueset-oid-corrections.tsv)
    // + 2.16.156.10011.2.3.1.1 (身份证件类别代码表) + 32 OIDs bound only in the WS/T 483 specs (indexed without codes)
    assertEquals(113, REGISTRY.size());
    assertEquals(113, REGISTRY.oids().size());
    assertSame(REGISTRY, ValueSetRegistry.standard());
    for (String oid : REGISTRY.oids()) {
      ValueSet s = REGISTRY.findByOid(oid).get();
      assertEquals(oid, s.oid());
      assertFalse(s.name().isEmpty());
      assertSame(s, REGISTRY.findByOid(oid).get(), "loaded once");
      for (Concept c : s.concepts()) {
        assertEquals(oid, c.codeSystem());
        assertEquals(s.name(), c.codeSystemName());
      }
    }
  }

  @ParameterizedTest
  @CsvSource({
      "2.16.156.10011.2.3.3.4, 生理性别代码表(GB/T 2261.1), COMPLETE, 6",
      "2.16.156.10011.2.3.3.5, 婚姻状况代码表(GB/T 2261.2), COMPLETE, 8",
      "2.16.156.10011.2.3.3.3, 民族类别代码表(GB/T 3304), COMPLETE, 58",
      "2.16.156.10011.2.3.3.13, 从业状况(个人身体)代码表(GB/T 2261.4), COMPLETE, 13",
      "2.16.156.10011.2.3.1.1, 身份证件类别代码表, COMPLETE, 8",
      "2.16.156.10011.2.3.1.85, ABO血型代码表, COMPLETE, 5",
      "2.16.156.10011.2.3.1.250, Rh(D)血型代码表, COMPLETE, 4",
      "2.16.156.10011.2.3.1.269, 医疗付费方式代码表, COMPLETE, 9",
      "2.16.156.10011.2.3.3.6, 学历代码表(GB/T 4658), PARTIAL, 10",
      "2.16.156.10011.2.3.3.8, 家庭关系代码表(GB/T 4761), PARTIAL, 2"})
  void findByOid_referenceSets(String oid, String name, Completeness completeness, int size) {
    ValueSet s = REGISTRY.findByOid(oid).get();
    assertEquals(name, s.name());
    assertEquals(completeness, s.completeness());
    assertEquals(size, s.size());
  }

  @ParameterizedTest
  @CsvSource({
      "CV02.01.101, 2.16.156.10011.2.3.1.1", "cv02.01.101, 2.16.156.10011.2.3.1.1",
      "CV04.50.005, 2.16.156.10011.2.3.1.85", "CV04.50.020, 2.16.156.10011.2.3.1.250",
      "CV07.10.005, 2.16.156.10011.2.3.1.269", "GB/T 2261.1, 2.16.156.10011.2.3.3.4",
      "GB/T 2261.1-2003, 2.16.156.10011.2.3.3.4", "GB/T 2261.2-2003, 2.16.156.10011.2.3.3.5",
      "GB 3304-1991, 2.16.156.10011.2.3.3.3", "GB/T 4761-2008, 2.16.156.10011.2.3.3.8"})
  void findByValueDomainId_ws364AndGbIds(String id, String oid) {
    assertEquals(oid, REGISTRY.findByValueDomainId(id).get().oid());
    assertEquals(oid, REGISTRY.find(id).get().oid());
  }

  @Test
  void find_byOid_andLookup() {
    ValueSet sex = REGISTRY.get("2.16.156.10011.2.3.3.4");
    assertEquals("男性", sex.lookup("1").get().displayName());
    assertEquals("01", REGISTRY.get("CV02.01.101").lookup("01").get().code());
    assertEquals("汉族", REGISTRY.get("2.16.156.10011.2.3.3.3").lookup("01").get().displayName());
    assertEquals("外国血统中国籍人士",
        REGISTRY.get("2.16.156.10011.2.3.3.3").lookup("98").get().displayName());
    assertEquals("城镇职工基本医疗保险",
        REGISTRY.get("2.16.156.10011.2.3.1.269").lookup("01").get().displayName());
  }

  @Test
  void find_partialSetWithExamples_unknownMembership() {
    ValueSet route = REGISTRY.get("2.16.156.10011.2.3.1.158");
    assertEquals(Completeness.PARTIAL, route.completeness());
    assertEquals("口服", route.lookup("1").get().displayName());
    assertEquals(Membership.UNKNOWN, route.membership("2"));
  }

  @Test
  void find_lowConfidenceSet_indexedWithoutCodes() {
    ValueSet icd = REGISTRY.get("2.16.156.10011.2.3.3.11");
    assertEquals(Confidence.LOW, icd.confidence());
    assertEquals(0, icd.size());
    assertEquals(Completeness.PARTIAL, icd.completeness());
  }

  @Test
  void get_unknown_throwsVs0001WithoutTheKey() {
    ValidationException e =
        assertThrows(ValidationException.class, () -> REGISTRY.get("2.16.156.10011.2.3.9.999"));
    assertEquals("VS-0001", e.errorCode());
    assertFalse(e.getMessage().contains("2.16.156.10011.2.3.9.999"));
    assertEquals(Optional.empty(), REGISTRY.find("CV99.99.999"));
    assertEquals(Optional.empty(), REGISTRY.findByOid("CV02.01.101"));
  }

  @Test
  void of_customSets_lookupByOidAndDomain() {
    ValueSet rh = ValueSetTest.rh().build();
    ValueSetRegistry custom = ValueSetRegistry.of(Arrays.asList(rh));
    assertEquals(1, custom.size());
    assertSame(rh, custom.get("CV04.50.020"));
    assertSame(rh, custom.get("2.16.156.10011.2.3.1.250"));
    assertThrows(IllegalArgumentException.class, () -> ValueSetRegistry.of(Arrays.asList(rh, rh)));
    assertThrows(IllegalArgumentException.class, () -> ValueSetRegistry.of(Arrays.asList(rh,
        rh.toBuilder().oid("2.16.156.10011.2.3.1.251").build())));
    assertTrue(custom.toString().contains("1 value sets"));
  }

  @Test
  void domainKey_normalizesGbNumbers() {
    assertEquals(ValueSetRegistry.domainKey("GB/T 2261.1-2003"),
        ValueSetRegistry.domainKey("gb 2261.1"));
    assertEquals("CV02.01.101", ValueSetRegistry.domainKey(" cv02.01.101 "));
  }
}
