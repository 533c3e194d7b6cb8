package io.hdx.codec.v3;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
public final class TerminologyQueryResponse implements QueryAnswer {
  private final MessageHeader header;
  private final AckCode ackCode;
  private final Identifier targetMessageId;
  private final String detail;
  private final String queryId;
  private final QueryResponseCode responseCode;
  private final List<ValueSetRecord> valueSets;

  private TerminologyQueryResponse(MessageHeader header, AckCode ackCode, Identifier targetMessageId, String detail,
      String queryId, QueryResponseCode responseCode, List<ValueSetRecord> valueSets) {
    this.header = Objects.requireNonNull(header, "header");
    this.ackCode = Objects.requireNonNull(ackCode, "ackCode");
    this.targetMessageId = Objects.requireNonNull(targetMessageId, "targetMessageId");
    this.detail = detail == null || detail.isEmpty() ? null : detail;
    this.queryId = Objects.requireNonNull(queryId, "queryId");
    this.responseCode = Objects.requireNonNull(responseCode, "responseCode");
    this.valueSets = Collections.unmodifiableList(new ArrayList<>(valueSets));
  }

  /**
   * A query response.
   *
   * @param detail the acknowledgement's detail text, or null
   */
  public static TerminologyQueryResponse of(MessageHeader header, AckCode ackCode, Identifier targetMessageId, String detail,
      String queryId, QueryResponseCode responseCode, List<ValueSetRecord> valueSets) {
    return new TerminologyQueryResponse(header, ackCode, targetMessageId, detail, queryId, responseCode, valueSets);
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

  /** The value sets found. */
  public List<ValueSetRecord> valueSets() {
    return valueSets;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof TerminologyQueryResponse)) {
      return false;
    }
    TerminologyQueryResponse r = (TerminologyQueryResponse) o;
    return header.equals(r.header) && ackCode == r.ackCode && targetMessageId.equals(r.targetMessageId)
        && Objects.equals(detail, r.detail) && queryId.equals(r.queryId) && responseCode == r.responseCode
        && valueSets.equals(r.valueSets);
  }

  @Override
  public int hashCode() {
    return Objects.hash(header, ackCode, targetMessageId, detail, queryId, responseCode, valueSets);
  }

  @Override
  public String toString() {
    return "TerminologyQueryResponse{" + ackCode + "/" + responseCode + ", " + valueSets.size() + " valueSets, " + header + "}";
  }
}
