package io.hdx.security.sm;

import io.hdx.security.internal.KSource;
import io.hdx.security.internal.Sm2Engine;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The {@link Sm2Signer} of an in-memory {@link Sm2PrivateKey} (GB/T 32918.2-2016 §6).
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
final class KeySm2Signer implements Sm2Signer {
  private static final byte[] DEFAULT_USER_ID_BYTES = DEFAULT_USER_ID.getBytes(StandardCharsets.US_ASCII);

  private final Sm2PrivateKey key;
  private final byte[] z;
  private final SignatureEncoding encoding;
  private final KSource kSource;

  KeySm2Signer(Builder builder) {
    this.key = builder.key;
    this.z = key.publicKey().z(builder.userId);
    this.encoding = builder.encoding;
    this.kSource = builder.kSource;
  }

  static byte[] defaultUserIdBytes() {
    return DEFAULT_USER_ID_BYTES.clone();
  }

  static boolean isDefaultUserId(byte[] userId) {
    return java.util.Arrays.equals(userId, DEFAULT_USER_ID_BYTES);
  }

  @Override
  public byte[] sign(byte[] message) {
    Objects.requireNonNull(message, "message");
    return sign(message, 0, message.length);
  }

  @Override
  public byte[] sign(byte[] message, int offset, int length) {
    Objects.requireNonNull(message, "message");
    if (offset < 0 || length < 0 || offset > message.length - length) {
      throw new IndexOutOfBoundsException("offset/length outside the message");
    }
    BigInteger e = Sm2Engine.e(z, message, offset, length);
    BigInteger[] rs = Sm2Engine.sign(key.d(), key.dPlus1Inverse(), e, kSource);
    return encoding.encode(rs[0], rs[1]);
  }

  @Override
  public SignatureEncoding encoding() {
    return encoding;
  }

  @Override
  public Sm2PublicKey publicKey() {
    return key.publicKey();
  }

  @Override
  public String toString() {
    return "Sm2Signer[" + encoding + ", " + key.publicKey() + "]";
  }
}
