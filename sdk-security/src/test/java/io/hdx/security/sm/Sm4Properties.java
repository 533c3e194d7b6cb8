package io.hdx.security.sm;

import io.hdx.security.interop.Sm4Cbc;
import io.hdx.security.interop.Sm4Ctr;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hdx.security.CryptoException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

/** Properties of SM4-GCM, SM4-CBC and SM4-CTR, and of HMAC-SM3. */
class Sm4Properties {
  private static final Sm4Gcm GCM = Sm4Gcm.create(Sm4Key.generate());
  private static final Sm4Cbc CBC = Sm4Cbc.create(Sm4Key.generate());
  private static final Sm4Ctr CTR = Sm4Ctr.create(Sm4Key.generate());
  private static final HmacSm3 MAC = HmacSm3.create(new byte[32]);

  private static byte[] flip(byte[] bytes, int bit) {
    byte[] out = bytes.clone();
    int i = Math.floorMod(bit, out.length * 8);
    out[i / 8] ^= (byte) (1 << (i % 8));
    return out;
  }

  @Property
  void gcm_roundTrips(@ForAll @Size(max = 500) byte[] plaintext, @ForAll @Size(max = 40) byte[] aad) {
    assertArrayEquals(plaintext, GCM.decrypt(GCM.encrypt(plaintext, aad), aad));
  }

  @Property
  void gcm_oneBitFlipped_fails(@ForAll @Size(max = 200) byte[] plaintext, @ForAll @Size(max = 20) byte[] aad,
      @ForAll int bit) {
    byte[] sealed = GCM.encrypt(plaintext, aad);
    assertThrows(CryptoException.class, () -> GCM.decrypt(flip(sealed, bit), aad));
  }

  @Property
  void gcm_associatedDataBitFlipped_fails(@ForAll @Size(max = 100) byte[] plaintext,
      @ForAll @Size(min = 1, max = 20) byte[] aad, @ForAll int bit) {
    byte[] sealed = GCM.encrypt(plaintext, aad);
    assertThrows(CryptoException.class, () -> GCM.decrypt(sealed, flip(aad, bit)));
  }

  @Property
  void gcm_arbitraryBytes_onlyCryptoException(@ForAll @Size(max = 100) byte[] junk) {
    assertThrows(CryptoException.class, () -> GCM.decrypt(junk));
  }

  @Property
  void cbcAndCtr_roundTrip(@ForAll @Size(max = 500) byte[] plaintext) {
    assertArrayEquals(plaintext, CBC.decrypt(CBC.encrypt(plaintext)));
    assertArrayEquals(plaintext, CTR.decrypt(CTR.encrypt(plaintext)));
  }

  @Property
  void hmac_oneBitFlipped_fails(@ForAll @Size(min = 1, max = 200) byte[] data, @ForAll int bit) {
    byte[] tag = MAC.compute(data);
    org.junit.jupiter.api.Assertions.assertFalse(MAC.verify(tag, flip(data, bit)));
    org.junit.jupiter.api.Assertions.assertFalse(MAC.verify(flip(tag, bit), data));
  }
}
