package io.hdx.security.internal;

import java.security.SecureRandom;

/**
 * The source of random keys, nonces and SM2's per-signature k: one {@link SecureRandom} per
 * thread, the platform default, as Tink's {@code subtle/Random} does.
 *
 * <p>Thread safety: each thread gets its own generator.
 *
 * @since 0.1.0
 */
public final class Randomness {
  private static final ThreadLocal<SecureRandom> LOCAL = ThreadLocal.withInitial(SecureRandom::new);

  private Randomness() {}

  /** This thread's generator. */
  public static SecureRandom get() {
    return LOCAL.get();
  }

  /** {@code length} fresh random bytes. */
  public static byte[] bytes(int length) {
    byte[] out = new byte[length];
    LOCAL.get().nextBytes(out);
    return out;
  }
}
