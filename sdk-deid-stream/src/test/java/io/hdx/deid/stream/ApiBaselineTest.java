package io.hdx.deid.stream;

import io.hdx.model.testing.ApiBaseline;
import org.junit.jupiter.api.Test;

/** The public API of sdk-deid-stream is its checked-in dump, sdk-deid-stream/api/sdk-deid-stream.api: a change to it is deliberate (issue 16). */
class ApiBaselineTest {
  @Test
  void publicApi_equalsTheCheckedInDump() {
    ApiBaseline.check("sdk-deid-stream");
  }
}
