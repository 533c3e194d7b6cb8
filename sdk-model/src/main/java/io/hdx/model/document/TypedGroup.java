package io.hdx.model.document;

import io.hdx.model.datatype.Hl7Value;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The base of the group value types generated into the typed document classes: values that belong together and
 * are written as one unit (a diagnosis's name with its code and rank, a drug, an operation, an organizer's
 * components), as the document layout groups them ({@link io.hdx.model.layout.DatumGroup}). A typed builder takes a
 * whole group in one call ({@code addDiagnosis(Diagnosis.of("...").diagnosisCode(icd10))}), so that values are never
 * paired by their position across separate calls. Each member holds at most one value.
 *
 * <p>{@link #toString()} shows the group and its data element codes, never a value.
 *
 * <p>Thread safety: immutable; every setter of a generated group returns a new group.
 *
 * @param <G> the generated group type
 * @since 0.1.0
 */
public abstract class TypedGroup<G extends TypedGroup<G>> {
  private final String sectionKey;
  private final String name;
  private final Map<String, Hl7Value> values = new LinkedHashMap<>();

  /** A group of layout group {@code name} in section {@code sectionKey}, without values. */
  protected TypedGroup(String sectionKey, String name) {
    this.sectionKey = Objects.requireNonNull(sectionKey, "sectionKey");
    this.name = Objects.requireNonNull(name, "name");
  }

  /** An empty group of the generated type. */
  protected abstract G blank();

  /** A copy of this group with {@code value} as the value of member {@code dataElement}. */
  protected final G with(String dataElement, Hl7Value value) {
    G copy = blank();
    TypedGroup<?> base = copy;
    base.values.putAll(values);
    base.values.put(Objects.requireNonNull(dataElement, "dataElement"), Objects.requireNonNull(value, "value"));
    return copy;
  }

  /** The section the group lives in (LOINC code, or the name of an uncoded section). */
  public final String sectionKey() {
    return sectionKey;
  }

  /** The layout group's name: the head data element, an act shape, or {@code ORGANIZER}. */
  public final String groupName() {
    return name;
  }

  /** The members' values by data element code, in the order set. */
  public final Map<String, Hl7Value> values() {
    return Collections.unmodifiableMap(values);
  }

  /** The value of member {@code dataElement}. */
  public final Optional<Hl7Value> value(String dataElement) {
    return Optional.ofNullable(values.get(dataElement));
  }

  /** The value of member {@code dataElement} as {@code type}, if it is one. */
  protected final <T extends Hl7Value> Optional<T> value(String dataElement, Class<T> type) {
    Hl7Value v = values.get(dataElement);
    return type.isInstance(v) ? Optional.of(type.cast(v)) : Optional.<T>empty();
  }

  @Override
  public final boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && values.equals(((TypedGroup<?>) o).values);
  }

  @Override
  public final int hashCode() {
    return values.hashCode();
  }

  @Override
  public final String toString() {
    List<String> codes = new ArrayList<>(values.keySet());
    return getClass().getSimpleName() + codes;
  }
}
