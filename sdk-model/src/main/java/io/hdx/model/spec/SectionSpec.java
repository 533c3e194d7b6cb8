package io.hdx.model.spec;

import io.hdx.model.Confidence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One section of a document: its LOINC code (codeSystem 2.16.840.1.113883.6.1) and display name,
 * its place in the order, how often it occurs, and its entries. A few WS/T 500 sections have no
 * LOINC code, only a Chinese display name; {@link #key()} then is that name.
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public final class SectionSpec {
  /** The LOINC code system OID, in which section codes are written. */
  public static final String LOINC = "2.16.840.1.113883.6.1";

  private final String code;
  private final String displayName;
  private final int order;
  private final Cardinality cardinality;
  private final String cardinalitySource;
  private final Confidence confidence;
  private final List<EntrySpec> entries;

  private SectionSpec(Builder b) {
    this.code = b.code;
    this.displayName = Objects.requireNonNull(b.displayName, "displayName");
    this.order = b.order;
    this.cardinality = Objects.requireNonNull(b.cardinality, "cardinality");
    this.cardinalitySource = b.cardinalitySource;
    this.confidence = Objects.requireNonNull(b.confidence, "confidence");
    this.entries = Collections.unmodifiableList(new ArrayList<>(b.entries));
  }

  /** A new builder; cardinality defaults to {@code 0..1}. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this spec's fields. */
  public Builder toBuilder() {
    Builder b = new Builder().code(code).displayName(displayName).order(order).cardinality(cardinality)
        .cardinalitySource(cardinalitySource).confidence(confidence);
    b.entries.addAll(entries);
    return b;
  }

  /** The LOINC code, e.g. {@code 10154-3}; empty for sections the standard gives no code. */
  public Optional<String> code() {
    return Optional.ofNullable(code);
  }

  /** The display name, e.g. {@code CHIEF COMPLAINT}. */
  public String displayName() {
    return displayName;
  }

  /** The code, or the display name for a section without code: unique within a document. */
  public String key() {
    return code != null ? code : displayName;
  }

  /** The section's position, from 1. */
  public int order() {
    return order;
  }

  /** How often the section occurs. */
  public Cardinality cardinality() {
    return cardinality;
  }

  /**
   * Where {@link #cardinality()} is stated (a standard's clause or a cited source); empty when it is only
   * inferred from samples (presence in one or two example corpora), in which case a validator does not enforce it:
   * an unknown cardinality raises nothing.
   */
  public Optional<String> cardinalitySource() {
    return Optional.ofNullable(cardinalitySource);
  }

  /** How far the section's presence is confirmed. */
  public Confidence confidence() {
    return confidence;
  }

  /** The entries, in document order. */
  public List<EntrySpec> entries() {
    return entries;
  }

  /** The entry for data element {@code code}, if the section has one. */
  public Optional<EntrySpec> entry(String dataElement) {
    for (EntrySpec entry : entries) {
      if (entry.dataElement().equals(dataElement)) {
        return Optional.of(entry);
      }
    }
    return Optional.empty();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof SectionSpec)) {
      return false;
    }
    SectionSpec other = (SectionSpec) o;
    return Objects.equals(code, other.code) && displayName.equals(other.displayName) && order == other.order
        && cardinality.equals(other.cardinality) && Objects.equals(cardinalitySource, other.cardinalitySource)
        && confidence == other.confidence && entries.equals(other.entries);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, displayName, order, cardinality, cardinalitySource, confidence, entries);
  }

  @Override
  public String toString() {
    return key() + " " + cardinality + " (" + entries.size() + " entries)";
  }

  /**
   * Builds a {@link SectionSpec}. Thread safety: not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private String code;
    private String displayName;
    private int order;
    private Cardinality cardinality = Cardinality.OPTIONAL;
    private String cardinalitySource;
    private Confidence confidence = Confidence.UNCONFIRMED;
    private final List<EntrySpec> entries = new ArrayList<>();

    private Builder() {}

    /** The LOINC code, or {@code null} for none. */
    public Builder code(String code) {
      this.code = code;
      return this;
    }

    /** The display name (required). */
    public Builder displayName(String displayName) {
      this.displayName = displayName;
      return this;
    }

    /** The position, from 1. */
    public Builder order(int order) {
      this.order = order;
      return this;
    }

    /** How often the section occurs. */
    public Builder cardinality(Cardinality cardinality) {
      this.cardinality = cardinality;
      return this;
    }

    /** Where the cardinality is stated, or {@code null} when it is inferred from samples (the default). */
    public Builder cardinalitySource(String cardinalitySource) {
      this.cardinalitySource = cardinalitySource;
      return this;
    }

    /** How far the section is confirmed. */
    public Builder confidence(Confidence confidence) {
      this.confidence = confidence;
      return this;
    }

    /** Appends an entry. */
    public Builder addEntry(EntrySpec entry) {
      entries.add(Objects.requireNonNull(entry, "entry"));
      return this;
    }

    /** Builds the spec. */
    public SectionSpec build() {
      return new SectionSpec(this);
    }
  }
}
