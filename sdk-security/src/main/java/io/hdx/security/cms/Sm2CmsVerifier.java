package io.hdx.security.cms;

import io.hdx.security.CryptoException;
import io.hdx.security.cert.CertificatePathValidator;
import io.hdx.security.cert.KeyUsage;
import io.hdx.security.cert.Sm2Certificate;
import io.hdx.security.cert.TrustAnchors;
import io.hdx.security.internal.Asn1;
import io.hdx.security.internal.Bytes;
import io.hdx.security.internal.Sm2Domain;
import io.hdx.security.sm.Sm2PublicKey;
import io.hdx.security.sm.Sm2Verifier;
import io.hdx.security.sm.Sm3;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.IssuerAndSerialNumber;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.cms.SignerIdentifier;
import org.bouncycastle.asn1.cms.SignerInfo;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.x509.Certificate;

/**
 * Verifies GM/T 0010-2012 SignedData with one SM2 signer (RFC 5652 SignedData with SM2/SM3 is read
 * as well), attached or detached, and returns the content only as {@link VerifiedContent}.
 *
 * <p>Checks, in this order: the structure (one SignerInfo, digest SM3, signature SM2-1 or
 * SM3withSM2); that the messageDigest attribute equals SM3 of the content and the contentType
 * attribute equals the encapsulated content type ({@link CryptoException#CONTENT_MISMATCH}
 * otherwise); the SM2 signature over the DER authenticated attributes, or over the content when
 * there are none; and then either the signer certificate's chain to the trust anchors with
 * digitalSignature or nonRepudiation key usage ({@link #forTrustAnchors}) or that the signer's
 * key is the one expected ({@link #forSignerKey}).
 *
 * <pre>{@code
 * VerifiedContent verified = Sm2CmsVerifier.forTrustAnchors(anchors).verifyDetached(document, signature);
 * process(verified.content());
 * }</pre>
 *
 * <p>Thread safety: immutable; share it.
 *
 * @since 0.1.0
 */
public final class Sm2CmsVerifier {
  private final CertificatePathValidator validator;
  private final Sm2PublicKey signerKey;

  private Sm2CmsVerifier(CertificatePathValidator validator, Sm2PublicKey signerKey) {
    this.validator = validator;
    this.signerKey = signerKey;
  }

  /** Trusts signers whose certificate chains to {@code anchors} at the current time. */
  public static Sm2CmsVerifier forTrustAnchors(TrustAnchors anchors) {
    return new Sm2CmsVerifier(CertificatePathValidator.create(anchors), null);
  }

  /** Trusts signers whose certificate chains to {@code anchors} at the time {@code clock} tells. */
  public static Sm2CmsVerifier forTrustAnchors(TrustAnchors anchors, Clock clock) {
    return new Sm2CmsVerifier(CertificatePathValidator.create(anchors, clock), null);
  }

  /**
   * Trusts exactly one signing key, without certificate chains (for peers that exchange bare
   * public keys). The message need not carry a certificate; if it does, its key must be this one.
   */
  public static Sm2CmsVerifier forSignerKey(Sm2PublicKey signerKey) {
    return new Sm2CmsVerifier(null, Objects.requireNonNull(signerKey, "signerKey"));
  }

  /**
   * Verifies a detached signature over {@code content}.
   *
   * @throws CryptoException when the message is malformed or any check fails
   */
  public VerifiedContent verifyDetached(byte[] content, byte[] signedData) {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(signedData, "signedData");
    return verify(content, signedData);
  }

  /**
   * Verifies SignedData that carries its content and returns that content.
   *
   * @throws CryptoException when the message is malformed, has no content, or any check fails
   */
  public VerifiedContent verifyAttached(byte[] signedData) {
    Objects.requireNonNull(signedData, "signedData");
    return verify(null, signedData);
  }

  private static final class Parsed {
    ASN1ObjectIdentifier contentType;
    byte[] attachedContent;
    SignerInfo signerInfo;
    ASN1Set signedAttributes;
    AttributeTable attributes;
    byte[] signature;
    List<Certificate> certificates = new ArrayList<>();
  }

  private VerifiedContent verify(byte[] detachedContent, byte[] der) {
    Parsed parsed = parse(der);
    byte[] content;
    if (detachedContent != null) {
      if (parsed.attachedContent != null) {
        throw malformed("expected a detached signature but the content is attached");
      }
      content = detachedContent;
    } else {
      if (parsed.attachedContent == null) {
        throw malformed("no attached content (detached signature?)");
      }
      content = parsed.attachedContent;
    }

    byte[] signedBytes = content;
    Instant signingTime = null;
    if (parsed.signedAttributes != null) {
      checkAttributes(parsed, content);
      signedBytes = Asn1.guard(CryptoException.MALFORMED_CMS, "CMS signed attributes",
          () -> Asn1.der(parsed.signedAttributes));
      signingTime = signingTime(parsed.attributes);
    }

    List<Sm2Certificate> certificates = certificates(parsed.certificates);
    Sm2Certificate signerCertificate = findSigner(parsed.signerInfo.getSID(), certificates);
    Sm2PublicKey key;
    if (signerKey != null) {
      if (signerCertificate != null && !signerCertificate.publicKey().equals(signerKey)) {
        throw new CryptoException(CryptoException.UNTRUSTED_CERTIFICATE, "CMS signer: not the expected key");
      }
      key = signerKey;
    } else {
      if (signerCertificate == null) {
        throw new CryptoException(CryptoException.UNTRUSTED_CERTIFICATE, "CMS signer: certificate not in the message");
      }
      key = signerCertificate.publicKey();
    }
    if (!Sm2Verifier.create(key).isValid(signedBytes, parsed.signature)) {
      throw new CryptoException(CryptoException.SIGNATURE_INVALID, "CMS signature: invalid");
    }

    List<Sm2Certificate> path = Collections.emptyList();
    if (validator != null) {
      List<Sm2Certificate> others = new ArrayList<>(certificates);
      others.remove(signerCertificate);
      path = validator.validate(signerCertificate, others, KeyUsage.DIGITAL_SIGNATURE, KeyUsage.NON_REPUDIATION);
    }
    return new VerifiedContent(content, signerCertificate, path, signingTime);
  }

  private static Parsed parse(byte[] der) {
    return Asn1.read(der, CryptoException.MALFORMED_CMS, "CMS", p -> {
      Parsed parsed = new Parsed();
      ContentInfo outer = ContentInfo.getInstance(p);
      ASN1ObjectIdentifier type = outer.getContentType();
      if (!Gmt0010.SIGNED_DATA.equals(type) && !Gmt0010.PKCS7_SIGNED_DATA.equals(type)) {
        throw malformed("not SignedData");
      }
      SignedData signedData = SignedData.getInstance(outer.getContent());
      ContentInfo encapsulated = signedData.getEncapContentInfo();
      parsed.contentType = encapsulated.getContentType();
      if (encapsulated.getContent() != null) {
        parsed.attachedContent = ASN1OctetString.getInstance(encapsulated.getContent()).getOctets();
      }
      ASN1Set signerInfos = signedData.getSignerInfos();
      if (signerInfos.size() != 1) {
        throw malformed("exactly one SignerInfo is supported");
      }
      parsed.signerInfo = SignerInfo.getInstance(signerInfos.getObjectAt(0));
      if (!Sm2Domain.OID_SM3.equals(parsed.signerInfo.getDigestAlgorithm().getAlgorithm())) {
        throw malformed("digest algorithm is not SM3");
      }
      ASN1ObjectIdentifier signatureAlgorithm = parsed.signerInfo.getDigestEncryptionAlgorithm().getAlgorithm();
      if (!Sm2Domain.OID_SM2_SIGN.equals(signatureAlgorithm) && !Sm2Domain.OID_SM3_WITH_SM2.equals(signatureAlgorithm)) {
        throw malformed("signature algorithm is not SM2");
      }
      parsed.signedAttributes = parsed.signerInfo.getAuthenticatedAttributes();
      if (parsed.signedAttributes != null) {
        parsed.attributes = new AttributeTable(parsed.signedAttributes);
      }
      parsed.signature = parsed.signerInfo.getEncryptedDigest().getOctets();
      ASN1Set certificates = signedData.getCertificates();
      if (certificates != null) {
        for (ASN1Encodable element : certificates) {
          if (element.toASN1Primitive() instanceof ASN1Sequence) {
            parsed.certificates.add(Certificate.getInstance(element));
          }
        }
      }
      return parsed;
    });
  }

  private static void checkAttributes(Parsed parsed, byte[] content) {
    // RFC 5652 §5.3 / §11.1-11.2: contentType and messageDigest are required, single-valued.
    byte[] expectedDigest = single(parsed, CMSAttributes.messageDigest, "messageDigest", attribute ->
        ASN1OctetString.getInstance(attribute).getOctets());
    ASN1ObjectIdentifier statedType = single(parsed, CMSAttributes.contentType, "contentType", attribute ->
        ASN1ObjectIdentifier.getInstance(attribute));
    if (!statedType.equals(parsed.contentType)) {
      throw new CryptoException(CryptoException.CONTENT_MISMATCH,
          "CMS: contentType attribute differs from the encapsulated content type");
    }
    if (!Bytes.constantTimeEquals(Sm3.digest(content), expectedDigest)) {
      throw new CryptoException(CryptoException.CONTENT_MISMATCH, "CMS: content does not match the signed digest");
    }
  }

  private interface ValueReader<T> {
    T read(ASN1Encodable value);
  }

  private static <T> T single(Parsed parsed, ASN1ObjectIdentifier oid, String name, ValueReader<T> reader) {
    return Asn1.guard(CryptoException.MALFORMED_CMS, "CMS " + name + " attribute", () -> {
      if (parsed.attributes.getAll(oid).size() != 1) {
        throw malformed(name + " attribute must occur exactly once");
      }
      Attribute attribute = parsed.attributes.get(oid);
      if (attribute.getAttrValues().size() != 1) {
        throw malformed(name + " attribute must have one value");
      }
      return reader.read(attribute.getAttrValues().getObjectAt(0));
    });
  }

  private static Instant signingTime(AttributeTable attributes) {
    Attribute attribute = attributes.get(CMSAttributes.signingTime);
    if (attribute == null || attribute.getAttrValues().size() != 1) {
      return null;
    }
    return Asn1.guard(CryptoException.MALFORMED_CMS, "CMS signingTime attribute",
        () -> Time.getInstance(attribute.getAttrValues().getObjectAt(0)).getDate().toInstant());
  }

  private static List<Sm2Certificate> certificates(List<Certificate> asn1) {
    List<Sm2Certificate> out = new ArrayList<>();
    for (Certificate c : asn1) {
      try {
        out.add(Sm2Certificate.fromDer(Asn1.der(c)));
      } catch (CryptoException e) {
        // Certificates that are not SM2 (e.g. a foreign CA) cannot be in an SM2 path; skip them.
        continue;
      }
    }
    return out;
  }

  private static Sm2Certificate findSigner(SignerIdentifier sid, List<Sm2Certificate> certificates) {
    Optional<Sm2Certificate> found = Asn1.guard(CryptoException.MALFORMED_CMS, "CMS signer identifier", () -> {
      for (Sm2Certificate candidate : certificates) {
        if (sid.isTagged()
            ? Gmt0010.matchesKeyId(ASN1OctetString.getInstance((ASN1TaggedObject) sid.getId(), false), candidate)
            : Gmt0010.matches(IssuerAndSerialNumber.getInstance(sid.getId()), candidate)) {
          return Optional.of(candidate);
        }
      }
      return Optional.<Sm2Certificate>empty();
    });
    return found.orElse(null);
  }

  private static CryptoException malformed(String what) {
    return new CryptoException(CryptoException.MALFORMED_CMS, "CMS: " + what);
  }

  @Override
  public String toString() {
    return signerKey != null ? "Sm2CmsVerifier[" + signerKey + "]" : "Sm2CmsVerifier[" + validator.anchors() + "]";
  }
}
