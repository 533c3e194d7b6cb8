/**
 * The HDX model: what the standards define, as typed Java values. The root package holds the
 * exception hierarchy every HDX module shares ({@link io.hdx.model.HdxException}); the
 * sub-packages hold data elements ({@code dataset}), value sets ({@code valueset}), identifiers
 * ({@code id}), HL7 V3 data types ({@code datatype}), document specs ({@code spec}) and document
 * models ({@code document}).
 *
 * <p>Null policy: parameters and return values are non-null unless documented otherwise.
 *
 * @since 0.1.0
 */
package io.hdx.model;
