package io.hdx.codec.v3;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An organization (department) query (PRPM_IN406010UV01, 医疗卫生机构（科室）查询):
 * {@code controlActProcess/queryByParameterPayload} with {@code organizationID/value} and
 * {@code organizationName/value}. Layout per wangk4i/LangZhongGit {@code lzihe/xml样例/H03/H0303Rt.xml} and
 * {@code schemas-v3/multicacheschemas/PRPM_MT406010UV01.xsd}.
 *
 * <p>Thread safety: immutable; the builder is not.
 *
 * <pre>{@code OrganizationQuery q = OrganizationQuery.builder().header(h).name("呼吸内科").build();}</pre>
 *
 * @since 0.1.0
 */
public final class OrganizationQuery implements V3Message {
  private final MessageHeader header;
  private final String queryId;
  private final List<Identifier> organizationIds;
  private final String name;

  private OrganizationQuery(Builder b) {
    this.header = Objects.requireNonNull(b.header, "header");
    this.queryId = b.queryId == null ? "" : b.queryId;
    this.organizationIds = Collections.unmodifiableList(new ArrayList<>(b.organizationIds));
    this.name = b.name;

    if (organizationIds.isEmpty() && name == null) {
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
    organizationIds.forEach(b::addOrganizationId);
    b.name(name);

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

  /** Ids to match. */
  public List<Identifier> organizationIds() {
    return organizationIds;
  }

  /** The entity name to match. */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof OrganizationQuery)) {
      return false;
    }
    OrganizationQuery q = (OrganizationQuery) o;
    return header.equals(q.header) && queryId.equals(q.queryId) && organizationIds.equals(q.organizationIds) && Objects.equals(name, q.name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(header, queryId, organizationIds, name);
  }

  @Override
  public String toString() {
    return "OrganizationQuery{" + header + "}";
  }

  /**
   * Builds a {@link OrganizationQuery}.
   *
   * <p>Thread safety: not thread-safe.
   */
  public static final class Builder {
    private MessageHeader header;
    private String queryId;
    private final List<Identifier> organizationIds = new ArrayList<>();
    private String name;

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

    /** Adds: ids to match. */
    public Builder addOrganizationId(Identifier organizationId) {
      organizationIds.add(Objects.requireNonNull(organizationId, "organizationId"));
      return this;
    }

    /** The entity name to match. Null for none. */
    public Builder name(String name) {
      this.name = name == null || name.isEmpty() ? null : name;
      return this;
    }

    /** Builds the query; at least one parameter is required. */
    public OrganizationQuery build() {
      return new OrganizationQuery(this);
    }
  }
}
