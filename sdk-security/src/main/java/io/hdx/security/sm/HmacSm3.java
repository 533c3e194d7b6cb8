package io.hdx.security.sm;

import io.hdx.security.internal.Bytes;
import io.hdx.security.internal.SecretBytes;
import java.util.Objects;
import javax.security.auth.Destroyable;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * HMAC (RFC 2104 / GB/T 15852.2) with SM3: a 32-byte tag that authenticates data under a secret key.
 *
 * <p>Security guarantees: {@link #verify} compares tags in constant time. The key must be at
 * least 16 bytes; it never appears in {@link #toString()}.
 *
 * <pre>{@code
 * HmacSm3 mac = HmacSm3.create(key);
 * byte[] tag = mac.compute(message);
 * boolean ok = mac.verify(tag, message);
 * }</pre>
 *
 * <p>Thread safety: immutable; share it.
 *
 * @since 0.1.0
 */
public final class HmacSm3 implements Destroyable {
  /** The tag length in bytes. */
  public static final int TAG_LENGTH = 32;
  /** The shortest key accepted, in bytes. */
  public static final int MIN_KEY_LENGTH = 16;

  private final SecretBytes key;
  /**
   * Each thread's HMAC, keyed once: keying absorbs the inner and outer padded key blocks (RFC 2104 §2), two of
   * the four SM3 compressions of a short message's tag when redone per call. {@code doFinal} leaves it keyed
   * for the next message (Bouncy Castle's HMac restores the padded-key states).
   */
  private final ThreadLocal<HMac> macs = ThreadLocal.withInitial(this::newMac);

  private HmacSm3(SecretBytes key) {
    this.key = key;
  }

  /** An HMAC-SM3 under (a copy of) {@code key}, at least {@value #MIN_KEY_LENGTH} bytes. */
  public static HmacSm3 create(byte[] key) {
    Objects.requireNonNull(key, "key");
    if (key.length < MIN_KEY_LENGTH) {
      throw new IllegalArgumentException("HMAC-SM3 key must be at least " + MIN_KEY_LENGTH + " bytes");
    }
    return new HmacSm3(SecretBytes.copyOf(key));
  }

  /** The tag of {@code data}. */
  public byte[] compute(byte[] data) {
    Objects.requireNonNull(data, "data");
    if (key.isDestroyed()) {
      throw new IllegalStateException("secret destroyed");
    }
    HMac mac = macs.get();
    mac.update(data, 0, data.length);
    byte[] out = new byte[TAG_LENGTH];
    mac.doFinal(out, 0);
    return out;
  }

  private HMac newMac() {
    HMac mac = new HMac(new SM3Digest());
    byte[] keyBytes = key.toByteArray();
    try {
      mac.init(new KeyParameter(keyBytes));
    } finally {
      Bytes.wipe(keyBytes);
    }
    return mac;
  }

  /** Whether {@code tag} is the tag of {@code data}, compared in constant time. */
  public boolean verify(byte[] tag, byte[] data) {
    Objects.requireNonNull(tag, "tag");
    return Bytes.constantTimeEquals(compute(data), tag);
  }

  /**
   * Overwrites this MAC's copy of the key with zeros; every later use throws {@link IllegalStateException} (the
   * calling thread's keyed HMAC is dropped too; other threads' are left to the garbage collector, never used again).
   */
  @Override
  public void destroy() {
    key.destroy();
    macs.remove();
  }

  @Override
  public boolean isDestroyed() {
    return key.isDestroyed();
  }

  @Override
  public String toString() {
    return "HmacSm3[key redacted]";
  }
}
