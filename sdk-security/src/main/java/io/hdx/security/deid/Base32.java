package io.hdx.security.deid;

/** RFC 4648 §6 base 32 without padding: pseudonym tokens that are safe in XML, JSON and file names. */
final class Base32 {
  private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();

  private Base32() {}

  static String encode(byte[] data, int offset, int length) {
    StringBuilder out = new StringBuilder((length * 8 + 4) / 5);
    int buffer = 0;
    int bits = 0;
    for (int i = offset; i < offset + length; i++) {
      buffer = (buffer << 8) | (data[i] & 0xff);
      bits += 8;
      while (bits >= 5) {
        out.append(ALPHABET[(buffer >>> (bits - 5)) & 31]);
        bits -= 5;
      }
    }
    if (bits > 0) {
      out.append(ALPHABET[(buffer << (5 - bits)) & 31]);
    }
    return out.toString();
  }

  /** The bytes, or null when {@code text} is not base 32 of whole bytes. */
  static byte[] decodeOrNull(CharSequence text) {
    int length = text.length();
    byte[] out = new byte[length * 5 / 8];
    int buffer = 0;
    int bits = 0;
    int pos = 0;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      int value;
      if (c >= 'A' && c <= 'Z') {
        value = c - 'A';
      } else if (c >= '2' && c <= '7') {
        value = c - '2' + 26;
      } else {
        return null;
      }
      buffer = (buffer << 5) | value;
      bits += 5;
      if (bits >= 8) {
        out[pos++] = (byte) (buffer >>> (bits - 8));
        bits -= 8;
      }
    }
    if ((buffer & ((1 << bits) - 1)) != 0) {
      return null;
    }
    return out;
  }
}
