package io.hdx.security.sm;

import io.hdx.security.internal.KSource;
import io.hdx.security.internal.Sm2Engine;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Signs messages with SM2 and SM3 (GB/T 32918.2-2016 §6): e = SM3(Z ‖ M), where Z binds the
 * signer's user ID and public key (§5.5). The user ID defaults to {@value #DEFAULT_USER_ID}, the
 * value GM/T 0009-2012 fixes when the parties have agreed on none, and which OpenSSL, Bouncy Castle
 * and X.509/CMS use.
 *
 * <p>Security guarantees: a fresh random k from a {@link java.security.SecureRandom} for every
 * signature; the output is a signature in the chosen {@link SignatureEncoding} (DER by default).
 *
 * <pre>{@code
 * byte[] signature = Sm2Signer.create(privateKey).sign(document);
 * byte[] raw = Sm2Signer.builder(privateKey).encoding(SignatureEncoding.RAW_RS).build().sign(document);
 * }</pre>
 *
 * <p>Thread safety: immutable; share one signer or create one per call, which is cheap because
 * the key caches everything that can be precomputed.
 *
 * @since 0.1.0
 */
public final class Sm2Signer {
  /** The default SM2 user ID, GM/T 0009-2012: the ASCII string {@code 1234567812345678}. */
  public static final String DEFAULT_USER_ID = "1234567812345678";

  private static final byte[] DEFAULT_USER_ID_BYTES = DEFAULT_USER_ID.getBytes(StandardCharsets.US_ASCII);

  private final Sm2PrivateKey key;
  private final byte[] z;
  private final SignatureEncoding encoding;
  private final KSource kSource;

  private Sm2Signer(Builder builder) {
    this.key = builder.key;
    this.z = key.publicKey().z(builder.userId);
    this.encoding = builder.encoding;
    this.kSource = builder.kSource;
  }

  static byte[] defaultUserIdBytes() {
    return DEFAULT_USER_ID_BYTES;
  }

  /** A signer with the default user ID and DER signatures. */
  public static Sm2Signer create(Sm2PrivateKey key) {
    return builder(key).build();
  }

  /** A builder for a signer with another user ID or encoding. */
  public static Builder builder(Sm2PrivateKey key) {
    return new Builder(Objects.requireNonNull(key, "key"));
  }

  /** Signs {@code message}. */
  public byte[] sign(byte[] message) {
    Objects.requireNonNull(message, "message");
    return sign(message, 0, message.length);
  }

  /** Signs {@code length} bytes of {@code message} from {@code offset}. */
  public byte[] sign(byte[] message, int offset, int length) {
    Objects.requireNonNull(message, "message");
    if (offset < 0 || length < 0 || offset > message.length - length) {
      throw new IndexOutOfBoundsException("offset/length outside the message");
    }
    BigInteger e = Sm2Engine.e(z, message, offset, length);
    BigInteger[] rs = Sm2Engine.sign(key.d(), key.dPlus1Inverse(), e, kSource);
    return encoding.encode(rs[0], rs[1]);
  }

  /** The encoding of the signatures this signer writes. */
  public SignatureEncoding encoding() {
    return encoding;
  }

  /** The public key that verifies this signer's signatures. */
  public Sm2PublicKey publicKey() {
    return key.publicKey();
  }

  @Override
  public String toString() {
    return "Sm2Signer[" + encoding + ", " + key.publicKey() + "]";
  }

  /**
   * Configures an {@link Sm2Signer}.
   *
   * <p>Thread safety: not thread-safe; build once, then share the signer.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final Sm2PrivateKey key;
    private byte[] userId = DEFAULT_USER_ID_BYTES;
    private SignatureEncoding encoding = SignatureEncoding.DER;
    private KSource kSource = Sm2Engine.RANDOM_K;

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
      return new Sm2Signer(this);
    }
  }
}
