package io.hdx.codec.internal;

import io.hdx.codec.internal.XmlTree.Attr;
import io.hdx.codec.internal.XmlTree.Element;
import io.hdx.codec.internal.XmlTree.Node;
import io.hdx.codec.internal.XmlTree.NsDecl;
import io.hdx.codec.internal.XmlTree.Other;
import io.hdx.codec.internal.XmlTree.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an {@link XmlTree.Document} with a non-repairing {@link XMLStreamWriter}, keeping each element's
 * own prefix and namespace declarations and declaring a namespace only where an element moved into a new
 * context (a merged-in element under a vendor's prefixes) needs one. An unprefixed {@code xsi:type} value
 * is qualified with the HL7 V3 prefix when the default namespace in scope is not HL7 V3 (CDA R2 resolves
 * xsi:type QNames against the in-scope namespaces).
 *
 * <p>Thread safety: not thread-safe; one per document.
 */
final class XmlTreeWriter {
  private final XMLStreamWriter w;
  /** In-scope bindings, innermost last; each map is prefix ("" = default) to URI. */
  private final List<Map<String, String>> scopes = new ArrayList<>();
  private int generated;

  XmlTreeWriter(XMLStreamWriter writer) {
    this.w = writer;
    Map<String, String> base = new HashMap<>();
    base.put("", "");
    base.put("xml", "http://www.w3.org/XML/1998/namespace");
    scopes.add(base);
  }

  void write(XmlTree.Document doc) throws XMLStreamException {
    w.writeStartDocument("UTF-8", "1.0");
    for (Node n : doc.prolog) {
      node(n);
    }
    element(doc.root);
    for (Node n : doc.epilog) {
      node(n);
    }
    w.writeEndDocument();
  }

  private void node(Node n) throws XMLStreamException {
    if (n instanceof Element) {
      element((Element) n);
    } else if (n instanceof Text) {
      Text t = (Text) n;
      if (t.cdata && !t.text.contains("]]>")) {
        w.writeCData(t.text);
      } else {
        w.writeCharacters(t.text);
      }
    } else {
      Other o = (Other) n;
      if (o.comment) {
        w.writeComment(o.data);
      } else if (o.data == null || o.data.isEmpty()) {
        w.writeProcessingInstruction(o.target);
      } else {
        w.writeProcessingInstruction(o.target, o.data);
      }
    }
  }

  private void element(Element e) throws XMLStreamException {
    Map<String, String> scope = new HashMap<>();
    List<NsDecl> decls = new ArrayList<>(e.nsDecls);
    for (NsDecl d : decls) {
      scope.put(d.prefix, d.uri);
    }
    scopes.add(scope);
    String prefix = prefixFor(e.ns, e.prefix, true, decls);
    List<String> attrPrefixes = new ArrayList<>(e.attrs.size());
    for (Attr a : e.attrs) {
      attrPrefixes.add(a.ns.isEmpty() ? "" : prefixFor(a.ns, a.prefix, false, decls));
    }
    boolean empty = e.children.isEmpty();
    if (empty) {
      w.writeEmptyElement(prefix, e.local, e.ns);
    } else {
      w.writeStartElement(prefix, e.local, e.ns);
    }
    for (NsDecl d : decls) {
      if (d.prefix.isEmpty()) {
        w.writeDefaultNamespace(d.uri);
      } else {
        w.writeNamespace(d.prefix, d.uri);
      }
    }
    for (int i = 0; i < e.attrs.size(); i++) {
      Attr a = e.attrs.get(i);
      String value = a.value;
      if (a.ns.equals(CdaNames.XSI) && a.local.equals("type") && value.indexOf(':') < 0
          && !CdaNames.V3.equals(lookup(""))) {
        value = prefixFor(CdaNames.V3, "", false, decls) + ":" + value;
      }
      if (a.ns.isEmpty()) {
        w.writeAttribute(a.local, value);
      } else {
        w.writeAttribute(attrPrefixes.get(i), a.ns, a.local, value);
      }
    }
    if (!empty) {
      for (Node n : e.children) {
        node(n);
      }
      w.writeEndElement();
    }
    scopes.remove(scopes.size() - 1);
  }

  /**
   * A prefix bound to {@code ns} in scope, preferring {@code wanted}; declared on the current element
   * (added to {@code decls}) when none is. Attributes never use the default namespace.
   */
  private String prefixFor(String ns, String wanted, boolean forElement, List<NsDecl> decls) {
    if (ns.equals(lookup(wanted)) && (forElement || !wanted.isEmpty())) {
      return wanted;
    }
    if (forElement && ns.equals(lookup(""))) {
      return "";
    }
    for (int i = scopes.size() - 1; i >= 0; i--) {
      for (Map.Entry<String, String> b : scopes.get(i).entrySet()) {
        String p = b.getKey();
        if (b.getValue().equals(ns) && (forElement || !p.isEmpty()) && ns.equals(lookup(p))) {
          return p;
        }
      }
    }
    String p = wanted;
    Map<String, String> current = scopes.get(scopes.size() - 1);
    if (ns.isEmpty()) {
      p = "";
    } else if ((p.isEmpty() && !forElement) || current.containsKey(p)) {
      do {
        p = "ns" + generated++;
      } while (lookup(p) != null);
    }
    current.put(p, ns);
    decls.add(new NsDecl(p, ns));
    return p;
  }

  private String lookup(String prefix) {
    for (int i = scopes.size() - 1; i >= 0; i--) {
      String uri = scopes.get(i).get(prefix);
      if (uri != null) {
        return uri;
      }
    }
    return null;
  }
}
