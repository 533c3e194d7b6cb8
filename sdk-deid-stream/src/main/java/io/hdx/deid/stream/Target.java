package io.hdx.deid.stream;

import io.hdx.model.datatype.Oids;
import io.hdx.model.id.IdentifierOid;
import io.hdx.security.deid.Category;
import io.hdx.security.deid.Datum;
import io.hdx.security.deid.ValueKind;

/**
 * A datum's place in the stream: its path, data element, identifier OID, category, kind and value carrier
 * (the attribute that holds the value, or {@code #text}). Immutable.
 */
final class Target {
  final String path;
  final String dataElement;
  final String oid;
  final Category category;
  final ValueKind kind;
  final String carrier;
  final boolean numeric;
  /** The engine's datum: made once, the same for every value at this target. */
  final Datum datum;

  Target(String path, String dataElement, String oid, Category category, ValueKind kind, String carrier,
      boolean numeric) {
    this.path = path;
    this.dataElement = dataElement;
    this.oid = oid;
    this.category = category;
    this.kind = kind;
    this.carrier = carrier;
    this.numeric = numeric;
    Datum.Builder b = Datum.builder(path, category, kind);
    if (dataElement != null && dataElement.startsWith("DE")) {
      b.dataElement(dataElement);
    }
    if (oid != null && Oids.isValid(oid) && oid.indexOf('.') > 0) { // a dotted OID of two arcs or more
      b.identifierOid(oid);
    }
    this.datum = b.build();
  }

  /** The target of header field {@code d} on an element whose {@code @root} is {@code root} (may be null). */
  static Target header(io.hdx.model.layout.Datum d, String root) {
    Category c = LayoutIndex.category(d.category());
    String de = d.dataElement().orElse(null);
    String field = d.name();
    switch (d.type()) {
      case "II":
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

  /** The target of header attribute {@code name} whose datum is {@code d} ({@code telecom/@value}). */
  static Target headerAttribute(io.hdx.model.layout.Datum d, String name) {
    Category c = LayoutIndex.category(d.category());
    ValueKind kind = d.type().equals("TEL") ? ValueKind.PHONE : d.type().equals("INT") ? ValueKind.NUMBER
        : d.type().equals("ST") ? ValueKind.OTHER : ValueKind.CODE;
    return new Target(d.xpath(), d.dataElement().orElse(null), null, c, kind, name, d.type().equals("INT"));
  }
}
