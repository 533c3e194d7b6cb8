package io.hdx.security;

import io.hdx.model.testing.ApiBaseline;
import org.junit.jupiter.api.Test;

/** The public API of sdk-security is its checked-in dump, sdk-security/api/sdk-security.api: a change to it is deliberate (issue 16). */
class ApiBaselineTest {
  @Test
  void publicApi_equalsTheCheckedInDump() {
    ApiBaseline.check("sdk-security");
  }
}
