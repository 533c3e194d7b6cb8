package io.hdx.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hdx.codec.cda.CdaEncoder;
import io.hdx.model.spec.DocumentSpec;
import io.hdx.model.spec.DocumentSpecRegistry;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
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
 * (POCD_MT000040 + PCHIS extensions) in ../shared/reference/schemas, when it is present.
 */
class SampleDataSchemaTest {
  private static final Path SDA = Paths.get("..", "..", "shared", "reference", "schemas", "sdschemas", "SDA.xsd");

  @Test
  void everyDocumentType_validAgainstSdaXsd() throws Exception {
    assumeTrue(Files.isRegularFile(SDA), "SDA.xsd not present");
    Schema schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(SDA.toFile());
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
