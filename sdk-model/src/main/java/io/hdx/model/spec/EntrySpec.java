package io.hdx.model.spec;

import io.hdx.model.Confidence;

import io.hdx.model.datatype.Hl7Type;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One entry of a section: the data element it carries (WS 363 code {@code DEab.cd.efg.hi}), the
 * HL7 type of its value, where it sits ({@link EntryShape}, and its parent data element when
 * nested), its {@link ValuePosition} in the act, the value set a coded value is bound to, the unit of a quantity, and how often it may
 * occur.
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public final class EntrySpec {
  private final String dataElement;
  private final String nameZh;
  private final Hl7Type valueType;
  private final EntryShape shape;
  private final String parent;
  private final ValuePosition position;
  private final String valueSet;
  private final String valueSetName;
  private final BindingStrength binding;
  private final String unit;
  private final Cardinality cardinality;
  private final String cardinalitySource;
  private final Confidence confidence;
  private final Set<Hl7Type> alsoTypes;

  private EntrySpec(Builder b) {
    this.dataElement = Objects.requireNonNull(b.dataElement, "dataElement");
    this.nameZh = Objects.requireNonNull(b.nameZh, "nameZh");
    this.valueType = Objects.requireNonNull(b.valueType, "valueType");
    this.shape = Objects.requireNonNull(b.shape, "shape");
    this.parent = b.parent;
    this.position = Objects.requireNonNull(b.position, "position");
    this.valueSet = b.valueSet;
    this.valueSetName = b.valueSetName;
    this.binding = valueSet == null ? null : Objects.requireNonNull(b.binding, "binding");
    this.unit = b.unit;
    this.cardinality = Objects.requireNonNull(b.cardinality, "cardinality");
    this.cardinalitySource = b.cardinalitySource;
    this.confidence = Objects.requireNonNull(b.confidence, "confidence");
    EnumSet<Hl7Type> also = EnumSet.noneOf(Hl7Type.class);
    also.addAll(b.alsoTypes);
    also.remove(valueType);
    this.alsoTypes = Collections.unmodifiableSet(also);
  }

  /** A new builder; shape defaults to OBSERVATION, cardinality to {@code 0..1}. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this spec's fields. */
  public Builder toBuilder() {
    return new Builder().dataElement(dataElement).nameZh(nameZh).valueType(valueType).shape(shape).parent(parent)
        .position(position).valueSet(valueSet, valueSetName, binding).unit(unit).cardinality(cardinality)
        .cardinalitySource(cardinalitySource).confidence(confidence).alsoTypes(alsoTypes);
  }

  /** The data element code, e.g. {@code DE04.01.119.00}. */
  public String dataElement() {
    return dataElement;
  }

  /** The data element's Chinese name as the document uses it, e.g. {@code 主诉}. */
  public String nameZh() {
    return nameZh;
  }

  /** The HL7 type of the value ({@code xsi:type}). */
  public Hl7Type valueType() {
    return valueType;
  }

  /** Where the entry sits in the section. */
  public EntryShape shape() {
    return shape;
  }

  /** For nested shapes, the data element code of the enclosing entry. */
  public Optional<String> parent() {
    return Optional.ofNullable(parent);
  }

  /** Where the value sits in its act: a slot such as the drug name, or an observation of its own. */
  public ValuePosition position() {
    return position;
  }

  /** The OID of the value set a coded value is bound to. */
  public Optional<String> valueSet() {
    return Optional.ofNullable(valueSet);
  }

  /** The bound value set's name as the samples write it in codeSystemName. */
  public Optional<String> valueSetName() {
    return Optional.ofNullable(valueSetName);
  }

  /** How strictly the value set binds, when there is one. */
  public Optional<BindingStrength> binding() {
    return Optional.ofNullable(binding);
  }

  /** The unit of a PQ value, e.g. {@code mmHg}. */
  public Optional<String> unit() {
    return Optional.ofNullable(unit);
  }

  /** How often the entry may occur in its section. */
  public Cardinality cardinality() {
    return cardinality;
  }

  /**
   * Where {@link #cardinality()} is stated (a standard's clause or a cited source); empty when it is only
   * inferred from samples (presence in one or two example corpora), in which case a validator does not enforce it:
   * an unknown cardinality raises nothing.
   */
  public Optional<String> cardinalitySource() {
    return Optional.ofNullable(cardinalitySource);
  }

  /** How far the entry's presence in this section is confirmed. */
  public Confidence confidence() {
    return confidence;
  }

  /**
   * Other types the value is written in by a source as good as the one {@link #valueType()} comes from (one
   * rendering of the WS/T 500 examples writes 手术间编号 as BL, the other as ST): a validator accepts them too, since
   * neither rests on more than one source. Empty for most entries.
   *
   * @since 0.1.0
   */
  public Set<Hl7Type> alsoTypes() {
    return alsoTypes;
  }

  /** Whether a value of {@code type} is a value this entry is written with ({@link #valueType()} or an also-type). */
  public boolean accepts(Hl7Type type) {
    return type == valueType || alsoTypes.contains(type);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof EntrySpec)) {
      return false;
    }
    EntrySpec other = (EntrySpec) o;
    return dataElement.equals(other.dataElement) && nameZh.equals(other.nameZh) && valueType == other.valueType
        && shape == other.shape && Objects.equals(parent, other.parent) && position == other.position && Objects.equals(valueSet, other.valueSet)
        && Objects.equals(valueSetName, other.valueSetName) && binding == other.binding
        && Objects.equals(unit, other.unit) && cardinality.equals(other.cardinality)
        && Objects.equals(cardinalitySource, other.cardinalitySource)
        && confidence == other.confidence && alsoTypes.equals(other.alsoTypes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(dataElement, nameZh, valueType, shape, parent, position, valueSet, valueSetName, binding, unit,
        cardinality, cardinalitySource, confidence, alsoTypes);
  }

  @Override
  public String toString() {
    return dataElement + " " + valueType + " " + shape + " " + cardinality;
  }

  /**
   * Builds an {@link EntrySpec}. Thread safety: not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private String dataElement;
    private String nameZh;
    private Hl7Type valueType;
    private EntryShape shape = EntryShape.OBSERVATION;
    private String parent;
    private ValuePosition position = ValuePosition.OBSERVATION;
    private String valueSet;
    private String valueSetName;
    private BindingStrength binding;
    private String unit;
    private Cardinality cardinality = Cardinality.OPTIONAL;
    private String cardinalitySource;
    private final Set<Hl7Type> alsoTypes = EnumSet.noneOf(Hl7Type.class);
    private Confidence confidence = Confidence.UNCONFIRMED;

    private Builder() {}

    /** The data element code (required). */
    public Builder dataElement(String dataElement) {
      this.dataElement = dataElement;
      return this;
    }

    /** The Chinese name (required). */
    public Builder nameZh(String nameZh) {
      this.nameZh = nameZh;
      return this;
    }

    /** The HL7 type of the value (required). */
    public Builder valueType(Hl7Type valueType) {
      this.valueType = valueType;
      return this;
    }

    /** Where the entry sits. */
    public Builder shape(EntryShape shape) {
      this.shape = shape;
      return this;
    }

    /** The enclosing entry's data element code, or {@code null}. */
    public Builder parent(String parent) {
      this.parent = parent;
      return this;
    }

    /** Where the value sits in its act; defaults to {@link ValuePosition#OBSERVATION}. */
    public Builder position(ValuePosition position) {
      this.position = position;
      return this;
    }

    /** The bound value set's OID, its name (or {@code null}) and binding; all {@code null} for none. */
    public Builder valueSet(String oid, String name, BindingStrength binding) {
      this.valueSet = oid;
      this.valueSetName = name;
      this.binding = binding;
      return this;
    }

    /** The unit of a PQ value, or {@code null}. */
    public Builder unit(String unit) {
      this.unit = unit;
      return this;
    }

    /** How often the entry may occur. */
    public Builder cardinality(Cardinality cardinality) {
      this.cardinality = cardinality;
      return this;
    }

    /** Where the cardinality is stated, or {@code null} when it is inferred from samples (the default). */
    public Builder cardinalitySource(String cardinalitySource) {
      this.cardinalitySource = cardinalitySource;
      return this;
    }

    /**
     * Other types sources write the value in ({@link EntrySpec#alsoTypes()}); replaces what was set.
     *
     * @since 0.1.0
     */
    public Builder alsoTypes(Set<Hl7Type> types) {
      alsoTypes.clear();
      alsoTypes.addAll(types);
      return this;
    }

    /** How far the entry is confirmed. */
    public Builder confidence(Confidence confidence) {
      this.confidence = confidence;
      return this;
    }

    /** Builds the spec. */
    public EntrySpec build() {
      return new EntrySpec(this);
    }
  }
}
