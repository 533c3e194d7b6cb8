package io.hdx.model.layout;

import io.hdx.model.spec.EntryShape;
import java.util.Objects;
import java.util.Optional;

/**
 * How an entry of one {@link EntryShape} is written in a section of a CDA document: its clinical-statement element
 * ({@code observation}, {@code organizer}, {@code substanceAdministration} ...), that element's fixed
 * {@code classCode} and {@code moodCode} (HL7 CDA R2 POCD_MT000040), and how it nests what it holds
 * ({@code entryRelationship typeCode="COMP"}, an organizer's {@code component}). Spec data
 * ({@code io/hdx/model/spec/layout-acts.tsv}, from {@code sdk-model/src/build/facts/cda-act-forms.tsv} after
 * the WS/T 500-2016 body, standard's examples (patterns 1-3) and wst500-entry-forms.md sections 1-2); the CDA reader and
 * writer and the validator read it from {@link DocumentLayout#actForm(EntryShape)}.
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public final class ActForm {
  private final EntryShape shape;
  private final String element;
  private final String classCode;
  private final String moodCode;
  private final String nestedIn;
  private final String typeCode;
  private final boolean codeRequired;
  private final boolean statusCode;

  ActForm(EntryShape shape, String element, String classCode, String moodCode, String nestedIn, String typeCode,
      boolean codeRequired, boolean statusCode) {
    this.shape = Objects.requireNonNull(shape, "shape");
    this.element = Objects.requireNonNull(element, "element");
    this.classCode = Objects.requireNonNull(classCode, "classCode");
    this.moodCode = Objects.requireNonNull(moodCode, "moodCode");
    this.nestedIn = Objects.requireNonNull(nestedIn, "nestedIn");
    this.typeCode = typeCode;
    this.codeRequired = codeRequired;
    this.statusCode = statusCode;
  }

  /** The entry shape. */
  public EntryShape shape() {
    return shape;
  }

  /** The clinical-statement element, e.g. {@code substanceAdministration}. */
  public String element() {
    return element;
  }

  /** The element's {@code classCode}, e.g. {@code SBADM}. */
  public String classCode() {
    return classCode;
  }

  /** The element's {@code moodCode}: {@code EVN} (a record of what happened). */
  public String moodCode() {
    return moodCode;
  }

  /**
   * The element a nested entry of this one sits in: {@code component} for an organizer's components, else
   * {@code entryRelationship}.
   */
  public String nestedIn() {
    return nestedIn;
  }

  /** The {@code typeCode} of {@link #nestedIn()}, e.g. {@code COMP}; empty where it has none. */
  public Optional<String> typeCode() {
    return Optional.ofNullable(typeCode);
  }

  /** Whether the element's {@code code} is written even without a data element (then as a nullFlavor). */
  public boolean codeRequired() {
    return codeRequired;
  }

  /** Whether the element carries an (empty) {@code statusCode}, as an organizer does. */
  public boolean hasStatusCode() {
    return statusCode;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ActForm)) {
      return false;
    }
    ActForm f = (ActForm) o;
    return shape == f.shape && element.equals(f.element) && classCode.equals(f.classCode)
        && moodCode.equals(f.moodCode) && nestedIn.equals(f.nestedIn) && Objects.equals(typeCode, f.typeCode)
        && codeRequired == f.codeRequired && statusCode == f.statusCode;
  }

  @Override
  public int hashCode() {
    return Objects.hash(shape, element, classCode, moodCode, nestedIn, typeCode, codeRequired, statusCode);
  }

  @Override
  public String toString() {
    return "ActForm[" + shape + " " + element + " " + classCode + "/" + moodCode + "]";
  }
}
