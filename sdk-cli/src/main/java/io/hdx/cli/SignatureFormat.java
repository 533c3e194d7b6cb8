package io.hdx.cli;

import io.hdx.security.CryptoException;
import io.hdx.security.sm.SignatureEncoding;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The signature forms {@code hdx sign} writes and {@code hdx verify} reads (docs/cli.md): {@code cms}
 * (GM/T 0010 detached SignedData, DER), {@code raw-der} (the bare DER SM2 signature) and
 * {@code raw-rs} (64 bytes r‖s).
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
enum SignatureFormat {
  CMS("cms"),
  RAW_DER("raw-der"),
  RAW_RS("raw-rs");

  private final String name;

  SignatureFormat(String name) {
    this.name = name;
  }

  String cliName() {
    return name;
  }

  static SignatureFormat parse(String text) {
    for (SignatureFormat f : values()) {
      if (f.name.equals(text)) {
        return f;
      }
    }
    throw new UsageException("--format must be cms, raw-der or raw-rs");
  }

  /**
   * Recognises a signature file: PEM or DER longer than any bare SM2 signature is CMS; a strict DER
   * SM2 signature is raw-der; 64 other bytes are raw-rs.
   *
   * @return the format, or {@code null} when it is none of them
   */
  static SignatureFormat detect(byte[] signature) {
    String start = new String(signature, 0, Math.min(signature.length, 64), StandardCharsets.ISO_8859_1);
    if (start.trim().startsWith("-----BEGIN ")) {
      return CMS;
    }
    if (signature.length <= 72) {
      try {
        SignatureEncoding.DER.convert(signature, SignatureEncoding.DER);
        return RAW_DER;
      } catch (CryptoException e) {
        return signature.length == 64 ? RAW_RS : null;
      }
    }
    return signature[0] == 0x30 ? CMS : null;
  }

  /** The DER bytes of a CMS signature file, PEM-armoured or not. */
  static byte[] cmsDer(byte[] file) {
    String text = new String(file, StandardCharsets.ISO_8859_1).trim();
    if (!text.startsWith("-----BEGIN ")) {
      return file;
    }
    int bodyStart = text.indexOf('\n');
    int bodyEnd = text.indexOf("-----END ");
    if (bodyStart < 0 || bodyEnd < bodyStart) {
      return file;
    }
    try {
      return Base64.getMimeDecoder().decode(text.substring(bodyStart + 1, bodyEnd));
    } catch (IllegalArgumentException e) {
      return file;
    }
  }
}
