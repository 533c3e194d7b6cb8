package io.hdx.security.sm;

import io.hdx.security.internal.Sm2Engine;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * The SM3 cryptographic hash (GB/T 32905-2016): 256-bit digests; and the SM3-based key
 * derivation function of GB/T 32918.4-2016 §5.4.3.
 *
 * <pre>{@code
 * byte[] digest = Sm3.digest(documentBytes);
 * }</pre>
 *
 * <p>Thread safety: stateless.
 *
 * @since 0.1.0
 */
public final class Sm3 {
  /** The digest length in bytes. */
  public static final int DIGEST_LENGTH = 32;

  private Sm3() {}

  /** SM3 of {@code data}. */
  public static byte[] digest(byte[] data) {
    Objects.requireNonNull(data, "data");
    return digest(data, 0, data.length);
  }

  /** SM3 of {@code length} bytes of {@code data} from {@code offset}. */
  public static byte[] digest(byte[] data, int offset, int length) {
    Objects.requireNonNull(data, "data");
    SM3Digest digest = new SM3Digest();
    digest.update(data, offset, length);
    byte[] out = new byte[DIGEST_LENGTH];
    digest.doFinal(out, 0);
    return out;
  }

  /** SM3 of everything {@code in} delivers until its end; does not close it. */
  public static byte[] digest(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    SM3Digest digest = new SM3Digest();
    byte[] buffer = new byte[16384];
    int n;
    while ((n = in.read(buffer)) >= 0) {
      digest.update(buffer, 0, n);
    }
    byte[] out = new byte[DIGEST_LENGTH];
    digest.doFinal(out, 0);
    return out;
  }

  /**
   * KDF(Z, klen) of GB/T 32918.4-2016 §5.4.3: SM3(Z ‖ ct) for the 32-bit big-endian counter
   * ct = 1, 2, ..., concatenated and cut to {@code length} bytes.
   *
   * @param z the shared secret input
   * @param length the output length in bytes, not negative
   */
  public static byte[] kdf(byte[] z, int length) {
    Objects.requireNonNull(z, "z");
    return Sm2Engine.kdf(z, length);
  }
}
