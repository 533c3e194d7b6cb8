package io.hdx.security.deid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hdx.security.internal.Bytes;
import io.hdx.security.sm.Sm4Key;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.fpe.FPEFF1Engine;
import org.bouncycastle.crypto.params.FPEParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * FF1 (NIST SP 800-38G): the construction proved with AES against NIST's published FF1 samples
 * (csrc.nist.gov "FF1samples.pdf", Samples 1-9), then run with SM4.
 */
class Ff1Test {
  private static final String K128 = "2B7E151628AED2A6ABF7158809CF4F3C";
  private static final String K192 = K128 + "EF4359D8D580AA4F";
  private static final String K256 = K192 + "7F036D6F04FC6A94";
  private static final String ALPHABET36 = "0123456789abcdefghijklmnopqrstuvwxyz";

  @ParameterizedTest(name = "NIST FF1 sample {0}")
  @CsvSource({
      "1, " + K128 + ", '', 10, 0123456789, 2433477484",
      "2, " + K128 + ", 39383736353433323130, 10, 0123456789, 6124200773",
      "3, " + K128 + ", 3737373770717273373737, 36, 0123456789abcdefghi, a9tv40mll9kdu509eum",
      "4, " + K192 + ", '', 10, 0123456789, 2830668132",
      "5, " + K192 + ", 39383736353433323130, 10, 0123456789, 2496655549",
      "6, " + K192 + ", 3737373770717273373737, 36, 0123456789abcdefghi, xbj3kv35jrawxv32ysr",
      "7, " + K256 + ", '', 10, 0123456789, 6657667009",
      "8, " + K256 + ", 39383736353433323130, 10, 0123456789, 1001623463",
      "9, " + K256 + ", 3737373770717273373737, 36, 0123456789abcdefghi, xs8a0azh2avyalyzuwd",
  })
  void aes_nistSamples_match(int sample, String key, String tweak, int radix, String plain, String cipher) {
    Ff1 ff1 = new Ff1(AESEngine::newInstance, Bytes.fromHexOrNull(key), radix);
    byte[] t = tweak.isEmpty() ? new byte[0] : Bytes.fromHexOrNull(tweak);
    assertEquals(cipher, text(ff1.encrypt(numerals(plain), t)), "sample " + sample);
    assertEquals(plain, text(ff1.decrypt(numerals(cipher), t)), "sample " + sample);
  }

  @Test
  void sm4_agreesWithBouncyCastleFf1OverSm4() {
    byte[] key = Bytes.fromHexOrNull("0123456789abcdeffedcba9876543210");
    byte[] tweak = "2.16.156.10011.1.12".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    Ff1 ours = Ff1.sm4(Sm4Key.fromBytes(key), 10);
    // Halves below 2^54 take the long-arithmetic path, longer ones (40 digits: halves of 10^20) the BigInteger path.
    for (String plain : new String[] {"000000", "123456", "0123456789", "98765432109876543210123",
        "3141592653589793238462643383279502884197"}) {
      int[] x = numerals(plain);
      assertArrayEquals(bouncyCastle(key, 10, tweak, x), ours.encrypt(x, tweak));
    }
  }

  @Test
  void sm4_otherRadix_agreesWithBouncyCastle_andRoundTrips() {
    byte[] key = Bytes.fromHexOrNull("0123456789abcdeffedcba9876543210");
    byte[] tweak = "hdx-rid|PROVINCE|11".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    Ff1 ours = Ff1.sm4(Sm4Key.fromBytes(key), 10);
    for (int radix : new int[] {36, 255}) {
      for (int length : new int[] {4, 30}) {
        int[] x = new int[length];
        for (int i = 0; i < length; i++) {
          x[i] = (i * 7 + 3) % radix;
        }
        int[] c = ours.encrypt(radix, x, tweak);
        assertArrayEquals(bouncyCastle(key, radix, tweak, x), c, "radix " + radix + " length " + length);
        assertArrayEquals(x, ours.decrypt(radix, c, tweak));
      }
    }
    assertThrows(IllegalArgumentException.class, () -> ours.encrypt(65537, new int[] {1, 2}, tweak));
  }

  private static int[] bouncyCastle(byte[] key, int radix, byte[] tweak, int[] x) {
    byte[] in = new byte[x.length];
    for (int i = 0; i < x.length; i++) {
      in[i] = (byte) x[i];
    }
    FPEFF1Engine bc = new FPEFF1Engine(new SM4Engine());
    bc.init(true, new FPEParameters(new KeyParameter(key), radix, tweak));
    byte[] out = new byte[in.length];
    bc.processBlock(in, 0, in.length, out, 0);
    int[] expected = new int[out.length];
    for (int i = 0; i < out.length; i++) {
      expected[i] = out[i] & 0xff;
    }
    return expected;
  }

  @Test
  void sm4_digits_roundTripAndPreserveFormat() {
    Ff1 ff1 = Ff1.sm4(Sm4Key.fromHex("0123456789abcdeffedcba9876543210"), 10);
    byte[] tweak = new byte[] {1, 2, 3};
    String c = ff1.encryptDigits("0012345678", tweak);
    assertEquals(10, c.length());
    assertNotEquals("0012345678", c);
    assertEquals("0012345678", ff1.decryptDigits(c, tweak));
    assertNotEquals(c, ff1.encryptDigits("0012345678", new byte[] {1, 2, 4}));
  }

  @Test
  void smallDomain_refused() {
    Ff1 ff1 = Ff1.sm4(Sm4Key.generate(), 10);
    assertEquals(6, ff1.minLength());
    assertThrows(IllegalArgumentException.class, () -> ff1.encryptDigits("12345", new byte[0]));
    assertThrows(IllegalArgumentException.class, () -> ff1.encryptDigits("12a456", new byte[0]));
    assertThrows(IllegalArgumentException.class, () -> ff1.encrypt(new int[] {1, 2, 3, 4, 5, 10}, new byte[0]));
  }

  @Test
  void toString_hidesKey() {
    assertEquals("Ff1[radix=10, key redacted]", Ff1.sm4(Sm4Key.generate(), 10).toString());
  }

  private static int[] numerals(String s) {
    int[] out = new int[s.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = ALPHABET36.indexOf(s.charAt(i));
    }
    return out;
  }

  private static String text(int[] numerals) {
    StringBuilder sb = new StringBuilder();
    for (int n : numerals) {
      sb.append(ALPHABET36.charAt(n));
    }
    return sb.toString();
  }
}
