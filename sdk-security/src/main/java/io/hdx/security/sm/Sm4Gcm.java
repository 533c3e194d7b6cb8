package io.hdx.security.sm;

import io.hdx.security.CryptoException;
import io.hdx.security.SecretKeyAccess;
import io.hdx.security.internal.Bytes;
import io.hdx.security.internal.Randomness;
import java.util.Objects;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * SM4 in Galois/Counter Mode (GB/T 32907-2016 with NIST SP 800-38D; the SM4-GCM of RFC 8998):
 * authenticated encryption with associated data. The default way to encrypt data with SM4.
 *
 * <p>Wire format: {@code nonce (12 bytes) ‖ ciphertext ‖ tag (16 bytes)}.
 *
 * <p>Security guarantees: the nonce is generated inside, at random, for every message, so one key
 * may seal up to 2^32 messages (SP 800-38D §8.3); decryption checks the tag over the ciphertext
 * and the associated data before any plaintext is released, and a failure says only
 * "decryption failed".
 *
 * <pre>{@code
 * Sm4Gcm aead = Sm4Gcm.create(Sm4Key.generate());
 * byte[] sealed = aead.encrypt(plaintext, associatedData);
 * byte[] opened = aead.decrypt(sealed, associatedData);
 * }</pre>
 *
 * <p>Thread safety: immutable; share it.
 *
 * @since 0.1.0
 */
public final class Sm4Gcm {
  /** The nonce length in bytes (96 bits, SP 800-38D §8.2). */
  public static final int NONCE_LENGTH = 12;
  /** The tag length in bytes (128 bits). */
  public static final int TAG_LENGTH = 16;

  private static final byte[] NO_DATA = new byte[0];

  private final Sm4Key key;

  private Sm4Gcm(Sm4Key key) {
    this.key = key;
  }

  /** SM4-GCM under {@code key}. */
  public static Sm4Gcm create(Sm4Key key) {
    return new Sm4Gcm(Objects.requireNonNull(key, "key"));
  }

  /** Encrypts {@code plaintext} with no associated data. */
  public byte[] encrypt(byte[] plaintext) {
    return encrypt(plaintext, NO_DATA);
  }

  /** Encrypts {@code plaintext} and authenticates it together with {@code associatedData}. */
  public byte[] encrypt(byte[] plaintext, byte[] associatedData) {
    Objects.requireNonNull(plaintext, "plaintext");
    Objects.requireNonNull(associatedData, "associatedData");
    return encryptWithNonce(Randomness.bytes(NONCE_LENGTH), plaintext, associatedData);
  }

  /** Only for known-answer tests: the caller's nonce. Never use otherwise. */
  byte[] encryptWithNonce(byte[] nonce, byte[] plaintext, byte[] associatedData) {
    GCMModeCipher gcm = cipher(true, nonce);
    byte[] out = new byte[NONCE_LENGTH + gcm.getOutputSize(plaintext.length)];
    System.arraycopy(nonce, 0, out, 0, NONCE_LENGTH);
    gcm.processAADBytes(associatedData, 0, associatedData.length);
    int n = gcm.processBytes(plaintext, 0, plaintext.length, out, NONCE_LENGTH);
    try {
      gcm.doFinal(out, NONCE_LENGTH + n);
    } catch (InvalidCipherTextException e) {
      throw new IllegalStateException("GCM encryption cannot fail", e);
    }
    return out;
  }

  /** Decrypts a message sealed with no associated data. */
  public byte[] decrypt(byte[] ciphertext) {
    return decrypt(ciphertext, NO_DATA);
  }

  /**
   * Checks and decrypts {@code ciphertext} with {@code associatedData}.
   *
   * @throws CryptoException {@link CryptoException#MALFORMED_CIPHERTEXT} when it is shorter than a
   *     nonce and a tag, {@link CryptoException#DECRYPTION_FAILED} when the tag does not verify
   */
  public byte[] decrypt(byte[] ciphertext, byte[] associatedData) {
    Objects.requireNonNull(ciphertext, "ciphertext");
    Objects.requireNonNull(associatedData, "associatedData");
    if (ciphertext.length < NONCE_LENGTH + TAG_LENGTH) {
      throw new CryptoException(CryptoException.MALFORMED_CIPHERTEXT, "SM4-GCM ciphertext: too short");
    }
    byte[] nonce = java.util.Arrays.copyOf(ciphertext, NONCE_LENGTH);
    GCMModeCipher gcm = cipher(false, nonce);
    int bodyLength = ciphertext.length - NONCE_LENGTH;
    byte[] out = new byte[gcm.getOutputSize(bodyLength)];
    gcm.processAADBytes(associatedData, 0, associatedData.length);
    int n = gcm.processBytes(ciphertext, NONCE_LENGTH, bodyLength, out, 0);
    try {
      gcm.doFinal(out, n);
    } catch (InvalidCipherTextException e) {
      // The plaintext buffer never leaves this method unless the tag verified.
      Bytes.wipe(out);
      throw new CryptoException(CryptoException.DECRYPTION_FAILED, "SM4-GCM decryption failed", e);
    }
    return out;
  }

  private GCMModeCipher cipher(boolean encrypt, byte[] nonce) {
    GCMModeCipher gcm = GCMBlockCipher.newInstance(new SM4Engine());
    byte[] keyBytes = key.toBytes(SecretKeyAccess.insecureSecretAccess());
    try {
      gcm.init(encrypt, new AEADParameters(new KeyParameter(keyBytes), TAG_LENGTH * 8, nonce));
    } finally {
      Bytes.wipe(keyBytes);
    }
    return gcm;
  }

  @Override
  public String toString() {
    return "Sm4Gcm[key redacted]";
  }
}
