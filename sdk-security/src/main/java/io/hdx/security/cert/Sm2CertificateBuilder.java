package io.hdx.security.cert;

import io.hdx.security.internal.Randomness;
import io.hdx.security.sm.Sm2PrivateKey;
import io.hdx.security.sm.Sm2PublicKey;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Date;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;

/**
 * Creates SM2 X.509 v3 certificates, self-signed or issued by a CA, signed with SM3withSM2.
 *
 * <p>Every certificate gets a random positive 128-bit serial number (unless set), basic
 * constraints (critical), key usage (critical), and subject/authority key identifiers (SHA-1 of
 * the public key bits, RFC 5280 §4.2.1.2 method 1, as OpenSSL computes them). End-entity
 * certificates default to {@link KeyUsage#DIGITAL_SIGNATURE} and {@link KeyUsage#NON_REPUDIATION};
 * CA certificates to {@link KeyUsage#KEY_CERT_SIGN} and {@link KeyUsage#CRL_SIGN}.
 *
 * <pre>{@code
 * Sm2Certificate root = Sm2CertificateBuilder.forKey(rootPair.publicKey())
 *     .subject("C=CN,O=Example Hospital,CN=Example Root CA")
 *     .certificateAuthority(1)
 *     .validFor(Duration.ofDays(3650))
 *     .selfSign(rootPair.privateKey());
 * Sm2Certificate leaf = Sm2CertificateBuilder.forKey(doctorPair.publicKey())
 *     .subject("C=CN,O=Example Hospital,CN=Signing Service")
 *     .issueWith(root, rootPair.privateKey());
 * }</pre>
 *
 * <p>Thread safety: not thread-safe; one builder per certificate.
 *
 * @since 0.1.0
 */
public final class Sm2CertificateBuilder {
  private final Sm2PublicKey subjectKey;
  private X500Name subject;
  private BigInteger serialNumber;
  private Instant notBefore;
  private Instant notAfter;
  private Integer caPathLength;
  private boolean ca;
  private Set<KeyUsage> keyUsages;

  private Sm2CertificateBuilder(Sm2PublicKey subjectKey) {
    this.subjectKey = subjectKey;
  }

  /** A builder for a certificate of {@code subjectKey}. */
  public static Sm2CertificateBuilder forKey(Sm2PublicKey subjectKey) {
    return new Sm2CertificateBuilder(Objects.requireNonNull(subjectKey, "subjectKey"));
  }

  /**
   * The subject name as comma-separated attributes in encoding order, e.g.
   * {@code C=CN,O=Example,CN=Name} (C, ST, L, O, OU, CN, SERIALNUMBER, E and the other names of
   * Bouncy Castle's BCStyle). Required.
   *
   * @throws IllegalArgumentException when the name cannot be parsed
   */
  public Sm2CertificateBuilder subject(String subject) {
    Objects.requireNonNull(subject, "subject");
    try {
      this.subject = new X500Name(subject);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("subject: not a distinguished name", e);
    }
    return this;
  }

  /** The serial number (positive, at most 20 bytes, RFC 5280 §4.1.2.2); random by default. */
  public Sm2CertificateBuilder serialNumber(BigInteger serialNumber) {
    Objects.requireNonNull(serialNumber, "serialNumber");
    if (serialNumber.signum() <= 0 || serialNumber.bitLength() > 159) {
      throw new IllegalArgumentException("serialNumber must be positive and at most 20 bytes");
    }
    this.serialNumber = serialNumber;
    return this;
  }

  /** The validity period (whole seconds). Defaults to one year from now. */
  public Sm2CertificateBuilder validity(Instant notBefore, Instant notAfter) {
    Objects.requireNonNull(notBefore, "notBefore");
    Objects.requireNonNull(notAfter, "notAfter");
    if (notAfter.isBefore(notBefore)) {
      throw new IllegalArgumentException("notAfter is before notBefore");
    }
    this.notBefore = notBefore.truncatedTo(ChronoUnit.SECONDS);
    this.notAfter = notAfter.truncatedTo(ChronoUnit.SECONDS);
    return this;
  }

  /** Valid from now for {@code duration}. */
  public Sm2CertificateBuilder validFor(Duration duration) {
    Objects.requireNonNull(duration, "duration");
    Instant now = Instant.now();
    return validity(now, now.plus(duration));
  }

  /**
   * Makes this a CA certificate whose chain may continue through at most {@code pathLength} more
   * CA certificates below it (RFC 5280 §4.2.1.9).
   */
  public Sm2CertificateBuilder certificateAuthority(int pathLength) {
    if (pathLength < 0) {
      throw new IllegalArgumentException("pathLength must not be negative");
    }
    this.ca = true;
    this.caPathLength = pathLength;
    return this;
  }

  /** The key usages, replacing the defaults. */
  public Sm2CertificateBuilder keyUsage(KeyUsage first, KeyUsage... more) {
    Objects.requireNonNull(first, "first");
    EnumSet<KeyUsage> set = EnumSet.of(first);
    set.addAll(Arrays.asList(more));
    this.keyUsages = set;
    return this;
  }

  /**
   * Builds a self-signed certificate.
   *
   * @param subjectPrivateKey the private key of the subject key
   * @throws IllegalArgumentException when the private key does not belong to the subject key
   */
  public Sm2Certificate selfSign(Sm2PrivateKey subjectPrivateKey) {
    Objects.requireNonNull(subjectPrivateKey, "subjectPrivateKey");
    if (!subjectPrivateKey.publicKey().equals(subjectKey)) {
      throw new IllegalArgumentException("subjectPrivateKey does not belong to the subject key");
    }
    return build(requireSubject(), keyIdentifier(subjectKey), subjectPrivateKey);
  }

  /**
   * Builds a certificate issued by {@code issuer}.
   *
   * @param issuer the issuing CA's certificate
   * @param issuerPrivateKey the issuing CA's private key
   * @throws IllegalArgumentException when the key does not belong to {@code issuer} or
   *     {@code issuer} is not a CA certificate
   */
  public Sm2Certificate issueWith(Sm2Certificate issuer, Sm2PrivateKey issuerPrivateKey) {
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(issuerPrivateKey, "issuerPrivateKey");
    if (!issuerPrivateKey.publicKey().equals(issuer.publicKey())) {
      throw new IllegalArgumentException("issuerPrivateKey does not belong to the issuer certificate");
    }
    if (!issuer.isCertificateAuthority() || !issuer.permits(KeyUsage.KEY_CERT_SIGN)) {
      throw new IllegalArgumentException("issuer is not a CA certificate allowed to sign certificates");
    }
    byte[] issuerKeyId = issuer.subjectKeyIdentifier();
    if (issuerKeyId == null) {
      issuerKeyId = keyIdentifier(issuer.publicKey());
    }
    return build(issuer.subjectName(), issuerKeyId, issuerPrivateKey);
  }

  private X500Name requireSubject() {
    if (subject == null) {
      throw new IllegalStateException("subject is required");
    }
    return subject;
  }

  private Sm2Certificate build(X500Name issuerName, byte[] authorityKeyId, Sm2PrivateKey signingKey) {
    X500Name subjectName = requireSubject();
    Instant from = notBefore;
    Instant to = notAfter;
    if (from == null) {
      from = Instant.now().truncatedTo(ChronoUnit.SECONDS);
      to = from.plus(Duration.ofDays(365));
    }
    BigInteger serial = serialNumber != null ? serialNumber : new BigInteger(1, Randomness.bytes(16)).setBit(120);
    Set<KeyUsage> usages = keyUsages != null ? keyUsages
        : ca ? EnumSet.of(KeyUsage.KEY_CERT_SIGN, KeyUsage.CRL_SIGN)
            : EnumSet.of(KeyUsage.DIGITAL_SIGNATURE, KeyUsage.NON_REPUDIATION);
    int mask = 0;
    for (KeyUsage usage : usages) {
      mask |= usage.mask();
    }
    SubjectPublicKeyInfo spki = SubjectPublicKeyInfo.getInstance(subjectKey.toSpkiDer());
    X509v3CertificateBuilder builder = new X509v3CertificateBuilder(issuerName, serial,
        Date.from(from), Date.from(to), subjectName, spki);
    try {
      builder.addExtension(Extension.basicConstraints, true,
          ca ? new BasicConstraints(caPathLength) : new BasicConstraints(false));
      builder.addExtension(Extension.keyUsage, true, new org.bouncycastle.asn1.x509.KeyUsage(mask));
      builder.addExtension(Extension.subjectKeyIdentifier, false, new SubjectKeyIdentifier(keyIdentifier(subjectKey)));
      builder.addExtension(Extension.authorityKeyIdentifier, false, new AuthorityKeyIdentifier(authorityKeyId));
    } catch (CertIOException e) {
      throw new IllegalStateException("encoding a certificate extension failed", e);
    }
    return Sm2Certificate.of(builder.build(new Sm2ContentSigner(signingKey)).toASN1Structure());
  }

  /** SHA-1 of the subjectPublicKey BIT STRING's bits, RFC 5280 §4.2.1.2 method (1). */
  static byte[] keyIdentifier(Sm2PublicKey key) {
    try {
      return MessageDigest.getInstance("SHA-1").digest(key.toUncompressed());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-1", e);
    }
  }
}
