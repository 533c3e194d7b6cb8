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
import io.hdx.model.document.ClinicalDocument;
import io.hdx.model.document.Entry;
import io.hdx.model.document.Participation;
import io.hdx.model.document.Section;
import io.hdx.model.layout.HeaderField;
import io.hdx.model.layout.HeaderObject;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.IdentityHashMap;
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
  private static final SerializedString SECTIONS = name("sections");

  /** Each header field's name, pre-encoded. */
  private static final Map<HeaderField<?, ?, ?>, SerializedString> FIELD_NAMES = fieldNames();

  private static final SerializedString DISPLAY_NAME = name("displayName");
  private static final SerializedString TEXT = name("text");
  private static final SerializedString ENTRIES = name("entries");
  private static final SerializedString DE = name("de");
  private static final SerializedString NAME = name("name");
  private static final SerializedString NAME_SOURCE = name("nameSource");
  private static final SerializedString QUALIFIER = name("qualifier");
  private static final SerializedString PARTICIPATIONS = name("participations");
  private static final SerializedString EFFECTIVE_TIME = name("effectiveTime");
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
    fields(HeaderObject.DOCUMENT, d);
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

  private static Map<HeaderField<?, ?, ?>, SerializedString> fieldNames() {
    Map<HeaderField<?, ?, ?>, SerializedString> names = new IdentityHashMap<>();
    for (HeaderObject<?, ?> object : HeaderObject.all()) {
      for (HeaderField<?, ?, ?> field : object.fields()) {
        names.put(field, name(field.jsonName()));
      }
    }
    return names;
  }

  /** The fields of a header object ({@link HeaderObject}: the layout's header), in their order; absent ones left out. */
  private <N> void fields(HeaderObject<N, ?> object, N node) throws IOException {
    for (HeaderField<N, ?, ?> field : object.fields()) {
      field(field, node);
    }
  }

  private <N, V> void field(HeaderField<N, ?, V> field, N node) throws IOException {
    if (field.form().isList()) {
      List<V> values = field.values(node);
      if (values.isEmpty()) {
        return;
      }
      g.writeFieldName(FIELD_NAMES.get(field));
      path.push(field.jsonName());
      g.writeStartArray();
      for (int i = 0; i < values.size(); i++) {
        path.push(i);
        headerValue(field, values.get(i));
        path.pop();
      }
      g.writeEndArray();
      path.pop();
      return;
    }
    Optional<V> value = field.value(node);
    if (value.isPresent()) {
      g.writeFieldName(FIELD_NAMES.get(field));
      path.push(field.jsonName());
      headerValue(field, value.get());
      path.pop();
    }
  }

  /** One value of a header field in the JSON form of its {@link HeaderField.Form} (JSON.md). */
  private <V> void headerValue(HeaderField<?, ?, V> field, V value) throws IOException {
    switch (field.form()) {
      case TEXT:
        g.writeString((String) value);
        break;
      case IDENTIFIER:
      case IDENTIFIERS:
        identifierObject((InstanceIdentifier) value);
        break;
      case CODED:
        CodedValue coded = (CodedValue) value;
        g.writeStartObject();
        g.writeFieldName(TYPE);
        g.writeString(coded.type().name());
        codedFields(coded);
        g.writeEndObject();
        break;
      case TIME:
        g.writeString(((PointInTime) value).literal());
        break;
      case INTEGER:
        g.writeNumber(((Integer) value).intValue());
        break;
      case QUANTITY:
        PhysicalQuantity pq = (PhysicalQuantity) value;
        g.writeStartObject();
        quantityFields(pq.isValid() ? decimal(pq.value()) : pq.literal(), UNIT, pq.unit());
        g.writeEndObject();
        break;
      case EFFECTIVE_TIME:
        timeValue((Hl7Value) value);
        break;
      case OBJECT:
      case OBJECTS:
        object(field.object().get(), value);
        break;
      default:
        throw new IllegalStateException("no JSON form for " + field.form());
    }
  }

  private <N> void object(HeaderObject<N, ?> object, N node) throws IOException {
    g.writeStartObject();
    fields(object, node);
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
        path.push("person");
        object(HeaderObject.PERSON, p.person());
        path.pop();
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

  private void codedFields(CodedValue v) throws IOException {
    g.writeFieldName(CODE);
    g.writeString(v.code());
    string(CODE_SYSTEM, v.codeSystemIfPresent()); // missing only in a value kept as written
    string(CODE_SYSTEM_NAME, v.codeSystemNameIfPresent());
    string(DISPLAY_NAME, v.displayNameIfPresent());
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

  /** An entry's effectiveTime ({@link #timeValue}). */
  private void effectiveTime(Optional<Hl7Value> time) throws IOException {
    if (time.isPresent()) {
      g.writeFieldName(EFFECTIVE_TIME);
      path.push("effectiveTime");
      timeValue(time.get());
      path.pop();
    }
  }

  /**
   * An effectiveTime: a point in time as a string (JSON.md), an interval or a null flavor as a value object
   * ({@code {"type":"IVL_TS","low":...}}, {@code {"type":"IVL_TS","nullFlavor":"NI"}}).
   */
  private void timeValue(Hl7Value time) throws IOException {
    if (time instanceof PointInTime) {
      g.writeString(((PointInTime) time).literal());
    } else {
      value(time);
    }
  }

  private void string(SerializableString field, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeFieldName(field);
      g.writeString(value.get());
    }
  }
}
