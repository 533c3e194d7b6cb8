package io.hdx.security.cms;

import io.hdx.security.cert.Sm2Certificate;
import io.hdx.security.internal.Asn1;
import io.hdx.security.internal.Sm2Domain;
import io.hdx.security.sm.Sm2PrivateKey;
import io.hdx.security.sm.SignatureEncoding;
import io.hdx.security.sm.Sm2Signer;
import io.hdx.security.sm.Sm2Verifier;
import io.hdx.security.sm.Sm3;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.SignerIdentifier;
import org.bouncycastle.asn1.cms.SignerInfo;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

/**
 * Creates GM/T 0010-2012 (GB/T 35275-2017 §8) SignedData with one SM2 signer, detached or with the
 * content attached, as DER.
 *
 * <p>What it writes: ContentInfo {@code 1.2.156.10197.6.1.4.2.2}; SignedData version 1 with
 * digest SM3, encapsulated content type {@code 1.2.156.10197.6.1.4.2.1} (with {@link CmsOids#PKCS7}
 * RFC 5652's {@code 1.2.840.113549.1.7.2} and {@code 1.2.840.113549.1.7.1} instead), the signer's certificate
 * (and any extra certificates) and one SignerInfo (version 1, issuer and serial number) whose
 * authenticated attributes are contentType, signingTime and messageDigest (SM3 of the content),
 * signed with SM2-1 ({@code 1.2.156.10197.1.301.1}, default user ID) over their DER encoding
 * (RFC 5652 §5.4).
 *
 * <pre>{@code
 * Sm2CmsSigner signer = Sm2CmsSigner.builder(privateKey, certificate).build();
 * byte[] detached = signer.signDetached(documentBytes);
 * }</pre>
 *
 * <p>Thread safety: immutable; share it.
 *
 * @since 0.1.0
 */
public final class Sm2CmsSigner {
  private static final AlgorithmIdentifier SM3 = new AlgorithmIdentifier(Sm2Domain.OID_SM3);
  private static final AlgorithmIdentifier SM2_SIGN = new AlgorithmIdentifier(Sm2Domain.OID_SM2_SIGN);

  private final Sm2Signer signer;
  private final Sm2Certificate certificate;
  private final List<Sm2Certificate> extraCertificates;
  private final Clock clock;
  private final CmsOids oids;

  /** Whether a signature from {@link #signer} has been checked against the certificate's key. */
  private volatile boolean signerChecked;

  private Sm2CmsSigner(Builder builder) {
    this.signer = builder.signer;
    this.signerChecked = builder.inMemory;
    this.certificate = builder.certificate;
    this.extraCertificates = Collections.unmodifiableList(new ArrayList<>(builder.extra));
    this.clock = builder.clock;
    this.oids = builder.oids;
  }

  /**
   * A builder for a signer with {@code key} whose certificate is {@code certificate}.
   *
   * @throws IllegalArgumentException when the certificate is not for that key
   */
  public static Builder builder(Sm2PrivateKey key, Sm2Certificate certificate) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(certificate, "certificate");
    if (!certificate.publicKey().equals(key.publicKey())) {
      throw new IllegalArgumentException("certificate is not for this private key");
    }
    return new Builder(Sm2Signer.create(key), certificate, true);
  }

  /**
   * A builder for a signer whose key lives elsewhere (a USB key, a smart card, an HSM) behind
   * {@code signer}, which must write DER signatures with the default user ID
   * {@value Sm2Signer#DEFAULT_USER_ID} (GM/T 0010 §8, as X.509 does). The first signature it
   * makes is verified with the certificate's key before it is used, so a signer set up with
   * another user ID fails at once ({@link io.hdx.security.CryptoException#SIGNATURE_INVALID}).
   *
   * @throws IllegalArgumentException when the certificate is not for the signer's key or the
   *     signer does not write DER
   */
  public static Builder builder(Sm2Signer signer, Sm2Certificate certificate) {
    Objects.requireNonNull(signer, "signer");
    Objects.requireNonNull(certificate, "certificate");
    if (!certificate.publicKey().equals(signer.publicKey())) {
      throw new IllegalArgumentException("certificate is not for this signer's key");
    }
    if (signer.encoding() != SignatureEncoding.DER) {
      throw new IllegalArgumentException("CMS needs DER signatures (GM/T 0010 §8)");
    }
    return new Builder(signer, certificate, false);
  }

  /** SignedData without the content (the signature travels beside the document). */
  public byte[] signDetached(byte[] content) {
    Objects.requireNonNull(content, "content");
    return sign(content, false);
  }

  /** SignedData with the content inside. */
  public byte[] signAttached(byte[] content) {
    Objects.requireNonNull(content, "content");
    return sign(content, true);
  }

  private byte[] sign(byte[] content, boolean attached) {
    ASN1EncodableVector attributes = new ASN1EncodableVector(3);
    attributes.add(new Attribute(CMSAttributes.contentType, new DERSet(oids.data())));
    attributes.add(new Attribute(CMSAttributes.signingTime, new DERSet(new Time(Date.from(clock.instant())))));
    attributes.add(new Attribute(CMSAttributes.messageDigest, new DERSet(new DEROctetString(Sm3.digest(content)))));
    ASN1Set signedAttributes = new DERSet(attributes);
    byte[] signedBytes = Asn1.der(signedAttributes);
    byte[] signature = signer.sign(signedBytes);
    if (!signerChecked) {
      Sm2Verifier.create(certificate.publicKey()).verify(signedBytes, signature);
      signerChecked = true;
    }

    SignerInfo signerInfo = new SignerInfo(new SignerIdentifier(Gmt0010.issuerAndSerial(certificate)), SM3,
        signedAttributes, SM2_SIGN, new DEROctetString(signature), null);

    ASN1EncodableVector certificates = new ASN1EncodableVector();
    certificates.add(Gmt0010.asn1(certificate));
    for (Sm2Certificate extra : extraCertificates) {
      certificates.add(Gmt0010.asn1(extra));
    }
    ASN1EncodableVector signedData = new ASN1EncodableVector(5);
    signedData.add(new ASN1Integer(1));
    signedData.add(new DERSet(SM3));
    signedData.add(new ContentInfo(oids.data(), attached ? new DEROctetString(content) : null));
    signedData.add(new DERTaggedObject(false, 0, new DERSet(certificates)));
    signedData.add(new DERSet(signerInfo));
    return Asn1.der(new ContentInfo(oids.signedData(), new DERSequence(signedData)));
  }

  @Override
  public String toString() {
    return "Sm2CmsSigner[" + certificate + ", " + oids + "]";
  }

  /**
   * Configures an {@link Sm2CmsSigner}.
   *
   * <p>Thread safety: not thread-safe; build once, then share the signer.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final Sm2Signer signer;
    private final boolean inMemory;
    private final Sm2Certificate certificate;
    private final List<Sm2Certificate> extra = new ArrayList<>();
    private Clock clock = Clock.systemUTC();
    private CmsOids oids = CmsOids.GMT0010;

    private Builder(Sm2Signer signer, Sm2Certificate certificate, boolean inMemory) {
      this.signer = signer;
      this.certificate = certificate;
      this.inMemory = inMemory;
    }

    /** Certificates to include besides the signer's, such as intermediate CAs. */
    public Builder addCertificates(Collection<Sm2Certificate> certificates) {
      for (Sm2Certificate c : Objects.requireNonNull(certificates, "certificates")) {
        extra.add(Objects.requireNonNull(c, "certificates element"));
      }
      return this;
    }

    /** Certificates to include besides the signer's. */
    public Builder addCertificates(Sm2Certificate... certificates) {
      return addCertificates(Arrays.asList(certificates));
    }

    /** The clock for the signingTime attribute; the system clock by default. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * The content-type OIDs to write (default {@link CmsOids#GMT0010}); {@link CmsOids#PKCS7} for tools
     * that know only RFC 5652's, such as OpenSSL 3.
     */
    public Builder oids(CmsOids oids) {
      this.oids = Objects.requireNonNull(oids, "oids");
      return this;
    }

    /** The signer. */
    public Sm2CmsSigner build() {
      return new Sm2CmsSigner(this);
    }
  }
}
