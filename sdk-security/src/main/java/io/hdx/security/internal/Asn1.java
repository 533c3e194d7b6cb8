package io.hdx.security.internal;

import io.hdx.security.CryptoException;
import java.io.IOException;
import java.util.Arrays;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Primitive;

/**
 * Parses untrusted DER into Bouncy Castle's ASN.1 objects, turning every way the parser can fail
 * into a {@link CryptoException}, and encodes ASN.1 objects as DER.
 *
 * <p>Thread safety: stateless.
 *
 * @since 0.1.0
 */
public final class Asn1 {
  private Asn1() {}

  /** A function over parsed ASN.1 that may fail the way Bouncy Castle's accessors fail. */
  public interface Reader<T> {
    /** Reads the structure. */
    T read(ASN1Primitive primitive) throws IOException;
  }

  /** An action over parsed ASN.1 that may fail the way Bouncy Castle's accessors fail. */
  public interface Action<T> {
    /** Runs the action. */
    T run() throws IOException;
  }

  /**
   * Parses {@code der} (trailing bytes are rejected) and applies {@code reader} to it.
   *
   * @param errorCode the code of the exception thrown when either fails
   * @param what what was being read, for the message (never the bytes)
   * @throws CryptoException when the bytes are not what {@code reader} expects
   */
  public static <T> T read(byte[] der, String errorCode, String what, Reader<T> reader) {
    return guard(errorCode, what, () -> {
      ASN1Primitive primitive = ASN1Primitive.fromByteArray(der);
      if (primitive == null) {
        throw new CryptoException(errorCode, what + ": empty");
      }
      return reader.read(primitive);
    });
  }

  /**
   * Runs {@code action} over already parsed, untrusted ASN.1, turning every way Bouncy Castle's
   * accessors signal malformed input into a {@link CryptoException}.
   */
  public static <T> T guard(String errorCode, String what, Action<T> action) {
    try {
      T value = action.run();
      if (value == null) {
        throw new CryptoException(errorCode, what + ": malformed");
      }
      return value;
    } catch (IOException e) {
      throw new CryptoException(errorCode, what + ": malformed", e);
    } catch (CryptoException e) {
      throw e;
    } catch (RuntimeException e) {
      // Bouncy Castle's getInstance() methods and lazy accessors report malformed structures with
      // assorted runtime exceptions (IllegalArgumentException, ClassCastException,
      // ASN1ParsingException, IllegalStateException, ...).
      throw new CryptoException(errorCode, what + ": malformed", e);
    }
  }

  /**
   * Parses {@code der} like {@link #read} and also requires it to be DER (X.690 §10): the bytes
   * must equal the DER re-encoding of what was parsed, so that BER variants (indefinite or
   * non-minimal lengths, unsorted SET OF, a BOOLEAN TRUE other than {@code FF}) of one structure
   * are refused instead of verifying under another fingerprint.
   *
   * @throws CryptoException when the bytes are not DER or not what {@code reader} expects
   */
  public static <T> T readDer(byte[] der, String errorCode, String what, Reader<T> reader) {
    return guard(errorCode, what, () -> {
      ASN1Primitive primitive = ASN1Primitive.fromByteArray(der);
      if (primitive == null) {
        throw new CryptoException(errorCode, what + ": empty");
      }
      // The reader first: its structural checks (and limits) are cheaper than re-encoding.
      T value = reader.read(primitive);
      if (!Arrays.equals(der, primitive.getEncoded(ASN1Encoding.DER))) {
        throw new CryptoException(errorCode, what + ": not DER (X.690 §10)");
      }
      return value;
    });
  }

  /**
   * The bytes, as received, of the first element inside the DER SEQUENCE {@code der} (tag,
   * length and contents): for a certificate its TBSCertificate (RFC 5280 §4.1.1.3: the signature
   * is over these exact bytes).
   *
   * @throws CryptoException when {@code der} is not a SEQUENCE with a first element in DER form
   */
  public static byte[] firstElement(byte[] der, String errorCode, String what) {
    int[] outer = header(der, 0, errorCode, what);
    if (der[0] != 0x30 || outer[0] + outer[1] != der.length) {
      throw new CryptoException(errorCode, what + ": not a SEQUENCE");
    }
    int[] inner = header(der, outer[0], errorCode, what);
    int end = inner[0] + inner[1];
    if (end > der.length) {
      throw new CryptoException(errorCode, what + ": truncated");
    }
    return Arrays.copyOfRange(der, outer[0], end);
  }

  /**
   * The definite-length TLV at {@code offset}: {contents offset, contents length}, without
   * building any object, for cheap limit checks before a full parse.
   *
   * @throws CryptoException when there is no such TLV (a multi-byte tag, an indefinite or
   *     overlong length, or a length past the end)
   */
  public static int[] header(byte[] der, int offset, String errorCode, String what) {
    if (offset + 2 > der.length || (der[offset] & 0x1f) == 0x1f) {
      throw new CryptoException(errorCode, what + ": malformed");
    }
    int first = der[offset + 1] & 0xff;
    int position = offset + 2;
    long length;
    if (first < 0x80) {
      length = first;
    } else {
      int octets = first & 0x7f;
      if (octets == 0 || octets > 4 || position + octets > der.length) {
        throw new CryptoException(errorCode, what + ": malformed");
      }
      length = 0;
      for (int i = 0; i < octets; i++) {
        length = (length << 8) | (der[position++] & 0xff);
      }
    }
    if (length > der.length - position) {
      throw new CryptoException(errorCode, what + ": truncated");
    }
    return new int[] {position, (int) length};
  }

  /** The DER encoding of {@code value}. */
  public static byte[] der(ASN1Encodable value) {
    try {
      return value.toASN1Primitive().getEncoded(ASN1Encoding.DER);
    } catch (IOException e) {
      throw new IllegalStateException("DER encoding of an in-memory structure failed", e);
    }
  }
}
