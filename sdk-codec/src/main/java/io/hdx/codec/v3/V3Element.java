package io.hdx.codec.v3;

import io.hdx.codec.CodecException;
import io.hdx.codec.DecodeLimits;
import io.hdx.codec.internal.StaxFactories;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
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
  private final V3Element parent;
  // allocated when first needed: most elements of a message have no attributes or no children, and only
  // whitespace or one run of text (a parse allocates per element, for every message on both ends)
  private Map<String, String> attrs;
  private List<V3Element> children;
  private String firstText;
  private StringBuilder moreText;

  private V3Element(String ns, String name, V3Element parent) {
    this.ns = ns == null ? "" : ns;
    this.name = name;
    this.parent = parent;
  }

  /** The element's XPath from the root, {@code /a/b/c}: computed when asked (error messages only). */
  String path() {
    return (parent == null ? "" : parent.path()) + "/" + name;
  }

  private void appendText(char[] chars, int start, int length) {
    if (moreText != null) {
      moreText.append(chars, start, length);
    } else if (firstText == null) {
      firstText = new String(chars, start, length);
    } else {
      moreText = new StringBuilder(firstText.length() + length).append(firstText).append(chars, start, length);
      firstText = null;
    }
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
          V3Element e = new V3Element(r.getNamespaceURI(), r.getLocalName(), parent);
          int attributes = r.getAttributeCount();
          if (attributes > 0) {
            e.attrs = new HashMap<>(attributes * 2);
            for (int i = 0; i < attributes; i++) {
              String attrNs = r.getAttributeNamespace(i);
              String key = XSI.equals(attrNs) ? "xsi:" + r.getAttributeLocalName(i) : r.getAttributeLocalName(i);
              e.attrs.put(key, r.getAttributeValue(i));
            }
          }
          if (parent == null) {
            root = e;
          } else {
            if (parent.children == null) {
              parent.children = new ArrayList<>(4);
            }
            parent.children.add(e);
          }
          stack.add(e);
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          stack.remove(stack.size() - 1);
        } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
            || event == XMLStreamConstants.SPACE) {
          if (!stack.isEmpty()) {
            stack.get(stack.size() - 1).appendText(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
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
    return attrs == null ? null : attrs.get(key);
  }

  /** The attribute, or null when absent or empty. */
  String attrNonEmpty(String key) {
    String v = attr(key);
    return v == null || v.isEmpty() ? null : v;
  }

  List<V3Element> children() {
    return children == null ? Collections.<V3Element>emptyList() : Collections.unmodifiableList(children);
  }

  /** The first child with this local name, or null. */
  V3Element child(String local) {
    if (children == null) {
      return null;
    }
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
    if (children == null) {
      return out;
    }
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
    return rawText().trim();
  }

  /** The joined text as written. */
  String rawText() {
    return moreText != null ? moreText.toString() : firstText != null ? firstText : "";
  }
}
