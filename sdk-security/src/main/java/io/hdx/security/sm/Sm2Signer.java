package io.hdx.security.sm;

import io.hdx.security.internal.KSource;
import io.hdx.security.internal.Sm2Engine;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * The role that signs with SM2 and SM3 (GB/T 32918.2-2016 §6): e = SM3(Z ‖ M), where Z binds the
 * signer's user ID and public key (§5.5). Modelled on Tink's {@code PublicKeySign}: an interface,
 * so that a key that never leaves a USB key, a smart card or a hardware security module can sign
 * wherever HDX signs (CMS, document signatures, certificates). {@link #create} and
 * {@link #builder} give the signer for an in-memory {@link Sm2PrivateKey}.
 *
 * <p>Contract for implementations: {@link #sign} returns a signature in {@link #encoding()} that
 * verifies with {@link #publicKey()} for the user ID the implementation was set up with; CMS and
 * document signatures (GM/T 0010, X.509) need {@link SignatureEncoding#DER} and the default user
 * ID {@value #DEFAULT_USER_ID}. Failures are {@link io.hdx.security.CryptoException}s.
 *
 * <p>Security guarantees of the in-memory signer: a fresh random k from a
 * {@link java.security.SecureRandom} for every signature; the key is never exported.
 *
 * <pre>{@code
 * byte[] signature = Sm2Signer.create(privateKey).sign(document);
 * byte[] raw = Sm2Signer.builder(privateKey).encoding(SignatureEncoding.RAW_RS).build().sign(document);
 * DocumentSigner hsmBacked = DocumentSigner.create(myHsmSigner, certificate);
 * }</pre>
 *
 * <p>Thread safety: implementations must be safe to share; the in-memory signer is immutable and
 * cheap to create, because the key caches everything that can be precomputed.
 *
 * @since 0.1.0
 */
public interface Sm2Signer {
  /** The default SM2 user ID, GM/T 0009-2012: the ASCII string {@code 1234567812345678}. */
  String DEFAULT_USER_ID = "1234567812345678";

  /** Signs {@code message}. */
  byte[] sign(byte[] message);

  /** Signs {@code length} bytes of {@code message} from {@code offset}. */
  default byte[] sign(byte[] message, int offset, int length) {
    Objects.requireNonNull(message, "message");
    if (offset < 0 || length < 0 || offset > message.length - length) {
      throw new IndexOutOfBoundsException("offset/length outside the message");
    }
    return sign(Arrays.copyOfRange(message, offset, offset + length));
  }

  /** The encoding of the signatures this signer writes. */
  SignatureEncoding encoding();

  /** The public key that verifies this signer's signatures. */
  Sm2PublicKey publicKey();

  /** A signer with an in-memory key, the default user ID and DER signatures. */
  static Sm2Signer create(Sm2PrivateKey key) {
    return builder(key).build();
  }

  /** A builder for an in-memory signer with another user ID or encoding. */
  static Builder builder(Sm2PrivateKey key) {
    return new Builder(Objects.requireNonNull(key, "key"));
  }

  /**
   * Configures the {@link Sm2Signer} of an in-memory {@link Sm2PrivateKey}.
   *
   * <p>Thread safety: not thread-safe; build once, then share the signer.
   *
   * @since 0.1.0
   */
  final class Builder {
    final Sm2PrivateKey key;
    byte[] userId = KeySm2Signer.defaultUserIdBytes();
    SignatureEncoding encoding = SignatureEncoding.DER;
    KSource kSource = Sm2Engine.RANDOM_K;

    private Builder(Sm2PrivateKey key) {
      this.key = key;
    }

    /** The user ID as bytes (at most 8191 bytes, GB/T 32918.2 §5.5 ENTL). */
    public Builder userId(byte[] userId) {
      Objects.requireNonNull(userId, "userId");
      if (userId.length > Sm2Engine.MAX_USER_ID_BYTES) {
        throw new IllegalArgumentException("userId longer than " + Sm2Engine.MAX_USER_ID_BYTES + " bytes");
      }
      this.userId = userId.clone();
      return this;
    }

    /** The user ID as text, encoded in UTF-8. */
    public Builder userId(String userId) {
      return userId(Objects.requireNonNull(userId, "userId").getBytes(StandardCharsets.UTF_8));
    }

    /** The signature encoding; {@link SignatureEncoding#DER} by default. */
    public Builder encoding(SignatureEncoding encoding) {
      this.encoding = Objects.requireNonNull(encoding, "encoding");
      return this;
    }

    /** Test hook: a fixed k, to reproduce the standard's worked examples. Never use otherwise. */
    Builder kSourceForTesting(KSource kSource) {
      this.kSource = Objects.requireNonNull(kSource, "kSource");
      return this;
    }

    /** The signer. */
    public Sm2Signer build() {
      return new KeySm2Signer(this);
    }
  }
}
