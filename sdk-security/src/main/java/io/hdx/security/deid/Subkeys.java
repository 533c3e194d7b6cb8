package io.hdx.security.deid;

import io.hdx.security.sm.HmacSm3;
import java.nio.charset.StandardCharsets;

/** Sub-keys derived from one master key with HMAC-SM3 under distinct labels (one key, many uses, never reused). */
final class Subkeys {
  private Subkeys() {}

  /** HMAC-SM3(master, label): 32 bytes. */
  static byte[] derive(byte[] master, String label) {
    return HmacSm3.create(master).compute(label.getBytes(StandardCharsets.US_ASCII));
  }
}
