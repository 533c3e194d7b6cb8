package io.hdx.codec.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.codec.DecodeLimits;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;

/** The Aalto factory, the default, enforces the limits Woodstox enforces itself. */
class AaltoInputTest {
  private static final DecodeLimits SMALL = DecodeLimits.builder().maxDepth(3).maxAttributes(2).maxTextLength(10)
      .build();

  private static int readAll(XMLStreamReader r) throws XMLStreamException {
    int events = 0;
    while (r.hasNext()) {
      r.next();
      events++;
    }
    return events;
  }

  private static XMLStreamException fails(String xml) {
    XMLInputFactory f = AaltoInput.create(SMALL);
    return assertThrows(XMLStreamException.class,
        () -> readAll(f.createXMLStreamReader(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))));
  }

  @Test
  void create_withinLimits_readsEveryEvent() throws XMLStreamException {
    XMLInputFactory f = AaltoInput.create(SMALL);
    String xml = "<a x=\"1\" y=\"中文中文中文中文中文\"><b><c>0123456789</c></b></a>";
    assertEquals(8, readAll(f.createXMLStreamReader(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))));
    assertEquals(8, readAll(f.createXMLStreamReader(new StringReader(xml))));
  }

  @Test
  void create_tooDeep_limitExceeded() {
    assertTrue(fails("<a><b><c><d/></c></b></a>").getMessage().contains("depth limit exceeded"));
  }

  @Test
  void create_tooManyAttributes_limitExceeded() {
    assertTrue(fails("<a x=\"1\" y=\"2\" z=\"3\"/>").getMessage().contains("attributes per element limit exceeded"));
  }

  @Test
  void create_longAttributeValue_limitExceeded() {
    assertTrue(fails("<a x=\"01234567890\"/>").getMessage().contains("attribute value length limit exceeded"));
  }

  @Test
  void create_longText_limitExceeded() {
    assertTrue(fails("<a>01234567890</a>").getMessage().contains("text length limit exceeded"));
  }

  @Test
  void create_tooManyNamespaceDeclarations_limitExceeded() {
    assertTrue(fails("<a xmlns:p=\"1\" xmlns:q=\"2\" xmlns:r=\"3\"/>").getMessage()
        .contains("attributes per element limit exceeded"));
  }

  @Test
  void create_longProcessingInstruction_limitExceeded() {
    assertTrue(fails("<?pi 01234567890?><a/>").getMessage().contains("text length limit exceeded"));
  }

  @Test
  void create_doctypeAndEntity_reportedNotExpanded() throws XMLStreamException {
    XMLInputFactory f = AaltoInput.create(DecodeLimits.defaults());
    String xml = "<!DOCTYPE a [<!ENTITY e \"expanded\">]><a>&e;</a>";
    XMLStreamReader r = f.createXMLStreamReader(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    assertEquals(XMLStreamConstants.DTD, r.next());
    assertEquals(XMLStreamConstants.START_ELEMENT, r.next());
    assertEquals(XMLStreamConstants.ENTITY_REFERENCE, r.next());
  }
}
