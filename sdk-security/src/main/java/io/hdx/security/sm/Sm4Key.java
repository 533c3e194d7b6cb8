package io.hdx.security.sm;

import io.hdx.security.CryptoException;
import io.hdx.security.SecretKeyAccess;
import io.hdx.security.internal.Bytes;
import io.hdx.security.internal.Randomness;
import io.hdx.security.internal.SecretBytes;
import java.util.Objects;
import javax.security.auth.Destroyable;

/**
 * A 128-bit SM4 key (GB/T 32907-2016 §5). Never printed; compared in constant time; exported only
 * through {@link #toBytes} with a {@link SecretKeyAccess}.
 *
 * <pre>{@code
 * Sm4Key key = Sm4Key.generate();
 * byte[] sealed = Sm4Gcm.create(key).encrypt(plaintext);
 * }</pre>
 *
 * <p>The key bytes live only in an array this key owns, which {@link #destroy()} overwrites
 * (javax.security.auth.Destroyable); after that every use throws {@link IllegalStateException}.
 *
 * <p>Thread safety: safe to share until destroyed.
 *
 * @since 0.1.0
 */
public final class Sm4Key implements Destroyable {
  /** The key length in bytes. */
  public static final int LENGTH = 16;

  private final SecretBytes secret;

  private Sm4Key(SecretBytes secret) {
    this.secret = secret;
  }

  /** A fresh random key. */
  public static Sm4Key generate() {
    byte[] bytes = Randomness.bytes(LENGTH);
    try {
      return new Sm4Key(SecretBytes.copyOf(bytes));
    } finally {
      Bytes.wipe(bytes);
    }
  }

  /**
   * A key from (a copy of) 16 raw bytes.
   *
   * @throws CryptoException when there are not exactly 16 bytes
   */
  public static Sm4Key fromBytes(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    if (bytes.length != LENGTH) {
      throw new CryptoException(CryptoException.MALFORMED_KEY, "SM4 key: must be 16 bytes");
    }
    return new Sm4Key(SecretBytes.copyOf(bytes));
  }

  /** A key from 32 hexadecimal digits (white space ignored). */
  public static Sm4Key fromHex(String hex) {
    byte[] bytes = Bytes.fromHexOrNull(Objects.requireNonNull(hex, "hex"));
    if (bytes == null) {
      throw new CryptoException(CryptoException.MALFORMED_KEY, "SM4 key: not hexadecimal");
    }
    try {
      return fromBytes(bytes);
    } finally {
      Bytes.wipe(bytes);
    }
  }

  /**
   * Exports the 16 key bytes. Handle with care; wipe the array after use.
   *
   * @param access the token that marks this export ({@link SecretKeyAccess#insecureSecretAccess()})
   */
  public byte[] toBytes(SecretKeyAccess access) {
    SecretKeyAccess.require(access);
    return secret.toByteArray();
  }

  /** Whether {@code other} is the same key, compared in constant time. */
  public boolean hasSameSecret(Sm4Key other) {
    return secret.equalsSecretBytes(other.secret);
  }

  /** Overwrites the key bytes with zeros; every later use of this key throws {@link IllegalStateException}. */
  @Override
  public void destroy() {
    secret.destroy();
  }

  @Override
  public boolean isDestroyed() {
    return secret.isDestroyed();
  }

  @Override
  public String toString() {
    return "Sm4Key[redacted]";
  }
}
