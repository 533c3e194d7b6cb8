package io.hdx.codec.validate;

import io.hdx.codec.cda.CdaEncoder;
import io.hdx.model.document.ClinicalDocument;
import io.hdx.model.spec.DocumentSpec;
import io.hdx.model.spec.DocumentSpecRegistry;
import org.junit.jupiter.api.Test;

class ExploreTest {
  @Test
  void explore() throws Exception {
    DocumentValidator v = ValidDocuments.validator();
    for (DocumentSpec spec : DocumentSpecRegistry.standard().all()) {
      ClinicalDocument doc = new ValidDocuments(spec.code().hashCode()).document(spec);
      ValidationReport r = v.validate(CdaEncoder.create().encode(doc));
      System.out.print(TextReportWriter.render(spec.code(), r));
    }
  }
}
