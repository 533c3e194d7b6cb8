package io.hdx.model.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.model.datatype.Hl7Type;
import io.hdx.model.datatype.InstanceIdentifier;
import io.hdx.model.document.Address;
import io.hdx.model.document.ClinicalDocument;
import io.hdx.model.document.Organization;
import io.hdx.model.document.Participant;
import io.hdx.model.document.Patient;
import io.hdx.model.spec.DocumentSpec;
import io.hdx.model.spec.DocumentSpecRegistry;
import io.hdx.model.spec.EntryShape;
import io.hdx.model.spec.HeaderElement;
import io.hdx.model.spec.ValuePosition;
import java.util.Arrays;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The layout's forms: how entry shapes, act slots and header elements are written (layout-acts/slots/header-elements.tsv). */
class FormsTest {

  @Test
  void actForm_everyShape_knownAnswers() {
    for (EntryShape shape : EntryShape.values()) {
      assertEquals(shape, DocumentLayout.actForm(shape).shape());
      assertEquals("EVN", DocumentLayout.actForm(shape).moodCode());
    }
    ActForm drug = DocumentLayout.actForm(EntryShape.SUBSTANCE_ADMINISTRATION);
    assertEquals("substanceAdministration", drug.element());
    assertEquals("SBADM", drug.classCode());
    assertEquals("entryRelationship", drug.nestedIn());
    assertEquals("COMP", drug.typeCode().get());
    assertFalse(drug.codeRequired());
    ActForm organizer = DocumentLayout.actForm(EntryShape.ORGANIZER_COMPONENT);
    assertEquals("BATTERY", organizer.classCode());
    assertEquals("component", organizer.nestedIn());
    assertFalse(organizer.typeCode().isPresent());
    assertTrue(organizer.hasStatusCode());
    assertEquals("SUBJ", DocumentLayout.actForm(EntryShape.ACT).typeCode().get());
    assertTrue(DocumentLayout.actForm(EntryShape.ACT).codeRequired());
  }

  @Test
  void actFormOf_elementNames_giveTheirShape_nestedObservationIsEntryRelationship() {
    assertEquals(EntryShape.OBSERVATION, DocumentLayout.actFormOf("observation", false).get().shape());
    assertEquals(EntryShape.ENTRY_RELATIONSHIP, DocumentLayout.actFormOf("observation", true).get().shape());
    assertEquals(EntryShape.PROCEDURE, DocumentLayout.actFormOf("procedure", true).get().shape());
    assertEquals(EntryShape.ORGANIZER_COMPONENT, DocumentLayout.actFormOf("organizer", false).get().shape());
    assertFalse(DocumentLayout.actFormOf("section", false).isPresent());
  }

  @Test
  void slotForm_drugName_pathTypeAndPlaceholder() {
    SlotForm name = DocumentLayout.slotForm(ValuePosition.DRUG_NAME);
    assertEquals(Arrays.asList("consumable", "manufacturedProduct", "manufacturedLabeledDrug", "name"), name.path());
    assertEquals("name", name.element());
    assertEquals(Hl7Type.ST, name.type());
    assertTrue(name.required());
    assertFalse(name.valueAttribute().isPresent());
    assertSame(name, DocumentLayout.slotFormAt("consumable", EntryShape.SUBSTANCE_ADMINISTRATION).get());
    assertFalse(DocumentLayout.slotFormAt("consumable", EntryShape.PROCEDURE).isPresent());
    assertEquals(Hl7Type.PQ, DocumentLayout.slotForm(ValuePosition.DOSE_QUANTITY).type());
    assertEquals("value", DocumentLayout.slotForm(ValuePosition.DOSE_QUANTITY).valueAttribute().get());
    assertThrows(IllegalArgumentException.class, () -> DocumentLayout.slotForm(ValuePosition.OBSERVATION));
  }

  @Test
  void slotForm_procedureCode_dataElementByCodeSystem() {
    SlotForm code = DocumentLayout.slotForm(ValuePosition.ACT_CODE);
    assertEquals("DE06.00.093.00", code.dataElement(EntryShape.PROCEDURE, "2.16.156.10011.2.3.3.12").get());
    assertEquals("DE06.00.073.00", code.dataElement(EntryShape.PROCEDURE, "2.16.156.10011.2.3.1.159").get());
    assertFalse(code.dataElement(EntryShape.PROCEDURE, "1.2.3").isPresent());
    assertFalse(code.dataElement(EntryShape.ACT, "2.16.156.10011.2.3.3.12").isPresent(), "only a procedure's code");
    assertEquals("DE06.00.134.00",
        DocumentLayout.slotForm(ValuePosition.ROUTE_CODE).dataElement(EntryShape.SUBSTANCE_ADMINISTRATION, null).get());
  }

  @Test
  void slotDataElement_specFirst_thenTheSamples() {
    DocumentLayout c0004 = DocumentLayout.standard("C0004").get();
    assertTrue(c0004.slotDataElement(null, EntryShape.SUBSTANCE_ADMINISTRATION, ValuePosition.DRUG_NAME, null)
        .isPresent());
    assertFalse(DocumentLayout.standard("X9999").isPresent());
    DocumentSpec spec = DocumentSpecRegistry.standard().byCode("C0004").get();
    assertSame(c0004, DocumentLayout.of(spec), "a standard spec's layout is shared");
  }

  @Test
  void codeSystem_dataSetItems_asTheSamplesWriteThem() {
    DocumentLayout c0033 = DocumentLayout.standard("C0033").get();
    assertEquals("2.16.156.10011.2.2.1",
        c0033.slot("11450-4", "HDSD00.12.099", ValuePosition.OBSERVATION).get().codeSystem().get());
    DocumentLayout c0032 = DocumentLayout.standard("C0032").get();
    assertEquals("2.16.156.10011.2.2.4",
        c0032.slot("48768-6", "HDSD00.11.142", ValuePosition.OBSERVATION).get().codeSystem().get());
    assertEquals("2.16.156.10011.2.2.1", c0033.codeSystemOf("HDSD00.12.099").get());
    assertEquals("2.16.156.10011.2.2.4", c0032.codeSystemOf("HDSD00.11.142").get());
    assertFalse(c0032.codeSystemOf("HDSD99.99.999").isPresent());
  }

  @Test
  void headerElements_pathAndOccurrences() {
    assertEquals("/ClinicalDocument/recordTarget/patientRole/addr", DocumentLayout.xpathOf(HeaderElement.PATIENT_ROLE_ADDR));
    assertEquals("/ClinicalDocument/author/assignedAuthor/representedOrganization",
        DocumentLayout.xpathOf(HeaderElement.AUTHOR_ORGANIZATION));
    Organization org = Organization.of(InstanceIdentifier.of("2.16.156.10011.1.5", "H1"), "医院");
    ClinicalDocument doc = ClinicalDocument.builder().templateId("2.16.156.10011.2.1.1.22").code("C0002")
        .patient(Patient.builder().name("测试").address(Address.builder().city("北京市").build()).build())
        .addAuthor(Participant.builder().name("甲").organization(org).build())
        .addAuthor(Participant.builder().name("乙").organization(org).build())
        .addAuthor(Participant.builder().name("丙").build()).build();
    assertEquals(OptionalInt.of(1), DocumentLayout.occurrences(doc, HeaderElement.PATIENT_ROLE_ADDR));
    assertEquals(OptionalInt.of(0), DocumentLayout.occurrences(doc, HeaderElement.PATIENT_BIRTH_TIME));
    assertEquals(OptionalInt.of(2), DocumentLayout.occurrences(doc, HeaderElement.AUTHOR_ORGANIZATION));
    assertEquals(OptionalInt.of(3), DocumentLayout.occurrences(doc, HeaderElement.AUTHOR));
    assertEquals(OptionalInt.of(0), DocumentLayout.occurrences(doc, HeaderElement.ENCOMPASSING_ENCOUNTER));
    assertFalse(DocumentLayout.occurrences(doc, HeaderElement.DATA_ENTERER).isPresent());
    for (HeaderElement e : HeaderElement.values()) {
      assertTrue(DocumentLayout.xpathOf(e).startsWith("/ClinicalDocument/"), e.path());
    }
  }
}
