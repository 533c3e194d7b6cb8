package io.hdx.codec.v3;

import java.util.List;

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
public final class PatientQueryResponse extends ListQueryAnswer<PatientRecord> {
  private PatientQueryResponse(MessageHeader header, AckCode ackCode, Identifier targetMessageId, String detail,
      String queryId, QueryResponseCode responseCode, List<PatientRecord> patients) {
    super(header, ackCode, targetMessageId, detail, queryId, responseCode, patients, "patients");
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

  /** The patients found (their {@code ids} hold the platform's id first). */
  public List<PatientRecord> patients() {
    return found();
  }
}
