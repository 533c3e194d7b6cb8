package io.hdx.codec.internal;

import io.hdx.codec.cda.CodecException;
import io.hdx.codec.cda.DecodeWarning;
import java.util.ArrayList;
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
 * <p>Thread safety: not thread-safe; one per document.
 */
final class XmlCursor {
  private static final String UNKNOWN_MESSAGE = "element not mapped to the document model; kept in the source only";
  private final XMLStreamReader r;
  private final List<Frame> frames = new ArrayList<>();
  private final List<DecodeWarning> warnings = new ArrayList<>();
  private final boolean strict;
  private boolean noNamespaceIsV3;

  private static final class Frame {
    final String segment;
    final Map<String, Integer> children = new HashMap<>();

    Frame(String segment) {
      this.segment = segment;
    }
  }

  XmlCursor(XMLStreamReader reader, boolean strict) {
    this.r = reader;
    this.strict = strict;
    frames.add(new Frame(""));
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
   * Advances to the next child element of the current one (true, now current) or past the current
   * element's end (false, its parent becomes current).
   */
  boolean nextChild() throws XMLStreamException {
    while (true) {
      if (!r.hasNext()) {
        throw error("CDA-0005", "document ends before its elements are closed");
      }
      int event = r.next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT:
          push(r.getLocalName());
          return true;
        case XMLStreamConstants.END_ELEMENT:
          frames.remove(frames.size() - 1);
          return false;
        case XMLStreamConstants.DTD:
          throw error("CDA-0003", "DOCTYPE declarations are refused");
        case XMLStreamConstants.ENTITY_REFERENCE:
          throw error("CDA-0003", "entity references other than the predefined ones are refused");
        case XMLStreamConstants.END_DOCUMENT:
          if (frames.size() > 1) {
            throw error("CDA-0005", "document ends before its elements are closed");
          }
          return false;
        default:
          break;
      }
    }
  }

  private void push(String name) {
    Frame parent = frames.get(frames.size() - 1);
    int n = parent.children.merge(name, 1, Integer::sum);
    frames.add(new Frame(n == 1 ? name : name + "[" + n + "]"));
  }

  /** The local name of the current element. */
  String name() {
    return r.getLocalName();
  }

  /** Whether the current element is in the HL7 V3 namespace. */
  boolean inV3() {
    String ns = r.getNamespaceURI();
    return CdaNames.V3.equals(ns) || (noNamespaceIsV3 && (ns == null || ns.isEmpty()));
  }

  /** The attribute {@code name} (no namespace) of the current element, or {@code null}. */
  String attr(String name) {
    return r.getAttributeValue(null, name);
  }

  /** The {@code xsi:type} of the current element without prefix, or {@code null}. */
  String xsiType() {
    String t = r.getAttributeValue(CdaNames.XSI, "type");
    if (t == null) {
      return null;
    }
    int colon = t.indexOf(':');
    return colon >= 0 ? t.substring(colon + 1) : t;
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
    String at = xpath();
    boolean content = false;
    int depth = 1;
    while (depth > 0) {
      if (!r.hasNext()) {
        throw error("CDA-0005", "document ends before its elements are closed");
      }
      int event = r.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
        content = true;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
        content |= !r.isWhiteSpace();
      } else if (event == XMLStreamConstants.ENTITY_REFERENCE || event == XMLStreamConstants.DTD) {
        throw error("CDA-0003", "entity references other than the predefined ones are refused");
      }
    }
    frames.remove(frames.size() - 1);
    if (content) {
      warnings.add(new DecodeWarning(DecodeWarning.UNKNOWN_ELEMENT, at, line(start), column(start), UNKNOWN_MESSAGE));
    }
  }

  /** Skips the current element and its content silently (for fixed structural elements we write). */
  void skip() throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      if (!r.hasNext()) {
        throw error("CDA-0005", "document ends before its elements are closed");
      }
      int event = r.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (event == XMLStreamConstants.ENTITY_REFERENCE || event == XMLStreamConstants.DTD) {
        throw error("CDA-0003", "entity references other than the predefined ones are refused");
      }
    }
    frames.remove(frames.size() - 1);
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
    StringBuilder sb = new StringBuilder();
    int depth = 1;
    while (depth > 0) {
      if (!r.hasNext()) {
        throw error("CDA-0005", "document ends before its elements are closed");
      }
      int event = r.next();
      switch (event) {
        case XMLStreamConstants.CHARACTERS:
        case XMLStreamConstants.CDATA:
        case XMLStreamConstants.SPACE:
          sb.append(r.getText());
          break;
        case XMLStreamConstants.START_ELEMENT:
          push(r.getLocalName());
          warn(DecodeWarning.NARRATIVE_MARKUP, "markup inside a text value read as plain text");
          depth++;
          break;
        case XMLStreamConstants.END_ELEMENT:
          frames.remove(frames.size() - 1);
          depth--;
          break;
        case XMLStreamConstants.ENTITY_REFERENCE:
        case XMLStreamConstants.DTD:
          throw error("CDA-0003", "entity references other than the predefined ones are refused");
        default:
          break;
      }
    }
    return sb.toString();
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
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i < frames.size(); i++) {
      sb.append('/').append(frames.get(i).segment);
    }
    return sb.toString();
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
