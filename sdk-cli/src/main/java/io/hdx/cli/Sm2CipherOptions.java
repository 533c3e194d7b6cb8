package io.hdx.cli;

import io.hdx.security.sm.CiphertextEncoding;
import io.hdx.security.sm.CiphertextLayout;
import io.hdx.security.sm.Sm2Cipher;

/**
 * The {@code --format c1c3c2|c1c2c3} and {@code --encoding der|raw} options of {@code hdx encrypt}
 * and {@code hdx decrypt} with an SM2 key.
 *
 * <p>Thread safety: stateless.
 *
 * @since 0.1.0
 */
final class Sm2CipherOptions {
  private Sm2CipherOptions() {}

  static Sm2Cipher cipher(Args args) {
    String format = args.option("format").orElse("c1c3c2");
    String encoding = args.option("encoding").orElse("der");
    CiphertextLayout layout;
    if ("c1c3c2".equals(format)) {
      layout = CiphertextLayout.C1C3C2;
    } else if ("c1c2c3".equals(format)) {
      layout = CiphertextLayout.C1C2C3;
    } else {
      throw new UsageException("--format must be c1c3c2 or c1c2c3");
    }
    CiphertextEncoding enc;
    if ("der".equals(encoding)) {
      enc = CiphertextEncoding.DER;
    } else if ("raw".equals(encoding)) {
      enc = CiphertextEncoding.RAW;
    } else {
      throw new UsageException("--encoding must be der or raw");
    }
    return Sm2Cipher.builder().layout(layout).encoding(enc).build();
  }

  static void rejectWithSm4(Args args) {
    if (args.option("format").isPresent() || args.option("encoding").isPresent()) {
      throw new UsageException("--format and --encoding apply to SM2 only, not to --key-file (SM4-GCM)");
    }
  }
}
