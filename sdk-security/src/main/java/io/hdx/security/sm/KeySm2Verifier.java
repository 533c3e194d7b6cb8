package io.hdx.security.sm;

import io.hdx.security.CryptoException;
import io.hdx.security.internal.Sm2Engine;
import java.math.BigInteger;
import java.util.Objects;

/**
 * HDX's {@link Sm2Verifier} (GB/T 32918.2-2016 §7).
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
final class KeySm2Verifier implements Sm2Verifier {
  private final Sm2PublicKey key;
  private final byte[] z;
  private final SignatureEncoding encoding;

  KeySm2Verifier(Builder builder) {
    this.key = builder.key;
    this.z = key.z(builder.userId);
    this.encoding = builder.encoding;
  }

  @Override
  public void verify(byte[] message, byte[] signature) {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(signature, "signature");
    BigInteger[] rs = encoding.decode(signature);
    BigInteger e = Sm2Engine.e(z, message, 0, message.length);
    if (!Sm2Engine.verify(key.point(), e, rs[0], rs[1])) {
      throw new CryptoException(CryptoException.SIGNATURE_INVALID, "SM2 signature: invalid");
    }
  }

  @Override
  public SignatureEncoding encoding() {
    return encoding;
  }

  @Override
  public Sm2PublicKey publicKey() {
    return key;
  }

  @Override
  public String toString() {
    return "Sm2Verifier[" + encoding + ", " + key + "]";
  }
}
