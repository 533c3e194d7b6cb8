package io.hdx.model.valueset;

import io.hdx.model.Confidence;

import io.hdx.model.ValidationException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A value set as the WS/T 500 documents use it: one code system, identified by its OID under
 * {@code 2.16.156.10011.2.3} (for example {@code 2.16.156.10011.2.3.3.4} 生理性别代码表), usually
 * also by the WS 364 value-domain id ({@code CV04.50.005}) or the GB/T standard number
 * ({@code GB/T 2261.1}) that WS 363 names as the data element's value domain. Each code is a
 * {@link Concept} of this code system.
 *
 * <p>Most code lists HDX ships are {@link Completeness#PARTIAL}: only the codes the public samples
 * show. {@link #membership(String)} tells a code that is not in a complete list from one that is
 * merely unknown.
 *
 * <pre>{@code
 * ValueSet abo = ValueSetRegistry.standard().get("CV04.50.005");
 * abo.lookup("4").map(Concept::displayName);   // Optional[AB型]
 * }</pre>
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public final class ValueSet {

  /** Error code of {@link #concept} for a code not in a complete value set. */
  public static final String ERROR_NOT_MEMBER = "VS-0002";

  private final String oid;
  private final String name;
  private final String valueDomainId;
  private final Completeness completeness;
  private final Confidence confidence;
  private final List<Concept> concepts;
  private final Map<String, Concept> byCode;

  private ValueSet(Builder b) {
    this.oid = Objects.requireNonNull(b.oid, "oid");
    this.name = Objects.requireNonNull(b.name, "name");
    this.valueDomainId = b.valueDomainId;
    this.completeness = Objects.requireNonNull(b.completeness, "completeness");
    this.confidence = Objects.requireNonNull(b.confidence, "confidence");
    if (!oid.matches("[0-2](\\.(0|[1-9][0-9]*))+")) {
      throw new IllegalArgumentException("not an OID: " + oid);
    }
    if (name.isEmpty()) {
      throw new IllegalArgumentException("name is empty");
    }
    Map<String, Concept> map = new LinkedHashMap<>();
    for (String[] entry : b.entries) {
      Concept c = Concept.of(entry[0], entry[1], oid, name);
      if (map.put(c.code(), c) != null) {
        throw new IllegalArgumentException("value set " + oid + ": code " + c.code() + " twice");
      }
    }
    this.byCode = Collections.unmodifiableMap(map);
    this.concepts = Collections.unmodifiableList(new ArrayList<>(map.values()));
  }

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this set's fields and codes, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder().oid(oid).name(name).valueDomainId(valueDomainId)
        .completeness(completeness).confidence(confidence);
    for (Concept c : concepts) {
      b.concept(c.code(), c.displayName());
    }
    return b;
  }

  /** The OID of the code system, e.g. {@code 2.16.156.10011.2.3.3.4}. */
  public String oid() {
    return oid;
  }

  /** The name the documents give the code system, e.g. {@code 生理性别代码表(GB/T 2261.1)}. */
  public String name() {
    return name;
  }

  /**
   * The value-domain id under which WS 363 references this set: a WS 364 id such as
   * {@code CV02.01.101}, or a GB/T standard number such as {@code GB/T 2261.1}; empty if no
   * source ties one to the OID.
   */
  public Optional<String> valueDomainId() {
    return Optional.ofNullable(valueDomainId);
  }

  /** Whether {@link #concepts()} is the whole code table or only some codes. */
  public Completeness completeness() {
    return completeness;
  }

  /** Whether the code list is the whole table. */
  public boolean isComplete() {
    return completeness == Completeness.COMPLETE;
  }

  /** How far to trust the identity of this set (its OID, name and value-domain id). */
  public Confidence confidence() {
    return confidence;
  }

  /** The known codes, in the table's order. */
  public List<Concept> concepts() {
    return concepts;
  }

  /** The number of known codes. */
  public int size() {
    return concepts.size();
  }

  /**
   * The concept with this code.
   *
   * @param code e.g. {@code 1}; exact, case-sensitive
   * @return the concept, or empty if the code is not among the known codes
   */
  public Optional<Concept> lookup(String code) {
    Objects.requireNonNull(code, "code");
    return Optional.ofNullable(byCode.get(code));
  }

  /** Whether the code is among the known codes. */
  public boolean contains(String code) {
    Objects.requireNonNull(code, "code");
    return byCode.containsKey(code);
  }

  /**
   * Whether the code belongs to the set: {@link Membership#UNKNOWN} for a code missing from a
   * partial list.
   */
  public Membership membership(String code) {
    return contains(code) ? Membership.MEMBER
        : isComplete() ? Membership.NOT_MEMBER : Membership.UNKNOWN;
  }

  /**
   * The concept with this code, for a code that must be valid.
   *
   * @param code the code
   * @return the concept
   * @throws ValidationException {@value #ERROR_NOT_MEMBER} if the code is not in the set (for a
   *     partial set: not among its known codes); the message names the set, never the code
   */
  public Concept concept(String code) {
    Optional<Concept> c = lookup(code);
    if (!c.isPresent()) {
      throw new ValidationException(ERROR_NOT_MEMBER, "code not in value set " + oid + " " + name
          + (isComplete() ? "" : " (its known codes; the list is partial)"));
    }
    return c.get();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ValueSet)) {
      return false;
    }
    ValueSet other = (ValueSet) o;
    return oid.equals(other.oid) && name.equals(other.name)
        && Objects.equals(valueDomainId, other.valueDomainId)
        && completeness == other.completeness && confidence == other.confidence
        && concepts.equals(other.concepts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(oid, name, valueDomainId, completeness, confidence, concepts);
  }

  @Override
  public String toString() {
    return "ValueSet{" + oid + " " + name + (valueDomainId == null ? "" : " " + valueDomainId)
        + " " + completeness + " " + concepts.size() + " codes " + confidence + "}";
  }

  /**
   * Builds a {@link ValueSet}. OID, name, completeness and confidence are required.
   *
   * <p>Thread safety: not thread-safe; use one builder per thread.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private String oid;
    private String name;
    private String valueDomainId;
    private Completeness completeness;
    private Confidence confidence;
    private final List<String[]> entries = new ArrayList<>();

    private Builder() {}

    /** Sets the OID. */
    public Builder oid(String oid) {
      this.oid = Objects.requireNonNull(oid, "oid");
      return this;
    }

    /** Sets the name. */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /** Sets the WS 364 id or GB/T number; {@code null} or empty for none. */
    public Builder valueDomainId(String valueDomainId) {
      this.valueDomainId =
          valueDomainId == null || valueDomainId.isEmpty() ? null : valueDomainId;
      return this;
    }

    /** Sets whether the code list is complete. */
    public Builder completeness(Completeness completeness) {
      this.completeness = Objects.requireNonNull(completeness, "completeness");
      return this;
    }

    /** Sets the confidence in the set's identity. */
    public Builder confidence(Confidence confidence) {
      this.confidence = Objects.requireNonNull(confidence, "confidence");
      return this;
    }

    /** Adds a code with its display name. */
    public Builder concept(String code, String displayName) {
      entries.add(new String[] {Objects.requireNonNull(code, "code"),
          Objects.requireNonNull(displayName, "displayName")});
      return this;
    }

    /**
     * Builds the set.
     *
     * @throws NullPointerException if a required field is missing
     * @throws IllegalArgumentException if the OID is malformed or a code appears twice
     */
    public ValueSet build() {
      return new ValueSet(this);
    }
  }
}
