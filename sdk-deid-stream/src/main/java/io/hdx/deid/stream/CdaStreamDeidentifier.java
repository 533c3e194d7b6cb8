package io.hdx.deid.stream;

import io.hdx.codec.CodecException;
import io.hdx.codec.DecodeLimits;
import io.hdx.codec.internal.StaxFactories;
import io.hdx.model.dataset.DataElementCode;
import io.hdx.model.id.IdentifierOid;
import io.hdx.model.layout.ActForm;
import io.hdx.model.layout.DocumentLayout;
import io.hdx.model.layout.SlotForm;
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
 * element code (category from the layouts; a code no layout lists is unknown content), the slots of
 * drugs and procedures (dose, rate, route, unit, drug name, operation code, target site) where the
 * layout's slot forms put them, with their data element's category, entry times (the layout's
 * {@code section.entry.effectiveTime} and the times of the people in an entry), identifiers, names,
 * telecoms and addresses of participants, and all text, which is free text and scanned. The
 * {@code low}, {@code high} and {@code center} of a time interval (IVL_TS) are the interval's datum:
 * both bounds get the patient's one date shift, so the interval keeps its length. Elements outside the HL7 namespace (a vendor's extensions) are unknown
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
  private static final Pattern HDSD_CODE = Pattern.compile("HDSD\\d{2}\\.\\d{2}\\.\\d{3}");
  private static final String SECTION_PATH = "/ClinicalDocument/component/structuredBody/component/section";
  private static final String NARRATIVE_PATH = SECTION_PATH + "/text";
  private static final String PATIENT_ID = "/ClinicalDocument/recordTarget/patientRole/id";
  private static final String PATIENT_PERSON_ID = "/ClinicalDocument/recordTarget/patientRole/patient/id";
  /** CDA R2 typeId: its {@code @extension} names the message type (POCD_MT000040), structure. */
  private static final String TYPE_ID = "/ClinicalDocument/typeId";
  private static final String MSK = "MSK";
  private static final QName ROOT = new QName("root");
  private static final QName EXTENSION = new QName("extension");
  private static final QName CODE = new QName("code");
  private static final QName CODE_SYSTEM = new QName("codeSystem");
  private static final QName DISPLAY_NAME = new QName("displayName");
  private static final QName NULL_FLAVOR = new QName("nullFlavor");
  private static final QName XSI_TYPE = new QName(XSI, "type");

  private final Deidentifier engine;
  private final LayoutIndex index;
  private final XMLInputFactory inputs;
  private final XMLOutputFactory outputs;
  /** The layout's section parts for the times in entries: effectiveTime, and the times of author, performer, participant. */
  private final Target entryTime;
  private final Target authorTime;
  private final Target performerTime;
  private final Target participantTime;

  private CdaStreamDeidentifier(Deidentifier engine, LayoutIndex index, DecodeLimits limits) {
    this.engine = engine;
    this.index = index;
    this.inputs = StaxFactories.input(limits);
    this.outputs = StaxFactories.output();
    this.entryTime = sectionPart(index, "section.entry.effectiveTime");
    this.authorTime = sectionPart(index, "section.entry.author.time");
    this.performerTime = sectionPart(index, "section.entry.performer.time");
    this.participantTime = sectionPart(index, "section.entry.participant.time");
  }

  /**
   * A time part of every section ({@code {section}/entry//effectiveTime}) as a target: the layout's category and
   * type, at the path of any section ({@code .../section/entry//effectiveTime}, the key its counts go under).
   */
  private static Target sectionPart(LayoutIndex index, String field) {
    io.hdx.model.layout.Datum d = index.sectionEntryTime(field);
    if (d == null) {
      throw new IllegalStateException("the document layouts have no " + field);
    }
    String xpath = d.xpath();
    Target t = Target.header(d, null);
    return new Target(SECTION_PATH + xpath.substring(xpath.indexOf("/entry//")), t.dataElement, null, t.category,
        t.kind, t.carrier, t.numeric);
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
    /** The open element's path node ({@link LayoutIndex#root()} before the root element). */
    private LayoutIndex.Node node = index.root();
    private int depth;
    /** Per open element (by depth): the data element code its act carries (set by its {@code code} child), or null. */
    private String[] acts = new String[32];
    private Subject subject = Subject.of("");
    private int skipDepth;
    private int bodyDepth = -1;
    private int narrativeDepth = -1;
    private StartElement pending;
    private boolean rootClosed;
    private final StringBuilder pendingText = new StringBuilder();
    private final List<Attribute> attributes = new ArrayList<>();

    Pass(XMLEventReader reader, XMLEventWriter writer, DeidRun run) {
      this.reader = reader;
      this.writer = writer;
      this.run = run;
    }

    void run() throws XMLStreamException {
      List<XMLEvent> header = new ArrayList<>(512);
      int level = 0;
      while (reader.hasNext()) {
        XMLEvent e = reader.peek();
        if (e.isStartElement()) {
          if (level == 1 && e.asStartElement().getName().getLocalPart().equals("component")) {
            break;
          }
          level++;
        } else if (e.isEndElement()) {
          level--;
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
      LayoutIndex.Node at = index.root();
      int vendor = 0;
      String residentId = null;
      String patientId = null;
      List<String> names = new ArrayList<>();
      StringBuilder text = null;
      for (XMLEvent e : header) {
        if (e.isStartElement()) {
          StartElement s = e.asStartElement();
          if (vendor > 0 || (at != index.root() && !HL7.equals(s.getName().getNamespaceURI()))) {
            vendor++;
          } else {
            at = index.child(at, s.getName().getLocalPart());
          }
          if (vendor == 0 && (at.path.equals(PATIENT_ID) || at.path.equals(PATIENT_PERSON_ID))) {
            String ext = attr(s, EXTENSION);
            String root = attr(s, ROOT);
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
          if (vendor > 0) {
            vendor--;
          } else if (at.parent != null) {
            at = at.parent;
          }
        }
      }
      Subject.Builder b = Subject.builder(residentId != null ? residentId : patientId != null ? patientId : "");
      for (String n : names) {
        b.addName(n);
      }
      return b.build();
    }

    private void handle(XMLEvent e) throws XMLStreamException {
      int type = e.getEventType();
      if (type == XMLStreamConstants.DTD || type == XMLStreamConstants.ENTITY_REFERENCE
          || type == XMLStreamConstants.ENTITY_DECLARATION) {
        // The parser reports a DOCTYPE instead of refusing it; the codec's rule: no DTDs, no entities.
        throw new CodecException("CDA-0003", "DOCTYPE/DTD or entity refused", "/",
            e.getLocation() == null ? -1 : e.getLocation().getLineNumber(), -1, null);
      }
      if (skipDepth > 0) {
        if (type == XMLStreamConstants.START_ELEMENT) {
          skipDepth++;
        } else if (type == XMLStreamConstants.END_ELEMENT) {
          skipDepth--;
        }
        return;
      }
      if (type == XMLStreamConstants.START_ELEMENT) {
        start(e.asStartElement());
      } else if (type == XMLStreamConstants.CHARACTERS || type == XMLStreamConstants.CDATA
          || type == XMLStreamConstants.SPACE) {
        Characters c = e.asCharacters();
        if (pending != null) {
          pendingText.append(c.getData());
        } else if (!c.isWhiteSpace() && depth > 0) {
          writer.add(events.createCharacters(freeText(narrativeDepth > 0 ? NARRATIVE_PATH : node.path, c.getData())));
        } else {
          writer.add(e);
        }
      } else if (type == XMLStreamConstants.END_ELEMENT) {
        if (pending != null) {
          writeLeaf(pending, pendingText.toString());
          pending = null;
        }
        writer.add(e);
        if (depth == narrativeDepth) {
          narrativeDepth = -1;
        }
        if (depth == bodyDepth) {
          bodyDepth = -1;
        }
        node = node.parent;
        depth--;
        rootClosed = depth == 0;
      } else {
        flushPending();
        writer.add(e);
      }
    }

    private void start(StartElement s) throws XMLStreamException {
      flushPending();
      QName name = s.getName();
      if (depth == 0 && (!HL7.equals(name.getNamespaceURI()) || !name.getLocalPart().equals("ClinicalDocument"))) {
        // The codec's rule (CdaReader): a shared document is a CDA R2 ClinicalDocument.
        throw new CodecException("CDA-0010", "root element must be ClinicalDocument in namespace urn:hl7-org:v3",
            "/", s.getLocation() == null ? -1 : s.getLocation().getLineNumber(), -1, null);
      }
      if (depth > 0 && !HL7.equals(name.getNamespaceURI())) {
        skipDepth = 1;
        run.countRemoval(io.hdx.security.deid.Datum.of(node.path + "/{vendor}", Category.UNKNOWN, ValueKind.OTHER));
        return;
      }
      String local = name.getLocalPart();
      node = index.child(node, local);
      depth++;
      if (depth == acts.length) {
        acts = java.util.Arrays.copyOf(acts, depth * 2);
      }
      acts[depth] = null;
      if (bodyDepth < 0 && local.equals("structuredBody")) {
        bodyDepth = depth;
      }
      if (bodyDepth > 0 && narrativeDepth < 0) {
        if (local.equals("text") && node.parentLocal().equals("section")) {
          narrativeDepth = depth;
        } else if (local.equals("code") && acts[depth - 1] == null) {
          String code = attr(s, CODE);
          if (code != null && isDataElementCode(code)) {
            acts[depth - 1] = code;
          }
        }
      }
      pending = s;
      pendingText.setLength(0);
    }

    /** The data element of the nearest enclosing act. */
    private String currentDataElement() {
      for (int d = depth; d > 0; d--) {
        if (acts[d] != null) {
          return acts[d];
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
          writer.add(events.createCharacters(freeText(narrativeDepth > 0 ? NARRATIVE_PATH : node.path, text)));
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

    /**
     * The element with its value carriers treated; {@code text} is its text content when it is a leaf. An element
     * that carries no datum is written as it was read.
     */
    private Leaf transformAttributes(StartElement s, String text) {
      Target target = target(s);
      if (text == null && !carriesDatum(s, target)) {
        return new Leaf(s, null);
      }
      attributes.clear();
      boolean masked = false;
      boolean hasNullFlavor = false;
      String newText = text;
      // A coded value: its code is decided first, so that its display name, wherever it stands, is kept exactly
      // when the code is kept as it was.
      Attribute code = target != null && target.carrier.equals("code") ? s.getAttributeByName(CODE) : null;
      String codeOut = code == null ? null : value(target, code, run.apply(target.datum, code.getValue(), subject));
      for (Iterator<?> it = s.getAttributes(); it.hasNext(); ) {
        Attribute a = (Attribute) it.next();
        String name = a.getName().getLocalPart();
        boolean plain = a.getName().getNamespaceURI() == null || a.getName().getNamespaceURI().isEmpty();
        hasNullFlavor |= plain && name.equals(NULL_FLAVOR.getLocalPart());
        Target t = plain ? attributeTarget(name, target) : null;
        if (t == null) {
          attributes.add(a);
          continue;
        }
        String value;
        if (t == target && code != null && (name.equals("code") || name.equals("displayName"))) {
          value = name.equals("code") ? codeOut : code.getValue().equals(codeOut) ? a.getValue() : null;
          if (value == null && name.equals("displayName")) {
            continue;
          }
        } else if (name.equals("displayName") && t.carrier.equals("code")) {
          continue;   // a display name without its code
        } else {
          value = value(t, a, run.apply(t.datum, a.getValue(), subject));
        }
        if (value == null) {
          masked = true;
          continue;
        }
        attributes.add(value.equals(a.getValue()) ? a : events.createAttribute(a.getName(), value));
      }
      if (text != null) {
        Target t = target != null && target.carrier.equals("#text") ? target : textTarget();
        Optional<String> out = run.apply(t.datum, text, subject);
        newText = out.orElse(null);
        masked |= !out.isPresent();
      }
      if (masked && !hasNullFlavor) {
        attributes.add(events.createAttribute(NULL_FLAVOR, MSK));
      }
      return new Leaf(events.createStartElement(s.getName(), attributes.iterator(), s.getNamespaces()), newText);
    }

    /** What is written for attribute {@code a} at {@code t} given the engine's {@code out}; null when removed. */
    private String value(Target t, Attribute a, Optional<String> out) {
      if (!out.isPresent()) {
        return null;
      }
      return t.numeric ? lowerBound(out.get()) : t.kind == ValueKind.DATE ? fullDate(out.get(), a.getValue()) : out.get();
    }

    /** Whether any attribute of {@code s} carries a datum (else the element is written as read). */
    private boolean carriesDatum(StartElement s, Target target) {
      for (Iterator<?> it = s.getAttributes(); it.hasNext(); ) {
        Attribute a = (Attribute) it.next();
        String ns = a.getName().getNamespaceURI();
        if ((ns == null || ns.isEmpty()) && attributeTarget(a.getName().getLocalPart(), target) != null) {
          return true;
        }
      }
      return false;
    }

    /** What this element is, as a datum and the place its value sits in. */
    private Target target(StartElement s) {
      if (bodyDepth < 0) {
        io.hdx.model.layout.Datum d = node.datum;
        if (d == null) {
          return null;
        }
        return d.type().equals("II") ? Target.header(d, attr(s, ROOT)) : node.headerTarget();
      }
      if (narrativeDepth > 0) {
        return null;
      }
      String local = node.local;
      Target slot = slotTarget(s);
      if (slot != null) {
        return slot;
      }
      if (local.equals("value")) {
        String de = currentDataElement();
        String type = xsiType(s);
        return node.target(de == null ? "v:" + type : "v:" + de + ' ' + type, k -> valueTarget(de, type));
      }
      if (local.equals("effectiveTime") || local.equals("time") || local.equals("low") || local.equals("high")
          || local.equals("center")) {
        if (!node.parentLocal().equals("value")) {
          return entryTime(local.equals("low") || local.equals("high") || local.equals("center") ? node.parent : node);
        }
        String de = currentDataElement();
        return node.target(de == null ? "t:" : "t:" + de, k -> new Target(node.path, de, null,
            de == null ? Category.UNKNOWN : index.bodyCategory(de), ValueKind.DATE, "value", false));
      }
      if (local.equals("id")) {
        return new Target(node.path, null, attr(s, ROOT), Category.DIRECT, ValueKind.IDENTIFIER, "extension", false);
      }
      if (local.equals("telecom")) {
        return node.target("telecom", k -> new Target(node.path, null, null, Category.DIRECT, ValueKind.PHONE, "value", false));
      }
      if (local.equals("name")) {
        return node.target("name", k -> new Target(node.path, null, null, Category.DIRECT, ValueKind.NAME, "#text", false));
      }
      if (node.inAddress) {
        return node.target("addr", k -> new Target(node.path, null, null, Category.DIRECT, ValueKind.ADDRESS, "#text", false));
      }
      return null;
    }

    /** An entry's value by its act's data element and its xsi:type. */
    private Target valueTarget(String de, String type) {
      Category c = de == null ? Category.UNKNOWN : index.bodyCategory(de);
      String where = de == null ? node.path : node.path + "[" + de + "]";
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

    /**
     * The time of an entry or of a person in it ({@code effectiveTime}, {@code author/time}; an interval's bounds
     * are the interval's), as the layout's section parts ({@code section.entry.effectiveTime} ...) say.
     */
    private Target entryTime(LayoutIndex.Node time) {
      String owner = time.parentLocal();
      Target t = owner.equals("author") ? authorTime : owner.equals("performer") ? performerTime
          : owner.equals("participant") ? participantTime : null;
      return t != null && time.local.equals("time") ? t : entryTime;
    }

    /**
     * A slot of a non-observation act (a drug's dose, rate, route, unit and name; a procedure's code and target
     * site) where the layout's slot forms put it below the act's element: its data element (by the value's code
     * system where the samples tell them apart, else the slot's usual one) and that element's category. An act's
     * code that is a data element code names the act, and is no value.
     */
    private Target slotTarget(StartElement s) {
      for (SlotForm form : index.slotsEndingIn(node.local)) {
        List<String> steps = form.path();
        LayoutIndex.Node n = node;
        int i = steps.size() - 1;
        while (i >= 0 && n != null && n.local.equals(steps.get(i))) {
          n = n.parent;
          i--;
        }
        if (i >= 0 || n == null) {
          continue;
        }
        Optional<ActForm> act = DocumentLayout.actFormOf(n.local, n.parentLocal().equals("entryRelationship"));
        if (!act.isPresent() || !form.allowedIn(act.get().shape())) {
          continue;
        }
        String code = attr(s, CODE);
        if (code != null && isDataElementCode(code)) {
          return null;
        }
        String de = form.dataElement(act.get().shape(), attr(s, CODE_SYSTEM)).orElse(null);
        if (de == null) {
          return null;   // an act's code in a system no sample ties to a data element: the act's kind, structure
        }
        Category c = index.bodyCategory(de);
        // The slot's value: its valueAttribute (code of a CD, value of a PQ), else its text (a drug's name).
        String carrier = form.valueAttribute().orElse("#text");
        ValueKind kind = carrier.equals("code") ? ValueKind.CODE : carrier.equals("value") ? ValueKind.NUMBER : ValueKind.TEXT;
        return node.target("s:" + de, k -> new Target(node.path, de, null, c, kind, carrier, kind == ValueKind.NUMBER));
      }
      return null;
    }

    /** The target of attribute {@code name}, or null when it is structure (kept). */
    private Target attributeTarget(String name, Target element) {
      if (bodyDepth < 0) {
        Target t = node.attributes.get(name);
        if (t != null) {
          return t;
        }
      }
      if (element != null) {
        if (element.carrier.equals(name) || (element.carrier.equals("code") && name.equals("displayName"))) {
          return element;
        }
        return null;
      }
      if (narrativeDepth < 0 && (name.equals("value") || name.equals(EXTENSION.getLocalPart()))
          && !(bodyDepth < 0 && node.path.equals(TYPE_ID))) {
        return node.target("@" + name, k -> new Target(node.path + "/" + k, null, null, Category.UNKNOWN,
            ValueKind.OTHER, name, false));
      }
      return null;
    }

    /** Text at a place the layout does not name: unknown in the header, free text in the body. */
    private Target textTarget() {
      if (bodyDepth < 0) {
        return node.target("#unknown", k -> new Target(node.path, null, null, Category.UNKNOWN, ValueKind.OTHER, "#text", false));
      }
      return node.target("#free", k -> new Target(node.path, null, null, Category.SENSITIVE, ValueKind.TEXT, "#text", false));
    }

    private String freeText(String at, String text) {
      if (bodyDepth < 0) {
        return run.apply(io.hdx.security.deid.Datum.of(at, Category.UNKNOWN, ValueKind.OTHER), text, subject).orElse("");
      }
      return run.apply(io.hdx.security.deid.Datum.of(at, Category.SENSITIVE, ValueKind.TEXT), text, subject).orElse("");
    }
  }

  /** Whether {@code code} is a data element code (WS 363 {@code DE..}, WS 445 {@code HDSD..}); most codes are not. */
  static boolean isDataElementCode(String code) {
    return DataElementCode.isValid(code) || code.startsWith("HDSD") && HDSD_CODE.matcher(code).matches();
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

  static String attr(StartElement s, QName name) {
    Attribute a = s.getAttributeByName(name);
    return a == null ? null : a.getValue();
  }

  static String xsiType(StartElement s) {
    Attribute a = s.getAttributeByName(XSI_TYPE);
    if (a == null) {
      return "";
    }
    String v = a.getValue();
    int colon = v.indexOf(':');
    return colon < 0 ? v : v.substring(colon + 1);
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
