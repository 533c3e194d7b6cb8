package io.hdx.model.document;

import io.hdx.model.datatype.Hl7Value;
import io.hdx.model.datatype.NullValue;
import io.hdx.model.datatype.PointInTime;
import io.hdx.model.datatype.TimeInterval;
import io.hdx.model.spec.EntryShape;
import io.hdx.model.spec.ValuePosition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One clinical statement of a section, keyed by its data element: {@code code} = the WS 363 data
 * element code (codeSystem 2.16.156.10011.2.2.1), {@code value} = its typed value, with the
 * {@link EntryShape} that says which CDA act carries it and the entries nested in it (organizer
 * components, entryRelationship details).
 *
 * <p>A drug or an operation is one act entry ({@link EntryShape#SUBSTANCE_ADMINISTRATION},
 * {@link EntryShape#PROCEDURE}) without a value of its own, whose components are its data elements: some
 * in a slot of the act ({@link ValuePosition}, e.g. the drug name or the operation code, made with
 * {@link #at}), the others observations nested in it. Components are kept in CDA order: slots in the
 * order of {@link ValuePosition}, then the observations in the order given. Only an observation carries a
 * value of its own; the other acts carry theirs in components (CDA R2 has no {@code value} on them).
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
  private final String qualifier;
  private final EntryShape shape;
  private final Hl7Value value;
  /** The act's effectiveTime as written: a {@link PointInTime}, a {@link TimeInterval} or a {@link NullValue}. */
  private final Hl7Value effectiveTime;
  private final ValuePosition position;
  private final List<Participation> participations;
  private final List<Entry> components;

  private Entry(Builder b) {
    this.dataElement = b.dataElement;
    this.displayName = b.displayName;
    this.qualifier = b.qualifier;
    this.shape = Objects.requireNonNull(b.shape, "shape");
    this.value = b.value;
    this.effectiveTime = EffectiveTimes.check(b.effectiveTime);
    this.position = Objects.requireNonNull(b.position, "position");
    List<Participation> people = new ArrayList<>(b.participations);
    Collections.sort(people, (x, y) -> x.function().compareTo(y.function())); // CDA order, stable
    this.participations = Collections.unmodifiableList(people);
    this.components = Collections.unmodifiableList(inCdaOrder(b.components));
    if (dataElement == null && components.isEmpty()) {
      throw new IllegalArgumentException("an entry needs a data element code or nested entries");
    }
    if (qualifier != null && dataElement == null) {
      throw new IllegalArgumentException("a qualifier labels a data element code; the entry has none");
    }
    if (value != null && shape != EntryShape.OBSERVATION && shape != EntryShape.ENTRY_RELATIONSHIP) {
      throw new IllegalArgumentException("a " + shape + " act has no value in CDA R2; give it components");
    }
    if (position.isSlot()) {
      checkSlot();
    }
    checkComponentSlots();
  }

  /** A slot holds exactly one value of its type, for one data element, and nothing else. */
  private void checkSlot() {
    if (dataElement == null || value == null || !position.accepts(value)) {
      throw new IllegalArgumentException("the " + position + " slot holds one data element with a value of its type");
    }
    if (shape != EntryShape.ENTRY_RELATIONSHIP || displayName != null || qualifier != null || effectiveTime != null
        || !components.isEmpty() || !participations.isEmpty()) {
      throw new IllegalArgumentException("the " + position + " slot has no name, time or components of its own");
    }
  }

  /** Each slot of this act is filled at most once, fits the act, and the act code is not also a data element. */
  private void checkComponentSlots() {
    EnumSet<ValuePosition> seen = EnumSet.noneOf(ValuePosition.class);
    for (Entry c : components) {
      if (!c.position.isSlot()) {
        continue;
      }
      if (!c.position.allowedIn(shape) || !seen.add(c.position)) {
        throw new IllegalArgumentException("a " + shape + " act has at most one " + c.position + " slot");
      }
      if (c.position == ValuePosition.ACT_CODE && dataElement != null) {
        throw new IllegalArgumentException("an act whose code is a data element has no ACT_CODE slot");
      }
    }
  }

  /** Slots first, in {@link ValuePosition} order, then the other components in the order given. */
  private static List<Entry> inCdaOrder(List<Entry> given) {
    List<Entry> ordered = new ArrayList<>(given);
    Collections.sort(ordered, (a, b) -> a.position.compareTo(b.position)); // a stable sort
    return ordered;
  }

  /** An observation of data element {@code dataElement} with {@code value}. */
  public static Entry of(String dataElement, Hl7Value value) {
    return builder().dataElement(dataElement).value(Objects.requireNonNull(value, "value")).build();
  }

  /**
   * The data element {@code dataElement} in slot {@code position} of its act, e.g. the drug name:
   * {@code Entry.at(ValuePosition.DRUG_NAME, "DE08.50.022.00", Text.of("..."))}.
   */
  public static Entry at(ValuePosition position, String dataElement, Hl7Value value) {
    return builder().dataElement(Objects.requireNonNull(dataElement, "dataElement"))
        .shape(EntryShape.ENTRY_RELATIONSHIP).position(position).value(Objects.requireNonNull(value, "value")).build();
  }

  /** A new builder; the shape defaults to OBSERVATION, the position to {@link ValuePosition#OBSERVATION}. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this entry's fields. */
  public Builder toBuilder() {
    Builder b = new Builder().dataElement(dataElement).displayName(displayName).qualifier(qualifier).shape(shape)
        .value(value).effectiveTime(effectiveTime).position(position);
    b.participations.addAll(participations);
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

  /**
   * The role label of the data element code, {@code code/qualifier/name/@displayName} (HL7 V3 CD.qualifier): how the
   * WS/T 500 examples tell apart the uses of one data element code in one document, e.g. 中医病名代码 and 中医证候代码
   * (both DE05.10.130.00), 主要诊断 and 其他诊断, 术前用药 and 术中用药.
   *
   * @since 0.1.0
   */
  public Optional<String> qualifier() {
    return Optional.ofNullable(qualifier);
  }

  /** Which CDA act carries the entry. */
  public EntryShape shape() {
    return shape;
  }

  /** The value. */
  public Optional<Hl7Value> value() {
    return Optional.ofNullable(value);
  }

  /**
   * When the act took place: its effectiveTime as a point in time, or the low bound of an interval; empty for a
   * null flavor or none ({@link #time()} gives the time as written).
   */
  public Optional<PointInTime> effectiveTime() {
    if (effectiveTime instanceof TimeInterval) {
      return ((TimeInterval) effectiveTime).low();
    }
    return effectiveTime instanceof PointInTime ? Optional.of((PointInTime) effectiveTime)
        : Optional.<PointInTime>empty();
  }

  /**
   * The act's {@code effectiveTime} as written: a point in time (TS {@code @value}), an interval (IVL_TS
   * {@code low}/{@code high}, e.g. an operation's start and end) or a null flavor ({@code nullFlavor="NI"}), as
   * CDA R2 allows on observations, procedures and acts (POCD_MT000040, IVL_TS).
   *
   * @since 0.1.0
   */
  public Optional<Hl7Value> time() {
    return Optional.ofNullable(effectiveTime);
  }

  /** Where the value sits in its act: a slot, or {@link ValuePosition#OBSERVATION} (the default). */
  public ValuePosition position() {
    return position;
  }

  /**
   * Who took part in the act: its performers, authors and other participants, in CDA order (performer, author,
   * participant), each kind in the order given.
   *
   * @since 0.1.0
   */
  public List<Participation> participations() {
    return participations;
  }

  /** Entries nested in this one, in CDA order (slots first). */
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
        && Objects.equals(qualifier, e.qualifier) && shape == e.shape && participations.equals(e.participations) && Objects.equals(value, e.value) && Objects.equals(effectiveTime, e.effectiveTime)
        && position == e.position && components.equals(e.components);
  }

  @Override
  public int hashCode() {
    return Objects.hash(dataElement, displayName, qualifier, shape, value, effectiveTime, position, participations,
        components);
  }

  @Override
  public String toString() {
    return "Entry[" + (dataElement == null ? shape.name() : dataElement) + (position.isSlot() ? "@" + position : "")
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
    private String qualifier;
    private EntryShape shape = EntryShape.OBSERVATION;
    private Hl7Value value;
    private Hl7Value effectiveTime;
    private ValuePosition position = ValuePosition.OBSERVATION;
    private final List<Participation> participations = new ArrayList<>();
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

    /**
     * The role label of the data element code ({@code code/qualifier/name/@displayName}), or {@code null}; needs a
     * data element.
     *
     * @since 0.1.0
     */
    public Builder qualifier(String qualifier) {
      this.qualifier = qualifier;
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

    /**
     * The act's effectiveTime as a point in time, an interval ({@link TimeInterval}) or a null flavor
     * ({@link NullValue} of TS or IVL_TS), or {@code null}; {@link #build()} refuses another type.
     *
     * @since 0.1.0
     */
    public Builder effectiveTime(Hl7Value effectiveTime) {
      this.effectiveTime = effectiveTime;
      return this;
    }

    /** Where the value sits in its act; a slot needs shape ENTRY_RELATIONSHIP (see {@link Entry#at}). */
    public Builder position(ValuePosition position) {
      this.position = position;
      return this;
    }

    /**
     * Adds a person who took part in the act (an author, a performer, a participant).
     *
     * @since 0.1.0
     */
    public Builder addParticipation(Participation participation) {
      participations.add(Objects.requireNonNull(participation, "participation"));
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
