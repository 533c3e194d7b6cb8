package io.hdx.codec.v3;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A terminology registry request: register (PRVS_IN000001UV01, 术语注册) or update (PRVS_IN000002UV01, 术语更新),
 * told apart by the header's interaction id. Payload: one
 * {@code controlActProcess/subject/registrationRequest/subject1/valueSet} per value set (1..* in the sample) and the
 * registrar; layout per wangk4i/LangZhongGit {@code lzihe/xml样例/H05/H0501Rt.xml}.
 *
 * <p>Thread safety: immutable.
 *
 * <pre>{@code TerminologyRegistration r = TerminologyRegistration.of(header, valueSets, null, null);}</pre>
 *
 * @since 0.1.0
 */
public final class TerminologyRegistration implements V3Message {
  private final MessageHeader header;
  private final List<ValueSetRecord> valueSets;
  private final Identifier authorId;
  private final String authorName;

  private TerminologyRegistration(MessageHeader header, List<ValueSetRecord> valueSets, Identifier authorId, String authorName) {
    this.header = Objects.requireNonNull(header, "header");
    if (valueSets.isEmpty()) {
      throw new IllegalArgumentException("at least one value set");
    }
    this.valueSets = Collections.unmodifiableList(new ArrayList<>(valueSets));
    this.authorId = authorId;
    this.authorName = authorName == null || authorName.isEmpty() ? null : authorName;
  }

  /**
   * A registration or update.
   *
   * @param authorId the registrar's id (注册人ID), or null
   * @param authorName the registrar's name, or null
   */
  public static TerminologyRegistration of(MessageHeader header, List<ValueSetRecord> valueSets, Identifier authorId, String authorName) {
    return new TerminologyRegistration(header, valueSets, authorId, authorName);
  }

  @Override
  public MessageHeader header() {
    return header;
  }

  /** The value sets (at least one). */
  public List<ValueSetRecord> valueSets() {
    return valueSets;
  }

  /** The registrar's id. */
  public Optional<Identifier> authorId() {
    return Optional.ofNullable(authorId);
  }

  /** The registrar's name. */
  public Optional<String> authorName() {
    return Optional.ofNullable(authorName);
  }

  /** A copy with another header (e.g. a new message id). */
  public TerminologyRegistration withHeader(MessageHeader header) {
    return new TerminologyRegistration(header, valueSets, authorId, authorName);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof TerminologyRegistration)) {
      return false;
    }
    TerminologyRegistration r = (TerminologyRegistration) o;
    return header.equals(r.header) && valueSets.equals(r.valueSets) && Objects.equals(authorId, r.authorId)
        && Objects.equals(authorName, r.authorName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(header, valueSets, authorId, authorName);
  }

  @Override
  public String toString() {
    return "TerminologyRegistration{" + header + ", " + valueSets + "}";
  }
}
