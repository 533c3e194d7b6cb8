package io.hdx.security.cms;

import io.hdx.security.cert.Sm2Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Content whose signature has been verified: the only way to obtain one is a successful
 * {@link Sm2CmsVerifier} (or {@link io.hdx.security.sign.DocumentVerifier}) call, so code that takes
 * a {@code VerifiedContent} cannot be handed unverified bytes by mistake.
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public final class VerifiedContent {
  private final byte[] content;
  private final Sm2Certificate signerCertificate;
  private final List<Sm2Certificate> certificatePath;
  private final Instant signingTime;

  VerifiedContent(byte[] content, Sm2Certificate signerCertificate, List<Sm2Certificate> certificatePath,
      Instant signingTime) {
    this.content = content.clone();
    this.signerCertificate = signerCertificate;
    this.certificatePath = Collections.unmodifiableList(certificatePath);
    this.signingTime = signingTime;
  }

  /** The verified content (a copy). */
  public byte[] content() {
    return content.clone();
  }

  /** The signer's certificate, absent only when verified against a bare public key without one. */
  public Optional<Sm2Certificate> signerCertificate() {
    return Optional.ofNullable(signerCertificate);
  }

  /**
   * The validated chain, from the signer's certificate to the trust anchor; empty when verified
   * against a bare public key.
   */
  public List<Sm2Certificate> certificatePath() {
    return certificatePath;
  }

  /** The signingTime attribute, as the signer claims it (not a trusted timestamp). */
  public Optional<Instant> signingTime() {
    return Optional.ofNullable(signingTime);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof VerifiedContent)) {
      return false;
    }
    VerifiedContent other = (VerifiedContent) o;
    return Arrays.equals(content, other.content) && Objects.equals(signerCertificate, other.signerCertificate)
        && certificatePath.equals(other.certificatePath) && Objects.equals(signingTime, other.signingTime);
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(content), signerCertificate, certificatePath, signingTime);
  }

  /** Sizes and the signer's certificate; never the content. */
  @Override
  public String toString() {
    return "VerifiedContent[" + content.length + " bytes, signer=" + signerCertificate + "]";
  }
}
