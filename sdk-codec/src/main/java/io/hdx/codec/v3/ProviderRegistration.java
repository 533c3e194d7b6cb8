package io.hdx.codec.v3;

import java.util.Objects;
import java.util.Optional;

/**
 * A provider registry request: register (PRPM_IN301010UV01, 医疗卫生人员注册) or update (PRPM_IN303010UV01,
 * 医疗卫生人员更新), told apart by the header's interaction id. Payload
 * {@code controlActProcess/subject/registrationRequest/subject1/healthCareProvider} and the registrar
 * ({@code registrationRequest/author/assignedEntity}); layout per wangk4i/LangZhongGit {@code lzihe/xml样例/H04/H0401Rt.xml}
 * and {@code schemas-v3/multicacheschemas/PRPM_IN301010UV01.xsd}.
 *
 * <p>Thread safety: immutable.
 *
 * <pre>{@code ProviderRegistration r = ProviderRegistration.of(header, provider, null, null);}</pre>
 *
 * @since 0.1.0
 */
public final class ProviderRegistration implements V3Message {
  private final MessageHeader header;
  private final ProviderRecord provider;
  private final Identifier authorId;
  private final String authorName;

  private ProviderRegistration(MessageHeader header, ProviderRecord provider, Identifier authorId, String authorName) {
    this.header = Objects.requireNonNull(header, "header");
    this.provider = Objects.requireNonNull(provider, "provider");
    this.authorId = authorId;
    this.authorName = authorName == null || authorName.isEmpty() ? null : authorName;
  }

  /**
   * A registration or update.
   *
   * @param authorId the registrar's id (注册人ID), or null
   * @param authorName the registrar's name, or null
   */
  public static ProviderRegistration of(MessageHeader header, ProviderRecord provider, Identifier authorId, String authorName) {
    return new ProviderRegistration(header, provider, authorId, authorName);
  }

  @Override
  public MessageHeader header() {
    return header;
  }

  /** The provider. */
  public ProviderRecord provider() {
    return provider;
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
  public ProviderRegistration withHeader(MessageHeader header) {
    return new ProviderRegistration(header, provider, authorId, authorName);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ProviderRegistration)) {
      return false;
    }
    ProviderRegistration r = (ProviderRegistration) o;
    return header.equals(r.header) && provider.equals(r.provider) && Objects.equals(authorId, r.authorId)
        && Objects.equals(authorName, r.authorName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(header, provider, authorId, authorName);
  }

  @Override
  public String toString() {
    return "ProviderRegistration{" + header + ", " + provider + "}";
  }
}
