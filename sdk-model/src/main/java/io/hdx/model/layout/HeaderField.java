package io.hdx.model.layout;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One field of a {@link HeaderObject}: its name in the layout ({@code residentId}, {@code author}), its name in the
 * JSON form ({@code residentId}, {@code authors}), its {@link Form}, how to read it from a model node and how to set
 * it on the node's builder. The fields of the header's objects are the steps of the layout's header paths
 * ({@code layout-header.tsv}: {@code patient.address.city} is the document's {@code patient}, the patient's
 * {@code address}, the address's {@code city}); an engine that reads them (the JSON reader and writer, the layout's
 * walker) follows a field added to the layout without an edit of its own.
 *
 * <p>Thread safety: immutable.
 *
 * @param <N> the model node the field belongs to
 * @param <B> the node's builder
 * @param <V> one value of the field
 * @since 0.1.0
 */
public final class HeaderField<N, B, V> {
  /** What a field holds, which decides its JSON form (sdk-codec/JSON.md). */
  public enum Form {
    /** A string ({@code String}): a name, a phone, an address line, a role name, a language code. */
    TEXT(false),
    /** An identifier ({@code InstanceIdentifier}, HL7 II). */
    IDENTIFIER(false),
    /** A code ({@code CodedValue}, HL7 CD/CE/CV). */
    CODED(false),
    /** A point in time ({@code PointInTime}, HL7 TS). */
    TIME(false),
    /** A 32-bit integer ({@code Integer}, HL7 INT): the version number. */
    INTEGER(false),
    /** A quantity ({@code PhysicalQuantity}, HL7 PQ): the age. */
    QUANTITY(false),
    /** A time as written ({@code Hl7Value}): a point in time, an IVL_TS interval or a null flavor. */
    EFFECTIVE_TIME(false),
    /** Identifiers ({@code InstanceIdentifier}, 0..*). */
    IDENTIFIERS(true),
    /** A nested object ({@link HeaderField#object()}). */
    OBJECT(false),
    /** Nested objects, 0..* ({@link HeaderField#object()}). */
    OBJECTS(true);

    private final boolean many;

    Form(boolean many) {
      this.many = many;
    }

    /** Whether the field holds a list (an array in JSON); otherwise at most one value. */
    public boolean isList() {
      return many;
    }
  }

  private final String name;
  private final String jsonName;
  private final Form form;
  private final Class<V> valueClass;
  private final Supplier<HeaderObject<V, ?>> object;
  private final Function<N, Optional<V>> one;
  private final Function<N, List<V>> many;
  private final BiConsumer<B, V> setter;

  private HeaderField(String name, String jsonName, Form form, Class<V> valueClass,
      Supplier<HeaderObject<V, ?>> object, Function<N, Optional<V>> one, Function<N, List<V>> many,
      BiConsumer<B, V> setter) {
    this.name = name;
    this.jsonName = jsonName;
    this.form = form;
    this.valueClass = valueClass;
    this.object = object;
    this.one = one;
    this.many = many;
    this.setter = setter;
  }

  /** A field of at most one value. */
  static <N, B, V> HeaderField<N, B, V> one(String name, Form form, Class<V> valueClass,
      Function<N, Optional<V>> getter, BiConsumer<B, V> setter) {
    return new HeaderField<>(name, name, form, valueClass, null, getter, null, setter);
  }

  /** A field of at most one nested object. */
  static <N, B, V> HeaderField<N, B, V> object(String name, Class<V> valueClass, Supplier<HeaderObject<V, ?>> object,
      Function<N, Optional<V>> getter, BiConsumer<B, V> setter) {
    return new HeaderField<>(name, name, Form.OBJECT, valueClass, object, getter, null, setter);
  }

  /** A list field ({@link Form#IDENTIFIERS} or {@link Form#OBJECTS}); {@code adder} adds one value. */
  static <N, B, V> HeaderField<N, B, V> many(String name, String jsonName, Form form, Class<V> valueClass,
      Supplier<HeaderObject<V, ?>> object, Function<N, List<V>> getter, BiConsumer<B, V> adder) {
    return new HeaderField<>(name, jsonName, form, valueClass, object, null, getter, adder);
  }

  /** The field's step in a layout header path ({@code author} in {@code author.time}). */
  public String name() {
    return name;
  }

  /** The field's name in the JSON form ({@code authors}). */
  public String jsonName() {
    return jsonName;
  }

  /** What the field holds. */
  public Form form() {
    return form;
  }

  /** The class of one value. */
  public Class<V> valueClass() {
    return valueClass;
  }

  /** The object a {@link Form#OBJECT} or {@link Form#OBJECTS} field holds; empty for other forms. */
  public Optional<HeaderObject<V, ?>> object() {
    return object == null ? Optional.<HeaderObject<V, ?>>empty() : Optional.<HeaderObject<V, ?>>of(object.get());
  }

  /** The value of a field of at most one value in {@code node}; IAE for a list field. */
  public Optional<V> value(N node) {
    if (one == null) {
      throw new IllegalArgumentException(name + " is a list; use values()");
    }
    return one.apply(Objects.requireNonNull(node, "node"));
  }

  /** Every value of the field in {@code node}: none, one, or for a list field all in order. */
  public List<V> values(N node) {
    if (many != null) {
      return many.apply(Objects.requireNonNull(node, "node"));
    }
    Optional<V> v = value(node);
    return v.isPresent() ? Collections.singletonList(v.get()) : Collections.<V>emptyList();
  }

  /** Sets {@code value} on {@code builder}; for a list field, adds it. */
  public void set(B builder, V value) {
    setter.accept(Objects.requireNonNull(builder, "builder"), Objects.requireNonNull(value, "value"));
  }

  @Override
  public String toString() {
    return "HeaderField[" + name + " " + form + "]";
  }
}
