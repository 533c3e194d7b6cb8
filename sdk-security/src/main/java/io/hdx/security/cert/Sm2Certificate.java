package io.hdx.security.cert;

import io.hdx.security.CryptoException;
import io.hdx.security.internal.Asn1;
import io.hdx.security.internal.Bytes;
import io.hdx.security.internal.Pem;
import io.hdx.security.internal.Sm2Domain;
import io.hdx.security.sm.Sm2PublicKey;
import io.hdx.security.sm.Sm2Verifier;
import io.hdx.security.sm.Sm3;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.bouncycastle.asn1.ASN1BitString;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;

/**
 * An X.509 v3 certificate (RFC 5280) for an SM2 key, signed with SM3withSM2
 * (OID 1.2.156.10197.1.501; the Z value uses the default user ID {@code 1234567812345678}, as
 * GM/T 0015-2012 and OpenSSL do).
 *
 * <pre>{@code
 * Sm2Certificate cert = Sm2Certificate.fromPem(pemText);
 * Sm2PublicKey key = cert.publicKey();
 * }</pre>
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public final class Sm2Certificate {
  private static final String PEM_LABEL = "CERTIFICATE";

  private final Certificate certificate;
  private final byte[] der;
  /** The TBSCertificate exactly as received: what the issuer signed (RFC 5280 §4.1.1.3). */
  private final byte[] tbs;
  private final byte[] signature;
  private final Sm2PublicKey publicKey;
  /** Null when the certificate has no basicConstraints extension. */
  private final BasicConstraints basicConstraints;
  /** Null when the certificate has no keyUsage extension. */
  private final Set<KeyUsage> keyUsages;
  /** Null when the certificate has no extendedKeyUsage extension. */
  private final Set<ASN1ObjectIdentifier> extendedKeyUsages;
  private final byte[] subjectKeyIdentifier;
  private final List<ASN1ObjectIdentifier> criticalExtensions;
  private final List<ASN1ObjectIdentifier> extensionOids;

  /**
   * Reads every field a check needs once, here, so that no accessor can fail later on untrusted
   * input (issue 9 item 4: Bouncy Castle parses lazily and reports malformed fields with assorted
   * runtime exceptions).
   */
  private Sm2Certificate(Certificate certificate, byte[] der) {
    this.certificate = certificate;
    this.der = der;
    this.tbs = Asn1.firstElement(der, CryptoException.MALFORMED_CERTIFICATE, "certificate");
    Asn1.guard(CryptoException.MALFORMED_CERTIFICATE, "certificate", () -> {
      certificate.getStartDate().getDate();
      certificate.getEndDate().getDate();
      certificate.getSerialNumber().getValue();
      return certificate;
    });
    this.signature = Asn1.guard(CryptoException.MALFORMED_CERTIFICATE, "certificate signature", () -> {
      ASN1BitString bits = certificate.getSignature();
      if (bits.getPadBits() != 0) {
        throw new CryptoException(CryptoException.MALFORMED_CERTIFICATE,
            "certificate signature: BIT STRING with unused bits");
      }
      return bits.getOctets();
    });
    try {
      this.publicKey = Sm2PublicKey.fromSpkiDer(Asn1.der(certificate.getSubjectPublicKeyInfo()));
    } catch (CryptoException e) {
      throw new CryptoException(CryptoException.MALFORMED_CERTIFICATE, "certificate: not an SM2 public key", e);
    }
    Extensions extensions = certificate.getTBSCertificate().getExtensions();
    if (extensions == null) {
      basicConstraints = null;
      keyUsages = null;
      extendedKeyUsages = null;
      subjectKeyIdentifier = null;
      criticalExtensions = Collections.emptyList();
      extensionOids = Collections.emptyList();
      return;
    }
    String what = "certificate extensions";
    this.basicConstraints = Asn1.guard(CryptoException.MALFORMED_CERTIFICATE, what,
        () -> Optional.ofNullable(BasicConstraints.fromExtensions(extensions))).orElse(null);
    this.keyUsages = Asn1.guard(CryptoException.MALFORMED_CERTIFICATE, what,
        () -> Optional.ofNullable(readKeyUsages(extensions))).orElse(null);
    this.extendedKeyUsages = Asn1.guard(CryptoException.MALFORMED_CERTIFICATE, what,
        () -> Optional.ofNullable(readExtendedKeyUsages(extensions))).orElse(null);
    this.subjectKeyIdentifier = Asn1.guard(CryptoException.MALFORMED_CERTIFICATE, what,
        () -> Optional.ofNullable(SubjectKeyIdentifier.fromExtensions(extensions))
            .map(SubjectKeyIdentifier::getKeyIdentifier)).orElse(null);
    this.criticalExtensions = Collections.unmodifiableList(Arrays.asList(extensions.getCriticalExtensionOIDs()));
    this.extensionOids = Collections.unmodifiableList(Arrays.asList(extensions.getExtensionOIDs()));
  }

  private static Set<KeyUsage> readKeyUsages(Extensions extensions) {
    org.bouncycastle.asn1.x509.KeyUsage ku = org.bouncycastle.asn1.x509.KeyUsage.fromExtensions(extensions);
    if (ku == null) {
      return null;
    }
    EnumSet<KeyUsage> out = EnumSet.noneOf(KeyUsage.class);
    for (KeyUsage usage : KeyUsage.values()) {
      if (ku.hasUsages(usage.mask())) {
        out.add(usage);
      }
    }
    return Collections.unmodifiableSet(out);
  }

  private static Set<ASN1ObjectIdentifier> readExtendedKeyUsages(Extensions extensions) {
    org.bouncycastle.asn1.x509.ExtendedKeyUsage eku =
        org.bouncycastle.asn1.x509.ExtendedKeyUsage.fromExtensions(extensions);
    if (eku == null) {
      return null;
    }
    Set<ASN1ObjectIdentifier> out = new HashSet<>();
    for (KeyPurposeId purpose : eku.getUsages()) {
      out.add(purpose.toOID());
    }
    if (out.isEmpty()) {
      // RFC 5280 §4.2.1.12: KeyPurposeId SIZE (1..MAX).
      throw new CryptoException(CryptoException.MALFORMED_CERTIFICATE, "certificate: empty extendedKeyUsage");
    }
    return Collections.unmodifiableSet(out);
  }

  /**
   * Parses a DER certificate. Only DER is accepted (RFC 5280 §4.1: certificates are DER-encoded),
   * so one certificate has exactly one encoding and one fingerprint.
   *
   * @throws CryptoException {@link CryptoException#MALFORMED_CERTIFICATE} when it is not a DER
   *     X.509 certificate with an SM2 public key; no other exception for any input
   */
  public static Sm2Certificate fromDer(byte[] der) {
    Objects.requireNonNull(der, "der");
    byte[] copy = der.clone();
    Certificate certificate = Asn1.readDer(copy, CryptoException.MALFORMED_CERTIFICATE, "certificate",
        p -> Certificate.getInstance(p));
    return new Sm2Certificate(certificate, copy);
  }

  /** Parses the first {@code CERTIFICATE} block of a PEM text. */
  public static Sm2Certificate fromPem(String pem) {
    List<Sm2Certificate> all = allFromPem(pem);
    if (all.isEmpty()) {
      throw new CryptoException(CryptoException.MALFORMED_CERTIFICATE, "certificate: no PEM CERTIFICATE block");
    }
    return all.get(0);
  }

  /** Parses every {@code CERTIFICATE} block of a PEM text, in order (possibly none). */
  public static List<Sm2Certificate> allFromPem(String pem) {
    Objects.requireNonNull(pem, "pem");
    List<Sm2Certificate> out = new ArrayList<>();
    for (Pem.Block block : Pem.decodeAll(pem)) {
      if (PEM_LABEL.equals(block.label())) {
        out.add(fromDer(block.der()));
      }
    }
    return Collections.unmodifiableList(out);
  }

  static Sm2Certificate of(Certificate certificate) {
    return new Sm2Certificate(certificate, Asn1.der(certificate));
  }

  /** The DER encoding. */
  public byte[] toDer() {
    return der.clone();
  }

  /** The certificate as a PEM {@code CERTIFICATE} block. */
  public String toPem() {
    return Pem.encode(PEM_LABEL, der);
  }

  /** The subject's SM2 public key. */
  public Sm2PublicKey publicKey() {
    return publicKey;
  }

  /** The subject name as text, attributes in encoding order (e.g. {@code C=CN,O=Example,CN=Name}). */
  public String subject() {
    return certificate.getSubject().toString();
  }

  /** The issuer name as text, attributes in encoding order. */
  public String issuer() {
    return certificate.getIssuer().toString();
  }

  X500Name subjectName() {
    return certificate.getSubject();
  }

  X500Name issuerName() {
    return certificate.getIssuer();
  }

  Certificate asn1() {
    return certificate;
  }

  /** The serial number. */
  public BigInteger serialNumber() {
    return certificate.getSerialNumber().getValue();
  }

  /** The start of the validity period. */
  public Instant notBefore() {
    return certificate.getStartDate().getDate().toInstant();
  }

  /** The end of the validity period (inclusive). */
  public Instant notAfter() {
    return certificate.getEndDate().getDate().toInstant();
  }

  /** Whether {@code time} lies within the validity period (RFC 5280 §4.1.2.5). */
  public boolean isValidAt(Instant time) {
    Objects.requireNonNull(time, "time");
    return !time.isBefore(notBefore()) && !time.isAfter(notAfter());
  }

  /** The X.509 version: 1, 2 or 3 (RFC 5280 §4.1.2.1). */
  public int version() {
    return certificate.getVersionNumber();
  }

  /** Whether the basic constraints extension marks this a CA certificate (RFC 5280 §4.2.1.9). */
  public boolean isCertificateAuthority() {
    return basicConstraints != null && basicConstraints.isCA();
  }

  /** Whether the certificate has a basic constraints extension at all. */
  boolean hasBasicConstraints() {
    return basicConstraints != null;
  }

  /** The path length constraint of a CA certificate, if it has one. */
  public OptionalInt pathLengthConstraint() {
    if (basicConstraints == null || !basicConstraints.isCA() || basicConstraints.getPathLenConstraint() == null) {
      return OptionalInt.empty();
    }
    BigInteger length = basicConstraints.getPathLenConstraint();
    return OptionalInt.of(length.bitLength() > 31 ? Integer.MAX_VALUE : length.intValue());
  }

  /** Whether the certificate has a key usage extension. */
  boolean hasKeyUsage() {
    return keyUsages != null;
  }

  /**
   * The usages the key usage extension grants, or every usage when the certificate has no such
   * extension (RFC 5280 §4.2.1.3 leaves the key unrestricted then).
   */
  public Set<KeyUsage> keyUsages() {
    return keyUsages != null ? keyUsages : Collections.unmodifiableSet(EnumSet.allOf(KeyUsage.class));
  }

  /** Whether the key may be used for {@code usage}. */
  public boolean permits(KeyUsage usage) {
    return keyUsages().contains(Objects.requireNonNull(usage, "usage"));
  }

  /**
   * Whether the extended key usage extension allows {@code purpose} (RFC 5280 §4.2.1.12): true
   * when the certificate has no such extension, or when it lists {@code purpose} or
   * anyExtendedKeyUsage.
   */
  public boolean permits(ExtendedKeyUsage purpose) {
    Objects.requireNonNull(purpose, "purpose");
    return extendedKeyUsages == null || extendedKeyUsages.contains(purpose.oid())
        || extendedKeyUsages.contains(ExtendedKeyUsage.ANY.oid());
  }

  /**
   * Whether this certificate may sign documents: its key usage, if present, allows
   * digitalSignature or nonRepudiation, and its extended key usage, if present, allows
   * documentSigning (RFC 9336), emailProtection or anyExtendedKeyUsage (RFC 5280 §4.2.1.12).
   */
  public boolean permitsDocumentSigning() {
    return (permits(KeyUsage.DIGITAL_SIGNATURE) || permits(KeyUsage.NON_REPUDIATION))
        && CertificatePathValidator.permitsDocumentSigning(this);
  }

  /** The critical extensions, by OID. */
  List<ASN1ObjectIdentifier> criticalExtensions() {
    return criticalExtensions;
  }

  /** Every extension, by OID. */
  List<ASN1ObjectIdentifier> extensionOids() {
    return extensionOids;
  }

  /** The subject key identifier, if the extension is present. */
  byte[] subjectKeyIdentifier() {
    return subjectKeyIdentifier == null ? null : subjectKeyIdentifier.clone();
  }

  /**
   * Whether the certificate's signature verifies with {@code issuerKey}: the algorithm must be
   * SM3withSM2 in both places RFC 5280 §4.1.1.2 puts it, and the signature must verify over the
   * TBSCertificate bytes as received.
   */
  public boolean isSignedBy(Sm2PublicKey issuerKey) {
    Objects.requireNonNull(issuerKey, "issuerKey");
    AlgorithmIdentifier outer = certificate.getSignatureAlgorithm();
    AlgorithmIdentifier inner = certificate.getTBSCertificate().getSignature();
    if (!Sm2Domain.OID_SM3_WITH_SM2.equals(outer.getAlgorithm()) || !outer.equals(inner)) {
      return false;
    }
    // RFC 5280 §4.1.1.3: the signature is over the DER TBSCertificate, checked here over the
    // bytes as received (fromDer refuses anything but DER, so there is exactly one such encoding).
    return Sm2Verifier.create(issuerKey).isValid(tbs, signature);
  }

  /** Whether subject and issuer names are equal and the certificate verifies with its own key. */
  public boolean isSelfSigned() {
    return certificate.getSubject().equals(certificate.getIssuer()) && isSignedBy(publicKey);
  }

  /** The SM3 hash of the DER encoding, as hexadecimal. */
  public String sm3Fingerprint() {
    return Bytes.toHex(Sm3.digest(der));
  }

  /** Equal when the DER encodings are equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Sm2Certificate && Arrays.equals(der, ((Sm2Certificate) o).der);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(der);
  }

  /** The serial number and fingerprint; never the subject, which may name a person. */
  @Override
  public String toString() {
    return "Sm2Certificate[serial=" + serialNumber().toString(16) + ", sm3="
        + sm3Fingerprint().substring(0, 16) + "]";
  }
}
