package io.hdx.deid.stream;

import io.hdx.model.layout.Datum;
import io.hdx.model.layout.DocumentLayout;
import io.hdx.model.layout.PersonalDataCategory;
import io.hdx.model.layout.SlotForm;
import io.hdx.model.spec.DocumentSpec;
import io.hdx.model.spec.DocumentSpecRegistry;
import io.hdx.model.spec.ValuePosition;
import io.hdx.security.deid.Category;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the stream needs of the document layouts of every spec: header fields by CDA path, the
 * personal-data category of each body data element, and the slots of non-observation acts. Header paths
 * are the same in every document (WS/T 500 / WS/T 483 share the CDA header), so the union over all specs
 * is one table.
 *
 * <p>Paths are {@link Node}s of a tree of element names: the stream steps from an element's node to its
 * child's, and each node holds its path string and its header datum, found once when the node is first
 * made, so that no path string is built and no table is searched by a long string per element. Nodes are
 * shared by all documents; a tree grown past {@link #MAX_NODES} (a flood of distinct element names) makes
 * further nodes for one document only.
 *
 * <p>Thread safety: thread-safe (nodes are made under a concurrent map and never change once published).
 */
final class LayoutIndex {
  /** How many nodes the shared tree holds at most. */
  static final int MAX_NODES = 20_000;

  private final Map<String, Datum> header;
  private final Map<String, Category> bodyCategories;
  private final Map<String, Datum> sectionEntryTimes;
  private final Map<String, List<SlotForm>> slotsByElement;
  private final Node root = new Node(null, "", "", null, Collections.<String, Datum>emptyMap());
  private final AtomicInteger nodes = new AtomicInteger();

  private LayoutIndex(Map<String, Datum> header, Map<String, Category> bodyCategories,
      Map<String, Datum> sectionEntryTimes, Map<String, List<SlotForm>> slotsByElement) {
    this.header = Collections.unmodifiableMap(header);
    this.bodyCategories = Collections.unmodifiableMap(bodyCategories);
    this.sectionEntryTimes = Collections.unmodifiableMap(sectionEntryTimes);
    this.slotsByElement = Collections.unmodifiableMap(slotsByElement);
  }

  static LayoutIndex of(DocumentSpecRegistry specs) {
    Map<String, Datum> header = new HashMap<>();
    Map<String, Category> body = new HashMap<>();
    Map<String, Datum> entryTimes = new HashMap<>();
    for (DocumentSpec spec : specs.all()) {
      DocumentLayout layout = DocumentLayout.of(spec);
      for (Datum d : layout.header()) {
        header.putIfAbsent(d.xpath(), d);
      }
      for (Datum d : layout.body()) {
        if (d.kind() == Datum.Kind.SECTION && d.name().startsWith("section.entry.") && d.name().endsWith("ime")) {
          // {section}/entry//effectiveTime, {section}/entry//author/time ...: a part of every section.
          entryTimes.putIfAbsent(d.name(), d);
        }
        if (d.dataElement().isPresent()) {
          Category c = category(d.category());
          body.merge(d.dataElement().get(), c, LayoutIndex::stricter);
        }
      }
    }
    Map<String, List<SlotForm>> slots = new HashMap<>();
    for (ValuePosition p : ValuePosition.values()) {
      if (p != ValuePosition.OBSERVATION) {
        SlotForm form = DocumentLayout.slotForm(p);
        slots.computeIfAbsent(form.element(), k -> new ArrayList<>()).add(form);
      }
    }
    return new LayoutIndex(header, body, entryTimes, slots);
  }

  /** The node of the document (above {@code ClinicalDocument}). */
  Node root() {
    return root;
  }

  /** The node of element {@code local} below {@code parent}. */
  Node child(Node parent, String local) {
    Node n = parent.children.get(local);
    if (n != null) {
      return n;
    }
    String path = parent.path + "/" + local;
    Datum d = header.get(path);
    if (d == null && parent.datum != null && isBound(local) && parent.datum.type().endsWith("TS")) {
      // The low, high or center of a time interval (HL7 IVL_TS) is the interval's datum: one date shift or
      // one generalization for both bounds, so that the interval is kept.
      d = parent.datum;
    }
    Map<String, Datum> attributes = new HashMap<>();
    String prefix = path + "/@";
    for (Map.Entry<String, Datum> e : header.entrySet()) {
      if (e.getKey().startsWith(prefix) && e.getKey().indexOf('/', prefix.length()) < 0) {
        attributes.put(e.getKey().substring(prefix.length()), e.getValue());
      }
    }
    n = new Node(parent, local, path, d, attributes);
    if (nodes.get() >= MAX_NODES) {
      return n;
    }
    Node raced = parent.children.putIfAbsent(local, n);
    if (raced != null) {
      return raced;
    }
    nodes.incrementAndGet();
    return n;
  }

  private static boolean isBound(String local) {
    return local.equals("low") || local.equals("high") || local.equals("center");
  }

  /** The category of a body data element; {@link Category#UNKNOWN} for a code no layout lists. */
  Category bodyCategory(String dataElement) {
    return bodyCategories.getOrDefault(dataElement, Category.UNKNOWN);
  }

  /**
   * The layout's datum for the times of entries ({@code section.entry.effectiveTime},
   * {@code section.entry.author.time} ...), by its field name; null when no layout has it.
   */
  Datum sectionEntryTime(String field) {
    return sectionEntryTimes.get(field);
  }

  /** The slots whose own element is {@code local} (e.g. {@code doseQuantity}); empty for most elements. */
  List<SlotForm> slotsEndingIn(String local) {
    List<SlotForm> s = slotsByElement.get(local);
    return s == null ? Collections.<SlotForm>emptyList() : s;
  }

  static Category category(PersonalDataCategory c) {
    switch (c) {
      case DIRECT:
        return Category.DIRECT;
      case QUASI:
        return Category.QUASI;
      case SENSITIVE:
        return Category.SENSITIVE;
      default:
        return Category.NONE;
    }
  }

  /** Of two categories one data element has in different documents, the more identifying. */
  private static Category stricter(Category a, Category b) {
    return a.ordinal() <= b.ordinal() ? a : b;
  }

  /** One element path: its name, its path string and what the header layout says of it. */
  static final class Node {
    final Node parent;
    final String local;
    /** The path, {@code /ClinicalDocument/recordTarget/patientRole/id}. */
    final String path;
    /** The header datum of this element (a time interval's bound: the interval's), or null. */
    final Datum datum;
    /** The header targets of this element's attributes ({@code telecom/@value}) by attribute name. */
    final Map<String, Target> attributes;
    /** Whether this element is {@code addr} or inside one. */
    final boolean inAddress;
    private final ConcurrentHashMap<String, Node> children = new ConcurrentHashMap<>(4);
    private volatile Target headerTarget;
    /** Targets the stream made for this element once (body values by data element and type, unknown attributes). */
    private final ConcurrentHashMap<String, Target> targets = new ConcurrentHashMap<>(4);

    Node(Node parent, String local, String path, Datum datum, Map<String, Datum> attributes) {
      this.parent = parent;
      this.local = local;
      this.path = path;
      this.datum = datum;
      Map<String, Target> targets = new HashMap<>();
      for (Map.Entry<String, Datum> e : attributes.entrySet()) {
        targets.put(e.getKey(), Target.headerAttribute(e.getValue(), e.getKey()));
      }
      this.attributes = targets.isEmpty() ? Collections.<String, Target>emptyMap() : targets;
      this.inAddress = local.equals("addr") || (parent != null && parent.inAddress);
    }

    /** The parent's element name, or empty at the root. */
    String parentLocal() {
      return parent == null ? "" : parent.local;
    }

    /** The target {@code make} makes for {@code key} at this node, made once. */
    Target target(String key, java.util.function.Function<String, Target> make) {
      Target t = targets.get(key);
      if (t == null) {
        t = make.apply(key);
        if (targets.size() < 64) {
          targets.putIfAbsent(key, t);
        }
      }
      return t;
    }

    /** The header target of this element (not an identifier: their target depends on the root); made once. */
    Target headerTarget() {
      Target t = headerTarget;
      if (t == null) {
        t = Target.header(datum, null);
        headerTarget = t;
      }
      return t;
    }
  }
}
