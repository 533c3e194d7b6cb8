package io.hdx.codec.v3;

import java.util.List;

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
public final class DocumentQueryResponse extends ListQueryAnswer<DocumentEntry> {
  private DocumentQueryResponse(MessageHeader header, AckCode ackCode, Identifier targetMessageId, String detail,
      String queryId, QueryResponseCode responseCode, List<DocumentEntry> documents) {
    super(header, ackCode, targetMessageId, detail, queryId, responseCode, documents, "documents");
  }

  /** A response; {@code detail} may be null. */
  public static DocumentQueryResponse of(MessageHeader header, AckCode ackCode, Identifier targetMessageId,
      String detail, String queryId, QueryResponseCode responseCode, List<DocumentEntry> documents) {
    return new DocumentQueryResponse(header, ackCode, targetMessageId, detail, queryId, responseCode, documents);
  }

  /** The documents found (with content for a retrieve). */
  public List<DocumentEntry> documents() {
    return found();
  }
}
