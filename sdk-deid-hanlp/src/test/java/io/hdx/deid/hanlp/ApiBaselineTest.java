package io.hdx.deid.hanlp;

import io.hdx.model.testing.ApiBaseline;
import org.junit.jupiter.api.Test;

/** The public API of sdk-deid-hanlp is its checked-in dump, sdk-deid-hanlp/api/sdk-deid-hanlp.api: a change to it is deliberate (issue 16). */
class ApiBaselineTest {
  @Test
  void publicApi_equalsTheCheckedInDump() {
    ApiBaseline.check("sdk-deid-hanlp");
  }
}
