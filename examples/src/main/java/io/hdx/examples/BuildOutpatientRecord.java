package io.hdx.examples;

import io.hdx.model.datatype.CodedValue;
import io.hdx.model.datatype.InstanceIdentifier;
import io.hdx.model.datatype.PointInTime;
import io.hdx.model.document.ClinicalDocument;
import io.hdx.model.document.Organization;
import io.hdx.model.document.Participant;
import io.hdx.model.document.Patient;
import io.hdx.model.document.Section;
import io.hdx.model.document.wst500.OutpatientRecord;
import io.hdx.model.id.IdentifierOid;
import io.hdx.model.id.ResidentIdNumber;
import io.hdx.model.valueset.Sex;
import java.time.LocalDateTime;

/**
 * Builds a WS/T 500.2 门(急)诊病历 (C0002) from typed values, as a HIS would from its rows, and
 * prints its structure (never its content: that is patient data). Synthetic data only.
 *
 * <p>Run: {@code mvn -q -pl examples -am package -DskipTests && java -cp "examples/target/classes:sdk-model/target/classes" io.hdx.examples.BuildOutpatientRecord}
 *
 * @since 0.1.0
 */
public final class BuildOutpatientRecord {
  private BuildOutpatientRecord() {}

  /** Builds the record and prints its sections. */
  public static void main(String[] args) {
    ClinicalDocument doc = record().toClinicalDocument();
    System.out.println(doc.code() + " " + doc.templateId() + " " + doc.title().orElse(""));
    System.out.println("patient sex: " + Sex.fromCode(doc.patient().get().gender().get().code()).get().displayName());
    for (Section section : doc.sections()) {
      System.out.println("  " + section.key() + " " + section.displayName().orElse("") + ": "
          + section.entries().size() + " entries");
    }
  }

  /** The synthetic 门(急)诊病历 this example builds. */
  static OutpatientRecord record() {
    // GB 11643-1999 Annex A example number: synthetic, not a person's
    ResidentIdNumber id = ResidentIdNumber.parse("11010519491231002X");
    Patient patient = Patient.builder()
        .addId(InstanceIdentifier.of(IdentifierOid.OUTPATIENT_NUMBER.oid(), "MZ-000001"))
        .residentId(InstanceIdentifier.of(IdentifierOid.RESIDENT_ID_CARD.oid(), id.number()))
        .name("测试患者")
        .gender(CodedValue.of(id.sex()))
        .birthTime(PointInTime.of(id.birthDate()))
        .build();
    return OutpatientRecord.builder()
        .documentId("DOC-000001")
        .effectiveTime(LocalDateTime.of(2024, 3, 1, 9, 30))
        .patient(patient)
        .addAuthor(Participant.builder()
            .time(PointInTime.of(LocalDateTime.of(2024, 3, 1, 9, 30)))
            .id(InstanceIdentifier.of(IdentifierOid.AUTHOR_ID.oid(), "D001")).name("接诊医生").build())
        .custodian(Organization.of(InstanceIdentifier.of(IdentifierOid.ORGANIZATION_ID.oid(), "H001"), "示例医院"))
        .allergyHistoryFlag(false)
        .chiefComplaint("发热三天")
        .presentIllnessHistory("三天前受凉后发热，最高体温39℃")
        .build();
  }
}
