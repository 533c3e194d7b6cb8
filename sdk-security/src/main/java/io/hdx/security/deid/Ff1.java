package io.hdx.security.deid;

import io.hdx.security.SecretKeyAccess;
import io.hdx.security.internal.Bytes;
import io.hdx.security.internal.SecretBytes;
import io.hdx.security.sm.Sm4Key;
import java.math.BigInteger;
import java.util.Objects;
import java.util.function.Supplier;
import org.bouncycastle.crypto.BlockCipher;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * FF1 format-preserving encryption (NIST SP 800-38G Rev. 1 §5.1, Algorithms 7-9) over the SM4
 * block cipher (GB/T 32907-2016): a keyed, tweakable permutation of the numeral strings of one
 * length in one radix, so a 10-digit record number encrypts to a 10-digit record number.
 *
 * <p>The construction is the standard's, unchanged; only the block cipher is SM4 instead of AES
 * (both have 128-bit blocks and keys). The tests run this same code with AES against NIST's
 * published FF1 samples to prove the construction, then with SM4.
 *
 * <p>Domain: radix 2..65536, length at least 2 and with radix^length at least 1,000,000 (SP
 * 800-38G Rev. 1 §5.1, the raised minimum domain size), at most {@value #MAX_LENGTH} numerals;
 * tweaks up to {@value #MAX_TWEAK_LENGTH} bytes.
 *
 * <pre>{@code
 * Ff1 ff1 = Ff1.sm4(key, 10);
 * String pseudonym = ff1.encryptDigits("0012345678", tweak);   // ten other digits
 * String back = ff1.decryptDigits(pseudonym, tweak);           // "0012345678"
 * }</pre>
 *
 * <p>Security guarantees: as SP 800-38G states for FF1; small domains are refused. The key never
 * appears in {@link #toString()}.
 *
 * <p>Thread safety: immutable; share it (each thread uses its own keyed cipher instance).
 *
 * @since 0.1.0
 */
public final class Ff1 {
  /** The longest numeral string accepted (far below SP 800-38G's 2^32 bound). */
  public static final int MAX_LENGTH = 4096;
  /** The longest tweak accepted, in bytes. */
  public static final int MAX_TWEAK_LENGTH = 1024;
  /** SP 800-38G Rev. 1 §5.1: radix^minlen must be at least one million. */
  private static final BigInteger MIN_DOMAIN = BigInteger.valueOf(1_000_000);
  private static final int ROUNDS = 10;
  private static final int BLOCK = 16;

  private final Supplier<BlockCipher> cipherFactory;
  private final SecretBytes key;
  private final int radix;
  private final BigInteger bigRadix;
  private final int minLength;
  /** Each thread's cipher, keyed once (the key schedule is a fifth of an SM4 call's cost when redone per call). */
  private final ThreadLocal<BlockCipher> ciphers = ThreadLocal.withInitial(this::newCipher);

  Ff1(Supplier<BlockCipher> cipherFactory, byte[] key, int radix) {
    checkedRadix(radix);
    this.cipherFactory = Objects.requireNonNull(cipherFactory, "cipherFactory");
    this.key = SecretBytes.copyOf(Objects.requireNonNull(key, "key"));
    this.radix = radix;
    this.bigRadix = BigInteger.valueOf(radix);
    int length = 2;
    while (bigRadix.pow(length).compareTo(MIN_DOMAIN) < 0) {
      length++;
    }
    this.minLength = length;
  }

  /** FF1 over SM4 with {@code key} in {@code radix} (10 for digit strings). */
  public static Ff1 sm4(Sm4Key key, int radix) {
    byte[] bytes = Objects.requireNonNull(key, "key").toBytes(SecretKeyAccess.insecureSecretAccess());
    try {
      return new Ff1(Sm4Block::new, bytes, radix);
    } finally {
      Bytes.wipe(bytes);
    }
  }

  /** The radix. */
  public int radix() {
    return radix;
  }

  /** The shortest numeral string this radix accepts: radix^length at least one million. */
  public int minLength() {
    return minLength;
  }

  /**
   * Encrypts numerals ({@code 0 <= x[i] < radix}).
   *
   * @throws IllegalArgumentException if the length is outside the domain or a numeral is out of
   *     range (the message names neither value)
   */
  public int[] encrypt(int[] numerals, byte[] tweak) {
    return crypt(radix, numerals, tweak, true);
  }

  /** Decrypts numerals; the inverse of {@link #encrypt}. */
  public int[] decrypt(int[] numerals, byte[] tweak) {
    return crypt(radix, numerals, tweak, false);
  }

  /**
   * Encrypts numerals in {@code otherRadix} (2..65536) under this instance's key: for a caller that sizes the radix
   * to its domain, so that cycle walking ends after about one encryption ({@link ResidentIdPseudonym}).
   */
  int[] encrypt(int otherRadix, int[] numerals, byte[] tweak) {
    return crypt(checkedRadix(otherRadix), numerals, tweak, true);
  }

  /** Decrypts numerals in {@code otherRadix}; the inverse of {@link #encrypt(int, int[], byte[])}. */
  int[] decrypt(int otherRadix, int[] numerals, byte[] tweak) {
    return crypt(checkedRadix(otherRadix), numerals, tweak, false);
  }

  private static int checkedRadix(int radix) {
    if (radix < 2 || radix > 65536) {
      throw new IllegalArgumentException("FF1 radix must be 2..65536");
    }
    return radix;
  }

  /** Encrypts a string of ASCII digits (radix 10 only). */
  public String encryptDigits(String digits, byte[] tweak) {
    return toDigits(encrypt(fromDigits(digits), tweak));
  }

  /** Decrypts a string of ASCII digits (radix 10 only). */
  public String decryptDigits(String digits, byte[] tweak) {
    return toDigits(decrypt(fromDigits(digits), tweak));
  }

  private int[] fromDigits(String digits) {
    if (radix != 10) {
      throw new IllegalStateException("digit strings need radix 10");
    }
    Objects.requireNonNull(digits, "digits");
    int[] out = new int[digits.length()];
    for (int i = 0; i < out.length; i++) {
      char c = digits.charAt(i);
      if (c < '0' || c > '9') {
        throw new IllegalArgumentException("FF1: expected ASCII digits only");
      }
      out[i] = c - '0';
    }
    return out;
  }

  private static String toDigits(int[] numerals) {
    char[] out = new char[numerals.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = (char) ('0' + numerals[i]);
    }
    return new String(out);
  }

  private int[] crypt(int radix, int[] x, byte[] tweak, boolean encrypt) {
    BigInteger bigRadix = BigInteger.valueOf(radix);
    Objects.requireNonNull(x, "numerals");
    Objects.requireNonNull(tweak, "tweak");
    int n = x.length;
    if (n < 2 || n > MAX_LENGTH || bigRadix.pow(n).compareTo(MIN_DOMAIN) < 0) {
      throw new IllegalArgumentException("FF1: length outside the domain (radix^n >= 10^6 required)");
    }
    if (tweak.length > MAX_TWEAK_LENGTH) {
      throw new IllegalArgumentException("FF1: tweak too long");
    }
    for (int numeral : x) {
      if (numeral < 0 || numeral >= radix) {
        throw new IllegalArgumentException("FF1: numeral outside the radix");
      }
    }
    int t = tweak.length;
    // Algorithm 7 steps 1-4.
    int u = n / 2;
    int v = n - u;
    int[] a = new int[u];
    int[] b = new int[v];
    System.arraycopy(x, 0, a, 0, u);
    System.arraycopy(x, u, b, 0, v);
    BigInteger modU = bigRadix.pow(u);
    BigInteger modV = bigRadix.pow(v);
    int byteLen = (modV.subtract(BigInteger.ONE).bitLength() + 7) / 8; // b
    int d = 4 * ((byteLen + 3) / 4) + 4;
    // Halves below 2^54 are computed in long arithmetic (the same numbers: NUM, mod and STR are exact in either).
    boolean small = modV.bitLength() <= 54;
    // Step 5: P = [1]^1 || [2]^1 || [1]^1 || [radix]^3 || [10]^1 || [u mod 256]^1 || [n]^4 || [t]^4
    byte[] p = new byte[BLOCK];
    p[0] = 1;
    p[1] = 2;
    p[2] = 1;
    p[3] = (byte) (radix >>> 16);
    p[4] = (byte) (radix >>> 8);
    p[5] = (byte) radix;
    p[6] = 10;
    p[7] = (byte) u;
    putInt(p, 8, n);
    putInt(p, 12, t);
    int qLen = t + Math.floorMod(-t - byteLen - 1, BLOCK) + 1 + byteLen;
    byte[] q = new byte[qLen];
    System.arraycopy(tweak, 0, q, 0, t);

    BlockCipher cipher = ciphers.get();
    // The CBC-MAC of every round starts with the same block P: CIPH(P) once per call.
    byte[] cipherOfP = new byte[BLOCK];
    cipher.processBlock(p, 0, cipherOfP, 0);
    for (int step = 0; step < ROUNDS; step++) {
      int i = encrypt ? step : ROUNDS - 1 - step;
      int[] source = encrypt ? b : a;
      // Step 6.i: Q = T || [0]^((-t-b-1) mod 16) || [i]^1 || [NUM_radix(B)]^b  (decrypt: A)
      q[qLen - byteLen - 1] = (byte) i;
      if (small) {
        putLong(q, qLen - byteLen, byteLen, numLong(source, radix));
      } else {
        byte[] numBytes = toBytes(num(source, bigRadix), byteLen);
        System.arraycopy(numBytes, 0, q, qLen - byteLen, byteLen);
      }
      // Step 6.ii: R = PRF(P || Q), CBC-MAC with a zero IV.
      byte[] r = prf(cipher, cipherOfP, q);
      // Step 6.iii: S = the first d bytes of R || CIPH(R xor [1]^16) || CIPH(R xor [2]^16) ...
      byte[] s = expand(cipher, r, d);
      int m = i % 2 == 0 ? u : v;
      int[] c;
      if (small) {
        long modulus = (m == u ? modU : modV).longValue();
        long y = modOf(s, modulus);
        c = strLong(encrypt ? Math.floorMod(numLong(a, radix) + y, modulus) : Math.floorMod(numLong(b, radix) - y, modulus),
            m, radix);
      } else {
        BigInteger y = new BigInteger(1, s);
        BigInteger modulus = m == u ? modU : modV;
        c = str(encrypt ? num(a, bigRadix).add(y).mod(modulus) : num(b, bigRadix).subtract(y).mod(modulus), m, bigRadix);
      }
      if (encrypt) {
        a = b;
        b = c;
      } else {
        b = a;
        a = c;
      }
    }
    int[] out = new int[n];
    System.arraycopy(a, 0, out, 0, u);
    System.arraycopy(b, 0, out, u, v);
    return out;
  }

  private BlockCipher newCipher() {
    BlockCipher cipher = cipherFactory.get();
    byte[] keyBytes = key.toByteArray();
    try {
      cipher.init(true, new KeyParameter(keyBytes));
    } finally {
      Bytes.wipe(keyBytes);
    }
    return cipher;
  }

  /** CBC-MAC of P || Q with a zero IV, from {@code cipherOfP} = CIPH(P). */
  private static byte[] prf(BlockCipher cipher, byte[] cipherOfP, byte[] q) {
    byte[] y = cipherOfP.clone();
    byte[] block = new byte[BLOCK];
    for (int off = 0; off < q.length; off += BLOCK) {
      for (int j = 0; j < BLOCK; j++) {
        block[j] = (byte) (y[j] ^ q[off + j]);
      }
      cipher.processBlock(block, 0, y, 0);
    }
    return y;
  }

  private static byte[] expand(BlockCipher cipher, byte[] r, int d) {
    byte[] s = new byte[d];
    int filled = Math.min(d, BLOCK);
    System.arraycopy(r, 0, s, 0, filled);
    byte[] in = new byte[BLOCK];
    byte[] out = new byte[BLOCK];
    for (int j = 1; filled < d; j++) {
      System.arraycopy(r, 0, in, 0, BLOCK);
      in[12] ^= (byte) (j >>> 24);
      in[13] ^= (byte) (j >>> 16);
      in[14] ^= (byte) (j >>> 8);
      in[15] ^= (byte) j;
      cipher.processBlock(in, 0, out, 0);
      int take = Math.min(BLOCK, d - filled);
      System.arraycopy(out, 0, s, filled, take);
      filled += take;
    }
    return s;
  }

  private static BigInteger num(int[] numerals, BigInteger bigRadix) {
    BigInteger value = BigInteger.ZERO;
    for (int numeral : numerals) {
      value = value.multiply(bigRadix).add(BigInteger.valueOf(numeral));
    }
    return value;
  }

  private static int[] str(BigInteger value, int m, BigInteger bigRadix) {
    int[] out = new int[m];
    BigInteger rest = value;
    for (int i = m - 1; i >= 0; i--) {
      BigInteger[] qr = rest.divideAndRemainder(bigRadix);
      out[i] = qr[1].intValue();
      rest = qr[0];
    }
    return out;
  }

  /**
   * NUM_radix (SP 800-38G §4.5 Algorithm 1) of numerals whose value fits a long (FF1 uses it below 2^54); with
   * {@link #strLong} the one radix conversion of this package ({@link ResidentIdPseudonym} walks its cycle with
   * them too).
   */
  static long numLong(int[] numerals, int radix) {
    long value = 0;
    for (int numeral : numerals) {
      value = value * radix + numeral;
    }
    return value;
  }

  /** STR^m_radix (SP 800-38G §4.5 Algorithm 3) of {@code value} (0 <= value < radix^m). */
  static int[] strLong(long value, int m, int radix) {
    int[] out = new int[m];
    long rest = value;
    for (int i = m - 1; i >= 0; i--) {
      out[i] = (int) (rest % radix);
      rest /= radix;
    }
    return out;
  }

  /** NUM(s) mod {@code modulus}, {@code s} big-endian, {@code modulus} below 2^54 (so rest * 256 fits). */
  private static long modOf(byte[] s, long modulus) {
    long rest = 0;
    for (byte x : s) {
      rest = ((rest << 8) | (x & 0xff)) % modulus;
    }
    return rest;
  }

  /** {@code value} big-endian in {@code length} bytes at {@code off}. */
  private static void putLong(byte[] out, int off, int length, long value) {
    long rest = value;
    for (int i = off + length - 1; i >= off; i--) {
      out[i] = (byte) rest;
      rest >>>= 8;
    }
  }

  private static byte[] toBytes(BigInteger value, int length) {
    byte[] raw = value.toByteArray();
    byte[] out = new byte[length];
    int copy = Math.min(raw.length, length);
    System.arraycopy(raw, raw.length - copy, out, length - copy, copy);
    return out;
  }

  private static void putInt(byte[] out, int off, int value) {
    out[off] = (byte) (value >>> 24);
    out[off + 1] = (byte) (value >>> 16);
    out[off + 2] = (byte) (value >>> 8);
    out[off + 3] = (byte) value;
  }

  @Override
  public String toString() {
    return "Ff1[radix=" + radix + ", key redacted]";
  }
}
