package io.hdx.codec;

import java.util.Objects;

/**
 * Bounds on what the decoder accepts, enforced by the parser while it reads (no input is buffered first).
 * Defaults: depth 100, 500 attributes per element, 64 MiB per document (bytes and characters), 16 MiB per
 * text node or attribute value, 1,024 characters per element or attribute name, 10,000 entity expansions.
 * Every bound bites while the input is read, before the parser has built the tag or text that breaks it.
 *
 * <p>Thread safety: immutable.
 *
 * <pre>{@code
 * DecodeLimits limits = DecodeLimits.builder().maxDepth(60).maxDocumentBytes(8L << 20).build();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class DecodeLimits {
  private static final DecodeLimits DEFAULTS = builder().build();

  private final int maxDepth;
  private final int maxAttributes;
  private final long maxDocumentBytes;
  private final int maxTextLength;
  private final int maxEntityExpansions;
  private final int maxNameLength;

  private DecodeLimits(Builder b) {
    this.maxDepth = positive(b.maxDepth, "maxDepth");
    this.maxAttributes = positive(b.maxAttributes, "maxAttributes");
    if (b.maxDocumentBytes <= 0) {
      throw new IllegalArgumentException("maxDocumentBytes must be positive");
    }
    this.maxDocumentBytes = b.maxDocumentBytes;
    this.maxTextLength = positive(b.maxTextLength, "maxTextLength");
    this.maxEntityExpansions = positive(b.maxEntityExpansions, "maxEntityExpansions");
    this.maxNameLength = positive(b.maxNameLength, "maxNameLength");
  }

  private static int positive(int value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive");
    }
    return value;
  }

  /** The default limits. */
  public static DecodeLimits defaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these limits. */
  public Builder toBuilder() {
    return new Builder().maxDepth(maxDepth).maxAttributes(maxAttributes).maxDocumentBytes(maxDocumentBytes)
        .maxTextLength(maxTextLength).maxEntityExpansions(maxEntityExpansions).maxNameLength(maxNameLength);
  }

  /** Maximum element nesting depth. */
  public int maxDepth() {
    return maxDepth;
  }

  /** Maximum attributes on one element. */
  public int maxAttributes() {
    return maxAttributes;
  }

  /** Maximum document size, in bytes read and in characters parsed. */
  public long maxDocumentBytes() {
    return maxDocumentBytes;
  }

  /** Maximum characters in one text node or attribute value. */
  public int maxTextLength() {
    return maxTextLength;
  }

  /** Maximum entity expansions (only the five predefined entities and character references exist). */
  public int maxEntityExpansions() {
    return maxEntityExpansions;
  }

  /** Maximum characters in one element or attribute name (prefix included). */
  public int maxNameLength() {
    return maxNameLength;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof DecodeLimits)) {
      return false;
    }
    DecodeLimits l = (DecodeLimits) o;
    return maxDepth == l.maxDepth && maxAttributes == l.maxAttributes && maxDocumentBytes == l.maxDocumentBytes
        && maxTextLength == l.maxTextLength && maxEntityExpansions == l.maxEntityExpansions
        && maxNameLength == l.maxNameLength;
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxDepth, maxAttributes, maxDocumentBytes, maxTextLength, maxEntityExpansions,
        maxNameLength);
  }

  @Override
  public String toString() {
    return "DecodeLimits[depth=" + maxDepth + ", attributes=" + maxAttributes + ", bytes=" + maxDocumentBytes
        + ", text=" + maxTextLength + ", entities=" + maxEntityExpansions + ", name=" + maxNameLength + "]";
  }

  /**
   * Builds {@link DecodeLimits}. Thread safety: not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private int maxDepth = 100;
    private int maxAttributes = 500;
    private long maxDocumentBytes = 64L * 1024 * 1024;
    private int maxTextLength = 16 * 1024 * 1024;
    private int maxEntityExpansions = 10_000;
    private int maxNameLength = 1024;

    private Builder() {}

    /** Maximum characters in one element or attribute name, prefix included (positive). */
    public Builder maxNameLength(int maxNameLength) {
      this.maxNameLength = maxNameLength;
      return this;
    }

    /** Maximum element nesting depth (positive). */
    public Builder maxDepth(int maxDepth) {
      this.maxDepth = maxDepth;
      return this;
    }

    /** Maximum attributes on one element (positive). */
    public Builder maxAttributes(int maxAttributes) {
      this.maxAttributes = maxAttributes;
      return this;
    }

    /** Maximum document size in bytes (positive). */
    public Builder maxDocumentBytes(long maxDocumentBytes) {
      this.maxDocumentBytes = maxDocumentBytes;
      return this;
    }

    /** Maximum characters in one text node or attribute value (positive). */
    public Builder maxTextLength(int maxTextLength) {
      this.maxTextLength = maxTextLength;
      return this;
    }

    /** Maximum entity expansions (positive). */
    public Builder maxEntityExpansions(int maxEntityExpansions) {
      this.maxEntityExpansions = maxEntityExpansions;
      return this;
    }

    /** Builds the limits. @throws IllegalArgumentException when a bound is not positive */
    public DecodeLimits build() {
      return new DecodeLimits(this);
    }
  }
}
