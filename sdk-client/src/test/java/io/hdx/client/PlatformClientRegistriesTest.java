package io.hdx.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.codec.v3.AckCode;
import io.hdx.codec.v3.Code;
import io.hdx.codec.v3.HipSoapBinding;
import io.hdx.codec.v3.Identifier;
import io.hdx.codec.v3.OrganizationQueryResponse;
import io.hdx.codec.v3.OrganizationRecord;
import io.hdx.codec.v3.PatientRecord;
import io.hdx.codec.v3.ProviderQueryResponse;
import io.hdx.codec.v3.ProviderRecord;
import io.hdx.codec.v3.QueryResponseCode;
import io.hdx.codec.v3.SoapVersion;
import io.hdx.codec.v3.TerminologyQueryResponse;
import io.hdx.codec.v3.V3Style;
import io.hdx.codec.v3.ValueSetRecord;
import io.hdx.model.datatype.PointInTime;
import io.hdx.testkit.FaultPlan;
import io.hdx.testkit.PlatformSimulator;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Providers, organizations (departments) and terminology, client ⇄ simulator. */
class PlatformClientRegistriesTest {
  private static final Identifier DEPT = Identifier.of(OrganizationRecord.ORGANIZATION_ID_ROOT, "A03.01");

  static ProviderRecord provider(String id, String name) {
    return ProviderRecord.builder().addId(Identifier.of(ProviderRecord.PROVIDER_ID_ROOT, id))
        .addPersonId(Identifier.of(PatientRecord.RESIDENT_ID_ROOT, "1101051957" + id))
        .title(Code.of("231", "2.16.156.10011.2.3.3.10", "主任医师"))
        .name(name).gender(Code.of("1", "2.16.156.10011.2.3.3.4", "男性")).birthTime(PointInTime.parse("19570323"))
        .department(DEPT).departmentName("呼吸内科").build();
  }

  static OrganizationRecord department(String id, String name) {
    return OrganizationRecord.builder().addId(Identifier.of(OrganizationRecord.ORGANIZATION_ID_ROOT, id))
        .type(Code.of("A03.01", "2.16.156.10011.2.3.2.62", "呼吸内科专业")).name(name)
        .parent(Identifier.of(OrganizationRecord.ORGANIZATION_ID_ROOT, "A03")).parentName("内科").build();
  }

  static ValueSetRecord sex(String version, String... codes) {
    ValueSetRecord.Builder b = ValueSetRecord.builder("sexDictionary").description("性别代码表").status("1")
        .version(version);
    for (String c : codes) {
      b.addItem(ValueSetRecord.Item.of(c, "项" + c, "1"));
    }
    return b.build();
  }

  private static PlatformClient.Builder client(PlatformSimulator platform) {
    return PlatformClient.builder().endpoint(platform.endpoint()).senderId("HIS-R")
        .retry(RetryPolicy.builder().initialBackoff(Duration.ofMillis(5)).maxBackoff(Duration.ofMillis(50)).build());
  }

  @Test
  void provider_registerQueryUpdate_everyBindingAndStyle() {
    try (PlatformSimulator platform = PlatformSimulator.start()) {
      int n = 0;
      for (V3Style style : V3Style.values()) {
        for (HipSoapBinding binding : Arrays.asList(HipSoapBinding.defaults(),
            HipSoapBinding.builder().version(SoapVersion.SOAP_12).parameterNames("InputString", "InputContent")
                .embedding(HipSoapBinding.Embedding.CDATA).build())) {
          try (PlatformClient c = client(platform).style(style).soap(binding).build()) {
            String id = "D" + n++;
            ProviderRecord p = provider(id, "测试医生" + id);
            assertEquals(AckCode.AA, c.registerProvider(p).code());
            ProviderQueryResponse byId = c.queryProviders(
                Collections.singletonList(Identifier.of(ProviderRecord.PROVIDER_ID_ROOT, id)), null);
            assertEquals(QueryResponseCode.OK, byId.responseCode());
            assertEquals("PRPM_IN306011UV01", byId.header().interactionId());
            assertEquals(Collections.singletonList(p), byId.providers());
            ProviderQueryResponse byPerson = c.queryProviders(p.personIds(), null);
            assertEquals(Collections.singletonList(p), byPerson.providers());
            ProviderRecord changed = p.toBuilder().title(Code.of("232", "2.16.156.10011.2.3.3.10", "副主任医师"))
                .build();
            assertEquals(AckCode.AA, c.updateProvider(changed).code());
            assertEquals(Collections.singletonList(changed),
                c.queryProviders(Collections.<Identifier>emptyList(), "测试医生" + id).providers());
            assertEquals(2, platform.providerAppliedCount(p.ids().get(0)));
          }
        }
      }
      try (PlatformClient c = client(platform).plainHttp().build()) {
        assertEquals(QueryResponseCode.NF, c.queryProviders(Collections.singletonList(
            Identifier.of(ProviderRecord.PROVIDER_ID_ROOT, "none")), null).responseCode());
      }
    }
  }

  @Test
  void provider_strictChecks_aeWithXPath() {
    try (PlatformSimulator platform = PlatformSimulator.start(); PlatformClient c = client(platform).build()) {
      c.registerProvider(provider("D1", "测试医生"));
      PlatformException again = assertThrows(PlatformException.class, () -> c.registerProvider(provider("D1", "x")));
      assertEquals(AckCode.AE, again.ackCode().get());
      assertTrue(again.ackDetail().get().startsWith("SIM-0303 /PRPM_IN301010UV01/controlActProcess"),
          again.ackDetail().get());
      PlatformException unknown = assertThrows(PlatformException.class, () -> c.updateProvider(provider("D9", "x")));
      assertTrue(unknown.ackDetail().get().startsWith("SIM-0304"), unknown.ackDetail().get());
      ProviderRecord noName = ProviderRecord.builder().addId(Identifier.of(ProviderRecord.PROVIDER_ID_ROOT, "D2"))
          .build();
      PlatformException missing = assertThrows(PlatformException.class, () -> c.registerProvider(noName));
      assertTrue(missing.ackDetail().get().contains("healthCarePrincipalPerson/name: required, missing"),
          missing.ackDetail().get());
      ProviderRecord badGender = provider("D3", "测试").toBuilder()
          .gender(Code.of("7", "2.16.156.10011.2.3.3.4", null)).build();
      PlatformException gender = assertThrows(PlatformException.class, () -> c.registerProvider(badGender));
      assertTrue(gender.ackDetail().get().startsWith("SIM-0103"), gender.ackDetail().get());
      assertFalse(gender.ackDetail().get().contains("测试"));
      assertEquals(1, platform.providerAppliedCount(Identifier.of(ProviderRecord.PROVIDER_ID_ROOT, "D1")));
      assertEquals(0, platform.providerAppliedCount(Identifier.of(ProviderRecord.PROVIDER_ID_ROOT, "D3")));
    }
  }

  @Test
  void organization_registerQueryUpdate_andChecks() throws Exception {
    try (PlatformSimulator platform = PlatformSimulator.start(); PlatformClient c = client(platform).build()) {
      OrganizationRecord d = department("A03.01", "呼吸内科");
      assertEquals(AckCode.AA, c.registerOrganizationAsync(d).get().code());
      OrganizationQueryResponse byId = c.queryOrganizationsAsync(Collections.singletonList(DEPT), null).get();
      assertEquals("PRPM_IN406110UV01", byId.header().interactionId());
      assertEquals(Collections.singletonList(d), byId.organizations());
      OrganizationRecord renamed = d.toBuilder().name("呼吸与危重症医学科").build();
      assertEquals(AckCode.AA, c.updateOrganization(renamed).code());
      assertEquals(Collections.singletonList(renamed),
          c.queryOrganizations(Collections.<Identifier>emptyList(), "呼吸与危重症医学科").organizations());
      assertEquals(QueryResponseCode.NF,
          c.queryOrganizations(Collections.<Identifier>emptyList(), "呼吸内科").responseCode());
      PlatformException dup = assertThrows(PlatformException.class, () -> c.registerOrganization(d));
      assertTrue(dup.ackDetail().get().startsWith("SIM-0313"), dup.ackDetail().get());
      PlatformException own = assertThrows(PlatformException.class,
          () -> c.registerOrganization(department("B1", "自身").toBuilder()
              .parent(Identifier.of(OrganizationRecord.ORGANIZATION_ID_ROOT, "B1")).build()));
      assertTrue(own.ackDetail().get().startsWith("SIM-0315"), own.ackDetail().get());
      OrganizationRecord noName = OrganizationRecord.builder()
          .addId(Identifier.of(OrganizationRecord.ORGANIZATION_ID_ROOT, "B2")).build();
      PlatformException nameless = assertThrows(PlatformException.class, () -> c.registerOrganization(noName));
      assertTrue(nameless.ackDetail().get().startsWith("SIM-0312"), nameless.ackDetail().get());
      assertEquals(2, platform.organizationAppliedCount(DEPT));
    }
  }

  @Test
  void terminology_registerVersionsQueryUpdate_andChecks() {
    try (PlatformSimulator platform = PlatformSimulator.start(); PlatformClient c = client(platform).build()) {
      assertEquals(AckCode.AA, c.registerValueSets(Arrays.asList(sex("1.0", "1", "2"),
          ValueSetRecord.builder("maritalDictionary").version("1").addItem(ValueSetRecord.Item.of("10", "未婚", null))
              .build())).code());
      assertEquals(AckCode.AA, c.registerValueSets(Collections.singletonList(sex("2.0", "0", "1", "2", "9"))).code());
      TerminologyQueryResponse all = c.queryValueSet("sexDictionary", null, null);
      assertEquals("PRVS_IN000004UV01", all.header().interactionId());
      assertEquals(Arrays.asList(sex("1.0", "1", "2"), sex("2.0", "0", "1", "2", "9")), all.valueSets());
      TerminologyQueryResponse one = c.queryValueSet("sexDictionary", "2.0", "9");
      assertEquals(Collections.singletonList(sex("2.0", "9")), one.valueSets());
      assertEquals(QueryResponseCode.NF, c.queryValueSet("sexDictionary", "3.0", null).responseCode());
      assertEquals(AckCode.AA, c.updateValueSets(Collections.singletonList(sex("1.0", "1", "2", "9"))).code());
      assertEquals(2, platform.valueSetAppliedCount("sexDictionary", "1.0"));
      PlatformException dup = assertThrows(PlatformException.class,
          () -> c.registerValueSets(Collections.singletonList(sex("2.0", "1"))));
      assertTrue(dup.ackDetail().get().startsWith("SIM-0323"), dup.ackDetail().get());
      PlatformException twice = assertThrows(PlatformException.class,
          () -> c.registerValueSets(Arrays.asList(sex("3.0", "1"), sex("4.0", "1", "1"))));
      assertTrue(twice.ackDetail().get().startsWith("SIM-0321"), twice.ackDetail().get());
      assertTrue(twice.ackDetail().get().contains("subject1[2]"), twice.ackDetail().get());
      assertEquals(0, platform.valueSetAppliedCount("sexDictionary", "3.0"), "all or nothing");
      PlatformException unknown = assertThrows(PlatformException.class,
          () -> c.updateValueSets(Collections.singletonList(ValueSetRecord.builder("nothing").build())));
      assertTrue(unknown.ackDetail().get().startsWith("SIM-0324"), unknown.ackDetail().get());
    }
  }

  @Test
  void configuredAnswerIds_used() {
    try (PlatformSimulator platform = PlatformSimulator.builder()
        .providerQueryResponseInteractionId("PRPM_IN306012UV01")
        .terminologyQueryResponseInteractionId("PRVS_IN000005UV01").start();
        PlatformClient c = client(platform).build()) {
      c.registerProvider(provider("D1", "测试医生"));
      assertEquals("PRPM_IN306012UV01", c.queryProviders(Collections.<Identifier>emptyList(), "测试医生")
          .header().interactionId());
      assertEquals("PRVS_IN000005UV01", c.queryValueSet("x", null, null).header().interactionId());
    }
  }

  @Test
  void faultsOnAShareOfRequests_everyRegistryRegistrationAppliedExactlyOnce() {
    FaultPlan faults = FaultPlan.builder().serverErrors(0.2).drops(0.2).build();
    try (PlatformSimulator platform = PlatformSimulator.builder().faults(faults).start();
        PlatformClient c = client(platform).readTimeout(Duration.ofSeconds(5)).retry(RetryPolicy.builder()
            .maxAttempts(15).initialBackoff(Duration.ofMillis(2)).maxBackoff(Duration.ofMillis(20)).build())
            .build()) {
      int n = 20;
      for (int i = 0; i < n; i++) {
        // a repeat of a registration whose answer was dropped would be AE "already registered" if applied twice
        assertEquals(AckCode.AA, c.registerProvider(provider("F" + i, "故障" + i)).code());
        assertEquals(AckCode.AA, c.registerOrganization(department("F" + i, "科室" + i)).code());
        assertEquals(AckCode.AA, c.registerValueSets(Collections.singletonList(sex("F" + i, "1"))).code());
      }
      for (int i = 0; i < n; i++) {
        assertEquals(1, platform.providerAppliedCount(Identifier.of(ProviderRecord.PROVIDER_ID_ROOT, "F" + i)));
        assertEquals(1, platform.organizationAppliedCount(
            Identifier.of(OrganizationRecord.ORGANIZATION_ID_ROOT, "F" + i)));
        assertEquals(1, platform.valueSetAppliedCount("sexDictionary", "F" + i));
      }
      List<?> duplicates = platform.auditLog().stream().filter(a -> a.outcome().equals("DUPLICATE"))
          .collect(java.util.stream.Collectors.toList());
      assertFalse(duplicates.isEmpty(), "some dropped answers were retried and answered from the log");
    }
  }
}
