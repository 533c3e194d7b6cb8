package io.hdx.model.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.model.datatype.Oids;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DocumentSpecRegistryTest {
  private final DocumentSpecRegistry registry = DocumentSpecRegistry.standard();

  @Test
  void standard_holdsEveryDocumentOfBothStandards() {
    assertEquals(53, registry.of(Standard.WST500).size());
    assertEquals(20, registry.of(Standard.WST483).size());
    assertEquals(73, registry.all().size());
  }

  @Test
  void wst500_templateIdsFollowThePartNumbering() {
    // WS/T 500: part n has templateId 2.16.156.10011.2.1.1.(20 + n) and code C00nn (wst500-documents.csv, HIGH)
    for (DocumentSpec spec : registry.of(Standard.WST500)) {
      assertEquals("2.16.156.10011.2.1.1." + (20 + spec.part()), spec.templateId(), spec.code());
      assertEquals(String.format("C%04d", spec.part()), spec.code());
      assertTrue(spec.codeConfidence().isConfirmed(), spec.code());
    }
  }

  @Test
  void byCodeAndByTemplateId_findTheSameSpec() {
    DocumentSpec outpatient = registry.byCode("C0002").get();
    assertEquals("门(急)诊病历", outpatient.titleZh());
    assertEquals(outpatient, registry.byTemplateId("2.16.156.10011.2.1.1.22").get());
    assertFalse(registry.byCode("C9999").isPresent());
  }

  @Test
  void everySpec_hasValidOidsUniqueSectionKeysAndWellFormedEntries() {
    for (DocumentSpec spec : registry.all()) {
      assertTrue(Oids.isValid(spec.templateId()), spec.code());
      Set<String> keys = new HashSet<>();
      int order = 0;
      for (SectionSpec section : spec.sections()) {
        assertTrue(keys.add(section.key()), spec.code() + " repeats section " + section.key());
        assertTrue(section.order() > order, spec.code() + " section order");
        order = section.order();
        for (EntrySpec entry : section.entries()) {
          assertTrue(entry.dataElement().matches("DE\\d{2}\\.\\d{2}\\.\\d{3}\\.\\d{2}|HDSD00\\.\\d{2}\\.\\d{3}"),
              spec.code() + " " + entry.dataElement());
          entry.valueSet().ifPresent(oid -> assertTrue(Oids.isValid(oid), oid));
          assertEquals(entry.valueSet().isPresent(), entry.binding().isPresent());
          assertEquals(entry.valueType().isCoded() || !entry.valueSet().isPresent(), true);
        }
      }
    }
  }

  @Test
  void everyWst500Spec_hasSectionsAndTheCdaR2HeaderMinimum() {
    for (DocumentSpec spec : registry.of(Standard.WST500)) {
      assertFalse(spec.sections().isEmpty(), spec.code());
      assertEquals(Cardinality.AT_LEAST_ONE, spec.header(HeaderElement.AUTHOR).get(0).cardinality());
      assertEquals(Cardinality.REQUIRED, spec.header(HeaderElement.CUSTODIAN).get(0).cardinality());
    }
  }

  @Test
  void copyPastedValueSetOids_areNotBound() {
    // The ABO blood-type OID appears under 诊断代码 in the C0002 sample, named 诊断代码表(ICD-10): a copy-paste error
    // (SOURCES.md) that the other samples contradict, so import_specs.py binds nothing.
    EntrySpec diagnosis = registry.byCode("C0002").get().section("29548-5").get().entry("DE05.01.024.00").get();
    assertFalse(diagnosis.valueSet().isPresent());
    assertFalse(diagnosis.binding().isPresent());
    EntrySpec itemType = registry.byCode("C0002").get().section("46209-3").get().entry("DE06.00.289.00").get();
    // 医嘱项目类型 is not the Rh(D) table (2.16.156.10011.2.3.1.250): the sample's table name and the element's
    // bindings in the other documents name 2.16.156.10011.2.3.1.268, bound as an EXAMPLE only
    assertEquals("2.16.156.10011.2.3.1.268", itemType.valueSet().get());
    assertEquals(BindingStrength.EXAMPLE, itemType.binding().get());
  }

  @Test
  void copyPastedIcd10Oid_underTcmDiseaseCode_reboundToGbt15657() {
    // C0034/C0035/C0036 write 中医病名代码 with the ICD-10 OID 2.16.156.10011.2.3.3.11.3 but name the table
    // 中医病症分类与代码表(GB/T 15657); every other document binds DE05.10.130.00 to 2.16.156.10011.2.3.3.14
    for (String[] at : new String[][] {{"C0034", "11450-4"}, {"C0035", "46241-6"}, {"C0036", "46241-6"}}) {
      EntrySpec tcm = registry.byCode(at[0]).get().section(at[1]).get().entry("DE05.10.130.00").get();
      assertEquals("2.16.156.10011.2.3.3.14", tcm.valueSet().get(), at[0]);
      assertEquals(BindingStrength.EXAMPLE, tcm.binding().get(), at[0]);
    }
  }

  @Test
  void malformedValueSetOids_readAsTheirCorrection() {
    // 2.16.156.10011.2.3.3.1.265 is a typo of 2.16.156.10011.2.3.1.265 (离院方式代码表) in one corpus
    EntrySpec discharge = registry.byCode("C0032").get().section("11535-2").get().entry("DE06.00.223.00").get();
    assertEquals("2.16.156.10011.2.3.1.265", discharge.valueSet().get());
    for (DocumentSpec spec : registry.all()) {
      for (SectionSpec section : spec.sections()) {
        for (EntrySpec entry : section.entries()) {
          entry.valueSet().ifPresent(oid -> assertFalse(oid.startsWith("2.16.156.10011.2.3.3.1."), oid));
        }
      }
    }
  }

  @Test
  void bodyCardinalities_areInferredNotStated() {
    for (DocumentSpec spec : registry.all()) {
      for (SectionSpec section : spec.sections()) {
        assertFalse(section.cardinalitySource().isPresent(), spec.code());
        for (EntrySpec entry : section.entries()) {
          assertFalse(entry.cardinalitySource().isPresent(), spec.code());
        }
      }
    }
  }

  @Test
  void unconfirmedFacts_nameWhatIsNotConfirmed() {
    DocumentSpec outpatientSummary = registry.of(Standard.WST483).get(16);
    assertTrue(outpatientSummary.unconfirmedFacts().stream().anyMatch(f -> f.startsWith("templateId")));
  }

  @Test
  void of_duplicateCodes_rejected() {
    DocumentSpec spec = registry.byCode("C0001").get();
    assertThrows(IllegalArgumentException.class, () -> DocumentSpecRegistry.of(Arrays.asList(spec, spec)));
  }

  @Test
  void cardinality_parseAndPrint_roundTrip() {
    for (String text : Arrays.asList("0..1", "1..1", "0..*", "1..*", "2..5")) {
      assertEquals(text, Cardinality.parse(text).toString());
    }
    assertEquals(Cardinality.REQUIRED, Cardinality.parse("1"));
    assertThrows(IllegalArgumentException.class, () -> Cardinality.parse("2..1"));
    assertThrows(IllegalArgumentException.class, () -> Cardinality.parse("x..1"));
    assertTrue(Cardinality.ANY.allows(7));
    assertFalse(Cardinality.REQUIRED.allows(0));
  }

  @Test
  void entries_typeTheSecondRenderingWrites_acceptedBesideTheSpecType() {
    EntrySpec roomNumber = DocumentSpecRegistry.standard().byCode("C0019").get().section("47519-4").get().entries()
        .stream().filter(e -> e.dataElement().equals("DE06.00.256.00")).findFirst().get();
    org.junit.jupiter.api.Assertions.assertEquals(io.hdx.model.datatype.Hl7Type.BL, roomNumber.valueType());
    org.junit.jupiter.api.Assertions.assertEquals(java.util.EnumSet.of(io.hdx.model.datatype.Hl7Type.ST),
        roomNumber.alsoTypes());
    org.junit.jupiter.api.Assertions.assertTrue(roomNumber.accepts(io.hdx.model.datatype.Hl7Type.ST));
    org.junit.jupiter.api.Assertions.assertFalse(roomNumber.accepts(io.hdx.model.datatype.Hl7Type.PQ));
    org.junit.jupiter.api.Assertions.assertEquals(roomNumber, roomNumber.toBuilder().build());
    org.junit.jupiter.api.Assertions.assertNotEquals(roomNumber,
        roomNumber.toBuilder().alsoTypes(java.util.EnumSet.noneOf(io.hdx.model.datatype.Hl7Type.class)).build());
  }
}
