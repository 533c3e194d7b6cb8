package io.hdx.model.layout;

import io.hdx.model.datatype.Hl7Type;
import io.hdx.model.spec.EntryShape;
import io.hdx.model.spec.ValuePosition;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Where a slot of a non-observation act ({@link ValuePosition}: the drug's route, dose, name; the operation code) is
 * written below the act's element, the type its element has when it carries no {@code xsi:type}, which act shapes
 * have it, and which data element it holds when a document's spec does not say: the XML of a slot names no data
 * element (WS/T 500 examples carry values only). Spec data ({@code io/hdx/model/spec/layout-slots.tsv}, from
 * {@code sdk-model/src/build/facts/cda-slot-forms.tsv} after wst500-entry-forms.md sections 1 and 2 and HL7 CDA R2
 * POCD_MT000040).
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public final class SlotForm {
  private final ValuePosition position;
  private final List<String> path;
  private final Hl7Type type;
  private final Set<EntryShape> shapes;
  private final String usualDataElement;
  private final Map<String, String> byCodeSystem;
  private final String valueAttribute;
  private final boolean required;

  SlotForm(ValuePosition position, List<String> path, Hl7Type type, Set<EntryShape> shapes, String usualDataElement,
      Map<String, String> byCodeSystem, String valueAttribute, boolean required) {
    this.position = Objects.requireNonNull(position, "position");
    this.path = Collections.unmodifiableList(path);
    this.type = Objects.requireNonNull(type, "type");
    this.shapes = Collections.unmodifiableSet(EnumSet.copyOf(shapes));
    this.usualDataElement = usualDataElement;
    this.byCodeSystem = Collections.unmodifiableMap(byCodeSystem);
    this.valueAttribute = valueAttribute;
    this.required = required;
  }

  /** The slot. */
  public ValuePosition position() {
    return position;
  }

  /** The elements from the act's element down to the slot's, e.g. {@code consumable, manufacturedProduct, ...}. */
  public List<String> path() {
    return path;
  }

  /** The slot's own element (the last step of {@link #path()}), e.g. {@code routeCode}. */
  public String element() {
    return path.get(path.size() - 1);
  }

  /** The type of the slot's element when it has no {@code xsi:type}: CD for codes, PQ for quantities, ST for names. */
  public Hl7Type type() {
    return type;
  }

  /** Whether an act of {@code shape} has this slot. */
  public boolean allowedIn(EntryShape shape) {
    return shapes.contains(shape);
  }

  /** The data element the public samples carry in this slot when a spec does not say; empty where none is known. */
  public Optional<String> usualDataElement() {
    return Optional.ofNullable(usualDataElement);
  }

  /**
   * The data element this slot of an act of {@code shape} holds when a spec does not say, given the code system
   * of its value (may be null): by the code system where the samples tell data elements apart by it (in a
   * procedure's code the operation code DE06.00.093.00 in ICD-9-CM-3, the anaesthesia method DE06.00.073.00 in
   * CV06.00.103), else {@link #usualDataElement()}.
   */
  public Optional<String> dataElement(EntryShape shape, String codeSystem) {
    String de = codeSystem == null ? null : byCodeSystem.get(shape.name() + ':' + codeSystem);
    return Optional.ofNullable(de != null ? de : usualDataElement);
  }

  /**
   * The attribute a filled slot element has ({@code code}, {@code value}); empty where the element's text is the
   * value (the drug name).
   */
  public Optional<String> valueAttribute() {
    return Optional.ofNullable(valueAttribute);
  }

  /**
   * Whether the act's element requires the slot's path (POCD_MT000040 SubstanceAdministration: consumable 1..1):
   * an act without the slot gets the path as a placeholder, its innermost element before the slot's a nullFlavor.
   */
  public boolean required() {
    return required;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof SlotForm)) {
      return false;
    }
    SlotForm f = (SlotForm) o;
    return position == f.position && path.equals(f.path) && type == f.type && shapes.equals(f.shapes)
        && Objects.equals(usualDataElement, f.usualDataElement) && byCodeSystem.equals(f.byCodeSystem)
        && Objects.equals(valueAttribute, f.valueAttribute) && required == f.required;
  }

  @Override
  public int hashCode() {
    return Objects.hash(position, path, type, shapes, usualDataElement, byCodeSystem, valueAttribute, required);
  }

  @Override
  public String toString() {
    return "SlotForm[" + position + " " + String.join("/", path) + " " + type + "]";
  }
}
