package io.hdx.model.valueset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.model.datatype.CodedValue;
import io.hdx.model.spec.DocumentSpec;
import io.hdx.model.spec.SectionSpec;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CodeSystemsTest {

  @Test
  void all_oidsDistinct_andFindable() {
    Set<String> oids = new HashSet<>();
    for (CodeSystem system : CodeSystems.all()) {
      assertTrue(oids.add(system.oid()), system.oid());
      assertEquals(system, CodeSystems.find(system.oid()).get());
    }
    assertFalse(CodeSystems.find("1.2.3").isPresent());
  }

  /** Every code-table constant is a value set the registry indexes, under the same name: one name everywhere. */
  @Test
  void codeTables_areInTheRegistry_underTheSameName() {
    int checked = 0;
    for (CodeSystem system : CodeSystems.all()) {
      if (system.oid().startsWith("2.16.156.10011.2.3.")) {
        ValueSet set = ValueSetRegistry.standard().get(system);
        assertEquals(system.name(), set.name(), system.oid());
        checked++;
      }
    }
    assertEquals(14, checked);
  }

  @Test
  void constants_agreeWithTheOtherConstantsOfTheModel() {
    assertEquals(Sex.CODE_SYSTEM, CodeSystems.GBT2261_1.oid());
    assertEquals(Sex.CODE_SYSTEM_NAME, CodeSystems.GBT2261_1.name());
    assertEquals(MaritalStatus.CODE_SYSTEM, CodeSystems.GBT2261_2.oid());
    assertEquals(DocumentSpec.DOCUMENT_CODE_SYSTEM, CodeSystems.DOCUMENT_TYPE.oid());
    assertEquals(DocumentSpec.DATA_ELEMENT_CODE_SYSTEM, CodeSystems.DATA_ELEMENT.oid());
    assertEquals(DocumentSpec.DATA_SET_ITEM_CODE_SYSTEM, CodeSystems.DATA_SET_ITEM.oid());
    assertEquals(SectionSpec.LOINC, CodeSystems.LOINC.oid());
  }

  @Test
  void shapes_onlyForTheTablesHdxCannotShip() {
    for (CodeSystem system : CodeSystems.all()) {
      boolean icd = system.name().contains("ICD");
      assertEquals(icd, system.shape().isPresent(), system.oid());
    }
    assertEquals(CodeShape.ICD9CM3, CodeSystems.ICD9CM3.shape().get());
    assertTrue(CodeSystems.ICD10_DIAGNOSIS.shape().get().matches("I10"));
  }

  @Test
  void registryLookup_byCodeSystem_findsTheConcept() {
    assertEquals("已婚", ValueSetRegistry.standard().get(CodeSystems.GBT2261_2).concept("20").displayName());
    assertEquals("男性", ValueSetRegistry.standard().get(CodeSystems.GBT2261_1).concept("1").displayName());
  }

  @Test
  void codedValue_fromCodeSystem_carriesOidAndName() {
    CodedValue dx = CodedValue.builder().code("I10").codeSystem(CodeSystems.ICD10_DIAGNOSIS).build();
    assertEquals("2.16.156.10011.2.3.3.11.1", dx.codeSystem());
    assertEquals("诊断代码表(ICD-10)", dx.codeSystemName());
  }

  @Test
  void builder_valueType() {
    CodeSystem local = CodeSystem.builder().oid("1.2.156.999.1").name("本院科室代码").standard("local").build();
    assertEquals(local, local.toBuilder().build());
    assertEquals(local.hashCode(), local.toBuilder().build().hashCode());
    assertNotEquals(local, local.toBuilder().shape(CodeShape.ICD10).build());
    assertFalse(local.shape().isPresent());
    assertTrue(local.toString().contains("1.2.156.999.1"));
    assertThrows(IllegalArgumentException.class, () -> local.toBuilder().oid("x").build());
    assertThrows(IllegalArgumentException.class, () -> local.toBuilder().name(" ").build());
    assertThrows(NullPointerException.class, () -> CodeSystem.builder().oid("1.2").name("n").build());
  }
}
