/**
 * The document layout: where each datum of a shared document lives (CDA path, JSON name), which data element
 * and HL7 type it has, how often it occurs, which values belong together in one group (a diagnosis, a drug,
 * an operation, an organizer), and its personal-data category after GB/T 37964-2019 and GB/T 39725-2020.
 * {@link io.hdx.model.layout.DocumentLayout} is read from spec data
 * ({@code io/hdx/model/spec/layout-*.tsv}, made by {@code sdk-model/src/build/import_layout.py}); its walker
 * yields every value of a document once, with its datum.
 *
 * <p>Parameters and returns are non-null; absent parts are {@code Optional}.
 *
 * @since 0.1.0
 */
@io.hdx.model.Beta
package io.hdx.model.layout;
