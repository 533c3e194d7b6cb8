package io.hdx.codec.v3;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to a {@link PatientQuery}: the wrapper (interaction id PRPA_IN201306UV02 by default, see
 * {@link Interaction#PRPA_IN201306UV02}), an {@code acknowledgement} (code, target message id, detail), one
 * {@code controlActProcess/subject/registrationEvent/subject1/patient} per match, and {@code queryAck} (query id,
 * response code, result quantity). Layout per HL7 V3 {@code schemas-v3/multicacheschemas/PRPA_IN201306UV02.xsd}
 * (MFMI_MT700711UV01 control act), in either data-type style.
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public final class PatientQueryResponse implements QueryAnswer {
  private final MessageHeader header;
  private final AckCode ackCode;
  private final Identifier targetMessageId;
  private final String detail;
  private final String queryId;
  private final QueryResponseCode responseCode;
  private final List<PatientRecord> patients;

  private PatientQueryResponse(MessageHeader header, AckCode ackCode, Identifier targetMessageId, String detail,
      String queryId, QueryResponseCode responseCode, List<PatientRecord> patients) {
    this.header = Objects.requireNonNull(header, "header");
    this.ackCode = Objects.requireNonNull(ackCode, "ackCode");
    this.targetMessageId = Objects.requireNonNull(targetMessageId, "targetMessageId");
    this.detail = detail == null || detail.isEmpty() ? null : detail;
    this.queryId = Objects.requireNonNull(queryId, "queryId");
    this.responseCode = Objects.requireNonNull(responseCode, "responseCode");
    this.patients = Collections.unmodifiableList(new ArrayList<>(patients));
  }

  /**
   * A query response.
   *
   * @param detail the acknowledgement's detail text, or null
   */
  public static PatientQueryResponse of(MessageHeader header, AckCode ackCode, Identifier targetMessageId,
      String detail, String queryId, QueryResponseCode responseCode, List<PatientRecord> patients) {
    return new PatientQueryResponse(header, ackCode, targetMessageId, detail, queryId, responseCode, patients);
  }

  @Override
  public MessageHeader header() {
    return header;
  }

  /** The acknowledgement code. */
  public AckCode ackCode() {
    return ackCode;
  }

  /** The id of the query message answered. */
  public Identifier targetMessageId() {
    return targetMessageId;
  }

  /** The acknowledgement's detail text. */
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

  /** The patients found (their {@code ids} hold the platform's id first). */
  public List<PatientRecord> patients() {
    return patients;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof PatientQueryResponse)) {
      return false;
    }
    PatientQueryResponse r = (PatientQueryResponse) o;
    return header.equals(r.header) && ackCode == r.ackCode && targetMessageId.equals(r.targetMessageId)
        && Objects.equals(detail, r.detail) && queryId.equals(r.queryId) && responseCode == r.responseCode
        && patients.equals(r.patients);
  }

  @Override
  public int hashCode() {
    return Objects.hash(header, ackCode, targetMessageId, detail, queryId, responseCode, patients);
  }

  @Override
  public String toString() {
    return "PatientQueryResponse{" + ackCode + "/" + responseCode + ", " + patients.size() + " patients, " + header + "}";
  }
}
