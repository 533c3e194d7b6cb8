package io.hdx.codec.internal;

import io.hdx.codec.cda.CodecException;
import io.hdx.codec.cda.DecodeLimits;
import io.hdx.codec.internal.XmlTree.Attr;
import io.hdx.codec.internal.XmlTree.Element;
import io.hdx.codec.internal.XmlTree.Node;
import io.hdx.codec.internal.XmlTree.Text;
import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * XML equivalence: the same elements (namespace URI and local name) in the same order, the same attributes
 * (in any order), the same text once leading and trailing whitespace is trimmed; prefixes, namespace
 * declarations, comments, processing instructions and whitespace-only text do not count.
 *
 * <p>Thread safety: stateless.
 */
public final class XmlDiff {
  private XmlDiff() {}

  /**
   * The XPath of the first difference between {@code a} and {@code b}, or empty when they are equivalent.
   *
   * @throws CodecException when either is not well-formed or is refused by the hardened parser
   */
  public static Optional<String> firstDifference(byte[] a, byte[] b) {
    XMLInputFactory f = StaxFactories.input(DecodeLimits.defaults());
    Element ra = parse(f, a).root;
    Element rb = parse(f, b).root;
    if (!ra.sameName(rb)) {
      return Optional.of("/");
    }
    return difference(ra, rb, "/" + ra.local);
  }

  private static Optional<String> difference(Element a, Element b, String path) {
    if (a.equals(b)) {
      return Optional.empty();
    }
    if (a.attrs.size() != b.attrs.size()) {
      return Optional.of(path + "/@*");
    }
    for (Attr x : a.attrs) {
      if (!x.equals(b.attr(x.ns, x.local))) {
        return Optional.of(path + "/@" + x.local);
      }
    }
    List<Node> ca = XmlTree.content(a);
    List<Node> cb = XmlTree.content(b);
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i < Math.min(ca.size(), cb.size()); i++) {
      Node x = ca.get(i);
      Node y = cb.get(i);
      if (x instanceof Text || y instanceof Text) {
        if (!x.equals(y)) {
          return Optional.of(path + "/text()");
        }
        continue;
      }
      Element ex = (Element) x;
      Element ey = (Element) y;
      int n = counts.merge(ex.local, 1, Integer::sum);
      String child = path + "/" + ex.local + "[" + n + "]";
      if (!ex.sameName(ey)) {
        return Optional.of(child);
      }
      Optional<String> d = difference(ex, ey, child);
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.of(path + "/node()[" + (Math.min(ca.size(), cb.size()) + 1) + "]");
  }

  private static XmlTree.Document parse(XMLInputFactory f, byte[] xml) {
    XMLStreamReader r = null;
    try {
      r = f.createXMLStreamReader(new ByteArrayInputStream(xml));
      return XmlTree.read(r);
    } catch (XMLStreamException e) {
      throw new CodecException("CDA-0001", "input is not well-formed XML or was refused", "", -1, -1, e);
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException e) {
          // Closing releases parser buffers only.
        }
      }
    }
  }
}
