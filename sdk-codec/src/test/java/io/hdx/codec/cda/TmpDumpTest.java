package io.hdx.codec.cda;

import io.hdx.model.spec.DocumentSpecRegistry;
import java.nio.file.Files;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

class TmpDumpTest {
  @Test
  void dump() throws Exception {
    Files.write(Paths.get("/tmp/codec-sample.xml"), CdaEncoder.create().encode(
        new TestDocuments(7).document(DocumentSpecRegistry.standard().byCode("C0034").get(), false)));
  }
}
