package io.hdx.security.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

/**
 * PEM text (RFC 7468): {@code -----BEGIN LABEL-----}, base64 lines, {@code -----END LABEL-----}.
 *
 * <p>Thread safety: stateless.
 *
 * @since 0.1.0
 */
public final class Pem {
  private static final String BEGIN = "-----BEGIN ";
  private static final String END = "-----END ";
  private static final String DASHES = "-----";

  private Pem() {}

  /** One decoded PEM block. */
  public static final class Block {
    private final String label;
    private final byte[] der;

    Block(String label, byte[] der) {
      this.label = label;
      this.der = der;
    }

    /** The label, e.g. {@code PRIVATE KEY}. */
    public String label() {
      return label;
    }

    /** The decoded content. */
    public byte[] der() {
      return der;
    }
  }

  /** Whether {@code bytes} look like PEM text (start with a BEGIN line after white space). */
  public static boolean looksLikePem(byte[] bytes) {
    int i = 0;
    while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n')) {
      i++;
    }
    byte[] begin = BEGIN.getBytes(StandardCharsets.US_ASCII);
    if (bytes.length - i < begin.length) {
      return false;
    }
    for (int j = 0; j < begin.length; j++) {
      if (bytes[i + j] != begin[j]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Decodes every block in {@code text}, in order; text outside blocks is ignored (as OpenSSL
   * does with explanatory text).
   *
   * @return the blocks, or an empty list when there is none or one is malformed
   */
  public static List<Block> decodeAll(String text) {
    List<Block> blocks = new ArrayList<>();
    int from = 0;
    while (true) {
      int begin = text.indexOf(BEGIN, from);
      if (begin < 0) {
        return blocks;
      }
      int labelEnd = text.indexOf(DASHES, begin + BEGIN.length());
      if (labelEnd < 0) {
        return Collections.emptyList();
      }
      String label = text.substring(begin + BEGIN.length(), labelEnd);
      String endLine = END + label + DASHES;
      int end = text.indexOf(endLine, labelEnd + DASHES.length());
      if (end < 0) {
        return Collections.emptyList();
      }
      String body = text.substring(labelEnd + DASHES.length(), end);
      if (body.indexOf(':') >= 0) {
        // RFC 1421 headers (encrypted legacy keys) are not supported.
        return Collections.emptyList();
      }
      StringBuilder base64 = new StringBuilder(body.length());
      for (int i = 0; i < body.length(); i++) {
        char c = body.charAt(i);
        if (!Character.isWhitespace(c)) {
          base64.append(c);
        }
      }
      try {
        blocks.add(new Block(label, Base64.getDecoder().decode(base64.toString())));
      } catch (IllegalArgumentException e) {
        return Collections.emptyList();
      }
      from = end + endLine.length();
    }
  }

  /** Encodes {@code der} as one PEM block with 64-character lines and a final newline. */
  public static String encode(String label, byte[] der) {
    String base64 = Base64.getEncoder().encodeToString(der);
    StringBuilder out = new StringBuilder(base64.length() + 100);
    out.append(BEGIN).append(label).append(DASHES).append('\n');
    for (int i = 0; i < base64.length(); i += 64) {
      out.append(base64, i, Math.min(base64.length(), i + 64)).append('\n');
    }
    out.append(END).append(label).append(DASHES).append('\n');
    return out.toString();
  }
}
