package io.hdx.codec.internal;

import io.hdx.codec.CodecException;
import io.hdx.model.datatype.BooleanValue;
import io.hdx.model.datatype.CodedValue;
import io.hdx.model.datatype.EncapsulatedData;
import io.hdx.model.datatype.Hl7Type;
import io.hdx.model.datatype.Hl7Value;
import io.hdx.model.datatype.InstanceIdentifier;
import io.hdx.model.datatype.IntegerValue;
import io.hdx.model.datatype.MonetaryAmount;
import io.hdx.model.datatype.NullValue;
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
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes one {@link ClinicalDocument} as CDA R2 XML with a {@link XMLStreamWriter}, header elements in the
 * order of POCD_MT000040.ClinicalDocument, header and body as the WS/T 500-2016 examples write them. One instance
 * per document.
 *
 * <p>Entry forms, by {@link EntryShape}: OBSERVATION as {@code observation} (code = data element,
 * {@code value xsi:type}); ORGANIZER_COMPONENT as {@code organizer classCode=BATTERY} whose entries are
 * {@code component}s; SUBSTANCE_ADMINISTRATION, PROCEDURE, ENCOUNTER, ACT and SUPPLY as the act of that name
 * in the form of the WS/T 500 examples (sdk-model/src/build/facts/wst500-entry-forms.md): its code is its
 * own data element, else the value of its {@link ValuePosition#ACT_CODE} member (e.g. the ICD-9-CM-3
 * operation code); then effectiveTime, the members in slots ({@code routeCode}, {@code doseQuantity},
 * {@code rateQuantity}, {@code administrationUnitCode}, {@code targetSiteCode}; the drug name in
 * {@code consumable/manufacturedProduct/manufacturedLabeledDrug/name}), in POCD_MT000040 order; then one
 * {@code entryRelationship} per other member (typeCode SUBJ in an {@code act}, as the examples' allergy
 * act, else COMP). Members of an organizer are {@code component}s. Forms that the decoder could not tell
 * apart are refused with {@code CDA-0202}: an ENTRY_RELATIONSHIP entry in an organizer, an OBSERVATION
 * nested under a non-organizer act, a slot member outside its act.
 *
 * <p>Thread safety: not thread-safe; one per document.
 */
final class CdaWriter {
  private static final String ERR_WRITE = "CDA-0201";
  private static final String ERR_SHAPE = "CDA-0202";

  private final XMLStreamWriter w;
  private static final ValuePosition[] POSITIONS = ValuePosition.values();

  private final Deque<String> path = new ArrayDeque<>();
  /** The layout of the document being written (null: not a standard document). */
  private DocumentLayout layout;

  CdaWriter(XMLStreamWriter writer) {
    this.w = writer;
  }

  void write(ClinicalDocument doc) throws XMLStreamException {
    layout = DocumentLayout.standard(doc.code()).orElse(null);
    w.writeStartDocument("UTF-8", "1.0");
    w.setDefaultNamespace(CdaNames.V3);
    w.setPrefix("xsi", CdaNames.XSI);
    start(CdaNames.ROOT);
    w.writeDefaultNamespace(CdaNames.V3);
    w.writeNamespace("xsi", CdaNames.XSI);
    empty("realmCode", "code", DocumentSpec.REALM_CODE);
    empty("typeId", "root", DocumentSpec.TYPE_ID_ROOT, "extension", DocumentSpec.TYPE_ID_EXTENSION);
    empty("templateId", "root", doc.templateId());
    requiredId("id", doc.id());
    empty("code", "code", doc.code(), "codeSystem", DocumentSpec.DOCUMENT_CODE_SYSTEM);
    if (doc.title().isPresent()) {
      textElement("title", doc.title().get());
    }
    requiredTime("effectiveTime", doc.effectiveTime());
    if (doc.confidentiality().isPresent()) {
      coded("confidentialityCode", doc.confidentiality().get());
    } else {
      empty("confidentialityCode", "nullFlavor", "NI");
    }
    if (doc.languageCode().isPresent()) {
      empty("languageCode", "code", doc.languageCode().get());
    }
    if (doc.setId().isPresent()) {
      ii("setId", doc.setId().get());
    }
    if (doc.versionNumber().isPresent()) {
      empty("versionNumber", "value", Integer.toString(doc.versionNumber().get()));
    }
    if (doc.patient().isPresent()) {
      recordTarget(doc.patient().get());
    }
    for (Participant author : doc.authors()) {
      author(author);
    }
    for (Participant informant : doc.informants()) {
      start("informant");
      if (informant.time().isPresent()) {
        throw refuse("an informant has no time in CDA R2");
      }
      assignedEntity("assignedEntity", informant);
      end();
    }
    if (doc.custodian().isPresent()) {
      custodian(doc.custodian().get());
    }
    if (doc.legalAuthenticator().isPresent()) {
      signer("legalAuthenticator", doc.legalAuthenticator().get());
    }
    for (Participant signer : doc.authenticators()) {
      signer("authenticator", signer);
    }
    for (Participant participant : doc.participants()) {
      participant(participant);
    }
    if (doc.relatedDocument().isPresent()) {
      start("relatedDocument");
      w.writeAttribute("typeCode", "RPLC");
      start("parentDocument");
      ii("id", doc.relatedDocument().get());
      end();
      end();
    }
    if (doc.encounter().isPresent()) {
      encounter(doc.encounter().get());
    }
    start("component");
    if (doc.sections().isEmpty()) {
      // structuredBody needs at least one section (POCD_MT000040.StructuredBody); an empty body is a
      // nonXMLBody whose text is null, read back as no sections.
      start("nonXMLBody");
      empty("text", "nullFlavor", "NI");
      end();
    } else {
      start("structuredBody");
      for (Section section : doc.sections()) {
        section(section);
      }
      end();
    }
    end();
    end();
    w.writeEndDocument();
  }

  // ---- header ----

  private void recordTarget(Patient p) throws XMLStreamException {
    start("recordTarget");
    w.writeAttribute("typeCode", "RCT");
    w.writeAttribute("contextControlCode", "OP");
    start("patientRole");
    w.writeAttribute("classCode", "PAT");
    if (p.ids().isEmpty()) {
      empty("id", "nullFlavor", "NI");
    }
    for (InstanceIdentifier id : p.ids()) {
      ii("id", id);
    }
    if (p.address().isPresent()) {
      address(p.address().get());
    }
    telecom(p.telecom());
    boolean person = p.residentId().isPresent() || p.name().isPresent() || p.gender().isPresent()
        || p.birthTime().isPresent() || p.maritalStatus().isPresent() || p.ethnicGroup().isPresent()
        || p.age().isPresent() || p.employer().isPresent() || p.occupation().isPresent();
    if (person) {
      start("patient");
      w.writeAttribute("classCode", "PSN");
      w.writeAttribute("determinerCode", "INSTANCE");
      if (p.residentId().isPresent()) {
        ii("id", p.residentId().get());
      }
      if (p.name().isPresent()) {
        textElement("name", p.name().get());
      }
      if (p.gender().isPresent()) {
        coded("administrativeGenderCode", p.gender().get());
      }
      if (p.birthTime().isPresent()) {
        empty("birthTime", "value", p.birthTime().get().literal());
      }
      if (p.maritalStatus().isPresent()) {
        coded("maritalStatusCode", p.maritalStatus().get());
      }
      if (p.ethnicGroup().isPresent()) {
        coded("ethnicGroupCode", p.ethnicGroup().get());
      }
      if (p.age().isPresent()) {
        value("age", p.age().get(), false);
      }
      if (p.employer().isPresent()) {
        Organization employer = p.employer().get();
        if (employer.id().isPresent() || employer.partOf().isPresent()) {
          throw refuse("employerOrganization has only name and telecom (SDA.xsd PCHIS.Employerorganization)");
        }
        start("employerOrganization");
        if (employer.name().isPresent()) {
          textElement("name", employer.name().get());
        } else {
          empty("name", "nullFlavor", "NI");
        }
        telecom(employer.telecom());
        end();
      }
      if (p.occupation().isPresent()) {
        start("occupation");
        coded("occupationCode", p.occupation().get());
        end();
      }
      end();
    }
    if (p.providerOrganization().isPresent()) {
      organization("providerOrganization", p.providerOrganization().get());
    }
    end();
    end();
  }

  private void author(Participant a) throws XMLStreamException {
    start("author");
    w.writeAttribute("typeCode", "AUT");
    w.writeAttribute("contextControlCode", "OP");
    requiredTime("time", a.time());
    start("assignedAuthor");
    requiredId("id", a.id());
    roleCode(a);
    if (a.address().isPresent()) {
      address(a.address().get());
    }
    telecom(a.telecom());
    person("assignedPerson", a);
    if (a.organization().isPresent()) {
      organization("representedOrganization", a.organization().get());
    }
    end();
    end();
  }

  private void signer(String element, Participant s) throws XMLStreamException {
    start(element);
    requiredTime("time", s.time());
    empty("signatureCode", "code", "S");
    assignedEntity("assignedEntity", s);
    end();
  }

  private void assignedEntity(String element, Participant p) throws XMLStreamException {
    start(element);
    requiredId("id", p.id());
    roleCode(p);
    if (p.address().isPresent()) {
      address(p.address().get());
    }
    telecom(p.telecom());
    person("assignedPerson", p);
    if (p.organization().isPresent()) {
      organization("representedOrganization", p.organization().get());
    }
    end();
  }

  private void participant(Participant p) throws XMLStreamException {
    start("participant");
    w.writeAttribute("typeCode", "NOT");
    if (p.time().isPresent()) {
      start("time");
      w.writeAttribute("value", p.time().get().literal());
      end();
    }
    start("associatedEntity");
    w.writeAttribute("classCode", "ECON");
    roleContent(p, "associatedPerson", "scopingOrganization");
    end();
    end();
  }

  /**
   * What a role element holds of {@code p}, in CDA R2 order: its id (when it has one), role code, address, telecom,
   * the person's name in {@code personElement} (null: written by the caller) and its organization in
   * {@code organizationElement} (null: the role has none).
   */
  private void roleContent(Participant p, String personElement, String organizationElement)
      throws XMLStreamException {
    if (p.id().isPresent()) {
      ii("id", p.id().get());
    }
    roleCode(p);
    if (p.address().isPresent()) {
      address(p.address().get());
    }
    telecom(p.telecom());
    if (personElement != null) {
      person(personElement, p);
    }
    if (organizationElement != null && p.organization().isPresent()) {
      organization(organizationElement, p.organization().get());
    }
  }

  /**
   * A person of a clinical statement (POCD_MT000040): an author as in the header, a performer
   * ({@code performer/assignedEntity}, its time optional), a participant ({@code participantRole} whose
   * {@code playingEntity} is the person).
   */
  private void participation(Participation participation) throws XMLStreamException {
    Participant p = participation.person();
    switch (participation.function()) {
      case AUTHOR:
      case PERFORMER:
        // what the person holds and nothing more: a placeholder (nullFlavor) where the source had an empty element
        // would read back the same and yet differ from it
        boolean author = participation.function() == Participation.Function.AUTHOR;
        start(author ? "author" : "performer");
        if (p.time().isPresent()) {
          empty("time", "value", p.time().get().literal());
        } else if (author) {
          start("time"); // required by CDA R2, unknown: empty, as the WS/T 500 examples write it
          end();
        }
        start(author ? "assignedAuthor" : "assignedEntity");
        roleContent(p, "assignedPerson", "representedOrganization");
        end();
        end();
        return;
      default:
        start("participant");
        w.writeAttribute("typeCode", participation.typeCode().get());
        if (p.time().isPresent()) {
          empty("time", "value", p.time().get().literal());
        }
        start("participantRole");
        w.writeAttribute("classCode", "ASSIGNED");
        roleContent(p, null, null);
        if (p.name().isPresent()) {
          start("playingEntity");
          w.writeAttribute("classCode", "PSN");
          w.writeAttribute("determinerCode", "INSTANCE");
          textElement("name", p.name().get());
          end();
        }
        end();
        end();
    }
  }

  private void roleCode(Participant p) throws XMLStreamException {
    if (p.code().isPresent() && p.roleName().isPresent()) {
      throw refuse("a participant has either a coded role or a role name in code/@displayName, not both");
    }
    if (p.code().isPresent()) {
      coded("code", p.code().get());
    } else if (p.roleName().isPresent()) {
      empty("code", "displayName", p.roleName().get());
    }
  }

  /**
   * A Person ({@code assignedPerson}, {@code associatedPerson}): its name and its professional technical position
   * (PCHIS.xsd extension, after the name as the schema orders it); nothing when it has neither.
   */
  private void person(String element, Participant p) throws XMLStreamException {
    if (p.name().isPresent() || p.professionalTechnicalPosition().isPresent()) {
      start(element);
      optionalText("name", p.name());
      if (p.professionalTechnicalPosition().isPresent()) {
        start("professionalTechnicalPosition");
        coded("professionaltechnicalpositionCode", p.professionalTechnicalPosition().get());
        end();
      }
      end();
    }
  }

  private void custodian(Organization org) throws XMLStreamException {
    if (org.partOf().isPresent()) {
      throw refuse("representedCustodianOrganization has no asOrganizationPartOf in CDA R2");
    }
    start("custodian");
    w.writeAttribute("typeCode", "CST");
    start("assignedCustodian");
    start("representedCustodianOrganization");
    w.writeAttribute("classCode", "ORG");
    w.writeAttribute("determinerCode", "INSTANCE");
    requiredId("id", org.id());
    if (org.name().isPresent()) {
      textElement("name", org.name().get());
    }
    telecom(org.telecom());
    end();
    end();
    end();
  }

  private void encounter(Encounter e) throws XMLStreamException {
    start("componentOf");
    start("encompassingEncounter");
    if (e.time().isPresent()) {
      value("effectiveTime", e.time().get(), false);
    } else {
      empty("effectiveTime", "nullFlavor", "UNK");
    }
    if (e.location().isPresent()) {
      start("location");
      start("healthCareFacility");
      organization("serviceProviderOrganization", e.location().get());
      end();
      end();
    }
    end();
    end();
  }

  private void organization(String element, Organization org) throws XMLStreamException {
    start(element);
    if (org.id().isPresent()) {
      ii("id", org.id().get());
    }
    if (org.name().isPresent()) {
      textElement("name", org.name().get());
    }
    telecom(org.telecom());
    if (org.partOf().isPresent()) {
      start("asOrganizationPartOf");
      organization("wholeOrganization", org.partOf().get());
      end();
    }
    end();
  }

  private void address(Address a) throws XMLStreamException {
    start("addr");
    if (a.use().isPresent()) {
      w.writeAttribute("use", a.use().get());
    }
    optionalText("houseNumber", a.houseNumber());
    optionalText("streetName", a.streetName());
    optionalText("township", a.township());
    optionalText("county", a.county());
    optionalText("city", a.city());
    optionalText("state", a.state());
    optionalText("postalCode", a.postalCode());
    end();
  }

  private void telecom(Optional<String> telecom) throws XMLStreamException {
    if (telecom.isPresent()) {
      empty("telecom", "value", telecom.get());
    }
  }

  // ---- body ----

  private void section(Section s) throws XMLStreamException {
    start("component");
    start("section");
    start("code");
    if (s.code().isPresent()) {
      w.writeAttribute("code", s.code().get());
      w.writeAttribute("codeSystem", CdaNames.LOINC);
      w.writeAttribute("codeSystemName", "LOINC");
    }
    if (s.displayName().isPresent()) {
      w.writeAttribute("displayName", s.displayName().get());
    }
    end();
    if (s.text().isPresent()) {
      textElement("text", s.text().get());
    }
    for (Entry entry : s.entries()) {
      start("entry");
      act(entry);
      end();
    }
    end();
    end();
  }

  /**
   * An entry as the clinical statement its shape's form names ({@link DocumentLayout#actForm}): the element with
   * its classCode and moodCode, its code (an act's own code slot, the data element, or a nullFlavor where the form
   * requires one), statusCode, effectiveTime, value, the act's slots at their paths ({@link SlotForm}), then what
   * is nested in it.
   */
  private void act(Entry e) throws XMLStreamException {
    ActForm form = DocumentLayout.actForm(e.shape());
    start(form.element());
    w.writeAttribute("classCode", form.classCode());
    w.writeAttribute("moodCode", form.moodCode());
    Entry actCode = e.shape().isAct() ? slot(e, ValuePosition.ACT_CODE) : null;
    if (actCode != null) {
      slotValue(actCode, DocumentLayout.slotForm(ValuePosition.ACT_CODE));
    } else {
      entryCode(e, form.codeRequired());
    }
    if (form.hasStatusCode()) {
      start("statusCode");
      end();
    }
    effectiveTime(e);
    if (e.value().isPresent()) {
      value("value", e.value().get(), true);
    }
    if (e.shape().isAct()) {
      slots(e);
    }
    for (Participation p : e.participations()) {
      participation(p);
    }
    nested(e, form);
    end();
  }

  /**
   * The slots of act {@code e} after its code, in their order (POCD_MT000040's): each member's value at its path; a
   * slot the act's element requires but {@code e} lacks (the drug of a substanceAdministration) as a placeholder,
   * its innermost element a nullFlavor.
   */
  private void slots(Entry e) throws XMLStreamException {
    for (ValuePosition position : POSITIONS) {
      if (!position.isSlot() || position == ValuePosition.ACT_CODE || !position.allowedIn(e.shape())) {
        continue;
      }
      SlotForm form = DocumentLayout.slotForm(position);
      Entry member = slot(e, position);
      if (member != null) {
        slotValue(member, form);
      } else if (form.required()) {
        List<String> steps = form.path();
        for (int i = 0; i < steps.size() - 2; i++) {
          start(steps.get(i));
        }
        empty(steps.get(steps.size() - 2), "nullFlavor", "NI");
        for (int i = 0; i < steps.size() - 2; i++) {
          end();
        }
      }
    }
  }

  /** A slot member's value at its path; xsi:type only where the value's type is not the element's. */
  private void slotValue(Entry member, SlotForm form) throws XMLStreamException {
    Hl7Value v = member.value().get();
    List<String> steps = form.path();
    for (int i = 0; i < steps.size() - 1; i++) {
      start(steps.get(i));
    }
    value(form.element(), v, v.type() != form.type());
    for (int i = 0; i < steps.size() - 1; i++) {
      end();
    }
  }

  /** The member of act {@code e} in {@code slot}, or null. */
  private static Entry slot(Entry e, ValuePosition slot) {
    for (Entry member : e.components()) {
      if (member.position() == slot) {
        return member;
      }
    }
    return null;
  }

  /**
   * The members of {@code e} that are not in a slot, each in the element its form nests them in (an organizer's
   * {@code component}, else an {@code entryRelationship} of the form's typeCode).
   */
  private void nested(Entry e, ActForm form) throws XMLStreamException {
    boolean organizer = e.shape() == EntryShape.ORGANIZER_COMPONENT;
    for (Entry child : e.components()) {
      if (organizer && child.shape() == EntryShape.ENTRY_RELATIONSHIP) {
        throw refuse("an organizer's components are not ENTRY_RELATIONSHIP entries or slots");
      }
      if (child.position().isSlot()) {
        continue;
      }
      if (!organizer && child.shape() == EntryShape.OBSERVATION) {
        throw refuse("an observation nested in an act is an ENTRY_RELATIONSHIP entry");
      }
      start(form.nestedIn());
      if (form.typeCode().isPresent()) {
        w.writeAttribute("typeCode", form.typeCode().get());
      }
      act(child);
      end();
    }
  }

  private void entryCode(Entry e, boolean required) throws XMLStreamException {
    if (e.dataElement().isPresent()) {
      start("code");
      w.writeAttribute("code", e.dataElement().get());
      String code = e.dataElement().get();
      // a WS 445 data-set item (the C0032/C0033 fee items) in the system the layout gives, by default the data set's
      boolean item = CdaNames.isDataSetItem(code) && (layout == null
          || layout.codeSystemOf(code).map(DocumentSpec.DATA_SET_ITEM_CODE_SYSTEM::equals).orElse(true));
      w.writeAttribute("codeSystem",
          item ? DocumentSpec.DATA_SET_ITEM_CODE_SYSTEM : DocumentSpec.DATA_ELEMENT_CODE_SYSTEM);
      w.writeAttribute("codeSystemName", item ? CdaNames.DATA_SET_ITEM_SYSTEM_NAME : "卫生信息数据元目录");
      if (e.displayName().isPresent()) {
        w.writeAttribute("displayName", e.displayName().get());
      }
      if (e.qualifier().isPresent()) {
        start("qualifier");
        empty("name", "displayName", e.qualifier().get());
        end();
      }
      end();
    } else if (e.displayName().isPresent()) {
      empty("code", "displayName", e.displayName().get());
    } else if (required) {
      empty("code", "nullFlavor", "NI");
    }
  }

  private void effectiveTime(Entry e) throws XMLStreamException {
    if (e.time().isPresent()) {
      value("effectiveTime", e.time().get(), false);
    }
  }

  // ---- data types ----

  /** Writes {@code v} as element {@code name} in its HL7 V3 XML form; {@code typed} adds xsi:type. */
  private void value(String name, Hl7Value v, boolean typed) throws XMLStreamException {
    start(name);
    if (typed) {
      w.writeAttribute("xsi", CdaNames.XSI, "type", v.type().name());
    }
    if (v instanceof NullValue) {
      w.writeAttribute("nullFlavor", ((NullValue) v).nullFlavor().name());
    } else if (v instanceof InstanceIdentifier) {
      iiAttributes((InstanceIdentifier) v);
    } else if (v instanceof CodedValue) {
      codedAttributes((CodedValue) v);
    } else if (v instanceof PhysicalQuantity) {
      PhysicalQuantity pq = (PhysicalQuantity) v;
      w.writeAttribute("value", pq.literal());
      if (pq.unit().isPresent()) {
        w.writeAttribute("unit", pq.unit().get());
      }
    } else if (v instanceof PointInTime) {
      w.writeAttribute("value", ((PointInTime) v).literal());
    } else if (v instanceof TimeInterval) {
      TimeInterval ivl = (TimeInterval) v;
      if (ivl.low().isPresent()) {
        empty("low", "value", ivl.low().get().literal());
      }
      if (ivl.high().isPresent()) {
        empty("high", "value", ivl.high().get().literal());
      }
    } else if (v instanceof Text) {
      w.writeCharacters(((Text) v).value());
    } else if (v instanceof IntegerValue) {
      w.writeAttribute("value", ((IntegerValue) v).literal());
    } else if (v instanceof RealValue) {
      w.writeAttribute("value", ((RealValue) v).literal());
    } else if (v instanceof BooleanValue) {
      w.writeAttribute("value", ((BooleanValue) v).literal());
    } else if (v instanceof MonetaryAmount) {
      MonetaryAmount mo = (MonetaryAmount) v;
      w.writeAttribute("value", mo.literal());
      if (mo.currency().isPresent()) {
        w.writeAttribute("currency", mo.currency().get());
      }
    } else if (v instanceof EncapsulatedData) {
      EncapsulatedData ed = (EncapsulatedData) v;
      if (ed.mediaType().isPresent()) {
        w.writeAttribute("mediaType", ed.mediaType().get());
      }
      if (ed.isBinary()) {
        w.writeAttribute("representation", "B64");
        w.writeCharacters(Base64.getEncoder().encodeToString(ed.bytes().get()));
      } else {
        w.writeCharacters(ed.text().get());
      }
    } else {
      throw refuse("unsupported value implementation");
    }
    end();
  }

  private void coded(String name, CodedValue v) throws XMLStreamException {
    start(name);
    if (v.type() != Hl7Type.CE) {
      // Header codes are CE in POCD_MT000040; another type is kept so that decoding gives it back.
      w.writeAttribute("xsi", CdaNames.XSI, "type", v.type().name());
    }
    codedAttributes(v);
    end();
  }

  private void codedAttributes(CodedValue v) throws XMLStreamException {
    w.writeAttribute("code", v.code());
    if (v.codeSystemIfPresent().isPresent()) {
      w.writeAttribute("codeSystem", v.codeSystemIfPresent().get()); // missing only in a value kept as written
    }
    if (v.codeSystemNameIfPresent().isPresent()) {
      w.writeAttribute("codeSystemName", v.codeSystemNameIfPresent().get());
    }
    if (v.displayNameIfPresent().isPresent()) {
      w.writeAttribute("displayName", v.displayNameIfPresent().get());
    }
  }

  private void ii(String name, InstanceIdentifier id) throws XMLStreamException {
    start(name);
    iiAttributes(id);
    end();
  }

  private void iiAttributes(InstanceIdentifier id) throws XMLStreamException {
    if (id.rootIfPresent().isPresent()) {
      w.writeAttribute("root", id.rootIfPresent().get()); // missing only in an identifier kept as written
    }
    if (id.extension().isPresent()) {
      w.writeAttribute("extension", id.extension().get());
    }
    if (id.assigningAuthorityName().isPresent()) {
      w.writeAttribute("assigningAuthorityName", id.assigningAuthorityName().get());
    }
  }

  /** An II that the schema requires: {@code nullFlavor="NI"} when absent (read back as absent). */
  private void requiredId(String name, Optional<InstanceIdentifier> id) throws XMLStreamException {
    if (id.isPresent()) {
      ii(name, id.get());
    } else {
      empty(name, "nullFlavor", "NI");
    }
  }

  /** A TS that the schema requires: {@code nullFlavor="UNK"} when absent (read back as absent). */
  private void requiredTime(String name, Optional<PointInTime> time) throws XMLStreamException {
    if (time.isPresent()) {
      empty(name, "value", time.get().literal());
    } else {
      empty(name, "nullFlavor", "UNK");
    }
  }

  // ---- primitives ----

  private void optionalText(String name, Optional<String> text) throws XMLStreamException {
    if (text.isPresent()) {
      textElement(name, text.get());
    }
  }

  private void textElement(String name, String text) throws XMLStreamException {
    start(name);
    w.writeCharacters(text);
    end();
  }

  private void empty(String name, String... attributes) throws XMLStreamException {
    start(name);
    for (int i = 0; i < attributes.length; i += 2) {
      w.writeAttribute(attributes[i], attributes[i + 1]);
    }
    end();
  }

  private void start(String name) throws XMLStreamException {
    w.writeStartElement(CdaNames.V3, name);
    path.push(name);
  }

  private void end() throws XMLStreamException {
    w.writeEndElement();
    path.pop();
  }

  String xpath() {
    StringBuilder sb = new StringBuilder();
    Iterator<String> it = path.descendingIterator();
    while (it.hasNext()) {
      sb.append('/').append(it.next());
    }
    return sb.toString();
  }

  private CodecException refuse(String rule) {
    return new CodecException(ERR_SHAPE, rule, xpath(), -1, -1, null);
  }

  static String writeErrorCode() {
    return ERR_WRITE;
  }
}
