package io.hdx.security.sign;

import io.hdx.security.CryptoException;
import io.hdx.security.cert.TrustAnchors;
import io.hdx.security.cms.Sm2CmsVerifier;
import io.hdx.security.cms.VerifiedContent;
import java.time.Clock;
import java.util.Objects;

/**
 * Verifies a document against its detached signature before the document is trusted: the SM2
 * signature, the signer's certificate chain to the trust anchors (validity dates, CA
 * constraints, digitalSignature or nonRepudiation key usage), and that the bytes are exactly the
 * ones signed. The document comes back only inside a {@link VerifiedContent}; anything else is a
 * {@link CryptoException} whose code says which check failed.
 *
 * <pre>{@code
 * DocumentVerifier verifier = DocumentVerifier.create(TrustAnchors.fromPem(rootsPem));
 * VerifiedContent verified = verifier.verify(documentBytes, signatureBytes);
 * ClinicalDocument doc = CdaDecoder.create().decode(verified.content()).document();   // sdk-codec
 * }</pre>
 *
 * <p>Thread safety: immutable; share it.
 *
 * @since 0.1.0
 */
public final class DocumentVerifier {
  private final Sm2CmsVerifier verifier;

  private DocumentVerifier(Sm2CmsVerifier verifier) {
    this.verifier = verifier;
  }

  /** A verifier trusting {@code anchors}, validating certificates at the current time. */
  public static DocumentVerifier create(TrustAnchors anchors) {
    return new DocumentVerifier(Sm2CmsVerifier.forTrustAnchors(Objects.requireNonNull(anchors, "anchors")));
  }

  /** A verifier trusting {@code anchors}, validating certificates at the time {@code clock} tells. */
  public static DocumentVerifier create(TrustAnchors anchors, Clock clock) {
    return new DocumentVerifier(Sm2CmsVerifier.forTrustAnchors(Objects.requireNonNull(anchors, "anchors"),
        Objects.requireNonNull(clock, "clock")));
  }

  /**
   * Verifies {@code signature} over {@code document}.
   *
   * @return the verified document and who signed it
   * @throws CryptoException when the signature is malformed, invalid, untrusted, or for other bytes
   */
  public VerifiedContent verify(byte[] document, byte[] signature) {
    return verifier.verifyDetached(document, signature);
  }

  /** One-call form: verifies {@code signature} over {@code document} against {@code anchors}. */
  public static VerifiedContent verify(byte[] document, byte[] signature, TrustAnchors anchors) {
    return create(anchors).verify(document, signature);
  }

  @Override
  public String toString() {
    return "DocumentVerifier[" + verifier + "]";
  }
}
