package io.hdx.security.interop;

import io.hdx.security.CryptoException;
import io.hdx.security.SecretKeyAccess;
import io.hdx.security.internal.Bytes;
import io.hdx.security.internal.Randomness;
import io.hdx.security.sm.Sm4Key;
import java.util.Arrays;
import java.util.Objects;
import org.bouncycastle.crypto.BufferedBlockCipher;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.CBCBlockCipher;
import org.bouncycastle.crypto.paddings.PKCS7Padding;
import org.bouncycastle.crypto.paddings.PaddedBufferedBlockCipher;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;

/**
 * SM4 in CBC mode with PKCS#7 padding (GB/T 17964-2021 CBC; RFC 5652 §6.3 padding). <b>Interop
 * only, and no integrity:</b> CBC is not authenticated, so a modified ciphertext decrypts to
 * chosen or garbled plaintext, or fails only in its padding, and a caller that reveals which of
 * these happened offers a padding oracle; use {@link io.hdx.security.sm.Sm4Gcm} unless a peer or a format (such as
 * GM/T 0010 enveloped data) requires CBC. Equivalent to {@code openssl enc -sm4-cbc -K key -iv iv}.
 *
 * <p>{@link #encrypt(byte[])} draws a random IV and writes {@code iv (16 bytes) ‖ ciphertext};
 * the explicit-IV methods exist for formats that carry the IV elsewhere.
 *
 * <pre>{@code
 * byte[] ivAndCiphertext = Sm4Cbc.create(key).encrypt(plaintext);
 * }</pre>
 *
 * <p>Thread safety: immutable; share it.
 *
 * @since 0.1.0
 */
public final class Sm4Cbc {
  /** The IV (block) length in bytes. */
  public static final int IV_LENGTH = 16;

  private static final byte[] NO_PREFIX = new byte[0];

  private final Sm4Key key;

  private Sm4Cbc(Sm4Key key) {
    this.key = key;
  }

  /** SM4-CBC under {@code key}. */
  public static Sm4Cbc create(Sm4Key key) {
    return new Sm4Cbc(Objects.requireNonNull(key, "key"));
  }

  /** Encrypts with a random IV; returns {@code iv ‖ ciphertext}. */
  public byte[] encrypt(byte[] plaintext) {
    Objects.requireNonNull(plaintext, "plaintext");
    byte[] iv = Randomness.bytes(IV_LENGTH);
    return run(true, iv, plaintext, 0, plaintext.length, iv);
  }

  /** Encrypts with the given 16-byte IV (which must be unpredictable); returns the ciphertext only. */
  public byte[] encrypt(byte[] iv, byte[] plaintext) {
    Objects.requireNonNull(plaintext, "plaintext");
    return run(true, iv, plaintext, 0, plaintext.length, NO_PREFIX);
  }

  /** Decrypts {@code iv ‖ ciphertext} as written by {@link #encrypt(byte[])}. */
  public byte[] decrypt(byte[] ivAndCiphertext) {
    Objects.requireNonNull(ivAndCiphertext, "ivAndCiphertext");
    if (ivAndCiphertext.length < 2 * IV_LENGTH) {
      throw new CryptoException(CryptoException.MALFORMED_CIPHERTEXT, "SM4-CBC ciphertext: too short");
    }
    byte[] iv = Arrays.copyOf(ivAndCiphertext, IV_LENGTH);
    return run(false, iv, ivAndCiphertext, IV_LENGTH, ivAndCiphertext.length - IV_LENGTH, NO_PREFIX);
  }

  /**
   * Decrypts {@code ciphertext} with the given IV.
   *
   * @throws CryptoException when the length is not a positive multiple of 16 or the padding is bad
   */
  public byte[] decrypt(byte[] iv, byte[] ciphertext) {
    Objects.requireNonNull(ciphertext, "ciphertext");
    return run(false, iv, ciphertext, 0, ciphertext.length, NO_PREFIX);
  }

  /** Runs the cipher; the output starts with {@code prefix} (the IV, or nothing). */
  private byte[] run(boolean encrypt, byte[] iv, byte[] in, int offset, int length, byte[] prefix) {
    Objects.requireNonNull(iv, "iv");
    if (iv.length != IV_LENGTH) {
      throw new IllegalArgumentException("SM4-CBC IV must be 16 bytes");
    }
    if (!encrypt && (length == 0 || length % IV_LENGTH != 0)) {
      throw new CryptoException(CryptoException.MALFORMED_CIPHERTEXT,
          "SM4-CBC ciphertext: length not a multiple of 16");
    }
    BufferedBlockCipher cipher =
        new PaddedBufferedBlockCipher(CBCBlockCipher.newInstance(new SM4Engine()), new PKCS7Padding());
    byte[] keyBytes = key.toBytes(SecretKeyAccess.insecureSecretAccess());
    try {
      cipher.init(encrypt, new ParametersWithIV(new KeyParameter(keyBytes), iv));
    } finally {
      Bytes.wipe(keyBytes);
    }
    byte[] out = new byte[prefix.length + cipher.getOutputSize(length)];
    System.arraycopy(prefix, 0, out, 0, prefix.length);
    int n = prefix.length + cipher.processBytes(in, offset, length, out, prefix.length);
    try {
      n += cipher.doFinal(out, n);
    } catch (InvalidCipherTextException e) {
      // No cause: Bouncy Castle's message names the padding check, and a padding oracle is
      // exactly what must not leak (issue 9 item 11).
      Bytes.wipe(out);
      throw new CryptoException(CryptoException.DECRYPTION_FAILED, "SM4-CBC decryption failed");
    }
    if (n == out.length) {
      return out;
    }
    byte[] exact = Arrays.copyOf(out, n);
    Bytes.wipe(out);
    return exact;
  }

  @Override
  public String toString() {
    return "Sm4Cbc[key redacted]";
  }
}
