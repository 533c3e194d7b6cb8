package io.hdx.codec.internal;

import io.hdx.model.datatype.Hl7Type;
import io.hdx.model.spec.DocumentSpecRegistry;
import io.hdx.model.spec.EntryShape;
import io.hdx.model.spec.EntrySpec;
import io.hdx.model.spec.SectionSpec;
import io.hdx.model.spec.ValuePosition;
import java.util.Optional;

/**
 * Which data element a slot of a drug or an operation holds ({@link ValuePosition}), and the type its
 * XML element has. The XML of a slot names no data element (WS/T 500 examples: {@code routeCode},
 * {@code manufacturedLabeledDrug/name}, {@code procedure/code} carry values only), so the reader takes it
 * from the document's spec, and where the spec has no such slot from the data element the public samples
 * carry there (sdk-model/src/build/facts/wst500-entry-forms.md, sections 1 and 2).
 *
 * <p>Thread safety: stateless.
 */
final class ActSlots {
  /** 手术(操作)代码表(ICD-9-CM-3): a procedure code of this system is the operation code. */
  private static final String ICD9CM3 = "2.16.156.10011.2.3.3.12";
  /** 麻醉方法代码表 (WS 364 CV06.00.103): a procedure code of this system is the anaesthesia method. */
  private static final String ANESTHESIA_METHOD = "2.16.156.10011.2.3.1.159";

  private ActSlots() {}

  /**
   * The data element in {@code slot} of an act of {@code shape} in section {@code sectionKey} of document
   * {@code documentCode} (either may be null when unknown), or null when neither the spec nor the samples
   * name one. {@code codeSystem} is the slot's code system, which tells an operation code from an
   * anaesthesia method when the spec is silent.
   */
  static String dataElement(String documentCode, String sectionKey, EntryShape shape, ValuePosition slot,
      String codeSystem) {
    Optional<SectionSpec> section = documentCode == null || sectionKey == null ? Optional.<SectionSpec>empty()
        : DocumentSpecRegistry.standard().byCode(documentCode).flatMap(spec -> spec.section(sectionKey));
    if (section.isPresent()) {
      for (EntrySpec entry : section.get().entries()) {
        if (entry.shape() == shape && entry.position() == slot) {
          return entry.dataElement();
        }
      }
    }
    if (slot == ValuePosition.ACT_CODE && shape == EntryShape.PROCEDURE) {
      if (ICD9CM3.equals(codeSystem)) {
        return "DE06.00.093.00";
      }
      return ANESTHESIA_METHOD.equals(codeSystem) ? "DE06.00.073.00" : null;
    }
    return slot.usualDataElement().orElse(null);
  }

  /** The type of the slot's XML element when it has no xsi:type: CD for codes, PQ for quantities, ST for names. */
  static Hl7Type declaredType(ValuePosition slot) {
    switch (slot) {
      case DOSE_QUANTITY:
      case RATE_QUANTITY:
        return Hl7Type.PQ;
      case DRUG_NAME:
        return Hl7Type.ST;
      default:
        return Hl7Type.CD;
    }
  }
}
