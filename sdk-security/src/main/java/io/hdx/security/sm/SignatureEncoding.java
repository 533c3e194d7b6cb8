package io.hdx.security.sm;

import io.hdx.security.CryptoException;
import io.hdx.security.internal.Sm2Domain;
import java.math.BigInteger;
import java.util.Objects;

/**
 * How an SM2 signature (r, s) is written.
 *
 * <p>Decoding is strict in both forms: r and s must lie in [1, n-1] (GB/T 32918.2-2016 §7.1 B1-B2),
 * and DER must be the one minimal encoding, so a signature has exactly one valid byte form.
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public enum SignatureEncoding {
  /**
   * {@code SEQUENCE { r INTEGER, s INTEGER }} in DER, GM/T 0009-2012 (SM2Signature): what OpenSSL,
   * X.509 certificates and CMS use. The default.
   */
  DER,
  /** r ‖ s, each 32 bytes big-endian: 64 bytes, as many web and hardware peers exchange them. */
  RAW_RS;

  private static final int RAW_LENGTH = 64;

  /**
   * Converts {@code signature}, written in this encoding, to {@code target}.
   *
   * @throws CryptoException when {@code signature} is not a valid signature in this encoding
   */
  public byte[] convert(byte[] signature, SignatureEncoding target) {
    Objects.requireNonNull(signature, "signature");
    Objects.requireNonNull(target, "target");
    BigInteger[] rs = decode(signature);
    return target.encode(rs[0], rs[1]);
  }

  byte[] encode(BigInteger r, BigInteger s) {
    if (this == RAW_RS) {
      byte[] out = new byte[RAW_LENGTH];
      Sm2Domain.toBytes32(r, out, 0);
      Sm2Domain.toBytes32(s, out, 32);
      return out;
    }
    byte[] rBytes = r.toByteArray();
    byte[] sBytes = s.toByteArray();
    int bodyLength = 2 + rBytes.length + 2 + sBytes.length;
    byte[] out = new byte[2 + bodyLength];
    int i = 0;
    out[i++] = 0x30;
    out[i++] = (byte) bodyLength;
    out[i++] = 0x02;
    out[i++] = (byte) rBytes.length;
    System.arraycopy(rBytes, 0, out, i, rBytes.length);
    i += rBytes.length;
    out[i++] = 0x02;
    out[i++] = (byte) sBytes.length;
    System.arraycopy(sBytes, 0, out, i, sBytes.length);
    return out;
  }

  /** {r, s}, both checked to lie in [1, n-1]. */
  BigInteger[] decode(byte[] signature) {
    BigInteger r;
    BigInteger s;
    if (this == RAW_RS) {
      if (signature.length != RAW_LENGTH) {
        throw malformed("raw r||s must be 64 bytes");
      }
      r = new BigInteger(1, java.util.Arrays.copyOfRange(signature, 0, 32));
      s = new BigInteger(1, java.util.Arrays.copyOfRange(signature, 32, 64));
    } else {
      // SEQUENCE (short-form length) of exactly two minimal, positive INTEGERs and nothing else.
      if (signature.length < 8 || signature.length > 72 || signature[0] != 0x30
          || (signature[1] & 0xff) != signature.length - 2) {
        throw malformed("not a DER SEQUENCE of the right length");
      }
      int[] cursor = {2};
      r = readInteger(signature, cursor);
      s = readInteger(signature, cursor);
      if (cursor[0] != signature.length) {
        throw malformed("trailing bytes in DER");
      }
    }
    if (!Sm2Domain.isScalar(r) || !Sm2Domain.isScalar(s)) {
      throw malformed("r or s outside [1, n-1]");
    }
    return new BigInteger[] {r, s};
  }

  private static BigInteger readInteger(byte[] der, int[] cursor) {
    int i = cursor[0];
    if (i + 2 > der.length || der[i] != 0x02) {
      throw malformed("INTEGER expected in DER");
    }
    int length = der[i + 1] & 0xff;
    int start = i + 2;
    if (length == 0 || length > 33 || start + length > der.length) {
      throw malformed("bad INTEGER length in DER");
    }
    if ((der[start] & 0x80) != 0) {
      throw malformed("negative INTEGER in DER");
    }
    if (length > 1 && der[start] == 0 && (der[start + 1] & 0x80) == 0) {
      throw malformed("non-minimal INTEGER in DER");
    }
    cursor[0] = start + length;
    return new BigInteger(1, java.util.Arrays.copyOfRange(der, start, start + length));
  }

  private static CryptoException malformed(String what) {
    return new CryptoException(CryptoException.MALFORMED_SIGNATURE, "SM2 signature: " + what);
  }
}
