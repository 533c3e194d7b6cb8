package io.hdx.cli;

import io.hdx.codec.DecodeLimits;
import io.hdx.codec.internal.StaxFactories;
import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * Indents XML for {@code hdx convert --to xml --pretty}: reads with sdk-codec's hardened parser and
 * copies every element, attribute, namespace declaration, comment and processing instruction, putting
 * each element on its own line, two spaces per level. Blank text between elements is replaced by the
 * indentation; text with content is kept as written, and inside an element that has such text no
 * indentation is added after it (mixed content, as in a section's narrative, keeps its words together).
 *
 * <p>Thread safety: stateless.
 *
 * @since 0.1.0
 */
final class PrettyXml {
  private static final String INDENT = "  ";

  private PrettyXml() {}

  /**
   * The same XML, indented.
   *
   * @throws XMLStreamException when {@code xml} is not well-formed or is refused by the hardening
   */
  static byte[] indent(byte[] xml) throws XMLStreamException {
    XMLStreamReader r = StaxFactories.input(DecodeLimits.defaults())
        .createXMLStreamReader(new java.io.ByteArrayInputStream(xml));
    ByteArrayOutputStream out = new ByteArrayOutputStream(xml.length + xml.length / 4);
    XMLStreamWriter w = StaxFactories.output().createXMLStreamWriter(out, "UTF-8");
    // per open element: did it hold text with content (mixed), did it hold child elements
    Deque<boolean[]> open = new ArrayDeque<>();
    StringBuilder pending = new StringBuilder();
    w.writeStartDocument("UTF-8", "1.0");
    while (r.hasNext()) {
      int event = r.next();
      switch (event) {
        case XMLStreamConstants.CHARACTERS:
        case XMLStreamConstants.SPACE:
        case XMLStreamConstants.CDATA:
          pending.append(r.getText());
          break;
        case XMLStreamConstants.START_ELEMENT:
          flush(w, pending, open.peek(), open.size(), true);
          if (!open.isEmpty()) {
            open.peek()[1] = true;
          }
          open.push(new boolean[2]);
          w.writeStartElement(nz(r.getPrefix()), r.getLocalName(), nz(r.getNamespaceURI()));
          for (int i = 0; i < r.getNamespaceCount(); i++) {
            if (r.getNamespacePrefix(i) == null || r.getNamespacePrefix(i).isEmpty()) {
              w.writeDefaultNamespace(nz(r.getNamespaceURI(i)));
            } else {
              w.writeNamespace(r.getNamespacePrefix(i), nz(r.getNamespaceURI(i)));
            }
          }
          for (int i = 0; i < r.getAttributeCount(); i++) {
            String ns = nz(r.getAttributeNamespace(i));
            if (ns.isEmpty()) {
              w.writeAttribute(r.getAttributeLocalName(i), r.getAttributeValue(i));
            } else {
              w.writeAttribute(nz(r.getAttributePrefix(i)), ns, r.getAttributeLocalName(i), r.getAttributeValue(i));
            }
          }
          break;
        case XMLStreamConstants.END_ELEMENT:
          boolean[] element = open.peek();
          // the end tag goes on its own line, at its start tag's depth, after child elements only
          flush(w, pending, element, open.size() - 1, element[1]);
          open.pop();
          w.writeEndElement();
          break;
        case XMLStreamConstants.COMMENT:
          flush(w, pending, open.peek(), open.size(), true);
          w.writeComment(r.getText());
          break;
        case XMLStreamConstants.PROCESSING_INSTRUCTION:
          flush(w, pending, open.peek(), open.size(), true);
          w.writeProcessingInstruction(r.getPITarget(), nz(r.getPIData()));
          break;
        default:
          break;
      }
    }
    w.writeCharacters("\n");
    w.writeEndDocument();
    w.close();
    r.close();
    return out.toByteArray();
  }

  /**
   * Writes the text gathered before the next tag, inside {@code current} (null before the root):
   * text with content is kept as written and marks {@code current} mixed; blank text becomes a line
   * break and {@code depth} levels of indentation when {@code newLine} and {@code current} is not
   * mixed, and is kept as written otherwise.
   */
  private static void flush(XMLStreamWriter w, StringBuilder pending, boolean[] current, int depth, boolean newLine)
      throws XMLStreamException {
    boolean blank = pending.toString().trim().isEmpty();
    boolean mixed = current != null && current[0];
    if (!blank) {
      w.writeCharacters(pending.toString());
      if (current != null) {
        current[0] = true;
      }
    } else if (mixed || !newLine) {
      if (pending.length() > 0) {
        w.writeCharacters(pending.toString());
      }
    } else {
      StringBuilder indent = new StringBuilder("\n");
      for (int i = 0; i < depth; i++) {
        indent.append(INDENT);
      }
      w.writeCharacters(indent.toString());
    }
    pending.setLength(0);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
