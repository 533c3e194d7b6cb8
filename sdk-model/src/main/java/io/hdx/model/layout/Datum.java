package io.hdx.model.layout;

import io.hdx.model.spec.Cardinality;
import io.hdx.model.spec.ValuePosition;
import java.util.Objects;
import java.util.Optional;

/**
 * One datum of a document's layout: a header field (e.g. {@code patient.name}) or a body slot (a data element in
 * a section, at its {@link ValuePosition}), with its CDA path (XPath), its name in the JSON form
 * (hdx-cda-json/1), its data element where it has one, its HL7 type, its cardinality, its group and its
 * personal-data category.
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public final class Datum {
  /** Where in the document a datum sits. */
  public enum Kind {
    /** A field of the CDA header. */
    HEADER,
    /** A part every section has (its narrative, its entries' times). */
    SECTION,
    /** A data element's value in a section's entries. */
    BODY
  }

  private final Kind kind;
  private final String name;
  private final String sectionKey;
  private final String xpath;
  private final String jsonName;
  private final String dataElement;
  private final String type;
  private final Cardinality cardinality;
  private final PersonalDataCategory category;
  private final String group;
  private final ValuePosition position;
  private final String codeSystem;

  Datum(Kind kind, String name, String sectionKey, String xpath, String jsonName, String dataElement, String type,
      Cardinality cardinality, PersonalDataCategory category, String group, ValuePosition position) {
    this(kind, name, sectionKey, xpath, jsonName, dataElement, type, cardinality, category, group, position, null);
  }

  Datum(Kind kind, String name, String sectionKey, String xpath, String jsonName, String dataElement, String type,
      Cardinality cardinality, PersonalDataCategory category, String group, ValuePosition position,
      String codeSystem) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.name = Objects.requireNonNull(name, "name");
    this.sectionKey = sectionKey;
    this.xpath = Objects.requireNonNull(xpath, "xpath");
    this.jsonName = Objects.requireNonNull(jsonName, "jsonName");
    this.dataElement = dataElement;
    this.type = Objects.requireNonNull(type, "type");
    this.cardinality = Objects.requireNonNull(cardinality, "cardinality");
    this.category = Objects.requireNonNull(category, "category");
    this.group = group;
    this.position = Objects.requireNonNull(position, "position");
    this.codeSystem = codeSystem;
  }

  /** Header field, section part or body slot. */
  public Kind kind() {
    return kind;
  }

  /**
   * The datum's name: the header field ({@code patient.name}, {@code author.time}), the section part
   * ({@code section.text}), or for a body slot its data element code.
   */
  public String name() {
    return name;
  }

  /** The section a body slot or section part belongs to (LOINC code, or the name of an uncoded section). */
  public Optional<String> sectionKey() {
    return Optional.ofNullable(sectionKey);
  }

  /** The CDA path, e.g. {@code /ClinicalDocument/recordTarget/patientRole/patient/name}. */
  public String xpath() {
    return xpath;
  }

  /** The name in the JSON form, e.g. {@code /patient/name}, {@code /sections[10154-3]/entries[de=DE04.01.119.00]/value}. */
  public String jsonName() {
    return jsonName;
  }

  /** The WS 363 data element (or WS 445 data-set item) code, where the datum has one. */
  public Optional<String> dataElement() {
    return Optional.ofNullable(dataElement);
  }

  /** The HL7 V3 type name, e.g. {@code ST}, {@code CD}, {@code PN}, {@code TEL}. */
  public String type() {
    return type;
  }

  /** How often the datum occurs in a document of this kind. */
  public Cardinality cardinality() {
    return cardinality;
  }

  /** The personal-data category. */
  public PersonalDataCategory category() {
    return category;
  }

  /**
   * The group the datum belongs to within its section, e.g. the diagnosis name's code {@code DE05.01.025.00}
   * for its ICD-10 code and rank, {@code SUBSTANCE_ADMINISTRATION} for a drug's parts, {@code ORGANIZER}; empty
   * for a datum of its own.
   */
  public Optional<String> group() {
    return Optional.ofNullable(group);
  }

  /** Where a body slot's value sits in its act; {@link ValuePosition#OBSERVATION} for everything else. */
  public ValuePosition position() {
    return position;
  }

  /**
   * The code system a body datum's code is written in: 2.16.156.10011.2.2.1 for a WS 363 data element, the system
   * the samples use for a WS 445 data-set item (2.16.156.10011.2.2.4 for the C0032/C0033 fee items, 2.2.1 for
   * HDSD00.12.099; sdk-model/src/build/facts/wst500-dataset-items.tsv); for a coded header field, the code system
   * WS/T 500 fixes for its value (GB/T 2261.1 for the patient's sex ...); empty otherwise.
   */
  public Optional<String> codeSystem() {
    return Optional.ofNullable(codeSystem);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Datum)) {
      return false;
    }
    Datum d = (Datum) o;
    return kind == d.kind && name.equals(d.name) && Objects.equals(sectionKey, d.sectionKey) && xpath.equals(d.xpath)
        && jsonName.equals(d.jsonName) && Objects.equals(dataElement, d.dataElement) && type.equals(d.type)
        && cardinality.equals(d.cardinality) && category == d.category && Objects.equals(group, d.group)
        && position == d.position && Objects.equals(codeSystem, d.codeSystem);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, name, sectionKey, xpath, jsonName, dataElement, type, cardinality, category, group,
        position, codeSystem);
  }

  /** {@code path  json-name  DE-code|-  type  cardinality  category}, as {@code hdx spec show --layout} prints it. */
  @Override
  public String toString() {
    return xpath + "  " + jsonName + "  " + (dataElement == null ? "-" : dataElement) + "  " + type + "  "
        + cardinality + "  " + category.word();
  }
}
