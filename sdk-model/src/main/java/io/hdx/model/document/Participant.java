package io.hdx.model.document;

import io.hdx.model.datatype.CodedValue;
import io.hdx.model.datatype.InstanceIdentifier;
import io.hdx.model.datatype.PointInTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A person taking part in a document: its author ({@code assignedAuthor}, id root
 * 2.16.156.10011.1.7), a signer ({@code legalAuthenticator} / {@code authenticator}, id root 1.4,
 * role text in {@code code/@displayName}), an informant or a contact ({@code participant},
 * relationship coded in GB/T 4761) (WS/T 500-2016 header, standard's examples). A person's professional technical
 * position ({@code assignedPerson/professionalTechnicalPosition/professionaltechnicalpositionCode}, e.g. 正高 in
 * 专业技术职务类别代码表 2.16.156.10011.2.3.1.209) is the Chinese extension of CDA R2's Person (PCHIS.xsd, bzrrr/cda
 * {@code src/main/resources/sdschemas/PCHIS.xsd}), as the standard's examples write it for signers.
 *
 * <p>{@link #toString()} shows the id root and role only: never the name, id or contacts.
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public final class Participant {
  private final PointInTime time;
  private final InstanceIdentifier id;
  private final CodedValue code;
  private final String roleName;
  private final String name;
  private final CodedValue professionalTechnicalPosition;
  private final String telecom;
  private final Address address;
  private final Organization organization;

  private Participant(Builder b) {
    this.time = b.time;
    this.id = b.id;
    this.code = b.code;
    this.roleName = b.roleName;
    this.name = b.name;
    this.professionalTechnicalPosition = b.professionalTechnicalPosition;
    this.telecom = b.telecom;
    this.address = b.address;
    this.organization = b.organization;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this participant's fields. */
  public Builder toBuilder() {
    return new Builder().time(time).id(id).code(code).roleName(roleName).name(name)
        .professionalTechnicalPosition(professionalTechnicalPosition).telecom(telecom).address(address)
        .organization(organization);
  }

  /** When the person took part (author time, signature time). */
  public Optional<PointInTime> time() {
    return Optional.ofNullable(time);
  }

  /** The person's identifier. */
  public Optional<InstanceIdentifier> id() {
    return Optional.ofNullable(id);
  }

  /** A coded role or relationship, e.g. GB/T 4761 family relationship for a contact. */
  public Optional<CodedValue> code() {
    return Optional.ofNullable(code);
  }

  /** The role as text, e.g. {@code 主治医师} (written in code/@displayName for signers). */
  public Optional<String> roleName() {
    return Optional.ofNullable(roleName);
  }

  /** The person's name. */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /**
   * The person's professional technical position (专业技术职务类别, CE; PCHIS.xsd Person extension), e.g. code 1
   * 正高 of 2.16.156.10011.2.3.1.209.
   *
   * @since 0.1.0
   */
  public Optional<CodedValue> professionalTechnicalPosition() {
    return Optional.ofNullable(professionalTechnicalPosition);
  }

  /** A phone number. */
  public Optional<String> telecom() {
    return Optional.ofNullable(telecom);
  }

  /** An address. */
  public Optional<Address> address() {
    return Optional.ofNullable(address);
  }

  /** The organization the person acts for. */
  public Optional<Organization> organization() {
    return Optional.ofNullable(organization);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Participant)) {
      return false;
    }
    Participant p = (Participant) o;
    return Objects.equals(time, p.time) && Objects.equals(id, p.id) && Objects.equals(code, p.code)
        && Objects.equals(roleName, p.roleName) && Objects.equals(name, p.name)
        && Objects.equals(professionalTechnicalPosition, p.professionalTechnicalPosition)
        && Objects.equals(telecom, p.telecom)
        && Objects.equals(address, p.address) && Objects.equals(organization, p.organization);
  }

  @Override
  public int hashCode() {
    return Objects.hash(time, id, code, roleName, name, professionalTechnicalPosition, telecom, address,
        organization);
  }

  @Override
  public String toString() {
    return "Participant[" + (id == null ? "" : id.root()) + (roleName == null ? "" : " " + roleName) + "]";
  }

  /**
   * Builds a {@link Participant}. Thread safety: not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private PointInTime time;
    private InstanceIdentifier id;
    private CodedValue code;
    private String roleName;
    private String name;
    private CodedValue professionalTechnicalPosition;
    private String telecom;
    private Address address;
    private Organization organization;

    private Builder() {}

    /** When the person took part, or {@code null}. */
    public Builder time(PointInTime time) {
      this.time = time;
      return this;
    }

    /** The identifier, or {@code null}. */
    public Builder id(InstanceIdentifier id) {
      this.id = id;
      return this;
    }

    /** A coded role or relationship, or {@code null}. */
    public Builder code(CodedValue code) {
      this.code = code;
      return this;
    }

    /** The role as text, or {@code null}. */
    public Builder roleName(String roleName) {
      this.roleName = roleName;
      return this;
    }

    /** The name, or {@code null}. */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * The professional technical position (专业技术职务类别), or {@code null}.
     *
     * @since 0.1.0
     */
    public Builder professionalTechnicalPosition(CodedValue professionalTechnicalPosition) {
      this.professionalTechnicalPosition = professionalTechnicalPosition;
      return this;
    }

    /** A phone number, or {@code null}. */
    public Builder telecom(String telecom) {
      this.telecom = telecom;
      return this;
    }

    /** An address, or {@code null}. */
    public Builder address(Address address) {
      this.address = address;
      return this;
    }

    /** The organization, or {@code null}. */
    public Builder organization(Organization organization) {
      this.organization = organization;
      return this;
    }

    /** Builds the participant. */
    public Participant build() {
      return new Participant(this);
    }
  }
}
