package io.hdx.codec.v3;

import java.util.Objects;
import java.util.Optional;

/**
 * A patient registry request: register (PRPA_IN201311UV02, 个人信息注册) or update (PRPA_IN201314UV02,
 * 个人信息更新), told apart by the header's interaction id. Payload
 * {@code controlActProcess/subject/registrationRequest/subject1/patient} and the registrar
 * ({@code registrationRequest/author/assignedEntity}); layout per the national
 * sample wangk4i/LangZhongGit {@code lzihe/xml样例/H02/H0201Rt.xml}.
 *
 * <p>Thread safety: immutable.
 *
 * <pre>{@code PatientRegistration r = PatientRegistration.of(header, patient, null, null);}</pre>
 *
 * @since 0.1.0
 */
public final class PatientRegistration implements V3Message {
  private final MessageHeader header;
  private final PatientRecord patient;
  private final Identifier authorId;
  private final String authorName;

  private PatientRegistration(MessageHeader header, PatientRecord patient, Identifier authorId, String authorName) {
    this.header = Objects.requireNonNull(header, "header");
    this.patient = Objects.requireNonNull(patient, "patient");
    this.authorId = authorId;
    this.authorName = authorName == null || authorName.isEmpty() ? null : authorName;
  }

  /**
   * A registration or update.
   *
   * @param authorId the registrar's id, or null
   * @param authorName the registrar's name, or null
   */
  public static PatientRegistration of(MessageHeader header, PatientRecord patient, Identifier authorId,
      String authorName) {
    return new PatientRegistration(header, patient, authorId, authorName);
  }

  @Override
  public MessageHeader header() {
    return header;
  }

  /** The patient. */
  public PatientRecord patient() {
    return patient;
  }

  /** The registrar's id (登记人ID). */
  public Optional<Identifier> authorId() {
    return Optional.ofNullable(authorId);
  }

  /** The registrar's name. */
  public Optional<String> authorName() {
    return Optional.ofNullable(authorName);
  }

  /** A copy with another header (e.g. a new message id). */
  public PatientRegistration withHeader(MessageHeader header) {
    return new PatientRegistration(header, patient, authorId, authorName);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof PatientRegistration)) {
      return false;
    }
    PatientRegistration r = (PatientRegistration) o;
    return header.equals(r.header) && patient.equals(r.patient) && Objects.equals(authorId, r.authorId)
        && Objects.equals(authorName, r.authorName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(header, patient, authorId, authorName);
  }

  @Override
  public String toString() {
    return "PatientRegistration{" + header + ", " + patient + "}";
  }
}
