package io.hdx.codec.json;

/**
 * The stable codes of the JSON codec's {@link io.hdx.codec.CodecException}s and warnings (sdk-codec/JSON.md,
 * "Errors").
 *
 * <p>Thread safety: constants only.
 */
final class JsonCodes {
  /** Not well-formed JSON (syntax, encoding, content after the document). */
  static final String MALFORMED = "JSON-0001";
  /** The input could not be read. */
  static final String READ_FAILED = "JSON-0002";
  /** A {@link io.hdx.codec.DecodeLimits} bound was exceeded. */
  static final String LIMIT = "JSON-0004";
  /** Empty or truncated input. */
  static final String TRUNCATED = "JSON-0005";
  /** The root is not an object with {@code "format": "hdx-cda-json/1"}. */
  static final String NOT_HDX_JSON = "JSON-0010";
  /** A value breaks its data type's rule. */
  static final String BAD_VALUE = "JSON-0101";
  /** A required field is missing. */
  static final String MISSING = "JSON-0102";
  /** A value's {@code type} is missing, unknown or not allowed at its place. */
  static final String BAD_TYPE = "JSON-0103";
  /** A field holds the wrong kind of JSON value (e.g. a number where an object belongs). */
  static final String WRONG_KIND = "JSON-0104";
  /** An unknown field, refused by {@link JsonDecodeFeature#REFUSE_UNKNOWN_FIELDS}. */
  static final String UNKNOWN_REFUSED = "JSON-0105";
  /** A field given twice in one object. */
  static final String DUPLICATE = "JSON-0106";
  /** JSON could not be written (I/O failure). */
  static final String WRITE_FAILED = "JSON-0201";
  /** A model part has no JSON form (an {@code Hl7Value} class the codec does not know). */
  static final String NO_JSON_FORM = "JSON-0202";
  /** Warning: an unknown field was skipped with its content. */
  static final String UNKNOWN_FIELD = "JSON-0901";
  /** Warning: a known field that the value's type does not use was skipped. */
  static final String UNUSED_FIELD = "JSON-0902";
  /** Warning: more fields were skipped than warnings are listed; the count only. */
  static final String WARNINGS_CAPPED = "JSON-0909";
  /** Warning: a value that breaks its data type, kept as written (an invalid value of its type), as CDA-0921. */
  static final String VALUE_KEPT_INVALID = "JSON-0921";

  /** The value of the top-level {@code format} field. */
  static final String FORMAT = "hdx-cda-json/1";

  private JsonCodes() {}
}
