package io.hdx.model;

import io.hdx.model.testing.ApiBaseline;
import org.junit.jupiter.api.Test;

/** The public API of sdk-model is its checked-in dump, sdk-model/api/sdk-model.api: a change to it is deliberate (issue 16). */
class ApiBaselineTest {
  @Test
  void publicApi_equalsTheCheckedInDump() {
    ApiBaseline.check("sdk-model");
  }
}
