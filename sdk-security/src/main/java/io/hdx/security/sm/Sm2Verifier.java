package io.hdx.security.sm;

import io.hdx.security.CryptoException;
import io.hdx.security.internal.Sm2Engine;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Verifies SM2 signatures with SM3 (GB/T 32918.2-2016 §7) for one public key, user ID
 * (default {@value Sm2Signer#DEFAULT_USER_ID}) and {@link SignatureEncoding}.
 *
 * <p>Security guarantees: a signature is accepted only if it is well formed in the configured
 * encoding (minimal DER, or exactly 64 bytes), r and s lie in [1, n-1], and the equation of §7.1
 * holds for the message and the user ID. Anything else is rejected with a
 * {@link CryptoException} from {@link #verify} or {@code false} from {@link #isValid}; no other
 * exception escapes for any signature bytes.
 *
 * <pre>{@code
 * Sm2Verifier.create(publicKey).verify(document, signature); // throws CryptoException if invalid
 * }</pre>
 *
 * <p>Thread safety: immutable; share it.
 *
 * @since 0.1.0
 */
public final class Sm2Verifier {
  private final Sm2PublicKey key;
  private final byte[] z;
  private final SignatureEncoding encoding;

  private Sm2Verifier(Builder builder) {
    this.key = builder.key;
    this.z = key.z(builder.userId);
    this.encoding = builder.encoding;
  }

  /** A verifier with the default user ID and DER signatures. */
  public static Sm2Verifier create(Sm2PublicKey key) {
    return builder(key).build();
  }

  /** A builder for a verifier with another user ID or encoding. */
  public static Builder builder(Sm2PublicKey key) {
    return new Builder(Objects.requireNonNull(key, "key"));
  }

  /**
   * Verifies {@code signature} over {@code message}.
   *
   * @throws CryptoException {@link CryptoException#MALFORMED_SIGNATURE} when the signature cannot
   *     be decoded, {@link CryptoException#SIGNATURE_INVALID} when it does not verify
   */
  public void verify(byte[] message, byte[] signature) {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(signature, "signature");
    BigInteger[] rs = encoding.decode(signature);
    BigInteger e = Sm2Engine.e(z, message, 0, message.length);
    if (!Sm2Engine.verify(key.point(), e, rs[0], rs[1])) {
      throw new CryptoException(CryptoException.SIGNATURE_INVALID, "SM2 signature: invalid");
    }
  }

  /** Whether {@code signature} is a valid signature over {@code message}; never throws for bad input. */
  public boolean isValid(byte[] message, byte[] signature) {
    try {
      verify(message, signature);
      return true;
    } catch (CryptoException e) {
      return false;
    }
  }

  /** The encoding this verifier expects. */
  public SignatureEncoding encoding() {
    return encoding;
  }

  /** The public key. */
  public Sm2PublicKey publicKey() {
    return key;
  }

  @Override
  public String toString() {
    return "Sm2Verifier[" + encoding + ", " + key + "]";
  }

  /**
   * Configures an {@link Sm2Verifier}.
   *
   * <p>Thread safety: not thread-safe; build once, then share the verifier.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final Sm2PublicKey key;
    private byte[] userId = Sm2Signer.defaultUserIdBytes();
    private SignatureEncoding encoding = SignatureEncoding.DER;

    private Builder(Sm2PublicKey key) {
      this.key = key;
    }

    /** The signer's user ID as bytes (at most 8191 bytes). */
    public Builder userId(byte[] userId) {
      Objects.requireNonNull(userId, "userId");
      if (userId.length > Sm2Engine.MAX_USER_ID_BYTES) {
        throw new IllegalArgumentException("userId longer than " + Sm2Engine.MAX_USER_ID_BYTES + " bytes");
      }
      this.userId = userId.clone();
      return this;
    }

    /** The signer's user ID as text, encoded in UTF-8. */
    public Builder userId(String userId) {
      return userId(Objects.requireNonNull(userId, "userId").getBytes(StandardCharsets.UTF_8));
    }

    /** The expected signature encoding; {@link SignatureEncoding#DER} by default. */
    public Builder encoding(SignatureEncoding encoding) {
      this.encoding = Objects.requireNonNull(encoding, "encoding");
      return this;
    }

    /** The verifier. */
    public Sm2Verifier build() {
      return new Sm2Verifier(this);
    }
  }
}
