package io.hdx.codec.v3;

import java.util.List;

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
public final class ProviderQueryResponse extends ListQueryAnswer<ProviderRecord> {
  private ProviderQueryResponse(MessageHeader header, AckCode ackCode, Identifier targetMessageId, String detail,
      String queryId, QueryResponseCode responseCode, List<ProviderRecord> providers) {
    super(header, ackCode, targetMessageId, detail, queryId, responseCode, providers, "providers");
  }

  /**
   * A query response.
   *
   * @param detail the acknowledgement's detail text, or null
   */
  public static ProviderQueryResponse of(MessageHeader header, AckCode ackCode, Identifier targetMessageId,
      String detail, String queryId, QueryResponseCode responseCode, List<ProviderRecord> providers) {
    return new ProviderQueryResponse(header, ackCode, targetMessageId, detail, queryId, responseCode, providers);
  }

  /** The providers found. */
  public List<ProviderRecord> providers() {
    return found();
  }
}
