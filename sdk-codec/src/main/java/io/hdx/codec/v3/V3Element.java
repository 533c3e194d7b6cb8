package io.hdx.codec.v3;

import io.hdx.codec.CodecException;
import io.hdx.codec.DecodeLimits;
import io.hdx.codec.internal.StaxFactories;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A read-only element of a parsed message: namespace, local name, attributes (by local name; {@code xsi:type}
 * under {@code xsi:type}), child elements and joined text. V3 interaction messages are small (a few KB; a
 * document registration carries its CDA as one base64 text), so the decoder reads each into this tree once,
 * on sdk-codec's hardened StAX factory ({@link StaxFactories}: no DTD, no external entity, bounded depth,
 * attribute count and text length), and then looks values up in either data-type style.
 *
 * <p>Thread safety: immutable after {@link #parse}.
 */
final class V3Element {
  static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

  final String ns;
  final String name;
  final String path;
  private final Map<String, String> attrs = new LinkedHashMap<>();
  private final List<V3Element> children = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();

  private V3Element(String ns, String name, String path) {
    this.ns = ns == null ? "" : ns;
    this.name = name;
    this.path = path;
  }

  /** Parses {@code xml} into a tree; failures are {@code V3-0001} (not XML or refused by the hardening). */
  static V3Element parse(XMLInputFactory factory, byte[] xml, DecodeLimits limits) {
    if (xml.length > limits.maxDocumentBytes()) {
      throw new CodecException("V3-0004", "message larger than DecodeLimits.maxDocumentBytes", "", -1, -1, null);
    }
    XMLStreamReader r = null;
    try {
      r = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
      List<V3Element> stack = new ArrayList<>();
      V3Element root = null;
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          V3Element parent = stack.isEmpty() ? null : stack.get(stack.size() - 1);
          String local = r.getLocalName();
          V3Element e = new V3Element(r.getNamespaceURI(), local,
              (parent == null ? "" : parent.path) + "/" + local);
          for (int i = 0; i < r.getAttributeCount(); i++) {
            String attrNs = r.getAttributeNamespace(i);
            String key = XSI.equals(attrNs) ? "xsi:" + r.getAttributeLocalName(i) : r.getAttributeLocalName(i);
            e.attrs.put(key, r.getAttributeValue(i));
          }
          if (parent == null) {
            root = e;
          } else {
            parent.children.add(e);
          }
          stack.add(e);
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          stack.remove(stack.size() - 1);
        } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
            || event == XMLStreamConstants.SPACE) {
          if (!stack.isEmpty()) {
            stack.get(stack.size() - 1).text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
          }
        } else if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
          throw new CodecException("V3-0003", "DOCTYPE and entity references are refused", "", -1, -1, null);
        }
      }
      if (root == null) {
        throw new CodecException("V3-0005", "empty input: no root element", "", -1, -1, null);
      }
      return root;
    } catch (XMLStreamException e) {
      int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
      int col = e.getLocation() == null ? -1 : e.getLocation().getColumnNumber();
      // The StAX message may quote input; keep only where it failed.
      throw new CodecException("V3-0001", "not well-formed XML or refused by the hardened parser", "", line, col,
          null);
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException ignored) {
          // closing a reader over a byte array frees nothing that matters
        }
      }
    }
  }

  /** The attribute {@code key} (local name, or {@code xsi:type}); null when absent. */
  String attr(String key) {
    return attrs.get(key);
  }

  /** The attribute, or null when absent or empty. */
  String attrNonEmpty(String key) {
    String v = attrs.get(key);
    return v == null || v.isEmpty() ? null : v;
  }

  List<V3Element> children() {
    return Collections.unmodifiableList(children);
  }

  /** The first child with this local name, or null. */
  V3Element child(String local) {
    for (V3Element c : children) {
      if (c.name.equals(local)) {
        return c;
      }
    }
    return null;
  }

  /** All children with this local name. */
  List<V3Element> all(String local) {
    List<V3Element> out = new ArrayList<>();
    for (V3Element c : children) {
      if (c.name.equals(local)) {
        out.add(c);
      }
    }
    return out;
  }

  /** The child at the end of {@code locals}, or null when any step is missing. */
  V3Element at(String... locals) {
    V3Element e = this;
    for (String l : locals) {
      e = e.child(l);
      if (e == null) {
        return null;
      }
    }
    return e;
  }

  /** The joined text, trimmed. */
  String text() {
    return text.toString().trim();
  }

  /** The joined text as written. */
  String rawText() {
    return text.toString();
  }
}
