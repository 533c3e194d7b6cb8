package io.hdx.codec.internal;

import io.hdx.codec.CodecException;
import io.hdx.codec.DecodeWarning;
import io.hdx.model.ValidationException;
import io.hdx.model.datatype.BooleanValue;
import io.hdx.model.datatype.CodedValue;
import io.hdx.model.datatype.Decimals;
import io.hdx.model.datatype.EncapsulatedData;
import io.hdx.model.datatype.Hl7Type;
import io.hdx.model.datatype.Hl7Value;
import io.hdx.model.datatype.InstanceIdentifier;
import io.hdx.model.datatype.IntegerValue;
import io.hdx.model.datatype.MonetaryAmount;
import io.hdx.model.datatype.NullFlavor;
import io.hdx.model.datatype.NullValue;
import io.hdx.model.datatype.Oids;
import io.hdx.model.datatype.PhysicalQuantity;
import io.hdx.model.datatype.PointInTime;
import io.hdx.model.datatype.RealValue;
import io.hdx.model.datatype.Text;
import io.hdx.model.datatype.TimeInterval;
import io.hdx.model.document.Address;
import io.hdx.model.document.ClinicalDocument;
import io.hdx.model.document.Encounter;
import io.hdx.model.document.Entry;
import io.hdx.model.document.Organization;
import io.hdx.model.document.Participant;
import io.hdx.model.document.Participation;
import io.hdx.model.document.Patient;
import io.hdx.model.document.Section;
import io.hdx.model.layout.ActForm;
import io.hdx.model.layout.DocumentLayout;
import io.hdx.model.layout.SlotForm;
import io.hdx.model.spec.DocumentSpec;
import io.hdx.model.spec.EntryShape;
import io.hdx.model.spec.ValuePosition;
import java.math.BigDecimal;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;

/**
 * Maps the CDA R2 XML written by {@link CdaWriter} (and the WS/T 500 documents it follows) back to the
 * model, its exact inverse. Elements it does not map are skipped and reported as warnings.
 *
 * <p>Thread safety: not thread-safe; one per document.
 */
final class CdaReader {
  private static final String ERR_VALUE = "CDA-0101";
  private static final String ERR_MISSING = "CDA-0102";
  private static final String ERR_TYPE = "CDA-0103";

  private static final Pattern SEPARATED_TS =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}([ T]\\d{2}:\\d{2}(:\\d{2})?)?");
  private static final Pattern TS_LIKE = Pattern.compile("(19|20)\\d{6}(\\d{2}){0,3}([.+-]\\d+)*");
  private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,18}");
  private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d*\\.\\d+|[+-]?\\d+\\.\\d*");
  /** An all-zero TS of month to second precision: no calendar date, a vendor placeholder (CDA-0916). */
  private static final Pattern ZERO_TS = Pattern.compile("(00){3,7}");

  private final XmlCursor c;
  /**
   * The layout of the document being read, by its code (C0001 ...) read before the body: its spec names the data
   * element of each act slot; null for a code the standard registry does not know.
   */
  private DocumentLayout layout;

  CdaReader(XmlCursor cursor) {
    this.c = cursor;
  }

  List<DecodeWarning> warnings() {
    return c.warnings();
  }

  ClinicalDocument read() throws XMLStreamException {
    c.root();
    if (!c.inV3() || !c.name().equals(CdaNames.ROOT)) {
      throw c.error("CDA-0010", "root element must be ClinicalDocument in namespace urn:hl7-org:v3");
    }
    ClinicalDocument.Builder b = ClinicalDocument.builder();
    boolean templateSeen = false;
    boolean codeSeen = false;
    while (c.nextChild()) {
      if (!c.inV3()) {
        c.unknown();
        continue;
      }
      switch (c.name()) {
        case "realmCode":
        case "typeId":
          c.skip();
          break;
        case "templateId":
          if (templateSeen) {
            c.unknown();
          } else {
            b.templateId(required("root"));
            templateSeen = true;
            c.finish();
          }
          break;
        case "id":
          b.id(optionalIi().orElse(null));
          break;
        case "code":
          String documentCode = required("code");
          layout = DocumentLayout.standard(documentCode).orElse(null);
          b.code(documentCode);
          codeSeen = true;
          c.finish();
          break;
        case "title":
          b.title(c.text());
          break;
        case "effectiveTime":
          b.effectiveTime(optionalTs().orElse(null));
          break;
        case "confidentialityCode":
          b.confidentiality(optionalCoded().orElse(null));
          break;
        case "languageCode":
          b.languageCode(c.attr("code"));
          c.finish();
          break;
        case "setId":
          b.setId(optionalIi().orElse(null));
          break;
        case "versionNumber":
          b.versionNumber(versionNumber());
          break;
        case "recordTarget":
          b.patient(recordTarget());
          break;
        case "author":
          b.addAuthor(participant("assignedAuthor", "assignedPerson", "representedOrganization", false));
          break;
        case "informant":
          informant(b);
          break;
        case "custodian":
          b.custodian(custodian());
          break;
        case "legalAuthenticator":
          b.legalAuthenticator(participant("assignedEntity", "assignedPerson", "representedOrganization", true));
          break;
        case "authenticator":
          b.addAuthenticator(participant("assignedEntity", "assignedPerson", "representedOrganization", true));
          break;
        case "participant":
          b.addParticipant(participant("associatedEntity", "associatedPerson", "scopingOrganization", false));
          break;
        case "relatedDocument":
          b.relatedDocument(relatedDocument());
          break;
        case "componentOf":
          b.encounter(componentOf());
          break;
        case "component":
          body(b);
          break;
        default:
          c.unknown();
      }
    }
    if (!templateSeen || !codeSeen) {
      throw c.error(ERR_MISSING, "ClinicalDocument needs templateId and code");
    }
    return b.build();
  }

  // ---- header ----

  private Integer versionNumber() throws XMLStreamException {
    String v = c.attr("value");
    Integer n = null;
    if (v != null) {
      try {
        n = Integer.valueOf(token(v));
      } catch (NumberFormatException e) {
        // lenient: read as absent (the model's version is an int), the source keeps it and the validator reports it
        c.invalidValue("versionNumber/@value must be an integer", e);
      }
    }
    c.finish();
    return n;
  }

  private Patient recordTarget() throws XMLStreamException {
    Patient.Builder p = Patient.builder();
    while (c.nextChild()) {
      if (c.inV3() && c.name().equals("patientRole")) {
        while (c.nextChild()) {
          switch (c.inV3() ? c.name() : "") {
            case "id":
              Optional<InstanceIdentifier> id = optionalIi();
              if (id.isPresent()) {
                p.addId(id.get());
              }
              break;
            case "addr":
              p.address(address());
              break;
            case "telecom":
              p.telecom(telecom());
              break;
            case "patient":
              patient(p);
              break;
            case "providerOrganization":
              p.providerOrganization(organization());
              break;
            default:
              c.unknown();
          }
        }
      } else {
        c.unknown();
      }
    }
    return p.build();
  }

  private void patient(Patient.Builder p) throws XMLStreamException {
    while (c.nextChild()) {
      switch (c.inV3() ? c.name() : "") {
        case "id":
          p.residentId(optionalIi().orElse(null));
          break;
        case "name":
          p.name(c.text());
          break;
        case "administrativeGenderCode":
          p.gender(optionalCoded().orElse(null));
          break;
        case "birthTime":
          p.birthTime(optionalTs().orElse(null));
          break;
        case "maritalStatusCode":
          p.maritalStatus(optionalCoded().orElse(null));
          break;
        case "ethnicGroupCode":
          p.ethnicGroup(optionalCoded().orElse(null));
          break;
        case "age":
          Hl7Value age = value(Hl7Type.PQ);
          if (age instanceof PhysicalQuantity) {
            p.age((PhysicalQuantity) age);
          }
          break;
        case "employerOrganization":
          p.employer(organization());
          break;
        case "occupation":
          while (c.nextChild()) {
            if (c.inV3() && c.name().equals("occupationCode")) {
              p.occupation(optionalCoded().orElse(null));
            } else {
              c.unknown();
            }
          }
          break;
        default:
          c.unknown();
      }
    }
  }

  private void informant(ClinicalDocument.Builder b) throws XMLStreamException {
    Participant.Builder p = null;
    while (c.nextChild()) {
      if (c.inV3() && c.name().equals("assignedEntity") && p == null) {
        p = Participant.builder();
        role(p, "assignedPerson", "representedOrganization");
      } else {
        c.unknown();
      }
    }
    if (p != null) {
      b.addInformant(p.build());
    }
  }

  /**
   * author, legalAuthenticator / authenticator and participant share one shape: a time, a role
   * element (assignedAuthor, assignedEntity, associatedEntity) and, for signers, a signatureCode.
   */
  private Participant participant(String roleElement, String person, String organization, boolean signer)
      throws XMLStreamException {
    Participant.Builder p = Participant.builder();
    while (c.nextChild()) {
      String name = c.inV3() ? c.name() : "";
      if (name.equals("time")) {
        p.time(optionalTs().orElse(null));
      } else if (name.equals(roleElement)) {
        role(p, person, organization);
      } else if (signer && name.equals("signatureCode")) {
        c.skip();
      } else {
        c.unknown();
      }
    }
    return p.build();
  }

  /**
   * The content of assignedAuthor, assignedEntity, associatedEntity or (in a clinical statement) participantRole,
   * whose person is its playingEntity and which has no organization ({@code organizationElement} null).
   */
  private void role(Participant.Builder p, String personElement, String organizationElement)
      throws XMLStreamException {
    boolean idSeen = false;
    while (c.nextChild()) {
      String name = c.inV3() ? c.name() : "";
      if (name.equals("id") && !idSeen) {
        p.id(optionalIi().orElse(null));
        idSeen = true;
      } else if (name.equals("code")) {
        if (c.attr("code") != null || c.attr("nullFlavor") != null) {
          p.code(optionalCoded().orElse(null));
        } else {
          p.roleName(c.attr("displayName"));
          c.finish();
        }
      } else if (name.equals("addr")) {
        p.address(address());
      } else if (name.equals("telecom")) {
        p.telecom(telecom());
      } else if (name.equals(personElement)) {
        boolean person = !personElement.equals("playingEntity"); // a Person, which PCHIS.xsd extends
        while (c.nextChild()) {
          if (c.inV3() && c.name().equals("name")) {
            p.name(c.text());
          } else if (person && c.inV3() && c.name().equals("professionalTechnicalPosition")) {
            professionalTechnicalPosition(p);
          } else {
            c.unknown();
          }
        }
      } else if (organizationElement != null && name.equals(organizationElement)) {
        p.organization(organization());
      } else {
        c.unknown();
      }
    }
  }

  /**
   * {@code professionalTechnicalPosition/professionaltechnicalpositionCode} (CE), the Chinese extension of a Person
   * (PCHIS.xsd): the person's professional technical position (专业技术职务类别).
   */
  private void professionalTechnicalPosition(Participant.Builder p) throws XMLStreamException {
    boolean seen = false;
    while (c.nextChild()) {
      if (!seen && c.inV3() && c.name().equals("professionaltechnicalpositionCode")) {
        p.professionalTechnicalPosition(optionalCoded().orElse(null));
        seen = true;
      } else {
        c.unknown();
      }
    }
  }

  private Organization custodian() throws XMLStreamException {
    Organization org = null;
    while (c.nextChild()) {
      if (c.inV3() && c.name().equals("assignedCustodian")) {
        while (c.nextChild()) {
          if (c.inV3() && c.name().equals("representedCustodianOrganization")) {
            org = organization();
          } else {
            c.unknown();
          }
        }
      } else {
        c.unknown();
      }
    }
    return org;
  }

  private InstanceIdentifier relatedDocument() throws XMLStreamException {
    InstanceIdentifier id = null;
    while (c.nextChild()) {
      if (c.inV3() && c.name().equals("parentDocument")) {
        while (c.nextChild()) {
          if (c.inV3() && c.name().equals("id") && id == null) {
            id = optionalIi().orElse(null);
          } else {
            c.unknown();
          }
        }
      } else {
        c.unknown();
      }
    }
    return id;
  }

  private Encounter componentOf() throws XMLStreamException {
    Hl7Value time = null;
    Organization location = null;
    boolean seen = false;
    while (c.nextChild()) {
      if (c.inV3() && c.name().equals("encompassingEncounter") && !seen) {
        seen = true;
        while (c.nextChild()) {
          switch (c.inV3() ? c.name() : "") {
            case "effectiveTime":
              // nullFlavor UNK is what the writer puts for an encounter without a time (CDA R2 requires the
              // element): read back as no time, so that decode(encode(x)) is x; other flavors (NI ...) are kept
              time = optionalTime().filter(t -> !(t instanceof NullValue)
                  || ((NullValue) t).nullFlavor() != NullFlavor.UNK).orElse(null);
              break;
            case "location":
              location = location();
              break;
            default:
              c.unknown();
          }
        }
      } else {
        c.unknown();
      }
    }
    return seen ? Encounter.of(time, location) : null;
  }

  private Organization location() throws XMLStreamException {
    Organization org = null;
    while (c.nextChild()) {
      if (c.inV3() && c.name().equals("healthCareFacility")) {
        while (c.nextChild()) {
          if (c.inV3() && c.name().equals("serviceProviderOrganization") && org == null) {
            org = organization();
          } else {
            c.unknown();
          }
        }
      } else {
        c.unknown();
      }
    }
    return org;
  }

  private Organization organization() throws XMLStreamException {
    Organization.Builder o = Organization.builder();
    boolean idSeen = false;
    boolean nameSeen = false;
    boolean telecomSeen = false;
    boolean partSeen = false;
    while (c.nextChild()) {
      String name = c.inV3() ? c.name() : "";
      if (name.equals("id") && !idSeen) {
        o.id(optionalIi().orElse(null));
        idSeen = true;
      } else if (name.equals("name") && !nameSeen) {
        if (c.attr("nullFlavor") != null) {
          c.finish();
        } else {
          o.name(c.text());
        }
        nameSeen = true;
      } else if (name.equals("telecom") && !telecomSeen) {
        o.telecom(telecom());
        telecomSeen = true;
      } else if (name.equals("asOrganizationPartOf") && !partSeen) {
        partSeen = true;
        while (c.nextChild()) {
          if (c.inV3() && c.name().equals("wholeOrganization")) {
            o.partOf(organization());
          } else {
            c.unknown();
          }
        }
      } else {
        c.unknown();
      }
    }
    return o.build();
  }

  private Address address() throws XMLStreamException {
    Address.Builder a = Address.builder().use(c.attr("use"));
    while (c.nextChild()) {
      switch (c.inV3() ? c.name() : "") {
        case "houseNumber":
          a.houseNumber(c.text());
          break;
        case "streetName":
          a.streetName(c.text());
          break;
        case "township":
          a.township(c.text());
          break;
        case "county":
          a.county(c.text());
          break;
        case "city":
          a.city(c.text());
          break;
        case "state":
          a.state(c.text());
          break;
        case "postalCode":
          a.postalCode(c.text());
          break;
        default:
          c.unknown();
      }
    }
    return a.build();
  }

  private String telecom() throws XMLStreamException {
    String value = c.attr("value");
    c.finish();
    return value;
  }

  // ---- body ----

  private void body(ClinicalDocument.Builder b) throws XMLStreamException {
    while (c.nextChild()) {
      if (c.inV3() && c.name().equals("structuredBody")) {
        while (c.nextChild()) {
          if (c.inV3() && c.name().equals("component")) {
            while (c.nextChild()) {
              if (c.inV3() && c.name().equals("section")) {
                b.addSection(section());
              } else {
                c.unknown();
              }
            }
          } else {
            c.unknown();
          }
        }
      } else if (c.inV3() && c.name().equals("nonXMLBody")) {
        emptyBody();
      } else {
        c.unknown();
      }
    }
  }

  /** A nonXMLBody: the writer's empty body (text with nullFlavor) is silent; any content is reported. */
  private void emptyBody() throws XMLStreamException {
    while (c.nextChild()) {
      if (c.inV3() && c.name().equals("text") && c.attr("nullFlavor") != null) {
        c.finish();
      } else {
        c.unknown();
      }
    }
  }

  private Section section() throws XMLStreamException {
    Section.Builder s = Section.builder();
    String key = null;
    while (c.nextChild()) {
      switch (c.inV3() ? c.name() : "") {
        case "code":
          s.code(c.attr("code")).displayName(c.attr("displayName"));
          key = c.attr("code") != null ? c.attr("code") : c.attr("displayName");
          c.finish();
          break;
        case "text":
          s.text(c.text());
          break;
        case "entry":
          // entry/@typeCode (COMP, DRIV) says nothing the model holds; the source keeps it.
          Entry entry = null;
          while (c.nextChild()) {
            ActForm form = entry == null && c.inV3() ? DocumentLayout.actFormOf(c.name(), false).orElse(null) : null;
            if (form != null) {
              entry = act(form.shape(), key);
            } else {
              c.unknown();
            }
          }
          if (entry != null) {
            s.addEntry(entry);
          }
          break;
        default:
          c.unknown();
      }
    }
    return s.build();
  }

  /**
   * The entry of the current act in section {@code sectionKey}, or null (reported) when it carries
   * neither a data element code nor a member: then the model has no place for it and only the source
   * keeps it. A drug or an operation gets its slots ({@link ValuePosition}) as members.
   */
  private Entry act(EntryShape shape, String sectionKey) throws XMLStreamException {
    XmlCursor.Mark at = c.mark();
    Entry.Builder e = Entry.builder().shape(shape);
    boolean hasDataElement = false;
    boolean hasComponents = false;
    boolean observation = c.name().equals("observation");
    boolean organizer = shape == EntryShape.ORGANIZER_COMPONENT;
    boolean codeSeen = false;
    boolean valueSeen = false;
    EnumSet<ValuePosition> slots = EnumSet.noneOf(ValuePosition.class);
    while (c.nextChild()) {
      String name = c.inV3() ? c.name() : "";
      SlotForm slot = observation || organizer ? null : DocumentLayout.slotFormAt(name, shape).orElse(null);
      if (name.equals("code") && !codeSeen) {
        codeSeen = true;
        String system = c.attr("codeSystem");
        String code = c.attr("code");
        if (code != null && (system == null || system.equals(DocumentSpec.DATA_ELEMENT_CODE_SYSTEM)
            || system.equals(DocumentSpec.DATA_SET_ITEM_CODE_SYSTEM) && CdaNames.isDataSetItem(code.trim()))) {
          e.dataElement(token(code)).displayName(c.attr("displayName"));
          hasDataElement = true;
          e.qualifier(qualifier());
        } else if (code == null && c.attr("displayName") != null && c.attr("nullFlavor") == null) {
          e.displayName(c.attr("displayName")); // an organizer's label (血压, 颅脑损伤患者入院前昏迷时间)
          c.finish();
        } else if (slot != null && slot.position() == ValuePosition.ACT_CODE
            && (code != null || c.attr("nullFlavor") != null)
            && slotDataElement(sectionKey, shape, slot, system) != null) {
          // A code of another system is the act's own code (e.g. an ICD-9-CM-3 operation code): a slot.
          hasComponents |= slot(e, slots, slot, shape, sectionKey);
        } else if (code == null && c.attr("nullFlavor") != null && !observation && !organizer) {
          c.finish(); // an act's code we write as nullFlavor when the act has no data element
        } else {
          c.unknown();
        }
      } else if (name.equals("effectiveTime")) {
        e.effectiveTime(optionalTime().orElse(null));
      } else if (name.equals("value") && observation && !valueSeen) {
        valueSeen = true;
        e.value(value(null));
      } else if (name.equals("statusCode") && organizer) {
        c.skip();
      } else if (slot != null && slot.position() != ValuePosition.ACT_CODE && slot.path().size() == 1) {
        hasComponents |= slot(e, slots, slot, shape, sectionKey);
      } else if (slot != null && slot.position() != ValuePosition.ACT_CODE) {
        hasComponents |= slotPath(e, slots, slot, 1, shape, sectionKey);
      } else if (name.equals("author")) {
        e.addParticipation(Participation.author(participant("assignedAuthor", "assignedPerson",
            "representedOrganization", false)));
      } else if (name.equals("performer")) {
        e.addParticipation(Participation.performer(participant("assignedEntity", "assignedPerson",
            "representedOrganization", false)));
      } else if (name.equals("participant") && personParticipant(c.attr("typeCode"))) {
        String typeCode = c.attr("typeCode");
        e.addParticipation(Participation.participant(typeCode, participant("participantRole", "playingEntity", null,
            false)));
      } else if (name.equals("component") && organizer) {
        hasComponents |= nestedAct(e, false, sectionKey);
      } else if (name.equals("entryRelationship") && !organizer) {
        hasComponents |= nestedAct(e, true, sectionKey);
      } else {
        c.unknown();
      }
    }
    if (!hasDataElement && !hasComponents) {
      c.warnAt(DecodeWarning.UNKNOWN_ELEMENT, at, "act without a data element code; kept in the source only");
      return null;
    }
    return e.build();
  }

  /**
   * Whether a clinical statement's {@code participant} of {@code typeCode} is a person (a participation of the model):
   * any HL7 ParticipationType but CSM, a consumable material (the allergen of an allergy, kept in the source only).
   */
  private static boolean personParticipant(String typeCode) {
    return typeCode != null && !typeCode.trim().isEmpty() && !"CSM".equals(typeCode);
  }

  /**
   * The role label of the current data element {@code code}: its first {@code qualifier/name/@displayName}
   * (HL7 V3 CD.qualifier, as the WS/T 500 examples label 中医病名 and 中医证候 of one code), or null; moves past the
   * code. A qualifier with more (a coded name, a value) and any other child are kept in the source only.
   */
  private String qualifier() throws XMLStreamException {
    String label = null;
    while (c.nextChild()) {
      if (label == null && c.inV3() && c.name().equals("qualifier") && c.attr("inverted") == null) {
        while (c.nextChild()) {
          if (label == null && c.inV3() && c.name().equals("name") && c.attr("displayName") != null
              && c.attr("code") == null && c.attr("codeSystem") == null && c.attr("nullFlavor") == null) {
            label = c.attr("displayName");
            c.finish();
          } else {
            c.unknown();
          }
        }
      } else {
        c.unknown();
      }
    }
    return label;
  }

  /**
   * Reads the current element as the member of {@code act} in {@code slot}; whether it became one. A slot
   * seen twice, without a value, or whose data element neither the spec nor the samples name is reported
   * and kept in the source only.
   */
  private boolean slot(Entry.Builder act, Set<ValuePosition> seen, SlotForm form, EntryShape shape,
      String sectionKey) throws XMLStreamException {
    ValuePosition slot = form.position();
    boolean filled = c.attr("nullFlavor") != null || !form.valueAttribute().isPresent()
        || c.attr(form.valueAttribute().get()) != null;
    String dataElement = filled && !seen.contains(slot)
        ? slotDataElement(sectionKey, shape, form, c.attr("codeSystem")) : null;
    if (dataElement == null) {
      c.unknown();
      return false;
    }
    XmlCursor.Mark at = c.mark();
    Hl7Value value = value(form.type());
    if (value == null || !slot.accepts(value)) {
      c.warnAt(DecodeWarning.UNKNOWN_ELEMENT, at, "value of a type this slot cannot hold; kept in the source only");
      return false;
    }
    seen.add(slot);
    act.addComponent(Entry.at(slot, dataElement, value));
    return true;
  }

  /**
   * Reads the current element as step {@code step - 1} of the path of slot {@code form} (e.g. {@code consumable} of
   * the drug's name) and what it holds down to the slot's own element; whether the slot got a member. The
   * writer's placeholder (a nullFlavor on the element before the slot's) is silent.
   */
  private boolean slotPath(Entry.Builder act, Set<ValuePosition> seen, SlotForm form, int step, EntryShape shape,
      String sectionKey) throws XMLStreamException {
    List<String> path = form.path();
    boolean last = step == path.size() - 1;
    boolean filled = false;
    while (c.nextChild()) {
      if (!c.inV3() || !c.name().equals(path.get(step))) {
        c.unknown();
      } else if (last) {
        filled |= slot(act, seen, form, shape, sectionKey);
      } else if (step == path.size() - 2 && c.attr("nullFlavor") != null) {
        c.finish();
      } else {
        filled |= slotPath(act, seen, form, step + 1, shape, sectionKey);
      }
    }
    return filled;
  }

  /**
   * The data element in slot {@code form} of an act of {@code shape} in section {@code sectionKey}: the spec's
   * (the document's layout), else the samples' ({@link SlotForm#dataElement}); null when neither names one.
   */
  private String slotDataElement(String sectionKey, EntryShape shape, SlotForm form, String codeSystem) {
    return (layout != null ? layout.slotDataElement(sectionKey, shape, form.position(), codeSystem)
        : form.dataElement(shape, codeSystem)).orElse(null);
  }

  /** Reads a component or entryRelationship; whether it gave {@code parent} a nested entry. */
  private boolean nestedAct(Entry.Builder parent, boolean inRelationship, String sectionKey)
      throws XMLStreamException {
    boolean seen = false;
    Entry nested = null;
    while (c.nextChild()) {
      EntryShape shape = c.inV3() ? DocumentLayout.actFormOf(c.name(), inRelationship).map(ActForm::shape).orElse(null)
          : null;
      if (shape != null && !seen) {
        seen = true;
        nested = act(shape, sectionKey);
        if (nested != null) {
          parent.addComponent(nested);
        }
      } else {
        c.unknown();
      }
    }
    return nested != null;
  }

  // ---- data types ----

  /**
   * The value of the current element; its type from {@code xsi:type}, else {@code declared}. An
   * unsupported xsi:type is reported and gives {@code null}.
   */
  private Hl7Value value(Hl7Type declared) throws XMLStreamException {
    String xsi = c.xsiType();
    Hl7Type type;
    if (xsi != null) {
      Optional<Hl7Type> t = Hl7Type.fromXsiType(xsi);
      if (!t.isPresent()) {
        c.warn(DecodeWarning.UNKNOWN_ELEMENT, "xsi:type not supported by the model; value skipped");
        c.skip();
        return null;
      }
      type = t.get();
    } else if (declared != null) {
      type = declared;
    } else {
      c.deviation(DecodeWarning.TYPE_INFERRED, "value without xsi:type; its type is inferred from its attributes");
      type = inferType();
    }
    String nullFlavor = c.attr("nullFlavor");
    if (nullFlavor != null) {
      NullFlavor flavor = NullFlavor.fromCode(nullFlavor).orElse(null);
      if (flavor == null) {
        c.deviation(DecodeWarning.NULL_FLAVOR_REPLACED, "nullFlavor is not an HL7 NullFlavor code; read as NI");
        flavor = NullFlavor.NI;
      }
      c.finish();
      return NullValue.of(type, flavor);
    }
    Hl7Value v;
    switch (type) {
      case II:
        v = ii();
        break;
      case CD:
      case CE:
      case CV:
        v = hasCode() ? coded(type) : codeMissing(type);
        break;
      case PQ:
        String quantity = c.attr("value");
        if (quantity == null) {
          v = numberPlaceholder(type);
          break;
        }
        BigDecimal pq = decimal(quantity);
        String unit = c.attr("unit");
        v = pq == null ? PhysicalQuantity.invalid(quantity, unit)
            : unit == null ? PhysicalQuantity.unitless(pq) : PhysicalQuantity.of(pq, unit);
        break;
      case TS:
        if (c.attr("value") == null) {
          v = numberPlaceholder(type);
          break;
        }
        String time = token(c.attr("value"));
        v = zeroTs(time) ? NullValue.of(type, NullFlavor.NI) : ts(time);
        break;
      case IVL_TS:
        return interval();
      case ST:
        return Text.of(c.text());
      case INT:
        String integer = c.attr("value");
        if (integer == null) {
          return integerPlaceholder();
        }
        try {
          v = IntegerValue.of(Long.parseLong(token(integer)));
        } catch (NumberFormatException e) {
          c.invalidValue("INT/@value must be an integer", e);
          v = IntegerValue.invalid(integer);
        }
        break;
      case REAL:
        String real = c.attr("value");
        if (real == null) {
          v = numberPlaceholder(type);
          break;
        }
        BigDecimal number = decimal(real);
        v = number == null ? RealValue.invalid(real) : RealValue.of(number);
        break;
      case BL:
        String bool = c.attr("value");
        v = bool == null ? numberPlaceholder(type) : bool(bool);
        break;
      case MO:
        String amount = c.attr("value");
        if (amount == null) {
          v = numberPlaceholder(type);
          break;
        }
        BigDecimal money = decimal(amount);
        v = money == null ? MonetaryAmount.invalid(amount, c.attr("currency"))
            : MonetaryAmount.of(money, c.attr("currency"));
        break;
      case ED:
        return encapsulated();
      default:
        throw c.error(ERR_TYPE, "unsupported data type");
    }
    c.finish();
    return v;
  }

  private Hl7Value interval() throws XMLStreamException {
    PointInTime low = null;
    PointInTime high = null;
    while (c.nextChild()) {
      switch (c.inV3() ? c.name() : "") {
        case "low":
          low = optionalTs().orElse(null);
          break;
        case "high":
          high = optionalTs().orElse(null);
          break;
        default:
          c.unknown();
      }
    }
    return TimeInterval.asWritten(low, high);
  }

  /**
   * An {@code effectiveTime} as written (CDA R2: IVL_TS on the encompassing encounter and the clinical statements): a
   * TS ({@code @value}), an interval ({@code low}/{@code high}) or a null flavor of an HL7 NullFlavor code; empty for
   * an element that gives none of them (kept in the source only); moves past the element.
   */
  private Optional<Hl7Value> optionalTime() throws XMLStreamException {
    String nullFlavor = c.attr("nullFlavor");
    if (nullFlavor != null) {
      Optional<NullFlavor> flavor = NullFlavor.fromCode(nullFlavor);
      c.finish();
      return flavor.map(f -> (Hl7Value) NullValue.of(Hl7Type.IVL_TS, f));
    }
    if (c.attr("value") != null) {
      return optionalTs().map(t -> (Hl7Value) t);
    }
    TimeInterval ivl = (TimeInterval) interval();
    return ivl.low().isPresent() || ivl.high().isPresent() ? Optional.<Hl7Value>of(ivl) : Optional.<Hl7Value>empty();
  }

  private Hl7Value encapsulated() throws XMLStreamException {
    String mediaType = c.attr("mediaType");
    if ("B64".equals(c.attr("representation"))) {
      if (mediaType == null) {
        throw c.error(ERR_MISSING, "ED in B64 needs @mediaType");
      }
      String text = c.text();
      try {
        return EncapsulatedData.ofBytes(mediaType, Base64.getMimeDecoder().decode(text));
      } catch (IllegalArgumentException e) {
        throw c.error(ERR_VALUE, "ED content is not base64", null, e);
      }
    }
    return EncapsulatedData.ofText(mediaType, c.text());
  }

  /**
   * A REAL, PQ or MO @value as written, its length bounded before it is parsed ({@link Decimals}); null (reported,
   * the caller keeping the text as written) when it is no such decimal, e.g. empty. Strict mode refuses it.
   */
  private BigDecimal decimal(String written) {
    String text = token(written);
    try {
      return Decimals.parse(text);
    } catch (ValidationException e) {
      c.invalidValue("@value must be a decimal number of at most " + Decimals.MAX_LENGTH
          + " characters and a scale within +/-" + Decimals.MAX_SCALE, e);
      return null;
    }
  }

  /** An II, or empty for an element with nullFlavor or without root and extension; moves past the element. */
  private Optional<InstanceIdentifier> optionalIi() throws XMLStreamException {
    // <setId/> as in the WS/T 500 examples: an II without root, extension or nullFlavor (the XSD allows
    // it) says nothing and reads as absent; the source keeps it.
    if (c.attr("nullFlavor") != null || (c.attr("root") == null && c.attr("extension") == null)) {
      c.finish();
      return Optional.empty();
    }
    InstanceIdentifier id = ii();
    c.finish();
    return Optional.of(id);
  }

  /**
   * An II. A root that is missing or no OID (HL7 V3 Data Types R1 §II: the root is required and a UID) is kept as
   * written and reported in lenient mode; strict mode refuses it (CDA-0102 missing, CDA-0101 malformed).
   */
  private InstanceIdentifier ii() {
    String written = c.attr("root");
    String root = written == null ? null : token(written);
    InstanceIdentifier.Builder id = InstanceIdentifier.builder().extension(c.attr("extension"))
        .assigningAuthorityName(c.attr("assigningAuthorityName"));
    if (root == null || !Oids.isValid(root)) {
      c.invalidValue(root == null ? ERR_MISSING : ERR_VALUE,
          root == null ? "@root is required" : "II/@root must be an OID (HL7 V3 Data Types R1, II)", null);
      return id.root(written).buildAsWritten();
    }
    return id.root(root).build();
  }

  /** A TS from @value, or empty for nullFlavor; moves past the element (low/high are reported). */
  private Optional<PointInTime> optionalTs() throws XMLStreamException {
    String value = c.attr("value");
    if (c.attr("nullFlavor") != null || value == null) {
      c.finish();
      return Optional.empty();
    }
    String literal = token(value);
    if (zeroTs(literal)) {
      c.finish();
      return Optional.empty();
    }
    PointInTime t = ts(literal);
    c.finish();
    return Optional.of(t);
  }

  /** A header code (CE unless xsi:type says otherwise), or empty for nullFlavor. */
  private Optional<CodedValue> optionalCoded() throws XMLStreamException {
    if (c.attr("nullFlavor") != null) {
      c.finish();
      return Optional.empty();
    }
    Hl7Type type = Hl7Type.CE;
    String xsi = c.xsiType();
    if (xsi != null) {
      type = Hl7Type.fromXsiType(xsi).filter(Hl7Type::isCoded).orElseThrow(() ->
          c.error(ERR_TYPE, "a code's xsi:type must be CD, CE or CV"));
    }
    if (!hasCode()) {
      codeMissing(type);
      c.finish();
      return Optional.empty();
    }
    CodedValue v = coded(type);
    c.finish();
    return Optional.of(v);
  }

  /**
   * A coded value with a code. A codeSystem that is missing or no OID (HL7 V3 Data Types R1 §CD: a code needs the
   * OID of its system) is kept as written and reported in lenient mode; strict mode refuses it (CDA-0102 missing,
   * CDA-0101 malformed).
   */
  private CodedValue coded(Hl7Type type) {
    CodedValue.Builder v = CodedValue.builder().type(type).code(required("code"))
        .codeSystemName(c.attr("codeSystemName")).displayName(c.attr("displayName"));
    String written = c.attr("codeSystem");
    String system = written == null ? null : token(written);
    if (system == null || !Oids.isValid(system)) {
      c.invalidValue(system == null ? ERR_MISSING : ERR_VALUE,
          system == null ? "@codeSystem is required" : "@codeSystem must be an OID (HL7 V3 Data Types R1, CD)", null);
      return v.codeSystem(written).buildAsWritten();
    }
    return v.codeSystem(system).build();
  }

  /** Whether the current element has a non-blank @code. */
  private boolean hasCode() {
    String code = c.attr("code");
    return code != null && !code.trim().isEmpty();
  }

  /**
   * A coded value without @code (e.g. only codeSystem and displayName): a deviation (CDA-0917), read as
   * NI. HL7 V3 Data Types R1 §CD: a CD without a code must carry a nullFlavor.
   */
  private NullValue codeMissing(Hl7Type type) {
    c.deviation(DecodeWarning.CODE_MISSING, "coded value without @code and without nullFlavor; read as NI");
    return NullValue.of(type, NullFlavor.NI);
  }

  /** An all-zero timestamp is a placeholder, not a TS: a deviation (CDA-0916). */
  private boolean zeroTs(String value) {
    if (value.isEmpty() || value.charAt(0) != '0' || !ZERO_TS.matcher(value).matches()) {
      return false;
    }
    c.deviation(DecodeWarning.TIMESTAMP_PLACEHOLDER, "all-zero timestamp placeholder; read as no time");
    return true;
  }

  /**
   * A value element without @value and without nullFlavor (a PQ, REAL, MO, BL or TS; an INT also without text): a
   * deviation (CDA-0919), read as NI. An empty or malformed @value is kept as written instead (CDA-0921).
   */
  private NullValue numberPlaceholder(Hl7Type type) {
    c.deviation(DecodeWarning.NUMBER_PLACEHOLDER, "value without @value; read as NI");
    return NullValue.of(type, NullFlavor.NI);
  }

  /**
   * An INT without @value (HL7 V3 Data Types R1 §INT: the value is an attribute), moving past the element: an
   * integer written as element text is read (CDA-0918), anything else is a placeholder (CDA-0919).
   */
  private Hl7Value integerPlaceholder() throws XMLStreamException {
    String at = c.xpath();
    String text = c.text().trim();
    if (!INTEGER.matcher(text).matches()) {
      c.deviationAt(DecodeWarning.NUMBER_PLACEHOLDER, at, "INT without @value or an integer as text; read as NI");
      return NullValue.of(Hl7Type.INT, NullFlavor.NI);
    }
    c.deviationAt(DecodeWarning.NUMBER_AS_TEXT, at, "INT written as element text, not @value; read from the text");
    return IntegerValue.of(Long.parseLong(text));
  }

  private String required(String attribute) {
    String v = c.attr(attribute);
    if (v == null) {
      throw c.error(ERR_MISSING, "@" + attribute + " is required");
    }
    return token(v);
  }

  /**
   * A code (cs), OID (uid), timestamp or number: these XSD types allow no whitespace (HL7 V3 datatypes
   * schema), so padding is a deviation (CDA-0915). An II extension is a string and is kept as written.
   */
  private String token(String v) {
    String t = v.trim();
    if (t.length() != v.length()) {
      c.deviation(DecodeWarning.WHITESPACE_TRIMMED, "a code, identifier or number is padded with whitespace");
    }
    return t;
  }

  /**
   * An HL7 TS (ISO 8601 basic format, CDA R2 data types §TS). A date or date-time written with separators
   * ({@code 2024-01-31}, {@code 2024-01-31 08:30:00}, {@code 2024-01-31T08:30}) is a deviation (CDA-0912).
   */
  private PointInTime ts(String value) {
    if (SEPARATED_TS.matcher(value).matches()) {
      c.deviation(DecodeWarning.TIMESTAMP_NORMALIZED, "timestamp written with separators; read as HL7 TS");
      String normalized = value.replaceAll("[-: T]", "");
      try {
        return PointInTime.parse(normalized);
      } catch (ValidationException e) {
        c.invalidValue("TS: not a real calendar date or time of day", e);
        return PointInTime.invalid(value);
      }
    }
    try {
      return PointInTime.parse(value);
    } catch (ValidationException e) {
      // Issue 10: a well-formed document is read whatever its values; lenient keeps this one as written.
      c.invalidValue("TS: not a point in time of the form YYYY[MM[DD[HH[MM[SS[.S+]]]]]][+|-ZZZZ] naming a real "
          + "date and time (HL7 V3 Data Types R1)", e);
      return PointInTime.invalid(value);
    }
  }

  /**
   * An HL7 BL: true or false; 1/0 and other letter cases are a deviation (CDA-0913); anything else (empty,
   * {@code 是}) is kept as written and reported (CDA-0921), refused in strict mode (CDA-0101).
   */
  private BooleanValue bool(String written) {
    String value = token(written);
    if (value.equals("true") || value.equals("false")) {
      return BooleanValue.of(value.equals("true"));
    }
    String v = value.toLowerCase(Locale.ROOT);
    if (v.equals("true") || v.equals("1") || v.equals("false") || v.equals("0")) {
      c.deviation(DecodeWarning.BOOLEAN_NORMALIZED, "boolean written as 1/0 or in capitals; read as true/false");
      return BooleanValue.of(v.equals("true") || v.equals("1"));
    }
    c.invalidValue("BL/@value must be true or false", null);
    return BooleanValue.invalid(written);
  }

  /**
   * The type of a value without xsi:type: CD with @code, PQ with @unit, BL for true/false, TS for a
   * timestamp, INT or REAL for a number, ST otherwise.
   */
  private Hl7Type inferType() {
    if (c.attr("code") != null) {
      return Hl7Type.CD;
    }
    String v = c.attr("value");
    if (v == null) {
      return Hl7Type.ST;
    }
    if (c.attr("unit") != null) {
      return Hl7Type.PQ;
    }
    String t = v.trim();
    if (t.equals("true") || t.equals("false")) {
      return Hl7Type.BL;
    }
    if (TS_LIKE.matcher(t).matches() || SEPARATED_TS.matcher(t).matches()) {
      return Hl7Type.TS;
    }
    if (INTEGER.matcher(t).matches()) {
      return Hl7Type.INT;
    }
    return DECIMAL.matcher(t).matches() ? Hl7Type.REAL : Hl7Type.ST;
  }

  static CodecException invalid(XmlCursor cursor, RuntimeException cause) {
    return cursor.error(ERR_VALUE, "a value breaks its data type's rule", null, cause);
  }
}
