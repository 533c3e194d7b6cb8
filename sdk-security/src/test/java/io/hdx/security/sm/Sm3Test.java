package io.hdx.security.sm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.security.internal.Bytes;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.generators.KDF2BytesGenerator;
import org.bouncycastle.crypto.params.KDFParameters;
import org.junit.jupiter.api.Test;

/** SM3 known answers from GB/T 32905-2016 Appendix A (examples 1 and 2). */
class Sm3Test {

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  @Test
  void digest_gbt32905ExampleAbc_matches() {
    // GB/T 32905-2016 A.1: "abc".
    assertEquals("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0",
        Bytes.toHex(Sm3.digest(ascii("abc"))));
  }

  @Test
  void digest_gbt32905Example64Bytes_matches() {
    // GB/T 32905-2016 A.2: "abcd" repeated 16 times (512 bits).
    StringBuilder m = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      m.append("abcd");
    }
    assertEquals("debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732",
        Bytes.toHex(Sm3.digest(ascii(m.toString()))));
  }

  @Test
  void digest_stream_equalsArray() throws Exception {
    byte[] data = new byte[100_000];
    for (int i = 0; i < data.length; i++) {
      data[i] = (byte) (i * 31);
    }
    assertArrayEquals(Sm3.digest(data), Sm3.digest(new ByteArrayInputStream(data)));
    assertArrayEquals(Sm3.digest(data, 10, 500), Sm3.digest(java.util.Arrays.copyOfRange(data, 10, 510)));
  }

  @Test
  void kdf_anyLength_equalsCounterModeFromOne() {
    // GB/T 32918.4 §5.4.3 is SM3(Z || ct) with ct from 1: the same construction as ISO 18033-2 KDF2.
    byte[] z = ascii("shared secret z for the kdf test, synthetic");
    for (int length : new int[] {0, 1, 31, 32, 33, 64, 100, 1000}) {
      KDF2BytesGenerator reference = new KDF2BytesGenerator(new SM3Digest());
      reference.init(new KDFParameters(z, new byte[0]));
      byte[] expected = new byte[length];
      reference.generateBytes(expected, 0, length);
      assertArrayEquals(expected, Sm3.kdf(z, length), "length " + length);
    }
  }

  @Test
  void hmac_verify_acceptsOwnTagRejectsOthers() {
    HmacSm3 mac = HmacSm3.create(ascii("0123456789abcdef"));
    byte[] tag = mac.compute(ascii("message"));
    assertEquals(32, tag.length);
    assertTrue(mac.verify(tag, ascii("message")));
    assertFalse(mac.verify(tag, ascii("messagf")));
    tag[0] ^= 1;
    assertFalse(mac.verify(tag, ascii("message")));
    assertFalse(mac.toString().contains("0123456789abcdef"));
    assertThrows(IllegalArgumentException.class, () -> HmacSm3.create(new byte[15]));
  }

  /** One keyed HMAC per thread, reused: every tag is a fresh Bouncy Castle HMAC's, on every thread; destroyed means refused. */
  @Test
  void hmac_reusedPerThread_sameAsFreshBouncyCastle_refusedAfterDestroy() throws Exception {
    byte[] key = ascii("0123456789abcdef-hmac-reuse");
    HmacSm3 mac = HmacSm3.create(key);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
    try {
      java.util.List<java.util.concurrent.Future<?>> runs = new java.util.ArrayList<>();
      for (int t = 0; t < 3; t++) {
        runs.add(pool.submit(() -> {
          for (int length : new int[] {0, 1, 55, 56, 64, 65, 200, 1}) {
            byte[] data = new byte[length];
            java.util.Arrays.fill(data, (byte) length);
            org.bouncycastle.crypto.macs.HMac fresh = new org.bouncycastle.crypto.macs.HMac(new SM3Digest());
            fresh.init(new org.bouncycastle.crypto.params.KeyParameter(key));
            fresh.update(data, 0, data.length);
            byte[] expected = new byte[32];
            fresh.doFinal(expected, 0);
            assertArrayEquals(expected, mac.compute(data), "length " + length);
          }
          return null;
        }));
      }
      for (java.util.concurrent.Future<?> run : runs) {
        run.get();
      }
    } finally {
      pool.shutdown();
    }
    mac.destroy();
    assertTrue(mac.isDestroyed());
    assertThrows(IllegalStateException.class, () -> mac.compute(ascii("message")));
  }
}
