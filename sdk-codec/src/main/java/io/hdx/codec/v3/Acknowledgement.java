package io.hdx.codec.v3;

import java.util.Objects;
import java.util.Optional;

/**
 * The accept acknowledgement MCCI_IN000002UV01: the wrapper, then {@code acknowledgement/@typeCode}
 * (AA / AE / AR), {@code targetMessage/id} (the request's message id) and {@code acknowledgementDetail/text}
 * (the platform's human-readable result). Layout per the interoperability message examples (wangk4i/LangZhongGit lzihe/xml样例/H02-H09)
 * ("Acknowledgement") and {@code schemas-v3/multicacheschemas/MCCI_IN000002UV01.xsd}. The 2016 national style
 * writes the detail as {@code <text value=".."/>}, the R1 style as element text; both are read.
 *
 * <p>Thread safety: immutable. The detail is the platform's text and is not in {@link #toString()}.
 *
 * @since 0.1.0
 */
public final class Acknowledgement implements V3Message {
  private final MessageHeader header;
  private final AckCode code;
  private final Identifier targetMessageId;
  private final String detail;

  private Acknowledgement(MessageHeader header, AckCode code, Identifier targetMessageId, String detail) {
    this.header = Objects.requireNonNull(header, "header");
    this.code = Objects.requireNonNull(code, "code");
    this.targetMessageId = Objects.requireNonNull(targetMessageId, "targetMessageId");
    this.detail = detail == null || detail.isEmpty() ? null : detail;
  }

  /**
   * An acknowledgement.
   *
   * @param detail the detail text, or null for none
   */
  public static Acknowledgement of(MessageHeader header, AckCode code, Identifier targetMessageId, String detail) {
    return new Acknowledgement(header, code, targetMessageId, detail);
  }

  @Override
  public MessageHeader header() {
    return header;
  }

  /** AA, AE or AR. */
  public AckCode code() {
    return code;
  }

  /** The id of the message this acknowledges. */
  public Identifier targetMessageId() {
    return targetMessageId;
  }

  /** The detail text, when the platform wrote one. */
  public Optional<String> detail() {
    return Optional.ofNullable(detail);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Acknowledgement)) {
      return false;
    }
    Acknowledgement a = (Acknowledgement) o;
    return header.equals(a.header) && code == a.code && targetMessageId.equals(a.targetMessageId)
        && Objects.equals(detail, a.detail);
  }

  @Override
  public int hashCode() {
    return Objects.hash(header, code, targetMessageId, detail);
  }

  @Override
  public String toString() {
    return "Acknowledgement{" + code + ", target=" + targetMessageId.extensionOrEmpty() + ", " + header + "}";
  }
}
