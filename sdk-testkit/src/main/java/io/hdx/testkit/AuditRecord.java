package io.hdx.testkit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One entry of the simulator's audit log: who (the sender system), what (the interaction, the message id and the
 * platform ids it touched), when, and the outcome ({@code AA}, {@code AE}, {@code AR}, {@code DUPLICATE} for a
 * repeated message id answered from the log, {@code FAULT} for an injected 503). Never a patient value: platform
 * ids are the simulator's own random ids, and the detail is a code, not text.
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public final class AuditRecord {
  private final long sequence;
  private final Instant time;
  private final String sender;
  private final String interaction;
  private final String messageId;
  private final List<String> targetIds;
  private final String outcome;
  private final String detailCode;

  /** An entry; see the accessors. */
  public AuditRecord(long sequence, Instant time, String sender, String interaction, String messageId,
      List<String> targetIds, String outcome, String detailCode) {
    this.sequence = sequence;
    this.time = Objects.requireNonNull(time, "time");
    this.sender = Objects.requireNonNull(sender, "sender");
    this.interaction = Objects.requireNonNull(interaction, "interaction");
    this.messageId = Objects.requireNonNull(messageId, "messageId");
    this.targetIds = Collections.unmodifiableList(new ArrayList<>(targetIds));
    this.outcome = Objects.requireNonNull(outcome, "outcome");
    this.detailCode = Objects.requireNonNull(detailCode, "detailCode");
  }

  /** Order of the call in the log. */
  public long sequence() {
    return sequence;
  }

  /** When the call was answered. */
  public Instant time() {
    return time;
  }

  /** The sender system's id ("" when the wrapper could not be read). */
  public String sender() {
    return sender;
  }

  /** The interaction id ("" when unknown). */
  public String interaction() {
    return interaction;
  }

  /** The message id ("" when unknown). */
  public String messageId() {
    return messageId;
  }

  /** Platform ids the call created, changed or returned. */
  public List<String> targetIds() {
    return targetIds;
  }

  /** AA, AE, AR, DUPLICATE or FAULT. */
  public String outcome() {
    return outcome;
  }

  /** A stable detail code (e.g. {@code V3-0102}, {@code SIM-0201}), or "". */
  public String detailCode() {
    return detailCode;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof AuditRecord)) {
      return false;
    }
    AuditRecord a = (AuditRecord) o;
    return sequence == a.sequence && time.equals(a.time) && sender.equals(a.sender) && interaction.equals(a.interaction)
        && messageId.equals(a.messageId) && targetIds.equals(a.targetIds) && outcome.equals(a.outcome)
        && detailCode.equals(a.detailCode);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sequence, time, sender, interaction, messageId, targetIds, outcome, detailCode);
  }

  @Override
  public String toString() {
    return "AuditRecord{" + sequence + " " + time + " " + sender + " " + interaction + " " + messageId + " "
        + targetIds + " " + outcome + " " + detailCode + "}";
  }
}
