package io.hdx.codec.v3;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.codec.CodecException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HipSoapTest {
  private final HipSoap soap = HipSoap.create();
  private final byte[] message = V3Encoder.create().encode(PatientRegistration.of(
      TestMessages.header(Interaction.PRPA_IN201311UV02, "m1"), TestMessages.aPatient(), null, null));

  @ParameterizedTest
  @CsvSource({
      "SOAP_11, action, message, ESCAPED_TEXT, http://tempuri.org",
      "SOAP_12, action, message, CDATA, http://tempuri.org/",
      "SOAP_11, input1, input2, CDATA, urn:vendor:hip",
      "SOAP_12, InputString, InputContent, ESCAPED_TEXT, http://webservice.dhcc.com.cn"})
  void request_everySpelling_parsesBack(SoapVersion version, String a, String m, HipSoapBinding.Embedding embedding,
      String ns) {
    HipSoapBinding binding = HipSoapBinding.builder().version(version).parameterNames(a, m).embedding(embedding)
        .operationNamespace(ns).build();
    byte[] envelope = soap.request(binding, "PatientInfoRegister", message);
    String text = new String(envelope, StandardCharsets.UTF_8);
    assertTrue(text.contains("<" + a + ">PatientInfoRegister</" + a + ">"), text);
    assertEquals(embedding == HipSoapBinding.Embedding.CDATA, text.contains("<![CDATA["), text);
    HipCall call = soap.parseRequest(envelope);
    assertEquals(version, call.version());
    assertEquals("HIPMessageServer", call.operation());
    assertEquals(ns, call.operationNamespace());
    assertEquals("PatientInfoRegister", call.action());
    assertEquals(V3Decoder.create().decode(message), V3Decoder.create().decode(call.message()));

    byte[] answer = soap.response(call, message);
    assertEquals(V3Decoder.create().decode(message), V3Decoder.create().decode(soap.parseResponse(answer)));
  }

  @Test
  void parseRequest_handWrittenDotNetStyle_readsActionAndMessage() {
    String env = "<?xml version=\"1.0\" encoding=\"utf-8\"?><soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\""
        + " xmlns:tem=\"http://tempuri.org/\"><soap:Header/><soap:Body><tem:HIPMessageServer>"
        + "<tem:input1>PatientInfoQuery</tem:input1><tem:input2><![CDATA[<?xml version=\"1.0\" encoding=\"GBK\"?>"
        + "<x xmlns=\"urn:hl7-org:v3\"/>]]></tem:input2></tem:HIPMessageServer></soap:Body></soap:Envelope>";
    HipCall call = soap.parseRequest(env.getBytes(StandardCharsets.UTF_8));
    assertEquals("PatientInfoQuery", call.action());
    assertArrayEquals("<x xmlns=\"urn:hl7-org:v3\"/>".getBytes(StandardCharsets.UTF_8), call.message());
  }

  @Test
  void cdata_messageContainingCdataEnd_survives() {
    byte[] tricky = "<x xmlns=\"urn:hl7-org:v3\">a]]>b</x>".getBytes(StandardCharsets.UTF_8);
    HipSoapBinding binding = HipSoapBinding.builder().embedding(HipSoapBinding.Embedding.CDATA).build();
    assertArrayEquals(tricky, soap.parseRequest(soap.request(binding, "A", tricky)).message());
  }

  @Test
  void parseResponse_fault_soap0003WithCodeOnly() {
    for (SoapVersion v : SoapVersion.values()) {
      byte[] fault = soap.fault(v, "Server", "internal");
      CodecException e = assertThrows(CodecException.class, () -> soap.parseResponse(fault));
      assertEquals("SOAP-0003", e.errorCode());
      assertTrue(e.getMessage().contains("soap:Server"), e.getMessage());
    }
  }

  @Test
  void parseRequest_notSoap_soap0001() {
    CodecException e = assertThrows(CodecException.class, () -> soap.parseRequest(message));
    assertEquals("SOAP-0001", e.errorCode());
  }

  @Test
  void parseRequest_oneParameter_soap0002() {
    String env = "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\"><s:Body><HIPMessageServer>"
        + "<action>A</action></HIPMessageServer></s:Body></s:Envelope>";
    CodecException e = assertThrows(CodecException.class,
        () -> soap.parseRequest(env.getBytes(StandardCharsets.UTF_8)));
    assertEquals("SOAP-0002", e.errorCode());
  }
}
