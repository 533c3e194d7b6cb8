package io.hdx.model.valueset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.model.valueset.AdministrativeDivision.Level;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdministrativeDivisionsTest {
  private final AdministrativeDivisions divisions = AdministrativeDivisions.bundled();

  @Test
  void bundled_isOneInstance_ofThe2021Edition() {
    assertSame(divisions, AdministrativeDivisions.bundled());
    assertEquals("2021", divisions.edition());
    assertEquals(3208, divisions.current().size()); // rows of cn/GB2260 mca/202112.tsv
    assertEquals(3208 + 808, divisions.all().size());
  }

  @Test
  void counts_perLevel_ofTheCurrentEdition() {
    int provinces = 0;
    int prefectures = 0;
    for (AdministrativeDivision division : divisions.current()) {
      if (division.level() == Level.PROVINCE) {
        provinces++;
      } else if (division.level() == Level.PREFECTURE) {
        prefectures++;
      }
    }
    assertEquals(34, provinces); // 31 mainland + 台湾省, 香港, 澳门
    assertEquals(333, prefectures); // MCA 2021: 333 prefecture-level divisions
    // MCA 2021 counts 2843 county-level divisions; the code list has no rows for 三沙市's two
    // districts (西沙区, 南沙区), hence 2841
    assertEquals(2841, divisions.current().size() - provinces - prefectures);
  }

  @Test
  void find_countyOfMunicipality_parentIsProvince() {
    AdministrativeDivision chaoyang = divisions.find("110105").get();
    assertEquals("朝阳区", chaoyang.name());
    assertEquals(Level.COUNTY, chaoyang.level());
    assertEquals("110000", chaoyang.parentCode().get()); // 110100 市辖区 is retired
    assertTrue(chaoyang.isCurrent());
    assertEquals("11", chaoyang.provincePrefix());
  }

  @Test
  void find_countyOfPrefecture_parentIsPrefecture() {
    assertEquals("130100", divisions.find("130102").get().parentCode().get());
    assertEquals("410000", divisions.find("419001").get().parentCode().get()); // 济源市, directly under 河南省
    AdministrativeDivision dongguan = divisions.find("441900").get();
    assertEquals(Level.PREFECTURE, dongguan.level());
    assertEquals("440000", dongguan.parentCode().get());
    assertFalse(divisions.find("110000").get().parentCode().isPresent());
  }

  @Test
  void retiredCodes_knownButNotCurrent() {
    assertTrue(divisions.isKnown("110103"));
    assertFalse(divisions.isCurrent("110103"));
    AdministrativeDivision chongwen = divisions.find("110103").get();
    assertEquals("崇文区", chongwen.name());
    assertFalse(chongwen.isCurrent());
    assertEquals("110100", chongwen.parentCode().get()); // a retired code may have a retired parent
    assertTrue(divisions.isKnown("513425")); // 会理县, became 513402 会理市 in 2021
    assertFalse(divisions.isCurrent("513425"));
    assertTrue(divisions.isCurrent("513402"));
  }

  @Test
  void unknownOrMalformed_notFound() {
    assertFalse(divisions.find("990101").isPresent());
    assertFalse(divisions.isKnown("440524")); // retired before 2002-12: not bundled
    assertFalse(divisions.isKnown("11010"));
    assertFalse(divisions.isCurrent("abcdef"));
    assertThrows(NullPointerException.class, () -> divisions.find(null));
  }

  @Test
  void province_ofAnyCodeWithKnownPrefix() {
    assertEquals("北京市", divisions.province("110105").get().name());
    assertEquals("广东省", divisions.province("440524").get().name());
    assertEquals("台湾省", divisions.province("710000").get().name());
    assertFalse(divisions.province("990101").isPresent());
    assertFalse(divisions.province("4405").isPresent());
    assertFalse(divisions.province("44052A").isPresent());
  }

  @Test
  void all_orderedByCode_andUnmodifiable() {
    List<AdministrativeDivision> all = divisions.all();
    for (int i = 1; i < all.size(); i++) {
      assertTrue(all.get(i - 1).code().compareTo(all.get(i).code()) < 0);
    }
    assertThrows(UnsupportedOperationException.class, () -> all.remove(0));
  }

  @Test
  void division_builder_equalsHashCodeAndValidation() {
    AdministrativeDivision a = AdministrativeDivision.builder().code("110105").name("朝阳区").parentCode("110000").build();
    assertEquals(a, a.toBuilder().build());
    assertEquals(a.hashCode(), a.toBuilder().build().hashCode());
    assertNotEquals(a, a.toBuilder().current(false).build());
    assertNotEquals(a, a.toBuilder().name("x").build());
    assertEquals(divisions.find("110105").get(), a);
    assertEquals("AdministrativeDivision[110105 朝阳区 COUNTY]", a.toString());
    assertThrows(IllegalArgumentException.class, () -> AdministrativeDivision.builder().code("1101").name("x").build());
    assertThrows(IllegalArgumentException.class,
        () -> AdministrativeDivision.builder().code("110000").name("x").parentCode("100000").build());
    assertThrows(NullPointerException.class, () -> AdministrativeDivision.builder().code("110000").build());
    assertEquals(Level.PROVINCE, Level.ofCode("110000"));
    assertEquals(Level.PREFECTURE, Level.ofCode("130100"));
  }
}
