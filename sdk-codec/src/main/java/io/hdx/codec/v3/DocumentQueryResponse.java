package io.hdx.codec.v3;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to a {@link DocumentQuery}: RCMR_IN000030UV01 for a list query (its shape per the mapping stylesheet
 * of wangk4i/LangZhongGit for H0602Rp and an InterSystems HealthShare template, find_string ids 2424926125 and
 * 1455102953: {@code acknowledgement}, one {@code controlActProcess/subject/clinicalDocument} per document, and
 * {@code queryAck}) or, for a retrieve, RCMR_IN000032UV01 (UNCONFIRMED: the HL7 V3 pairing of RCMR_IN000031 with
 * RCMR_IN000032, seen only as the Canadian RCMR_IN000032AB, find_string id 36979892887) in the same shape with the
 * document's content. Both ids can be changed where a platform answers otherwise.
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public final class DocumentQueryResponse implements QueryAnswer {
  private final MessageHeader header;
  private final AckCode ackCode;
  private final Identifier targetMessageId;
  private final String detail;
  private final String queryId;
  private final QueryResponseCode responseCode;
  private final List<DocumentEntry> documents;

  private DocumentQueryResponse(MessageHeader header, AckCode ackCode, Identifier targetMessageId, String detail,
      String queryId, QueryResponseCode responseCode, List<DocumentEntry> documents) {
    this.header = Objects.requireNonNull(header, "header");
    this.ackCode = Objects.requireNonNull(ackCode, "ackCode");
    this.targetMessageId = Objects.requireNonNull(targetMessageId, "targetMessageId");
    this.detail = detail == null || detail.isEmpty() ? null : detail;
    this.queryId = Objects.requireNonNull(queryId, "queryId");
    this.responseCode = Objects.requireNonNull(responseCode, "responseCode");
    this.documents = Collections.unmodifiableList(new ArrayList<>(documents));
  }

  /** A response; {@code detail} may be null. */
  public static DocumentQueryResponse of(MessageHeader header, AckCode ackCode, Identifier targetMessageId,
      String detail, String queryId, QueryResponseCode responseCode, List<DocumentEntry> documents) {
    return new DocumentQueryResponse(header, ackCode, targetMessageId, detail, queryId, responseCode, documents);
  }

  @Override
  public MessageHeader header() {
    return header;
  }

  /** The acknowledgement code. */
  public AckCode ackCode() {
    return ackCode;
  }

  /** The id of the query answered. */
  public Identifier targetMessageId() {
    return targetMessageId;
  }

  /** The detail text. */
  public Optional<String> detail() {
    return Optional.ofNullable(detail);
  }

  /** The query id answered. */
  public String queryId() {
    return queryId;
  }

  /** OK, NF, AE or QE. */
  public QueryResponseCode responseCode() {
    return responseCode;
  }

  /** The documents found (with content for a retrieve). */
  public List<DocumentEntry> documents() {
    return documents;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof DocumentQueryResponse)) {
      return false;
    }
    DocumentQueryResponse r = (DocumentQueryResponse) o;
    return header.equals(r.header) && ackCode == r.ackCode && targetMessageId.equals(r.targetMessageId)
        && Objects.equals(detail, r.detail) && queryId.equals(r.queryId) && responseCode == r.responseCode
        && documents.equals(r.documents);
  }

  @Override
  public int hashCode() {
    return Objects.hash(header, ackCode, targetMessageId, detail, queryId, responseCode, documents);
  }

  @Override
  public String toString() {
    return "DocumentQueryResponse{" + ackCode + "/" + responseCode + ", " + documents.size() + " documents, " + header
        + "}";
  }
}
