package io.hdx.codec.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import io.hdx.codec.CodecException;
import io.hdx.codec.DecodeLimits;
import io.hdx.codec.DecodeResult;
import io.hdx.model.ValidationException;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Objects;

/**
 * Reads JSON of the shape {@code hdx-cda-json/1} (sdk-codec/JSON.md) into a
 * {@link io.hdx.model.document.ClinicalDocument}: the exact inverse of {@link JsonEncoder}. Fields may come in
 * any order; JSON {@code null} stands for an absent optional field. A field the format does not define is skipped
 * and listed in {@link DecodeResult#warnings()} ({@link #UNKNOWN_FIELD}), never dropped silently; with
 * {@link JsonDecodeFeature#REFUSE_UNKNOWN_FIELDS} it is refused.
 *
 * <p>Hardened: Jackson's {@code StreamReadConstraints} bound nesting depth ({@link DecodeLimits#maxDepth()},
 * at most 1000), document size ({@link DecodeLimits#maxDocumentBytes()}, bytes for byte input, characters for
 * text input), string length ({@link DecodeLimits#maxTextLength()}), field names (1000 characters) and numbers
 * (1000 digits); decimals are bounded to 100 characters, 50 digits and a scale within +/-100 ({@link io.hdx.model.datatype.Decimals}); at most 1000 warnings are
 * listed. Every failure is a {@link CodecException} whose {@link CodecException#xpath()} holds the JSON Pointer
 * (RFC 6901) of the place, e.g. {@code /sections/2/entries/0/value}, and whose message never holds a value:
 * {@code JSON-0001} not well-formed JSON (or content after the document), {@code JSON-0002} the input could not
 * be read, {@code JSON-0004} a limit exceeded, {@code JSON-0005} empty or truncated input, {@code JSON-0010} not
 * an {@code hdx-cda-json/1} document, {@code JSON-0101} a value breaks its data type's rule, {@code JSON-0102} a
 * required field is missing, {@code JSON-0103} a value's {@code type} is missing, unknown or not allowed there,
 * {@code JSON-0104} a field holds the wrong kind of JSON value, {@code JSON-0105} an unknown field refused,
 * {@code JSON-0106} a field given twice. No other exception escapes for bad input. Jackson's parse exceptions
 * are not chained, as their messages may quote the input.
 *
 * <p>Thread safety: immutable; build once and share.
 *
 * <pre>{@code
 * DecodeResult result = JsonDecoder.create().decode(json);
 * ClinicalDocument doc = result.document();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class JsonDecoder {
  /** Warning code: a field the format does not define was skipped with its content. */
  public static final String UNKNOWN_FIELD = JsonCodes.UNKNOWN_FIELD;
  /** Warning code: a field of a value object that its {@code type} does not use was skipped. */
  public static final String UNUSED_FIELD = JsonCodes.UNUSED_FIELD;
  /** Warning code: more than 1000 fields were skipped; the last warning gives only their count. */
  public static final String WARNINGS_CAPPED = JsonCodes.WARNINGS_CAPPED;

  /** The deepest nesting read whatever the limits say: the decoder descends recursively. */
  static final int MAX_NESTING = 1000;
  /** The longest field name read, in characters. */
  static final int MAX_NAME_LENGTH = 1000;
  /** The longest JSON number read, in characters. */
  static final int MAX_NUMBER_LENGTH = 1000;

  private final DecodeLimits limits;
  private final boolean refuseUnknown;
  private final JsonFactory factory;

  private JsonDecoder(DecodeLimits limits, boolean refuseUnknown, JsonFactory factory) {
    this.limits = limits;
    this.refuseUnknown = refuseUnknown;
    this.factory = factory;
  }

  /** A lenient decoder with {@link DecodeLimits#defaults()}. */
  public static JsonDecoder create() {
    return create(DecodeLimits.defaults());
  }

  /** A lenient decoder with {@code limits} (attribute and entity limits do not apply to JSON). */
  public static JsonDecoder create(DecodeLimits limits) {
    Objects.requireNonNull(limits, "limits");
    return new JsonDecoder(limits, false, newFactory(limits));
  }

  private static JsonFactory newFactory(DecodeLimits limits) {
    StreamReadConstraints constraints = StreamReadConstraints.builder()
        .maxNestingDepth(Math.min(limits.maxDepth(), MAX_NESTING))
        .maxDocumentLength(limits.maxDocumentBytes())
        .maxStringLength(limits.maxTextLength())
        .maxNameLength(MAX_NAME_LENGTH)
        .maxNumberLength(MAX_NUMBER_LENGTH)
        .build();
    return JsonFactory.builder()
        .streamReadConstraints(constraints)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
        .build();
  }

  /** A decoder like this one with {@code feature} switched on. */
  public JsonDecoder with(JsonDecodeFeature feature) {
    Objects.requireNonNull(feature, "feature");
    return new JsonDecoder(limits, true, factory);
  }

  /** Whether {@code feature} is on. */
  public boolean isEnabled(JsonDecodeFeature feature) {
    return Objects.requireNonNull(feature, "feature") == JsonDecodeFeature.REFUSE_UNKNOWN_FIELDS && refuseUnknown;
  }

  /** The limits applied. */
  public DecodeLimits limits() {
    return limits;
  }

  /**
   * Decodes UTF-8 (or UTF-16/32, detected) JSON bytes.
   *
   * @throws CodecException for malformed, hostile, over-limit or truncated input and for content that breaks the
   *     format's or a data type's rules
   */
  public DecodeResult decode(byte[] json) {
    Objects.requireNonNull(json, "json");
    if (json.length > limits.maxDocumentBytes()) {
      throw tooLarge();
    }
    return decode(f -> f.createParser(json));
  }

  /** Decodes one document from {@code in} (UTF-8, or UTF-16/32 detected), which is left open. */
  public DecodeResult decode(InputStream in) {
    Objects.requireNonNull(in, "in");
    return decode(f -> f.createParser(in));
  }

  /** Decodes one document from {@code in}, which is left open. */
  public DecodeResult decode(Reader in) {
    Objects.requireNonNull(in, "in");
    return decode(f -> f.createParser(in));
  }

  /** Decodes JSON text. */
  public DecodeResult decode(String json) {
    Objects.requireNonNull(json, "json");
    if (json.length() > limits.maxDocumentBytes()) {
      throw tooLarge();
    }
    return decode(f -> f.createParser(json));
  }

  private static CodecException tooLarge() {
    return new CodecException(JsonCodes.LIMIT, "the document is larger than DecodeLimits.maxDocumentBytes", "", -1,
        -1, null);
  }

  /** Opens a parser on the caller's input. */
  private interface Source {
    JsonParser open(JsonFactory factory) throws IOException;
  }

  private DecodeResult decode(Source source) {
    JsonParser parser = null;
    JsonDocumentReader reader = null;
    try {
      parser = source.open(factory);
      reader = new JsonDocumentReader(parser, refuseUnknown);
      return reader.read();
    } catch (StreamConstraintsException e) {
      throw failure(JsonCodes.LIMIT, "a decode limit was exceeded (nesting depth, document size, string, name or "
          + "number length)", reader, e.getLocation(), e);
    } catch (JsonEOFException e) {
      throw failure(JsonCodes.TRUNCATED, "empty or truncated input", reader, e.getLocation(), null);
    } catch (StreamReadException e) {
      throw failure(JsonCodes.MALFORMED, "input is not well-formed JSON (RFC 8259)", reader, e.getLocation(), null);
    } catch (CharConversionException e) {
      throw failure(JsonCodes.MALFORMED, "input is not well-formed JSON (invalid character encoding)", reader, null,
          null);
    } catch (JsonProcessingException e) {
      throw failure(JsonCodes.MALFORMED, "input is not well-formed JSON (RFC 8259)", reader, e.getLocation(), null);
    } catch (IOException e) {
      throw failure(JsonCodes.READ_FAILED, "the input could not be read", reader, null, e);
    } catch (ValidationException | IllegalArgumentException e) {
      throw failure(JsonCodes.BAD_VALUE, "a value breaks its data type's rule", reader,
          parser == null ? null : parser.currentTokenLocation(), e);
    } finally {
      closeQuietly(parser);
    }
  }

  private static CodecException failure(String code, String rule, JsonDocumentReader reader, JsonLocation l,
      Throwable cause) {
    return new CodecException(code, rule, reader == null ? "" : reader.pointer(), JsonDocumentReader.line(l),
        JsonDocumentReader.column(l), cause);
  }

  private static void closeQuietly(JsonParser parser) {
    if (parser == null) {
      return;
    }
    try {
      parser.close();
    } catch (IOException e) {
      // Closing releases the parser's buffers only (AUTO_CLOSE_SOURCE is off); the input belongs to the caller.
      return;
    }
  }

  @Override
  public String toString() {
    return "JsonDecoder[" + limits + (refuseUnknown ? ", REFUSE_UNKNOWN_FIELDS" : "") + "]";
  }
}
