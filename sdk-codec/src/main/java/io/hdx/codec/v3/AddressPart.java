package io.hdx.codec.v3;

import java.util.Objects;

/**
 * One part of a postal address (AD): its type and value. The 2016 national style writes
 * {@code <part type="STA" value=".."/>}, the older R1 style an element per part ({@code <state>..</state>});
 * {@link Type} maps the two.
 *
 * <p>Thread safety: immutable; {@link #toString()} masks the value.
 *
 * @since 0.1.0
 */
public final class AddressPart {
  /** The part types the national samples use (HL7 V3 AddressPartType), with their R1 element names. */
  public enum Type {
    /** Full unstructured address (非结构化地址). */
    SAL("streetAddressLine"),
    /** Province (省). */
    STA("state"),
    /** City (市). */
    CTY("city"),
    /** County (县/区). */
    CNT("county"),
    /** Township or street office (乡/镇/街道). */
    STB("streetNameBase"),
    /** Village or street (村/街/路). */
    STR("streetName"),
    /** House number (门牌号码). */
    BNR("houseNumber"),
    /** Postal code (邮政编码). */
    ZIP("postalCode");

    private final String r1Element;

    Type(String r1Element) {
      this.r1Element = r1Element;
    }

    /** The R1 element name of this part, e.g. {@code state}. */
    public String r1Element() {
      return r1Element;
    }

    static Type fromR1Element(String local) {
      for (Type t : values()) {
        if (t.r1Element.equals(local)) {
          return t;
        }
      }
      return null;
    }

    static Type fromCode(String code) {
      for (Type t : values()) {
        if (t.name().equals(code)) {
          return t;
        }
      }
      return null;
    }
  }

  private final Type type;
  private final String value;

  private AddressPart(Type type, String value) {
    this.type = Objects.requireNonNull(type, "type");
    this.value = Objects.requireNonNull(value, "value");
  }

  /** A part of the given type. */
  public static AddressPart of(Type type, String value) {
    return new AddressPart(type, value);
  }

  /** The part's type. */
  public Type type() {
    return type;
  }

  /** The part's value. */
  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AddressPart && type == ((AddressPart) o).type && value.equals(((AddressPart) o).value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, value);
  }

  @Override
  public String toString() {
    return "AddressPart{" + type + "=***}";
  }
}
