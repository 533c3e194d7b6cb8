package io.hdx.security;

import io.hdx.model.HdxException;

/**
 * A cryptographic operation failed: a key, signature, ciphertext, certificate or CMS message could
 * not be read, or a check on it failed. The message says only what failed (for example
 * {@code CRYPTO-0202 SM2 signature: invalid}); it never carries key material, plaintext, or the
 * bytes that were rejected. The cause, when there is one, is chained.
 *
 * <p>Stable error codes (the constants below) let scripts and support tickets tell failures apart
 * without parsing messages.
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public class CryptoException extends HdxException {
  private static final long serialVersionUID = 1L;

  /** A key could not be read: bad PEM/DER/raw encoding, wrong length, or zero/out-of-range scalar. */
  public static final String MALFORMED_KEY = "CRYPTO-0101";
  /** A key uses an algorithm or curve other than SM2 on sm2p256v1 (GB/T 32918.5). */
  public static final String UNSUPPORTED_KEY = "CRYPTO-0102";
  /** An SM2 public key is not a valid point of sm2p256v1 (GB/T 32918.1 §6.2.2). */
  public static final String INVALID_PUBLIC_KEY = "CRYPTO-0103";

  /** A signature could not be decoded: wrong length, bad DER, or r/s outside [1, n-1]. */
  public static final String MALFORMED_SIGNATURE = "CRYPTO-0201";
  /** A well-formed signature did not verify. */
  public static final String SIGNATURE_INVALID = "CRYPTO-0202";

  /** An SM2 ciphertext could not be decoded (length, encoding, or C1 not a curve point). */
  public static final String MALFORMED_CIPHERTEXT = "CRYPTO-0301";
  /** Decryption failed: the SM2 hash C3, the GCM tag or the CBC padding did not check out. */
  public static final String DECRYPTION_FAILED = "CRYPTO-0302";

  /** A certificate could not be parsed, or it is not an SM2 certificate. */
  public static final String MALFORMED_CERTIFICATE = "CRYPTO-0401";
  /** A certificate chain did not lead to a trust anchor. */
  public static final String UNTRUSTED_CERTIFICATE = "CRYPTO-0402";
  /** A certificate in the chain is not valid at the time of validation. */
  public static final String CERTIFICATE_EXPIRED = "CRYPTO-0403";
  /** A certificate's key usage or basic constraints do not allow its use. */
  public static final String CERTIFICATE_USAGE = "CRYPTO-0404";
  /** A certificate's signature did not verify with its issuer's key. */
  public static final String CERTIFICATE_SIGNATURE_INVALID = "CRYPTO-0405";

  /** A CMS (GM/T 0010) message could not be parsed, or has an unsupported structure. */
  public static final String MALFORMED_CMS = "CRYPTO-0501";
  /** The content does not match the digest that was signed. */
  public static final String CONTENT_MISMATCH = "CRYPTO-0502";
  /** No recipient of an enveloped message matches the given certificate. */
  public static final String NO_MATCHING_RECIPIENT = "CRYPTO-0503";

  /**
   * Creates the exception.
   *
   * @param errorCode one of the constants of this class
   * @param message what failed; never key material, plaintext or the rejected bytes
   */
  public CryptoException(String errorCode, String message) {
    super(errorCode, message);
  }

  /** Creates the exception with its cause. */
  public CryptoException(String errorCode, String message, Throwable cause) {
    super(errorCode, message, cause);
  }
}
