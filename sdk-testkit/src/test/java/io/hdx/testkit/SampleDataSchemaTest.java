package io.hdx.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.codec.cda.CdaEncoder;
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
 * XSD oracle: generated documents of every type validate against the Chinese extended CDA schema SDA.xsd
 * (POCD_MT000040 + PCHIS extensions) in ../shared/reference/schemas (fails on CI when it is missing).
 */
class SampleDataSchemaTest {
  @Test
  void everyDocumentType_validAgainstSdaXsd() throws Exception {
    Path sda = SharedReference.require("schemas", "sdschemas", "SDA.xsd");
    Schema schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(sda.toFile());
    List<String> failures = new ArrayList<>();
    SampleData data = SampleData.withSeed(17);
    for (DocumentSpec spec : DocumentSpecRegistry.standard().all()) {
      byte[] xml = CdaEncoder.create().encode(data.document(spec.code(), 0).document());
      Validator validator = schema.newValidator();
      try {
        validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
      } catch (SAXException e) {
        failures.add(spec.code() + ": " + e.getMessage());
      }
    }
    assertTrue(failures.isEmpty(), failures.size() + " documents invalid:\n" + String.join("\n", failures));
  }
}
