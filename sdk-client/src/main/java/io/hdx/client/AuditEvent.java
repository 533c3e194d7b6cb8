package io.hdx.client;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One platform call as {@link PlatformClient} reports it to an {@link AuditListener}: who (sender system), to whom
 * (receiver system, endpoint), what (interaction, action, message id), when, how long, how many attempts and the
 * outcome ({@code AA}, {@code AE}, {@code AR} or {@code FAILED} when no acknowledgement came). Never a patient value:
 * a hospital can store these events as they are (the national health-informatization plan asks for traceable
 * exchange).
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public final class AuditEvent {
  private final Instant time;
  private final String sender;
  private final String receiver;
  private final String endpoint;
  private final String interaction;
  private final String action;
  private final String messageId;
  private final String outcome;
  private final String errorCode;
  private final int httpStatus;
  private final int attempts;
  private final Duration duration;

  AuditEvent(Instant time, String sender, String receiver, String endpoint, String interaction, String action,
      String messageId, String outcome, String errorCode, int httpStatus, int attempts, Duration duration) {
    this.time = Objects.requireNonNull(time, "time");
    this.sender = sender;
    this.receiver = receiver;
    this.endpoint = endpoint;
    this.interaction = interaction;
    this.action = action;
    this.messageId = messageId;
    this.outcome = outcome;
    this.errorCode = errorCode;
    this.httpStatus = httpStatus;
    this.attempts = attempts;
    this.duration = duration;
  }

  /** When the call started. */
  public Instant time() {
    return time;
  }

  /** The sending system's id. */
  public String sender() {
    return sender;
  }

  /** The receiving system's id. */
  public String receiver() {
    return receiver;
  }

  /** The endpoint URL (without credentials). */
  public String endpoint() {
    return endpoint;
  }

  /** The interaction id sent. */
  public String interaction() {
    return interaction;
  }

  /** The HIPMessageServer action ("" for plain HTTP). */
  public String action() {
    return action;
  }

  /** The message id (the same on every attempt). */
  public String messageId() {
    return messageId;
  }

  /** AA, AE, AR or FAILED. */
  public String outcome() {
    return outcome;
  }

  /** The {@link PlatformException} code, or "" on success. */
  public String errorCode() {
    return errorCode;
  }

  /** The HTTP status of the last answer, or 0. */
  public int httpStatus() {
    return httpStatus;
  }

  /** Attempts made. */
  public int attempts() {
    return attempts;
  }

  /** Time from the first attempt to the answer. */
  public Duration duration() {
    return duration;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof AuditEvent)) {
      return false;
    }
    AuditEvent a = (AuditEvent) o;
    return time.equals(a.time) && sender.equals(a.sender) && receiver.equals(a.receiver) && endpoint.equals(a.endpoint)
        && interaction.equals(a.interaction) && action.equals(a.action) && messageId.equals(a.messageId)
        && outcome.equals(a.outcome) && errorCode.equals(a.errorCode) && httpStatus == a.httpStatus
        && attempts == a.attempts && duration.equals(a.duration);
  }

  @Override
  public int hashCode() {
    return Objects.hash(time, sender, receiver, endpoint, interaction, action, messageId, outcome, errorCode, httpStatus,
        attempts, duration);
  }

  @Override
  public String toString() {
    return "AuditEvent{" + time + " " + sender + "->" + receiver + " " + interaction + " " + action + " " + messageId
        + " " + outcome + (errorCode.isEmpty() ? "" : " " + errorCode) + " http=" + httpStatus + " attempts=" + attempts
        + " " + duration.toMillis() + "ms}";
  }
}
