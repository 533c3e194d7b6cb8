package io.hdx.codec.v3;

import java.util.List;

/**
 * The answer to a {@link TerminologyQuery}: wrapper (interaction id PRVS_IN000004UV01 by default, see
 * {@link Interaction#PRVS_IN000004UV01}), {@code acknowledgement}, the value sets found as
 * {@code controlActProcess/subject/registrationRequest/subject1/valueSet} and {@code queryAck}. Layout per
 * wangk4i/LangZhongGit {@code lzihe/映射字段} H0503Rp mapping (which writes {@code registrationRequest} in the
 * answer; the decoder also reads {@code registrationEvent}).
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public final class TerminologyQueryResponse extends ListQueryAnswer<ValueSetRecord> {
  private TerminologyQueryResponse(MessageHeader header, AckCode ackCode, Identifier targetMessageId, String detail,
      String queryId, QueryResponseCode responseCode, List<ValueSetRecord> valueSets) {
    super(header, ackCode, targetMessageId, detail, queryId, responseCode, valueSets, "valueSets");
  }

  /**
   * A query response.
   *
   * @param detail the acknowledgement's detail text, or null
   */
  public static TerminologyQueryResponse of(MessageHeader header, AckCode ackCode, Identifier targetMessageId,
      String detail, String queryId, QueryResponseCode responseCode, List<ValueSetRecord> valueSets) {
    return new TerminologyQueryResponse(header, ackCode, targetMessageId, detail, queryId, responseCode, valueSets);
  }

  /** The value sets found. */
  public List<ValueSetRecord> valueSets() {
    return found();
  }
}
