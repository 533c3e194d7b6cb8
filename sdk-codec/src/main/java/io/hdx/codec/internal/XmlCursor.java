package io.hdx.codec.internal;

import io.hdx.codec.CodecException;
import io.hdx.codec.DecodeWarning;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Walks a {@link XMLStreamReader} element by element, keeping the XPath of the current element and
 * collecting warnings for what is skipped. Refuses DOCTYPEs and entity references.
 *
 * <p>Built for speed, since it runs for every element of every document decoded: the element stack reuses its
 * frames, counts same-named children without boxing, and builds an element's XPath only when asked for it (for
 * a warning or an error), then keeps it; a caller that may report at an element after reading it takes its
 * {@link Mark}. The current element's namespace test and attributes are
 * read from the parser once per element and kept until the reader moves on.
 *
 * <p>Thread safety: not thread-safe; one per document.
 */
final class XmlCursor {
  private static final String UNKNOWN_MESSAGE = "element not mapped to the document model; kept in the source only";
  private final XMLStreamReader r;
  private Frame[] frames = new Frame[32];
  /** The index of the current element's frame; frame 0 stands for the document (XPath ""). */
  private int top;
  private final List<DecodeWarning> warnings = new ArrayList<>();
  private final boolean strict;
  private boolean noNamespaceIsV3;

  /** Whether the reader's current event is in the HL7 V3 namespace: 0 not known yet, 1 yes, 2 no. */
  private int v3State;
  /** The current start tag's attributes once read: local names, namespace URIs and values (read lazily). */
  private int attrCount = -1;
  private String[] attrNames = new String[8];
  private String[] attrNamespaces = new String[8];
  private String[] attrValues = new String[8];

  /**
   * Where an element is: its parent's mark, its local name and its position among same-named siblings. Its
   * XPath is built only when asked for (a warning, an error), then kept; a mark stays valid after the element
   * is read past, so a caller may take one on entering an element and report at it afterwards.
   */
  static final class Mark {
    private final Mark parent;
    private final String name;
    private final int index;
    private String path;

    private Mark(Mark parent, String name, int index) {
      this.parent = parent;
      this.name = name;
      this.index = index;
    }

    /** The XPath, built from the nearest ancestor's that is built already, and kept with each. */
    String xpath() {
      if (path != null) {
        return path;
      }
      Mark known = parent;
      int steps = 1;
      while (known.path == null) {
        known = known.parent;
        steps++;
      }
      Mark[] chain = new Mark[steps];
      for (Mark m = this; m != known; m = m.parent) {
        chain[--steps] = m;
      }
      String built = known.path;
      for (Mark m : chain) {
        StringBuilder sb = new StringBuilder(built.length() + m.name.length() + 8).append(built).append('/')
            .append(m.name);
        if (m.index > 1) {
          sb.append('[').append(m.index).append(']');
        }
        built = sb.toString();
        m.path = built;
      }
      return built;
    }

    @Override
    public String toString() {
      return xpath();
    }
  }

  /** One open element: its mark and the counts of its children's names so far (small arrays, then a map). */
  private static final class Frame {
    private static final int SMALL = 8;

    Mark at;
    private final String[] childNames = new String[SMALL];
    private final int[] childCounts = new int[SMALL];
    private int childSize;
    private Map<String, int[]> many;

    void reset(Mark at) {
      this.at = at;
      if (childSize > 0) {
        Arrays.fill(childNames, 0, childSize, null);
        childSize = 0;
      }
      many = null;
    }

    /** Counts one more child named {@code child}; its position among same-named siblings (1-based). */
    int count(String child) {
      if (many != null) {
        int[] n = many.get(child);
        if (n == null) {
          many.put(child, new int[] {1});
          return 1;
        }
        return ++n[0];
      }
      for (int i = 0; i < childSize; i++) {
        String seen = childNames[i];
        if (seen == child || (seen.hashCode() == child.hashCode() && seen.equals(child))) {
          return ++childCounts[i];
        }
      }
      if (childSize < SMALL) {
        childNames[childSize] = child;
        childCounts[childSize++] = 1;
        return 1;
      }
      many = new HashMap<>();
      for (int i = 0; i < childSize; i++) {
        many.put(childNames[i], new int[] {childCounts[i]});
      }
      many.put(child, new int[] {1});
      return 1;
    }
  }

  XmlCursor(XMLStreamReader reader, boolean strict) {
    this.r = reader;
    this.strict = strict;
    frames[0] = new Frame();
    Mark document = new Mark(null, "", 1);
    document.path = "";
    frames[0].reset(document);
  }

  /** Advances to the root element; fails on a DOCTYPE or an input without one. */
  void root() throws XMLStreamException {
    if (!nextChild()) {
      throw error("CDA-0005", "no root element");
    }
    String ns = r.getNamespaceURI();
    if ((ns == null || ns.isEmpty()) && CdaNames.ROOT.equals(r.getLocalName())) {
      deviation(DecodeWarning.NO_NAMESPACE, "elements without namespace read as HL7 V3 (urn:hl7-org:v3)");
      noNamespaceIsV3 = true;
    }
  }

  /**
   * A vendor deviation the decoder can recover from: a warning in lenient mode, an error of the same code
   * in strict mode.
   */
  void deviation(String code, String message) {
    if (strict) {
      throw error(code, message);
    }
    warn(code, message);
  }

  /**
   * A value that breaks its data type: in strict mode a CDA-0101 refusal (the cause kept by class only), in
   * lenient mode a {@link DecodeWarning#VALUE_KEPT_INVALID} warning, the caller keeping the value as written.
   */
  void invalidValue(String rule, Throwable cause) {
    invalidValue("CDA-0101", rule, cause);
  }

  /**
   * As {@link #invalidValue(String, Throwable)}, strict mode refusing with {@code strictCode} (CDA-0102 for a
   * required attribute that is missing).
   */
  void invalidValue(String strictCode, String rule, Throwable cause) {
    if (strict) {
      throw error(strictCode, rule, null, cause);
    }
    warn(DecodeWarning.VALUE_KEPT_INVALID, rule + "; kept as written");
  }

  /**
   * Advances to the next child element of the current one (true, now current) or past the current
   * element's end (false, its parent becomes current).
   */
  boolean nextChild() throws XMLStreamException {
    while (true) {
      if (!r.hasNext()) {
        throw error("CDA-0005", "document ends before its elements are closed");
      }
      int event = next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT:
          push(r.getLocalName());
          return true;
        case XMLStreamConstants.END_ELEMENT:
          top--;
          return false;
        case XMLStreamConstants.DTD:
          throw error("CDA-0003", "DOCTYPE declarations are refused");
        case XMLStreamConstants.ENTITY_REFERENCE:
          throw error("CDA-0003", "entity references other than the predefined ones are refused");
        case XMLStreamConstants.END_DOCUMENT:
          if (top > 0) {
            throw error("CDA-0005", "document ends before its elements are closed");
          }
          return false;
        default:
          break;
      }
    }
  }

  /** Moves the reader on; what was read of the previous event is forgotten. */
  private int next() throws XMLStreamException {
    v3State = 0;
    attrCount = -1;
    return r.next();
  }

  private void push(String name) {
    int n = frames[top].count(name);
    if (++top == frames.length) {
      frames = Arrays.copyOf(frames, top * 2);
    }
    Frame f = frames[top];
    if (f == null) {
      f = new Frame();
      frames[top] = f;
    }
    f.reset(new Mark(frames[top - 1].at, name, n));
  }

  /** The local name of the current element. */
  String name() {
    return r.getLocalName();
  }

  /** Whether the current element is in the HL7 V3 namespace. */
  boolean inV3() {
    if (v3State == 0) {
      String ns = r.getNamespaceURI();
      v3State = CdaNames.V3.equals(ns) || (noNamespaceIsV3 && (ns == null || ns.isEmpty())) ? 1 : 2;
    }
    return v3State == 1;
  }

  /** The attribute {@code name} (no namespace) of the current element, or {@code null}. */
  String attr(String name) {
    return attribute("", name);
  }

  /** The {@code xsi:type} of the current element without prefix, or {@code null}. */
  String xsiType() {
    String t = attribute(CdaNames.XSI, "type");
    if (t == null) {
      return null;
    }
    int colon = t.indexOf(':');
    return colon >= 0 ? t.substring(colon + 1) : t;
  }

  /**
   * The value of the current start tag's attribute {@code name} in {@code namespace} ("" for none), or
   * {@code null}. The tag's attribute names are read once; each value when first asked for.
   */
  private String attribute(String namespace, String name) {
    if (attrCount < 0) {
      readAttributeNames();
    }
    for (int i = 0; i < attrCount; i++) {
      String n = attrNames[i];
      if ((n == name || (n.hashCode() == name.hashCode() && n.equals(name)))
          && namespace.equals(attrNamespaces[i])) {
        String v = attrValues[i];
        if (v == null) {
          v = r.getAttributeValue(i);
          attrValues[i] = v;
        }
        return v;
      }
    }
    return null;
  }

  private void readAttributeNames() {
    int n = r.getEventType() == XMLStreamConstants.START_ELEMENT ? r.getAttributeCount() : 0;
    if (n > attrNames.length) {
      attrNames = new String[n];
      attrNamespaces = new String[n];
      attrValues = new String[n];
    }
    for (int i = 0; i < n; i++) {
      attrNames[i] = r.getAttributeLocalName(i);
      String ns = r.getAttributeNamespace(i);
      attrNamespaces[i] = ns == null ? "" : ns;
      attrValues[i] = null;
    }
    attrCount = n;
  }

  /**
   * Skips the current element and its content, reporting it as unknown. An element without attributes,
   * child elements or text (the examples' {@code <text/>}, {@code <statusCode/>}, {@code <code/>}
   * placeholders) carries nothing and is skipped silently; the source keeps it all the same.
   */
  void unknown() throws XMLStreamException {
    if (r.getAttributeCount() > 0 || r.getNamespaceCount() > 0) {
      warn(DecodeWarning.UNKNOWN_ELEMENT, UNKNOWN_MESSAGE);
      skip();
      return;
    }
    Location start = r.getLocation();
    // The skipped element's frame is still the current one until skipped: its XPath is built only if needed.
    String at = null;
    if (skipContent()) {
      at = xpath();
    }
    top--;
    if (at != null) {
      warnings.add(new DecodeWarning(DecodeWarning.UNKNOWN_ELEMENT, at, line(start), column(start), UNKNOWN_MESSAGE));
    }
  }

  /** Skips the current element and its content silently (for fixed structural elements we write). */
  void skip() throws XMLStreamException {
    skipContent();
    top--;
  }

  /** Reads past the end of the current element; whether it held a child element or non-blank text. */
  private boolean skipContent() throws XMLStreamException {
    boolean content = false;
    int depth = 1;
    while (depth > 0) {
      if (!r.hasNext()) {
        throw error("CDA-0005", "document ends before its elements are closed");
      }
      int event = next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
        content = true;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
        content = content || !r.isWhiteSpace();
      } else if (event == XMLStreamConstants.ENTITY_REFERENCE || event == XMLStreamConstants.DTD) {
        throw error("CDA-0003", "entity references other than the predefined ones are refused");
      }
    }
    return content;
  }

  /** Reports any child elements of the current element as unknown and moves past its end. */
  void finish() throws XMLStreamException {
    while (nextChild()) {
      unknown();
    }
  }

  /**
   * The character content of the current element, moving past its end. Child elements (e.g. narrative
   * markup) contribute their text and are reported once each.
   */
  String text() throws XMLStreamException {
    // Most text elements hold one (coalesced) text event: return it without copying.
    String only = null;
    StringBuilder sb = null;
    int depth = 1;
    while (depth > 0) {
      if (!r.hasNext()) {
        throw error("CDA-0005", "document ends before its elements are closed");
      }
      int event = next();
      switch (event) {
        case XMLStreamConstants.CHARACTERS:
        case XMLStreamConstants.CDATA:
        case XMLStreamConstants.SPACE:
          String t = r.getText();
          if (sb != null) {
            sb.append(t);
          } else if (only == null) {
            only = t;
          } else {
            sb = new StringBuilder(only.length() + t.length() + 16).append(only).append(t);
          }
          break;
        case XMLStreamConstants.START_ELEMENT:
          push(r.getLocalName());
          warn(DecodeWarning.NARRATIVE_MARKUP, "markup inside a text value read as plain text");
          depth++;
          break;
        case XMLStreamConstants.END_ELEMENT:
          top--;
          depth--;
          break;
        case XMLStreamConstants.ENTITY_REFERENCE:
        case XMLStreamConstants.DTD:
          throw error("CDA-0003", "entity references other than the predefined ones are refused");
        default:
          break;
      }
    }
    return sb != null ? sb.toString() : only != null ? only : "";
  }

  void warn(String code, String message) {
    Location l = r.getLocation();
    warnings.add(new DecodeWarning(code, xpath(), line(l), column(l), message));
  }

  /** A warning about the element at {@code xpath}, already read past. */
  void warnAt(String code, String xpath, String message) {
    Location l = r.getLocation();
    warnings.add(new DecodeWarning(code, xpath, line(l), column(l), message));
  }

  /** A warning about the element at {@code at}, already read past. */
  void warnAt(String code, Mark at, String message) {
    warnAt(code, at.xpath(), message);
  }

  /** As {@link #deviation}, about the element at {@code at}, already read past. */
  void deviationAt(String code, Mark at, String message) {
    deviationAt(code, at.xpath(), message);
  }

  /** As {@link #deviation}, about the element at {@code xpath}, already read past. */
  void deviationAt(String code, String xpath, String message) {
    if (strict) {
      Location l = location();
      throw new CodecException(code, message, xpath, line(l), column(l), null);
    }
    warnAt(code, xpath, message);
  }

  List<DecodeWarning> warnings() {
    return warnings;
  }

  /** The XPath of the current element. */
  String xpath() {
    return frames[top].at.xpath();
  }

  /** The current element's mark, to report at it once read past ({@link #warnAt(String, Mark, String)}). */
  Mark mark() {
    return frames[top].at;
  }

  CodecException error(String code, String rule) {
    return error(code, rule, null, null);
  }

  CodecException error(String code, String rule, Location at, Throwable cause) {
    Location l = at != null ? at : location();
    return new CodecException(code, rule, xpath(), line(l), column(l), cause);
  }

  private Location location() {
    try {
      return r.getLocation();
    } catch (IllegalStateException e) {
      return null;
    }
  }

  private static int line(Location l) {
    return l == null ? -1 : l.getLineNumber();
  }

  private static int column(Location l) {
    return l == null ? -1 : l.getColumnNumber();
  }
}
