/**
 * The JSON form of the shared documents: {@link io.hdx.codec.json.JsonEncoder} writes a
 * {@link io.hdx.model.document.ClinicalDocument} as JSON of the stable shape {@code hdx-cda-json/1},
 * {@link io.hdx.codec.json.JsonDecoder} reads it back into the same {@link io.hdx.codec.DecodeResult} the CDA
 * XML decoder returns, so a document moves XML → model → JSON → model → XML unchanged. The shape is described
 * field by field, with an example, in
 * <a href="https://github.com/hdx-sdk/hdx/blob/main/sdk-codec/JSON.md">sdk-codec/JSON.md</a>.
 *
 * <p>Both stream on Jackson core ({@code JsonFactory}, {@code JsonGenerator}, {@code JsonParser}; no data binding,
 * no reflection); no Jackson type appears in the API. Decoding is bounded by {@link io.hdx.codec.DecodeLimits}
 * and fails only with {@link io.hdx.codec.CodecException} ({@code JSON-0xxx}, JSON Pointer in
 * {@code xpath()}).
 *
 * <p>Null policy: parameters and return values are non-null unless documented otherwise.
 *
 * @since 0.1.0
 */
package io.hdx.codec.json;
