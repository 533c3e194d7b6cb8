package io.hdx.security.interop;

import io.hdx.security.CryptoException;
import io.hdx.security.SecretKeyAccess;
import io.hdx.security.internal.Bytes;
import io.hdx.security.internal.Randomness;
import io.hdx.security.sm.Sm4Key;
import java.util.Arrays;
import java.util.Objects;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.CTRModeCipher;
import org.bouncycastle.crypto.modes.SICBlockCipher;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;

/**
 * SM4 in counter mode (GB/T 17964-2021 CTR), with the whole 16-byte block as a big-endian counter,
 * as {@code openssl enc -sm4-ctr} does. <b>Interop only:</b> CTR is not authenticated (any bit
 * flipped in the ciphertext flips the same plaintext bit) and reusing a counter block under one
 * key reveals plaintext; use {@link io.hdx.security.sm.Sm4Gcm} unless a peer requires CTR.
 *
 * <p>{@link #encrypt(byte[])} draws a random initial counter block and writes
 * {@code iv (16 bytes) ‖ ciphertext}.
 *
 * <p>Thread safety: immutable; share it.
 *
 * @since 0.1.0
 */
public final class Sm4Ctr {
  /** The initial counter block length in bytes. */
  public static final int IV_LENGTH = 16;

  private static final byte[] NO_PREFIX = new byte[0];

  private final Sm4Key key;

  private Sm4Ctr(Sm4Key key) {
    this.key = key;
  }

  /** SM4-CTR under {@code key}. */
  public static Sm4Ctr create(Sm4Key key) {
    return new Sm4Ctr(Objects.requireNonNull(key, "key"));
  }

  /** Encrypts with a random initial counter block; returns {@code iv ‖ ciphertext}. */
  public byte[] encrypt(byte[] plaintext) {
    Objects.requireNonNull(plaintext, "plaintext");
    byte[] iv = Randomness.bytes(IV_LENGTH);
    return run(iv, plaintext, 0, plaintext.length, iv);
  }

  /** Encrypts with the given initial counter block (never reuse one under a key). */
  public byte[] encrypt(byte[] iv, byte[] plaintext) {
    Objects.requireNonNull(plaintext, "plaintext");
    return run(iv, plaintext, 0, plaintext.length, NO_PREFIX);
  }

  /** Decrypts {@code iv ‖ ciphertext} as written by {@link #encrypt(byte[])}. */
  public byte[] decrypt(byte[] ivAndCiphertext) {
    Objects.requireNonNull(ivAndCiphertext, "ivAndCiphertext");
    if (ivAndCiphertext.length < IV_LENGTH) {
      throw new CryptoException(CryptoException.MALFORMED_CIPHERTEXT, "SM4-CTR ciphertext: too short");
    }
    return run(Arrays.copyOf(ivAndCiphertext, IV_LENGTH), ivAndCiphertext, IV_LENGTH,
        ivAndCiphertext.length - IV_LENGTH, NO_PREFIX);
  }

  /** Decrypts {@code ciphertext} with the given initial counter block. */
  public byte[] decrypt(byte[] iv, byte[] ciphertext) {
    Objects.requireNonNull(ciphertext, "ciphertext");
    return run(iv, ciphertext, 0, ciphertext.length, NO_PREFIX);
  }

  /** Runs the cipher; the output starts with {@code prefix} (the IV, or nothing). */
  private byte[] run(byte[] iv, byte[] in, int offset, int length, byte[] prefix) {
    Objects.requireNonNull(iv, "iv");
    if (iv.length != IV_LENGTH) {
      throw new IllegalArgumentException("SM4-CTR initial counter block must be 16 bytes");
    }
    CTRModeCipher ctr = SICBlockCipher.newInstance(new SM4Engine());
    byte[] keyBytes = key.toBytes(SecretKeyAccess.insecureSecretAccess());
    try {
      ctr.init(true, new ParametersWithIV(new KeyParameter(keyBytes), iv));
    } finally {
      Bytes.wipe(keyBytes);
    }
    byte[] out = new byte[prefix.length + length];
    System.arraycopy(prefix, 0, out, 0, prefix.length);
    ctr.processBytes(in, offset, length, out, prefix.length);
    return out;
  }

  @Override
  public String toString() {
    return "Sm4Ctr[key redacted]";
  }
}
