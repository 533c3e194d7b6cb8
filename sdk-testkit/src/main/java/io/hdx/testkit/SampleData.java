package io.hdx.testkit;

import io.hdx.model.datatype.CodedValue;
import io.hdx.model.datatype.Hl7Type;
import io.hdx.model.document.Address;
import io.hdx.model.document.ClinicalDocument;
import io.hdx.model.spec.DocumentSpec;
import io.hdx.model.spec.DocumentSpecRegistry;
import io.hdx.model.valueset.AdministrativeDivision;
import io.hdx.model.valueset.Concept;
import io.hdx.model.valueset.Sex;
import io.hdx.model.valueset.ValueSet;
import io.hdx.model.valueset.ValueSetRegistry;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Synthetic, conforming sample data by seed: patients with a China-locale identity and one episode of care each
 * (outpatient, emergency, inpatient, surgical, delivery; sometimes ending in death), and every shared document the
 * episode produces, of all 73 WS/T 500 and WS/T 483 types. Every document passes HDX's validator with no error and
 * no warning.
 *
 * <p>Deterministic: patient {@code i} of seed {@code s} is always the same person with the same documents, byte for
 * byte, on any machine, JDK and thread count: each patient is generated from its own random source derived from
 * ({@code s}, {@code i}), never from shared state, so a parallel stream gives what a sequential one gives.
 *
 * <pre>{@code
 * SampleData.stream(42).limit(1000).forEach(d -> encoder.encode(d.document()));
 *
 * SampleData data = SampleData.withSeed(42);
 * SamplePatient p = data.patient(7);                          // the same person every run
 * List<SampleDocument> docs = data.documentsOf(7);            // her episode's documents, in order
 * SampleDocument c0034 = data.document("C0034", 3);           // an 入院记录 of the 4th patient who has one
 * }</pre>
 *
 * <p>Thread safety: immutable; share one instance across threads.
 *
 * @since 0.1.0
 */
public final class SampleData {
  private static final long PATIENTS = 1;
  private static final long HOSPITALS = 2;
  private static final long STAFF = 3;
  private static final long DOCUMENTS = 4;
  private static final int HOSPITAL_POOL = 40;
  /** Episodes start between 2023-01-01 and 2025-03-31 (fixed, so that a seed never depends on today's date). */
  private static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);
  private static final int DAYS = 820;
  /** Share of the Han majority in the 2020 (seventh) national census: 91.11%. */
  private static final double HAN_SHARE = 0.9111;

  private final long seed;
  private final DocumentSpecRegistry specs;
  private final DocumentFactory factory = new DocumentFactory();

  private SampleData(long seed, DocumentSpecRegistry specs) {
    this.seed = seed;
    this.specs = specs;
  }

  /** The sample data of {@code seed}, with the standard document specs. */
  public static SampleData withSeed(long seed) {
    return new SampleData(seed, DocumentSpecRegistry.standard());
  }

  /** Every document of every patient of {@code seed}, patient after patient: {@code withSeed(seed).documents()}. */
  public static Stream<SampleDocument> stream(long seed) {
    return withSeed(seed).documents();
  }

  /** The seed. */
  public long seed() {
    return seed;
  }

  /** Patient {@code index} (0, 1, 2 ...). */
  public SamplePatient patient(long index) {
    return episode(index, null).patient;
  }

  /** The patients 0, 1, 2 ... (endless; limit it). Ordered; may be made parallel without changing any patient. */
  public Stream<SamplePatient> patients() {
    return LongStream.iterate(0, i -> i + 1).mapToObj(this::patient);
  }

  /** The documents of patient {@code index}'s episode, in the order they are written. */
  public List<SampleDocument> documentsOf(long index) {
    Episode e = episode(index, null);
    List<SampleDocument> docs = new ArrayList<>();
    for (int k = 0; k < e.documents.size(); k++) {
      docs.add(write(e, e.documents.get(k), PATIENTS, index, k));
    }
    return Collections.unmodifiableList(docs);
  }

  /** Every document of patients 0, 1, 2 ... in order (endless; limit it). */
  public Stream<SampleDocument> documents() {
    return patients().flatMap(p -> documentsOf(p.index()).stream());
  }

  /**
   * Document {@code index} of type {@code code} (a spec code such as {@code C0034} or {@code HSDB04.01}): written for
   * a patient whose episode produces that document (a 阴道分娩记录 for a woman who gave birth, a 死亡记录 for one who
   * died). Index 0, 1, 2 ... are different patients.
   *
   * @throws IllegalArgumentException if no spec has that code
   */
  public SampleDocument document(String code, long index) {
    DocumentSpec spec = specs.byCode(code).orElseThrow(() -> new IllegalArgumentException("no document spec "
        + code));
    long stream = 100 + Math.abs((long) spec.code().hashCode());
    Episode e = episode(stream, index, spec.code());
    return write(e, spec.code(), stream, index, e.documents.indexOf(spec.code()));
  }

  private SampleDocument write(Episode e, String code, long stream, long index, int k) {
    DocumentSpec spec = specs.byCode(code).get();
    Rng rng = Rng.of(seed, DOCUMENTS + stream * 7919, index * 131 + k);
    String id = String.format("%s-%016X-%d", code, Rng.mix(seed ^ Rng.mix(stream * 31 + index)) , k);
    ClinicalDocument doc = factory.document(spec, e, id, rng);
    return new SampleDocument(k, e.patient, spec, doc);
  }

  // ---- episodes ----

  private Episode episode(long index, String forced) {
    return episode(PATIENTS, index, forced);
  }

  private Episode episode(long stream, long index, String forced) {
    Rng rng = Rng.of(seed, stream, index);
    People people = People.get();
    Choice choice = choose(rng, forced);
    Clinical.Condition c = choice.condition;
    boolean male = !c.femaleOnly && rng.chance(0.5);
    int minAge = choice.child ? c.minAge : Math.max(c.minAge, 7);
    int maxAge = choice.child ? Math.min(6, c.maxAge) : c.maxAge;
    if (choice.outcome != Episode.Outcome.HOME) {
      minAge = Math.max(minAge, Math.min(60, maxAge));
    }
    int age = rng.between(minAge, maxAge);
    LocalDate day = FIRST_DAY.plusDays(rng.nextInt(DAYS));
    LocalDate birth = day.minusYears(age).minusDays(1 + rng.nextInt(360));
    LocalDateTime arrival = day.atTime(c.setting == Clinical.Setting.EMERGENCY ? rng.between(0, 23)
        : rng.between(8, 16), rng.nextInt(60));
    LocalDateTime discharge;
    LocalDateTime operation = null;
    switch (c.setting) {
      case OUTPATIENT:
        discharge = arrival.plusMinutes(rng.between(30, 120));
        break;
      case EMERGENCY:
        discharge = arrival.plusMinutes(rng.between(120, 600));
        break;
      default:
        if (choice.outcome == Episode.Outcome.SHORT_STAY || choice.outcome == Episode.Outcome.EARLY_DEATH) {
          discharge = arrival.plusMinutes(rng.between(360, 1300));
        } else {
          discharge = arrival.plusDays(rng.between(3, 14)).withHour(rng.between(9, 11)).withMinute(rng.nextInt(60));
        }
        if (c.surgical()) {
          operation = arrival.plusMinutes(rng.between(120, 1440));
          if (!operation.isBefore(discharge)) {
            operation = arrival.plusMinutes(Math.max(1, java.time.Duration.between(arrival, discharge).toMinutes() / 2));
          }
        }
    }
    AdministrativeDivision county = people.county(rng);
    String name = people.surname(rng) + people.givenName(rng, male);
    String residentId = People.residentId(county, birth, male, rng);
    Address address = Address.builder().state(people.provinceName(county)).city(people.cityName(county))
        .county(county.name()).township(people.township(rng)).streetName(people.street(rng))
        .houseNumber(people.houseNumber(rng)).postalCode(county.code().substring(0, 4) + "00").build();
    String localId = String.format("MZ%010d", Math.abs(Rng.mix(seed * 31 + stream) ^ index) % 10_000_000_000L);
    SamplePatient patient = new SamplePatient(index, localId, name, male ? Sex.MALE : Sex.FEMALE, birth, residentId,
        county.code(), address, people.mobile(rng), ethnicity(rng), occupation(rng, age), marital(rng, age));
    Episode.Hospital hospital = hospital(rng.nextInt(HOSPITAL_POOL), c);
    int hospitalIndex = hospital.uscc.hashCode();
    Episode.Staff doctor = staff(hospital, rng.nextInt(6), "住院医师");
    Episode.Staff senior = staff(hospital, 6 + rng.nextInt(3), "主任医师");
    Episode.Staff nurse = staff(hospital, 9 + rng.nextInt(6), "护士");
    String visit = String.format("ZY%08d", Math.abs(Rng.mix(seed + index * 17 + stream) + hospitalIndex) % 100_000_000L);
    return new Episode(patient, c, choice.outcome, hospital, doctor, senior, nurse, arrival, operation, discharge,
        visit, labs(rng, c, male), vitals(rng, c, male, age));
  }

  private static final class Choice {
    final Clinical.Condition condition;
    final Episode.Outcome outcome;
    final boolean child;

    Choice(Clinical.Condition condition, Episode.Outcome outcome, boolean child) {
      this.condition = condition;
      this.outcome = outcome;
      this.child = child;
    }
  }

  /** A condition, an outcome and an age group, drawn among those whose episode writes {@code forced}. */
  private static Choice choose(Rng rng, String forced) {
    List<Choice> choices = new ArrayList<>();
    for (Clinical.Condition c : Clinical.CONDITIONS) {
      for (Episode.Outcome o : Episode.Outcome.values()) {
        if (!possible(c, o)) {
          continue;
        }
        for (boolean child : new boolean[] {false, true}) {
          if (child && c.minAge >= 7 || !child && c.maxAge < 7 || child && o != Episode.Outcome.HOME) {
            continue;
          }
          if (forced == null || Episode.documents(c, o, child ? 0 : 30).contains(forced)) {
            // deaths and short stays are rarer than going home: weight them down when nothing is forced
            int weight = forced != null || o == Episode.Outcome.HOME ? (child ? 1 : 8) : 1;
            for (int w = 0; w < weight; w++) {
              choices.add(new Choice(c, o, child));
            }
          }
        }
      }
    }
    if (choices.isEmpty()) {
      throw new IllegalArgumentException("no episode writes a " + forced);
    }
    return rng.pick(choices);
  }

  private static boolean possible(Clinical.Condition c, Episode.Outcome o) {
    boolean inpatient = c.setting == Clinical.Setting.INPATIENT || c.setting == Clinical.Setting.SURGICAL;
    switch (o) {
      case HOME:
        return true;
      case SHORT_STAY:
        return inpatient && !c.icd10.startsWith("O");
      default:
        return c.setting == Clinical.Setting.INPATIENT && !c.icd10.startsWith("E11") && c.maxAge >= 60;
    }
  }

  private Episode.Hospital hospital(int h, Clinical.Condition c) {
    Rng rng = Rng.of(seed, HOSPITALS, h);
    People people = People.get();
    AdministrativeDivision county = people.county(rng);
    String[] kinds = {"人民医院", "第一人民医院", "中心医院", "中医医院", "第二人民医院"};
    String name = (rng.chance(0.5) ? people.cityName(county) : county.name()) + rng.pick(kinds);
    String telecom = "tel:+86-" + (10 + rng.nextInt(990)) + "-" + (6 + rng.nextInt(3))
        + String.format("%07d", rng.nextInt(10_000_000));
    return new Episode.Hospital(name, People.uscc(county, rng), county, telecom,
        String.format("K%03d", 100 + Math.abs(c.department.hashCode()) % 900), String.format("B%03d",
        100 + Math.abs(c.department.hashCode() * 7) % 900));
  }

  private Episode.Staff staff(Episode.Hospital hospital, int slot, String title) {
    Rng rng = Rng.of(seed, STAFF, (long) hospital.uscc.hashCode() * 64 + slot);
    People people = People.get();
    boolean male = rng.chance(0.5);
    LocalDate birth = LocalDate.of(1965, 1, 1).plusDays(rng.nextInt(30 * 365));
    return new Episode.Staff(people.surname(rng) + people.givenName(rng, male),
        String.format("%06d", rng.nextInt(1_000_000)), title, People.residentId(hospital.county, birth, male, rng));
  }

  private static CodedValue ethnicity(Rng rng) {
    List<Concept> concepts = set("2.16.156.10011.2.3.3.3").concepts();
    Concept c = rng.chance(HAN_SHARE) ? concepts.get(0) : concepts.get(1 + rng.nextInt(Math.min(55,
        concepts.size() - 1)));
    return coded(c, "2.16.156.10011.2.3.3.3");
  }

  private static CodedValue occupation(Rng rng, int age) {
    String code;
    if (age < 18) {
      code = "31";
    } else if (age >= 60 && rng.chance(0.7)) {
      code = "80";
    } else {
      code = rng.pick(new String[] {"11", "13", "17", "21", "24", "24", "27", "27", "27", "51", "54", "70", "90"});
    }
    return coded(set("2.16.156.10011.2.3.3.13").concept(code), "2.16.156.10011.2.3.3.13");
  }

  private static CodedValue marital(Rng rng, int age) {
    String code;
    if (age < 20) {
      code = "10";
    } else if (age < 30) {
      code = rng.chance(0.5) ? "10" : "20";
    } else if (age < 70) {
      double r = rng.nextDouble();
      code = r < 0.85 ? "20" : r < 0.92 ? "40" : r < 0.97 ? "10" : "30";
    } else {
      code = rng.chance(0.6) ? "20" : "30";
    }
    return coded(set("2.16.156.10011.2.3.3.5").concept(code), "2.16.156.10011.2.3.3.5");
  }

  private static ValueSet set(String oid) {
    return ValueSetRegistry.standard().findByOid(oid).orElseThrow(() -> new IllegalStateException(oid));
  }

  private static CodedValue coded(Concept c, String system) {
    return CodedValue.builder().type(Hl7Type.CE).code(c.code()).codeSystem(system).displayName(c.displayName())
        .build();
  }

  /** Routine laboratory values, inside the interval unless the condition moves them. */
  private static Map<Clinical.LabItem, Double> labs(Rng rng, Clinical.Condition c, boolean male) {
    Map<Clinical.LabItem, Double> labs = new LinkedHashMap<>();
    List<Clinical.LabItem> items = new ArrayList<>(Clinical.ROUTINE);
    for (Clinical.Shift s : c.shifts) {
      if (!items.contains(s.item)) {
        items.add(s.item);
      }
    }
    for (Clinical.LabItem item : items) {
      double low = item.low(male);
      double high = item.high(male);
      double value = low + (high - low) * (0.15 + 0.7 * rng.nextDouble());
      for (Clinical.Shift s : c.shifts) {
        if (s.item == item) {
          value = s.factor > 1 ? high * s.factor * (0.95 + 0.15 * rng.nextDouble())
              : low * s.factor * (0.9 + 0.15 * rng.nextDouble());
        }
      }
      labs.put(item, value);
    }
    return labs;
  }

  private static Episode.Vitals vitals(Rng rng, Clinical.Condition c, boolean male, int age) {
    boolean fever = c.shifts.stream().anyMatch(s -> s.item == Clinical.CRP || s.item == Clinical.WBC
        && s.factor >= 1.15);
    double temperature = fever ? 37.8 + rng.nextDouble() * 1.4 : 36.2 + rng.nextDouble() * 0.9;
    int pulse = rng.between(64, 92) + (fever ? 12 : 0);
    int respiration = rng.between(14, 20) + (fever ? 2 : 0);
    int systolic = rng.between(104, 132) + c.systolicShift;
    int diastolic = rng.between(64, 82) + c.systolicShift / 2;
    int height = age < 18 ? Math.min(175, 77 + 6 * age) : male ? rng.between(160, 182) : rng.between(150, 168);
    double bmi = age < 18 ? 16 + rng.nextDouble() * 3 : 19 + rng.nextDouble() * 8;
    double weight = bmi * height * height / 10000.0;
    return new Episode.Vitals(temperature, pulse, respiration, systolic, diastolic, height, weight);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SampleData && ((SampleData) o).seed == seed && ((SampleData) o).specs.equals(specs);
  }

  @Override
  public int hashCode() {
    return Objects.hash(seed);
  }

  @Override
  public String toString() {
    return "SampleData[seed " + seed + "]";
  }
}
