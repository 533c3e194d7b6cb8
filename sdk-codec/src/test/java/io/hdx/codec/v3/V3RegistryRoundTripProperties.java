package io.hdx.codec.v3;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hdx.model.datatype.PointInTime;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** decode(encode(x)) == x for provider, organization and terminology messages, in both styles. */
class V3RegistryRoundTripProperties {
  private final V3Decoder decoder = V3Decoder.create();

  @Property(tries = 60)
  void providerRegistrationAndAnswer_roundTrip(@ForAll("providers") List<ProviderRecord> providers,
      @ForAll("styles") V3Style style) {
    V3Encoder enc = V3Encoder.create(style);
    for (ProviderRecord p : providers) {
      ProviderRegistration r = ProviderRegistration.of(TestMessages.header(Interaction.PRPM_IN301010UV01, "m"), p,
          null, "登记员");
      assertEquals(r, decoder.decode(enc.encode(r)));
    }
    ProviderQueryResponse a = ProviderQueryResponse.of(TestMessages.header(Interaction.PRPM_IN306011UV01, "r"),
        AckCode.AA, Identifier.of(MessageHeader.MESSAGE_ID_ROOT, "q"), null, "q",
        providers.isEmpty() ? QueryResponseCode.NF : QueryResponseCode.OK, providers);
    assertEquals(a, decoder.decode(enc.encode(a)));
  }

  @Property(tries = 60)
  void organizationRegistrationAndAnswer_roundTrip(@ForAll("organizations") List<OrganizationRecord> orgs,
      @ForAll("styles") V3Style style) {
    V3Encoder enc = V3Encoder.create(style);
    for (OrganizationRecord o : orgs) {
      OrganizationRegistration r = OrganizationRegistration.of(
          TestMessages.header(Interaction.PRPM_IN403010UV01, "m"), o, Identifier.of("2.16.156.10011.1.4", "U"), null);
      assertEquals(r, decoder.decode(enc.encode(r)));
    }
    OrganizationQueryResponse a = OrganizationQueryResponse.of(
        TestMessages.header(Interaction.PRPM_IN406110UV01, "r"), AckCode.AA,
        Identifier.of(MessageHeader.MESSAGE_ID_ROOT, "q"), "ok", "q",
        orgs.isEmpty() ? QueryResponseCode.NF : QueryResponseCode.OK, orgs);
    assertEquals(a, decoder.decode(enc.encode(a)));
  }

  @Property(tries = 60)
  void terminologyRegistrationAndAnswer_roundTrip(@ForAll("valueSets") List<ValueSetRecord> sets,
      @ForAll("styles") V3Style style) {
    V3Encoder enc = V3Encoder.create(style);
    if (!sets.isEmpty()) {
      TerminologyRegistration r = TerminologyRegistration.of(TestMessages.header(Interaction.PRVS_IN000001UV01, "m"),
          sets, null, null);
      assertEquals(r, decoder.decode(enc.encode(r)));
    }
    TerminologyQueryResponse a = TerminologyQueryResponse.of(TestMessages.header(Interaction.PRVS_IN000004UV01, "r"),
        AckCode.AA, Identifier.of(MessageHeader.MESSAGE_ID_ROOT, "q"), null, "q",
        sets.isEmpty() ? QueryResponseCode.NF : QueryResponseCode.OK, sets);
    assertEquals(a, decoder.decode(enc.encode(a)));
  }

  @Provide
  Arbitrary<V3Style> styles() {
    return Arbitraries.of(V3Style.values());
  }

  private static Arbitrary<String> words() {
    return Arbitraries.strings().withChars("测试甲乙内科呼吸abc<&>'\"").ofMinLength(1).ofMaxLength(8)
        .filter(s -> s.trim().equals(s));
  }

  private static Arbitrary<Identifier> ids(String root) {
    return Arbitraries.strings().withChars("ABC0123456789.-").ofMinLength(1).ofMaxLength(18)
        .map(d -> Identifier.of(root, d));
  }

  @Provide
  Arbitrary<List<ProviderRecord>> providers() {
    Arbitrary<Code> gender = Arbitraries.of("0", "1", "2", "9").map(c -> Code.of(c, "2.16.156.10011.2.3.3.4", null));
    Arbitrary<LocalDate> birth = Arbitraries.integers().between(0, 30000).map(d -> LocalDate.of(1930, 1, 1).plusDays(d));
    return Combinators.combine(ids(ProviderRecord.PROVIDER_ID_ROOT).list().ofMinSize(1).ofMaxSize(2),
        ids(PatientRecord.RESIDENT_ID_ROOT).list().ofMaxSize(1), words().injectNull(0.3), gender.injectNull(0.3),
        birth.injectNull(0.3), ids(OrganizationRecord.ORGANIZATION_ID_ROOT).injectNull(0.5),
        words().injectNull(0.5), words().list().ofMaxSize(2))
        .as((pids, persons, name, g, b, dept, deptName, tels) -> {
          ProviderRecord.Builder pb = ProviderRecord.builder();
          pids.forEach(pb::addId);
          persons.forEach(pb::addPersonId);
          tels.forEach(pb::addTelecom);
          return pb.name(name).gender(g).birthTime(b == null ? null : PointInTime.of(b)).department(dept)
              .departmentName(deptName).title(name == null ? null : Code.of("231", "2.16.156.10011.2.3.3.10", name))
              .build();
        }).list().ofMaxSize(3);
  }

  @Provide
  Arbitrary<List<OrganizationRecord>> organizations() {
    return Combinators.combine(ids(OrganizationRecord.ORGANIZATION_ID_ROOT).list().ofMinSize(1).ofMaxSize(2),
        words().injectNull(0.3), words().injectNull(0.5), ids(OrganizationRecord.ORGANIZATION_ID_ROOT).injectNull(0.5),
        words().injectNull(0.5), words().list().ofMaxSize(2), Arbitraries.of(true, false))
        .as((oids, name, role, parent, parentName, tels, typed) -> {
          OrganizationRecord.Builder b = OrganizationRecord.builder();
          oids.forEach(b::addId);
          tels.forEach(b::addTelecom);
          return b.name(name).roleName(role).parent(parent).parentName(parentName)
              .type(typed ? Code.of("A03", "2.16.156.10011.2.3.2.62", "科室") : null).build();
        }).list().ofMaxSize(3);
  }

  @Provide
  Arbitrary<List<ValueSetRecord>> valueSets() {
    Arbitrary<ValueSetRecord.Item> item = Combinators.combine(
        Arbitraries.strings().withChars("ABC0123").ofMinLength(1).ofMaxLength(4), words().injectNull(0.3),
        Arbitraries.of("0", "1").injectNull(0.3)).as(ValueSetRecord.Item::of);
    return Combinators.combine(Arbitraries.strings().withChars("abcXYZ_19").ofMinLength(1).ofMaxLength(12),
        words().injectNull(0.3), Arbitraries.of("0", "1").injectNull(0.3),
        Arbitraries.strings().withChars("0123.").ofMinLength(1).ofMaxLength(4).injectNull(0.3),
        words().injectNull(0.5), item.list().ofMaxSize(4))
        .as((id, desc, status, version, versionName, items) -> {
          ValueSetRecord.Builder b = ValueSetRecord.builder(id).description(desc).status(status).version(version)
              .versionName(version == null ? null : versionName);
          items.forEach(b::addItem);
          return b.build();
        }).list().ofMaxSize(3);
  }
}
