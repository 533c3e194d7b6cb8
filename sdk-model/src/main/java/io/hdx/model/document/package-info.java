/**
 * Document models. {@link io.hdx.model.document.ClinicalDocument} is the generic model of any
 * shared document (header, sections, entries keyed by data element code) that the codec reads and
 * writes; the typed classes in {@code io.hdx.model.document.wst500} and
 * {@code io.hdx.model.document.wst483} (generated from the document specs) wrap it with
 * compile-time names, e.g. {@code OutpatientRecord.builder().chiefComplaint("...")}.
 *
 * <p>{@code toString()} of every class here masks personal data: names, identifiers, addresses,
 * phone numbers and free text never appear in it.
 *
 * <p>Null policy: parameters and return values are non-null; absent parts are {@code Optional},
 * absent lists are empty.
 *
 * @since 0.1.0
 */
package io.hdx.model.document;
