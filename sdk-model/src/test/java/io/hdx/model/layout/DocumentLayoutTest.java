package io.hdx.model.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.model.datatype.InstanceIdentifier;
import io.hdx.model.datatype.PointInTime;
import io.hdx.model.datatype.Text;
import io.hdx.model.document.Address;
import io.hdx.model.document.ClinicalDocument;
import io.hdx.model.document.Entry;
import io.hdx.model.document.Organization;
import io.hdx.model.document.Participant;
import io.hdx.model.document.Patient;
import io.hdx.model.document.Section;
import io.hdx.model.spec.Cardinality;
import io.hdx.model.spec.DocumentSpec;
import io.hdx.model.spec.DocumentSpecRegistry;
import io.hdx.model.spec.EntrySpec;
import io.hdx.model.spec.SectionSpec;
import io.hdx.model.spec.ValuePosition;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocumentLayoutTest {
  private static final DocumentSpec C0034 = DocumentSpecRegistry.standard().byCode("C0034").get();

  @Test
  void of_everySpec_everyDatumHasCategoryPathAndJsonName() {
    assertEquals(73, DocumentSpecRegistry.standard().all().size());
    for (DocumentSpec spec : DocumentSpecRegistry.standard().all()) {
      DocumentLayout layout = DocumentLayout.of(spec);
      assertEquals(158, layout.header().size(), spec.code());
      for (Datum d : layout.data()) {
        assertNotNull(d.category(), d.name());
        assertTrue(d.xpath().startsWith("/ClinicalDocument/"), d.xpath());
        assertTrue(d.jsonName().startsWith("/"), d.jsonName());
      }
      for (SectionSpec section : spec.sections()) {
        for (EntrySpec entry : section.entries()) {
          Datum d = layout.slot(section.key(), entry.dataElement(), entry.position()).get();
          // listed in layout-body.tsv, not made up for an unlisted slot
          assertFalse(d.xpath().contains("/entry//"), spec.code() + " " + entry.dataElement());
          assertEquals(entry.dataElement(), d.dataElement().get());
          assertEquals(entry.cardinality(), d.cardinality());
        }
      }
    }
  }

  @Test
  void header_c0034_categoriesAndCardinalitiesFromTheSpec() {
    Map<String, Datum> header = new HashMap<>();
    for (Datum d : DocumentLayout.of(C0034).header()) {
      header.put(d.name(), d);
    }
    assertEquals(PersonalDataCategory.DIRECT, header.get("patient.name").category());
    assertEquals(PersonalDataCategory.DIRECT, header.get("patient.residentId").category());
    assertEquals(PersonalDataCategory.DIRECT, header.get("patient.ids").category());
    assertEquals(PersonalDataCategory.DIRECT, header.get("patient.telecom").category());
    assertEquals(PersonalDataCategory.QUASI, header.get("patient.birthTime").category());
    assertEquals(PersonalDataCategory.QUASI, header.get("patient.gender").category());
    assertEquals(PersonalDataCategory.QUASI, header.get("patient.address.county").category());
    assertEquals(PersonalDataCategory.DIRECT, header.get("patient.address.streetName").category());
    assertEquals(PersonalDataCategory.QUASI, header.get("encounter.effectiveTime").category());
    assertEquals(PersonalDataCategory.NONE, header.get("custodian.name").category());
    assertEquals(Cardinality.ANY, header.get("author.id").cardinality()); // a part of author 1..*
    assertEquals("DE02.01.039.00", header.get("patient.name").dataElement().get());
    assertEquals("/ClinicalDocument/recordTarget/patientRole/patient/name", header.get("patient.name").xpath());
    assertEquals("/patient/name", header.get("patient.name").jsonName());
    assertEquals(Cardinality.REQUIRED, header.get("document.id").cardinality());
    assertEquals(Cardinality.OPTIONAL, header.get("custodian.id").cardinality()); // a part of custodian 1..1
    assertEquals(Cardinality.OPTIONAL, header.get("patient.name").cardinality()); // C0034: patient.name 0..1
    assertEquals(PersonalDataCategory.QUASI.clause().get(), "GB/T 37964-2019 §3.8 (clause number unconfirmed)");
    assertFalse(PersonalDataCategory.NONE.clause().isPresent());
  }

  @Test
  void groups_c0034_diagnosisNameCodeAndRankAreOneGroup() {
    DatumGroup diagnosis = null;
    for (DatumGroup g : DocumentLayout.of(C0034).groups()) {
      if (g.sectionKey().equals("11450-4") && g.name().equals("DE05.01.025.00")) {
        diagnosis = g;
      }
    }
    assertNotNull(diagnosis);
    List<String> members = new ArrayList<>();
    for (Datum d : diagnosis.members()) {
      members.add(d.dataElement().get());
    }
    assertEquals(java.util.Arrays.asList("DE05.01.025.00", "DE05.01.024.00", "DE05.01.080.00"), members);
    Datum code = DocumentLayout.of(C0034).slot("11450-4", "DE05.01.024.00", ValuePosition.OBSERVATION).get();
    assertEquals("/ClinicalDocument/component/structuredBody/component/section[code/@code='11450-4']/entry/"
        + "observation[code/@code='DE05.01.025.00']/entryRelationship/observation[code/@code='DE05.01.024.00']/value",
        code.xpath());
    assertEquals("CD", code.type());
  }

  @Test
  void walk_handBuiltDocument_everyValueWithItsPointerAndCategory() {
    Organization hospital = Organization.of(InstanceIdentifier.of("2.16.156.10011.1.5", "H1"), "医院");
    Organization ward = Organization.builder().id(InstanceIdentifier.of("2.16.156.10011.1.27", "W1")).name("病区")
        .partOf(hospital).build();
    ClinicalDocument doc = ClinicalDocument.builder().templateId(C0034.templateId()).code("C0034")
        .id(InstanceIdentifier.of("2.16.156.10011.1.1", "D1")).effectiveTime(PointInTime.of(LocalDate.of(2024, 1, 1)))
        .patient(Patient.builder().name("测试患者").address(Address.builder().county("朝阳区").streetName("某街").build())
            .employer(Organization.builder().name("单位").partOf(ward).build()).build())
        .addAuthor(Participant.builder().name("医生甲").build())
        .addAuthor(Participant.builder().name("医生乙").build())
        .custodian(hospital)
        .addSection(Section.builder().code("10154-3").displayName("CHIEF COMPLAINT").text("叙述")
            .addEntry(Entry.of("DE04.01.119.00", Text.of("主诉"))).build())
        .build();
    Map<String, LayoutValue> byPointer = new HashMap<>();
    for (LayoutValue v : DocumentLayout.of(C0034).walk(doc)) {
      assertEquals(null, byPointer.put(v.pointer(), v), v.pointer());
    }
    assertEquals(PersonalDataCategory.DIRECT, byPointer.get("/patient/name").category());
    assertEquals(PersonalDataCategory.QUASI, byPointer.get("/patient/address/county").category());
    assertEquals(PersonalDataCategory.DIRECT, byPointer.get("/patient/address/streetName").category());
    assertEquals(PersonalDataCategory.DIRECT, byPointer.get("/authors/1/name").category());
    assertEquals(Text.of("医院"), byPointer.get("/patient/employer/partOf/partOf/name").value());
    assertEquals(PersonalDataCategory.SENSITIVE, byPointer.get("/sections/0/text").category());
    LayoutValue complaint = byPointer.get("/sections/0/entries/0/value");
    assertEquals(PersonalDataCategory.SENSITIVE, complaint.category());
    assertEquals("DE04.01.119.00", complaint.dataElement().get());
    assertTrue(complaint.path().endsWith("observation[code/@code='DE04.01.119.00']/value"), complaint.path());
    assertFalse(byPointer.get("/patient/name").toString().contains("测试"));
    assertEquals(21, byPointer.size(), byPointer.keySet().toString());
  }

  @Test
  void walk_unlistedDataElement_getsItsCategoryByCode() {
    ClinicalDocument doc = ClinicalDocument.builder().templateId(C0034.templateId()).code("C0034")
        .addSection(Section.builder().code("10154-3").displayName("CHIEF COMPLAINT")
            .addEntry(Entry.of("DE01.00.014.00", Text.of("ZY1")))
            .addEntry(Entry.of("DE06.00.999.99", PointInTime.of(LocalDate.of(2024, 1, 1)))).build())
        .build();
    List<LayoutValue> values = DocumentLayout.of(C0034).walk(doc);
    assertEquals(PersonalDataCategory.DIRECT, values.get(values.size() - 2).category());
    assertEquals(PersonalDataCategory.QUASI, values.get(values.size() - 1).category());
  }

  @Test
  void groupRootedBy_c0034_diagnosisHeadActAndOrganizerAreRootsAndADetailIsNot() {
    DocumentLayout layout = DocumentLayout.of(C0034);
    Entry diagnosis = Entry.of("DE05.01.025.00", Text.of("diagnosis"));
    assertEquals(java.util.Optional.of("DE05.01.025.00"), layout.groupRootedBy("11450-4", diagnosis));
    // the code is a member of the diagnosis group, not the head of one
    assertFalse(layout.groupRootedBy("11450-4", Entry.of("DE05.01.024.00", Text.of("code"))).isPresent());
    // a group head of one section is no root in a section that has no such group
    assertFalse(layout.groupRootedBy("no-such-section", diagnosis).isPresent());
    Entry drug = Entry.builder().shape(io.hdx.model.spec.EntryShape.SUBSTANCE_ADMINISTRATION)
        .addComponent(Entry.of("DE08.50.022.00", Text.of("drug"))).build();
    assertEquals(java.util.Optional.of("SUBSTANCE_ADMINISTRATION"), layout.groupRootedBy("11450-4", drug));
    Entry organizer = Entry.builder().shape(io.hdx.model.spec.EntryShape.ORGANIZER_COMPONENT)
        .addComponent(Entry.of("DE04.10.174.00", Text.of("x"))).build();
    assertEquals(java.util.Optional.of(DatumGroup.ORGANIZER), layout.groupRootedBy("11450-4", organizer));
  }

  @Test
  void headerCodeSystem_codedPatientFields_gbtTablesFromSpecData() {
    assertEquals("2.16.156.10011.2.3.3.4", DocumentLayout.headerCodeSystem("patient.gender").get());
    assertEquals("2.16.156.10011.2.3.3.5", DocumentLayout.headerCodeSystem("patient.maritalStatus").get());
    assertEquals("2.16.156.10011.2.3.3.3", DocumentLayout.headerCodeSystem("patient.ethnicGroup").get());
    assertEquals("2.16.156.10011.2.3.3.13", DocumentLayout.headerCodeSystem("patient.occupation").get());
    assertEquals("2.16.840.1.113883.5.25", DocumentLayout.headerCodeSystem("document.confidentiality").get());
    assertFalse(DocumentLayout.headerCodeSystem("patient.name").isPresent());
    assertEquals(DocumentLayout.headerCodeSystem("patient.gender"), headerDatum("patient.gender").codeSystem());
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> DocumentLayout.headerCodeSystem("patient.shoeSize"));
  }

  private static Datum headerDatum(String field) {
    for (Datum d : DocumentLayout.of(C0034).header()) {
      if (d.name().equals(field)) {
        return d;
      }
    }
    throw new AssertionError(field);
  }

  @Test
  void maxOccurs_tcmDiagnosis_twoCodesAndTheRankOfAnotherGroup() {
    DocumentLayout layout = DocumentLayout.standard("C0034").get();
    DatumGroup tcm = group(layout, "11450-4", "DE05.10.172.00");
    DatumGroup western = group(layout, "11450-4", "DE05.01.025.00");
    assertEquals(2, tcm.maxOccurs("DE05.10.130.00"));
    assertEquals(1, tcm.maxOccurs("DE05.01.080.00"));
    assertEquals(0, tcm.maxOccurs("DE05.01.024.00"));
    assertEquals(1, western.maxOccurs("DE05.01.080.00"));
    assertEquals(1, western.maxOccurs("DE05.01.024.00"));
    assertEquals(0, western.maxOccurs("DE05.10.130.00"));
    assertEquals(0, western.maxOccurs("DE99.99.999.99"));
  }

  private static DatumGroup group(DocumentLayout layout, String section, String name) {
    for (DatumGroup g : layout.groups()) {
      if (g.sectionKey().equals(section) && g.name().equals(name)) {
        return g;
      }
    }
    throw new AssertionError(name);
  }
}
