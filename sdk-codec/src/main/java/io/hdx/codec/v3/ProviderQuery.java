package io.hdx.codec.v3;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A provider query (PRPM_IN306010UV01, 医疗卫生人员查询): {@code controlActProcess/queryByParameterPayload} with
 * {@code providerID/value} (any of the provider's or the person's ids), {@code providerName/value} and
 * {@code administrativeGender/value}. Layout per wangk4i/LangZhongGit {@code lzihe/xml样例/H04/H0403Rt.xml} and
 * {@code schemas-v3/multicacheschemas/PRPM_MT306010UV01.xsd} (same element names in both styles).
 *
 * <p>Thread safety: immutable; the builder is not.
 *
 * <pre>{@code ProviderQuery q = ProviderQuery.builder().header(h).addProviderId(id).build();}</pre>
 *
 * @since 0.1.0
 */
public final class ProviderQuery implements V3Message {
  private final MessageHeader header;
  private final String queryId;
  private final List<Identifier> providerIds;
  private final String name;
  private final Code gender;

  private ProviderQuery(Builder b) {
    this.header = Objects.requireNonNull(b.header, "header");
    this.queryId = b.queryId == null ? "" : b.queryId;
    this.providerIds = Collections.unmodifiableList(new ArrayList<>(b.providerIds));
    this.name = b.name;
    this.gender = b.gender;

    if (providerIds.isEmpty() && name == null && gender == null) {
      throw new IllegalArgumentException("at least one parameter is required");
    }
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this query's values. */
  public Builder toBuilder() {
    Builder b = new Builder().header(header).queryId(queryId);
    providerIds.forEach(b::addProviderId);
    b.name(name);
    b.gender(gender);

    return b;
  }

  @Override
  public MessageHeader header() {
    return header;
  }

  /** The query id ("" when none is written, as in the national sample). */
  public String queryId() {
    return queryId;
  }

  /** Ids to match (a provider id or a person id). */
  public List<Identifier> providerIds() {
    return providerIds;
  }

  /** The name to match. */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /** The gender to match. */
  public Optional<Code> gender() {
    return Optional.ofNullable(gender);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ProviderQuery)) {
      return false;
    }
    ProviderQuery q = (ProviderQuery) o;
    return header.equals(q.header) && queryId.equals(q.queryId) && providerIds.equals(q.providerIds) && Objects.equals(name, q.name) && Objects.equals(gender, q.gender);
  }

  @Override
  public int hashCode() {
    return Objects.hash(header, queryId, providerIds, name, gender);
  }

  @Override
  public String toString() {
    return "ProviderQuery{" + header + "}";
  }

  /**
   * Builds a {@link ProviderQuery}.
   *
   * <p>Thread safety: not thread-safe.
   */
  public static final class Builder {
    private MessageHeader header;
    private String queryId;
    private final List<Identifier> providerIds = new ArrayList<>();
    private String name;
    private Code gender;

    private Builder() {}

    /** The wrapper (required). */
    public Builder header(MessageHeader header) {
      this.header = Objects.requireNonNull(header, "header");
      return this;
    }

    /** The query id, or null for none. */
    public Builder queryId(String queryId) {
      this.queryId = queryId;
      return this;
    }

    /** Adds: ids to match (a provider id or a person id). */
    public Builder addProviderId(Identifier providerId) {
      providerIds.add(Objects.requireNonNull(providerId, "providerId"));
      return this;
    }

    /** The name to match. Null for none. */
    public Builder name(String name) {
      this.name = name == null || name.isEmpty() ? null : name;
      return this;
    }

    /** The gender to match. Null for none. */
    public Builder gender(Code gender) {
      this.gender = gender;
      return this;
    }

    /** Builds the query; at least one parameter is required. */
    public ProviderQuery build() {
      return new ProviderQuery(this);
    }
  }
}
