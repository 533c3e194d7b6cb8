package io.hdx.deid.stream;

import io.hdx.codec.CodecException;
import io.hdx.codec.DecodeLimits;
import io.hdx.codec.internal.StaxFactories;
import io.hdx.model.id.IdentifierOid;
import io.hdx.model.layout.Datum;
import io.hdx.model.spec.DocumentSpecRegistry;
import io.hdx.security.deid.Category;
import io.hdx.security.deid.DeidRun;
import io.hdx.security.deid.Deidentifier;
import io.hdx.security.deid.Subject;
import io.hdx.security.deid.ValueKind;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.Attribute;
import javax.xml.stream.events.Characters;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;

/**
 * De-identifies a raw CDA R2 document (WS/T 500, WS/T 483) as a stream: reads it with the codec's
 * hardened StAX parser (no DTDs or entities, bounded depth and sizes) and writes it back with each
 * datum treated as the engine's policy says. Memory is bounded by the header, which is read first so
 * that the patient (the date-shift key and the header people's names) is known before any date or
 * narrative is written; the body streams through.
 *
 * <p>What is a datum: header fields by their CDA path in the {@link io.hdx.model.layout.DocumentLayout}
 * (category and HL7 type from there); in the body, an entry's {@code value} under its act's data
 * element code (category from the layouts; a code no layout lists is unknown content), entry times
 * (dates of care), identifiers, names, telecoms and addresses of participants, and all text, which
 * is free text and scanned. Elements outside the HL7 namespace (a vendor's extensions) are unknown
 * content: the policy's default, {@code remove} in every preset, drops them whole. Unknown values in
 * the header ({@code @value}, {@code @extension} and text at paths no layout lists) are unknown
 * content too.
 *
 * <p>A removed value keeps its element, loses its value ({@code @extension}, {@code @value},
 * {@code @code} with its {@code @displayName}, or text) and gains {@code nullFlavor="MSK"} (HL7 V3
 * NullFlavor: masked), so the document keeps its structure and still validates. A generalized age or
 * number in a numeric attribute is written as its band's lower bound.
 *
 * <pre>{@code
 * CdaStreamDeidentifier stream = CdaStreamDeidentifier.create(deid);
 * DeidRun run = deid.newRun();
 * try (InputStream in = Files.newInputStream(src); OutputStream out = Files.newOutputStream(dst)) {
 *   stream.deidentify(in, out, run);
 * }
 * }</pre>
 *
 * <p>Thread safety: immutable; share it (each call has its own reader and writer).
 *
 * @since 0.1.0
 */
public final class CdaStreamDeidentifier {
  static final String HL7 = "urn:hl7-org:v3";
  static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
  private static final Pattern DE_CODE = Pattern.compile("DE\\d{2}\\.\\d{2}\\.\\d{3}\\.\\d{2}|HDSD\\d{2}\\.\\d{2}\\.\\d{3}");
  private static final String NARRATIVE_PATH = "/ClinicalDocument/component/structuredBody/component/section/text";
  private static final String ENTRY_TIME_PATH = "/ClinicalDocument/component/structuredBody/component/section/entry//effectiveTime";
  private static final String MSK = "MSK";
  private static final Pattern OID = Pattern.compile("[0-2](\\.(0|[1-9][0-9]*))+");

  private final Deidentifier engine;
  private final LayoutIndex index;
  private final XMLInputFactory inputs;
  private final XMLOutputFactory outputs;

  private CdaStreamDeidentifier(Deidentifier engine, LayoutIndex index, DecodeLimits limits) {
    this.engine = engine;
    this.index = index;
    this.inputs = StaxFactories.input(limits);
    this.outputs = StaxFactories.output();
  }

  /** A stream de-identifier for {@code engine}, with the standard specs and the default decode limits. */
  public static CdaStreamDeidentifier create(Deidentifier engine) {
    return new CdaStreamDeidentifier(Objects.requireNonNull(engine, "engine"),
        LayoutIndex.of(DocumentSpecRegistry.standard()), DecodeLimits.defaults());
  }

  /**
   * A stream de-identifier for {@code engine} with other decode limits: the defaults refuse documents
   * over 64 MB, so a larger one needs a larger {@link DecodeLimits#maxDocumentBytes()} (memory stays
   * bounded by the header whatever the document's size).
   */
  public static CdaStreamDeidentifier create(Deidentifier engine, DecodeLimits limits) {
    return new CdaStreamDeidentifier(Objects.requireNonNull(engine, "engine"),
        LayoutIndex.of(DocumentSpecRegistry.standard()), Objects.requireNonNull(limits, "limits"));
  }

  /** The engine. */
  public Deidentifier engine() {
    return engine;
  }

  /**
   * Reads one document from {@code in} and writes its de-identified form to {@code out}, counting
   * into {@code run} (one document). Neither stream is closed.
   *
   * @throws CodecException {@code CDA-0001} when the input is not well-formed or is
   *     refused by the hardening (the message names the rule and line, never content)
   */
  public void deidentify(InputStream in, OutputStream out, DeidRun run) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(run, "run");
    XMLEventReader reader = null;
    XMLEventWriter writer = null;
    try {
      reader = inputs.createXMLEventReader(in);
      writer = outputs.createXMLEventWriter(out, "UTF-8");
      new Pass(reader, writer, run).run();
      writer.flush();
      run.documentDone();
    } catch (XMLStreamException e) {
      int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
      throw new CodecException("CDA-0001", "not well-formed XML, or refused by the hardened parser", "/",
          line, -1, null);
    } finally {
      close(reader, writer);
    }
  }

  private static void close(XMLEventReader reader, XMLEventWriter writer) {
    try {
      if (writer != null) {
        writer.close();
      }
      if (reader != null) {
        reader.close();
      }
    } catch (XMLStreamException e) {
      // Closing releases parser state only; the document has been written or has already failed.
      return;
    }
  }

  /** One document. */
  private final class Pass {
    private final XMLEventReader reader;
    private final XMLEventWriter writer;
    private final DeidRun run;
    private final XMLEventFactory events = StaxFactories.events();
    private final Deque<String> path = new ArrayDeque<>();
    private final Deque<String> pathText = new ArrayDeque<>();
    /** Per open element: the data element code its act carries (set by its {@code code} child), or null. */
    private final Deque<String[]> acts = new ArrayDeque<>();
    private Subject subject = Subject.of("");
    private int skipDepth;
    private int bodyDepth = -1;
    private int narrativeDepth = -1;
    private StartElement pending;
    private boolean rootClosed;
    private final StringBuilder pendingText = new StringBuilder();

    Pass(XMLEventReader reader, XMLEventWriter writer, DeidRun run) {
      this.reader = reader;
      this.writer = writer;
      this.run = run;
    }

    void run() throws XMLStreamException {
      List<XMLEvent> header = new ArrayList<>();
      int depth = 0;
      while (reader.hasNext()) {
        XMLEvent e = reader.peek();
        if (e.isStartElement()) {
          if (depth == 1 && e.asStartElement().getName().getLocalPart().equals("component")) {
            break;
          }
          depth++;
        } else if (e.isEndElement()) {
          depth--;
        }
        header.add(reader.nextEvent());
      }
      subject = subjectOf(header);
      for (XMLEvent e : header) {
        handle(e);
      }
      while (reader.hasNext()) {
        handle(reader.nextEvent());
      }
      if (!rootClosed) {
        throw new CodecException("CDA-0005", "empty or truncated input", "/", -1, -1, null);
      }
    }

    /** The patient's key (resident ID, else first patient id, else empty) and the header's names. */
    private Subject subjectOf(List<XMLEvent> header) {
      Deque<String> p = new ArrayDeque<>();
      String residentId = null;
      String patientId = null;
      List<String> names = new ArrayList<>();
      StringBuilder text = null;
      for (XMLEvent e : header) {
        if (e.isStartElement()) {
          StartElement s = e.asStartElement();
          p.addLast(s.getName().getLocalPart());
          String at = String.join("/", p);
          if (at.endsWith("recordTarget/patientRole/id") || at.endsWith("recordTarget/patientRole/patient/id")) {
            String ext = attr(s, "extension");
            String root = attr(s, "root");
            if (ext != null && IdentifierOid.RESIDENT_ID_CARD.oid().equals(root) && residentId == null) {
              residentId = ext;
            } else if (ext != null && patientId == null) {
              patientId = ext;
            }
          }
          text = s.getName().getLocalPart().equals("name") ? new StringBuilder() : null;
        } else if (e.isCharacters() && text != null) {
          text.append(e.asCharacters().getData());
        } else if (e.isEndElement()) {
          if (text != null && e.asEndElement().getName().getLocalPart().equals("name")) {
            names.add(text.toString());
          }
          text = null;
          p.pollLast();
        }
      }
      Subject.Builder b = Subject.builder(residentId != null ? residentId : patientId != null ? patientId : "");
      for (String n : names) {
        b.addName(n);
      }
      return b.build();
    }

    private void handle(XMLEvent e) throws XMLStreamException {
      if (e.getEventType() == XMLStreamConstants.DTD || e.getEventType() == XMLStreamConstants.ENTITY_REFERENCE
          || e.getEventType() == XMLStreamConstants.ENTITY_DECLARATION) {
        // The parser reports a DOCTYPE instead of refusing it; the codec's rule: no DTDs, no entities.
        throw new CodecException("CDA-0003", "DOCTYPE/DTD or entity refused", "/",
            e.getLocation() == null ? -1 : e.getLocation().getLineNumber(), -1, null);
      }
      if (skipDepth > 0) {
        if (e.isStartElement()) {
          skipDepth++;
        } else if (e.isEndElement()) {
          skipDepth--;
        }
        return;
      }
      if (e.isStartElement()) {
        flushPending();
        StartElement s = e.asStartElement();
        if (path.isEmpty() && (!HL7.equals(s.getName().getNamespaceURI())
            || !s.getName().getLocalPart().equals("ClinicalDocument"))) {
          // The codec's rule (CdaReader): a shared document is a CDA R2 ClinicalDocument.
          throw new CodecException("CDA-0010", "root element must be ClinicalDocument in namespace urn:hl7-org:v3",
              "/", e.getLocation() == null ? -1 : e.getLocation().getLineNumber(), -1, null);
        }
        if (!path.isEmpty() && !HL7.equals(s.getName().getNamespaceURI())) {
          skipDepth = 1;
          run.countRemoval(io.hdx.security.deid.Datum.of(pathText.peekLast() + "/{vendor}", Category.UNKNOWN,
              ValueKind.OTHER));
          return;
        }
        String local = s.getName().getLocalPart();
        path.addLast(local);
        pathText.addLast((pathText.isEmpty() ? "" : pathText.peekLast()) + "/" + local);
        acts.addLast(new String[1]);
        if (local.equals("structuredBody") && bodyDepth < 0) {
          bodyDepth = path.size();
        }
        if (local.equals("text") && bodyDepth > 0 && narrativeDepth < 0 && parent().equals("section")) {
          narrativeDepth = path.size();
        }
        if (local.equals("code") && bodyDepth > 0 && narrativeDepth < 0) {
          String code = attr(s, "code");
          if (code != null && DE_CODE.matcher(code).matches()) {
            String[] parentAct = parentAct();
            if (parentAct != null && parentAct[0] == null) {
              parentAct[0] = code;
            }
          }
        }
        pending = s;
        pendingText.setLength(0);
      } else if (e.isCharacters()) {
        Characters c = e.asCharacters();
        if (pending != null) {
          pendingText.append(c.getData());
        } else if (narrativeDepth > 0 && !c.isWhiteSpace()) {
          writer.add(events.createCharacters(freeText(NARRATIVE_PATH, Category.SENSITIVE, c.getData())));
        } else if (!c.isWhiteSpace() && !path.isEmpty()) {
          writer.add(events.createCharacters(freeText(pathText.peekLast(), Category.SENSITIVE, c.getData())));
        } else {
          writer.add(e);
        }
      } else if (e.isEndElement()) {
        if (pending != null) {
          writeLeaf(pending, pendingText.toString());
          pending = null;
        }
        writer.add(e);
        if (path.size() == narrativeDepth) {
          narrativeDepth = -1;
        }
        if (path.size() == bodyDepth) {
          bodyDepth = -1;
        }
        path.pollLast();
        pathText.pollLast();
        acts.pollLast();
        rootClosed = path.isEmpty();
      } else {
        flushPending();
        writer.add(e);
      }
    }

    private String parent() {
      Iterator<String> it = path.descendingIterator();
      it.next();
      return it.hasNext() ? it.next() : "";
    }

    private String[] parentAct() {
      Iterator<String[]> it = acts.descendingIterator();
      it.next();
      return it.hasNext() ? it.next() : null;
    }

    /** The data element of the nearest enclosing act. */
    private String currentDataElement() {
      Iterator<String[]> it = acts.descendingIterator();
      while (it.hasNext()) {
        String[] a = it.next();
        if (a[0] != null) {
          return a[0];
        }
      }
      return null;
    }

    private void flushPending() throws XMLStreamException {
      if (pending == null) {
        return;
      }
      StartElement s = pending;
      pending = null;
      writer.add(transformAttributes(s, null).start);
      if (pendingText.length() > 0) {
        String text = pendingText.toString();
        pendingText.setLength(0);
        if (text.trim().isEmpty()) {
          writer.add(events.createCharacters(text));
        } else {
          writer.add(events.createCharacters(narrativeDepth > 0 ? freeText(NARRATIVE_PATH, Category.SENSITIVE, text)
              : freeText(pathText.peekLast(), Category.SENSITIVE, text)));
        }
      }
    }

    /** A leaf element with its text: attributes and text treated together. */
    private void writeLeaf(StartElement s, String text) throws XMLStreamException {
      boolean hasText = !text.trim().isEmpty();
      Leaf leaf = transformAttributes(s, hasText ? text : null);
      writer.add(leaf.start);
      if (leaf.text != null) {
        writer.add(events.createCharacters(leaf.text));
      } else if (!hasText && !text.isEmpty()) {
        writer.add(events.createCharacters(text));
      }
    }

    /** The element with its value carriers treated; {@code text} is its text content when it is a leaf. */
    private Leaf transformAttributes(StartElement s, String text) {
      String at = pathText.peekLast();
      Target target = target(s, at);
      List<Attribute> attributes = new ArrayList<>();
      java.util.Set<String> written = new java.util.HashSet<>();
      boolean masked = false;
      boolean hasNullFlavor = attr(s, "nullFlavor") != null;
      String newText = text;
      for (Iterator<Attribute> it = s.getAttributes(); it.hasNext(); ) {
        Attribute a = it.next();
        String name = a.getName().getLocalPart();
        boolean plain = a.getName().getNamespaceURI() == null || a.getName().getNamespaceURI().isEmpty();
        Target t = plain ? attributeTarget(at, name, target) : null;
        if (t == null) {
          if (written.add(a.getName().toString())) {
            attributes.add(a);
          }
          continue;
        }
        if (name.equals("displayName") && t.carrier.equals("code")) {
          continue;   // decided with its code below
        }
        Optional<String> out = run.apply(t.datum(s), a.getValue(), subject);
        if (!out.isPresent()) {
          masked = true;
          continue;
        }
        String value = t.numeric ? lowerBound(out.get()) : t.kind == ValueKind.DATE ? fullDate(out.get(), a.getValue()) : out.get();
        if (written.add(a.getName().toString())) {
          attributes.add(events.createAttribute(a.getName(), value));
        }
        if (t.carrier.equals("code") && value.equals(a.getValue()) && attr(s, "displayName") != null
            && written.add("displayName")) {
          attributes.add(events.createAttribute(new QName("displayName"), attr(s, "displayName")));
        }
      }
      if (text != null) {
        Target t = target != null && target.carrier.equals("#text") ? target : textTarget(at);
        Optional<String> out = run.apply(t.datum(s), text, subject);
        newText = out.orElse(null);
        masked |= !out.isPresent();
      }
      if (masked && !hasNullFlavor) {
        attributes.add(events.createAttribute(new QName("nullFlavor"), MSK));
      }
      return new Leaf(events.createStartElement(s.getName(), attributes.iterator(), s.getNamespaces()), newText);
    }

    /** What this element is, as a datum and the place its value sits in. */
    private Target target(StartElement s, String at) {
      if (bodyDepth < 0) {
        Datum d = index.header(at);
        if (d == null && (at.endsWith("/low") || at.endsWith("/high") || at.endsWith("/center"))) {
          d = index.header(at.substring(0, at.lastIndexOf('/')));
        }
        if (d != null) {
          return headerTarget(d, s);
        }
        return null;
      }
      if (narrativeDepth > 0) {
        return null;
      }
      String local = path.peekLast();
      if (local.equals("value")) {
        String de = currentDataElement();
        Category c = de == null ? Category.UNKNOWN : index.bodyCategory(de);
        String type = xsiType(s);
        String where = at + (de == null ? "" : "[" + de + "]");
        switch (type) {
          case "CD": case "CE": case "CV": case "CS": case "CO":
            return new Target(where, de, null, c, ValueKind.CODE, "code", false);
          case "PQ": case "INT": case "REAL": case "MO":
            return new Target(where, de, null, c, ValueKind.NUMBER, "value", true);
          case "TS": case "IVL_TS":
            return new Target(where, de, null, c, ValueKind.DATE, "value", false);
          case "BL":
            return new Target(where, de, null, c, ValueKind.CODE, "value", false);
          default:
            return new Target(where, de, null, c, kindOfBodyText(de), "#text", false);
        }
      }
      if (local.equals("effectiveTime") || local.equals("time") || local.equals("low") || local.equals("high")
          || local.equals("center")) {
        if (!parent().equals("value")) {
          return new Target(ENTRY_TIME_PATH, null, null, Category.QUASI, ValueKind.DATE, "value", false);
        }
        String de = currentDataElement();
        return new Target(at, de, null, de == null ? Category.UNKNOWN : index.bodyCategory(de), ValueKind.DATE, "value", false);
      }
      if (local.equals("id")) {
        return new Target(at, null, attr(s, "root"), Category.DIRECT, ValueKind.IDENTIFIER, "extension", false);
      }
      if (local.equals("telecom")) {
        return new Target(at, null, null, Category.DIRECT, ValueKind.PHONE, "value", false);
      }
      if (local.equals("name")) {
        return new Target(at, null, null, Category.DIRECT, ValueKind.NAME, "#text", false);
      }
      if (path.contains("addr")) {
        return new Target(at, null, null, Category.DIRECT, ValueKind.ADDRESS, "#text", false);
      }
      return null;
    }

    private Target headerTarget(Datum d, StartElement s) {
      Category c = LayoutIndex.category(d.category());
      String de = d.dataElement().orElse(null);
      String field = d.name();
      switch (d.type()) {
        case "II":
          String root = attr(s, "root");
          ValueKind kind = IdentifierOid.RESIDENT_ID_CARD.oid().equals(root) ? ValueKind.RESIDENT_ID : ValueKind.IDENTIFIER;
          return new Target(d.xpath(), de, root, c, kind, "extension", false);
        case "TS":
        case "IVL_TS":
          return new Target(d.xpath(), de, null, c, ValueKind.DATE, "value", false);
        case "CE": case "CD": case "CS": case "CV":
          return new Target(d.xpath(), de, null, c, ValueKind.CODE, "code", false);
        case "TEL":
          return new Target(d.xpath(), de, null, c, ValueKind.PHONE, "value", false);
        case "PQ": case "INT": case "REAL":
          return new Target(d.xpath(), de, null, c, field.endsWith(".age") ? ValueKind.AGE : ValueKind.NUMBER, "value", true);
        case "BL":
          return new Target(d.xpath(), de, null, c, ValueKind.CODE, "value", false);
        case "PN":
          return new Target(d.xpath(), de, null, c, ValueKind.NAME, "#text", false);
        default:
          ValueKind textKind = field.contains(".address.") || field.endsWith(".address") ? ValueKind.ADDRESS
              : field.endsWith(".name") ? ValueKind.OTHER : ValueKind.TEXT;
          return new Target(d.xpath(), de, null, c, textKind, "#text", false);
      }
    }

    /** The target of attribute {@code name}, or null when it is structure (kept). */
    private Target attributeTarget(String at, String name, Target element) {
      if (bodyDepth < 0) {
        Datum d = index.header(at + "/@" + name);
        if (d != null) {
          Category c = LayoutIndex.category(d.category());
          ValueKind kind = d.type().equals("TEL") ? ValueKind.PHONE : d.type().equals("INT") ? ValueKind.NUMBER
              : d.type().equals("ST") ? ValueKind.OTHER : ValueKind.CODE;
          return new Target(d.xpath(), d.dataElement().orElse(null), null, c, kind, name, d.type().equals("INT"));
        }
      }
      if (element != null) {
        if (element.carrier.equals(name) || (element.carrier.equals("code") && name.equals("displayName"))) {
          return element;
        }
        return null;
      }
      if (narrativeDepth < 0 && (name.equals("value") || name.equals("extension"))) {
        return new Target(at + "/@" + name, null, null, Category.UNKNOWN, ValueKind.OTHER, name, false);
      }
      return null;
    }

    /** Text at a place the layout does not name: unknown in the header, free text in the body. */
    private Target textTarget(String at) {
      if (bodyDepth < 0) {
        return new Target(at, null, null, Category.UNKNOWN, ValueKind.OTHER, "#text", false);
      }
      return new Target(at, null, null, Category.SENSITIVE, ValueKind.TEXT, "#text", false);
    }

    private String freeText(String at, Category category, String text) {
      if (bodyDepth < 0) {
        return run.apply(io.hdx.security.deid.Datum.of(at, Category.UNKNOWN, ValueKind.OTHER), text, subject).orElse("");
      }
      return run.apply(io.hdx.security.deid.Datum.of(at, category, ValueKind.TEXT), text, subject).orElse("");
    }
  }

  /** Body text kinds by data element: names and identifiers that entries carry as text. */
  static ValueKind kindOfBodyText(String de) {
    if (de == null) {
      return ValueKind.TEXT;
    }
    if (de.equals("DE02.01.039.00")) {
      return ValueKind.NAME;
    }
    if (de.equals("DE02.01.010.00")) {
      return ValueKind.PHONE;
    }
    if (de.equals("DE02.01.030.00")) {
      return ValueKind.RESIDENT_ID;
    }
    if (de.startsWith("DE01.00.")) {
      return ValueKind.IDENTIFIER;
    }
    return ValueKind.TEXT;
  }

  /**
   * A date generalized below the precision it was written with is written as the first moment of its
   * year or month, with as many digits as the original (WS 363 D8 and DT15 formats need the full date
   * or date and time): {@code 1949} for {@code 19491231} becomes {@code 19490101}, {@code 202406} for
   * {@code 20240620172300} becomes {@code 20240601000000}.
   */
  static String fullDate(String out, String original) {
    int digits = 0;
    while (digits < original.length() && Character.isDigit(original.charAt(digits))) {
      digits++;
    }
    if (digits < 8 || (out.length() != 4 && out.length() != 6) || !out.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return out;
    }
    StringBuilder full = new StringBuilder(out);
    while (full.length() < 8) {
      full.append("01");
    }
    while (full.length() < Math.min(digits, 14)) {
      full.append('0');
    }
    return full.toString();
  }

  /** A band or range written into a numeric attribute: its lower bound ({@code 30-39} to 30, {@code 90+} to 90). */
  static String lowerBound(String value) {
    int dash = value.indexOf('-', 1);
    String v = dash > 0 ? value.substring(0, dash) : value;
    return v.endsWith("+") ? v.substring(0, v.length() - 1) : v;
  }

  static String attr(StartElement s, String local) {
    Attribute a = s.getAttributeByName(new QName(local));
    return a == null ? null : a.getValue();
  }

  static String xsiType(StartElement s) {
    Attribute a = s.getAttributeByName(new QName(XSI, "type"));
    if (a == null) {
      return "";
    }
    String v = a.getValue();
    int colon = v.indexOf(':');
    return colon < 0 ? v : v.substring(colon + 1);
  }

  /** A datum's place: its path, data element, identifier OID, category, kind and value carrier. */
  private static final class Target {
    final String path;
    final String dataElement;
    final String oid;
    final Category category;
    final ValueKind kind;
    final String carrier;
    final boolean numeric;

    Target(String path, String dataElement, String oid, Category category, ValueKind kind, String carrier,
        boolean numeric) {
      this.path = path;
      this.dataElement = dataElement;
      this.oid = oid;
      this.category = category;
      this.kind = kind;
      this.carrier = carrier;
      this.numeric = numeric;
    }

    io.hdx.security.deid.Datum datum(StartElement s) {
      io.hdx.security.deid.Datum.Builder b = io.hdx.security.deid.Datum.builder(path, category, kind);
      if (dataElement != null && dataElement.startsWith("DE")) {
        b.dataElement(dataElement);
      }
      if (oid != null && OID.matcher(oid).matches()) {
        b.identifierOid(oid);
      }
      return b.build();
    }
  }

  private static final class Leaf {
    final StartElement start;
    final String text;

    Leaf(StartElement start, String text) {
      this.start = start;
      this.text = text;
    }
  }
}
