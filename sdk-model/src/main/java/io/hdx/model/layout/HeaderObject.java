package io.hdx.model.layout;

import io.hdx.model.datatype.CodedValue;
import io.hdx.model.datatype.Hl7Value;
import io.hdx.model.datatype.InstanceIdentifier;
import io.hdx.model.datatype.PhysicalQuantity;
import io.hdx.model.datatype.PointInTime;
import io.hdx.model.document.Address;
import io.hdx.model.document.ClinicalDocument;
import io.hdx.model.document.Encounter;
import io.hdx.model.document.Organization;
import io.hdx.model.document.Participant;
import io.hdx.model.document.Patient;
import io.hdx.model.layout.HeaderField.Form;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One object of the CDA header as the model holds it: the document itself, the patient (recordTarget), a person
 * (author, informant, authenticator, participant, an entry's author or performer), an organization, an address,
 * the encounter (componentOf). Its {@link #fields()} are the steps of the layout's header paths
 * ({@code layout-header.tsv}), in the order of the JSON form (hdx-cda-json/1, sdk-codec/JSON.md), each with how it is
 * read from the model and set on a builder. The JSON reader and writer and {@link DocumentLayout#walk} read the
 * header through these objects only, so a field added here and to the layout reaches them all.
 *
 * <p>The document object holds the header fields; the document's {@code templateId}, {@code code} and sections are
 * not among them (they name the document's kind and hold its body).
 *
 * <p>Thread safety: immutable.
 *
 * <pre>{@code
 * for (HeaderField<Patient, Patient.Builder, ?> f : HeaderObject.PATIENT.fields()) {
 *   System.out.println(f.jsonName() + " " + f.form() + " " + f.values(patient).size());
 * }
 * }</pre>
 *
 * @param <N> the model node
 * @param <B> its builder
 * @since 0.1.0
 */
public final class HeaderObject<N, B> {
  /** An organization: {@code id}, {@code name}, {@code telecom} and the organization it is part of. */
  public static final HeaderObject<Organization, Organization.Builder> ORGANIZATION = new HeaderObject<>(
      "organization", Organization::builder, Organization.Builder::build, Arrays.asList(
          HeaderField.one("id", Form.IDENTIFIER, InstanceIdentifier.class, Organization::id,
              Organization.Builder::id),
          HeaderField.one("name", Form.TEXT, String.class, Organization::name, Organization.Builder::name),
          HeaderField.one("telecom", Form.TEXT, String.class, Organization::telecom, Organization.Builder::telecom),
          HeaderField.object("partOf", Organization.class, () -> HeaderObject.ORGANIZATION, Organization::partOf,
              Organization.Builder::partOf)));

  /** A postal address ({@code addr}); without a {@code use} unless one is set. */
  public static final HeaderObject<Address, Address.Builder> ADDRESS = new HeaderObject<>("address",
      () -> Address.builder().use(null), Address.Builder::build, Arrays.asList(
          HeaderField.one("use", Form.TEXT, String.class, Address::use, Address.Builder::use),
          HeaderField.one("houseNumber", Form.TEXT, String.class, Address::houseNumber, Address.Builder::houseNumber),
          HeaderField.one("streetName", Form.TEXT, String.class, Address::streetName, Address.Builder::streetName),
          HeaderField.one("township", Form.TEXT, String.class, Address::township, Address.Builder::township),
          HeaderField.one("county", Form.TEXT, String.class, Address::county, Address.Builder::county),
          HeaderField.one("city", Form.TEXT, String.class, Address::city, Address.Builder::city),
          HeaderField.one("state", Form.TEXT, String.class, Address::state, Address.Builder::state),
          HeaderField.one("postalCode", Form.TEXT, String.class, Address::postalCode, Address.Builder::postalCode)));

  /** A person of the header or of an entry: when, who (id, role, name, contact) and for which organization. */
  public static final HeaderObject<Participant, Participant.Builder> PERSON = new HeaderObject<>("person",
      Participant::builder, Participant.Builder::build, Arrays.asList(
          HeaderField.one("time", Form.TIME, PointInTime.class, Participant::time, Participant.Builder::time),
          HeaderField.one("id", Form.IDENTIFIER, InstanceIdentifier.class, Participant::id, Participant.Builder::id),
          HeaderField.one("code", Form.CODED, CodedValue.class, Participant::code, Participant.Builder::code),
          HeaderField.one("roleName", Form.TEXT, String.class, Participant::roleName, Participant.Builder::roleName),
          HeaderField.one("name", Form.TEXT, String.class, Participant::name, Participant.Builder::name),
          HeaderField.one("professionalTechnicalPosition", Form.CODED, CodedValue.class,
              Participant::professionalTechnicalPosition, Participant.Builder::professionalTechnicalPosition),
          HeaderField.one("telecom", Form.TEXT, String.class, Participant::telecom, Participant.Builder::telecom),
          HeaderField.object("address", Address.class, () -> HeaderObject.ADDRESS, Participant::address,
              Participant.Builder::address),
          HeaderField.object("organization", Organization.class, () -> HeaderObject.ORGANIZATION,
              Participant::organization, Participant.Builder::organization)));

  /** The patient: {@code recordTarget/patientRole} with its {@code patient}. */
  public static final HeaderObject<Patient, Patient.Builder> PATIENT = new HeaderObject<>("patient",
      Patient::builder, Patient.Builder::build, Arrays.asList(
          HeaderField.many("ids", "ids", Form.IDENTIFIERS, InstanceIdentifier.class, null, Patient::ids,
              Patient.Builder::addId),
          HeaderField.one("residentId", Form.IDENTIFIER, InstanceIdentifier.class, Patient::residentId,
              Patient.Builder::residentId),
          HeaderField.one("name", Form.TEXT, String.class, Patient::name, Patient.Builder::name),
          HeaderField.one("gender", Form.CODED, CodedValue.class, Patient::gender, Patient.Builder::gender),
          HeaderField.one("birthTime", Form.TIME, PointInTime.class, Patient::birthTime, Patient.Builder::birthTime),
          HeaderField.one("maritalStatus", Form.CODED, CodedValue.class, Patient::maritalStatus,
              Patient.Builder::maritalStatus),
          HeaderField.one("ethnicGroup", Form.CODED, CodedValue.class, Patient::ethnicGroup,
              Patient.Builder::ethnicGroup),
          HeaderField.one("occupation", Form.CODED, CodedValue.class, Patient::occupation,
              Patient.Builder::occupation),
          HeaderField.one("age", Form.QUANTITY, PhysicalQuantity.class, Patient::age, Patient.Builder::age),
          HeaderField.object("address", Address.class, () -> HeaderObject.ADDRESS, Patient::address,
              Patient.Builder::address),
          HeaderField.one("telecom", Form.TEXT, String.class, Patient::telecom, Patient.Builder::telecom),
          HeaderField.object("employer", Organization.class, () -> HeaderObject.ORGANIZATION, Patient::employer,
              Patient.Builder::employer),
          HeaderField.object("providerOrganization", Organization.class, () -> HeaderObject.ORGANIZATION,
              Patient::providerOrganization, Patient.Builder::providerOrganization)));

  /**
   * The encounter ({@code componentOf/encompassingEncounter}): its time as written and its location. Its builder is
   * internal (the model's {@link Encounter} is made with {@link Encounter#of(Hl7Value, Organization)}).
   */
  public static final HeaderObject<Encounter, ?> ENCOUNTER = new HeaderObject<Encounter, EncounterBuilder>("encounter",
      EncounterBuilder::new, EncounterBuilder::build, Arrays.asList(
          HeaderField.<Encounter, EncounterBuilder, Hl7Value>one("effectiveTime", Form.EFFECTIVE_TIME, Hl7Value.class,
              Encounter::time, (b, time) -> b.time = time),
          HeaderField.<Encounter, EncounterBuilder, Organization>object("location", Organization.class,
              () -> HeaderObject.ORGANIZATION, Encounter::location, (b, location) -> b.location = location)));

  /**
   * The document's header fields; its builder starts without the defaults {@link ClinicalDocument#builder()} sets
   * (confidentiality, language), so that what is not set stays absent.
   */
  public static final HeaderObject<ClinicalDocument, ClinicalDocument.Builder> DOCUMENT = new HeaderObject<>(
      "document", () -> ClinicalDocument.builder().confidentiality(null).languageCode(null), ClinicalDocument.Builder::build,
      Arrays.asList(
          HeaderField.one("id", Form.IDENTIFIER, InstanceIdentifier.class, ClinicalDocument::id,
              ClinicalDocument.Builder::id),
          HeaderField.one("title", Form.TEXT, String.class, ClinicalDocument::title, ClinicalDocument.Builder::title),
          HeaderField.one("effectiveTime", Form.TIME, PointInTime.class, ClinicalDocument::effectiveTime,
              ClinicalDocument.Builder::effectiveTime),
          HeaderField.one("confidentiality", Form.CODED, CodedValue.class, ClinicalDocument::confidentiality,
              ClinicalDocument.Builder::confidentiality),
          HeaderField.one("languageCode", Form.TEXT, String.class, ClinicalDocument::languageCode,
              ClinicalDocument.Builder::languageCode),
          HeaderField.one("setId", Form.IDENTIFIER, InstanceIdentifier.class, ClinicalDocument::setId,
              ClinicalDocument.Builder::setId),
          HeaderField.one("versionNumber", Form.INTEGER, Integer.class, ClinicalDocument::versionNumber,
              ClinicalDocument.Builder::versionNumber),
          HeaderField.object("patient", Patient.class, () -> HeaderObject.PATIENT, ClinicalDocument::patient,
              ClinicalDocument.Builder::patient),
          HeaderField.many("author", "authors", Form.OBJECTS, Participant.class, () -> HeaderObject.PERSON,
              ClinicalDocument::authors, ClinicalDocument.Builder::addAuthor),
          HeaderField.object("custodian", Organization.class, () -> HeaderObject.ORGANIZATION,
              ClinicalDocument::custodian, ClinicalDocument.Builder::custodian),
          HeaderField.many("informant", "informants", Form.OBJECTS, Participant.class, () -> HeaderObject.PERSON,
              ClinicalDocument::informants, ClinicalDocument.Builder::addInformant),
          HeaderField.object("legalAuthenticator", Participant.class, () -> HeaderObject.PERSON,
              ClinicalDocument::legalAuthenticator, ClinicalDocument.Builder::legalAuthenticator),
          HeaderField.many("authenticator", "authenticators", Form.OBJECTS, Participant.class,
              () -> HeaderObject.PERSON, ClinicalDocument::authenticators, ClinicalDocument.Builder::addAuthenticator),
          HeaderField.many("participant", "participants", Form.OBJECTS, Participant.class, () -> HeaderObject.PERSON,
              ClinicalDocument::participants, ClinicalDocument.Builder::addParticipant),
          HeaderField.one("relatedDocument", Form.IDENTIFIER, InstanceIdentifier.class,
              ClinicalDocument::relatedDocument, ClinicalDocument.Builder::relatedDocument),
          HeaderField.object("encounter", Encounter.class, () -> HeaderObject.ENCOUNTER, ClinicalDocument::encounter,
              ClinicalDocument.Builder::encounter)));

  private static final List<HeaderObject<?, ?>> ALL = Collections.unmodifiableList(Arrays.<HeaderObject<?, ?>>asList(
      DOCUMENT, PATIENT, PERSON, ORGANIZATION, ADDRESS, ENCOUNTER));

  private final String name;
  private final Supplier<B> start;
  private final Function<B, N> finish;
  private final List<HeaderField<N, B, ?>> fields;
  private final Map<String, HeaderField<N, B, ?>> byName = new HashMap<>();
  private final Map<String, HeaderField<N, B, ?>> byJsonName = new HashMap<>();

  private HeaderObject(String name, Supplier<B> start, Function<B, N> finish,
      List<HeaderField<N, B, ?>> fields) {
    this.name = name;
    this.start = start;
    this.finish = finish;
    this.fields = Collections.unmodifiableList(fields);
    for (HeaderField<N, B, ?> f : fields) {
      byName.put(f.name(), f);
      byJsonName.put(f.jsonName(), f);
    }
  }

  /** Every object of the header: the document, the patient, a person, an organization, an address, the encounter. */
  public static List<HeaderObject<?, ?>> all() {
    return ALL;
  }

  /** The object's name: {@code document}, {@code patient}, {@code person}, {@code organization} ... */
  public String name() {
    return name;
  }

  /** The fields, in the order of the JSON form. */
  public List<HeaderField<N, B, ?>> fields() {
    return fields;
  }

  /** The field whose layout step is {@code name} ({@code author}, {@code residentId}). */
  public Optional<HeaderField<N, B, ?>> field(String name) {
    return Optional.ofNullable(byName.get(Objects.requireNonNull(name, "name")));
  }

  /** The field named {@code jsonName} in the JSON form ({@code authors}, {@code residentId}). */
  public Optional<HeaderField<N, B, ?>> jsonField(String jsonName) {
    return Optional.ofNullable(byJsonName.get(Objects.requireNonNull(jsonName, "jsonName")));
  }

  /** A new builder of the object with no field set. */
  public B newBuilder() {
    return start.get();
  }

  /** The object {@code builder} holds. */
  public N build(B builder) {
    return finish.apply(Objects.requireNonNull(builder, "builder"));
  }

  @Override
  public String toString() {
    return "HeaderObject[" + name + "]";
  }

  /** Collects an encounter's parts (the model's {@link Encounter} has no builder). */
  private static final class EncounterBuilder {
    Hl7Value time;
    Organization location;

    Encounter build() {
      return Encounter.of(time, location);
    }
  }
}
