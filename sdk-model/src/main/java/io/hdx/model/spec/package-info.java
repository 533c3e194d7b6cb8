/**
 * Document specs: each WS/T 500 (53) and WS/T 483 (20) shared document described as data, read
 * by the one generic encoder, decoder, validator, de-identifier and sample generator.
 *
 * <p>A {@link io.hdx.model.spec.DocumentSpec} gives the document's identity (code, templateId,
 * title), its header requirements ({@link io.hdx.model.spec.HeaderElementSpec}) and its sections
 * ({@link io.hdx.model.spec.SectionSpec}) with their entries ({@link io.hdx.model.spec.EntrySpec}):
 * data element, HL7 type, entry shape, value-set binding and cardinality. Every fact carries its
 * {@link io.hdx.model.Confidence}: the public sources the specs were built from do not confirm
 * everything, and readers must be able to tell (a validator reports a breach of an unconfirmed fact
 * as a warning, not an error). {@link io.hdx.model.spec.DocumentSpecRegistry#standard()} holds them
 * all, loaded from {@code io/hdx/model/spec/*.tsv}.
 *
 * <p>Null policy: parameters and return values are non-null; absent facts are {@code Optional}.
 *
 * @since 0.1.0
 */
package io.hdx.model.spec;

import io.hdx.model.Confidence;
