package io.hdx.model.datatype;

import java.util.Objects;

/**
 * A value of some type that is absent for a stated reason, e.g.
 * {@code <value xsi:type="CD" nullFlavor="UNK"/>}.
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public final class NullValue implements Hl7Value {
  private final Hl7Type type;
  private final NullFlavor nullFlavor;

  private NullValue(Hl7Type type, NullFlavor nullFlavor) {
    this.type = Objects.requireNonNull(type, "type");
    this.nullFlavor = Objects.requireNonNull(nullFlavor, "nullFlavor");
  }

  /** An absent value of {@code type} for the reason {@code nullFlavor}. */
  public static NullValue of(Hl7Type type, NullFlavor nullFlavor) {
    return new NullValue(type, nullFlavor);
  }

  @Override
  public Hl7Type type() {
    return type;
  }

  /** Why the value is absent. */
  public NullFlavor nullFlavor() {
    return nullFlavor;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof NullValue)) {
      return false;
    }
    NullValue other = (NullValue) o;
    return type == other.type && nullFlavor == other.nullFlavor;
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, nullFlavor);
  }

  @Override
  public String toString() {
    return type + "[nullFlavor=" + nullFlavor + "]";
  }
}
