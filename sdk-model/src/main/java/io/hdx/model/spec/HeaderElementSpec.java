package io.hdx.model.spec;

import io.hdx.model.Confidence;

import java.util.Objects;
import java.util.Optional;

/**
 * One header requirement of a document: which {@link HeaderElement}, with which identifier root
 * OID or role where that matters, how often, and how sure we are.
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public final class HeaderElementSpec {
  private final HeaderElement element;
  private final String idRoot;
  private final String role;
  private final Cardinality cardinality;
  private final Confidence confidence;

  private HeaderElementSpec(Builder b) {
    this.element = Objects.requireNonNull(b.element, "element");
    this.idRoot = b.idRoot;
    this.role = b.role;
    this.cardinality = Objects.requireNonNull(b.cardinality, "cardinality");
    this.confidence = Objects.requireNonNull(b.confidence, "confidence");
  }

  /** A new builder; cardinality defaults to {@code 0..1}, confidence to UNCONFIRMED. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this spec's fields. */
  public Builder toBuilder() {
    return new Builder().element(element).idRoot(idRoot).role(role).cardinality(cardinality).confidence(confidence);
  }

  /** The header element. */
  public HeaderElement element() {
    return element;
  }

  /** The identifier root OID this element's id must have, e.g. 2.16.156.10011.1.11 (门诊号). */
  public Optional<String> idRoot() {
    return Optional.ofNullable(idRoot);
  }

  /** The role text, e.g. {@code 主治医师} for an authenticator. */
  public Optional<String> role() {
    return Optional.ofNullable(role);
  }

  /**
   * The role as a document writes it (an authenticator's {@code assignedEntity/code/@displayName}): the role text
   * up to its first space, bracket or colon, e.g. {@code 上级医师} of {@code 上级医师 (主任医师)}; empty when the spec
   * names no role ({@code no role ...}).
   */
  public Optional<String> roleName() {
    if (role == null || role.isEmpty() || role.startsWith("no role")) {
      return Optional.empty();
    }
    int end = role.length();
    for (int i = 0; i < role.length(); i++) {
      char c = role.charAt(i);
      if (c == ' ' || c == '(' || c == '\uff08' || c == ':' || c == '\uff1a') {
        end = i;
        break;
      }
    }
    return end == 0 ? Optional.<String>empty() : Optional.of(role.substring(0, end));
  }

  /** How often the element occurs. */
  public Cardinality cardinality() {
    return cardinality;
  }

  /** How far this requirement is confirmed. */
  public Confidence confidence() {
    return confidence;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof HeaderElementSpec)) {
      return false;
    }
    HeaderElementSpec other = (HeaderElementSpec) o;
    return element == other.element && Objects.equals(idRoot, other.idRoot) && Objects.equals(role, other.role)
        && cardinality.equals(other.cardinality) && confidence == other.confidence;
  }

  @Override
  public int hashCode() {
    return Objects.hash(element, idRoot, role, cardinality, confidence);
  }

  @Override
  public String toString() {
    return element.path() + (idRoot == null ? "" : "[" + idRoot + "]") + (role == null ? "" : "(" + role + ")")
        + " " + cardinality + " " + confidence;
  }

  /**
   * Builds a {@link HeaderElementSpec}. Thread safety: not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private HeaderElement element;
    private String idRoot;
    private String role;
    private Cardinality cardinality = Cardinality.OPTIONAL;
    private Confidence confidence = Confidence.UNCONFIRMED;

    private Builder() {}

    /** The header element (required). */
    public Builder element(HeaderElement element) {
      this.element = element;
      return this;
    }

    /** The identifier root OID, or {@code null}. */
    public Builder idRoot(String idRoot) {
      this.idRoot = idRoot;
      return this;
    }

    /** The role text, or {@code null}. */
    public Builder role(String role) {
      this.role = role;
      return this;
    }

    /** How often the element occurs. */
    public Builder cardinality(Cardinality cardinality) {
      this.cardinality = cardinality;
      return this;
    }

    /** How far the requirement is confirmed. */
    public Builder confidence(Confidence confidence) {
      this.confidence = confidence;
      return this;
    }

    /** Builds the spec. */
    public HeaderElementSpec build() {
      return new HeaderElementSpec(this);
    }
  }
}
