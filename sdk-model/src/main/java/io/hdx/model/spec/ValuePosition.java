package io.hdx.model.spec;

import io.hdx.model.datatype.CodedValue;
import io.hdx.model.datatype.Hl7Value;
import io.hdx.model.datatype.NullValue;
import io.hdx.model.datatype.PhysicalQuantity;
import io.hdx.model.datatype.Text;
import io.hdx.model.layout.DocumentLayout;
import java.util.Optional;

/**
 * Where a data element's value sits inside the act that carries it. Most data elements are an
 * {@link #OBSERVATION} (an observation whose {@code code} is the data element and whose {@code value}
 * is its value). Inside a drug ({@code substanceAdministration}) or an operation ({@code procedure}) the
 * WS/T 500 examples put some data elements in the act's own attributes instead, with no data element
 * code written anywhere: the drug's name in {@code consumable}, its route in {@code routeCode}, the
 * operation code in {@code procedure/code}, and so on. Those positions are the other constants here.
 *
 * <p>Where each slot is written, which acts have it and its usual data element are spec data, the document
 * layout's {@link DocumentLayout#slotForm}.
 *
 * <p>Source: the public renderings of the WS/T 500-2016 appendix examples and three independent vendor
 * templates that name the data element of each slot (sdk-model/src/build/facts/wst500-entry-forms.md,
 * sections 1 and 2). The constants are declared in the order POCD_MT000040 (CDA R2) lists the elements,
 * which is the order an act's components are kept in ({@code Entry}).
 *
 * <p>Thread safety: immutable.
 *
 * <pre>{@code
 * Entry route = Entry.at(ValuePosition.ROUTE_CODE, "DE06.00.134.00", CodedValue.of(...));
 * }</pre>
 *
 * @since 0.1.0
 */
public enum ValuePosition {
  /** {@code procedure/code} (or the code of another non-observation act): e.g. the ICD-9-CM-3 operation code. */
  ACT_CODE(Kind.CODED),
  /** {@code substanceAdministration/routeCode}: 用药途径 (WS 364 CV06.00.102, OID 2.16.156.10011.2.3.1.158). */
  ROUTE_CODE(Kind.CODED),
  /** {@code substanceAdministration/doseQuantity}: the single dose (药物使用次剂量). */
  DOSE_QUANTITY(Kind.QUANTITY),
  /** {@code substanceAdministration/rateQuantity}: the frequency as a quantity (药物使用频率, e.g. 3 次/日). */
  RATE_QUANTITY(Kind.QUANTITY),
  /** {@code substanceAdministration/administrationUnitCode}: the dosage form (药物剂型代码). */
  ADMINISTRATION_UNIT_CODE(Kind.CODED),
  /** {@code procedure/targetSiteCode}: the target site (手术目标部位). */
  TARGET_SITE_CODE(Kind.CODED),
  /** {@code substanceAdministration/consumable/manufacturedProduct/manufacturedLabeledDrug/name} (药物名称). */
  DRUG_NAME(Kind.TEXT),
  /** An observation of its own: {@code code} = the data element, {@code value} = the value. The default. */
  OBSERVATION(Kind.ANY);

  private enum Kind { CODED, QUANTITY, TEXT, ANY }

  private final Kind kind;

  ValuePosition(Kind kind) {
    this.kind = kind;
  }

  /**
   * The CDA element that holds the value, e.g. {@code routeCode}; {@code observation} for {@link #OBSERVATION}.
   * The full path below the act is the layout's ({@link DocumentLayout#slotForm}).
   */
  public String element() {
    return isSlot() ? DocumentLayout.slotForm(this).element() : "observation";
  }

  /** Whether this is a slot of the act rather than an observation of its own. */
  public boolean isSlot() {
    return this != OBSERVATION;
  }

  /**
   * The data element the public samples carry at this slot when a document's spec does not say
   * otherwise; empty for {@link #ACT_CODE} (its data element depends on the act: the operation code
   * DE06.00.093.00, or the anaesthesia method DE06.00.073.00) and for {@link #OBSERVATION}.
   */
  public Optional<String> usualDataElement() {
    return isSlot() ? DocumentLayout.slotForm(this).usualDataElement() : Optional.<String>empty();
  }

  /** Whether an act of {@code shape} has this slot. */
  public boolean allowedIn(EntryShape shape) {
    return !isSlot() || DocumentLayout.slotForm(this).allowedIn(shape);
  }

  /** Whether the slot can hold {@code value}: a nullFlavor always, else a value of the slot's type. */
  public boolean accepts(Hl7Value value) {
    if (value instanceof NullValue) {
      return true;
    }
    switch (kind) {
      case CODED:
        return value instanceof CodedValue;
      case QUANTITY:
        return value instanceof PhysicalQuantity;
      case TEXT:
        return value instanceof Text;
      default:
        return true;
    }
  }
}
