package io.hdx.testkit;

import io.hdx.model.document.ClinicalDocument;
import io.hdx.model.spec.DocumentSpec;
import java.util.Objects;

/**
 * One document made by {@link SampleData}: its number in the stream, the patient it is about and the document.
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public final class SampleDocument {
  private final long index;
  private final SamplePatient patient;
  private final DocumentSpec spec;
  private final ClinicalDocument document;

  SampleDocument(long index, SamplePatient patient, DocumentSpec spec, ClinicalDocument document) {
    this.index = index;
    this.patient = Objects.requireNonNull(patient, "patient");
    this.spec = Objects.requireNonNull(spec, "spec");
    this.document = Objects.requireNonNull(document, "document");
  }

  /** The document's number in its stream (0, 1, 2 ...). */
  public long index() {
    return index;
  }

  /** The patient the document is about. */
  public SamplePatient patient() {
    return patient;
  }

  /** The document's spec. */
  public DocumentSpec spec() {
    return spec;
  }

  /** The document, ready to encode or validate. */
  public ClinicalDocument document() {
    return document;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof SampleDocument)) {
      return false;
    }
    SampleDocument d = (SampleDocument) o;
    return index == d.index && patient.equals(d.patient) && spec.equals(d.spec) && document.equals(d.document);
  }

  @Override
  public int hashCode() {
    return Objects.hash(index, spec.code());
  }

  @Override
  public String toString() {
    return "SampleDocument[" + index + ", " + spec.code() + ", patient " + patient.index() + "]";
  }
}
