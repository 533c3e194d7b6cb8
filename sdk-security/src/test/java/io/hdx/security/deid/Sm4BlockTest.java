package io.hdx.security.deid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hdx.security.internal.Bytes;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.params.KeyParameter;
import org.junit.jupiter.api.Test;

/** The table-driven SM4 against the standard's example (GB/T 32907-2016 Appendix A) and Bouncy Castle's SM4Engine. */
class Sm4BlockTest {
  private static final byte[] KEY = Bytes.fromHexOrNull("0123456789abcdeffedcba9876543210");

  @Test
  void encrypt_standardExample1_matches() {
    assertArrayEquals(Bytes.fromHexOrNull("681edf34d206965e86b3e94f536e4246"), crypt(true, KEY, KEY));
    assertArrayEquals(KEY, crypt(false, KEY, Bytes.fromHexOrNull("681edf34d206965e86b3e94f536e4246")));
  }

  @Test
  void encrypt_standardExample2_millionTimes_matches() {
    Sm4Block sm4 = new Sm4Block();
    sm4.init(true, new KeyParameter(KEY));
    byte[] block = KEY.clone();
    for (int i = 0; i < 1_000_000; i++) {
      sm4.processBlock(block, 0, block, 0);
    }
    assertArrayEquals(Bytes.fromHexOrNull("595298c7c6fd271f0402f804c33d3f66"), block);
  }

  @Property(tries = 200)
  void anyKeyAndBlock_sameAsBouncyCastle(@ForAll @Size(16) byte[] key, @ForAll @Size(16) byte[] block) {
    for (boolean encrypt : new boolean[] {true, false}) {
      SM4Engine bc = new SM4Engine();
      bc.init(encrypt, new KeyParameter(key));
      byte[] expected = new byte[16];
      bc.processBlock(block, 0, expected, 0);
      assertArrayEquals(expected, crypt(encrypt, key, block));
    }
  }

  @Test
  void badKeyOrBuffers_refused() {
    Sm4Block sm4 = new Sm4Block();
    assertThrows(IllegalStateException.class, () -> sm4.processBlock(new byte[16], 0, new byte[16], 0));
    assertThrows(IllegalArgumentException.class, () -> sm4.init(true, new KeyParameter(new byte[8])));
    sm4.init(true, new KeyParameter(KEY));
    assertThrows(org.bouncycastle.crypto.DataLengthException.class, () -> sm4.processBlock(new byte[15], 0, new byte[16], 0));
    assertThrows(org.bouncycastle.crypto.OutputLengthException.class, () -> sm4.processBlock(new byte[16], 0, new byte[16], 1));
  }

  private static byte[] crypt(boolean encrypt, byte[] key, byte[] block) {
    Sm4Block sm4 = new Sm4Block();
    sm4.init(encrypt, new KeyParameter(key));
    byte[] out = new byte[16];
    sm4.processBlock(block, 0, out, 0);
    return out;
  }
}
