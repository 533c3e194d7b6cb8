package io.hdx.codec.v3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.codec.CodecException;
import io.hdx.model.datatype.PointInTime;
import io.hdx.model.testing.SharedReference;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

/**
 * Provider, organization (department) and terminology messages: the national-style samples decode to the values
 * they carry, what the encoder writes decodes back in both styles, and the R1 style validates against
 * schemas-v3 where a schema applies (PRPM queries and query answers, provider registration without a department).
 */
class V3RegistryMessagesTest {
  private final V3Decoder decoder = V3Decoder.create();

  static ProviderRecord aProvider() {
    return ProviderRecord.builder()
        .addId(Identifier.of(ProviderRecord.PROVIDER_ID_ROOT, "D0001"))
        .title(Code.of("231", "2.16.156.10011.2.3.3.10", "主任医师"))
        .addTelecom("010-00000001")
        .addPersonId(Identifier.of(PatientRecord.RESIDENT_ID_ROOT, "110105195703230011"))
        .name("测试医生").gender(Code.of("1", "2.16.156.10011.2.3.3.4", "男性"))
        .birthTime(PointInTime.parse("19570323"))
        .build();
  }

  static OrganizationRecord aDepartment() {
    return OrganizationRecord.builder()
        .addId(Identifier.of(OrganizationRecord.ORGANIZATION_ID_ROOT, "A03.01"))
        .type(Code.of("A03.01", "2.16.156.10011.2.3.2.62", "医疗卫生机构业务科室分类与代码表", "呼吸内科专业"))
        .addTelecom("010-00000002").name("呼吸内科")
        .parent(Identifier.of(OrganizationRecord.ORGANIZATION_ID_ROOT, "A03")).parentName("内科")
        .build();
  }

  static ValueSetRecord aValueSet() {
    return ValueSetRecord.builder("sexDictionary").description("性别代码表").status("1").version("1.0")
        .versionName("版本1").addItem(ValueSetRecord.Item.of("1", "男性", "1"))
        .addItem(ValueSetRecord.Item.of("2", "女性", "1")).build();
  }

  private static void assertValidR1(String interaction, byte[] xml) throws Exception {
    Path xsd = SharedReference.require("schemas-v3", "multicacheschemas", interaction + ".xsd");
    try {
      SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd.toFile()).newValidator()
          .validate(new StreamSource(new ByteArrayInputStream(xml)));
    } catch (SAXException e) {
      throw new AssertionError(e.getMessage() + "\n" + new String(xml, StandardCharsets.UTF_8), e);
    }
  }

  @Test
  void nationalProviderRegistration_decodesItsValues() {
    ProviderRegistration r = decoder.decode(TestMessages.resource("PRPM_IN301010UV01-national.xml"),
        ProviderRegistration.class);
    assertEquals(Interaction.PRPM_IN301010UV01, r.header().interaction().get());
    assertEquals(aProvider().toBuilder()
        .title(Code.of("231", "2.16.156.10011.2.3.3.10", "专业技术职务代码（ GB/T 8561-1988）", "主任医师"))
        .gender(Code.of("1", "2.16.156.10011.2.3.3.4", "生理性别代码表（GB/T 2261.1）", "男性")).department(Identifier.of(OrganizationRecord.ORGANIZATION_ID_ROOT, "A03.01"))
        .departmentName("呼吸内科").build(), r.provider());
    assertEquals(Identifier.of(ProviderRecord.PROVIDER_ID_ROOT, "U0001"), r.authorId().get());
    assertEquals("测试登记员", r.authorName().get());
  }

  @Test
  void nationalDepartmentRegistration_decodesItsValues_emptyRoleNameIsAbsent() {
    OrganizationRegistration r = decoder.decode(TestMessages.resource("PRPM_IN401030UV01-national.xml"),
        OrganizationRegistration.class);
    assertEquals(aDepartment(), r.organization());
    assertFalse(r.organization().roleName().isPresent());
  }

  @Test
  void nationalTerminologyRegistration_decodesItsValues() {
    TerminologyRegistration r = decoder.decode(TestMessages.resource("PRVS_IN000001UV01-national.xml"),
        TerminologyRegistration.class);
    assertEquals(Collections.singletonList(aValueSet()), r.valueSets());
    assertEquals("测试登记员", r.authorName().get());
  }

  @Test
  void nationalQueries_decodeTheirParameters() {
    ProviderQuery p = decoder.decode(TestMessages.resource("PRPM_IN306010UV01-national.xml"), ProviderQuery.class);
    assertEquals(Arrays.asList(Identifier.of(ProviderRecord.PROVIDER_ID_ROOT, "D0001"),
        Identifier.of(PatientRecord.RESIDENT_ID_ROOT, "110105195703230011")), p.providerIds());
    assertEquals("测试医生", p.name().get());
    assertEquals("", p.queryId());
    OrganizationQuery o = decoder.decode(TestMessages.resource("PRPM_IN406010UV01-national.xml"),
        OrganizationQuery.class);
    assertEquals(Collections.singletonList(Identifier.of(OrganizationRecord.ORGANIZATION_ID_ROOT, "A03.01")),
        o.organizationIds());
    assertEquals("呼吸内科", o.name().get());
    TerminologyQuery t = decoder.decode(TestMessages.resource("PRVS_IN000003UV01-national.xml"),
        TerminologyQuery.class);
    assertEquals("18204", t.queryId());
    assertEquals("sexDictionary", t.valueSetId().get());
    assertEquals("1.0", t.version().get());
    assertEquals("2", t.itemCode().get());
  }

  @Test
  void everyMessage_roundTripsInBothStyles() {
    for (V3Style style : V3Style.values()) {
      V3Encoder enc = V3Encoder.create(style);
      ProviderRecord withDept = aProvider().toBuilder().department(Identifier.of("2.16.156.10011.1.26", "A03.01"))
          .departmentName("呼吸内科").build();
      V3Message[] messages = {
          ProviderRegistration.of(TestMessages.header(Interaction.PRPM_IN301010UV01, "m1"), withDept, null, null),
          ProviderRegistration.of(TestMessages.header(Interaction.PRPM_IN303010UV01, "m2"), aProvider(),
              Identifier.of("2.16.156.10011.1.4", "U1"), "登记员"),
          OrganizationRegistration.of(TestMessages.header(Interaction.PRPM_IN401030UV01, "m3"), aDepartment(), null,
              "登记员"),
          OrganizationRegistration.of(TestMessages.header(Interaction.PRPM_IN403010UV01, "m4"),
              aDepartment().toBuilder().roleName("呼吸内科门诊").build(), null, null),
          TerminologyRegistration.of(TestMessages.header(Interaction.PRVS_IN000001UV01, "m5"),
              Arrays.asList(aValueSet(), ValueSetRecord.builder("x").build()), null, null),
          TerminologyRegistration.of(TestMessages.header(Interaction.PRVS_IN000002UV01, "m6"),
              Collections.singletonList(aValueSet()), null, null),
          ProviderQuery.builder().header(TestMessages.header(Interaction.PRPM_IN306010UV01, "m7")).queryId("m7")
              .addProviderId(Identifier.of("2.16.156.10011.1.4", "D0001")).name("测试<&>").gender(
                  Code.of("1", "2.16.156.10011.2.3.3.4", "男性")).build(),
          OrganizationQuery.builder().header(TestMessages.header(Interaction.PRPM_IN406010UV01, "m8")).name("呼吸内科")
              .build(),
          TerminologyQuery.builder().header(TestMessages.header(Interaction.PRVS_IN000003UV01, "m9"))
              .valueSetId("sexDictionary").build(),
          ProviderQueryResponse.of(TestMessages.header(Interaction.PRPM_IN306011UV01, "r1"), AckCode.AA,
              Identifier.of(MessageHeader.MESSAGE_ID_ROOT, "m7"), "查询成功", "m7", QueryResponseCode.OK,
              Arrays.asList(aProvider(), withDept)),
          ProviderQueryResponse.of(TestMessages.header(Interaction.PRPM_IN306011UV01, "r2"), AckCode.AA,
              Identifier.of(MessageHeader.MESSAGE_ID_ROOT, "m7"), null, "", QueryResponseCode.NF,
              Collections.<ProviderRecord>emptyList()),
          OrganizationQueryResponse.of(TestMessages.header(Interaction.PRPM_IN406110UV01, "r3"), AckCode.AA,
              Identifier.of(MessageHeader.MESSAGE_ID_ROOT, "m8"), null, "m8", QueryResponseCode.OK,
              Collections.singletonList(aDepartment())),
          OrganizationQueryResponse.of(TestMessages.header(Interaction.PRPM_IN406110UV01, "r4"), AckCode.AE,
              Identifier.of(MessageHeader.MESSAGE_ID_ROOT, "m8"), "错误", "m8", QueryResponseCode.AE,
              Collections.<OrganizationRecord>emptyList()),
          TerminologyQueryResponse.of(TestMessages.header(Interaction.PRVS_IN000004UV01, "r5"), AckCode.AA,
              Identifier.of(MessageHeader.MESSAGE_ID_ROOT, "m9"), null, "m9", QueryResponseCode.OK,
              Arrays.asList(aValueSet(), aValueSet().toBuilder().version("2.0").build())),
          TerminologyQueryResponse.of(TestMessages.header(Interaction.PRVS_IN000004UV01, "r6"), AckCode.AA,
              Identifier.of(MessageHeader.MESSAGE_ID_ROOT, "m9"), null, "m9", QueryResponseCode.NF,
              Collections.<ValueSetRecord>emptyList()),
      };
      for (V3Message m : messages) {
        assertEquals(m, decoder.decode(enc.encode(m)), style + " " + m);
      }
    }
  }

  @Test
  void answerUnderAnotherInteractionId_decodedByItsContent() {
    // the H0303Rp mapping writes interactionId PRPM_IN401030UV01 in an organization answer
    OrganizationQueryResponse r = OrganizationQueryResponse.of(
        TestMessages.header(Interaction.PRPM_IN401030UV01, "r"), AckCode.AA,
        Identifier.of(MessageHeader.MESSAGE_ID_ROOT, "q"), null, "q", QueryResponseCode.OK,
        Collections.singletonList(aDepartment()));
    assertEquals(r, decoder.decode(V3Encoder.create().encode(r)));
  }

  @Test
  void r1Style_providerRegistration_validAgainstSchema() throws Exception {
    ProviderRegistration r = ProviderRegistration.of(TestMessages.header(Interaction.PRPM_IN301010UV01, "m"),
        aProvider(), Identifier.of(ProviderRecord.PROVIDER_ID_ROOT, "U1"), null);
    assertValidR1("PRPM_IN301010UV01", V3Encoder.create(V3Style.HL7_R1).encode(r));
    ProviderRegistration u = ProviderRegistration.of(TestMessages.header(Interaction.PRPM_IN303010UV01, "m"),
        aProvider(), Identifier.of(ProviderRecord.PROVIDER_ID_ROOT, "U1"), null);
    assertValidR1("PRPM_IN303010UV01", V3Encoder.create(V3Style.HL7_R1).encode(u));
  }

  @Test
  void r1Style_queries_validAgainstSchema() throws Exception {
    V3Encoder r1 = V3Encoder.create(V3Style.HL7_R1);
    assertValidR1("PRPM_IN306010UV01", r1.encode(ProviderQuery.builder()
        .header(TestMessages.header(Interaction.PRPM_IN306010UV01, "q")).queryId("q")
        .addProviderId(Identifier.of("2.16.156.10011.1.4", "D0001"))
        .addProviderId(Identifier.of("2.16.156.10011.1.3", "110105195703230011")).name("测试医生")
        .gender(Code.of("1", "2.16.156.10011.2.3.3.4", "男性")).build()));
    assertValidR1("PRPM_IN406010UV01", r1.encode(OrganizationQuery.builder()
        .header(TestMessages.header(Interaction.PRPM_IN406010UV01, "q"))
        .addOrganizationId(Identifier.of("2.16.156.10011.1.26", "A03.01")).name("呼吸内科").build()));
  }

  @Test
  void r1Style_emptyAnswers_validAgainstSchema() throws Exception {
    V3Encoder r1 = V3Encoder.create(V3Style.HL7_R1);
    assertValidR1("PRPM_IN306011UV01", r1.encode(ProviderQueryResponse.of(
        TestMessages.header(Interaction.PRPM_IN306011UV01, "r"), AckCode.AA,
        Identifier.of(MessageHeader.MESSAGE_ID_ROOT, "q"), "未找到", "q", QueryResponseCode.NF,
        Collections.<ProviderRecord>emptyList())));
    assertValidR1("PRPM_IN406110UV01", r1.encode(OrganizationQueryResponse.of(
        TestMessages.header(Interaction.PRPM_IN406110UV01, "r"), AckCode.AA,
        Identifier.of(MessageHeader.MESSAGE_ID_ROOT, "q"), null, "q", QueryResponseCode.NF,
        Collections.<OrganizationRecord>emptyList())));
  }

  @Test
  void missingPayloadOrParameters_v30102WithXPath() {
    String noParams = new String(TestMessages.resource("PRPM_IN406010UV01-national.xml"), StandardCharsets.UTF_8)
        .replaceAll("(?s)<organizationID>.*</organizationName>", "");
    CodecException e = assertThrows(CodecException.class,
        () -> decoder.decode(noParams.getBytes(StandardCharsets.UTF_8)));
    assertEquals("V3-0102", e.errorCode());
    assertTrue(e.getMessage().contains("queryByParameterPayload"), e.getMessage());
    String noProvider = new String(TestMessages.resource("PRPM_IN301010UV01-national.xml"), StandardCharsets.UTF_8)
        .replaceAll("(?s)<subject1 typeCode=\"SBJ\">.*</subject1>", "");
    CodecException e2 = assertThrows(CodecException.class,
        () -> decoder.decode(noProvider.getBytes(StandardCharsets.UTF_8)));
    assertEquals("V3-0102", e2.errorCode());
    assertTrue(e2.getMessage().contains("registrationRequest/subject1"), e2.getMessage());
    assertFalse(e2.getMessage().contains("D0001"));
  }
}
