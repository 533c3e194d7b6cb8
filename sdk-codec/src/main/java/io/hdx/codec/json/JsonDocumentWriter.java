package io.hdx.codec.json;

import com.fasterxml.jackson.core.Base64Variants;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import io.hdx.codec.CodecException;
import io.hdx.model.datatype.BooleanValue;
import io.hdx.model.datatype.CodedValue;
import io.hdx.model.datatype.Decimals;
import io.hdx.model.datatype.EncapsulatedData;
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
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes one {@link ClinicalDocument} as hdx-cda-json/1 (sdk-codec/JSON.md) on a Jackson generator, fields in
 * the documented order, names pre-encoded. One instance per encode call.
 *
 * <p>Thread safety: not thread-safe; confined to one encode call.
 */
final class JsonDocumentWriter {
  private static final SerializedString FORMAT = name("format");
  private static final SerializedString TEMPLATE_ID = name("templateId");
  private static final SerializedString CODE = name("code");
  private static final SerializedString ID = name("id");
  private static final SerializedString TITLE = name("title");
  private static final SerializedString EFFECTIVE_TIME = name("effectiveTime");
  private static final SerializedString CONFIDENTIALITY = name("confidentiality");
  private static final SerializedString LANGUAGE_CODE = name("languageCode");
  private static final SerializedString SET_ID = name("setId");
  private static final SerializedString VERSION_NUMBER = name("versionNumber");
  private static final SerializedString PATIENT = name("patient");
  private static final SerializedString AUTHORS = name("authors");
  private static final SerializedString CUSTODIAN = name("custodian");
  private static final SerializedString INFORMANTS = name("informants");
  private static final SerializedString LEGAL_AUTHENTICATOR = name("legalAuthenticator");
  private static final SerializedString AUTHENTICATORS = name("authenticators");
  private static final SerializedString PARTICIPANTS = name("participants");
  private static final SerializedString RELATED_DOCUMENT = name("relatedDocument");
  private static final SerializedString ENCOUNTER = name("encounter");
  private static final SerializedString SECTIONS = name("sections");

  private static final SerializedString IDS = name("ids");
  private static final SerializedString RESIDENT_ID = name("residentId");
  private static final SerializedString NAME = name("name");
  private static final SerializedString GENDER = name("gender");
  private static final SerializedString BIRTH_TIME = name("birthTime");
  private static final SerializedString MARITAL_STATUS = name("maritalStatus");
  private static final SerializedString ETHNIC_GROUP = name("ethnicGroup");
  private static final SerializedString OCCUPATION = name("occupation");
  private static final SerializedString AGE = name("age");
  private static final SerializedString ADDRESS = name("address");
  private static final SerializedString TELECOM = name("telecom");
  private static final SerializedString EMPLOYER = name("employer");
  private static final SerializedString PROVIDER_ORGANIZATION = name("providerOrganization");
  private static final SerializedString TIME = name("time");
  private static final SerializedString ROLE_NAME = name("roleName");
  private static final SerializedString ORGANIZATION = name("organization");
  private static final SerializedString PART_OF = name("partOf");
  private static final SerializedString LOCATION = name("location");
  private static final SerializedString USE = name("use");
  private static final SerializedString HOUSE_NUMBER = name("houseNumber");
  private static final SerializedString STREET_NAME = name("streetName");
  private static final SerializedString TOWNSHIP = name("township");
  private static final SerializedString COUNTY = name("county");
  private static final SerializedString CITY = name("city");
  private static final SerializedString STATE = name("state");
  private static final SerializedString POSTAL_CODE = name("postalCode");

  private static final SerializedString DISPLAY_NAME = name("displayName");
  private static final SerializedString TEXT = name("text");
  private static final SerializedString ENTRIES = name("entries");
  private static final SerializedString DE = name("de");
  private static final SerializedString NAME_SOURCE = name("nameSource");
  private static final SerializedString QUALIFIER = name("qualifier");
  private static final SerializedString PARTICIPATIONS = name("participations");
  private static final SerializedString FUNCTION = name("function");
  private static final SerializedString TYPE_CODE = name("typeCode");
  private static final SerializedString PERSON = name("person");
  private static final SerializedString SHAPE = name("shape");
  private static final SerializedString POSITION = name("position");
  private static final SerializedString VALUE = name("value");
  private static final SerializedString COMPONENTS = name("components");

  private static final SerializedString TYPE = name("type");
  private static final SerializedString NULL_FLAVOR = name("nullFlavor");
  private static final SerializedString ROOT = name("root");
  private static final SerializedString EXTENSION = name("extension");
  private static final SerializedString ASSIGNING_AUTHORITY_NAME = name("assigningAuthorityName");
  private static final SerializedString CODE_SYSTEM = name("codeSystem");
  private static final SerializedString CODE_SYSTEM_NAME = name("codeSystemName");
  private static final SerializedString UNIT = name("unit");
  private static final SerializedString CURRENCY = name("currency");
  private static final SerializedString LOW = name("low");
  private static final SerializedString HIGH = name("high");
  private static final SerializedString MEDIA_TYPE = name("mediaType");
  private static final SerializedString REPRESENTATION = name("representation");

  private final JsonGenerator g;
  private final Map<String, String> catalogNames;
  private final JsonPath path = new JsonPath();

  JsonDocumentWriter(JsonGenerator g, Map<String, String> catalogNames) {
    this.g = g;
    this.catalogNames = catalogNames;
  }

  private static SerializedString name(String name) {
    return new SerializedString(name);
  }

  /** The JSON pointer of the part being written, for error messages. */
  String pointer() {
    return path.pointer();
  }

  void write(ClinicalDocument d) throws IOException {
    g.writeStartObject();
    g.writeFieldName(FORMAT);
    g.writeString(JsonCodes.FORMAT);
    g.writeFieldName(TEMPLATE_ID);
    g.writeString(d.templateId());
    g.writeFieldName(CODE);
    g.writeString(d.code());
    if (d.id().isPresent()) {
      identifier(ID, d.id().get());
    }
    string(TITLE, d.title());
    time(EFFECTIVE_TIME, d.effectiveTime());
    if (d.confidentiality().isPresent()) {
      coded(CONFIDENTIALITY, d.confidentiality().get());
    }
    string(LANGUAGE_CODE, d.languageCode());
    if (d.setId().isPresent()) {
      identifier(SET_ID, d.setId().get());
    }
    if (d.versionNumber().isPresent()) {
      g.writeFieldName(VERSION_NUMBER);
      g.writeNumber(d.versionNumber().get().intValue());
    }
    if (d.patient().isPresent()) {
      patient(d.patient().get());
    }
    participants(AUTHORS, d.authors());
    if (d.custodian().isPresent()) {
      organization(CUSTODIAN, d.custodian().get());
    }
    participants(INFORMANTS, d.informants());
    if (d.legalAuthenticator().isPresent()) {
      participant(LEGAL_AUTHENTICATOR, d.legalAuthenticator().get());
    }
    participants(AUTHENTICATORS, d.authenticators());
    participants(PARTICIPANTS, d.participants());
    if (d.relatedDocument().isPresent()) {
      identifier(RELATED_DOCUMENT, d.relatedDocument().get());
    }
    if (d.encounter().isPresent()) {
      encounter(d.encounter().get());
    }
    g.writeFieldName(SECTIONS);
    path.push("sections");
    g.writeStartArray();
    List<Section> sections = d.sections();
    for (int i = 0; i < sections.size(); i++) {
      path.push(i);
      section(sections.get(i));
      path.pop();
    }
    g.writeEndArray();
    path.pop();
    g.writeEndObject();
  }

  private void patient(Patient p) throws IOException {
    g.writeFieldName(PATIENT);
    g.writeStartObject();
    if (!p.ids().isEmpty()) {
      g.writeFieldName(IDS);
      g.writeStartArray();
      for (InstanceIdentifier id : p.ids()) {
        identifierObject(id);
      }
      g.writeEndArray();
    }
    if (p.residentId().isPresent()) {
      identifier(RESIDENT_ID, p.residentId().get());
    }
    string(NAME, p.name());
    if (p.gender().isPresent()) {
      coded(GENDER, p.gender().get());
    }
    time(BIRTH_TIME, p.birthTime());
    if (p.maritalStatus().isPresent()) {
      coded(MARITAL_STATUS, p.maritalStatus().get());
    }
    if (p.ethnicGroup().isPresent()) {
      coded(ETHNIC_GROUP, p.ethnicGroup().get());
    }
    if (p.occupation().isPresent()) {
      coded(OCCUPATION, p.occupation().get());
    }
    if (p.age().isPresent()) {
      PhysicalQuantity age = p.age().get();
      g.writeFieldName(AGE);
      g.writeStartObject();
      quantityFields(age.isValid() ? decimal(age.value()) : age.literal(), UNIT, age.unit());
      g.writeEndObject();
    }
    if (p.address().isPresent()) {
      address(p.address().get());
    }
    string(TELECOM, p.telecom());
    if (p.employer().isPresent()) {
      organization(EMPLOYER, p.employer().get());
    }
    if (p.providerOrganization().isPresent()) {
      organization(PROVIDER_ORGANIZATION, p.providerOrganization().get());
    }
    g.writeEndObject();
  }

  private void participants(SerializableString field, List<Participant> list) throws IOException {
    if (list.isEmpty()) {
      return;
    }
    g.writeFieldName(field);
    g.writeStartArray();
    for (Participant p : list) {
      participantObject(p);
    }
    g.writeEndArray();
  }

  private void participant(SerializableString field, Participant p) throws IOException {
    g.writeFieldName(field);
    participantObject(p);
  }

  private void participantObject(Participant p) throws IOException {
    g.writeStartObject();
    time(TIME, p.time());
    if (p.id().isPresent()) {
      identifier(ID, p.id().get());
    }
    if (p.code().isPresent()) {
      coded(CODE, p.code().get());
    }
    string(ROLE_NAME, p.roleName());
    string(NAME, p.name());
    string(TELECOM, p.telecom());
    if (p.address().isPresent()) {
      address(p.address().get());
    }
    if (p.organization().isPresent()) {
      organization(ORGANIZATION, p.organization().get());
    }
    g.writeEndObject();
  }

  private void organization(SerializableString field, Organization o) throws IOException {
    g.writeFieldName(field);
    g.writeStartObject();
    if (o.id().isPresent()) {
      identifier(ID, o.id().get());
    }
    string(NAME, o.name());
    string(TELECOM, o.telecom());
    if (o.partOf().isPresent()) {
      organization(PART_OF, o.partOf().get());
    }
    g.writeEndObject();
  }

  private void address(Address a) throws IOException {
    g.writeFieldName(ADDRESS);
    g.writeStartObject();
    string(USE, a.use());
    string(HOUSE_NUMBER, a.houseNumber());
    string(STREET_NAME, a.streetName());
    string(TOWNSHIP, a.township());
    string(COUNTY, a.county());
    string(CITY, a.city());
    string(STATE, a.state());
    string(POSTAL_CODE, a.postalCode());
    g.writeEndObject();
  }

  private void encounter(Encounter e) throws IOException {
    g.writeFieldName(ENCOUNTER);
    g.writeStartObject();
    path.push("encounter");
    effectiveTime(e.time());
    path.pop();
    if (e.location().isPresent()) {
      organization(LOCATION, e.location().get());
    }
    g.writeEndObject();
  }

  private void section(Section s) throws IOException {
    g.writeStartObject();
    string(CODE, s.code());
    string(DISPLAY_NAME, s.displayName());
    string(TEXT, s.text());
    g.writeFieldName(ENTRIES);
    entries(s.entries(), "entries");
    g.writeEndObject();
  }

  private void entries(List<Entry> entries, String field) throws IOException {
    path.push(field);
    g.writeStartArray();
    for (int i = 0; i < entries.size(); i++) {
      path.push(i);
      entry(entries.get(i));
      path.pop();
    }
    g.writeEndArray();
    path.pop();
  }

  private void entry(Entry e) throws IOException {
    g.writeStartObject();
    Optional<String> de = e.dataElement();
    if (de.isPresent()) {
      g.writeFieldName(DE);
      g.writeString(de.get());
    }
    if (e.displayName().isPresent()) {
      g.writeFieldName(NAME);
      g.writeString(e.displayName().get());
    } else if (de.isPresent()) {
      String catalogName = catalogNames.get(de.get());
      if (catalogName != null) {
        g.writeFieldName(NAME);
        g.writeString(catalogName);
        g.writeFieldName(NAME_SOURCE);
        g.writeString("catalog");
      }
    }
    string(QUALIFIER, e.qualifier());
    g.writeFieldName(SHAPE);
    g.writeString(e.shape().name());
    if (e.position().isSlot()) {
      g.writeFieldName(POSITION);
      g.writeString(e.position().name());
    }
    if (e.value().isPresent()) {
      path.push("value");
      g.writeFieldName(VALUE);
      value(e.value().get());
      path.pop();
    }
    effectiveTime(e.time());
    if (!e.participations().isEmpty()) {
      g.writeFieldName(PARTICIPATIONS);
      g.writeStartArray();
      for (Participation p : e.participations()) {
        g.writeStartObject();
        g.writeFieldName(FUNCTION);
        g.writeString(p.function().name());
        string(TYPE_CODE, p.typeCode());
        g.writeFieldName(PERSON);
        participantObject(p.person());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (!e.components().isEmpty()) {
      g.writeFieldName(COMPONENTS);
      entries(e.components(), "components");
    }
    g.writeEndObject();
  }

  private void value(Hl7Value v) throws IOException {
    g.writeStartObject();
    g.writeFieldName(TYPE);
    g.writeString(v.type().name());
    if (v instanceof Text) {
      g.writeFieldName(VALUE);
      g.writeString(((Text) v).value());
    } else if (v instanceof CodedValue) {
      codedFields((CodedValue) v);
    } else if (v instanceof PhysicalQuantity) {
      PhysicalQuantity pq = (PhysicalQuantity) v;
      quantityFields(pq.isValid() ? decimal(pq.value()) : pq.literal(), UNIT, pq.unit());
    } else if (v instanceof PointInTime) {
      g.writeFieldName(VALUE);
      g.writeString(((PointInTime) v).literal());
    } else if (v instanceof NullValue) {
      g.writeFieldName(NULL_FLAVOR);
      g.writeString(((NullValue) v).nullFlavor().name());
    } else if (v instanceof InstanceIdentifier) {
      identifierFields((InstanceIdentifier) v);
    } else if (v instanceof TimeInterval) {
      TimeInterval ivl = (TimeInterval) v;
      time(LOW, ivl.low());
      time(HIGH, ivl.high());
    } else if (v instanceof IntegerValue) {
      g.writeFieldName(VALUE);
      IntegerValue integer = (IntegerValue) v;
      if (integer.isValid()) {
        g.writeNumber(integer.value());
      } else {
        g.writeString(integer.literal()); // kept as written: a string (JSON.md)
      }
    } else if (v instanceof RealValue) {
      g.writeFieldName(VALUE);
      RealValue real = (RealValue) v;
      g.writeString(real.isValid() ? decimal(real.value()) : real.literal());
    } else if (v instanceof BooleanValue) {
      g.writeFieldName(VALUE);
      BooleanValue bool = (BooleanValue) v;
      if (bool.isValid()) {
        g.writeBoolean(bool.value());
      } else {
        g.writeString(bool.literal()); // kept as written: a string (JSON.md)
      }
    } else if (v instanceof MonetaryAmount) {
      MonetaryAmount mo = (MonetaryAmount) v;
      quantityFields(mo.isValid() ? decimal(mo.value()) : mo.literal(), CURRENCY, mo.currency());
    } else if (v instanceof EncapsulatedData) {
      encapsulated((EncapsulatedData) v);
    } else {
      throw new CodecException(JsonCodes.NO_JSON_FORM,
          "value class " + v.getClass().getName() + " is not one of the sdk-model data types", path.pointer(), -1, -1,
          null);
    }
    g.writeEndObject();
  }

  private void encapsulated(EncapsulatedData ed) throws IOException {
    string(MEDIA_TYPE, ed.mediaType());
    Optional<byte[]> bytes = ed.bytes();
    if (bytes.isPresent()) {
      g.writeFieldName(REPRESENTATION);
      g.writeString("B64");
      g.writeFieldName(VALUE);
      g.writeBinary(Base64Variants.MIME_NO_LINEFEEDS, bytes.get(), 0, bytes.get().length);
    } else {
      g.writeFieldName(VALUE);
      g.writeString(ed.text().orElse(""));
    }
  }

  private void quantityFields(String value, SerializableString unitField, Optional<String> unit)
      throws IOException {
    g.writeFieldName(VALUE);
    g.writeString(value);
    string(unitField, unit);
  }

  /**
   * A decimal's text that {@code new BigDecimal(text)} reads back with the same value and scale:
   * {@link BigDecimal#toString()}, plain ({@code 120.0}) unless the scale is negative or the magnitude below
   * 10^-6 ({@code 1.2E+3}, {@code 1E-7}).
   *
   * @throws CodecException {@code JSON-0202} beyond what the decoder reads back ({@link Decimals}' bounds)
   */
  private String decimal(BigDecimal value) {
    String text = value.toString();
    if (text.length() > Decimals.MAX_LENGTH || !Decimals.inRange(value)) {
      throw new CodecException(JsonCodes.NO_JSON_FORM, "decimal beyond " + Decimals.MAX_DIGITS
          + " digits or scale +/-" + Decimals.MAX_SCALE + " has no hdx-cda-json/1 form",
          path.pointer(), -1, -1, null);
    }
    return text;
  }

  private void coded(SerializableString field, CodedValue v) throws IOException {
    g.writeFieldName(field);
    g.writeStartObject();
    g.writeFieldName(TYPE);
    g.writeString(v.type().name());
    codedFields(v);
    g.writeEndObject();
  }

  private void codedFields(CodedValue v) throws IOException {
    g.writeFieldName(CODE);
    g.writeString(v.code());
    string(CODE_SYSTEM, v.codeSystemIfPresent()); // missing only in a value kept as written
    string(CODE_SYSTEM_NAME, v.codeSystemNameIfPresent());
    string(DISPLAY_NAME, v.displayNameIfPresent());
  }

  private void identifier(SerializableString field, InstanceIdentifier id) throws IOException {
    g.writeFieldName(field);
    identifierObject(id);
  }

  private void identifierObject(InstanceIdentifier id) throws IOException {
    g.writeStartObject();
    identifierFields(id);
    g.writeEndObject();
  }

  private void identifierFields(InstanceIdentifier id) throws IOException {
    string(ROOT, id.rootIfPresent()); // missing only in an identifier kept as written
    string(EXTENSION, id.extension());
    string(ASSIGNING_AUTHORITY_NAME, id.assigningAuthorityName());
  }

  private void time(SerializableString field, Optional<PointInTime> time) throws IOException {
    if (time.isPresent()) {
      g.writeFieldName(field);
      g.writeString(time.get().literal());
    }
  }

  /**
   * An effectiveTime: a point in time as a string (JSON.md), an interval or a null flavor as a value object
   * ({@code {"type":"IVL_TS","low":...}}, {@code {"type":"IVL_TS","nullFlavor":"NI"}}).
   */
  private void effectiveTime(Optional<Hl7Value> time) throws IOException {
    if (!time.isPresent()) {
      return;
    }
    g.writeFieldName(EFFECTIVE_TIME);
    if (time.get() instanceof PointInTime) {
      g.writeString(((PointInTime) time.get()).literal());
    } else {
      path.push("effectiveTime");
      value(time.get());
      path.pop();
    }
  }

  private void string(SerializableString field, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeFieldName(field);
      g.writeString(value.get());
    }
  }
}
