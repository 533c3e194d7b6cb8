package io.hdx.codec.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import io.hdx.codec.CodecException;
import io.hdx.model.document.ClinicalDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a {@link ClinicalDocument} as JSON in the documented, stable shape {@code hdx-cda-json/1}
 * (sdk-codec/JSON.md): a top-level object with {@code "format": "hdx-cda-json/1"}, the header parts named as
 * the model names them, and a {@code sections} array whose entries are keyed by data element code
 * ({@code "de"}), carry the data element's name and a value tagged with its HL7 type. Decimals are written as
 * strings keeping their scale, points in time as their TS literal, binary data in base64. Every document the
 * model can hold has a JSON form (decimals up to 1000 characters and scale +/-1000), which {@link JsonDecoder}
 * reads back equal.
 *
 * <p>Streams on one Jackson {@code JsonFactory} made when the encoder is created (no data binding, no
 * reflection). Output is UTF-8 for bytes; compact unless {@link JsonEncodeFeature#PRETTY_PRINT} is on.
 *
 * <p>Thread safety: immutable; build once and share.
 *
 * <pre>{@code
 * byte[] json = JsonEncoder.create().encode(document);
 * String pretty = new String(JsonEncoder.create().with(JsonEncodeFeature.PRETTY_PRINT).encode(document), UTF_8);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class JsonEncoder {
  private static final JsonEncoder DEFAULT = new JsonEncoder(newFactory(), false);

  private final JsonFactory factory;
  private final boolean pretty;

  private JsonEncoder(JsonFactory factory, boolean pretty) {
    this.factory = factory;
    this.pretty = pretty;
  }

  private static JsonFactory newFactory() {
    return JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
  }

  /** An encoder writing compact JSON. */
  public static JsonEncoder create() {
    return DEFAULT;
  }

  /** An encoder like this one with {@code feature} switched on. */
  public JsonEncoder with(JsonEncodeFeature feature) {
    return new JsonEncoder(factory, pretty || Objects.requireNonNull(feature, "feature") == JsonEncodeFeature.PRETTY_PRINT);
  }

  /** Whether {@code feature} is on. */
  public boolean isEnabled(JsonEncodeFeature feature) {
    return Objects.requireNonNull(feature, "feature") == JsonEncodeFeature.PRETTY_PRINT && pretty;
  }

  /**
   * The document as UTF-8 JSON.
   *
   * @throws CodecException {@code JSON-0202} for an {@code Hl7Value} class that is not one of sdk-model's data types or a decimal
   *     beyond 1000 characters or scale +/-1000
   */
  public byte[] encode(ClinicalDocument document) {
    Objects.requireNonNull(document, "document");
    ByteArrayBuilder out = new ByteArrayBuilder(4096);
    encode(document, out);
    return out.toByteArray();
  }

  /**
   * Writes the document as UTF-8 JSON to {@code out}, which is flushed and left open.
   *
   * @throws CodecException {@code JSON-0201} when {@code out} fails
   */
  public void encode(ClinicalDocument document, OutputStream out) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(out, "out");
    JsonGenerator g;
    try {
      g = factory.createGenerator(out, JsonEncoding.UTF8);
    } catch (IOException e) {
      throw writeFailed("", e);
    }
    write(document, g);
  }

  /**
   * Writes the document as JSON text to {@code out}, which is flushed and left open.
   *
   * @throws CodecException {@code JSON-0201} when {@code out} fails
   */
  public void encode(ClinicalDocument document, Writer out) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(out, "out");
    JsonGenerator g;
    try {
      g = factory.createGenerator(out);
    } catch (IOException e) {
      throw writeFailed("", e);
    }
    write(document, g);
  }

  private void write(ClinicalDocument document, JsonGenerator g) {
    if (pretty) {
      g.setPrettyPrinter(new PrettyLayout());
    }
    Map<String, String> names = CatalogNames.standard();
    JsonDocumentWriter writer = new JsonDocumentWriter(g, names);
    try {
      writer.write(document);
      g.close();
    } catch (IOException e) {
      throw writeFailed(writer.pointer(), e);
    }
  }

  private static CodecException writeFailed(String pointer, IOException e) {
    // Jackson's own messages may quote characters of the text being written; only the sink's failures are chained.
    return new CodecException(JsonCodes.WRITE_FAILED,
        "JSON could not be written (I/O failure, or nesting deeper than 1000)",
        pointer, -1, -1, e instanceof JsonProcessingException ? null : e);
  }

  @Override
  public String toString() {
    return pretty ? "JsonEncoder[PRETTY_PRINT]" : "JsonEncoder";
  }
}
