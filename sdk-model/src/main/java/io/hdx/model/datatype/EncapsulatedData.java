package io.hdx.model.datatype;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * HL7 V3 ED: data with a media type, either text (representation TXT) or bytes (representation
 * B64 on the wire), e.g. an image of a signed consent or a PDF report.
 *
 * <p>{@link #toString()} shows only the media type and size. Byte arrays are copied in and out.
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public final class EncapsulatedData implements Hl7Value {
  private final String mediaType;
  private final String text;
  private final byte[] bytes;

  private EncapsulatedData(String mediaType, String text, byte[] bytes) {
    this.mediaType = mediaType;
    this.text = text;
    this.bytes = bytes;
  }

  /** Text data, {@code mediaType} e.g. {@code text/plain} ({@code null} for the default). */
  public static EncapsulatedData ofText(String mediaType, String text) {
    return new EncapsulatedData(mediaType, Objects.requireNonNull(text, "text"), null);
  }

  /** Binary data, written base64 (representation B64). */
  public static EncapsulatedData ofBytes(String mediaType, byte[] bytes) {
    Objects.requireNonNull(mediaType, "mediaType");
    return new EncapsulatedData(mediaType, null, Objects.requireNonNull(bytes, "bytes").clone());
  }

  @Override
  public Hl7Type type() {
    return Hl7Type.ED;
  }

  /** The media type, if given. */
  public Optional<String> mediaType() {
    return Optional.ofNullable(mediaType);
  }

  /** Whether the data is binary (B64) rather than text. */
  public boolean isBinary() {
    return bytes != null;
  }

  /** The text, when not binary. */
  public Optional<String> text() {
    return Optional.ofNullable(text);
  }

  /** A copy of the bytes, when binary. */
  public Optional<byte[]> bytes() {
    return bytes == null ? Optional.empty() : Optional.of(bytes.clone());
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof EncapsulatedData)) {
      return false;
    }
    EncapsulatedData other = (EncapsulatedData) o;
    return Objects.equals(mediaType, other.mediaType)
        && Objects.equals(text, other.text)
        && Arrays.equals(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(mediaType, text) * 31 + Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    int size = bytes != null ? bytes.length : text.length();
    return "ED[" + (mediaType == null ? "text" : mediaType) + ", " + size + (bytes != null ? " bytes" : " chars") + "]";
  }
}
