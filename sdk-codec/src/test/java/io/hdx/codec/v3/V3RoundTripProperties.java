package io.hdx.codec.v3;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hdx.model.datatype.PointInTime;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** decode(encode(x)) == x for registrations, queries, responses and acks, in both styles. */
class V3RoundTripProperties {
  private final V3Decoder decoder = V3Decoder.create();

  @Property(tries = 150)
  void registration_roundTrips(@ForAll("patients") PatientRecord patient, @ForAll("styles") V3Style style,
      @ForAll("ids") String messageId) {
    PatientRegistration r = PatientRegistration.of(TestMessages.header(Interaction.PRPA_IN201311UV02, messageId),
        style == V3Style.HL7_R1 ? patient.toBuilder().idCategory(null).build() : patient,
        Identifier.of("2.16.156.10011.1.4", "U1"), "登记员");
    assertEquals(r, decoder.decode(V3Encoder.create(style).encode(r)));
  }

  @Property(tries = 100)
  void queryResponse_roundTrips(@ForAll("patientLists") List<PatientRecord> patients, @ForAll("styles") V3Style style,
      @ForAll AckCode code) {
    PatientQueryResponse r = PatientQueryResponse.of(TestMessages.header(Interaction.PRPA_IN201306UV02, "r1"), code,
        Identifier.of(MessageHeader.MESSAGE_ID_ROOT, "q1"), code == AckCode.AA ? null : "参数错误 detail", "q1",
        patients.isEmpty() ? QueryResponseCode.NF : QueryResponseCode.OK,
        style == V3Style.HL7_R1 ? stripCategory(patients) : patients);
    assertEquals(r, decoder.decode(V3Encoder.create(style).encode(r)));
  }

  @Property(tries = 100)
  void ack_roundTrips(@ForAll AckCode code, @ForAll("ids") String target, @ForAll("texts") String detail,
      @ForAll("styles") V3Style style) {
    Acknowledgement a = Acknowledgement.of(TestMessages.header(Interaction.MCCI_IN000002UV01, "a1"), code,
        Identifier.of(MessageHeader.MESSAGE_ID_ROOT, target), detail);
    assertEquals(a, decoder.decode(V3Encoder.create(style).encode(a)));
  }

  @Property(tries = 100)
  void query_roundTrips(@ForAll("patients") PatientRecord p, @ForAll("styles") V3Style style) {
    PatientQuery q = PatientQuery.builder().header(TestMessages.header(Interaction.PRPA_IN201305UV02, "q"))
        .queryId("q").initialQuantity(5).minimumDegreeMatch(100)
        .localId(p.ids().isEmpty() ? null : p.ids().get(0))
        .personId(p.personIds().isEmpty() ? null : p.personIds().get(0))
        .name(p.name().orElse("x")).gender(p.gender().orElse(null)).birthTime(p.birthTime().orElse(null)).build();
    assertEquals(q, decoder.decode(V3Encoder.create(style).encode(q)));
  }

  private static List<PatientRecord> stripCategory(List<PatientRecord> ps) {
    List<PatientRecord> out = new java.util.ArrayList<>();
    for (PatientRecord p : ps) {
      out.add(p.toBuilder().idCategory(null).build());
    }
    return out;
  }

  @Provide
  Arbitrary<V3Style> styles() {
    return Arbitraries.of(V3Style.values());
  }

  @Provide
  Arbitrary<String> ids() {
    return Arbitraries.strings().withChars("abcdef0123456789-").ofMinLength(1).ofMaxLength(36);
  }

  @Provide
  Arbitrary<String> texts() {
    // any text a platform might write, markup characters included (never blank: blank detail is no detail)
    return Arbitraries.strings().withChars("注册成功失败<>&\"' abcXYZ123").ofMinLength(1).ofMaxLength(40)
        .filter(s -> !s.trim().isEmpty() && s.trim().equals(s));
  }

  @Provide
  Arbitrary<List<PatientRecord>> patientLists() {
    return patients().list().ofMaxSize(3);
  }

  @Provide
  Arbitrary<PatientRecord> patients() {
    Arbitrary<String> word = Arbitraries.strings().withChars("测试甲乙丙丁张王李赵abc<&>").ofMinLength(1).ofMaxLength(8);
    Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(18);
    Arbitrary<Identifier> localId = digits.map(d -> Identifier.of(PatientRecord.LOCAL_ID_ROOT, d));
    Arbitrary<Identifier> personId = digits.map(d -> Identifier.of(PatientRecord.RESIDENT_ID_ROOT, d));
    Arbitrary<Code> gender = Arbitraries.of("0", "1", "2", "9")
        .map(c -> Code.of(c, "2.16.156.10011.2.3.3.4", c.equals("1") ? "男性" : null));
    Arbitrary<LocalDate> birth = Arbitraries.integers().between(0, 40000).map(d -> LocalDate.of(1920, 1, 1).plusDays(d));
    Arbitrary<List<AddressPart>> addr = Combinators.combine(Arbitraries.of(AddressPart.Type.values()), word)
        .as(AddressPart::of).list().ofMaxSize(4);
    return Combinators.combine(localId.list().ofMaxSize(2), personId.list().ofMaxSize(2), word.injectNull(0.2),
        gender.injectNull(0.2), birth.injectNull(0.2), addr, word.list().ofMaxSize(2), Arbitraries.of(true, false))
        .as((ids, pids, name, g, b, a, tels, rich) -> {
          PatientRecord.Builder pb = PatientRecord.builder();
          ids.forEach(pb::addId);
          pids.forEach(pb::addPersonId);
          pb.name(name).gender(g).birthTime(b == null ? null : PointInTime.of(b));
          a.forEach(pb::addAddressPart);
          tels.forEach(pb::addTelecom);
          if (rich) {
            pb.effectiveTime(PointInTime.parse("20240101090101"))
                .idCategory(Code.of("01", "2.16.156.10011.2.3.1.1", "身份证件类别代码表", "居民身份证"))
                .maritalStatus(Code.of("10", "2.16.156.10011.2.3.3.5", "未婚"))
                .ethnicGroup(Code.of("01", "2.16.156.10011.2.3.3.3", "汉族"))
                .occupation(Code.of("13", "2.16.156.10011.2.3.3.7", null)).employerName("单位").employerTelecom("1")
                .addOtherId(PatientRecord.OtherId.of(Identifier.of("2.16.156.10011.1.19", "HC1"),
                    Identifier.of("2.16.156.10011.1.5", "O1")))
                .addOtherId(PatientRecord.OtherId.of(Identifier.of("2.16.156.10011.1.2", "R1"), null))
                .addContact(PatientRecord.Contact.of(Code.of("1", "2.16.156.10011.2.3.1.34", "配偶"), "2", "联系人"))
                .addContact(PatientRecord.Contact.of(null, null, "联系人"))
                .providerOrganization(Identifier.of("2.16.156.10011.1.5", "O1")).providerOrganizationName("医院")
                .insuranceType(Code.of("1", "2.16.156.10011.2.3.1.248", "医疗保险类别代码", "城镇职工"));
          }
          return pb.build();
        });
  }

  static List<V3Style> allStyles() {
    return Arrays.asList(V3Style.values());
  }
}
