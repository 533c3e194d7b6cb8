package io.hdx.security.internal;

import java.math.BigInteger;
import java.security.SecureRandom;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.math.ec.ECAlgorithms;
import org.bouncycastle.math.ec.ECMultiplier;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.bouncycastle.util.BigIntegers;

/**
 * SM2 arithmetic on sm2p256v1: the Z value, signature generation and verification (GB/T 32918.2
 * §5.5, §6, §7), public-key encryption and decryption (GB/T 32918.4 §6, §7) and the SM3 key
 * derivation function (GB/T 32918.4 §5.4.3). Encodings are the caller's business.
 *
 * <p>What can be precomputed is passed in by the key objects, which compute it once: the Z value,
 * (1 + d)^-1 mod n, and the public point (on which Bouncy Castle caches its window tables).
 *
 * <p>Thread safety: stateless.
 *
 * @since 0.1.0
 */
public final class Sm2Engine {
  /** k drawn uniformly from [1, n-1] with this thread's {@link SecureRandom}. */
  public static final KSource RANDOM_K = new KSource() {
    @Override
    public BigInteger nextK() {
      SecureRandom random = Randomness.get();
      int bits = Sm2Domain.N.bitLength();
      while (true) {
        BigInteger k = BigIntegers.createRandomBigInteger(bits, random);
        if (Sm2Domain.isScalar(k)) {
          return k;
        }
      }
    }
  };

  /** The longest user ID whose bit length fits ENTL's two bytes (GB/T 32918.2 §5.5). */
  public static final int MAX_USER_ID_BYTES = 8191;

  private static final ECMultiplier BASE_MULTIPLIER = new FixedPointCombMultiplier();
  private static final byte[] CURVE_PARAMETERS = curveParameters();

  private Sm2Engine() {}

  private static byte[] curveParameters() {
    byte[] out = new byte[4 * Sm2Domain.FIELD_BYTES];
    Sm2Domain.toBytes32(Sm2Domain.CURVE.getA().toBigInteger(), out, 0);
    Sm2Domain.toBytes32(Sm2Domain.CURVE.getB().toBigInteger(), out, 32);
    ECPoint g = Sm2Domain.G.normalize();
    Sm2Domain.toBytes32(g.getAffineXCoord().toBigInteger(), out, 64);
    Sm2Domain.toBytes32(g.getAffineYCoord().toBigInteger(), out, 96);
    return out;
  }

  /**
   * Z_A = SM3(ENTL_A ‖ ID_A ‖ a ‖ b ‖ x_G ‖ y_G ‖ x_A ‖ y_A), GB/T 32918.2-2016 §5.5.
   *
   * @param userId at most {@link #MAX_USER_ID_BYTES} bytes
   * @param publicPoint the signer's public point, normalised
   */
  public static byte[] z(byte[] userId, ECPoint publicPoint) {
    if (userId.length > MAX_USER_ID_BYTES) {
      throw new IllegalArgumentException("user ID longer than " + MAX_USER_ID_BYTES + " bytes");
    }
    SM3Digest digest = new SM3Digest();
    int bits = userId.length * 8;
    digest.update((byte) (bits >>> 8));
    digest.update((byte) bits);
    digest.update(userId, 0, userId.length);
    digest.update(CURVE_PARAMETERS, 0, CURVE_PARAMETERS.length);
    byte[] point = publicPoint.getEncoded(false);
    digest.update(point, 1, point.length - 1);
    byte[] z = new byte[32];
    digest.doFinal(z, 0);
    return z;
  }

  /** e = SM3(Z ‖ M) as an integer, GB/T 32918.2 §6.1 A1-A2. */
  public static BigInteger e(byte[] z, byte[] message, int offset, int length) {
    SM3Digest digest = new SM3Digest();
    digest.update(z, 0, z.length);
    digest.update(message, offset, length);
    byte[] hash = new byte[32];
    digest.doFinal(hash, 0);
    return new BigInteger(1, hash);
  }

  /**
   * Signs, GB/T 32918.2-2016 §6.1 A3-A6.
   *
   * @param d the private scalar
   * @param dPlus1Inverse (1 + d)^-1 mod n
   * @param e the message representative from {@link #e}
   * @return {r, s}
   */
  public static BigInteger[] sign(BigInteger d, BigInteger dPlus1Inverse, BigInteger e, KSource kSource) {
    BigInteger n = Sm2Domain.N;
    while (true) {
      BigInteger k = kSource.nextK();
      ECPoint p = BASE_MULTIPLIER.multiply(Sm2Domain.G, k).normalize();
      BigInteger r = e.add(p.getAffineXCoord().toBigInteger()).mod(n);
      if (r.signum() == 0 || r.add(k).equals(n)) {
        continue;
      }
      BigInteger s = dPlus1Inverse.multiply(k.subtract(r.multiply(d))).mod(n);
      if (s.signum() != 0) {
        return new BigInteger[] {r, s};
      }
    }
  }

  /** Verifies, GB/T 32918.2-2016 §7.1 B1-B7. */
  public static boolean verify(ECPoint publicPoint, BigInteger e, BigInteger r, BigInteger s) {
    if (!Sm2Domain.isScalar(r) || !Sm2Domain.isScalar(s)) {
      return false;
    }
    BigInteger n = Sm2Domain.N;
    BigInteger t = r.add(s).mod(n);
    if (t.signum() == 0) {
      return false;
    }
    ECPoint p = ECAlgorithms.sumOfTwoMultiplies(Sm2Domain.G, s, publicPoint, t).normalize();
    if (p.isInfinity()) {
      return false;
    }
    return e.add(p.getAffineXCoord().toBigInteger()).mod(n).equals(r);
  }

  /** The public point [d]G, normalised. */
  public static ECPoint publicPoint(BigInteger d) {
    return BASE_MULTIPLIER.multiply(Sm2Domain.G, d).normalize();
  }

  /** The three parts of an SM2 ciphertext, GB/T 32918.4-2016 §6.1. */
  public static final class Ciphertext {
    /** C1 = [k]G as 04 ‖ x ‖ y (65 bytes). */
    public final byte[] c1;
    /** C2 = M xor t, as long as the message. */
    public final byte[] c2;
    /** C3 = SM3(x2 ‖ M ‖ y2), 32 bytes. */
    public final byte[] c3;

    /** Holds the parts (not copied). */
    public Ciphertext(byte[] c1, byte[] c2, byte[] c3) {
      this.c1 = c1;
      this.c2 = c2;
      this.c3 = c3;
    }
  }

  /** Encrypts, GB/T 32918.4-2016 §6.1 A1-A8. {@code message} must not be empty. */
  public static Ciphertext encrypt(ECPoint publicPoint, byte[] message, KSource kSource) {
    if (message.length == 0) {
      throw new IllegalArgumentException("plaintext must not be empty");
    }
    while (true) {
      BigInteger k = kSource.nextK();
      byte[] c1 = BASE_MULTIPLIER.multiply(Sm2Domain.G, k).normalize().getEncoded(false);
      ECPoint shared = publicPoint.multiply(k).normalize();
      byte[] x2 = Sm2Domain.toBytes32(shared.getAffineXCoord().toBigInteger());
      byte[] y2 = Sm2Domain.toBytes32(shared.getAffineYCoord().toBigInteger());
      byte[] t = kdf(Bytes.concat(x2, y2), message.length);
      if (allZero(t)) {
        continue;
      }
      for (int i = 0; i < t.length; i++) {
        t[i] ^= message[i];
      }
      return new Ciphertext(c1, t, c3(x2, message, y2));
    }
  }

  /**
   * Decrypts, GB/T 32918.4-2016 §7.1 B1-B7. The plaintext is returned only after C3 has been
   * checked (in constant time).
   *
   * @param c1 a point already decoded and checked to lie on the curve
   * @return the plaintext, or {@code null} when the check fails
   */
  public static byte[] decrypt(BigInteger d, ECPoint c1, byte[] c2, byte[] c3) {
    if (c1.isInfinity() || c2.length == 0) {
      return null;
    }
    ECPoint shared = c1.multiply(d).normalize();
    if (shared.isInfinity()) {
      return null;
    }
    byte[] x2 = Sm2Domain.toBytes32(shared.getAffineXCoord().toBigInteger());
    byte[] y2 = Sm2Domain.toBytes32(shared.getAffineYCoord().toBigInteger());
    byte[] m = kdf(Bytes.concat(x2, y2), c2.length);
    boolean zero = allZero(m);
    for (int i = 0; i < m.length; i++) {
      m[i] ^= c2[i];
    }
    boolean ok = Bytes.constantTimeEquals(c3(x2, m, y2), c3) & !zero;
    if (!ok) {
      Bytes.wipe(m);
      return null;
    }
    return m;
  }

  private static byte[] c3(byte[] x2, byte[] message, byte[] y2) {
    SM3Digest digest = new SM3Digest();
    digest.update(x2, 0, x2.length);
    digest.update(message, 0, message.length);
    digest.update(y2, 0, y2.length);
    byte[] out = new byte[32];
    digest.doFinal(out, 0);
    return out;
  }

  /**
   * KDF(Z, klen) with SM3, GB/T 32918.4-2016 §5.4.3: SM3(Z ‖ ct) for ct = 1, 2, ... as 32-bit
   * big-endian, concatenated and cut to {@code length} bytes.
   */
  public static byte[] kdf(byte[] z, int length) {
    if (length < 0) {
      throw new IllegalArgumentException("length must not be negative");
    }
    byte[] out = new byte[length];
    SM3Digest primed = new SM3Digest();
    primed.update(z, 0, z.length);
    byte[] block = new byte[32];
    int counter = 1;
    for (int offset = 0; offset < length; offset += 32, counter++) {
      SM3Digest digest = new SM3Digest(primed);
      digest.update((byte) (counter >>> 24));
      digest.update((byte) (counter >>> 16));
      digest.update((byte) (counter >>> 8));
      digest.update((byte) counter);
      digest.doFinal(block, 0);
      System.arraycopy(block, 0, out, offset, Math.min(32, length - offset));
    }
    return out;
  }

  private static boolean allZero(byte[] bytes) {
    int acc = 0;
    for (byte b : bytes) {
      acc |= b;
    }
    return acc == 0;
  }
}
