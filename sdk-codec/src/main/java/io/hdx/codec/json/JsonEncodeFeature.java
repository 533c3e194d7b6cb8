package io.hdx.codec.json;

/**
 * Options of a {@link JsonEncoder}, switched on with {@link JsonEncoder#with(JsonEncodeFeature)}.
 *
 * <p>Thread safety: immutable.
 *
 * <pre>{@code
 * JsonEncoder pretty = JsonEncoder.create().with(JsonEncodeFeature.PRETTY_PRINT);
 * }</pre>
 *
 * @since 0.1.0
 */
public enum JsonEncodeFeature {
  /**
   * Indent nested objects and arrays by two spaces, one field or element per line, {@code "name": value}, LF line
   * ends (the layout of the example in sdk-codec/JSON.md). Off: no whitespace at all.
   */
  PRETTY_PRINT
}
