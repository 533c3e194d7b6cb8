package io.hdx.codec.v3;

import io.hdx.model.datatype.PointInTime;
import java.util.Objects;
import java.util.Optional;

/**
 * The transmission wrapper of an HL7 V3 platform message: message id (消息流水号, root
 * {@value #MESSAGE_ID_ROOT}), creation time, interaction id (root {@value #INTERACTION_ID_ROOT}), processing
 * code, processing mode, accept-ack code, and the receiver's and sender's device ids (root
 * {@value #DEVICE_ID_ROOT}). Layout per the interoperability message examples (wangk4i/LangZhongGit lzihe/xml样例/H02-H09) ("Message wrapper"),
 * from the national samples wangk4i/LangZhongGit {@code lzihe/xml样例/H02/H0201Rt.xml}.
 *
 * <p>Thread safety: immutable; the builder is not.
 *
 * <pre>{@code
 * MessageHeader h = MessageHeader.builder().messageId(Identifier.of(MessageHeader.MESSAGE_ID_ROOT, uuid))
 *     .creationTime(PointInTime.of(now)).interactionId("PRPA_IN201311UV02")
 *     .sender(Identifier.of(MessageHeader.DEVICE_ID_ROOT, "HIS")).receiver(Identifier.of(MessageHeader.DEVICE_ID_ROOT, "PLATFORM"))
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class MessageHeader {
  /** Root of message ids (消息流水号), per the national samples. */
  public static final String MESSAGE_ID_ROOT = "2.16.156.10011.2.5.1.1";
  /** Root of interaction ids, per the national samples. */
  public static final String INTERACTION_ID_ROOT = "2.16.156.10011.2.5.1.2";
  /** Root of sender and receiver system (device) ids, per the national samples. */
  public static final String DEVICE_ID_ROOT = "2.16.156.10011.2.5.1.3";

  private final Identifier messageId;
  private final PointInTime creationTime;
  private final String interactionId;
  private final String interactionIdRoot;
  private final ProcessingCode processingCode;
  private final ProcessingModeCode processingModeCode;
  private final AcceptAckCode acceptAckCode;
  private final Identifier receiver;
  private final Identifier sender;

  private MessageHeader(Builder b) {
    this.messageId = Objects.requireNonNull(b.messageId, "messageId");
    this.creationTime = Objects.requireNonNull(b.creationTime, "creationTime");
    this.interactionId = Objects.requireNonNull(b.interactionId, "interactionId");
    this.interactionIdRoot = Objects.requireNonNull(b.interactionIdRoot, "interactionIdRoot");
    this.processingCode = Objects.requireNonNull(b.processingCode, "processingCode");
    this.processingModeCode = b.processingModeCode;
    this.acceptAckCode = Objects.requireNonNull(b.acceptAckCode, "acceptAckCode");
    this.receiver = Objects.requireNonNull(b.receiver, "receiver");
    this.sender = Objects.requireNonNull(b.sender, "sender");
  }

  /** A new builder: processing code P, accept-ack AL, interaction id root {@value #INTERACTION_ID_ROOT}. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this header's fields. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.messageId = messageId;
    b.creationTime = creationTime;
    b.interactionId = interactionId;
    b.interactionIdRoot = interactionIdRoot;
    b.processingCode = processingCode;
    b.processingModeCode = processingModeCode;
    b.acceptAckCode = acceptAckCode;
    b.receiver = receiver;
    b.sender = sender;
    return b;
  }

  /** The message id (消息流水号). */
  public Identifier messageId() {
    return messageId;
  }

  /** When the message was created. */
  public PointInTime creationTime() {
    return creationTime;
  }

  /** The interaction id as written, e.g. {@code PRPA_IN201311UV02}. */
  public String interactionId() {
    return interactionId;
  }

  /** The root of the interaction id as written. */
  public String interactionIdRoot() {
    return interactionIdRoot;
  }

  /** The interaction, if HDX knows its id. */
  public Optional<Interaction> interaction() {
    return Interaction.fromId(interactionId);
  }

  /** The processing code. */
  public ProcessingCode processingCode() {
    return processingCode;
  }

  /** The processing mode, when written (the national samples leave it empty). */
  public Optional<ProcessingModeCode> processingModeCode() {
    return Optional.ofNullable(processingModeCode);
  }

  /** The accept-ack code. */
  public AcceptAckCode acceptAckCode() {
    return acceptAckCode;
  }

  /** The receiving system's device id. */
  public Identifier receiver() {
    return receiver;
  }

  /** The sending system's device id. */
  public Identifier sender() {
    return sender;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof MessageHeader)) {
      return false;
    }
    MessageHeader h = (MessageHeader) o;
    return messageId.equals(h.messageId) && creationTime.literal().equals(h.creationTime.literal())
        && interactionId.equals(h.interactionId) && interactionIdRoot.equals(h.interactionIdRoot)
        && processingCode == h.processingCode && processingModeCode == h.processingModeCode
        && acceptAckCode == h.acceptAckCode && receiver.equals(h.receiver) && sender.equals(h.sender);
  }

  @Override
  public int hashCode() {
    return Objects.hash(messageId, creationTime.literal(), interactionId, interactionIdRoot, processingCode,
        processingModeCode, acceptAckCode, receiver, sender);
  }

  @Override
  public String toString() {
    return "MessageHeader{" + interactionId + ", id=" + messageId.extensionOrEmpty() + ", created="
        + creationTime.literal() + ", " + processingCode + "/" + acceptAckCode + ", sender="
        + sender.extensionOrEmpty() + ", receiver=" + receiver.extensionOrEmpty() + "}";
  }

  /**
   * Builds a {@link MessageHeader}.
   *
   * <p>Thread safety: not thread-safe.
   */
  public static final class Builder {
    private Identifier messageId;
    private PointInTime creationTime;
    private String interactionId;
    private String interactionIdRoot = INTERACTION_ID_ROOT;
    private ProcessingCode processingCode = ProcessingCode.P;
    private ProcessingModeCode processingModeCode;
    private AcceptAckCode acceptAckCode = AcceptAckCode.AL;
    private Identifier receiver;
    private Identifier sender;

    private Builder() {}

    /** Sets the message id. */
    public Builder messageId(Identifier messageId) {
      this.messageId = Objects.requireNonNull(messageId, "messageId");
      return this;
    }

    /** Sets the creation time. */
    public Builder creationTime(PointInTime creationTime) {
      this.creationTime = Objects.requireNonNull(creationTime, "creationTime");
      return this;
    }

    /** Sets the interaction id. */
    public Builder interactionId(String interactionId) {
      this.interactionId = Objects.requireNonNull(interactionId, "interactionId");
      return this;
    }

    /** Sets the interaction. */
    public Builder interaction(Interaction interaction) {
      return interactionId(interaction.id());
    }

    /** Sets the root of the interaction id (older style: {@code 2.16.840.1.113883.1.6}). */
    public Builder interactionIdRoot(String interactionIdRoot) {
      this.interactionIdRoot = Objects.requireNonNull(interactionIdRoot, "interactionIdRoot");
      return this;
    }

    /** Sets the processing code. */
    public Builder processingCode(ProcessingCode processingCode) {
      this.processingCode = Objects.requireNonNull(processingCode, "processingCode");
      return this;
    }

    /** Sets the processing mode; null writes an empty element as the national samples do. */
    public Builder processingModeCode(ProcessingModeCode processingModeCode) {
      this.processingModeCode = processingModeCode;
      return this;
    }

    /** Sets the accept-ack code. */
    public Builder acceptAckCode(AcceptAckCode acceptAckCode) {
      this.acceptAckCode = Objects.requireNonNull(acceptAckCode, "acceptAckCode");
      return this;
    }

    /** Sets the receiver's device id. */
    public Builder receiver(Identifier receiver) {
      this.receiver = Objects.requireNonNull(receiver, "receiver");
      return this;
    }

    /** Sets the sender's device id. */
    public Builder sender(Identifier sender) {
      this.sender = Objects.requireNonNull(sender, "sender");
      return this;
    }

    /** Builds the header; every field but the processing mode is required. */
    public MessageHeader build() {
      return new MessageHeader(this);
    }
  }
}
