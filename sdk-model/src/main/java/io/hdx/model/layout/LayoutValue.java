package io.hdx.model.layout;

import io.hdx.model.datatype.Hl7Value;
import java.util.Objects;
import java.util.Optional;

/**
 * One value of a document with the datum of its layout: what {@link DocumentLayout#walk} yields. {@link #pointer()}
 * is the value's exact place in the model, written as the JSON Pointer (RFC 6901) of the value in the
 * document's hdx-cda-json/1 form, e.g. {@code /patient/name} or {@code /sections/2/entries/0/components/1/value}.
 *
 * <p>{@link #toString()} shows the pointer, data element and category, never the value.
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public final class LayoutValue {
  private final Datum datum;
  private final String pointer;
  private final Hl7Value value;

  LayoutValue(Datum datum, String pointer, Hl7Value value) {
    this.datum = Objects.requireNonNull(datum, "datum");
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.value = Objects.requireNonNull(value, "value");
  }

  /** The datum of the layout the value fills. */
  public Datum datum() {
    return datum;
  }

  /** The value's place: its JSON Pointer in the hdx-cda-json/1 form of the document. */
  public String pointer() {
    return pointer;
  }

  /** The datum's CDA path (its layout path, without positions). */
  public String path() {
    return datum.xpath();
  }

  /** The data element, where the datum has one. */
  public Optional<String> dataElement() {
    return datum.dataElement();
  }

  /** The personal-data category. */
  public PersonalDataCategory category() {
    return datum.category();
  }

  /** The value; strings of the header (names, phones, address lines) as {@code ST}. */
  public Hl7Value value() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof LayoutValue)) {
      return false;
    }
    LayoutValue v = (LayoutValue) o;
    return datum.equals(v.datum) && pointer.equals(v.pointer) && value.equals(v.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(datum, pointer, value);
  }

  @Override
  public String toString() {
    return "LayoutValue[" + pointer + " " + datum.dataElement().orElse("-") + " " + datum.category().word() + "]";
  }
}
