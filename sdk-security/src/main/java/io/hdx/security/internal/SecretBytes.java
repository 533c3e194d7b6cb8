package io.hdx.security.internal;

import java.util.Objects;

/**
 * Key material held privately: never printed, compared only in constant time, handed out only as
 * a copy. Modelled on Tink's {@code util/SecretBytes}.
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public final class SecretBytes {
  private final byte[] bytes;

  private SecretBytes(byte[] bytes) {
    this.bytes = bytes;
  }

  /** Wraps a copy of {@code bytes}. */
  public static SecretBytes copyOf(byte[] bytes) {
    return new SecretBytes(Objects.requireNonNull(bytes, "bytes").clone());
  }

  /** The number of bytes. */
  public int size() {
    return bytes.length;
  }

  /** A copy of the secret; the caller should wipe it after use. */
  public byte[] toByteArray() {
    return bytes.clone();
  }

  /** Whether both hold the same bytes, compared in constant time. */
  public boolean equalsSecretBytes(SecretBytes other) {
    return Bytes.constantTimeEquals(bytes, other.bytes);
  }

  /** Never shows the secret. */
  @Override
  public String toString() {
    return "SecretBytes[" + bytes.length + " bytes, redacted]";
  }
}
