package io.hdx.codec.v3;

import java.util.Objects;
import java.util.Optional;

/**
 * A terminology query (PRVS_IN000003UV01, 术语查询): {@code controlActProcess/queryByParameter} with
 * {@code queryId}, {@code valueSet/id/@extension}, {@code valueSet/version/@code} and
 * {@code valueSet/valueSetItems/code/@code}. Layout per wangk4i/LangZhongGit {@code lzihe/xml样例/H05/H0503Rt.xml}.
 *
 * <p>Thread safety: immutable; the builder is not.
 *
 * <pre>{@code TerminologyQuery q = TerminologyQuery.builder().header(h).valueSetId("sexDictionary").build();}</pre>
 *
 * @since 0.1.0
 */
public final class TerminologyQuery implements V3Message {
  private final MessageHeader header;
  private final String queryId;
  private final String valueSetId;
  private final String version;
  private final String itemCode;

  private TerminologyQuery(Builder b) {
    this.header = Objects.requireNonNull(b.header, "header");
    this.queryId = b.queryId == null ? "" : b.queryId;
    this.valueSetId = b.valueSetId;
    this.version = b.version;
    this.itemCode = b.itemCode;

    if (valueSetId == null) {
      throw new IllegalArgumentException("a value set id is required");
    }
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this query's values. */
  public Builder toBuilder() {
    Builder b = new Builder().header(header).queryId(queryId);
    b.valueSetId(valueSetId);
    b.version(version);
    b.itemCode(itemCode);

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

  /** The value set's identifier (required). */
  public Optional<String> valueSetId() {
    return Optional.ofNullable(valueSetId);
  }

  /** The version to return (latest when absent). */
  public Optional<String> version() {
    return Optional.ofNullable(version);
  }

  /** Only this item. */
  public Optional<String> itemCode() {
    return Optional.ofNullable(itemCode);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof TerminologyQuery)) {
      return false;
    }
    TerminologyQuery q = (TerminologyQuery) o;
    return header.equals(q.header) && queryId.equals(q.queryId) && Objects.equals(valueSetId, q.valueSetId) && Objects.equals(version, q.version) && Objects.equals(itemCode, q.itemCode);
  }

  @Override
  public int hashCode() {
    return Objects.hash(header, queryId, valueSetId, version, itemCode);
  }

  @Override
  public String toString() {
    return "TerminologyQuery{" + header + "}";
  }

  /**
   * Builds a {@link TerminologyQuery}.
   *
   * <p>Thread safety: not thread-safe.
   */
  public static final class Builder {
    private MessageHeader header;
    private String queryId;
    private String valueSetId;
    private String version;
    private String itemCode;

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

    /** The value set's identifier (required). Null for none. */
    public Builder valueSetId(String valueSetId) {
      this.valueSetId = valueSetId == null || valueSetId.isEmpty() ? null : valueSetId;
      return this;
    }

    /** The version to return (latest when absent). Null for none. */
    public Builder version(String version) {
      this.version = version == null || version.isEmpty() ? null : version;
      return this;
    }

    /** Only this item. Null for none. */
    public Builder itemCode(String itemCode) {
      this.itemCode = itemCode == null || itemCode.isEmpty() ? null : itemCode;
      return this;
    }

    /** Builds the query; a value set id is required. */
    public TerminologyQuery build() {
      return new TerminologyQuery(this);
    }
  }
}
