package io.hdx.codec.v3;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to a {@link ProviderQuery}: wrapper (interaction id PRPM_IN306011UV01 by default, see
 * {@link Interaction#PRPM_IN306011UV01}), {@code acknowledgement}, one
 * {@code controlActProcess/subject/registrationEvent/subject1/healthCareProvider} per match and {@code queryAck}.
 * Layout per HL7 V3 {@code schemas-v3/multicacheschemas/PRPM_IN306011UV01.xsd} (MFMI_MT700711UV01 control act).
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public final class ProviderQueryResponse implements QueryAnswer {
  private final MessageHeader header;
  private final AckCode ackCode;
  private final Identifier targetMessageId;
  private final String detail;
  private final String queryId;
  private final QueryResponseCode responseCode;
  private final List<ProviderRecord> providers;

  private ProviderQueryResponse(MessageHeader header, AckCode ackCode, Identifier targetMessageId, String detail,
      String queryId, QueryResponseCode responseCode, List<ProviderRecord> providers) {
    this.header = Objects.requireNonNull(header, "header");
    this.ackCode = Objects.requireNonNull(ackCode, "ackCode");
    this.targetMessageId = Objects.requireNonNull(targetMessageId, "targetMessageId");
    this.detail = detail == null || detail.isEmpty() ? null : detail;
    this.queryId = Objects.requireNonNull(queryId, "queryId");
    this.responseCode = Objects.requireNonNull(responseCode, "responseCode");
    this.providers = Collections.unmodifiableList(new ArrayList<>(providers));
  }

  /**
   * A query response.
   *
   * @param detail the acknowledgement's detail text, or null
   */
  public static ProviderQueryResponse of(MessageHeader header, AckCode ackCode, Identifier targetMessageId, String detail,
      String queryId, QueryResponseCode responseCode, List<ProviderRecord> providers) {
    return new ProviderQueryResponse(header, ackCode, targetMessageId, detail, queryId, responseCode, providers);
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

  /** The providers found. */
  public List<ProviderRecord> providers() {
    return providers;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ProviderQueryResponse)) {
      return false;
    }
    ProviderQueryResponse r = (ProviderQueryResponse) o;
    return header.equals(r.header) && ackCode == r.ackCode && targetMessageId.equals(r.targetMessageId)
        && Objects.equals(detail, r.detail) && queryId.equals(r.queryId) && responseCode == r.responseCode
        && providers.equals(r.providers);
  }

  @Override
  public int hashCode() {
    return Objects.hash(header, ackCode, targetMessageId, detail, queryId, responseCode, providers);
  }

  @Override
  public String toString() {
    return "ProviderQueryResponse{" + ackCode + "/" + responseCode + ", " + providers.size() + " providers, " + header + "}";
  }
}
