package io.hdx.model.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.model.ValidationException;
import io.hdx.model.datatype.CodedValue;
import io.hdx.model.datatype.InstanceIdentifier;
import io.hdx.model.datatype.PhysicalQuantity;
import io.hdx.model.datatype.PointInTime;
import io.hdx.model.document.wst500.AdmissionRecord;
import io.hdx.model.document.wst500.MedicalRecordSummary;
import io.hdx.model.document.wst500.OutpatientRecord;
import io.hdx.model.document.wst500.WesternMedicinePrescription;
import io.hdx.model.spec.EntryShape;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class TypedDocumentTest {

  private static Patient aPatient() {
    return Patient.builder()
        .addId(InstanceIdentifier.of("2.16.156.10011.1.11", "MZ-TEST-1"))
        .name("测试患者")
        .birthTime(PointInTime.of(LocalDate.of(1980, 1, 1)))
        .build();
  }

  /** Sets what build() requires: id, effectiveTime, recordTarget, an author and the custodian. */
  static <B extends TypedDocument.Builder<?, ?>> B required(B b) {
    b.documentId("DOC-REQ").effectiveTime(LocalDateTime.of(2024, 1, 1, 8, 0)).patient(aPatient())
        .addAuthor(Participant.builder().name("医生").build())
        .custodian(Organization.of(InstanceIdentifier.of("2.16.156.10011.1.5", "H1"), "医院"));
    return b;
  }

  @Test
  void outpatientRecord_builderPlacesEachValueInItsSection() {
    OutpatientRecord record = OutpatientRecord.builder()
        .documentId("DOC-1")
        .effectiveTime(LocalDateTime.of(2024, 1, 1, 12, 0, 0))
        .patient(aPatient())
        .addAuthor(Participant.builder().name("医生").build())
        .custodian(Organization.of(InstanceIdentifier.of("2.16.156.10011.1.5", "H1"), "医院"))
        .chiefComplaint("发热三天")
        .presentIllnessHistory("三天前受凉后发热")
        .allergyHistoryFlag(false)
        .build();

    ClinicalDocument doc = record.toClinicalDocument();
    assertEquals("C0002", doc.code());
    assertEquals("2.16.156.10011.2.1.1.22", doc.templateId());
    assertEquals("门(急)诊病历", doc.title().get());
    assertEquals("10154-3", doc.section("10154-3").get().code().get());
    assertEquals("发热三天", record.chiefComplaint().get());
    assertEquals(Boolean.FALSE, record.allergyHistoryFlag().get());
    assertFalse(record.pastMedicalHistory().isPresent());
    // sections come out in spec order: allergies (1) before chief complaint (2)
    assertEquals("48765-2", doc.sections().get(0).key());
    assertEquals("10154-3", doc.sections().get(1).key());
  }

  @Test
  void from_genericDocument_readsTheSameValues() {
    OutpatientRecord record = required(OutpatientRecord.builder()).chiefComplaint("咳嗽").build();
    OutpatientRecord again = OutpatientRecord.from(record.toClinicalDocument());
    assertEquals(record, again);
    assertEquals("咳嗽", again.chiefComplaint().get());
  }

  @Test
  void from_otherDocumentType_rejectedWithRule() {
    ClinicalDocument admission = required(AdmissionRecord.builder()).build().toClinicalDocument();
    ValidationException e = assertThrows(ValidationException.class, () -> OutpatientRecord.from(admission));
    assertEquals("DOC-0001", e.errorCode());
  }

  @Test
  void quantities_takeTheSpecUnit_codedValuesTheirCodeSystem() {
    // C0001 STUDIES SUMMARY groups ABO and Rh in an organizer (entry shape from the samples)
    MedicalRecordSummary summary = required(MedicalRecordSummary.builder())
        .studiesSummaryGroup(MedicalRecordSummary.StudiesSummaryGroup.of().aboBloodTypeCode(
            CodedValue.builder().code("1").codeSystem("2.16.156.10011.2.3.1.85").displayName("A型").build()))
        .build();
    Entry first = summary.toClinicalDocument().section("30954-2").get().entries().get(0);
    assertTrue(first.components().isEmpty() || first.shape() == EntryShape.ORGANIZER_COMPONENT);
    assertEquals("1", summary.aboBloodTypeCode().get().code());

    WesternMedicinePrescription prescription = required(WesternMedicinePrescription.builder())
        .prescriptionValidDays(new BigDecimal("3")).build();
    PhysicalQuantity days = prescription.prescriptionValidDays().get();
    assertEquals(new BigDecimal("3"), days.value());
    assertEquals("天", days.unit().get());
  }

  @Test
  void toString_revealsNoPatientData() {
    OutpatientRecord record = required(OutpatientRecord.builder()).chiefComplaint("发热三天").build();
    String text = record.toString() + record.toClinicalDocument() + record.patient().get();
    assertFalse(text.contains("发热") || text.contains("测试患者") || text.contains("MZ-TEST"), text);
  }

  @Test
  void build_withoutRequiredHeader_oneMessageNamesEveryMissingPart() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> AdmissionRecord.builder().chiefComplaint("头痛").build());
    assertEquals("DOC-0002", e.errorCode());
    for (String part : new String[] {"id", "effectiveTime", "recordTarget", "author", "custodian"}) {
      assertTrue(e.getMessage().contains(part), e.getMessage());
    }
    ValidationException one = assertThrows(ValidationException.class, () -> AdmissionRecord.builder()
        .documentId("D").effectiveTime(LocalDateTime.of(2024, 1, 1, 8, 0)).patient(aPatient())
        .custodian(Organization.of(InstanceIdentifier.of("2.16.156.10011.1.5", "H1"), "医院")).build());
    assertTrue(one.getMessage().contains("author") && !one.getMessage().contains("custodian ("), one.getMessage());
  }

  @Test
  void addDiagnosis_twoDiagnoses_eachCodeAndRankInItsOwnDiagnosis() {
    CodedValue i10 = CodedValue.builder().code("I10").codeSystem("2.16.156.10011.2.3.3.11.3").build();
    CodedValue e11 = CodedValue.builder().code("E11.9").codeSystem("2.16.156.10011.2.3.3.11.3").build();
    AdmissionRecord record = required(AdmissionRecord.builder())
        .addDiagnosis(AdmissionRecord.Diagnosis.of("高血压").diagnosisCode(i10).admissionDiagnosisSequence(1))
        .addDiagnosis(AdmissionRecord.Diagnosis.of("2型糖尿病").diagnosisCode(e11).admissionDiagnosisSequence(2))
        .build();
    List<Entry> entries = record.toClinicalDocument().section("11450-4").get().entries();
    assertEquals(2, entries.size());
    assertEquals(i10, entries.get(0).components().get(0).value().get());
    assertEquals(e11, entries.get(1).components().get(0).value().get());
    List<AdmissionRecord.Diagnosis> back = AdmissionRecord.from(record.toClinicalDocument()).diagnosisList();
    assertEquals(2, back.size());
    assertEquals("2型糖尿病", back.get(1).diagnosisName().get().value());
    assertEquals(e11, back.get(1).diagnosisCode().get());
    assertEquals(2L, back.get(1).admissionDiagnosisSequence().get().value());
    assertFalse(back.get(0).toString().contains("高血压"));
  }

  @Test
  void groupMember_outsideItsGroup_refused() throws Exception {
    java.lang.reflect.Method add = TypedDocument.Builder.class.getDeclaredMethod("add", String.class, String.class,
        io.hdx.model.datatype.Hl7Value.class);
    add.setAccessible(true);
    java.lang.reflect.InvocationTargetException e = assertThrows(java.lang.reflect.InvocationTargetException.class,
        () -> add.invoke(AdmissionRecord.builder(), "11450-4", "DE05.01.024.00",
            CodedValue.builder().code("I10").codeSystem("2.16.156.10011.2.3.3.11.3").build()));
    assertTrue(e.getCause() instanceof IllegalArgumentException);
  }
}
