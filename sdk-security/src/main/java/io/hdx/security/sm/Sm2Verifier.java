package io.hdx.security.sm;

import io.hdx.security.CryptoException;
import io.hdx.security.internal.Sm2Engine;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The role that verifies SM2 signatures with SM3 (GB/T 32918.2-2016 §7) for one public key, user
 * ID (default {@value Sm2Signer#DEFAULT_USER_ID}) and {@link SignatureEncoding}. Modelled on
 * Tink's {@code PublicKeyVerify}: an interface, so that verification can be delegated (to a
 * hardware module, for instance); {@link #create} and {@link #builder} give HDX's own.
 *
 * <p>Security guarantees of HDX's verifier: a signature is accepted only if it is well formed in
 * the configured encoding (minimal DER, or exactly 64 bytes), r and s lie in [1, n-1], and the
 * equation of §7.1 holds for the message and the user ID. Anything else is rejected with a
 * {@link CryptoException} from {@link #verify} or {@code false} from {@link #isValid}; no other
 * exception escapes for any signature bytes.
 *
 * <pre>{@code
 * Sm2Verifier.create(publicKey).verify(document, signature); // throws CryptoException if invalid
 * }</pre>
 *
 * <p>Thread safety: implementations must be safe to share; HDX's is immutable.
 *
 * @since 0.1.0
 */
public interface Sm2Verifier {
  /**
   * Verifies {@code signature} over {@code message}.
   *
   * @throws CryptoException {@link CryptoException#MALFORMED_SIGNATURE} when the signature cannot
   *     be decoded, {@link CryptoException#SIGNATURE_INVALID} when it does not verify
   */
  void verify(byte[] message, byte[] signature);

  /** Whether {@code signature} is a valid signature over {@code message}; never throws for bad input. */
  default boolean isValid(byte[] message, byte[] signature) {
    try {
      verify(message, signature);
      return true;
    } catch (CryptoException e) {
      return false;
    }
  }

  /** The encoding this verifier expects. */
  SignatureEncoding encoding();

  /** The public key. */
  Sm2PublicKey publicKey();

  /** HDX's verifier with the default user ID and DER signatures. */
  static Sm2Verifier create(Sm2PublicKey key) {
    return builder(key).build();
  }

  /** A builder for HDX's verifier with another user ID or encoding. */
  static Builder builder(Sm2PublicKey key) {
    return new Builder(Objects.requireNonNull(key, "key"));
  }

  /**
   * Configures HDX's {@link Sm2Verifier}.
   *
   * <p>Thread safety: not thread-safe; build once, then share the verifier.
   *
   * @since 0.1.0
   */
  final class Builder {
    final Sm2PublicKey key;
    byte[] userId = KeySm2Signer.defaultUserIdBytes();
    SignatureEncoding encoding = SignatureEncoding.DER;

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
      return new KeySm2Verifier(this);
    }
  }
}
