package io.hdx.security.internal;

import io.hdx.security.CryptoException;
import java.io.IOException;
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

  /** The DER encoding of {@code value}. */
  public static byte[] der(ASN1Encodable value) {
    try {
      return value.toASN1Primitive().getEncoded(ASN1Encoding.DER);
    } catch (IOException e) {
      throw new IllegalStateException("DER encoding of an in-memory structure failed", e);
    }
  }
}
