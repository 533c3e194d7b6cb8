package io.hdx.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hdx.codec.v3.AckCode;
import io.hdx.codec.v3.Acknowledgement;
import io.hdx.codec.v3.Identifier;
import io.hdx.codec.v3.OrganizationQueryResponse;
import io.hdx.codec.v3.OrganizationRecord;
import io.hdx.codec.v3.ProviderQueryResponse;
import io.hdx.codec.v3.ProviderRecord;
import io.hdx.codec.v3.QueryResponseCode;
import io.hdx.codec.v3.TerminologyQueryResponse;
import io.hdx.codec.v3.V3Decoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * National-style provider, department and value set messages (shaped like LangZhongGit H0301/H0303, H0401/H0403,
 * H0501/H0503) posted as SOAP HIPMessageServer calls are accepted and found, and survive a restart on a data
 * directory.
 */
class PlatformSimulatorRegistriesTest {
  private static final String SOAP11 = "text/xml; charset=utf-8";
  private final V3Decoder decoder = V3Decoder.create();

  private byte[] call(PlatformSimulator p, String action, String resource) {
    Http.Response r = Http.post(p.endpoint(), SOAP11, Http.soap11(action, Http.resource(resource)));
    assertEquals(200, r.status, r.body);
    return Http.unwrap(r.body).getBytes(StandardCharsets.UTF_8);
  }

  private void registerAll(PlatformSimulator p) {
    for (String[] c : new String[][] {{"OrganizationInfoRegister", "PRPM_IN401030UV01-national.xml"},
        {"ProviderInfoRegister", "PRPM_IN301010UV01-national.xml"},
        {"TerminologyRegister", "PRVS_IN000001UV01-national.xml"}}) {
      Acknowledgement a = decoder.decode(call(p, c[0], c[1]), Acknowledgement.class);
      assertEquals(AckCode.AA, a.code(), a.detail().orElse(""));
    }
  }

  private void queryAll(PlatformSimulator p) {
    ProviderQueryResponse pr = decoder.decode(call(p, "ProviderInfoQuery", "PRPM_IN306010UV01-national.xml"),
        ProviderQueryResponse.class);
    assertEquals(QueryResponseCode.OK, pr.responseCode());
    assertEquals("测试医生", pr.providers().get(0).name().get());
    assertEquals("呼吸内科", pr.providers().get(0).departmentName().get());
    OrganizationQueryResponse or = decoder.decode(call(p, "OrganizationInfoQuery", "PRPM_IN406010UV01-national.xml"),
        OrganizationQueryResponse.class);
    assertEquals(1, or.organizations().size());
    assertEquals("内科", or.organizations().get(0).parentName().get());
    TerminologyQueryResponse tr = decoder.decode(call(p, "TerminologyQuery", "PRVS_IN000003UV01-national.xml"),
        TerminologyQueryResponse.class);
    assertEquals("18204", tr.queryId());
    assertEquals(1, tr.valueSets().size());
    assertEquals("女性", tr.valueSets().get(0).items().get(0).displayName().get(), "only the item asked for");
    assertEquals(1, tr.valueSets().get(0).items().size());
  }

  @Test
  void nationalStyleRegistryMessages_overSoap_aaAndFound_restartKeepsThem(@TempDir Path dir) {
    try (PlatformSimulator p = PlatformSimulator.builder().dataDirectory(dir).start()) {
      registerAll(p);
      queryAll(p);
      // the same message again is answered from the log, not applied twice
      Acknowledgement again = decoder.decode(call(p, "ProviderInfoRegister", "PRPM_IN301010UV01-national.xml"),
          Acknowledgement.class);
      assertEquals(AckCode.AA, again.code());
    }
    try (PlatformSimulator p = PlatformSimulator.builder().dataDirectory(dir).start()) {
      queryAll(p);
      assertEquals(1, p.providerAppliedCount(Identifier.of(ProviderRecord.PROVIDER_ID_ROOT, "D0001")));
      assertEquals(1, p.organizationAppliedCount(Identifier.of(OrganizationRecord.ORGANIZATION_ID_ROOT, "A03.01")));
      assertEquals(1, p.valueSetAppliedCount("sexDictionary", "1.0"));
    }
  }
}
