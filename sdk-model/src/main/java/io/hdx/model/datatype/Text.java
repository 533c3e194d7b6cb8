package io.hdx.model.datatype;

import java.util.Objects;

/**
 * HL7 V3 ST: a character string, e.g. a chief complaint (主诉) or a patient's name.
 *
 * <p>{@link #toString()} shows only the length: text is often patient data.
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public final class Text implements Hl7Value {
  private final String value;

  private Text(String value) {
    this.value = Objects.requireNonNull(value, "value");
  }

  /** The string {@code value}. */
  public static Text of(String value) {
    return new Text(value);
  }

  @Override
  public Hl7Type type() {
    return Hl7Type.ST;
  }

  /** The string. */
  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Text && value.equals(((Text) o).value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** {@code ST[n chars]}: never the text. */
  @Override
  public String toString() {
    return "ST[" + value.length() + " chars]";
  }
}
