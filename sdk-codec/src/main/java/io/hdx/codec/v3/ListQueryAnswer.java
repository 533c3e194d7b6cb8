package io.hdx.codec.v3;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The parts every query response shares: the wrapper, the {@code acknowledgement} (code, the query message's id,
 * detail text), the {@code queryAck} (query id, response code) and the list of what was found. Each answer type
 * ({@link PatientQueryResponse}, {@link DocumentQueryResponse}, {@link ProviderQueryResponse},
 * {@link OrganizationQueryResponse}, {@link TerminologyQueryResponse}) adds only its typed accessor for the list.
 *
 * <p>Thread safety: immutable.
 *
 * @param <T> what the query finds
 */
abstract class ListQueryAnswer<T> implements QueryAnswer {
  private final MessageHeader header;
  private final AckCode ackCode;
  private final Identifier targetMessageId;
  private final String detail;
  private final String queryId;
  private final QueryResponseCode responseCode;
  private final List<T> found;
  private final String noun;

  /**
   * @param detail the acknowledgement's detail text, or null (an empty text counts as none)
   * @param noun what {@code toString()} calls the items found ("patients")
   */
  ListQueryAnswer(MessageHeader header, AckCode ackCode, Identifier targetMessageId, String detail,
      String queryId, QueryResponseCode responseCode, List<T> found, String noun) {
    this.header = Objects.requireNonNull(header, "header");
    this.ackCode = Objects.requireNonNull(ackCode, "ackCode");
    this.targetMessageId = Objects.requireNonNull(targetMessageId, "targetMessageId");
    this.detail = detail == null || detail.isEmpty() ? null : detail;
    this.queryId = Objects.requireNonNull(queryId, "queryId");
    this.responseCode = Objects.requireNonNull(responseCode, "responseCode");
    this.found = Collections.unmodifiableList(new ArrayList<>(found));
    this.noun = noun;
  }

  @Override
  public final MessageHeader header() {
    return header;
  }

  @Override
  public final AckCode ackCode() {
    return ackCode;
  }

  @Override
  public final Identifier targetMessageId() {
    return targetMessageId;
  }

  @Override
  public final Optional<String> detail() {
    return Optional.ofNullable(detail);
  }

  @Override
  public final String queryId() {
    return queryId;
  }

  @Override
  public final QueryResponseCode responseCode() {
    return responseCode;
  }

  /** What was found, unmodifiable. */
  final List<T> found() {
    return found;
  }

  @Override
  public final boolean equals(Object o) {
    if (o == null || o.getClass() != getClass()) {
      return false;
    }
    ListQueryAnswer<?> r = (ListQueryAnswer<?>) o;
    return header.equals(r.header) && ackCode == r.ackCode && targetMessageId.equals(r.targetMessageId)
        && Objects.equals(detail, r.detail) && queryId.equals(r.queryId) && responseCode == r.responseCode
        && found.equals(r.found);
  }

  @Override
  public final int hashCode() {
    return Objects.hash(header, ackCode, targetMessageId, detail, queryId, responseCode, found);
  }

  /** Codes and counts only: never an identifier or a found item's content. */
  @Override
  public final String toString() {
    return getClass().getSimpleName() + "{" + ackCode + "/" + responseCode + ", " + found.size() + " " + noun + ", "
        + header + "}";
  }
}
