package io.hdx.codec.v3;

import java.util.Objects;
import java.util.Optional;

/**
 * An organization (department) registry request: register (PRPM_IN401030UV01, 医疗卫生机构（科室）注册) or update
 * (PRPM_IN403010UV01), told apart by the header's interaction id. Payload
 * {@code controlActProcess/subject/registrationRequest/subject1/assignedEntity} and the registrar; layout per
 * wangk4i/LangZhongGit {@code lzihe/xml样例/H03/H0301Rt.xml}.
 *
 * <p>Thread safety: immutable.
 *
 * <pre>{@code OrganizationRegistration r = OrganizationRegistration.of(header, department, null, null);}</pre>
 *
 * @since 0.1.0
 */
public final class OrganizationRegistration implements V3Message {
  private final MessageHeader header;
  private final OrganizationRecord organization;
  private final Identifier authorId;
  private final String authorName;

  private OrganizationRegistration(MessageHeader header, OrganizationRecord organization, Identifier authorId, String authorName) {
    this.header = Objects.requireNonNull(header, "header");
    this.organization = Objects.requireNonNull(organization, "organization");
    this.authorId = authorId;
    this.authorName = authorName == null || authorName.isEmpty() ? null : authorName;
  }

  /**
   * A registration or update.
   *
   * @param authorId the registrar's id (注册人ID), or null
   * @param authorName the registrar's name, or null
   */
  public static OrganizationRegistration of(MessageHeader header, OrganizationRecord organization, Identifier authorId, String authorName) {
    return new OrganizationRegistration(header, organization, authorId, authorName);
  }

  @Override
  public MessageHeader header() {
    return header;
  }

  /** The organization or department. */
  public OrganizationRecord organization() {
    return organization;
  }

  /** The registrar's id. */
  public Optional<Identifier> authorId() {
    return Optional.ofNullable(authorId);
  }

  /** The registrar's name. */
  public Optional<String> authorName() {
    return Optional.ofNullable(authorName);
  }

  /** A copy with another header (e.g. a new message id). */
  public OrganizationRegistration withHeader(MessageHeader header) {
    return new OrganizationRegistration(header, organization, authorId, authorName);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof OrganizationRegistration)) {
      return false;
    }
    OrganizationRegistration r = (OrganizationRegistration) o;
    return header.equals(r.header) && organization.equals(r.organization) && Objects.equals(authorId, r.authorId)
        && Objects.equals(authorName, r.authorName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(header, organization, authorId, authorName);
  }

  @Override
  public String toString() {
    return "OrganizationRegistration{" + header + ", " + organization + "}";
  }
}
