package io.hdx.security.sm;

import io.hdx.security.interop.Sm4Cbc;
import io.hdx.security.interop.Sm4Ctr;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.security.CryptoException;
import io.hdx.security.internal.Bytes;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * SM4 known answers: GB/T 32907-2016 Appendix A examples 1 and 2 (the 1,000,000-fold encryption),
 * and the SM4-GCM vector of RFC 8998 Appendix A.1.
 */
class Sm4Test {
  private static final String KEY = "0123456789abcdeffedcba9876543210";

  private static byte[] hex(String s) {
    return Bytes.fromHexOrNull(s);
  }

  @Test
  void cbcZeroIv_gbt32907Example1_firstBlockMatches() {
    // With a zero IV the first CBC block is the bare block encryption E_K(P).
    byte[] ct = Sm4Cbc.create(Sm4Key.fromHex(KEY)).encrypt(new byte[16], hex(KEY));
    assertEquals("681edf34d206965e86b3e94f536e4246", Bytes.toHex(Arrays.copyOf(ct, 16)));
  }

  @Test
  void cbcZeroIv_gbt32907Example2MillionRounds_matches() {
    // CBC with a zero IV over P || 0^(16*999999) makes block i = E_K(block i-1): block 1,000,000 is
    // the plaintext encrypted 1,000,000 times (GB/T 32907-2016 A.2, example 2).
    byte[] plaintext = new byte[16 * 1_000_000];
    System.arraycopy(hex(KEY), 0, plaintext, 0, 16);
    byte[] ct = Sm4Cbc.create(Sm4Key.fromHex(KEY)).encrypt(new byte[16], plaintext);
    assertEquals("595298c7c6fd271f0402f804c33d3f66",
        Bytes.toHex(Arrays.copyOfRange(ct, 16 * 999_999, 16 * 1_000_000)));
  }

  @Test
  void gcm_rfc8998A1_matches() {
    byte[] nonce = hex("00001234567800000000ABCD");
    byte[] aad = hex("FEEDFACEDEADBEEFFEEDFACEDEADBEEFABADDAD2");
    byte[] pt = hex("AAAAAAAAAAAAAAAABBBBBBBBBBBBBBBBCCCCCCCCCCCCCCCCDDDDDDDDDDDDDDDD"
        + "EEEEEEEEEEEEEEEEFFFFFFFFFFFFFFFFEEEEEEEEEEEEEEEEAAAAAAAAAAAAAAAA");
    String expected = "00001234567800000000abcd"
        + "17f399f08c67d5ee19d0dc9969c4bb7d5fd46fd3756489069157b282bb200735"
        + "d82710ca5c22f0ccfa7cbf93d496ac15a56834cbcf98c397b4024a2691233b8d"
        + "83de3541e4c2b58177e065a9bf7b62ec";
    Sm4Gcm gcm = Sm4Gcm.create(Sm4Key.fromHex(KEY));
    byte[] sealed = gcm.encryptWithNonce(nonce, pt, aad);
    assertEquals(expected, Bytes.toHex(sealed));
    assertArrayEquals(pt, gcm.decrypt(sealed, aad));
  }

  @Test
  void gcm_wrongAssociatedDataOrKey_fails() {
    Sm4Key key = Sm4Key.generate();
    byte[] sealed = Sm4Gcm.create(key).encrypt(new byte[] {1, 2, 3}, new byte[] {9});
    CryptoException e = assertThrows(CryptoException.class, () -> Sm4Gcm.create(key).decrypt(sealed));
    assertEquals(CryptoException.DECRYPTION_FAILED, e.errorCode());
    assertThrows(CryptoException.class, () -> Sm4Gcm.create(Sm4Key.generate()).decrypt(sealed, new byte[] {9}));
    assertThrows(CryptoException.class, () -> Sm4Gcm.create(key).decrypt(new byte[27]));
  }

  @Test
  void gcm_twoEncryptions_useFreshNonces() {
    Sm4Gcm gcm = Sm4Gcm.create(Sm4Key.generate());
    byte[] a = gcm.encrypt(new byte[32]);
    byte[] b = gcm.encrypt(new byte[32]);
    assertFalse(Arrays.equals(Arrays.copyOf(a, 12), Arrays.copyOf(b, 12)));
  }

  @Test
  void cbc_roundTripAndBadPadding() {
    Sm4Cbc cbc = Sm4Cbc.create(Sm4Key.generate());
    for (int n : new int[] {0, 1, 15, 16, 17, 1000}) {
      byte[] pt = new byte[n];
      Arrays.fill(pt, (byte) n);
      assertArrayEquals(pt, cbc.decrypt(cbc.encrypt(pt)));
    }
    assertThrows(CryptoException.class, () -> cbc.decrypt(new byte[16], new byte[15]));
    assertThrows(CryptoException.class, () -> cbc.decrypt(new byte[16]));
  }

  @Test
  void ctr_roundTrip() {
    Sm4Ctr ctr = Sm4Ctr.create(Sm4Key.generate());
    byte[] pt = new byte[1000];
    Arrays.fill(pt, (byte) 7);
    byte[] ct = ctr.encrypt(pt);
    assertEquals(1016, ct.length);
    assertArrayEquals(pt, ctr.decrypt(ct));
  }

  @Test
  void key_neverPrintsAndComparesBySecret() {
    Sm4Key key = Sm4Key.fromHex(KEY);
    assertFalse(key.toString().toLowerCase().contains("0123"));
    assertFalse(Sm4Gcm.create(key).toString().contains("0123"));
    assertTrue(key.hasSameSecret(Sm4Key.fromHex(KEY)));
    assertFalse(key.hasSameSecret(Sm4Key.generate()));
    assertThrows(CryptoException.class, () -> Sm4Key.fromBytes(new byte[15]));
    assertThrows(CryptoException.class, () -> Sm4Key.fromHex("zz"));
  }
}
