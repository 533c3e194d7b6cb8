package io.hdx.codec.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.hdx.codec.CodecException;
import io.hdx.codec.DecodeResult;
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
import io.hdx.model.document.ClinicalDocument;
import io.hdx.model.document.Entry;
import io.hdx.model.document.Participant;
import io.hdx.model.document.Participation;
import io.hdx.model.document.Section;
import io.hdx.model.layout.HeaderField;
import io.hdx.model.layout.HeaderObject;
import io.hdx.model.spec.EntryShape;
import io.hdx.model.spec.ValuePosition;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Reads one hdx-cda-json/1 document (sdk-codec/JSON.md) from a Jackson parser into a {@link ClinicalDocument},
 * field by field with a {@code switch} on the name, fields in any order. Tracks the JSON Pointer of the place
 * read, so that every failure is a {@link CodecException} naming where and which rule, never a value. Unknown
 * fields are skipped and reported (or refused). One instance per decode call.
 *
 * <p>Thread safety: not thread-safe; confined to one decode call.
 */
final class JsonDocumentReader {
  /** Warnings kept in full; past this many, only a count is reported. */
  static final int MAX_WARNINGS = 1000;

  // Bits of the fields of a value object (see value()).
  private static final String[] VALUE_FIELDS = {"type", "nullFlavor", "root", "extension", "assigningAuthorityName",
      "code", "codeSystem", "codeSystemName", "displayName", "value", "unit", "currency", "low", "high", "mediaType",
      "representation"};
  private static final int V_TYPE = 0;
  private static final int V_NULL_FLAVOR = 1;
  private static final int V_ROOT = 2;
  private static final int V_EXTENSION = 3;
  private static final int V_AUTHORITY = 4;
  private static final int V_CODE = 5;
  private static final int V_CODE_SYSTEM = 6;
  private static final int V_CODE_SYSTEM_NAME = 7;
  private static final int V_DISPLAY_NAME = 8;
  private static final int V_VALUE = 9;
  private static final int V_UNIT = 10;
  private static final int V_CURRENCY = 11;
  private static final int V_LOW = 12;
  private static final int V_HIGH = 13;
  private static final int V_MEDIA_TYPE = 14;
  private static final int V_REPRESENTATION = 15;

  private static final long USES_II = bits(V_TYPE, V_ROOT, V_EXTENSION, V_AUTHORITY);
  private static final long USES_CODED = bits(V_TYPE, V_CODE, V_CODE_SYSTEM, V_CODE_SYSTEM_NAME, V_DISPLAY_NAME);
  private static final long USES_PQ = bits(V_TYPE, V_VALUE, V_UNIT);
  private static final long USES_MO = bits(V_TYPE, V_VALUE, V_CURRENCY);
  private static final long USES_SCALAR = bits(V_TYPE, V_VALUE);
  private static final long USES_IVL = bits(V_TYPE, V_LOW, V_HIGH);
  private static final long USES_ED = bits(V_TYPE, V_VALUE, V_MEDIA_TYPE, V_REPRESENTATION);
  private static final long USES_NULL = bits(V_TYPE, V_NULL_FLAVOR);

  private static final Hl7Type[] TYPES = Hl7Type.values();
  private static final EntryShape[] SHAPES = EntryShape.values();
  private static final ValuePosition[] POSITIONS = ValuePosition.values();

  /** Where a value object sits, which decides its default type and the types allowed. */
  private enum Place {
    /** An entry's value: {@code type} required, any type, null flavors allowed. */
    ENTRY_VALUE,
    /** A header identifier: II, {@code type} optional. */
    IDENTIFIER,
    /** A header code: CD (default), CE or CV. */
    CODED,
    /** The patient's age: PQ, {@code type} optional. */
    QUANTITY,
    /** An effectiveTime that is no point in time (those are strings): IVL_TS or TS, null flavors allowed. */
    TIME
  }

  private final JsonParser p;
  private final boolean refuseUnknown;
  private final JsonPath path = new JsonPath();
  private final List<DecodeWarning> warnings = new ArrayList<>();
  private int warningsNotListed;

  JsonDocumentReader(JsonParser p, boolean refuseUnknown) {
    this.p = p;
    this.refuseUnknown = refuseUnknown;
  }

  private static long bits(int... fields) {
    long mask = 0;
    for (int f : fields) {
      mask |= 1L << f;
    }
    return mask;
  }

  /** The JSON Pointer of the place being read. */
  String pointer() {
    return path.pointer();
  }

  /** Reads the document and checks that nothing follows it. */
  DecodeResult read() throws IOException {
    JsonToken t = p.nextToken();
    if (t == null) {
      throw fail(JsonCodes.TRUNCATED, "empty input: no JSON value");
    }
    if (t != JsonToken.START_OBJECT) {
      throw fail(JsonCodes.NOT_HDX_JSON, "the root must be a JSON object with \"format\": \"" + JsonCodes.FORMAT + "\"");
    }
    ClinicalDocument doc = document();
    if (p.nextToken() != null) {
      throw fail(JsonCodes.MALFORMED, "content follows the document; one JSON value only");
    }
    if (warningsNotListed > 0) {
      warnings.add(new DecodeWarning(JsonCodes.WARNINGS_CAPPED, "", -1, -1,
          warningsNotListed + " more fields skipped; only the first " + MAX_WARNINGS + " warnings are listed"));
    }
    return new DecodeResult(doc, warnings);
  }

  // ---------------------------------------------------------------- header

  private ClinicalDocument document() throws IOException {
    HeaderObject<ClinicalDocument, ClinicalDocument.Builder> header = HeaderObject.DOCUMENT;
    ClinicalDocument.Builder b = header.newBuilder();
    String format = null;
    String templateId = null;
    String code = null;
    long seen = 0;
    for (String name = nextField(); name != null; name = nextField()) {
      path.push(name);
      switch (name) {
        case "format":
          seen = once(seen, 0);
          format = string();
          if (format != null && !JsonCodes.FORMAT.equals(format)) {
            throw fail(JsonCodes.NOT_HDX_JSON, "format must be \"" + JsonCodes.FORMAT + "\"");
          }
          break;
        case "templateId":
          seen = once(seen, 1);
          templateId = string();
          if (templateId != null && !Oids.isValid(templateId)) {
            throw fail(JsonCodes.BAD_VALUE, "templateId must be a dotted OID (ITU-T X.660)");
          }
          break;
        case "code":
          seen = once(seen, 2);
          code = string();
          break;
        case "sections":
          seen = once(seen, 3);
          sections(b);
          break;
        default:
          seen = headerField(header, b, name, seen, 4);
      }
      path.pop();
    }
    if (format == null) {
      throw fail(JsonCodes.NOT_HDX_JSON, "\"format\": \"" + JsonCodes.FORMAT + "\" is missing");
    }
    if (templateId == null) {
      throw missing("templateId");
    }
    if (code == null) {
      throw missing("code");
    }
    return b.templateId(templateId).code(code).build();
  }

  /**
   * A header object ({@link HeaderObject}: the layout's header), the parser on its START_OBJECT: each field read in
   * the JSON form of its {@link HeaderField.Form} and set on a new builder, fields in any order.
   */
  private <N, B> N object(HeaderObject<N, B> object) throws IOException {
    B b = object.newBuilder();
    long seen = 0;
    for (String name = nextField(); name != null; name = nextField()) {
      path.push(name);
      seen = headerField(object, b, name, seen, 0);
      path.pop();
    }
    return object.build(b);
  }

  /**
   * Reads field {@code name} of header object {@code object} into {@code b} (an unknown name is skipped or refused);
   * {@code seen} has the fields read so far, the object's fields from bit {@code firstBit} on.
   */
  private <N, B> long headerField(HeaderObject<N, B> object, B b, String name, long seen, int firstBit)
      throws IOException {
    HeaderField<N, B, ?> field = object.jsonField(name).orElse(null);
    if (field == null) {
      unknown();
      return seen;
    }
    long now = once(seen, firstBit + object.fields().indexOf(field));
    read(field, b);
    return now;
  }

  private <B, V> void read(HeaderField<?, B, V> field, B b) throws IOException {
    if (!field.form().isList()) {
      Object value = headerValue(field);
      if (value != null) {
        field.set(b, field.valueClass().cast(value));
      }
      return;
    }
    if (present(JsonToken.START_ARRAY, "an array")) {
      int i = 0;
      for (JsonToken t = next(); t != JsonToken.END_ARRAY; t = next()) {
        path.push(i++);
        requireObject();
        field.set(b, field.valueClass().cast(headerValue(field)));
        path.pop();
      }
    }
  }

  /** One value of a header field in the JSON form of its {@link HeaderField.Form} (JSON.md); null for JSON null. */
  private Object headerValue(HeaderField<?, ?, ?> field) throws IOException {
    switch (field.form()) {
      case TEXT:
        return string();
      case IDENTIFIER:
      case IDENTIFIERS:
        return identifier();
      case CODED:
        return coded();
      case TIME:
        return time();
      case INTEGER:
        return integer32();
      case QUANTITY:
        return present(JsonToken.START_OBJECT, "an object") ? value(Place.QUANTITY) : null;
      case EFFECTIVE_TIME:
        return effectiveTime();
      case OBJECT:
      case OBJECTS:
        return present(JsonToken.START_OBJECT, "an object") ? object(field.object().get()) : null;
      default:
        throw new IllegalStateException("no JSON form for " + field.form());
    }
  }

  private Integer integer32() throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t != JsonToken.VALUE_NUMBER_INT) {
      throw wrongKind("an integer");
    }
    if (p.getNumberType() != JsonParser.NumberType.INT) {
      throw fail(JsonCodes.BAD_VALUE, "must be an integer in the 32-bit range");
    }
    return p.getIntValue();
  }

  /** An entry's people: objects of {@code function}, {@code typeCode} (a participant's) and {@code person}. */
  private List<Participation> participations() throws IOException {
    List<Participation> list = new ArrayList<>();
    if (!present(JsonToken.START_ARRAY, "an array")) {
      return list;
    }
    int i = 0;
    for (JsonToken t = next(); t != JsonToken.END_ARRAY; t = next()) {
      path.push(i++);
      requireObject();
      JsonLocation start = p.currentTokenLocation();
      String function = null;
      String typeCode = null;
      Participant person = null;
      long seen = 0;
      for (String field = nextField(); field != null; field = nextField()) {
        path.push(field);
        switch (field) {
          case "function":
            seen = once(seen, 0);
            function = string();
            break;
          case "typeCode":
            seen = once(seen, 1);
            typeCode = string();
            break;
          case "person":
            seen = once(seen, 2);
            person = present(JsonToken.START_OBJECT, "an object") ? object(HeaderObject.PERSON) : null;
            break;
          default:
            unknown();
        }
        path.pop();
      }
      if (function == null || person == null) {
        throw fail(JsonCodes.MISSING, "a participation needs \"function\" and \"person\"", start, null);
      }
      list.add(participation(function, typeCode, person, start));
      path.pop();
    }
    return list;
  }

  private Participation participation(String function, String typeCode, Participant person, JsonLocation start) {
    if ("AUTHOR".equals(function) && typeCode == null) {
      return Participation.author(person);
    }
    if ("PERFORMER".equals(function) && typeCode == null) {
      return Participation.performer(person);
    }
    if ("PARTICIPANT".equals(function) && typeCode != null) {
      try {
        return Participation.participant(typeCode, person);
      } catch (IllegalArgumentException e) {
        throw fail(JsonCodes.BAD_VALUE, "a participant is a person: typeCode not CSM, no organization", start, e);
      }
    }
    throw fail(JsonCodes.BAD_VALUE, "function must be AUTHOR or PERFORMER (without typeCode) or PARTICIPANT (with "
        + "typeCode)", start, null);
  }

  // ---------------------------------------------------------------- body

  private void sections(ClinicalDocument.Builder doc) throws IOException {
    if (!present(JsonToken.START_ARRAY, "an array")) {
      return;
    }
    int i = 0;
    for (JsonToken t = next(); t != JsonToken.END_ARRAY; t = next()) {
      path.push(i++);
      requireObject();
      doc.addSection(section());
      path.pop();
    }
  }

  private Section section() throws IOException {
    JsonLocation start = p.currentTokenLocation();
    Section.Builder b = Section.builder();
    String code = null;
    String displayName = null;
    long seen = 0;
    for (String name = nextField(); name != null; name = nextField()) {
      path.push(name);
      switch (name) {
        case "code":
          seen = once(seen, 0);
          code = string();
          break;
        case "displayName":
          seen = once(seen, 1);
          displayName = string();
          break;
        case "text":
          seen = once(seen, 2);
          b.text(string());
          break;
        case "entries":
          seen = once(seen, 3);
          List<Entry> entries = entries();
          for (int i = 0; i < entries.size(); i++) {
            path.push(i);
            addEntry(b, entries.get(i));
            path.pop();
          }
          break;
        default:
          unknown();
      }
      path.pop();
    }
    if (code == null && displayName == null) {
      throw fail(JsonCodes.MISSING, "a section needs \"code\" or \"displayName\"", start, null);
    }
    try {
      return b.code(code).displayName(displayName).build();
    } catch (IllegalArgumentException e) {
      throw fail(JsonCodes.BAD_VALUE, "the section breaks a rule of the model (" + e.getMessage() + ")", start, e);
    }
  }

  /** Adds a top-level entry; the model refuses some (e.g. an ENTRY_RELATIONSHIP detail without its parent). */
  private void addEntry(Section.Builder b, Entry entry) {
    try {
      b.addEntry(entry);
    } catch (IllegalArgumentException e) {
      throw fail(JsonCodes.BAD_VALUE, "the entry cannot stand at the top of a section (" + e.getMessage() + ")");
    }
  }

  private List<Entry> entries() throws IOException {
    List<Entry> list = new ArrayList<>();
    if (present(JsonToken.START_ARRAY, "an array")) {
      int i = 0;
      for (JsonToken t = next(); t != JsonToken.END_ARRAY; t = next()) {
        path.push(i++);
        requireObject();
        list.add(entry());
        path.pop();
      }
    }
    return list;
  }

  private Entry entry() throws IOException {
    JsonLocation start = p.currentTokenLocation();
    Entry.Builder b = Entry.builder();
    String de = null;
    String name = null;
    boolean nameFromCatalog = false;
    boolean hasComponents = false;
    long seen = 0;
    for (String field = nextField(); field != null; field = nextField()) {
      path.push(field);
      switch (field) {
        case "de":
          seen = once(seen, 0);
          de = string();
          break;
        case "name":
          seen = once(seen, 1);
          name = string();
          break;
        case "nameSource":
          seen = once(seen, 2);
          String source = string();
          if ("catalog".equals(source)) {
            nameFromCatalog = true;
          } else if (source != null && !"document".equals(source)) {
            throw fail(JsonCodes.BAD_VALUE, "nameSource must be \"document\" or \"catalog\"");
          }
          break;
        case "qualifier":
          seen = once(seen, 8);
          b.qualifier(string());
          break;
        case "shape":
          seen = once(seen, 3);
          EntryShape shape = shape();
          if (shape != null) {
            b.shape(shape);
          }
          break;
        case "value":
          seen = once(seen, 4);
          if (present(JsonToken.START_OBJECT, "an object")) {
            b.value(value(Place.ENTRY_VALUE));
          }
          break;
        case "effectiveTime":
          seen = once(seen, 5);
          b.effectiveTime(effectiveTime());
          break;
        case "position":
          seen = once(seen, 7);
          ValuePosition position = position();
          if (position != null) {
            b.position(position);
          }
          break;
        case "participations":
          seen = once(seen, 9);
          for (Participation participation : participations()) {
            b.addParticipation(participation);
          }
          break;
        case "components":
          seen = once(seen, 6);
          for (Entry component : entries()) {
            b.addComponent(component);
            hasComponents = true;
          }
          break;
        default:
          unknown();
      }
      path.pop();
    }
    if (de == null && !hasComponents) {
      throw fail(JsonCodes.MISSING, "an entry needs \"de\" or \"components\"", start, null);
    }
    try {
      return b.dataElement(de).displayName(nameFromCatalog ? null : name).build();
    } catch (IllegalArgumentException e) {
      // The model's act rules (Entry): no value on a non-observation act, a slot that fits its act and value.
      throw fail(JsonCodes.BAD_VALUE, "the entry breaks an act rule of the model (" + e.getMessage() + ")", start, e);
    }
  }

  private EntryShape shape() throws IOException {
    String text = string();
    if (text == null) {
      return null;
    }
    for (EntryShape shape : SHAPES) {
      if (shape.name().equals(text)) {
        return shape;
      }
    }
    throw fail(JsonCodes.BAD_VALUE, "shape must name an EntryShape (OBSERVATION, ORGANIZER_COMPONENT, ...)");
  }

  private ValuePosition position() throws IOException {
    String text = string();
    if (text == null) {
      return null;
    }
    for (ValuePosition position : POSITIONS) {
      if (position.name().equals(text)) {
        return position;
      }
    }
    throw fail(JsonCodes.BAD_VALUE, "position must name a ValuePosition (OBSERVATION, ACT_CODE, ROUTE_CODE, ...)");
  }

  // ---------------------------------------------------------------- values

  private InstanceIdentifier identifier() throws IOException {
    return present(JsonToken.START_OBJECT, "an object") ? (InstanceIdentifier) value(Place.IDENTIFIER) : null;
  }

  private CodedValue coded() throws IOException {
    return present(JsonToken.START_OBJECT, "an object") ? (CodedValue) value(Place.CODED) : null;
  }

  /**
   * A value object (the parser on its START_OBJECT): fields collected in any order, then checked against the
   * type's rules. Fields the type does not use are reported like unknown fields.
   */
  private Hl7Value value(Place place) throws IOException {
    JsonLocation start = p.currentTokenLocation();
    String[] text = new String[VALUE_FIELDS.length];
    JsonToken valueKind = null;
    long seen = 0;
    for (String name = nextField(); name != null; name = nextField()) {
      path.push(name);
      int field = valueField(name);
      if (field < 0) {
        unknown();
      } else {
        seen = once(seen, field);
        if (field == V_VALUE) {
          valueKind = p.currentToken();
          text[field] = scalar();
        } else {
          text[field] = string();
        }
      }
      path.pop();
    }
    long present = 0;
    for (int i = 0; i < text.length; i++) {
      if (text[i] != null) {
        present |= 1L << i;
      }
    }
    Hl7Type type = type(place, text[V_TYPE], start);
    if (text[V_NULL_FLAVOR] != null) {
      if (place != Place.ENTRY_VALUE && place != Place.TIME) {
        throw fail(JsonCodes.BAD_VALUE, "nullFlavor is allowed only in an entry's value or an effectiveTime", start,
            null, "nullFlavor");
      }
      NullFlavor flavor = NullFlavor.fromCode(text[V_NULL_FLAVOR]).orElseThrow(() -> fail(JsonCodes.BAD_VALUE,
          "nullFlavor must be an HL7 NullFlavor code (NI, NA, UNK, ASKU, NAV, NASK, MSK, OTH, PINF, NINF, TRC, QS)",
          start, null, "nullFlavor"));
      unused(present, USES_NULL, type, start);
      return NullValue.of(type, flavor);
    }
    switch (type) {
      case II:
        unused(present, USES_II, type, start);
        String root = text[V_ROOT];
        InstanceIdentifier.Builder id = InstanceIdentifier.builder().root(root).extension(text[V_EXTENSION])
            .assigningAuthorityName(text[V_AUTHORITY]);
        if (root == null || !Oids.isValid(root)) {
          keptInvalid(start, "root", "II root missing or not a dotted OID (ITU-T X.660)");
          return id.buildAsWritten();
        }
        return id.build();
      case CD:
      case CE:
      case CV:
        unused(present, USES_CODED, type, start);
        String code = required(text, V_CODE, start);
        if (code.isEmpty()) {
          throw fail(JsonCodes.BAD_VALUE, type + " code must not be empty", start, null, "code");
        }
        String codeSystem = text[V_CODE_SYSTEM];
        CodedValue.Builder coded = CodedValue.builder().type(type).code(code).codeSystem(codeSystem)
            .codeSystemName(text[V_CODE_SYSTEM_NAME]).displayName(text[V_DISPLAY_NAME]);
        if (codeSystem == null || !Oids.isValid(codeSystem)) {
          keptInvalid(start, "codeSystem", type + " codeSystem missing or not a dotted OID (ITU-T X.660)");
          return coded.buildAsWritten();
        }
        return coded.build();
      case PQ:
        unused(present, USES_PQ, type, start);
        String pq = required(text, V_VALUE, start);
        BigDecimal quantity = decimalOrKept(pq, valueKind, type, start);
        return quantity == null ? PhysicalQuantity.invalid(pq, text[V_UNIT])
            : text[V_UNIT] == null ? PhysicalQuantity.unitless(quantity) : PhysicalQuantity.of(quantity, text[V_UNIT]);
      case TS:
        unused(present, USES_SCALAR, type, start);
        return pointInTime(stringValue(required(text, V_VALUE, start), valueKind, type, start), start, "value");
      case IVL_TS:
        unused(present, USES_IVL, type, start);
        PointInTime low = text[V_LOW] == null ? null : pointInTime(text[V_LOW], start, "low");
        PointInTime high = text[V_HIGH] == null ? null : pointInTime(text[V_HIGH], start, "high");
        TimeInterval ivl = TimeInterval.asWritten(low, high);
        if (ivl.reversed()) {
          keptInvalid(start, "low", "IVL_TS low after high");
        }
        return ivl;
      case ST:
        unused(present, USES_SCALAR, type, start);
        return Text.of(stringValue(required(text, V_VALUE, start), valueKind, type, start));
      case INT:
        unused(present, USES_SCALAR, type, start);
        String integer = required(text, V_VALUE, start);
        if (valueKind == JsonToken.VALUE_STRING && !isInteger(integer)) {
          // the JSON form of an INT kept as written: a string that is no integer (integers are JSON numbers)
          keptInvalid(start, "value", "INT value is no integer");
          return IntegerValue.invalid(integer);
        }
        return IntegerValue.of(integer(integer, valueKind, start));
      case REAL:
        unused(present, USES_SCALAR, type, start);
        String real = required(text, V_VALUE, start);
        BigDecimal number = decimalOrKept(real, valueKind, type, start);
        return number == null ? RealValue.invalid(real) : RealValue.of(number);
      case BL:
        unused(present, USES_SCALAR, type, start);
        String bool = required(text, V_VALUE, start);
        if (valueKind == JsonToken.VALUE_STRING && !bool.equals("true") && !bool.equals("false")) {
          // the JSON form of a BL kept as written: a string, never "true" or "false" (those are JSON booleans)
          keptInvalid(start, "value", "BL value is no boolean");
          return BooleanValue.invalid(bool);
        }
        if (valueKind != JsonToken.VALUE_TRUE && valueKind != JsonToken.VALUE_FALSE) {
          throw fail(JsonCodes.WRONG_KIND, "BL value must be a JSON boolean", start, null, "value");
        }
        return BooleanValue.of(valueKind == JsonToken.VALUE_TRUE);
      case MO:
        unused(present, USES_MO, type, start);
        String mo = required(text, V_VALUE, start);
        BigDecimal amount = decimalOrKept(mo, valueKind, type, start);
        return amount == null ? MonetaryAmount.invalid(mo, text[V_CURRENCY])
            : MonetaryAmount.of(amount, text[V_CURRENCY]);
      case ED:
        unused(present, USES_ED, type, start);
        return encapsulated(text, valueKind, start);
      default:
        throw fail(JsonCodes.BAD_TYPE, "type not supported", start, null, "type");
    }
  }

  private static int valueField(String name) {
    switch (name) {
      case "type":
        return V_TYPE;
      case "nullFlavor":
        return V_NULL_FLAVOR;
      case "root":
        return V_ROOT;
      case "extension":
        return V_EXTENSION;
      case "assigningAuthorityName":
        return V_AUTHORITY;
      case "code":
        return V_CODE;
      case "codeSystem":
        return V_CODE_SYSTEM;
      case "codeSystemName":
        return V_CODE_SYSTEM_NAME;
      case "displayName":
        return V_DISPLAY_NAME;
      case "value":
        return V_VALUE;
      case "unit":
        return V_UNIT;
      case "currency":
        return V_CURRENCY;
      case "low":
        return V_LOW;
      case "high":
        return V_HIGH;
      case "mediaType":
        return V_MEDIA_TYPE;
      case "representation":
        return V_REPRESENTATION;
      default:
        return -1;
    }
  }

  private Hl7Type type(Place place, String name, JsonLocation start) {
    if (name == null) {
      switch (place) {
        case IDENTIFIER:
          return Hl7Type.II;
        case CODED:
          return Hl7Type.CD;
        case QUANTITY:
          return Hl7Type.PQ;
        default:
          throw fail(JsonCodes.BAD_TYPE, "a value needs \"type\" (its HL7 data type, e.g. ST, CD, PQ)", start, null,
              "type");
      }
    }
    Hl7Type type = null;
    for (Hl7Type t : TYPES) {
      if (t.name().equals(name)) {
        type = t;
        break;
      }
    }
    if (type == null) {
      throw fail(JsonCodes.BAD_TYPE, "type must be an HL7 data type of the model (II, CD, CE, CV, PQ, TS, IVL_TS, "
          + "ST, INT, REAL, BL, MO, ED)", start, null, "type");
    }
    boolean allowed;
    switch (place) {
      case IDENTIFIER:
        allowed = type == Hl7Type.II;
        break;
      case CODED:
        allowed = type.isCoded();
        break;
      case QUANTITY:
        allowed = type == Hl7Type.PQ;
        break;
      case TIME:
        allowed = type == Hl7Type.IVL_TS || type == Hl7Type.TS;
        break;
      default:
        allowed = true;
    }
    if (!allowed) {
      throw fail(JsonCodes.BAD_TYPE, "type not allowed here (expected " + expected(place) + ")", start, null, "type");
    }
    return type;
  }

  private static String expected(Place place) {
    switch (place) {
      case IDENTIFIER:
        return "II";
      case CODED:
        return "CD, CE or CV";
      case TIME:
        return "IVL_TS or TS";
      default:
        return "PQ";
    }
  }

  /** Reports (or refuses) each present field that {@code type} does not use. */
  private void unused(long present, long uses, Hl7Type type, JsonLocation start) {
    long extra = present & ~uses;
    for (int i = 0; extra != 0; i++, extra >>>= 1) {
      if ((extra & 1) != 0) {
        String where = path.pointer(VALUE_FIELDS[i]);
        if (refuseUnknown) {
          throw new CodecException(JsonCodes.UNKNOWN_REFUSED, "field not used by type " + type
              + " (refused: REFUSE_UNKNOWN_FIELDS)", where, line(start), column(start), null);
        }
        warn(JsonCodes.UNUSED_FIELD, where, start, "field not used by type " + type + "; skipped");
      }
    }
  }

  private String required(String[] text, int field, JsonLocation start) {
    String value = text[field];
    if (value == null) {
      throw fail(JsonCodes.MISSING, "required field missing", start, null, VALUE_FIELDS[field]);
    }
    return value;
  }

  private String stringValue(String value, JsonToken kind, Hl7Type type, JsonLocation start) {
    if (kind != JsonToken.VALUE_STRING) {
      throw fail(JsonCodes.WRONG_KIND, type + " value must be a JSON string", start, null, "value");
    }
    return value;
  }

  /**
   * A TS string; one that names no point in time is kept as written (an invalid {@link PointInTime}, as the XML
   * decoder keeps it in lenient mode, so that a document goes XML to JSON and back unchanged) and reported
   * (JSON-0921); the validator reports it as an error.
   */
  private PointInTime pointInTime(String literal, JsonLocation start, String field) {
    try {
      return PointInTime.parse(literal);
    } catch (ValidationException | IllegalArgumentException e) {
      String at = field == null ? path.pointer() : path.pointer() + "/" + field;
      warn(JsonCodes.VALUE_KEPT_INVALID, at, start, "not a TS point in time YYYY[MM[DD[HH[MM[SS[.S+]]]]]][+|-ZZZZ] "
          + "naming a real date and time (HL7 V3 Data Types R1); kept as written");
      return PointInTime.invalid(literal);
    }
  }


  /** Reports a value kept as written (JSON-0921), as the XML decoder keeps it in lenient mode (CDA-0921). */
  private void keptInvalid(JsonLocation start, String field, String rule) {
    warn(JsonCodes.VALUE_KEPT_INVALID, path.pointer() + "/" + field, start, rule + "; kept as written");
  }

  /**
   * A PQ, REAL or MO decimal; a JSON string that is no decimal (e.g. {@code ""}) is the form of a value kept as
   * written: reported (JSON-0921), null returned. Anything but a string or number is refused as before.
   */
  private BigDecimal decimalOrKept(String text, JsonToken kind, Hl7Type type, JsonLocation start) {
    if (kind == JsonToken.VALUE_STRING) {
      BigDecimal value = null;
      if (text.length() <= Decimals.MAX_LENGTH && isDecimal(text)) {
        try {
          value = Decimals.parse(text);
        } catch (ValidationException e) {
          value = null; // beyond what a decimal of the model can be: kept as written, as the XML decoder keeps it
        }
      }
      if (value == null) {
        keptInvalid(start, "value", type + " value is no decimal within " + Decimals.MAX_DIGITS + " digits and scale "
            + "+/-" + Decimals.MAX_SCALE);
      }
      return value;
    }
    return decimal(text, kind, type, start);
  }

  private static boolean isInteger(String s) {
    try {
      Long.parseLong(s);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private BigDecimal decimal(String text, JsonToken kind, Hl7Type type, JsonLocation start) {
    if (kind != JsonToken.VALUE_STRING && kind != JsonToken.VALUE_NUMBER_INT && kind != JsonToken.VALUE_NUMBER_FLOAT) {
      throw fail(JsonCodes.WRONG_KIND, type + " value must be a decimal as a JSON string", start, null, "value");
    }
    if (text.length() > Decimals.MAX_LENGTH || !isDecimal(text)) {
      throw fail(JsonCodes.BAD_VALUE, type + " value must be a decimal: [-]digits[.digits][E[+|-]digits], at most "
          + Decimals.MAX_LENGTH + " characters", start, null, "value");
    }
    try {
      return Decimals.parse(text);
    } catch (ValidationException e) {
      throw fail(JsonCodes.BAD_VALUE, type + " value out of range: scale beyond +/-" + Decimals.MAX_SCALE, start, e,
          "value");
    }
  }

  /** {@code -?digits(.digits)?([eE][+-]?digits)?}: JSON's number grammar, leading zeros allowed. */
  static boolean isDecimal(String s) {
    int i = 0;
    int n = s.length();
    if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
      i++;
    }
    int digits = 0;
    while (i < n && isDigit(s.charAt(i))) {
      i++;
      digits++;
    }
    if (digits == 0) {
      return false;
    }
    if (i < n && s.charAt(i) == '.') {
      i++;
      int fraction = 0;
      while (i < n && isDigit(s.charAt(i))) {
        i++;
        fraction++;
      }
      if (fraction == 0) {
        return false;
      }
    }
    if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
        i++;
      }
      int exponent = 0;
      while (i < n && isDigit(s.charAt(i))) {
        i++;
        exponent++;
      }
      if (exponent == 0) {
        return false;
      }
    }
    return i == n;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private long integer(String text, JsonToken kind, JsonLocation start) {
    if (kind != JsonToken.VALUE_NUMBER_INT && kind != JsonToken.VALUE_STRING) {
      throw fail(JsonCodes.WRONG_KIND, "INT value must be a JSON integer", start, null, "value");
    }
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw fail(JsonCodes.BAD_VALUE, "INT value must be an integer in the 64-bit range", start, null, "value");
    }
  }

  private EncapsulatedData encapsulated(String[] text, JsonToken kind, JsonLocation start) {
    String representation = text[V_REPRESENTATION];
    String data = stringValue(required(text, V_VALUE, start), kind, Hl7Type.ED, start);
    if (representation == null || "TXT".equals(representation)) {
      return EncapsulatedData.ofText(text[V_MEDIA_TYPE], data);
    }
    if (!"B64".equals(representation)) {
      throw fail(JsonCodes.BAD_VALUE, "ED representation must be TXT or B64", start, null, "representation");
    }
    String mediaType = required(text, V_MEDIA_TYPE, start);
    try {
      return EncapsulatedData.ofBytes(mediaType, Base64.getDecoder().decode(data));
    } catch (IllegalArgumentException e) {
      throw fail(JsonCodes.BAD_VALUE, "ED value with representation B64 must be base64 (RFC 4648, padded)", start,
          e, "value");
    }
  }

  // ---------------------------------------------------------------- tokens

  /** Moves to the next field and onto its value; returns its name, or {@code null} at the end of the object. */
  private String nextField() throws IOException {
    JsonToken t = p.nextToken();
    if (t == JsonToken.END_OBJECT) {
      return null;
    }
    if (t != JsonToken.FIELD_NAME) {
      throw fail(JsonCodes.TRUNCATED, "truncated input: the object is not closed");
    }
    String name = p.currentName();
    next();
    return name;
  }

  private JsonToken next() throws IOException {
    JsonToken t = p.nextToken();
    if (t == null) {
      throw fail(JsonCodes.TRUNCATED, "truncated input");
    }
    return t;
  }

  /** Whether the current token is {@code expected}; false for JSON null; otherwise a wrong-kind failure. */
  private boolean present(JsonToken expected, String kind) {
    JsonToken t = p.currentToken();
    if (t == expected) {
      return true;
    }
    if (t == JsonToken.VALUE_NULL) {
      return false;
    }
    throw wrongKind(kind);
  }

  private void requireObject() {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw wrongKind("an object");
    }
  }

  /** The current string, or {@code null} for JSON null. */
  private String string() throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_STRING) {
      return p.getText();
    }
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    throw wrongKind("a string");
  }

  /** The text of the current string, number or boolean, or {@code null} for JSON null. */
  private String scalar() throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
      throw wrongKind("a string, number or boolean");
    }
    return p.getText();
  }

  /** An effectiveTime: a point in time as a string, else a value object (an interval or a null flavor). */
  private Hl7Value effectiveTime() throws IOException {
    if (p.currentToken() == JsonToken.START_OBJECT) {
      return value(Place.TIME);
    }
    return time();
  }

  private PointInTime time() throws IOException {
    String literal = string();
    return literal == null ? null : pointInTime(literal, p.currentTokenLocation(), null);
  }

  private long once(long seen, int bit) {
    long mask = 1L << bit;
    if ((seen & mask) != 0) {
      throw fail(JsonCodes.DUPLICATE, "field given twice in one object");
    }
    return seen | mask;
  }

  /** The parser is on the value of an unknown field: warn and skip it, or refuse it. */
  private void unknown() throws IOException {
    if (refuseUnknown) {
      throw fail(JsonCodes.UNKNOWN_REFUSED, "unknown field (refused: REFUSE_UNKNOWN_FIELDS)");
    }
    warn(JsonCodes.UNKNOWN_FIELD, path.pointer(), p.currentTokenLocation(), "unknown field; skipped with its content");
    p.skipChildren();
  }

  private void warn(String code, String pointer, JsonLocation l, String message) {
    if (warnings.size() < MAX_WARNINGS) {
      warnings.add(new DecodeWarning(code, pointer, line(l), column(l), message));
    } else {
      warningsNotListed++;
    }
  }

  // ---------------------------------------------------------------- failures

  private CodecException wrongKind(String kind) {
    return fail(JsonCodes.WRONG_KIND, "must be " + kind);
  }

  private CodecException missing(String field) {
    return new CodecException(JsonCodes.MISSING, "required field missing", path.pointer(field),
        line(p.currentTokenLocation()), column(p.currentTokenLocation()), null);
  }

  private CodecException fail(String code, String rule) {
    return fail(code, rule, p.currentTokenLocation(), null);
  }

  private CodecException fail(String code, String rule, JsonLocation l, Throwable cause) {
    return new CodecException(code, rule, path.pointer(), line(l), column(l), cause);
  }

  private CodecException fail(String code, String rule, JsonLocation l, Throwable cause, String field) {
    return new CodecException(code, rule, field == null ? path.pointer() : path.pointer(field), line(l), column(l),
        cause);
  }

  static int line(JsonLocation l) {
    return l == null || l.getLineNr() <= 0 ? -1 : l.getLineNr();
  }

  static int column(JsonLocation l) {
    return l == null || l.getLineNr() <= 0 ? -1 : l.getColumnNr();
  }
}
