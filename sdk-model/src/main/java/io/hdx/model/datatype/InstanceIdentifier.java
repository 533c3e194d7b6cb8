package io.hdx.model.datatype;

import java.util.Objects;
import java.util.Optional;

/**
 * HL7 V3 II: an identifier made of a {@code root} OID naming the namespace and an optional
 * {@code extension} unique within it, e.g. root {@code 2.16.156.10011.1.3} (resident ID number,
 * see {@code IdentifierOid}) with the number as extension.
 *
 * <p>{@link #toString()} masks the extension, which is often a patient identifier.
 *
 * <p>An identifier whose {@code @root} is missing or no OID is kept as a document wrote it
 * ({@link Builder#buildAsWritten()}): a well-formed document is read whatever its values, and the validator
 * reports it (issue 10); {@link #isValid()} is false for it and {@link #root()} gives the text as written, or
 * {@code ""} when missing.
 *
 * <p>Thread safety: immutable.
 *
 * <pre>{@code
 * InstanceIdentifier id = InstanceIdentifier.of("2.16.156.10011.1.12", "ZY0001");
 * }</pre>
 *
 * @since 0.1.0
 */
public final class InstanceIdentifier implements Hl7Value {
  private final String root;
  private final String extension;
  private final String assigningAuthorityName;

  private InstanceIdentifier(Builder builder, boolean asWritten) {
    this.root = asWritten ? builder.root : Oids.requireValid(builder.root, "root");
    this.extension = builder.extension;
    this.assigningAuthorityName = builder.assigningAuthorityName;
  }

  /** An identifier in namespace {@code root} with the given {@code extension}. */
  public static InstanceIdentifier of(String root, String extension) {
    return builder().root(root).extension(Objects.requireNonNull(extension, "extension")).build();
  }

  /** An identifier that is the OID {@code root} itself, without extension. */
  public static InstanceIdentifier ofRoot(String root) {
    return builder().root(root).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this identifier's fields. */
  public Builder toBuilder() {
    return new Builder().root(root).extension(extension).assigningAuthorityName(assigningAuthorityName);
  }

  @Override
  public Hl7Type type() {
    return Hl7Type.II;
  }

  /** The namespace OID. */
  public String root() {
    return root == null ? "" : root;
  }

  /** The {@code @root} as written; empty only for an identifier built {@link Builder#buildAsWritten() as written}. */
  public Optional<String> rootIfPresent() {
    return Optional.ofNullable(root);
  }

  /** Whether {@code @root} is an OID; false for an identifier built {@link Builder#buildAsWritten() as written}. */
  @Override
  public boolean isValid() {
    return root != null && Oids.isValid(root);
  }

  /** The identifier within the namespace, if any. */
  public Optional<String> extension() {
    return Optional.ofNullable(extension);
  }

  /** The name of the assigning authority, if given. */
  public Optional<String> assigningAuthorityName() {
    return Optional.ofNullable(assigningAuthorityName);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof InstanceIdentifier)) {
      return false;
    }
    InstanceIdentifier other = (InstanceIdentifier) o;
    return Objects.equals(root, other.root)
        && Objects.equals(extension, other.extension)
        && Objects.equals(assigningAuthorityName, other.assigningAuthorityName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(root, extension, assigningAuthorityName);
  }

  /** The root and a masked extension: {@code II[2.16.156.10011.1.3:***]}. */
  @Override
  public String toString() {
    return "II[" + (isValid() ? root : "INVALID") + (extension == null ? "" : ":***") + "]";
  }

  /**
   * Builds an {@link InstanceIdentifier}. Thread safety: not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private String root;
    private String extension;
    private String assigningAuthorityName;

    private Builder() {}

    /** The namespace OID (required). */
    public Builder root(String root) {
      this.root = root;
      return this;
    }

    /** The identifier within the namespace, or {@code null} for none. */
    public Builder extension(String extension) {
      this.extension = extension;
      return this;
    }

    /** The assigning authority's name, or {@code null} for none. */
    public Builder assigningAuthorityName(String assigningAuthorityName) {
      this.assigningAuthorityName = assigningAuthorityName;
      return this;
    }

    /**
     * Builds the identifier.
     *
     * @throws NullPointerException when the root is missing
     * @throws IllegalArgumentException when the root is not a dotted OID
     */
    public InstanceIdentifier build() {
      return new InstanceIdentifier(this, false);
    }

    /**
     * The identifier as a document wrote it, its root missing ({@code null}, e.g. {@code <setId extension="1"/>})
     * or no OID: what a lenient decoder keeps so that the document is written back unchanged
     * ({@link InstanceIdentifier#isValid()} is false when it is).
     */
    public InstanceIdentifier buildAsWritten() {
      return new InstanceIdentifier(this, true);
    }
  }
}
