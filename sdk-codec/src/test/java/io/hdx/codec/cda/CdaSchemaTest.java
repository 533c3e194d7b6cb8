package io.hdx.codec.cda;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.model.spec.DocumentSpec;
import io.hdx.model.spec.DocumentSpecRegistry;
import io.hdx.model.testing.SharedReference;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

/**
 * XSD oracle: encoder output for a complete generated document of each spec validates against the Chinese
 * extended CDA schema SDA.xsd (POCD_MT000040 + PCHIS extensions) of the shared reference (fails on CI when it is missing).
 */
class CdaSchemaTest {
  @Test
  void encode_completeDocumentOfEverySpec_validAgainstSdaXsd() throws Exception {
    Path sda = SharedReference.require("schemas", "sdschemas", "SDA.xsd");
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    Schema schema = factory.newSchema(sda.toFile());
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (DocumentSpec spec : DocumentSpecRegistry.standard().all()) {
      for (long seed = 1; seed <= 3; seed++) {
        byte[] xml = CdaEncoder.create().encode(new TestDocuments(seed * 31 + spec.code().hashCode(), true)
            .document(spec, true));
        Validator validator = schema.newValidator();
        try {
          validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXException e) {
          failures.add(spec.code() + "#" + seed + ": " + e.getMessage());
        }
        checked++;
      }
    }
    assertTrue(failures.isEmpty(), failures.size() + " of " + checked + " documents invalid:\n"
        + String.join("\n", failures.subList(0, Math.min(30, failures.size()))));
  }
}
