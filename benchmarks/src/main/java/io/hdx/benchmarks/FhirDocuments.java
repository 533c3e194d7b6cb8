package io.hdx.benchmarks;

import io.hdx.model.datatype.BooleanValue;
import io.hdx.model.datatype.CodedValue;
import io.hdx.model.datatype.Hl7Value;
import io.hdx.model.datatype.InstanceIdentifier;
import io.hdx.model.datatype.IntegerValue;
import io.hdx.model.datatype.PhysicalQuantity;
import io.hdx.model.datatype.PointInTime;
import io.hdx.model.datatype.Text;
import io.hdx.model.document.ClinicalDocument;
import io.hdx.model.document.Entry;
import io.hdx.model.document.Participant;
import io.hdx.model.document.Section;
import io.hdx.model.id.IdentifierOid;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.Age;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;

/**
 * Carries the information of a WS/T 500 {@link ClinicalDocument} in a FHIR R4 document {@link Bundle}, the
 * shape a HAPI FHIR user would exchange instead: Composition first, then Patient, Practitioners (and a
 * PractitionerRole for the author's organization), Organizations, Locations, a RelatedPerson per informant,
 * the Encounter, and one resource per CDA entry (nested entries included). Diagnosis codes become
 * Conditions, procedure names Procedures, every other entry an Observation whose code is the data element
 * (OID 2.16.156.10011.2.2.1) and whose value has the entry's type; a CDA organizer becomes a grouping
 * Observation with hasMember. OIDs are written as {@code urn:oid:} systems. Header codes FHIR R4 has no
 * element for (ethnic group, occupation, age) go into extensions whose URLs are this benchmark's own
 * ({@value #EXT}...), not a published profile.
 *
 * <p>For the benchmark only: the mapping is information-preserving for the two sample documents, not a
 * CDA-to-FHIR conversion anyone should ship. Thread safety: one instance per bundle, not thread-safe.
 */
final class FhirDocuments {
  static final String EXT = "https://hdx.example/fhir/StructureDefinition/";
  private static final String DATA_ELEMENTS = "urn:oid:2.16.156.10011.2.2.1";
  private static final String CHINA = "+08:00";
  private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

  private final Bundle bundle = new Bundle();
  private final Map<io.hdx.model.document.Organization, Reference> organizations = new IdentityHashMap<>();
  private final ClinicalDocument cda;
  private Reference patient;
  private Reference encounter;
  private int serial;

  private FhirDocuments(ClinicalDocument cda) {
    this.cda = cda;
  }

  /** The document bundle carrying {@code cda}'s header and entries. */
  static Bundle bundle(ClinicalDocument cda) {
    return new FhirDocuments(cda).build();
  }

  private Bundle build() {
    bundle.setType(Bundle.BundleType.DOCUMENT);
    cda.id().ifPresent(id -> bundle.setIdentifier(identifier(id)));
    cda.effectiveTime().ifPresent(t -> bundle.setTimestampElement(new InstantType(dateTime(t).getValueAsString())));
    Composition composition = new Composition();
    add(composition);
    composition.setStatus(Composition.CompositionStatus.FINAL);
    cda.id().ifPresent(id -> composition.setIdentifier(identifier(id)));
    composition.setType(new CodeableConcept(new Coding("urn:oid:2.16.156.10011.2.4", cda.code(),
        cda.title().orElse(null))));
    cda.title().ifPresent(composition::setTitle);
    cda.effectiveTime().ifPresent(t -> composition.setDateElement(dateTime(t)));
    cda.confidentiality().ifPresent(c -> composition.setConfidentiality(Composition.DocumentConfidentiality.fromCode(c.code())));
    cda.languageCode().ifPresent(composition::setLanguage);
    cda.patient().ifPresent(p -> patient = add(patient(p)));
    composition.setSubject(patient);
    cda.encounter().ifPresent(e -> encounter = add(encounter(e)));
    composition.setEncounter(encounter);
    for (Participant author : cda.authors()) {
      composition.addAuthor(author(author));
    }
    cda.custodian().ifPresent(c -> composition.setCustodian(organization(c)));
    cda.legalAuthenticator().ifPresent(p -> attest(composition, Composition.CompositionAttestationMode.LEGAL, p));
    for (Participant p : cda.authenticators()) {
      attest(composition, Composition.CompositionAttestationMode.PROFESSIONAL, p);
    }
    for (Participant p : cda.informants()) {
      add(relatedPerson(p));
    }
    for (Section section : cda.sections()) {
      Composition.SectionComponent s = composition.addSection();
      section.displayName().ifPresent(s::setTitle);
      section.code().ifPresent(c -> s.setCode(new CodeableConcept(new Coding("http://loinc.org", c,
          section.displayName().orElse(null)))));
      for (Entry entry : section.entries()) {
        s.addEntry(entry(entry, section, null, null));
      }
    }
    return bundle;
  }

  private Reference add(Resource resource) {
    String url = "urn:uuid:" + UUID.nameUUIDFromBytes((cda.code() + "/" + serial++).getBytes(StandardCharsets.UTF_8));
    bundle.addEntry().setFullUrl(url).setResource(resource);
    return new Reference(url);
  }

  private Patient patient(io.hdx.model.document.Patient p) {
    Patient r = new Patient();
    for (InstanceIdentifier id : p.ids()) {
      r.addIdentifier(identifier(id));
    }
    p.residentId().ifPresent(id -> r.addIdentifier(identifier(id)));
    p.name().ifPresent(n -> r.addName(new HumanName().setText(n)));
    p.gender().ifPresent(g -> r.setGender(gender(g)));
    p.birthTime().flatMap(PointInTime::date).ifPresent(d -> r.setBirthDateElement(new DateType(d.toString())));
    p.maritalStatus().ifPresent(c -> r.setMaritalStatus(concept(c)));
    p.ethnicGroup().ifPresent(c -> r.addExtension(EXT + "ethnic-group", concept(c)));
    p.occupation().ifPresent(c -> r.addExtension(EXT + "occupation", concept(c)));
    p.age().ifPresent(a -> r.addExtension(EXT + "age", (Age) new Age().setValue(a.value()).setUnit(a.unit().orElse(null))));
    p.address().ifPresent(a -> r.addAddress(address(a)));
    p.telecom().ifPresent(t -> r.addTelecom(phone(t)));
    p.employer().ifPresent(e -> r.addContact().addRelationship(new CodeableConcept(new Coding(
        "http://terminology.hl7.org/CodeSystem/v2-0131", "E", "Employer"))).setOrganization(organization(e)));
    p.providerOrganization().ifPresent(o -> r.setManagingOrganization(organization(o)));
    for (Participant contact : cda.participants()) {
      Patient.ContactComponent c = r.addContact();
      contact.code().ifPresent(code -> c.addRelationship(concept(code)));
      contact.name().ifPresent(n -> c.setName(new HumanName().setText(n)));
      contact.telecom().ifPresent(t -> c.addTelecom(phone(t)));
      contact.address().ifPresent(a -> c.setAddress(address(a)));
      contact.organization().ifPresent(o -> c.setOrganization(organization(o)));
    }
    return r;
  }

  private Encounter encounter(io.hdx.model.document.Encounter e) {
    Encounter r = new Encounter();
    r.setStatus(Encounter.EncounterStatus.FINISHED);
    boolean inpatient = cda.code().equals("C0032");
    r.setClass_(new Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", inpatient ? "IMP" : "EMER",
        inpatient ? "inpatient encounter" : "emergency"));
    r.setSubject(patient);
    e.effectiveTime().ifPresent(t -> r.getPeriod().setStartElement(dateTime(t)));
    e.location().ifPresent(place -> {
      io.hdx.model.document.Organization o = place;
      Reference location = null;
      Location child = null;
      while (o != null && isLocation(o)) {
        Location l = new Location();
        o.id().ifPresent(id -> l.addIdentifier(identifier(id)));
        o.name().ifPresent(l::setName);
        Reference ref = add(l);
        if (child == null) {
          location = ref;
        } else {
          child.setPartOf(ref);
        }
        child = l;
        o = o.partOf().orElse(null);
      }
      if (location != null) {
        r.addLocation().setLocation(location);
      }
      if (o != null) {
        Reference provider = organization(o);
        r.setServiceProvider(provider);
        if (child != null) {
          child.setManagingOrganization(provider);
        }
      }
    });
    return r;
  }

  private static boolean isLocation(io.hdx.model.document.Organization o) {
    String root = o.id().map(InstanceIdentifier::root).orElse("");
    return root.equals(IdentifierOid.BED_ID.oid()) || root.equals(IdentifierOid.WARD_ID.oid())
        || root.equals(IdentifierOid.WARD_ROOM_ID.oid());
  }

  private Reference organization(io.hdx.model.document.Organization o) {
    Reference known = organizations.get(o);
    if (known != null) {
      return known;
    }
    for (Map.Entry<io.hdx.model.document.Organization, Reference> e : organizations.entrySet()) {
      if (e.getKey().equals(o)) {
        return e.getValue();
      }
    }
    Organization r = new Organization();
    o.id().ifPresent(id -> r.addIdentifier(identifier(id)));
    o.name().ifPresent(r::setName);
    o.telecom().ifPresent(t -> r.addTelecom(phone(t)));
    Reference ref = add(r);
    organizations.put(o, ref);
    o.partOf().ifPresent(parent -> r.setPartOf(organization(parent)));
    return ref;
  }

  private Reference practitioner(Participant p) {
    Practitioner r = new Practitioner();
    p.id().ifPresent(id -> r.addIdentifier(identifier(id)));
    p.name().ifPresent(n -> r.addName(new HumanName().setText(n)));
    p.telecom().ifPresent(t -> r.addTelecom(phone(t)));
    p.address().ifPresent(a -> r.addAddress(address(a)));
    if (p.roleName().isPresent() || p.code().isPresent()) {
      CodeableConcept role = p.code().map(FhirDocuments::concept).orElseGet(CodeableConcept::new);
      p.roleName().ifPresent(role::setText);
      r.addQualification().setCode(role);
    }
    return add(r);
  }

  private Reference author(Participant p) {
    Reference practitioner = practitioner(p);
    if (!p.organization().isPresent()) {
      return practitioner;
    }
    PractitionerRole role = new PractitionerRole();
    role.setPractitioner(practitioner);
    role.setOrganization(organization(p.organization().get()));
    p.time().ifPresent(t -> role.getPeriod().setStartElement(dateTime(t)));
    return add(role);
  }

  private void attest(Composition composition, Composition.CompositionAttestationMode mode, Participant p) {
    Composition.CompositionAttesterComponent a = composition.addAttester().setMode(mode);
    p.time().ifPresent(t -> a.setTimeElement(dateTime(t)));
    a.setParty(practitioner(p));
  }

  private RelatedPerson relatedPerson(Participant p) {
    RelatedPerson r = new RelatedPerson();
    r.setPatient(patient);
    p.id().ifPresent(id -> r.addIdentifier(identifier(id)));
    p.code().ifPresent(c -> r.addRelationship(concept(c)));
    p.name().ifPresent(n -> r.addName(new HumanName().setText(n)));
    p.telecom().ifPresent(t -> r.addTelecom(phone(t)));
    p.address().ifPresent(a -> r.addAddress(address(a)));
    return r;
  }

  /** One resource for {@code entry} and one per nested entry; returns the reference to the entry's own. */
  private Reference entry(Entry entry, Section section, Resource parent, Reference parentRef) {
    Coding element = entry.dataElement().map(de -> new Coding(DATA_ELEMENTS, de, entry.displayName().orElse(null)))
        .orElse(null);
    Optional<Hl7Value> value = entry.value();
    Resource own;
    String de = entry.dataElement().orElse("");
    if (value.isPresent() && value.get() instanceof CodedValue && isDiagnosis(de)) {
      Condition c = new Condition();
      c.addCategory(new CodeableConcept(element));
      c.setCode(concept((CodedValue) value.get()));
      c.setSubject(patient);
      c.setEncounter(encounter);
      own = c;
    } else if (value.isPresent() && value.get() instanceof Text && de.equals("DE06.00.094.00")) {
      Procedure p = new Procedure();
      p.setStatus(Procedure.ProcedureStatus.COMPLETED);
      p.setCategory(new CodeableConcept(element));
      p.setCode(new CodeableConcept().setText(((Text) value.get()).value()));
      p.setSubject(patient);
      p.setEncounter(encounter);
      own = p;
    } else {
      Observation o = new Observation();
      o.setStatus(Observation.ObservationStatus.FINAL);
      o.setCode(element != null ? new CodeableConcept(element)
          : new CodeableConcept(new Coding("http://loinc.org", section.code().orElse(null),
              section.displayName().orElse(null))));
      o.setSubject(patient);
      o.setEncounter(encounter);
      value.ifPresent(v -> o.setValue(value(v)));
      own = o;
    }
    entry.effectiveTime().ifPresent(t -> {
      if (own instanceof Observation) {
        ((Observation) own).setEffective(dateTime(t));
      } else if (own instanceof Condition) {
        ((Condition) own).setRecordedDateElement(dateTime(t));
      } else {
        ((Procedure) own).setPerformed(dateTime(t));
      }
    });
    Reference ref = add(own);
    if (parent instanceof Observation) {
      ((Observation) parent).addHasMember(ref);
    } else if (parent instanceof Procedure && own instanceof Observation) {
      ((Observation) own).addPartOf(parentRef);
    } else if (parent != null && own instanceof Observation) {
      ((Observation) own).addFocus(parentRef);
    }
    for (Entry child : entry.components()) {
      entry(child, section, own, ref);
    }
    return ref;
  }

  private static boolean isDiagnosis(String dataElement) {
    return dataElement.equals("DE05.01.024.00") || dataElement.equals("DE05.10.130.00")
        || dataElement.equals("DE05.01.078.00");
  }

  private static Type value(Hl7Value v) {
    if (v instanceof Text) {
      return new StringType(((Text) v).value());
    }
    if (v instanceof CodedValue) {
      return concept((CodedValue) v);
    }
    if (v instanceof PhysicalQuantity) {
      PhysicalQuantity q = (PhysicalQuantity) v;
      return new Quantity().setValue(q.value()).setUnit(q.unit().orElse(null));
    }
    if (v instanceof BooleanValue) {
      return new BooleanType(((BooleanValue) v).value());
    }
    if (v instanceof IntegerValue) {
      return new IntegerType(Math.toIntExact(((IntegerValue) v).value()));
    }
    if (v instanceof PointInTime) {
      return dateTime((PointInTime) v);
    }
    throw new IllegalArgumentException("no FHIR mapping in this benchmark for " + v.type());
  }

  private static Identifier identifier(InstanceIdentifier id) {
    Identifier r = new Identifier().setSystem("urn:oid:" + id.root());
    id.extension().ifPresent(r::setValue);
    return r;
  }

  private static CodeableConcept concept(CodedValue c) {
    return new CodeableConcept(new Coding("urn:oid:" + c.codeSystem(), c.code(), c.displayName()));
  }

  private static Enumerations.AdministrativeGender gender(CodedValue c) {
    switch (c.code()) {
      case "1":
        return Enumerations.AdministrativeGender.MALE;
      case "2":
        return Enumerations.AdministrativeGender.FEMALE;
      default:
        return Enumerations.AdministrativeGender.UNKNOWN;
    }
  }

  private static DateTimeType dateTime(PointInTime t) {
    if (t.precision().compareTo(PointInTime.Precision.SECOND) < 0) {
      return new DateTimeType(t.start().toLocalDate().toString());
    }
    return new DateTimeType(SECONDS.format(t.start()) + t.offset().map(Object::toString).orElse(CHINA));
  }

  private static Address address(io.hdx.model.document.Address a) {
    Address r = new Address();
    a.use().filter("H"::equals).ifPresent(u -> r.setUse(Address.AddressUse.HOME));
    a.township().ifPresent(r::addLine);
    a.streetName().ifPresent(r::addLine);
    a.houseNumber().ifPresent(r::addLine);
    a.county().ifPresent(r::setDistrict);
    a.city().ifPresent(r::setCity);
    a.state().ifPresent(r::setState);
    a.postalCode().ifPresent(r::setPostalCode);
    return r;
  }

  private static ContactPoint phone(String telecom) {
    return new ContactPoint().setSystem(ContactPoint.ContactPointSystem.PHONE)
        .setValue(telecom.startsWith("tel:") ? telecom.substring(4) : telecom);
  }
}
