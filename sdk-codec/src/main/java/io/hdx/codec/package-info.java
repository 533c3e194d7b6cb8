/**
 * What the CDA XML decoder ({@code io.hdx.codec.cda}) and the JSON decoder ({@code io.hdx.codec.json}) share:
 * {@link io.hdx.codec.DecodeResult} (the document and its {@link io.hdx.codec.DecodeWarning}s),
 * {@link io.hdx.codec.DecodeLimits} (the bounds on hostile input) and {@link io.hdx.codec.CodecException}
 * (every encode or decode failure, with a stable code: {@code CDA-0xxx} or {@code JSON-0xxx}).
 *
 * <p>Null policy: parameters and return values are non-null unless documented otherwise.
 *
 * @since 0.1.0
 */
package io.hdx.codec;
