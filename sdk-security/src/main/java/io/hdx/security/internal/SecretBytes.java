package io.hdx.security.internal;

import java.util.Arrays;
import java.util.Objects;
import javax.security.auth.Destroyable;

/**
 * Key material held privately: never printed, compared only in constant time, handed out only as
 * a copy, and wiped by {@link #destroy()}. Modelled on Tink's {@code util/SecretBytes}.
 *
 * <p>Thread safety: safe to share; {@link #destroy()} racing with a read may hand that read zeros
 * or fail it, never another key's bytes.
 *
 * @since 0.1.0
 */
public final class SecretBytes implements Destroyable {
  private final byte[] bytes;
  private volatile boolean destroyed;

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

  /**
   * A copy of the secret; the caller should wipe it after use.
   *
   * @throws IllegalStateException after {@link #destroy()}
   */
  public byte[] toByteArray() {
    checkNotDestroyed();
    return bytes.clone();
  }

  /** Whether both hold the same bytes, compared in constant time. */
  public boolean equalsSecretBytes(SecretBytes other) {
    checkNotDestroyed();
    other.checkNotDestroyed();
    return Bytes.constantTimeEquals(bytes, other.bytes);
  }

  private void checkNotDestroyed() {
    if (destroyed) {
      throw new IllegalStateException("secret destroyed");
    }
  }

  /** Overwrites the bytes with zeros; every later read throws {@link IllegalStateException}. */
  @Override
  public void destroy() {
    destroyed = true;
    Arrays.fill(bytes, (byte) 0);
  }

  @Override
  public boolean isDestroyed() {
    return destroyed;
  }

  /** Never shows the secret. */
  @Override
  public String toString() {
    return "SecretBytes[" + bytes.length + " bytes, redacted]";
  }
}
