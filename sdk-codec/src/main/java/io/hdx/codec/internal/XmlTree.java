package io.hdx.codec.internal;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A small in-memory XML tree: elements with their attributes and namespace declarations, text,
 * comments and processing instructions, in document order. It exists for the lossless re-encoding of
 * decoded documents ({@link TreeMerge}); decoding itself streams and never builds one.
 *
 * <p>Equality of elements is exact structural equality over namespace URIs, local names, attribute values
 * (in any order), child elements and text; prefixes, namespace declarations, comments and processing
 * instructions are not compared. (The looser XML equivalence, which also ignores whitespace around text, is
 * {@link XmlDiff}'s.)
 *
 * <p>Thread safety: not thread-safe while built; read-only afterwards.
 */
final class XmlTree {
  private XmlTree() {}

  /** A node of the tree. */
  abstract static class Node {
    /** Whether this is whitespace-only text, which carries no content between elements. */
    boolean isBlank() {
      return false;
    }
  }

  /** An attribute; {@code ns} is "" when the attribute has no namespace. */
  static final class Attr {
    final String ns;
    final String prefix;
    final String local;
    final String value;

    Attr(String ns, String prefix, String local, String value) {
      this.ns = ns;
      this.prefix = prefix;
      this.local = local;
      this.value = value;
    }

    boolean sameName(Attr o) {
      return ns.equals(o.ns) && local.equals(o.local);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Attr && sameName((Attr) o) && value.equals(((Attr) o).value);
    }

    @Override
    public int hashCode() {
      return Objects.hash(ns, local, value);
    }
  }

  /** A namespace declaration; {@code prefix} is "" for the default namespace. */
  static final class NsDecl {
    final String prefix;
    final String uri;

    NsDecl(String prefix, String uri) {
      this.prefix = prefix;
      this.uri = uri;
    }
  }

  /** An element. */
  static final class Element extends Node {
    final String ns;
    final String prefix;
    final String local;
    final List<Attr> attrs = new ArrayList<>(4);
    final List<NsDecl> nsDecls = new ArrayList<>(0);
    final List<Node> children = new ArrayList<>(4);
    private int hash;

    Element(String ns, String prefix, String local) {
      this.ns = ns;
      this.prefix = prefix;
      this.local = local;
    }

    boolean sameName(Element o) {
      return local.equals(o.local) && ns.equals(o.ns);
    }

    Attr attr(String attrNs, String attrLocal) {
      for (Attr a : attrs) {
        if (a.ns.equals(attrNs) && a.local.equals(attrLocal)) {
          return a;
        }
      }
      return null;
    }

    /** The element children, in order. */
    List<Element> elements() {
      List<Element> out = new ArrayList<>(children.size());
      for (Node n : children) {
        if (n instanceof Element) {
          out.add((Element) n);
        }
      }
      return out;
    }

    /** The concatenated text children (not descendants), exactly. */
    String ownText() {
      StringBuilder sb = new StringBuilder();
      for (Node n : children) {
        if (n instanceof Text) {
          sb.append(((Text) n).text);
        }
      }
      return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
      if (o == this) {
        return true;
      }
      if (!(o instanceof Element)) {
        return false;
      }
      Element e = (Element) o;
      if (hashCode() != e.hashCode() || !sameName(e) || attrs.size() != e.attrs.size()) {
        return false;
      }
      for (Attr a : attrs) {
        if (!a.equals(e.attr(a.ns, a.local))) {
          return false;
        }
      }
      return content(this).equals(content(e));
    }

    @Override
    public int hashCode() {
      int h = hash;
      if (h == 0) {
        h = 31 * ns.hashCode() + local.hashCode();
        int attrHash = 0;
        for (Attr a : attrs) {
          attrHash += a.hashCode();
        }
        h = 31 * h + attrHash;
        h = 31 * h + content(this).hashCode();
        hash = h == 0 ? 1 : h;
      }
      return hash;
    }
  }

  /** Character data; {@code cdata} when it was a CDATA section. */
  static final class Text extends Node {
    final String text;
    final boolean cdata;

    Text(String text, boolean cdata) {
      this.text = text;
      this.cdata = cdata;
    }

    @Override
    boolean isBlank() {
      return text.trim().isEmpty();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Text && text.equals(((Text) o).text);
    }

    @Override
    public int hashCode() {
      return text.hashCode();
    }
  }

  /** A comment or a processing instruction: kept and written back, never content. */
  static final class Other extends Node {
    final boolean comment;
    final String target;
    final String data;

    Other(boolean comment, String target, String data) {
      this.comment = comment;
      this.target = target;
      this.data = data;
    }
  }

  /** The children that are content: elements and text (comments and processing instructions dropped). */
  static List<Node> content(Element e) {
    List<Node> out = new ArrayList<>(e.children.size());
    for (Node n : e.children) {
      if (!(n instanceof Other)) {
        out.add(n);
      }
    }
    return out;
  }

  /**
   * Whether {@code a} and {@code b} are equal but for prefixes, comments, whitespace-only text and
   * whitespace around text: how a source element compares with the encoder's rendering of it.
   */
  static boolean equivalent(Element a, Element b) {
    if (!a.sameName(b) || a.attrs.size() != b.attrs.size()) {
      return false;
    }
    for (Attr x : a.attrs) {
      if (!x.equals(b.attr(x.ns, x.local))) {
        return false;
      }
    }
    List<Node> ca = a.children;
    List<Node> cb = b.children;
    int i = 0;
    int j = 0;
    while (true) {
      while (i < ca.size() && skippable(ca.get(i))) {
        i++;
      }
      while (j < cb.size() && skippable(cb.get(j))) {
        j++;
      }
      if (i == ca.size() || j == cb.size()) {
        return i == ca.size() && j == cb.size();
      }
      Node x = ca.get(i++);
      Node y = cb.get(j++);
      if (x instanceof Element && y instanceof Element) {
        if (!equivalent((Element) x, (Element) y)) {
          return false;
        }
      } else if (!(x instanceof Text && y instanceof Text
          && ((Text) x).text.trim().equals(((Text) y).text.trim()))) {
        return false;
      }
    }
  }

  private static boolean skippable(Node n) {
    return n instanceof Other || n.isBlank();
  }

  /**
   * A parsed document: the nodes before the root (comments, processing instructions), the root and the
   * nodes after it.
   */
  static final class Document {
    final List<Node> prolog = new ArrayList<>(2);
    Element root;
    final List<Node> epilog = new ArrayList<>(0);
  }

  /** Parses {@code xml} (strictly: damaged bytes are refused) with a reader of {@code in}, closing the reader. */
  static Document parse(XmlInput in, byte[] xml) throws XMLStreamException {
    XMLStreamReader r = in.open(new ByteArrayInputStream(xml), true, new ArrayList<>(0));
    try {
      return read(r);
    } finally {
      r.close();
    }
  }

  /** Reads the whole document from {@code r}, which must be at its start. */
  static Document read(XMLStreamReader r) throws XMLStreamException {
    Document doc = new Document();
    List<Element> stack = new ArrayList<>();
    while (r.hasNext()) {
      int event = r.next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT:
          Element e = new Element(nz(r.getNamespaceURI()), nz(r.getPrefix()), r.getLocalName());
          for (int i = 0; i < r.getNamespaceCount(); i++) {
            e.nsDecls.add(new NsDecl(nz(r.getNamespacePrefix(i)), nz(r.getNamespaceURI(i))));
          }
          for (int i = 0; i < r.getAttributeCount(); i++) {
            e.attrs.add(new Attr(nz(r.getAttributeNamespace(i)), nz(r.getAttributePrefix(i)),
                r.getAttributeLocalName(i), r.getAttributeValue(i)));
          }
          if (stack.isEmpty()) {
            doc.root = e;
          } else {
            stack.get(stack.size() - 1).children.add(e);
          }
          stack.add(e);
          break;
        case XMLStreamConstants.END_ELEMENT:
          stack.remove(stack.size() - 1);
          break;
        case XMLStreamConstants.CHARACTERS:
        case XMLStreamConstants.SPACE:
        case XMLStreamConstants.CDATA:
          if (!stack.isEmpty()) {
            stack.get(stack.size() - 1).children.add(new Text(r.getText(), event == XMLStreamConstants.CDATA));
          }
          break;
        case XMLStreamConstants.COMMENT:
          add(doc, stack, new Other(true, null, r.getText()));
          break;
        case XMLStreamConstants.PROCESSING_INSTRUCTION:
          add(doc, stack, new Other(false, r.getPITarget(), r.getPIData()));
          break;
        case XMLStreamConstants.DTD:
        case XMLStreamConstants.ENTITY_REFERENCE:
          throw new XMLStreamException("DOCTYPE declarations and entity references are refused", r.getLocation());
        default:
          break;
      }
    }
    if (doc.root == null) {
      throw new XMLStreamException("no root element");
    }
    return doc;
  }

  private static void add(Document doc, List<Element> stack, Node n) {
    if (!stack.isEmpty()) {
      stack.get(stack.size() - 1).children.add(n);
    } else if (doc.root == null) {
      doc.prolog.add(n);
    } else {
      doc.epilog.add(n);
    }
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
