package io.hdx.codec.cda;

import io.hdx.codec.CodecException;
import io.hdx.codec.DecodeLimits;
import io.hdx.codec.DecodeResult;
import io.hdx.codec.internal.CdaCodec;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Objects;

/**
 * Reads WS/T 500 CDA R2 XML into a {@link io.hdx.model.document.ClinicalDocument}, streaming on a hardened
 * StAX reader (Aalto): DTDs and external entities refused, sizes bounded by {@link DecodeLimits}. The exact
 * inverse of {@link CdaEncoder}. Elements the model has no place for are listed in
 * {@link DecodeResult#warnings()}, never dropped silently, and kept in {@link DecodeResult#source()} so that
 * {@link CdaEncoder#encode(io.hdx.model.document.ClinicalDocument, CdaSource)} writes them back. Every failure
 * is a {@link CodecException} with line, column and XPath; no other exception escapes for bad input.
 *
 * <p>By default the decoder is {@link DecodeMode#LENIENT} and keeps the source (for an input stream this
 * means reading it into memory first, within {@link DecodeLimits#maxDocumentBytes()}).
 *
 * <p>Thread safety: immutable; build once and share.
 *
 * <pre>{@code
 * DecodeResult result = CdaDecoder.create().decode(bytes);
 * ClinicalDocument doc = result.document();
 * CdaDecoder strict = CdaDecoder.builder().mode(DecodeMode.STRICT).keepSource(false).build();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CdaDecoder {
  private static final CdaDecoder DEFAULT = builder().build();

  private final DecodeLimits limits;
  private final DecodeMode mode;
  private final boolean keepSource;
  private final CdaCodec codec;

  private CdaDecoder(Builder b) {
    this.limits = b.limits;
    this.mode = b.mode;
    this.keepSource = b.keepSource;
    this.codec = new CdaCodec(limits);
  }

  /** A lenient decoder with {@link DecodeLimits#defaults()} that keeps the source. */
  public static CdaDecoder create() {
    return DEFAULT;
  }

  /** A lenient decoder with {@code limits} that keeps the source. */
  public static CdaDecoder create(DecodeLimits limits) {
    return builder().limits(limits).build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** The limits applied. */
  public DecodeLimits limits() {
    return limits;
  }

  /** The mode. */
  public DecodeMode mode() {
    return mode;
  }

  /** Whether results carry their {@link CdaSource}. */
  public boolean keepsSource() {
    return keepSource;
  }

  /**
   * Decodes {@code xml}.
   *
   * @throws CodecException for malformed, hostile, over-limit or truncated input, values that break their
   *     data type's rules, and in {@link DecodeMode#STRICT} the deviations lenient mode recovers from
   */
  public DecodeResult decode(byte[] xml) {
    Objects.requireNonNull(xml, "xml");
    if (!keepSource) {
      return codec.decode(new ByteArrayInputStream(xml), mode == DecodeMode.STRICT);
    }
    byte[] copy = xml.clone();
    DecodeResult r = codec.decode(new ByteArrayInputStream(copy), mode == DecodeMode.STRICT);
    return new DecodeResult(r.document(), r.warnings(), new CdaSource(copy, r.document()));
  }

  /** Decodes one document from {@code in}, which is left open. */
  public DecodeResult decode(InputStream in) {
    Objects.requireNonNull(in, "in");
    if (!keepSource) {
      return codec.decode(in, mode == DecodeMode.STRICT);
    }
    byte[] xml = codec.readAll(in);
    DecodeResult r = codec.decode(new ByteArrayInputStream(xml), mode == DecodeMode.STRICT);
    return new DecodeResult(r.document(), r.warnings(), new CdaSource(xml, r.document()));
  }

  @Override
  public String toString() {
    return "CdaDecoder[" + mode + ", keepSource=" + keepSource + ", " + limits + "]";
  }

  /**
   * Builds a {@link CdaDecoder}. Thread safety: not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private DecodeLimits limits = DecodeLimits.defaults();
    private DecodeMode mode = DecodeMode.LENIENT;
    private boolean keepSource = true;

    private Builder() {}

    /** The limits (default {@link DecodeLimits#defaults()}). */
    public Builder limits(DecodeLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /** The mode (default {@link DecodeMode#LENIENT}). */
    public Builder mode(DecodeMode mode) {
      this.mode = Objects.requireNonNull(mode, "mode");
      return this;
    }

    /**
     * Whether results keep their source for lossless re-encoding (default true). Without it an input stream
     * is decoded as it streams, with nothing buffered.
     */
    public Builder keepSource(boolean keepSource) {
      this.keepSource = keepSource;
      return this;
    }

    /** The decoder. */
    public CdaDecoder build() {
      return new CdaDecoder(this);
    }
  }
}
