package io.hdx.codec.internal;

import io.hdx.codec.CodecException;
import io.hdx.codec.DecodeLimits;
import io.hdx.codec.internal.XmlTree.Attr;
import io.hdx.codec.internal.XmlTree.Element;
import io.hdx.codec.internal.XmlTree.Node;
import io.hdx.codec.internal.XmlTree.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;

/**
 * XML equivalence: the same elements (namespace URI and local name) in the same order, the same attributes
 * (in any order), the same text once leading and trailing whitespace is trimmed; prefixes, namespace
 * declarations, comments, processing instructions and whitespace-only text do not count.
 *
 * <p>Thread safety: stateless.
 */
public final class XmlDiff {
  private static final XmlInput INPUT =
      new XmlInput(StaxFactories.input(DecodeLimits.defaults()), DecodeLimits.defaults());

  private XmlDiff() {}

  /**
   * The XPath of the first difference between {@code a} and {@code b}, or empty when they are equivalent.
   *
   * @throws CodecException when either is not well-formed or is refused by the hardened parser
   */
  public static Optional<String> firstDifference(byte[] a, byte[] b) {
    Element ra = parse(a).root;
    Element rb = parse(b).root;
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
    List<Node> ca = content(a);
    List<Node> cb = content(b);
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i < Math.min(ca.size(), cb.size()); i++) {
      Node x = ca.get(i);
      Node y = cb.get(i);
      if (x instanceof Text || y instanceof Text) {
        if (!(x instanceof Text && y instanceof Text && ((Text) x).text.trim().equals(((Text) y).text.trim()))) {
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
    if (ca.size() != cb.size()) {
      return Optional.of(path + "/node()[" + (Math.min(ca.size(), cb.size()) + 1) + "]");
    }
    return Optional.empty();
  }

  /** Elements and non-blank text, adjacent text joined: what equivalence compares. */
  private static List<Node> content(Element e) {
    List<Node> out = new ArrayList<>(e.children.size());
    StringBuilder text = null;
    for (Node n : e.children) {
      if (n instanceof Text) {
        text = text == null ? new StringBuilder() : text;
        text.append(((Text) n).text);
      } else if (n instanceof Element) {
        flush(out, text);
        text = null;
        out.add(n);
      }
    }
    flush(out, text);
    return out;
  }

  private static void flush(List<Node> out, StringBuilder text) {
    if (text != null && !text.toString().trim().isEmpty()) {
      out.add(new Text(text.toString(), false));
    }
  }

  private static XmlTree.Document parse(byte[] xml) {
    try {
      return XmlTree.parse(INPUT, xml);
    } catch (XMLStreamException e) {
      throw new CodecException("CDA-0001", "input is not well-formed XML or was refused", "", -1, -1, e);
    }
  }
}
