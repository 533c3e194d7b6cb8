package io.hdx.codec.v3;

import java.util.List;

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
public final class OrganizationQueryResponse extends ListQueryAnswer<OrganizationRecord> {
  private OrganizationQueryResponse(MessageHeader header, AckCode ackCode, Identifier targetMessageId, String detail,
      String queryId, QueryResponseCode responseCode, List<OrganizationRecord> organizations) {
    super(header, ackCode, targetMessageId, detail, queryId, responseCode, organizations, "organizations");
  }

  /**
   * A query response.
   *
   * @param detail the acknowledgement's detail text, or null
   */
  public static OrganizationQueryResponse of(MessageHeader header, AckCode ackCode, Identifier targetMessageId,
      String detail, String queryId, QueryResponseCode responseCode, List<OrganizationRecord> organizations) {
    return new OrganizationQueryResponse(header, ackCode, targetMessageId, detail, queryId, responseCode, organizations);
  }

  /** The organizations found. */
  public List<OrganizationRecord> organizations() {
    return found();
  }
}
