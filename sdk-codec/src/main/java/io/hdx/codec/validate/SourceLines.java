package io.hdx.codec.validate;

import io.hdx.codec.DecodeLimits;
import io.hdx.codec.internal.StaxFactories;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Where the elements of one CDA document are in its source: one pass of the codec's hardened StAX reader
 * over the bytes, mapping each element's positional XPath ({@code /ClinicalDocument[1]/component[1]/...},
 * every step indexed among its same-named siblings) to the line it starts on, and, only when asked, to its
 * attributes and text so that a report can show the offending value. An issue's XPath is looked up with
 * {@link #find(String)}: the element itself, or else its nearest ancestor present in the source (then the
 * place is approximate).
 *
 * <p>Input the reader refuses (a DTD, an encoding it does not read, broken XML) gives an empty map: a report
 * then shows no line numbers, never fails.
 *
 * <p>Thread safety: immutable once built.
 */
final class SourceLines {
  private static final XMLInputFactory FACTORY = StaxFactories.input(DecodeLimits.defaults());
  /** Longest value shown in a report; longer ones are cut with an ellipsis. */
  private static final int MAX_VALUE = 200;
  /** Where an element without text holds its value, in the order looked at. */
  private static final String[] HELD_IN = {"value", "code", "extension"};
  static final SourceLines EMPTY = new SourceLines(new HashMap<String, Node>());

  private final Map<String, Node> byPath;

  private SourceLines(Map<String, Node> byPath) {
    this.byPath = byPath;
  }

  /** The elements of {@code xml}; their attributes and text too when {@code values}. */
  static SourceLines of(byte[] xml, boolean values) {
    Map<String, Node> map = new HashMap<>();
    XMLStreamReader r = null;
    try {
      r = FACTORY.createXMLStreamReader(new ByteArrayInputStream(xml));
      List<String> paths = new ArrayList<>();
      List<Map<String, Integer>> counts = new ArrayList<>();
      List<Node> open = new ArrayList<>();
      counts.add(new HashMap<String, Integer>());
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String name = r.getLocalName();
          Map<String, Integer> siblings = counts.get(counts.size() - 1);
          Integer n = siblings.get(name);
          int index = n == null ? 1 : n + 1;
          siblings.put(name, index);
          String path = (paths.isEmpty() ? "" : paths.get(paths.size() - 1)) + "/" + name + "[" + index + "]";
          Node node = new Node(r.getLocation().getLineNumber());
          if (values) {
            node.attributes = new HashMap<>();
            for (int i = 0; i < r.getAttributeCount(); i++) {
              node.attributes.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
            }
            node.text = new StringBuilder();
          }
          map.put(path, node);
          paths.add(path);
          counts.add(new HashMap<String, Integer>());
          open.add(node);
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          paths.remove(paths.size() - 1);
          counts.remove(counts.size() - 1);
          open.remove(open.size() - 1);
        } else if (values && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
            && !open.isEmpty()) {
          StringBuilder text = open.get(open.size() - 1).text;
          if (text.length() <= MAX_VALUE) {
            text.append(r.getText());
          }
        }
      }
    } catch (XMLStreamException | RuntimeException e) {
      return EMPTY; // a report without lines rather than none; the validator has judged the document already
    } finally {
      close(r);
    }
    return new SourceLines(map);
  }

  private static void close(XMLStreamReader r) {
    if (r != null) {
      try {
        r.close();
      } catch (XMLStreamException e) {
        // nothing to release for a reader over bytes
      }
    }
  }

  /** Where {@code xpath} (an issue's, {@code [1]} optional, maybe ending in {@code /@name}) is, or null. */
  Place find(String xpath) {
    if (byPath.isEmpty()) {
      return null;
    }
    String[] steps = xpath.split("/");
    String attribute = null;
    int last = steps.length;
    if (last > 0 && steps[last - 1].startsWith("@")) {
      attribute = steps[last - 1].substring(1);
      last--;
    }
    String[] indexed = new String[last];
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i < last; i++) {
      String step = steps[i];
      sb.append('/').append(step.indexOf('[') < 0 ? step + "[1]" : step);
      indexed[i] = sb.toString();
    }
    for (int i = last - 1; i >= 1; i--) {
      Node node = byPath.get(indexed[i]);
      if (node != null) {
        boolean exact = i == last - 1;
        return new Place(node.line, exact, exact ? value(node, attribute) : null);
      }
    }
    return null;
  }

  private static String value(Node node, String attribute) {
    if (node.attributes == null) {
      return null;
    }
    String v = attribute != null ? node.attributes.get(attribute) : node.text.toString().trim();
    if (attribute == null && v.isEmpty()) {
      // an HL7 value element without text holds its value in an attribute (PQ/INT/TS @value, CD @code, II @extension)
      for (String held : HELD_IN) {
        v = node.attributes.get(held);
        if (v != null) {
          break;
        }
      }
    }
    if (v == null) {
      return null;
    }
    return v.length() > MAX_VALUE ? v.substring(0, MAX_VALUE) + "…" : v;
  }

  /** One element of the source. */
  private static final class Node {
    final int line;
    Map<String, String> attributes;
    StringBuilder text;

    Node(int line) {
      this.line = line;
    }
  }

  /** Where an issue lies: a line, whether it is the issue's own element, and its value when asked and known. */
  static final class Place {
    final int line;
    final boolean exact;
    final String value;

    Place(int line, boolean exact, String value) {
      this.line = line;
      this.exact = exact;
      this.value = value;
    }
  }
}
