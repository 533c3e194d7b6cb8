package io.hdx.testkit;

import io.hdx.model.testing.ApiBaseline;
import org.junit.jupiter.api.Test;

/** The public API of sdk-testkit is its checked-in dump, sdk-testkit/api/sdk-testkit.api: a change to it is deliberate (issue 16). */
class ApiBaselineTest {
  @Test
  void publicApi_equalsTheCheckedInDump() {
    ApiBaseline.check("sdk-testkit");
  }
}
