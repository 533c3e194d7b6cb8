package io.hdx.model.document;

import java.util.Objects;
import java.util.Optional;

/**
 * A postal address as WS/T 500 headers write it ({@code addr use="H"}: houseNumber, streetName,
 * township, county, city, state, postalCode; WS/T 500-2016 header, standard's examples). Each part is the
 * text of the matching data element (DE02.01.009.xx).
 *
 * <p>{@link #toString()} reveals nothing but which parts are present.
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public final class Address {
  private final String use;
  private final String houseNumber;
  private final String streetName;
  private final String township;
  private final String county;
  private final String city;
  private final String state;
  private final String postalCode;

  private Address(Builder b) {
    this.use = b.use;
    this.houseNumber = b.houseNumber;
    this.streetName = b.streetName;
    this.township = b.township;
    this.county = b.county;
    this.city = b.city;
    this.state = b.state;
    this.postalCode = b.postalCode;
  }

  /** A new builder; use defaults to {@code H} (home). */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this address's parts. */
  public Builder toBuilder() {
    return new Builder().use(use).houseNumber(houseNumber).streetName(streetName).township(township).county(county)
        .city(city).state(state).postalCode(postalCode);
  }

  /** The {@code use} code, e.g. {@code H}. */
  public Optional<String> use() {
    return Optional.ofNullable(use);
  }

  /** 门牌号码. */
  public Optional<String> houseNumber() {
    return Optional.ofNullable(houseNumber);
  }

  /** 村(街、路、弄等). */
  public Optional<String> streetName() {
    return Optional.ofNullable(streetName);
  }

  /** 乡(镇、街道办事处). */
  public Optional<String> township() {
    return Optional.ofNullable(township);
  }

  /** 县(区). */
  public Optional<String> county() {
    return Optional.ofNullable(county);
  }

  /** 市(地区、州). */
  public Optional<String> city() {
    return Optional.ofNullable(city);
  }

  /** 省(自治区、直辖市). */
  public Optional<String> state() {
    return Optional.ofNullable(state);
  }

  /** 邮政编码. */
  public Optional<String> postalCode() {
    return Optional.ofNullable(postalCode);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Address)) {
      return false;
    }
    Address a = (Address) o;
    return Objects.equals(use, a.use) && Objects.equals(houseNumber, a.houseNumber)
        && Objects.equals(streetName, a.streetName) && Objects.equals(township, a.township)
        && Objects.equals(county, a.county) && Objects.equals(city, a.city) && Objects.equals(state, a.state)
        && Objects.equals(postalCode, a.postalCode);
  }

  @Override
  public int hashCode() {
    return Objects.hash(use, houseNumber, streetName, township, county, city, state, postalCode);
  }

  /** {@code Address[***]}: an address is personal data. */
  @Override
  public String toString() {
    return "Address[***]";
  }

  /**
   * Builds an {@link Address}. Thread safety: not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private String use = "H";
    private String houseNumber;
    private String streetName;
    private String township;
    private String county;
    private String city;
    private String state;
    private String postalCode;

    private Builder() {}

    /** The use code, or {@code null} for none. */
    public Builder use(String use) {
      this.use = use;
      return this;
    }

    /** 门牌号码, or {@code null}. */
    public Builder houseNumber(String houseNumber) {
      this.houseNumber = houseNumber;
      return this;
    }

    /** 村(街、路、弄等), or {@code null}. */
    public Builder streetName(String streetName) {
      this.streetName = streetName;
      return this;
    }

    /** 乡(镇、街道办事处), or {@code null}. */
    public Builder township(String township) {
      this.township = township;
      return this;
    }

    /** 县(区), or {@code null}. */
    public Builder county(String county) {
      this.county = county;
      return this;
    }

    /** 市(地区、州), or {@code null}. */
    public Builder city(String city) {
      this.city = city;
      return this;
    }

    /** 省(自治区、直辖市), or {@code null}. */
    public Builder state(String state) {
      this.state = state;
      return this;
    }

    /** 邮政编码, or {@code null}. */
    public Builder postalCode(String postalCode) {
      this.postalCode = postalCode;
      return this;
    }

    /** Builds the address. */
    public Address build() {
      return new Address(this);
    }
  }
}
