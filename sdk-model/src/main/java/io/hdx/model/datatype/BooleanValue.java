package io.hdx.model.datatype;

/**
 * HL7 V3 BL: a boolean, e.g. 过敏史标志 (allergy history flag).
 *
 * <p>Thread safety: immutable; the two instances are shared.
 *
 * @since 0.1.0
 */
public final class BooleanValue implements Hl7Value {
  /** {@code true}. */
  public static final BooleanValue TRUE = new BooleanValue(true);
  /** {@code false}. */
  public static final BooleanValue FALSE = new BooleanValue(false);

  private final boolean value;

  private BooleanValue(boolean value) {
    this.value = value;
  }

  /** The shared instance for {@code value}. */
  public static BooleanValue of(boolean value) {
    return value ? TRUE : FALSE;
  }

  @Override
  public Hl7Type type() {
    return Hl7Type.BL;
  }

  /** The boolean. */
  public boolean value() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BooleanValue && value == ((BooleanValue) o).value;
  }

  @Override
  public int hashCode() {
    return Boolean.hashCode(value);
  }

  @Override
  public String toString() {
    return "BL[" + value + "]";
  }
}
