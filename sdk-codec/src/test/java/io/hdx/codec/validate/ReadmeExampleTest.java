package io.hdx.codec.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.codec.cda.CdaDecoder;
import io.hdx.codec.cda.CdaEncoder;
import io.hdx.model.datatype.CodedValue;
import io.hdx.model.datatype.InstanceIdentifier;
import io.hdx.model.datatype.PointInTime;
import io.hdx.model.document.ClinicalDocument;
import io.hdx.model.document.Organization;
import io.hdx.model.document.Participant;
import io.hdx.model.document.Patient;
import io.hdx.model.document.wst500.OutpatientRecord;
import io.hdx.model.id.IdentifierOid;
import io.hdx.model.valueset.Sex;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** README's first example, as written there, builds a document that validates without an error. */
class ReadmeExampleTest {

  @Test
  void readmeFirstExample_asWritten_validates() throws IOException {
    // --- the README block (the test checks below that README holds exactly these lines) ---
    OutpatientRecord record = OutpatientRecord.builder()       // WS/T 500.2 门(急)诊病历, C0002
        .documentId("DOC-0001")                                  // id, effectiveTime, patient, author and custodian
        .effectiveTime(LocalDateTime.now())                      // are required: build() names all that are missing
        .patient(Patient.builder()
            .addId(InstanceIdentifier.of(IdentifierOid.OUTPATIENT_NUMBER.oid(), "MZ0001"))
            .name("测试患者")
            .gender(CodedValue.of(Sex.FEMALE))
            .build())
        .addAuthor(Participant.builder()
            .id(InstanceIdentifier.of(IdentifierOid.AUTHOR_ID.oid(), "D001")).name("接诊医生")
        .time(PointInTime.of(LocalDateTime.now())).build())
        .custodian(Organization.of(InstanceIdentifier.of(IdentifierOid.ORGANIZATION_ID.oid(), "H001"), "示例医院"))
        .chiefComplaint("发热三天")
        .allergyHistoryFlag(false)
        .addDiagnosisGroup(OutpatientRecord.DiagnosisGroup.of()  // values that belong together: one call
            .diagnosisName("急性上呼吸道感染")
            .diagnosisCode(CodedValue.builder().code("J06.9").codeSystem("2.16.156.10011.2.3.3.11.3").build()))
        .build();
    ClinicalDocument doc = record.toClinicalDocument();        // what the codec writes
    // --- end of the README block ---

    ValidationReport report = DocumentValidator.create().validate(doc);
    assertEquals(0, report.count(Severity.ERROR), report.issues()::toString);
    byte[] xml = CdaEncoder.create().encode(doc);
    assertEquals(doc, CdaDecoder.create().decode(xml).document());
    assertEquals(0, DocumentValidator.create().validate(xml).count(Severity.ERROR));

    String readme = normalize(new String(Files.readAllBytes(Paths.get("..", "README.md")), StandardCharsets.UTF_8));
    String source = new String(Files.readAllBytes(
        Paths.get("src/test/java/io/hdx/codec/validate/ReadmeExampleTest.java")), StandardCharsets.UTF_8);
    String block = source.substring(source.indexOf("    OutpatientRecord record = "),
        source.indexOf("    // --- end of the README block"));
    assertTrue(readme.contains(normalize(block)), "README's first example is the block this test runs");
  }

  private static String normalize(String text) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n")) {
      if (!line.trim().isEmpty()) {
        out.append(line.trim()).append('\n');
      }
    }
    return out.toString();
  }
}
