/**
 * CDA R2 XML codec for the WS/T 500 shared documents: {@link io.hdx.codec.cda.CdaEncoder} writes a
 * {@link io.hdx.model.document.ClinicalDocument} as UTF-8 XML, {@link io.hdx.codec.cda.CdaDecoder} reads it
 * back on a hardened StAX parser (no DTDs, no external entities, bounded by {@link io.hdx.codec.DecodeLimits}).
 * Every failure is a {@link io.hdx.codec.CodecException} with a stable {@code CDA-0xxx} code.
 *
 * <p>Null policy: parameters and return values are non-null unless documented otherwise.
 *
 * @since 0.1.0
 */
package io.hdx.codec.cda;
