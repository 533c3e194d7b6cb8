package io.hdx.security.sign;

import io.hdx.security.cert.Sm2Certificate;
import io.hdx.security.cms.CmsOids;
import io.hdx.security.cms.Sm2CmsSigner;
import io.hdx.security.sm.Sm2PrivateKey;
import io.hdx.security.sm.Sm2Signer;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Objects;

/**
 * Signs documents (any bytes: a CDA XML document, a JSON message, a PDF): the signature is a
 * detached GM/T 0010 SignedData (DER) with SM2/SM3 that carries the signer's certificate and
 * any intermediate CA certificates given, so that a verifier needs only its trust anchors.
 *
 * <pre>{@code
 * DocumentSigner signer = DocumentSigner.create(privateKey, certificate); // or (hsmSigner, certificate)
 * byte[] signature = signer.sign(Files.readAllBytes(document));
 * Files.write(document.resolveSibling(document.getFileName() + ".p7s"), signature);
 * }</pre>
 *
 * <p>Thread safety: immutable; share it.
 *
 * @since 0.1.0
 */
public final class DocumentSigner {
  private final Sm2CmsSigner signer;

  private DocumentSigner(Sm2CmsSigner signer) {
    this.signer = signer;
  }

  /**
   * A signer with {@code key} and its {@code certificate}.
   *
   * @throws IllegalArgumentException when the certificate is not for the key, or its key usage
   *     allows neither digitalSignature nor nonRepudiation, or its extended key usage does not
   *     allow document signing ({@link Sm2Certificate#permitsDocumentSigning})
   */
  public static DocumentSigner create(Sm2PrivateKey key, Sm2Certificate certificate) {
    return create(key, certificate, Collections.<Sm2Certificate>emptyList(), Clock.systemUTC());
  }

  /**
   * A signer that also embeds {@code intermediates} and takes the signing time from {@code clock}.
   */
  public static DocumentSigner create(Sm2PrivateKey key, Sm2Certificate certificate,
      Collection<Sm2Certificate> intermediates, Clock clock) {
    return create(key, certificate, intermediates, clock, CmsOids.GMT0010);
  }

  /**
   * A signer that writes its SignedData with {@code oids}: {@link CmsOids#GMT0010} (as every other
   * {@code create}) or {@link CmsOids#PKCS7} for tools that know only RFC 5652's OIDs (OpenSSL 3).
   */
  public static DocumentSigner create(Sm2PrivateKey key, Sm2Certificate certificate,
      Collection<Sm2Certificate> intermediates, Clock clock, CmsOids oids) {
    Objects.requireNonNull(certificate, "certificate");
    checkDocumentSigning(certificate);
    return new DocumentSigner(Sm2CmsSigner.builder(key, certificate)
        .addCertificates(intermediates).clock(clock).oids(oids).build());
  }

  /**
   * A signer whose key lives elsewhere (a USB key, a smart card, an HSM) behind {@code signer}: see
   * {@link Sm2CmsSigner#builder(Sm2Signer, Sm2Certificate)} for what it must do.
   *
   * @throws IllegalArgumentException as {@link #create(Sm2PrivateKey, Sm2Certificate)}, or when
   *     the signer does not write DER
   */
  public static DocumentSigner create(Sm2Signer signer, Sm2Certificate certificate,
      Collection<Sm2Certificate> intermediates, Clock clock) {
    Objects.requireNonNull(certificate, "certificate");
    checkDocumentSigning(certificate);
    return new DocumentSigner(Sm2CmsSigner.builder(signer, certificate)
        .addCertificates(intermediates).clock(clock).build());
  }

  /** A signer backed by {@code signer} (see above), embedding {@code intermediates}. */
  public static DocumentSigner create(Sm2Signer signer, Sm2Certificate certificate, Sm2Certificate... intermediates) {
    return create(signer, certificate, Arrays.asList(intermediates), Clock.systemUTC());
  }

  private static void checkDocumentSigning(Sm2Certificate certificate) {
    if (!certificate.permitsDocumentSigning()) {
      throw new IllegalArgumentException(
          "certificate key usage or extended key usage does not allow signing documents (RFC 5280 §4.2.1.3, §4.2.1.12)");
    }
  }

  /** A signer that also embeds {@code intermediates}. */
  public static DocumentSigner create(Sm2PrivateKey key, Sm2Certificate certificate, Sm2Certificate... intermediates) {
    return create(key, certificate, Arrays.asList(intermediates), Clock.systemUTC());
  }

  /** The detached signature of {@code document}. */
  public byte[] sign(byte[] document) {
    return signer.signDetached(document);
  }

  @Override
  public String toString() {
    return "DocumentSigner[" + signer + "]";
  }
}
