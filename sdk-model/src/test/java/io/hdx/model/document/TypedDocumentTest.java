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
import org.junit.jupiter.api.Test;

class TypedDocumentTest {

  private static Patient aPatient() {
    return Patient.builder()
        .addId(InstanceIdentifier.of("2.16.156.10011.1.11", "MZ-TEST-1"))
        .name("测试患者")
        .birthTime(PointInTime.of(LocalDate.of(1980, 1, 1)))
        .build();
  }

  @Test
  void outpatientRecord_builderPlacesEachValueInItsSection() {
    OutpatientRecord record = OutpatientRecord.builder()
        .documentId("DOC-1")
        .effectiveTime(LocalDateTime.of(2024, 1, 1, 12, 0, 0))
        .patient(aPatient())
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
    OutpatientRecord record = OutpatientRecord.builder().chiefComplaint("咳嗽").build();
    OutpatientRecord again = OutpatientRecord.from(record.toClinicalDocument());
    assertEquals(record, again);
    assertEquals("咳嗽", again.chiefComplaint().get());
  }

  @Test
  void from_otherDocumentType_rejectedWithRule() {
    ClinicalDocument admission = AdmissionRecord.builder().build().toClinicalDocument();
    ValidationException e = assertThrows(ValidationException.class, () -> OutpatientRecord.from(admission));
    assertEquals("DOC-0001", e.errorCode());
  }

  @Test
  void quantities_takeTheSpecUnit_codedValuesTheirCodeSystem() {
    // C0001 STUDIES SUMMARY groups ABO and Rh in an organizer (entry shape from the samples)
    MedicalRecordSummary summary = MedicalRecordSummary.builder()
        .aboBloodTypeCode(CodedValue.builder().code("1").codeSystem("2.16.156.10011.2.3.1.85").displayName("A型").build())
        .build();
    Entry first = summary.toClinicalDocument().section("30954-2").get().entries().get(0);
    assertTrue(first.components().isEmpty() || first.shape() == EntryShape.ORGANIZER_COMPONENT);
    assertEquals("1", summary.aboBloodTypeCode().get().code());

    WesternMedicinePrescription prescription = WesternMedicinePrescription.builder()
        .prescriptionValidDays(new BigDecimal("3")).build();
    PhysicalQuantity days = prescription.prescriptionValidDays().get();
    assertEquals(new BigDecimal("3"), days.value());
    assertEquals("天", days.unit().get());
  }

  @Test
  void toString_revealsNoPatientData() {
    OutpatientRecord record = OutpatientRecord.builder().patient(aPatient()).chiefComplaint("发热三天").build();
    String text = record.toString() + record.toClinicalDocument() + record.patient().get();
    assertFalse(text.contains("发热") || text.contains("测试患者") || text.contains("MZ-TEST"), text);
  }
}
