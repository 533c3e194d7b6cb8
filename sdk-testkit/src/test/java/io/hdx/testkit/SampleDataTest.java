package io.hdx.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.codec.cda.CdaEncoder;
import io.hdx.codec.validate.DocumentValidator;
import io.hdx.codec.validate.Severity;
import io.hdx.codec.validate.TextReportWriter;
import io.hdx.codec.validate.ValidationIssue;
import io.hdx.codec.validate.ValidationReport;
import io.hdx.model.id.ResidentIdNumber;
import io.hdx.model.spec.DocumentSpec;
import io.hdx.model.spec.DocumentSpecRegistry;
import io.hdx.model.valueset.AdministrativeDivisions;
import io.hdx.model.valueset.Sex;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SampleDataTest {
  private static final DocumentValidator VALIDATOR = DocumentValidator.builder().build();
  private static final CdaEncoder ENCODER = CdaEncoder.create();

  @Test
  void everyDocumentType_threeSeeds_noErrorNoWarning() {
    List<String> failures = new ArrayList<>();
    List<DocumentSpec> specs = DocumentSpecRegistry.standard().all();
    assertEquals(73, specs.size());
    for (long seed : new long[] {1, 2, 3}) {
      SampleData data = SampleData.withSeed(seed);
      for (DocumentSpec spec : specs) {
        for (int i = 0; i < 2; i++) {
          SampleDocument d = data.document(spec.code(), i);
          assertEquals(spec.code(), d.document().code());
          check(spec.code() + " seed " + seed + " #" + i, ENCODER.encode(d.document()), failures);
        }
      }
    }
    assertTrue(failures.isEmpty(), () -> failures.size() + " documents with issues:\n" + String.join("\n",
        failures));
  }

  @Test
  void patientStream_firstThirtyPatients_everyDocumentClean() {
    List<String> failures = new ArrayList<>();
    SampleData data = SampleData.withSeed(20261204L);
    Set<String> types = new HashSet<>();
    for (long p = 0; p < 30; p++) {
      for (SampleDocument d : data.documentsOf(p)) {
        types.add(d.spec().code());
        check(d.spec().code() + " patient " + p, ENCODER.encode(d.document()), failures);
      }
    }
    assertTrue(failures.isEmpty(), () -> failures.size() + " documents with issues:\n" + String.join("\n",
        failures));
    assertTrue(types.size() > 40, "types " + types.size());
  }

  private static void check(String label, byte[] xml, List<String> failures) {
    ValidationReport report = VALIDATOR.validate(xml);
    for (ValidationIssue issue : report.issues()) {
      if (issue.severity() != Severity.ERROR && issue.severity() != Severity.WARNING) {
        continue;
      }
      failures.add(TextReportWriter.render(label, report));
      return;
    }
  }

  @Test
  void sameSeed_anyThreadCount_sameBytes() throws Exception {
    List<byte[]> sequential = SampleData.stream(99).limit(120).map(d -> ENCODER.encode(d.document()))
        .collect(Collectors.toList());
    ForkJoinPool pool = new ForkJoinPool(4);
    try {
      List<byte[]> parallel = pool.submit(() -> SampleData.withSeed(99).patients().limit(12).parallel()
          .flatMap(p -> SampleData.withSeed(99).documentsOf(p.index()).stream())
          .map(d -> ENCODER.encode(d.document())).limit(120).collect(Collectors.toList())).get();
      assertEquals(sequential.size(), parallel.size());
      for (int i = 0; i < sequential.size(); i++) {
        assertArrayEquals(sequential.get(i), parallel.get(i), "document " + i);
      }
    } finally {
      pool.shutdown();
    }
    assertArrayEquals(ENCODER.encode(SampleData.withSeed(5).document("C0034", 3).document()),
        ENCODER.encode(SampleData.withSeed(5).document("C0034", 3).document()));
  }

  @Test
  void differentSeeds_differentPeople() {
    assertNotEquals(SampleData.withSeed(1).patient(0).residentId(), SampleData.withSeed(2).patient(0).residentId());
    assertNotEquals(SampleData.withSeed(1).patient(0).residentId(), SampleData.withSeed(1).patient(1).residentId());
  }

  @Test
  void patients_residentIdAgreesWithBirthSexAndRealRegion() {
    AdministrativeDivisions divisions = AdministrativeDivisions.bundled();
    SampleData data = SampleData.withSeed(7);
    for (long i = 0; i < 300; i++) {
      SamplePatient p = data.patient(i);
      ResidentIdNumber id = ResidentIdNumber.parse(p.residentId());
      assertEquals(p.birthDate(), id.birthDate());
      assertEquals(p.sex(), id.sex());
      assertEquals(p.regionCode(), id.regionCode());
      assertTrue(divisions.isCurrent(p.regionCode()));
      assertTrue(p.name().length() >= 2 && p.name().length() <= 4);
      assertTrue(p.telecom().matches("tel:\\+86-1[3-9][0-9]-[0-9]{4}-[0-9]{4}"));
      assertFalse(p.toString().contains(p.name()));
    }
  }

  @Test
  void surnames_followNationalFrequencies() {
    SampleData data = SampleData.withSeed(11);
    int wang = 0;
    int n = 4000;
    for (long i = 0; i < n; i++) {
      if (data.patient(i).name().startsWith("王")) {
        wang++;
      }
    }
    // 王 holds 7.5% of the 100 most frequent surnames' population share of ~84%: about 8.9% of draws
    assertTrue(wang > n * 0.06 && wang < n * 0.12, "王 " + wang);
  }

  @Test
  void episodes_deliveriesAreWomen_datesInOrder() {
    SampleData data = SampleData.withSeed(3);
    for (int i = 0; i < 20; i++) {
      SampleDocument d = data.document("C0015", i);
      assertEquals(Sex.FEMALE, d.patient().sex());
      int age = d.patient().ageOn(d.document().effectiveTime().get().start().toLocalDate());
      assertTrue(age >= 20 && age <= 43, "age " + age);
      assertTrue(d.document().effectiveTime().get().start().toLocalDate().isAfter(d.patient().birthDate()));
    }
  }

  @Test
  void document_unknownCode_refused() {
    assertThrows(IllegalArgumentException.class, () -> SampleData.withSeed(1).document("X9999", 0));
  }
}
