package io.hdx.security.cms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hdx.security.CryptoException;
import io.hdx.security.testing.TestPki;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issue 9 item 11: SM4-CBC EnvelopedData fails one way only, and is malleable as documented. */
class Sm2CmsEnvelopeOracleTest {
  private static final byte[] CONTENT = "synthetic content of exactly 48 bytes.........."
      .getBytes(StandardCharsets.US_ASCII);

  private final TestPki pki = new TestPki();

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError("not found");
  }

  @Test
  void everyDecryptionFailure_looksTheSame() {
    byte[] envelope = Sm2CmsEnvelope.encrypt(CONTENT, Collections.singletonList(pki.recipient));
    // The encrypted content is the last 64 bytes (48 bytes + a full padding block); the SM2
    // ciphertext of the content key sits in the recipient info.
    int contentAt = envelope.length - 64;
    Set<String> outcomes = new HashSet<>();
    int failures = 0;
    // Padding oracle probes: every value of the last byte of the second-to-last block.
    for (int value = 0; value < 256; value++) {
      byte[] probe = envelope.clone();
      probe[contentAt + 47] = (byte) value;
      try {
        Sm2CmsEnvelope.decrypt(probe, pki.recipientKeys.privateKey(), pki.recipient);
      } catch (CryptoException e) {
        failures++;
        outcomes.add(e.errorCode() + "|" + e.getMessage() + "|" + e.getCause());
      }
    }
    // A damaged key transport (a bit flipped in the SM2 ciphertext's C3 hash region).
    byte[] badKey = envelope.clone();
    badKey[contentAt - 120] ^= 1;
    CryptoException keyFailure = assertThrows(CryptoException.class,
        () -> Sm2CmsEnvelope.decrypt(badKey, pki.recipientKeys.privateKey(), pki.recipient));
    outcomes.add(keyFailure.errorCode() + "|" + keyFailure.getMessage() + "|" + keyFailure.getCause());
    assertEquals(1, outcomes.size(), outcomes.toString());
    assertEquals(CryptoException.DECRYPTION_FAILED, keyFailure.errorCode());
    assertNull(keyFailure.getCause());
    assertEquals(true, failures >= 250, failures + " failures of 256 probes");
  }

  @Test
  void ivBitFlip_changesThePlaintext_noIntegrityAsDocumented() {
    byte[] envelope = Sm2CmsEnvelope.encrypt(CONTENT, Collections.singletonList(pki.recipient));
    // Find the IV: the OCTET STRING of 16 bytes inside the SM4-CBC AlgorithmIdentifier.
    int oid = indexOf(envelope, new byte[] {0x06, 0x08, 0x2a, (byte) 0x81, 0x1c, (byte) 0xcf, 0x55, 0x01, 0x68, 0x02});
    int iv = oid + 10 + 2;
    assertEquals(0x04, envelope[iv - 2]);
    byte[] tampered = envelope.clone();
    tampered[iv] ^= 0x20; // flips the case of the first plaintext letter
    byte[] plaintext = Sm2CmsEnvelope.decrypt(tampered, pki.recipientKeys.privateKey(), pki.recipient);
    byte[] expected = CONTENT.clone();
    expected[0] ^= 0x20;
    assertArrayEquals(expected, plaintext);
  }
}
