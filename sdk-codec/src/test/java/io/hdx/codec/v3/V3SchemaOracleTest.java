package io.hdx.codec.v3;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hdx.model.testing.SharedReference;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

/**
 * Test oracle: what the encoder writes in the {@link V3Style#HL7_R1} style validates against the public HL7 V3
 * schemas of ../shared/reference/schemas-v3 (JohnSire/zoe-phip, see its PROVENANCE.md), and the R1-style test
 * message the decoder reads is itself valid there (so the test proves the decoder reads that style).
 */
class V3SchemaOracleTest {
  private static Schema schema(String interaction) throws SAXException {
    Path xsd = SharedReference.require("schemas-v3", "multicacheschemas", interaction + ".xsd");
    return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd.toFile());
  }

  private static void assertValid(String interaction, byte[] xml) throws Exception {
    schema(interaction).newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
  }

  @Test
  void ack_r1Style_validAgainstMcciSchema() throws Exception {
    for (AckCode code : AckCode.values()) {
      Acknowledgement a = Acknowledgement.of(TestMessages.header(Interaction.MCCI_IN000002UV01, "a1"), code,
          io.hdx.codec.v3.Identifier.of(MessageHeader.MESSAGE_ID_ROOT, "m1"), "detail <&>");
      assertValid("MCCI_IN000002UV01", V3Encoder.create(V3Style.HL7_R1).encode(a));
    }
  }

  @Test
  void registration_r1Style_validAgainstPrpaSchema() throws Exception {
    PatientRegistration r = V3Decoder.create().decode(TestMessages.resource("PRPA_IN201311UV02-national.xml"),
        PatientRegistration.class);
    PatientRegistration r1 = PatientRegistration.of(r.header(), r.patient().toBuilder().idCategory(null).build(),
        r.authorId().orElse(null), r.authorName().orElse(null));
    byte[] xml = V3Encoder.create(V3Style.HL7_R1).encode(r1);
    assertValid("PRPA_IN201311UV02", xml);
    assertEquals(r1, V3Decoder.create().decode(xml));
  }

  @Test
  void r1TestMessage_isValidR1() throws Exception {
    assertValid("PRPA_IN201311UV02", TestMessages.resource("PRPA_IN201311UV02-r1.xml"));
  }

  @Test
  void query_r1Style_validAgainstPrpaSchema() throws Exception {
    PatientQuery q = V3Decoder.create().decode(TestMessages.resource("PRPA_IN201305UV02-national.xml"),
        PatientQuery.class);
    assertValid("PRPA_IN201305UV02", V3Encoder.create(V3Style.HL7_R1).encode(q));
  }

  @Test
  void queryResponse_r1Style_validAgainstPrpaSchema() throws Exception {
    PatientRecord p = TestMessages.aPatient();
    PatientQueryResponse r = PatientQueryResponse.of(TestMessages.header(Interaction.PRPA_IN201306UV02, "r"),
        AckCode.AA, io.hdx.codec.v3.Identifier.of(MessageHeader.MESSAGE_ID_ROOT, "q"), null, "q",
        QueryResponseCode.OK, java.util.Collections.singletonList(p));
    assertValid("PRPA_IN201306UV02", V3Encoder.create(V3Style.HL7_R1).encode(r));
  }
}
