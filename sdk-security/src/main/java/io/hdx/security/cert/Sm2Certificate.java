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
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
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
  private final Sm2PublicKey publicKey;

  private Sm2Certificate(Certificate certificate, byte[] der) {
    this.certificate = certificate;
    this.der = der;
    try {
      this.publicKey = Sm2PublicKey.fromSpkiDer(Asn1.der(certificate.getSubjectPublicKeyInfo()));
    } catch (CryptoException e) {
      throw new CryptoException(CryptoException.MALFORMED_CERTIFICATE, "certificate: not an SM2 public key", e);
    }
  }

  /**
   * Parses a DER certificate.
   *
   * @throws CryptoException {@link CryptoException#MALFORMED_CERTIFICATE} when it is not an X.509
   *     certificate with an SM2 public key
   */
  public static Sm2Certificate fromDer(byte[] der) {
    Objects.requireNonNull(der, "der");
    Certificate certificate = Asn1.read(der, CryptoException.MALFORMED_CERTIFICATE, "certificate",
        p -> Certificate.getInstance(p));
    Asn1.guard(CryptoException.MALFORMED_CERTIFICATE, "certificate", () -> {
      // Touch the fields Bouncy Castle parses lazily, so that later accessors cannot fail.
      certificate.getStartDate().getDate();
      certificate.getEndDate().getDate();
      certificate.getSignature().getOctets();
      Extensions extensions = certificate.getTBSCertificate().getExtensions();
      if (extensions != null) {
        BasicConstraints.fromExtensions(extensions);
        org.bouncycastle.asn1.x509.KeyUsage.fromExtensions(extensions);
      }
      return certificate;
    });
    return new Sm2Certificate(certificate, der.clone());
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

  private Extensions extensions() {
    return certificate.getTBSCertificate().getExtensions();
  }

  /** Whether the basic constraints extension marks this a CA certificate (RFC 5280 §4.2.1.9). */
  public boolean isCertificateAuthority() {
    Extensions extensions = extensions();
    BasicConstraints bc = extensions == null ? null : BasicConstraints.fromExtensions(extensions);
    return bc != null && bc.isCA();
  }

  /** Whether the certificate has a basic constraints extension at all. */
  boolean hasBasicConstraints() {
    Extensions extensions = extensions();
    return extensions != null && extensions.getExtension(Extension.basicConstraints) != null;
  }

  /** The path length constraint of a CA certificate, if it has one. */
  public OptionalInt pathLengthConstraint() {
    Extensions extensions = extensions();
    BasicConstraints bc = extensions == null ? null : BasicConstraints.fromExtensions(extensions);
    if (bc == null || !bc.isCA() || bc.getPathLenConstraint() == null) {
      return OptionalInt.empty();
    }
    BigInteger length = bc.getPathLenConstraint();
    return OptionalInt.of(length.bitLength() > 31 ? Integer.MAX_VALUE : length.intValue());
  }

  /**
   * The usages the key usage extension grants, or every usage when the certificate has no such
   * extension (RFC 5280 §4.2.1.3 leaves the key unrestricted then).
   */
  public Set<KeyUsage> keyUsages() {
    Extensions extensions = extensions();
    org.bouncycastle.asn1.x509.KeyUsage ku =
        extensions == null ? null : org.bouncycastle.asn1.x509.KeyUsage.fromExtensions(extensions);
    if (ku == null) {
      return Collections.unmodifiableSet(EnumSet.allOf(KeyUsage.class));
    }
    EnumSet<KeyUsage> out = EnumSet.noneOf(KeyUsage.class);
    for (KeyUsage usage : KeyUsage.values()) {
      if (ku.hasUsages(usage.mask())) {
        out.add(usage);
      }
    }
    return Collections.unmodifiableSet(out);
  }

  /** Whether the key may be used for {@code usage}. */
  public boolean permits(KeyUsage usage) {
    return keyUsages().contains(Objects.requireNonNull(usage, "usage"));
  }

  /** The critical extensions, by OID. */
  List<ASN1ObjectIdentifier> criticalExtensions() {
    Extensions extensions = extensions();
    return extensions == null ? Collections.<ASN1ObjectIdentifier>emptyList()
        : Arrays.asList(extensions.getCriticalExtensionOIDs());
  }

  /** The subject key identifier, if the extension is present. */
  byte[] subjectKeyIdentifier() {
    Extensions extensions = extensions();
    SubjectKeyIdentifier ski = extensions == null ? null : SubjectKeyIdentifier.fromExtensions(extensions);
    return ski == null ? null : ski.getKeyIdentifier();
  }

  /**
   * Whether the certificate's signature verifies with {@code issuerKey}: the algorithm must be
   * SM3withSM2 in both places RFC 5280 §4.1.1.2 puts it.
   */
  public boolean isSignedBy(Sm2PublicKey issuerKey) {
    Objects.requireNonNull(issuerKey, "issuerKey");
    AlgorithmIdentifier outer = certificate.getSignatureAlgorithm();
    AlgorithmIdentifier inner = certificate.getTBSCertificate().getSignature();
    if (!Sm2Domain.OID_SM3_WITH_SM2.equals(outer.getAlgorithm()) || !outer.equals(inner)) {
      return false;
    }
    byte[] tbs = Asn1.der(certificate.getTBSCertificate());
    byte[] signature = certificate.getSignature().getOctets();
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
