package io.hdx.codec.cda;

import io.hdx.codec.internal.CdaCodec;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Objects;

/**
 * Reads WS/T 500 CDA R2 XML into a {@link io.hdx.model.document.ClinicalDocument}, streaming on a hardened
 * Woodstox StAX reader: DTDs and external entities refused, sizes bounded by {@link DecodeLimits}. The exact
 * inverse of {@link CdaEncoder}. Elements the model has no place for are skipped and listed in
 * {@link DecodeResult#warnings()}, never dropped silently. Every failure is a {@link CodecException} with
 * line, column and XPath; no other exception escapes for bad input.
 *
 * <p>Thread safety: immutable; build once and share.
 *
 * <pre>{@code
 * DecodeResult result = CdaDecoder.create().decode(bytes);
 * ClinicalDocument doc = result.document();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CdaDecoder {
  private final DecodeLimits limits;
  private final CdaCodec codec;

  private CdaDecoder(DecodeLimits limits) {
    this.limits = limits;
    this.codec = new CdaCodec(limits);
  }

  /** A decoder with {@link DecodeLimits#defaults()}. */
  public static CdaDecoder create() {
    return new CdaDecoder(DecodeLimits.defaults());
  }

  /** A decoder with {@code limits}. */
  public static CdaDecoder create(DecodeLimits limits) {
    return new CdaDecoder(Objects.requireNonNull(limits, "limits"));
  }

  /** The limits applied. */
  public DecodeLimits limits() {
    return limits;
  }

  /**
   * Decodes {@code xml}.
   *
   * @throws CodecException for malformed, hostile, over-limit or truncated input and values that break
   *     their data type's rules
   */
  public DecodeResult decode(byte[] xml) {
    return decode(new ByteArrayInputStream(Objects.requireNonNull(xml, "xml")));
  }

  /** Decodes one document from {@code in}, which is left open. */
  public DecodeResult decode(InputStream in) {
    return codec.decode(Objects.requireNonNull(in, "in"));
  }

  @Override
  public String toString() {
    return "CdaDecoder[" + limits + "]";
  }
}
