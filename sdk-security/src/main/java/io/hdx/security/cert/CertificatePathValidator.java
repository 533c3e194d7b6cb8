package io.hdx.security.cert;

import io.hdx.security.CryptoException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.Extension;

/**
 * Validates SM2 certificate chains against {@link TrustAnchors}: a simplified RFC 5280 §6 path
 * validation.
 *
 * <p>Checks: each certificate's SM3withSM2 signature verifies with its issuer's key (issuer found
 * by name among the intermediates given and the anchors); every certificate in the path,
 * including the anchor, is within its validity period at the validation time; every issuing
 * certificate is a CA (basic constraints cA, or a v1-style anchor without basic constraints),
 * its key usage, if present, allows keyCertSign, and its path length constraint holds; the end
 * certificate's key usage allows at least one of the usages asked for; and no certificate carries
 * a critical extension this validator does not understand. Not checked: revocation (CRL, OCSP),
 * name constraints and certificate policies (a certificate marking them critical is rejected).
 *
 * <pre>{@code
 * CertificatePathValidator validator = CertificatePathValidator.create(anchors);
 * List<Sm2Certificate> path = validator.validate(signerCert, intermediates, KeyUsage.DIGITAL_SIGNATURE);
 * }</pre>
 *
 * <p>Thread safety: immutable; share it.
 *
 * @since 0.1.0
 */
public final class CertificatePathValidator {
  private static final int MAX_PATH = 10;
  private static final Set<ASN1ObjectIdentifier> UNDERSTOOD = new HashSet<>(Arrays.asList(
      Extension.basicConstraints, Extension.keyUsage, Extension.extendedKeyUsage,
      Extension.subjectKeyIdentifier, Extension.authorityKeyIdentifier,
      Extension.subjectAlternativeName, Extension.issuerAlternativeName));

  private final TrustAnchors anchors;
  private final Clock clock;

  private CertificatePathValidator(TrustAnchors anchors, Clock clock) {
    this.anchors = anchors;
    this.clock = clock;
  }

  /** A validator against {@code anchors} at the current time. */
  public static CertificatePathValidator create(TrustAnchors anchors) {
    return create(anchors, Clock.systemUTC());
  }

  /** A validator against {@code anchors} at the time {@code clock} tells. */
  public static CertificatePathValidator create(TrustAnchors anchors, Clock clock) {
    return new CertificatePathValidator(Objects.requireNonNull(anchors, "anchors"),
        Objects.requireNonNull(clock, "clock"));
  }

  /** The anchors. */
  public TrustAnchors anchors() {
    return anchors;
  }

  /**
   * Validates a chain from {@code certificate} to a trust anchor.
   *
   * @param certificate the end certificate
   * @param intermediates other certificates that may complete the chain (any order; extra ones are
   *     ignored)
   * @param anyOf the end certificate must permit at least one of these usages (none: no check)
   * @return the path, from {@code certificate} to the anchor
   * @throws CryptoException {@link CryptoException#UNTRUSTED_CERTIFICATE},
   *     {@link CryptoException#CERTIFICATE_SIGNATURE_INVALID},
   *     {@link CryptoException#CERTIFICATE_EXPIRED} or {@link CryptoException#CERTIFICATE_USAGE}
   */
  public List<Sm2Certificate> validate(Sm2Certificate certificate, Collection<Sm2Certificate> intermediates,
      KeyUsage... anyOf) {
    Objects.requireNonNull(certificate, "certificate");
    Objects.requireNonNull(intermediates, "intermediates");
    Instant now = clock.instant();
    List<Sm2Certificate> path = buildPath(certificate, intermediates);
    for (int i = 0; i < path.size(); i++) {
      Sm2Certificate c = path.get(i);
      String where = i == 0 ? "end certificate" : i == path.size() - 1 ? "trust anchor" : "intermediate certificate " + i;
      if (!c.isValidAt(now)) {
        throw new CryptoException(CryptoException.CERTIFICATE_EXPIRED,
            where + ": outside its validity period (RFC 5280 §4.1.2.5)");
      }
      for (ASN1ObjectIdentifier oid : c.criticalExtensions()) {
        if (!UNDERSTOOD.contains(oid)) {
          throw new CryptoException(CryptoException.CERTIFICATE_USAGE,
              where + ": unsupported critical extension " + oid.getId() + " (RFC 5280 §4.2)");
        }
      }
      if (i > 0) {
        checkIssuer(c, where, i - 1);
      }
    }
    if (anyOf.length > 0) {
      boolean permitted = false;
      for (KeyUsage usage : anyOf) {
        permitted |= certificate.permits(usage);
      }
      if (!permitted) {
        throw new CryptoException(CryptoException.CERTIFICATE_USAGE,
            "end certificate: key usage does not allow " + Arrays.toString(anyOf) + " (RFC 5280 §4.2.1.3)");
      }
    }
    return Collections.unmodifiableList(path);
  }

  private static void checkIssuer(Sm2Certificate issuer, String where, int intermediatesBelow) {
    boolean v1Anchor = !issuer.hasBasicConstraints();
    if (!issuer.isCertificateAuthority() && !v1Anchor) {
      throw new CryptoException(CryptoException.CERTIFICATE_USAGE,
          where + ": issues certificates but is not a CA (RFC 5280 §4.2.1.9)");
    }
    if (!issuer.permits(KeyUsage.KEY_CERT_SIGN)) {
      throw new CryptoException(CryptoException.CERTIFICATE_USAGE,
          where + ": key usage does not allow keyCertSign (RFC 5280 §4.2.1.3)");
    }
    // Intermediates below this issuer, not counting the end certificate (RFC 5280 §4.2.1.9).
    OptionalInt pathLength = issuer.pathLengthConstraint();
    if (pathLength.isPresent() && intermediatesBelow > pathLength.getAsInt()) {
      throw new CryptoException(CryptoException.CERTIFICATE_USAGE,
          where + ": path length constraint exceeded (RFC 5280 §4.2.1.9)");
    }
  }

  private List<Sm2Certificate> buildPath(Sm2Certificate end, Collection<Sm2Certificate> intermediates) {
    List<Sm2Certificate> path = new ArrayList<>();
    path.add(end);
    if (anchors.contains(end)) {
      return path;
    }
    Sm2Certificate current = end;
    boolean signatureFailed = false;
    while (path.size() <= MAX_PATH) {
      Sm2Certificate anchor = null;
      for (Sm2Certificate candidate : anchors.certificates()) {
        if (candidate.subjectName().equals(current.issuerName())) {
          if (current.isSignedBy(candidate.publicKey())) {
            anchor = candidate;
            break;
          }
          signatureFailed = true;
        }
      }
      if (anchor != null) {
        path.add(anchor);
        return path;
      }
      Sm2Certificate next = null;
      for (Sm2Certificate candidate : intermediates) {
        if (!path.contains(candidate) && candidate.subjectName().equals(current.issuerName())) {
          if (current.isSignedBy(candidate.publicKey())) {
            next = candidate;
            break;
          }
          signatureFailed = true;
        }
      }
      if (next == null) {
        break;
      }
      path.add(next);
      current = next;
    }
    if (signatureFailed) {
      throw new CryptoException(CryptoException.CERTIFICATE_SIGNATURE_INVALID,
          "certificate chain: a signature does not verify with its issuer's key");
    }
    throw new CryptoException(CryptoException.UNTRUSTED_CERTIFICATE,
        "certificate chain: no path to a trust anchor");
  }

  @Override
  public String toString() {
    return "CertificatePathValidator[" + anchors + "]";
  }
}
