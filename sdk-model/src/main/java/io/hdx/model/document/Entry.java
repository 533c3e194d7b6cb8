package io.hdx.model.document;

import io.hdx.model.datatype.Hl7Value;
import io.hdx.model.datatype.PointInTime;
import io.hdx.model.spec.EntryShape;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One clinical statement of a section, keyed by its data element: {@code code} = the WS 363 data
 * element code (codeSystem 2.16.156.10011.2.2.1), {@code value} = its typed value, with the
 * {@link EntryShape} that says which CDA act carries it and the entries nested in it (organizer
 * components, entryRelationship details).
 *
 * <p>{@link #toString()} shows the data element code and value type, never the value.
 *
 * <p>Thread safety: immutable.
 *
 * <pre>{@code
 * Entry complaint = Entry.of("DE04.01.119.00", Text.of("..."));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Entry {
  private final String dataElement;
  private final String displayName;
  private final EntryShape shape;
  private final Hl7Value value;
  private final PointInTime effectiveTime;
  private final List<Entry> components;

  private Entry(Builder b) {
    this.dataElement = b.dataElement;
    this.displayName = b.displayName;
    this.shape = Objects.requireNonNull(b.shape, "shape");
    this.value = b.value;
    this.effectiveTime = b.effectiveTime;
    this.components = Collections.unmodifiableList(new ArrayList<>(b.components));
    if (dataElement == null && components.isEmpty()) {
      throw new IllegalArgumentException("an entry needs a data element code or nested entries");
    }
  }

  /** An observation of data element {@code dataElement} with {@code value}. */
  public static Entry of(String dataElement, Hl7Value value) {
    return builder().dataElement(dataElement).value(Objects.requireNonNull(value, "value")).build();
  }

  /** A new builder; the shape defaults to OBSERVATION. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this entry's fields. */
  public Builder toBuilder() {
    Builder b = new Builder().dataElement(dataElement).displayName(displayName).shape(shape).value(value)
        .effectiveTime(effectiveTime);
    b.components.addAll(components);
    return b;
  }

  /** The data element code, e.g. {@code DE04.01.119.00}; empty for a pure grouping organizer. */
  public Optional<String> dataElement() {
    return Optional.ofNullable(dataElement);
  }

  /** {@code code/@displayName}: the data element's name as the document wrote it. */
  public Optional<String> displayName() {
    return Optional.ofNullable(displayName);
  }

  /** Which CDA act carries the entry. */
  public EntryShape shape() {
    return shape;
  }

  /** The value. */
  public Optional<Hl7Value> value() {
    return Optional.ofNullable(value);
  }

  /** The act's effectiveTime, if written. */
  public Optional<PointInTime> effectiveTime() {
    return Optional.ofNullable(effectiveTime);
  }

  /** Entries nested in this one, in order. */
  public List<Entry> components() {
    return components;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Entry)) {
      return false;
    }
    Entry e = (Entry) o;
    return Objects.equals(dataElement, e.dataElement) && Objects.equals(displayName, e.displayName)
        && shape == e.shape && Objects.equals(value, e.value) && Objects.equals(effectiveTime, e.effectiveTime)
        && components.equals(e.components);
  }

  @Override
  public int hashCode() {
    return Objects.hash(dataElement, displayName, shape, value, effectiveTime, components);
  }

  @Override
  public String toString() {
    return "Entry[" + (dataElement == null ? shape.name() : dataElement)
        + (value == null ? "" : " " + value.type()) + (components.isEmpty() ? "" : " +" + components.size()) + "]";
  }

  /**
   * Builds an {@link Entry}. Thread safety: not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private String dataElement;
    private String displayName;
    private EntryShape shape = EntryShape.OBSERVATION;
    private Hl7Value value;
    private PointInTime effectiveTime;
    private final List<Entry> components = new ArrayList<>();

    private Builder() {}

    /** The data element code, or {@code null} for a grouping organizer. */
    public Builder dataElement(String dataElement) {
      this.dataElement = dataElement;
      return this;
    }

    /** {@code code/@displayName}, or {@code null}. */
    public Builder displayName(String displayName) {
      this.displayName = displayName;
      return this;
    }

    /** Which CDA act carries the entry. */
    public Builder shape(EntryShape shape) {
      this.shape = shape;
      return this;
    }

    /** The value, or {@code null}. */
    public Builder value(Hl7Value value) {
      this.value = value;
      return this;
    }

    /** The act's effectiveTime, or {@code null}. */
    public Builder effectiveTime(PointInTime effectiveTime) {
      this.effectiveTime = effectiveTime;
      return this;
    }

    /** Appends a nested entry. */
    public Builder addComponent(Entry component) {
      components.add(Objects.requireNonNull(component, "component"));
      return this;
    }

    /** Builds the entry. */
    public Entry build() {
      return new Entry(this);
    }
  }
}
