package io.hdx.codec.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.codec.DecodeLimits;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;

/** XPaths with sibling positions, marks, attribute lookups and text, as the reader sees them. */
class XmlCursorTest {
  private static XmlCursor cursor(String xml) throws XMLStreamException {
    return new XmlCursor(StaxFactories.input(DecodeLimits.defaults())
        .createXMLStreamReader(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))), false);
  }

  @Test
  void xpath_repeatedAndManyDistinctSiblings_positionsCounted() throws XMLStreamException {
    StringBuilder sb = new StringBuilder("<r>");
    for (int i = 0; i < 12; i++) {
      sb.append("<e").append(i).append("/><x/>");
    }
    XmlCursor c = cursor(sb.append("</r>").toString());
    c.root();
    assertEquals("/r", c.xpath());
    for (int i = 0; i < 12; i++) {
      assertTrue(c.nextChild());
      assertEquals("/r/e" + i, c.xpath());
      c.skip();
      assertTrue(c.nextChild());
      assertEquals(i == 0 ? "/r/x" : "/r/x[" + (i + 1) + "]", c.xpath());
      c.skip();
    }
    assertFalse(c.nextChild());
  }

  @Test
  void mark_afterElementIsReadPast_stillNamesIt() throws XMLStreamException {
    XmlCursor c = cursor("<r><a/><a><b/><b><c/></b></a><a/></r>");
    c.root();
    c.nextChild();
    c.skip();
    c.nextChild();
    XmlCursor.Mark a = c.mark();
    c.nextChild();
    c.skip();
    c.nextChild();
    XmlCursor.Mark b = c.mark();
    c.finish();
    assertFalse(c.nextChild());
    c.nextChild();
    assertEquals("/r/a[3]", c.xpath());
    assertEquals("/r/a[2]", a.xpath());
    assertEquals("/r/a[2]/b[2]", b.xpath());
  }

  @Test
  void attr_onlyWithoutNamespace_xsiTypeWithoutPrefix() throws XMLStreamException {
    XmlCursor c = cursor("<r xmlns:p=\"urn:p\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
        + "<v p:value=\"ns\" code=\"c\" xsi:type=\"x:CD\"/><w value=\"plain\" p:value=\"ns\"/></r>");
    c.root();
    c.nextChild();
    assertNull(c.attr("value"));
    assertEquals("c", c.attr("code"));
    assertEquals("c", c.attr("code"));
    assertEquals("CD", c.xsiType());
    c.skip();
    c.nextChild();
    assertEquals("plain", c.attr("value"));
    assertNull(c.attr("code"));
    assertNull(c.xsiType());
  }

  @Test
  void text_severalEventsAndMarkup_joinedAndWarned() throws XMLStreamException {
    XmlCursor c = cursor("<r><t>a<![CDATA[b]]>c<i>d</i>e</t><u/><v>only</v></r>");
    c.root();
    c.nextChild();
    assertEquals("abcde", c.text());
    c.nextChild();
    assertEquals("", c.text());
    c.nextChild();
    assertEquals("only", c.text());
    assertEquals(1, c.warnings().size());
    assertEquals("/r/t/i", c.warnings().get(0).xpath());
  }
}
