package io.hdx.codec.v3;

import java.util.Objects;
import java.util.Optional;

/**
 * An HL7 V3 instance identifier (II) as platform messages carry it: a root (an OID such as
 * {@code 2.16.156.10011.2.5.1.4} for a local patient id, or a UUID) and an optional extension. Read from
 * either the R1 form {@code <id root extension/>} or the 2016 national form {@code <id><item root extension/></id>}.
 * Unlike the model's {@code InstanceIdentifier} it does not insist on an OID root: real messages carry UUID
 * roots, and the simulator, not the codec, judges them.
 *
 * <p>Thread safety: immutable. {@link #toString()} masks the extension (it may be a patient's id number).
 *
 * <pre>{@code Identifier id = Identifier.of("2.16.156.10011.1.3", residentId);}</pre>
 *
 * @since 0.1.0
 */
public final class Identifier {
  private final String root;
  private final String extension;

  private Identifier(String root, String extension) {
    this.root = Objects.requireNonNull(root, "root");
    if (root.isEmpty()) {
      throw new IllegalArgumentException("root must not be empty");
    }
    this.extension = extension == null || extension.isEmpty() ? null : extension;
  }

  /** An identifier with root and extension ({@code extension} may be null). */
  public static Identifier of(String root, String extension) {
    return new Identifier(root, extension);
  }

  /** The root OID or UUID. */
  public String root() {
    return root;
  }

  /** The extension, when present. */
  public Optional<String> extension() {
    return Optional.ofNullable(extension);
  }

  /** The extension, or "" when absent. */
  public String extensionOrEmpty() {
    return extension == null ? "" : extension;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Identifier && root.equals(((Identifier) o).root)
        && Objects.equals(extension, ((Identifier) o).extension);
  }

  @Override
  public int hashCode() {
    return Objects.hash(root, extension);
  }

  @Override
  public String toString() {
    return "Identifier{root=" + root + ", extension=" + (extension == null ? "-" : "***") + "}";
  }
}
