package io.hdx.codec.v3;

import java.util.Optional;

/**
 * What every query response has: the acknowledgement (code, the query message's id, detail text) and the
 * {@code queryAck} (query id, response code). Implemented by {@link PatientQueryResponse},
 * {@link DocumentQueryResponse}, {@link ProviderQueryResponse}, {@link OrganizationQueryResponse} and
 * {@link TerminologyQueryResponse}.
 *
 * <p>Thread safety: implementations are immutable.
 *
 * @since 0.1.0
 */
public interface QueryAnswer extends V3Message {
  /** The acknowledgement code. */
  AckCode ackCode();

  /** The id of the query message answered. */
  Identifier targetMessageId();

  /** The acknowledgement's detail text. */
  Optional<String> detail();

  /** The query id answered ("" when the query had none). */
  String queryId();

  /** OK, NF, AE or QE. */
  QueryResponseCode responseCode();
}
