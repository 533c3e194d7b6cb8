package io.hdx.security.cert;

import io.hdx.security.CryptoException;
import io.hdx.security.sm.Sm2PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;

/**
 * Validates SM2 certificate chains against {@link TrustAnchors} by the basic path validation
 * algorithm of RFC 5280 §6.1, step by step (the steps are cited in the code).
 *
 * <p>What it checks, for a path from a trust anchor down to the end certificate:
 * <ul>
 *   <li>each certificate's SM3withSM2 signature verifies with its issuer's key, over the
 *       TBSCertificate bytes as received (§6.1.3 (a)(1));
 *   <li>each certificate, and the anchor, is within its validity period (§6.1.3 (a)(2));
 *   <li>each certificate's issuer name is its issuer's subject name (§6.1.3 (a)(4));
 *   <li>every intermediate certificate is a version 3 certificate whose basicConstraints assert
 *       cA=TRUE (§6.1.4 (k)): only a trust anchor the caller configured may lack
 *       basicConstraints, as a v1-style root does. An end-entity certificate therefore cannot
 *       issue certificates;
 *   <li>path length constraints, of the anchor and of every intermediate (§6.1.4 (l), (m));
 *   <li>keyUsage, where present on an issuing certificate, includes keyCertSign (§6.1.4 (n));
 *   <li>no certificate carries a critical extension this validator does not process
 *       (§6.1.4 (o), §6.1.5 (f));
 *   <li>the end certificate's keyUsage and, for {@link #validateForDocumentSigning}, its
 *       extendedKeyUsage allow the purpose.
 * </ul>
 *
 * <p>Not supported, and therefore refused when present in any certificate of the path, critical
 * or not: name constraints, policy mappings, policy constraints and inhibitAnyPolicy (§6.1.3
 * (b)-(f), §6.1.4 (a), (b), (g)-(j)); the path is validated with initial-any-policy and no
 * explicit policy required, so certificate policies themselves do not change the outcome.
 * Revocation (§6.1.3 (a)(3), CRL or OCSP) is not checked.
 *
 * <p>Resource bounds: a path holds at most {@value #MAX_PATH} certificates, and building it tries
 * at most {@value #MAX_SIGNATURE_CHECKS} issuer signatures, so a pile of fake intermediates with
 * the right issuer name is refused fast.
 *
 * <pre>{@code
 * CertificatePathValidator validator = CertificatePathValidator.create(anchors);
 * List<Sm2Certificate> path = validator.validateForDocumentSigning(signerCert, intermediates);
 * }</pre>
 *
 * <p>Thread safety: immutable; share it.
 *
 * @since 0.1.0
 */
public final class CertificatePathValidator {
  /** The most certificates in a path, anchor included. */
  static final int MAX_PATH = 10;
  /** The most issuer signatures tried while building one path. */
  static final int MAX_SIGNATURE_CHECKS = 24;

  /** Extensions this validator processes when they are critical (§6.1.4 (o), §6.1.5 (f)). */
  private static final Set<ASN1ObjectIdentifier> PROCESSED = new HashSet<>(Arrays.asList(
      Extension.basicConstraints, Extension.keyUsage,
      Extension.subjectKeyIdentifier, Extension.authorityKeyIdentifier,
      // Names are not matched against constraints (nameConstraints are refused below), so the
      // alternative names carry no further check.
      Extension.subjectAlternativeName, Extension.issuerAlternativeName));

  /** Extensions whose constraints this validator does not implement: refused wherever present. */
  private static final Set<ASN1ObjectIdentifier> UNSUPPORTED = new HashSet<>(Arrays.asList(
      Extension.nameConstraints, Extension.policyMappings, Extension.policyConstraints,
      Extension.inhibitAnyPolicy));

  /** The purposes a document signature fits (RFC 9336 §3.1; S/MIME, RFC 8550 §4.4.4). */
  private static final Set<ExtendedKeyUsage> DOCUMENT_PURPOSES =
      EnumSet.of(ExtendedKeyUsage.DOCUMENT_SIGNING, ExtendedKeyUsage.EMAIL_PROTECTION);

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
   * Validates a chain from {@code certificate} to a trust anchor for a purpose this validator
   * does not know: a critical extendedKeyUsage extension anywhere in the path is refused, since
   * it cannot be honoured (RFC 5280 §4.2.1.12).
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
    Objects.requireNonNull(anyOf, "anyOf");
    return validate(certificate, intermediates, new Purpose(Arrays.asList(anyOf), null));
  }

  /**
   * Validates a chain from {@code certificate} to a trust anchor for signing documents: the end
   * certificate's keyUsage must allow digitalSignature or nonRepudiation, and every
   * extendedKeyUsage extension in the path (critical or not, RFC 5280 §4.2.1.12) must allow
   * documentSigning (RFC 9336), emailProtection or anyExtendedKeyUsage.
   *
   * @return the path, from {@code certificate} to the anchor
   * @throws CryptoException as {@link #validate}
   * @since 0.1.0
   */
  public List<Sm2Certificate> validateForDocumentSigning(Sm2Certificate certificate,
      Collection<Sm2Certificate> intermediates) {
    return validate(certificate, intermediates,
        new Purpose(Arrays.asList(KeyUsage.DIGITAL_SIGNATURE, KeyUsage.NON_REPUDIATION), DOCUMENT_PURPOSES));
  }

  /** Whether {@code certificate}'s extendedKeyUsage, if any, allows signing documents. */
  static boolean permitsDocumentSigning(Sm2Certificate certificate) {
    return permitsAny(certificate, DOCUMENT_PURPOSES);
  }

  /** What the path is validated for. */
  private static final class Purpose {
    final List<KeyUsage> keyUsages;
    /** Null: unknown purpose, a critical extendedKeyUsage cannot be honoured. */
    final Set<ExtendedKeyUsage> extendedKeyUsages;

    Purpose(List<KeyUsage> keyUsages, Set<ExtendedKeyUsage> extendedKeyUsages) {
      this.keyUsages = keyUsages;
      this.extendedKeyUsages = extendedKeyUsages;
    }
  }

  private List<Sm2Certificate> validate(Sm2Certificate certificate, Collection<Sm2Certificate> intermediates,
      Purpose purpose) {
    Objects.requireNonNull(certificate, "certificate");
    Objects.requireNonNull(intermediates, "intermediates");
    // §6.1.1 (b): the time for which validity is determined.
    Instant now = clock.instant();
    // The path from the end certificate (index 0) to the anchor (last). Building it verifies
    // every link's signature with its issuer's key; see buildPath.
    List<Sm2Certificate> chain = buildPath(certificate, intermediates);
    int n = chain.size() - 1;
    Sm2Certificate anchor = chain.get(n);

    // §6.1.1 (d): trust anchor information, the anchor's name and public key. The constraints of
    // the anchor certificate are applied as RFC 5937 §2-§3 permits, and, beyond §6.1, the anchor
    // must be within its own validity period (as OpenSSL requires).
    checkValidity(anchor, now, "trust anchor");
    checkExtensions(anchor, "trust anchor", purpose);
    if (n == 0) {
      // The end certificate is itself a configured anchor: only the wrap-up checks remain.
      wrapUp(certificate, purpose);
      return Collections.unmodifiableList(chain);
    }
    checkIssuingAnchor(anchor);

    // §6.1.2 initialization.
    // (d) max_path_length := n; RFC 5937 §3.1: an anchor's pathLenConstraint lowers it.
    int maxPathLength = n;
    OptionalInt anchorPathLength = anchor.pathLengthConstraint();
    if (anchorPathLength.isPresent()) {
      maxPathLength = Math.min(maxPathLength, anchorPathLength.getAsInt());
    }
    // (g)-(i) working_public_key (SM2 only: no parameters to inherit); (j) working_issuer_name.
    Sm2PublicKey workingPublicKey = anchor.publicKey();
    X500Name workingIssuerName = anchor.subjectName();

    for (int i = 1; i <= n; i++) {
      Sm2Certificate c = chain.get(n - i);
      String where = i == n ? "end certificate" : "intermediate certificate " + (n - i);

      // §6.1.3 basic certificate processing.
      // (a)(1) the signature verifies with working_public_key over the TBSCertificate as
      // received: buildPath linked c to the certificate above it only after
      // c.isSignedBy(that certificate's key), and that key is working_public_key ((d)-(f) below).
      // (a)(2) the certificate validity period includes the current time.
      checkValidity(c, now, where);
      // (a)(3) revocation status: not checked (documented above).
      // (a)(4) the issuer name is working_issuer_name (§7.1 name comparison).
      if (!c.issuerName().equals(workingIssuerName)) {
        throw new CryptoException(CryptoException.UNTRUSTED_CERTIFICATE,
            where + ": issuer name is not its issuer's subject (RFC 5280 §6.1.3 (a)(4))");
      }
      // (b)-(f) name constraints and policies: certificates that carry them are refused in
      // checkExtensions; with initial-any-policy and no explicit policy the policy tree cannot
      // invalidate the path.
      checkExtensions(c, where, purpose);

      if (i == n) {
        break;
      }
      // §6.1.4 preparation for certificate i+1 (certificate i is an intermediate CA).
      // (a), (b) policy mappings: refused in checkExtensions.
      // (c) working_issuer_name := subject of certificate i.
      workingIssuerName = c.subjectName();
      // (d)-(f) working_public_key := subject public key of certificate i.
      workingPublicKey = c.publicKey();
      // (g) name constraints: refused in checkExtensions. (h)-(j) policy counters: not used.
      // (k) a version 3 certificate must have basicConstraints with cA=TRUE; versions 1 and 2
      // would need out-of-band proof that they are CAs, which a validator does not have.
      if (c.version() != 3) {
        throw new CryptoException(CryptoException.CERTIFICATE_USAGE,
            where + ": a version " + c.version() + " certificate cannot issue certificates (RFC 5280 §6.1.4 (k))");
      }
      if (!c.isCertificateAuthority()) {
        throw new CryptoException(CryptoException.CERTIFICATE_USAGE, where
            + ": issues certificates but basicConstraints do not assert cA=TRUE (RFC 5280 §6.1.4 (k))");
      }
      // (l) unless self-issued, max_path_length must be > 0, and is decremented.
      if (!c.subjectName().equals(c.issuerName())) {
        if (maxPathLength <= 0) {
          throw new CryptoException(CryptoException.CERTIFICATE_USAGE,
              where + ": path length constraint exceeded (RFC 5280 §6.1.4 (l))");
        }
        maxPathLength--;
      }
      // (m) a smaller pathLenConstraint lowers max_path_length.
      OptionalInt pathLength = c.pathLengthConstraint();
      if (pathLength.isPresent() && pathLength.getAsInt() < maxPathLength) {
        maxPathLength = pathLength.getAsInt();
      }
      // (n) keyUsage, if present, must include keyCertSign.
      if (c.hasKeyUsage() && !c.permits(KeyUsage.KEY_CERT_SIGN)) {
        throw new CryptoException(CryptoException.CERTIFICATE_USAGE,
            where + ": key usage does not allow keyCertSign (RFC 5280 §6.1.4 (n))");
      }
      // (o) other critical extensions: checked in checkExtensions.
    }
    // §6.1.5 wrap-up procedure.
    wrapUp(certificate, purpose);
    return Collections.unmodifiableList(chain);
  }

  /**
   * §6.1.5: (a), (b), (g) explicit policy: not used; (c)-(e) the working key is the end
   * certificate's; (f) critical extensions were checked with the other certificates. Then the
   * purpose: keyUsage (RFC 5280 §4.2.1.3) and extendedKeyUsage (§4.2.1.12).
   */
  private static void wrapUp(Sm2Certificate end, Purpose purpose) {
    if (!purpose.keyUsages.isEmpty()) {
      boolean permitted = false;
      for (KeyUsage usage : purpose.keyUsages) {
        permitted |= end.permits(usage);
      }
      if (!permitted) {
        throw new CryptoException(CryptoException.CERTIFICATE_USAGE,
            "end certificate: key usage does not allow " + purpose.keyUsages + " (RFC 5280 §4.2.1.3)");
      }
    }
  }

  /** The trust anchor, when it issued the next certificate: RFC 5937 §3 anchor constraints. */
  private static void checkIssuingAnchor(Sm2Certificate anchor) {
    // A configured anchor may lack basicConstraints (§6.1.4 (k) applies to the certificates of the
    // path, not to the anchor) when it is a root, self-signed, as a v1-style root is. A configured
    // end-entity certificate vouches for its own key only: were it allowed to issue, its holder
    // could pass off any name as the signer's (OpenSSL refuses it as well: "invalid CA
    // certificate"). If the anchor has basicConstraints, they must assert cA.
    if (anchor.hasBasicConstraints() ? !anchor.isCertificateAuthority() : !anchor.isSelfSigned()) {
      throw new CryptoException(CryptoException.CERTIFICATE_USAGE,
          "trust anchor: not a CA certificate, so it cannot issue certificates (RFC 5937 §3.1, RFC 5280 §4.2.1.9)");
    }
    if (anchor.hasKeyUsage() && !anchor.permits(KeyUsage.KEY_CERT_SIGN)) {
      throw new CryptoException(CryptoException.CERTIFICATE_USAGE,
          "trust anchor: key usage does not allow keyCertSign (RFC 5280 §4.2.1.3)");
    }
  }

  private static void checkValidity(Sm2Certificate c, Instant now, String where) {
    if (!c.isValidAt(now)) {
      throw new CryptoException(CryptoException.CERTIFICATE_EXPIRED,
          where + ": outside its validity period (RFC 5280 §6.1.3 (a)(2))");
    }
  }

  /**
   * §6.1.4 (o) and §6.1.5 (f): every critical extension is processed; extensions whose
   * constraints are not implemented are refused even when not critical; extendedKeyUsage is
   * honoured for a known purpose and, when critical, refused for an unknown one.
   */
  private static void checkExtensions(Sm2Certificate c, String where, Purpose purpose) {
    for (ASN1ObjectIdentifier oid : c.extensionOids()) {
      if (UNSUPPORTED.contains(oid)) {
        throw new CryptoException(CryptoException.CERTIFICATE_USAGE,
            where + ": carries extension " + oid.getId() + ", whose constraints are not supported (RFC 5280 §6.1.4)");
      }
    }
    for (ASN1ObjectIdentifier oid : c.criticalExtensions()) {
      boolean processed = PROCESSED.contains(oid)
          || (Extension.extendedKeyUsage.equals(oid) && purpose.extendedKeyUsages != null);
      if (!processed) {
        throw new CryptoException(CryptoException.CERTIFICATE_USAGE,
            where + ": critical extension " + oid.getId() + " not processed (RFC 5280 §6.1.4 (o), §6.1.5 (f))");
      }
    }
    if (purpose.extendedKeyUsages != null && !permitsAny(c, purpose.extendedKeyUsages)) {
      throw new CryptoException(CryptoException.CERTIFICATE_USAGE,
          where + ": extended key usage does not allow " + purpose.extendedKeyUsages + " (RFC 5280 §4.2.1.12)");
    }
  }

  private static boolean permitsAny(Sm2Certificate c, Set<ExtendedKeyUsage> purposes) {
    for (ExtendedKeyUsage purpose : purposes) {
      if (c.permits(purpose)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Builds the path upwards: the issuer of each certificate is a trust anchor, or else one of
   * {@code intermediates}, whose subject name is the certificate's issuer name and whose key
   * verifies the certificate's signature. Bounded by {@link #MAX_PATH} and
   * {@link #MAX_SIGNATURE_CHECKS}.
   */
  private List<Sm2Certificate> buildPath(Sm2Certificate end, Collection<Sm2Certificate> intermediates) {
    List<Sm2Certificate> path = new ArrayList<>();
    path.add(end);
    if (anchors.contains(end)) {
      return path;
    }
    int[] signatureChecks = {0};
    boolean[] signatureFailed = {false};
    Sm2Certificate current = end;
    while (path.size() < MAX_PATH) {
      Sm2Certificate anchor = issuerAmong(current, anchors.certificates(), path, signatureChecks, signatureFailed);
      if (anchor != null) {
        path.add(anchor);
        return path;
      }
      Sm2Certificate next = issuerAmong(current, intermediates, path, signatureChecks, signatureFailed);
      if (next == null) {
        break;
      }
      path.add(next);
      current = next;
    }
    if (signatureFailed[0]) {
      throw new CryptoException(CryptoException.CERTIFICATE_SIGNATURE_INVALID,
          "certificate chain: a signature does not verify with its issuer's key");
    }
    throw new CryptoException(CryptoException.UNTRUSTED_CERTIFICATE,
        "certificate chain: no path to a trust anchor within " + MAX_PATH + " certificates");
  }

  private static Sm2Certificate issuerAmong(Sm2Certificate current, Collection<Sm2Certificate> candidates,
      List<Sm2Certificate> path, int[] signatureChecks, boolean[] signatureFailed) {
    X500Name issuer = current.issuerName();
    for (Sm2Certificate candidate : candidates) {
      Objects.requireNonNull(candidate, "intermediates element");
      if (!candidate.subjectName().equals(issuer) || path.contains(candidate)) {
        continue;
      }
      if (++signatureChecks[0] > MAX_SIGNATURE_CHECKS) {
        throw new CryptoException(CryptoException.UNTRUSTED_CERTIFICATE,
            "certificate chain: more than " + MAX_SIGNATURE_CHECKS + " candidate issuers tried");
      }
      if (current.isSignedBy(candidate.publicKey())) {
        return candidate;
      }
      signatureFailed[0] = true;
    }
    return null;
  }

  @Override
  public String toString() {
    return "CertificatePathValidator[" + anchors + "]";
  }
}
