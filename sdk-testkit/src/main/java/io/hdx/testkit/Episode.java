package io.hdx.testkit;

import io.hdx.model.valueset.AdministrativeDivision;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One patient's episode of care, from which all their documents are written so that they agree with each other:
 * the condition and its setting, the hospital, department and staff, the times in order (birth &lt; arrival &lt;
 * operation &lt; discharge &lt; documents), the vital signs and laboratory values the condition implies, the drugs,
 * and the documents the episode produces.
 *
 * <p>Thread safety: immutable after construction.
 */
final class Episode {
  /** Documents every episode produces (personal health record and the record summary). */
  private static final String[] COMMON = {"HSDA00.01", "C0001"};
  private static final String[] OUTPATIENT = {"C0002", "C0004", "C0005", "C0006", "C0007", "C0008", "C0029", "C0031",
      "HSDC00.02", "HSDC00.01"};
  private static final String[] EMERGENCY = {"C0002", "C0003", "C0004", "C0006", "C0007", "C0008", "C0044", "C0030",
      "C0018", "C0020", "C0013", "C0028", "HSDC00.05"};
  private static final String[] INPATIENT = {"C0034", "C0037", "C0038", "C0039", "C0040", "C0041", "C0042", "C0043",
      "C0045", "C0049", "C0052", "C0053", "C0032", "C0033", "C0017", "C0020", "C0021", "C0023", "C0024", "C0025",
      "C0004", "C0006", "C0007", "HSDC00.03", "HSDC00.04"};
  private static final String[] SURGICAL = {"C0009", "C0010", "C0011", "C0012", "C0019", "C0022", "C0026", "C0027",
      "C0046", "C0047", "C0048", "C0013", "C0028"};
  private static final String[] SHORT_STAY = {"C0035", "C0004", "C0007", "C0020", "C0052"};
  private static final String[] EARLY_DEATH = {"C0036", "C0044", "C0030", "HSDB03.03"};
  private static final String[] DEATH = {"C0050", "C0051", "C0044", "C0030", "C0018", "HSDB03.03"};
  private static final String[] DELIVERY = {"C0014", "C0015", "HSDB02.01", "HSDB02.02", "HSDB02.03", "HSDB02.04",
      "HSDB01.01", "HSDB01.02"};
  private static final String[] CAESAREAN = {"C0014", "C0016", "HSDB02.01", "HSDB02.02", "HSDB02.03", "HSDB02.04",
      "HSDB01.01", "HSDB01.02"};
  private static final String[] CHILD = {"HSDB01.03", "HSDB03.01"};

  /** How the episode ends. */
  enum Outcome {
    HOME, SHORT_STAY, EARLY_DEATH, DEATH
  }

  final SamplePatient patient;
  final Clinical.Condition condition;
  final Outcome outcome;
  final Hospital hospital;
  final Staff doctor;
  final Staff seniorDoctor;
  final Staff nurse;
  final LocalDateTime arrival;
  final LocalDateTime operation;
  final LocalDateTime discharge;
  final LocalDateTime documented;
  final String visitNumber;
  final Map<Clinical.LabItem, Double> labs;
  final Vitals vitals;
  final List<String> documents;

  Episode(SamplePatient patient, Clinical.Condition condition, Outcome outcome, Hospital hospital, Staff doctor,
      Staff seniorDoctor, Staff nurse, LocalDateTime arrival, LocalDateTime operation, LocalDateTime discharge,
      String visitNumber, Map<Clinical.LabItem, Double> labs, Vitals vitals) {
    this.patient = patient;
    this.condition = condition;
    this.outcome = outcome;
    this.hospital = hospital;
    this.doctor = doctor;
    this.seniorDoctor = seniorDoctor;
    this.nurse = nurse;
    this.arrival = arrival;
    this.operation = operation;
    this.discharge = discharge;
    this.documented = discharge.plusHours(2);
    this.visitNumber = visitNumber;
    this.labs = Collections.unmodifiableMap(new LinkedHashMap<>(labs));
    this.vitals = vitals;
    this.documents = Collections.unmodifiableList(documents(condition, outcome, patient.ageOn(arrival.toLocalDate())));
  }

  boolean inpatient() {
    return condition.setting == Clinical.Setting.INPATIENT || condition.setting == Clinical.Setting.SURGICAL;
  }

  /** The documents an episode of {@code condition} ending in {@code outcome} produces, for a patient of {@code age}. */
  static List<String> documents(Clinical.Condition condition, Outcome outcome, int age) {
    List<String> codes = new ArrayList<>();
    add(codes, COMMON);
    switch (condition.setting) {
      case OUTPATIENT:
        add(codes, OUTPATIENT);
        break;
      case EMERGENCY:
        add(codes, EMERGENCY);
        break;
      case INPATIENT:
      case SURGICAL:
        if (outcome == Outcome.SHORT_STAY) {
          add(codes, SHORT_STAY);
        } else if (outcome == Outcome.EARLY_DEATH) {
          add(codes, new String[] {"C0004", "C0007", "C0020"});
        } else {
          add(codes, INPATIENT);
        }
        if (condition.surgical() && outcome != Outcome.SHORT_STAY && outcome != Outcome.EARLY_DEATH) {
          add(codes, SURGICAL);
        }
        break;
      default:
        break;
    }
    if (outcome == Outcome.DEATH) {
      add(codes, DEATH);
    } else if (outcome == Outcome.EARLY_DEATH) {
      add(codes, EARLY_DEATH);
    }
    if (condition.icd10.startsWith("O80")) {
      add(codes, DELIVERY);
    } else if (condition.icd10.startsWith("O82")) {
      add(codes, CAESAREAN);
    }
    if (age < 7) {
      add(codes, CHILD);
    }
    if (condition.icd10.equals("I10")) {
      add(codes, new String[] {"HSDB04.01"});
    } else if (condition.icd10.startsWith("E11")) {
      add(codes, new String[] {"HSDB04.02"});
    } else if (condition.icd10.startsWith("F20")) {
      add(codes, new String[] {"HSDB04.03", "HSDB04.04"});
    } else if (condition.icd10.startsWith("A0")) {
      add(codes, new String[] {"HSDB03.02"});
    }
    return codes;
  }

  private static void add(List<String> codes, String[] more) {
    for (String code : more) {
      if (!codes.contains(code)) {
        codes.add(code);
      }
    }
  }

  /** A hospital: name, unified social credit code, county, telephone. */
  static final class Hospital {
    final String name;
    final String uscc;
    final AdministrativeDivision county;
    final String telecom;
    final String departmentId;
    final String wardId;

    Hospital(String name, String uscc, AdministrativeDivision county, String telecom, String departmentId,
        String wardId) {
      this.name = name;
      this.uscc = uscc;
      this.county = county;
      this.telecom = telecom;
      this.departmentId = departmentId;
      this.wardId = wardId;
    }
  }

  /** A member of staff: name, staff number, title and resident ID number (some specs sign with it). */
  static final class Staff {
    final String name;
    final String id;
    final String title;
    final String residentId;

    Staff(String name, String id, String title, String residentId) {
      this.name = name;
      this.id = id;
      this.title = title;
      this.residentId = residentId;
    }
  }

  /** Vital signs at arrival. */
  static final class Vitals {
    final double temperature;
    final int pulse;
    final int respiration;
    final int systolic;
    final int diastolic;
    final int height;
    final double weight;

    Vitals(double temperature, int pulse, int respiration, int systolic, int diastolic, int height, double weight) {
      this.temperature = temperature;
      this.pulse = pulse;
      this.respiration = respiration;
      this.systolic = systolic;
      this.diastolic = diastolic;
      this.height = height;
      this.weight = weight;
    }
  }
}
