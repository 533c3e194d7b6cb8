package io.hdx.codec.v3;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to an {@link OrganizationQuery}: wrapper (interaction id PRPM_IN406110UV01 by default, see
 * {@link Interaction#PRPM_IN406110UV01}), {@code acknowledgement}, one
 * {@code controlActProcess/subject/registrationEvent/subject1/assignedEntity} per match and {@code queryAck}.
 * Layout per wangk4i/LangZhongGit {@code lzihe/映射字段} H0303Rp mapping (which writes that root element).
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public final class OrganizationQueryResponse implements QueryAnswer {
  private final MessageHeader header;
  private final AckCode ackCode;
  private final Identifier targetMessageId;
  private final String detail;
  private final String queryId;
  private final QueryResponseCode responseCode;
  private final List<OrganizationRecord> organizations;

  private OrganizationQueryResponse(MessageHeader header, AckCode ackCode, Identifier targetMessageId, String detail,
      String queryId, QueryResponseCode responseCode, List<OrganizationRecord> organizations) {
    this.header = Objects.requireNonNull(header, "header");
    this.ackCode = Objects.requireNonNull(ackCode, "ackCode");
    this.targetMessageId = Objects.requireNonNull(targetMessageId, "targetMessageId");
    this.detail = detail == null || detail.isEmpty() ? null : detail;
    this.queryId = Objects.requireNonNull(queryId, "queryId");
    this.responseCode = Objects.requireNonNull(responseCode, "responseCode");
    this.organizations = Collections.unmodifiableList(new ArrayList<>(organizations));
  }

  /**
   * A query response.
   *
   * @param detail the acknowledgement's detail text, or null
   */
  public static OrganizationQueryResponse of(MessageHeader header, AckCode ackCode, Identifier targetMessageId, String detail,
      String queryId, QueryResponseCode responseCode, List<OrganizationRecord> organizations) {
    return new OrganizationQueryResponse(header, ackCode, targetMessageId, detail, queryId, responseCode, organizations);
  }

  @Override
  public MessageHeader header() {
    return header;
  }

  @Override
  public AckCode ackCode() {
    return ackCode;
  }

  @Override
  public Identifier targetMessageId() {
    return targetMessageId;
  }

  @Override
  public Optional<String> detail() {
    return Optional.ofNullable(detail);
  }

  @Override
  public String queryId() {
    return queryId;
  }

  @Override
  public QueryResponseCode responseCode() {
    return responseCode;
  }

  /** The organizations found. */
  public List<OrganizationRecord> organizations() {
    return organizations;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof OrganizationQueryResponse)) {
      return false;
    }
    OrganizationQueryResponse r = (OrganizationQueryResponse) o;
    return header.equals(r.header) && ackCode == r.ackCode && targetMessageId.equals(r.targetMessageId)
        && Objects.equals(detail, r.detail) && queryId.equals(r.queryId) && responseCode == r.responseCode
        && organizations.equals(r.organizations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(header, ackCode, targetMessageId, detail, queryId, responseCode, organizations);
  }

  @Override
  public String toString() {
    return "OrganizationQueryResponse{" + ackCode + "/" + responseCode + ", " + organizations.size() + " organizations, " + header + "}";
  }
}
