package io.hdx.examples;

import io.hdx.codec.cda.CdaDecoder;
import io.hdx.codec.cda.CdaEncoder;
import io.hdx.codec.validate.DocumentValidator;
import io.hdx.codec.validate.ValidationReport;
import io.hdx.model.datatype.InstanceIdentifier;
import io.hdx.model.datatype.PhysicalQuantity;
import io.hdx.model.datatype.PointInTime;
import io.hdx.model.document.ClinicalDocument;
import io.hdx.model.document.Entry;
import io.hdx.model.document.Organization;
import io.hdx.model.document.Participant;
import io.hdx.model.document.Patient;
import io.hdx.model.document.wst500.WesternMedicinePrescription;
import io.hdx.model.id.IdentifierOid;
import io.hdx.model.valueset.Concept;
import io.hdx.model.valueset.ValueSetRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.LocalDateTime;

/**
 * Builds a WS/T 500.3 西药处方 (C0004) with two drugs from typed values, writes it as CDA, reads it back
 * and validates it. Each drug becomes one {@code substanceAdministration} in the form of the standard's
 * examples: route, single dose, frequency and dosage form in the act's own elements, the name in
 * {@code consumable}, the specification as a nested observation. Each drug is one {@code Drug} group, added in
 * one call. Prints the structure, never the content. Synthetic data only.
 *
 * <p>Run: {@code mvn -q -pl examples -am package -DskipTests && java -cp "$(ls sdk-cli/target/hdx.jar):examples/target/classes" io.hdx.examples.BuildPrescription}
 *
 * @since 0.1.0
 */
public final class BuildPrescription {
  private BuildPrescription() {}

  /** Builds, writes, reads back and validates the prescription; writes the XML to {@code args[0]} if given. */
  public static void main(String[] args) throws IOException {
    ValueSetRegistry valueSets = ValueSetRegistry.standard();
    Concept oral = valueSets.get("2.16.156.10011.2.3.1.158").lookup("1").get(); // 口服
    Concept tablet = valueSets.get("2.16.156.10011.2.3.1.211").lookup("01").get(); // 片剂
    WesternMedicinePrescription prescription = WesternMedicinePrescription.builder()
        .documentId("RX-000001")
        .effectiveTime(LocalDateTime.of(2024, 3, 1, 9, 40))
        .patient(Patient.builder().addId(InstanceIdentifier.of(IdentifierOid.OUTPATIENT_NUMBER.oid(), "MZ-000001"))
            .name("测试患者").build())
        .addAuthor(Participant.builder().id(InstanceIdentifier.of(IdentifierOid.AUTHOR_ID.oid(), "D001"))
            .name("开方医生").time(PointInTime.of(LocalDateTime.of(2024, 3, 1, 9, 35))).build())
        .custodian(Organization.of(InstanceIdentifier.of(IdentifierOid.ORGANIZATION_ID.oid(), "H001"), "示例医院"))
        // each drug is one group: its name, specification, route, dose, frequency and form in one call
        .addDrug(WesternMedicinePrescription.Drug.of().medicationName("阿莫西林胶囊")
            .medicationSpecification("0.25g×24粒").medicationRouteCode(oral)
            .medicationSingleDose(PhysicalQuantity.of("0.5", "g")).medicationFrequency(PhysicalQuantity.of("3", "次/日"))
            .dosageFormCode(tablet))
        .addDrug(WesternMedicinePrescription.Drug.of().medicationName("布洛芬缓释胶囊")
            .medicationSpecification("0.3g×20粒").medicationRouteCode(oral)
            .medicationSingleDose(PhysicalQuantity.of("0.3", "g")).medicationFrequency(PhysicalQuantity.of("2", "次/日"))
            .dosageFormCode(tablet))
        .build();

    ClinicalDocument doc = prescription.toClinicalDocument();
    byte[] xml = CdaEncoder.create().encode(doc);
    if (args.length > 0) {
      Files.write(Paths.get(args[0]), xml); // e.g. to try `hdx validate` on it
    }
    ClinicalDocument back = CdaDecoder.create().decode(xml).document();
    System.out.println("round trip equal: " + back.equals(doc) + " (" + xml.length + " bytes)");
    for (Entry drug : back.section("10160-0").get().entries()) {
      StringBuilder line = new StringBuilder("  " + drug.shape() + ":");
      for (Entry member : drug.components()) {
        line.append(' ').append(member.dataElement().get()).append('@').append(member.position());
      }
      System.out.println(line);
    }
    ValidationReport report = DocumentValidator.create().validate(xml);
    System.out.println("validation: " + (report.isValid() ? "VALID" : "INVALID") + ", "
        + report.issues().size() + " issues");
  }
}
