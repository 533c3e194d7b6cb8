package io.hdx.examples;

import io.hdx.client.PatientCriteria;
import io.hdx.client.PlatformClient;
import io.hdx.codec.v3.AckCode;
import io.hdx.codec.v3.Code;
import io.hdx.codec.v3.Identifier;
import io.hdx.codec.v3.PatientQueryResponse;
import io.hdx.codec.v3.PatientRecord;
import io.hdx.model.datatype.CodedValue;
import io.hdx.model.datatype.PointInTime;
import io.hdx.testkit.PlatformSimulator;
import io.hdx.testkit.SamplePatient;
import io.hdx.testkit.SampleData;

/**
 * Task: register a patient with the regional platform and find them again. Starts the platform simulator (a real
 * platform's endpoint goes where {@code platform.endpoint()} is), registers a synthetic patient through
 * {@link PlatformClient} (HL7 V3 PRPA_IN201311UV02 over the HIPMessageServer web service), then queries by the
 * hospital's patient number and by resident ID. Prints acknowledgement codes and counts, never the person.
 *
 * <p>Run: {@code mvn -B -q -pl examples -am test -Dtest=ExamplesTest -Dsurefire.failIfNoSpecifiedTests=false}
 * runs every example; or run {@code io.hdx.examples.RegisterAndQueryPatient} from an IDE.
 *
 * @since 0.1.0
 */
public final class RegisterAndQueryPatient {
  private RegisterAndQueryPatient() {}

  /** Registers and queries; exits 1 when the patient is not found again. */
  public static void main(String[] args) {
    System.exit(run() ? 0 : 1);
  }

  /** Whether both queries found the patient. */
  static boolean run() {
    SamplePatient p = SampleData.withSeed(1).patient(0);
    Identifier localId = Identifier.of(PatientRecord.LOCAL_ID_ROOT, p.localId());
    Identifier residentId = Identifier.of(PatientRecord.RESIDENT_ID_ROOT, p.residentId());
    CodedValue sex = CodedValue.of(p.sex());
    PatientRecord record = PatientRecord.builder().addId(localId).addPersonId(residentId).name(p.name())
        .gender(Code.of(sex.code(), sex.codeSystem(), sex.displayName())).birthTime(PointInTime.of(p.birthDate()))
        .build();
    try (PlatformSimulator platform = PlatformSimulator.start();
        PlatformClient client = PlatformClient.builder().endpoint(platform.endpoint()).senderId("HIS-EXAMPLE")
            .build()) {
      AckCode ack = client.registerPatient(record).code();
      PatientQueryResponse byLocal = client.queryPatients(PatientCriteria.builder().localId(localId).build());
      PatientQueryResponse byPerson = client.queryPatients(PatientCriteria.builder().personId(residentId).build());
      System.out.println("register: " + ack + "; found by patient number: " + byLocal.patients().size()
          + ", by resident ID: " + byPerson.patients().size());
      return ack == AckCode.AA && byLocal.patients().size() == 1 && byPerson.patients().size() == 1;
    }
  }
}
