package io.hdx.model.document;

import io.hdx.model.datatype.InstanceIdentifier;
import java.util.Objects;
import java.util.Optional;

/**
 * An organization or a place in one: a hospital (id root 2.16.156.10011.1.5), a department
 * (1.26), a ward (1.27), a room (1.21) or a bed (1.22), with the organization it is part of
 * ({@code asOrganizationPartOf/wholeOrganization}), innermost first (WS/T 500-2016 header, standard's examples).
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public final class Organization {
  private final InstanceIdentifier id;
  private final String name;
  private final String telecom;
  private final Organization partOf;

  private Organization(Builder b) {
    this.id = b.id;
    this.name = b.name;
    this.telecom = b.telecom;
    this.partOf = b.partOf;
  }

  /** An organization with {@code id} and {@code name}. */
  public static Organization of(InstanceIdentifier id, String name) {
    return builder().id(id).name(name).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this organization's fields. */
  public Builder toBuilder() {
    return new Builder().id(id).name(name).telecom(telecom).partOf(partOf);
  }

  /** The identifier. */
  public Optional<InstanceIdentifier> id() {
    return Optional.ofNullable(id);
  }

  /** The name. */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /** A phone number. */
  public Optional<String> telecom() {
    return Optional.ofNullable(telecom);
  }

  /** The organization this one is part of. */
  public Optional<Organization> partOf() {
    return Optional.ofNullable(partOf);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Organization)) {
      return false;
    }
    Organization other = (Organization) o;
    return Objects.equals(id, other.id) && Objects.equals(name, other.name)
        && Objects.equals(telecom, other.telecom) && Objects.equals(partOf, other.partOf);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, telecom, partOf);
  }

  @Override
  public String toString() {
    return "Organization[" + (id == null ? "" : id.root()) + (partOf == null ? "" : " partOf " + partOf) + "]";
  }

  /**
   * Builds an {@link Organization}. Thread safety: not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private InstanceIdentifier id;
    private String name;
    private String telecom;
    private Organization partOf;

    private Builder() {}

    /** The identifier, or {@code null}. */
    public Builder id(InstanceIdentifier id) {
      this.id = id;
      return this;
    }

    /** The name, or {@code null}. */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /** A phone number, or {@code null}. */
    public Builder telecom(String telecom) {
      this.telecom = telecom;
      return this;
    }

    /** The enclosing organization, or {@code null}. */
    public Builder partOf(Organization partOf) {
      this.partOf = partOf;
      return this;
    }

    /** Builds the organization. */
    public Organization build() {
      return new Organization(this);
    }
  }
}
