package io.hdx.codec.json;

/**
 * Options of a {@link JsonDecoder}, switched on with {@link JsonDecoder#with(JsonDecodeFeature)}.
 *
 * <p>Thread safety: immutable.
 *
 * <pre>{@code
 * JsonDecoder strict = JsonDecoder.create().with(JsonDecodeFeature.REFUSE_UNKNOWN_FIELDS);
 * }</pre>
 *
 * @since 0.1.0
 */
public enum JsonDecodeFeature {
  /**
   * Fail with {@code JSON-0105} on a field the format does not define, or one the value's type does not use,
   * instead of skipping it with a {@link io.hdx.codec.DecodeWarning} ({@code JSON-0901}, {@code JSON-0902}).
   */
  REFUSE_UNKNOWN_FIELDS
}
