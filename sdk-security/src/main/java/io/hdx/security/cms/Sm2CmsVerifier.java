package io.hdx.security.cms;

import io.hdx.security.CryptoException;
import io.hdx.security.cert.CertificatePathValidator;
import io.hdx.security.cert.Sm2Certificate;
import io.hdx.security.cert.TrustAnchors;
import io.hdx.security.internal.Asn1;
import io.hdx.security.internal.Bytes;
import io.hdx.security.internal.Sm2Domain;
import io.hdx.security.sm.Sm2PublicKey;
import io.hdx.security.sm.Sm2Verifier;
import io.hdx.security.sm.Sm3;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.BERTags;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.IssuerAndSerialNumber;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

/**
 * Verifies GM/T 0010-2012 SignedData with one SM2 signer (RFC 5652 SignedData with SM2/SM3 is read
 * as well), attached or detached, and returns the content only as {@link VerifiedContent}.
 *
 * <p>Checks, in this order: the structure, strictly (DER only; ContentInfo, SignedData and
 * SignerInfo tags, versions and field order as RFC 5652 §3, §5.1 and §5.3 define them; exactly
 * one digest algorithm, SM3; encapsulated content type data; one SignerInfo; signature SM2-1 or
 * SM3withSM2; at most {@value #MAX_CERTIFICATES} certificates); that the signed attributes are
 * present and hold exactly one contentType, messageDigest and signingTime (RFC 5652 §11.1-11.3),
 * that messageDigest equals SM3 of the content and contentType the encapsulated content type
 * ({@link CryptoException#CONTENT_MISMATCH} otherwise); the SM2 signature over the DER signed
 * attributes; and then either the signer certificate's chain to the trust anchors for document
 * signing ({@link CertificatePathValidator#validateForDocumentSigning}: CA constraints,
 * digitalSignature or nonRepudiation key usage, extended key usage) ({@link #forTrustAnchors}) or
 * that the signer's key is the one expected ({@link #forSignerKey}). Any input bytes end in a
 * {@link CryptoException}, never in another exception.
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
  /** The most certificates a message may carry (issue 9 item 10); real chains hold two to four. */
  static final int MAX_CERTIFICATES = 32;

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
    /** The issuerAndSerialNumber of the signer, or null when it is named by key identifier. */
    IssuerAndSerialNumber signerIssuerAndSerial;
    /** The subjectKeyIdentifier of the signer, or null when it is named by issuer and serial. */
    byte[] signerKeyId;
    ASN1Set signedAttributes;
    AttributeTable attributes;
    byte[] signature;
    List<byte[]> certificates = new ArrayList<>();
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

    checkAttributes(parsed, content);
    // RFC 5652 §5.4: the signature is over the DER SET OF the signed attributes; parse() refused
    // anything but DER, so this is the received encoding with the SET tag in place of [0].
    byte[] signedBytes = Asn1.der(parsed.signedAttributes);
    Instant signingTime = signingTime(parsed);

    List<Sm2Certificate> certificates = certificates(parsed.certificates);
    Sm2Certificate signerCertificate = findSigner(parsed, certificates);
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
      path = validator.validateForDocumentSigning(signerCertificate, others);
    }
    return new VerifiedContent(content, signerCertificate, path, signingTime);
  }

  /**
   * Parses SignedData strictly (RFC 5652 §3, §5; GM/T 0010-2012 §8): DER only, every tag, version
   * and algorithm checked, so that no other encoding of a message verifies (issue 9 item 8).
   */
  private static Parsed parse(byte[] der) {
    checkCertificateCount(der);
    return Asn1.readDer(der, CryptoException.MALFORMED_CMS, "CMS", p -> {
      Parsed parsed = new Parsed();
      // ContentInfo ::= SEQUENCE { contentType, content [0] EXPLICIT ANY } (RFC 5652 §3).
      ASN1Sequence contentInfo = sequence(p, 2, 2, "ContentInfo");
      ASN1ObjectIdentifier type = ASN1ObjectIdentifier.getInstance(contentInfo.getObjectAt(0));
      if (!Gmt0010.SIGNED_DATA.equals(type) && !Gmt0010.PKCS7_SIGNED_DATA.equals(type)) {
        throw malformed("not SignedData");
      }
      ASN1Sequence signedData = sequence(explicit(contentInfo.getObjectAt(1), 0, "ContentInfo content"), 4, 6,
          "SignedData");
      // SignedData ::= SEQUENCE { version, digestAlgorithms, encapContentInfo,
      //   certificates [0] IMPLICIT OPTIONAL, crls [1] IMPLICIT OPTIONAL, signerInfos } (§5.1).
      int last = signedData.size() - 1;
      BigInteger version = ASN1Integer.getInstance(signedData.getObjectAt(0)).getValue();
      ASN1Set digestAlgorithms = ASN1Set.getInstance(signedData.getObjectAt(1));
      if (digestAlgorithms.size() != 1 || !isSm3(digestAlgorithms.getObjectAt(0))) {
        throw malformed("digestAlgorithms must be exactly SM3");
      }
      // EncapsulatedContentInfo ::= SEQUENCE { eContentType, eContent [0] EXPLICIT OCTET STRING OPTIONAL }.
      ASN1Sequence encapsulated = sequence(signedData.getObjectAt(2), 1, 2, "EncapsulatedContentInfo");
      parsed.contentType = ASN1ObjectIdentifier.getInstance(encapsulated.getObjectAt(0));
      if (!Gmt0010.DATA.equals(parsed.contentType) && !Gmt0010.PKCS7_DATA.equals(parsed.contentType)) {
        throw malformed("encapsulated content type is not data");
      }
      if (encapsulated.size() == 2) {
        parsed.attachedContent = ASN1OctetString.getInstance(explicit(encapsulated.getObjectAt(1), 0, "eContent"))
            .getOctets();
      }
      for (int i = 3; i < last; i++) {
        ASN1TaggedObject tagged = contextTagged(signedData.getObjectAt(i), "SignedData");
        if (tagged.getTagNo() == 0 && i == 3) {
          ASN1Set set = ASN1Set.getInstance(tagged, false);
          if (set.size() > MAX_CERTIFICATES) {
            // Issue 9 item 10: a set of thousands of fake intermediates is refused before any is read.
            throw malformed("more than " + MAX_CERTIFICATES + " certificates");
          }
          for (ASN1Encodable element : set) {
            // CertificateChoices: only certificate (a SEQUENCE); the tagged legacy and attribute
            // certificate choices (§10.2.2) are refused.
            parsed.certificates.add(Asn1.der(ASN1Sequence.getInstance(element)));
          }
        } else if (tagged.getTagNo() == 1 && (i == 3 || i == 4)) {
          ASN1Set.getInstance(tagged, false); // crls: read, not used
        } else {
          throw malformed("unexpected field in SignedData");
        }
      }
      ASN1Set signerInfos = ASN1Set.getInstance(signedData.getObjectAt(last));
      if (signerInfos.size() != 1) {
        throw malformed("exactly one SignerInfo is supported");
      }
      readSignerInfo(sequence(signerInfos.getObjectAt(0), 6, 7, "SignerInfo"), parsed);
      // §5.1: version 1 with certificates only, data content and version 1 SignerInfos; else 3.
      int expected = parsed.signerKeyId != null ? 3 : 1;
      if (!BigInteger.valueOf(expected).equals(version)) {
        throw malformed("SignedData version must be " + expected + " (RFC 5652 §5.1)");
      }
      return parsed;
    });
  }

  /**
   * Counts the certificates by their headers alone, before anything is parsed (issue 9 item 10:
   * a message with 20,000 certificates is refused in milliseconds). Anything unexpected is left to
   * the strict parse.
   */
  private static void checkCertificateCount(byte[] der) {
    String code = CryptoException.MALFORMED_CMS;
    int[] contentInfo = Asn1.header(der, 0, code, "CMS");
    int[] oid = Asn1.header(der, contentInfo[0], code, "CMS");
    int[] explicit = Asn1.header(der, oid[0] + oid[1], code, "CMS");
    int[] signedData = Asn1.header(der, explicit[0], code, "CMS");
    int at = signedData[0];
    for (int field = 0; field < 3; field++) { // version, digestAlgorithms, encapContentInfo
      int[] skipped = Asn1.header(der, at, code, "CMS");
      at = skipped[0] + skipped[1];
    }
    if (at >= der.length || der[at] != (byte) 0xA0) {
      return;
    }
    int[] certificates = Asn1.header(der, at, code, "CMS");
    int end = certificates[0] + certificates[1];
    int count = 0;
    for (int i = certificates[0]; i < end; count++) {
      if (count == MAX_CERTIFICATES) {
        throw malformed("more than " + MAX_CERTIFICATES + " certificates");
      }
      int[] certificate = Asn1.header(der, i, code, "CMS");
      i = certificate[0] + certificate[1];
    }
  }

  /**
   * SignerInfo ::= SEQUENCE { version, sid, digestAlgorithm, signedAttrs [0] IMPLICIT,
   * signatureAlgorithm, signature, unsignedAttrs [1] IMPLICIT OPTIONAL } (RFC 5652 §5.3); signed
   * attributes are required here (issue 9 item 9).
   */
  private static void readSignerInfo(ASN1Sequence signerInfo, Parsed parsed) {
    BigInteger version = ASN1Integer.getInstance(signerInfo.getObjectAt(0)).getValue();
    ASN1Encodable sid = signerInfo.getObjectAt(1);
    if (sid instanceof ASN1TaggedObject) {
      // subjectKeyIdentifier [0] IMPLICIT OCTET STRING, with version 3.
      ASN1TaggedObject tagged = contextTagged(sid, "SignerIdentifier");
      if (tagged.getTagNo() != 0 || !BigInteger.valueOf(3).equals(version)) {
        throw malformed("SignerIdentifier subjectKeyIdentifier needs [0] and version 3");
      }
      parsed.signerKeyId = ASN1OctetString.getInstance(tagged, false).getOctets();
    } else {
      if (!BigInteger.ONE.equals(version)) {
        throw malformed("SignerInfo with issuerAndSerialNumber must be version 1");
      }
      parsed.signerIssuerAndSerial = IssuerAndSerialNumber.getInstance(sequence(sid, 2, 2, "IssuerAndSerialNumber"));
    }
    if (!isSm3(signerInfo.getObjectAt(2))) {
      throw malformed("digest algorithm is not SM3");
    }
    ASN1TaggedObject signedAttrs = contextTagged(signerInfo.getObjectAt(3), "SignerInfo");
    if (signedAttrs.getTagNo() != 0) {
      throw malformed("signed attributes are required");
    }
    parsed.signedAttributes = ASN1Set.getInstance(signedAttrs, false);
    for (ASN1Encodable attribute : parsed.signedAttributes) {
      // Attribute ::= SEQUENCE { attrType, attrValues SET SIZE (1..MAX) } (RFC 5652 §5.3).
      ASN1Sequence sequence = sequence(attribute, 2, 2, "Attribute");
      ASN1ObjectIdentifier.getInstance(sequence.getObjectAt(0));
      if (ASN1Set.getInstance(sequence.getObjectAt(1)).size() == 0) {
        throw malformed("attribute without a value");
      }
    }
    parsed.attributes = new AttributeTable(parsed.signedAttributes);
    AlgorithmIdentifier signatureAlgorithm = AlgorithmIdentifier.getInstance(signerInfo.getObjectAt(4));
    ASN1ObjectIdentifier oid = signatureAlgorithm.getAlgorithm();
    if ((!Sm2Domain.OID_SM2_SIGN.equals(oid) && !Sm2Domain.OID_SM3_WITH_SM2.equals(oid))
        || !absentOrNull(signatureAlgorithm)) {
      throw malformed("signature algorithm is not SM2");
    }
    parsed.signature = ASN1OctetString.getInstance(signerInfo.getObjectAt(5)).getOctets();
    if (signerInfo.size() == 7) {
      ASN1TaggedObject unsigned = contextTagged(signerInfo.getObjectAt(6), "SignerInfo");
      if (unsigned.getTagNo() != 1) {
        throw malformed("unexpected field in SignerInfo");
      }
      ASN1Set.getInstance(unsigned, false); // unsigned attributes: read, not used
    }
  }

  private static ASN1Sequence sequence(ASN1Encodable value, int min, int max, String what) {
    if (!(value.toASN1Primitive() instanceof ASN1Sequence)) {
      throw malformed(what + " is not a SEQUENCE");
    }
    ASN1Sequence sequence = (ASN1Sequence) value.toASN1Primitive();
    if (sequence.size() < min || sequence.size() > max) {
      throw malformed(what + " has a wrong number of fields");
    }
    return sequence;
  }

  private static ASN1TaggedObject contextTagged(ASN1Encodable value, String what) {
    if (!(value.toASN1Primitive() instanceof ASN1TaggedObject)) {
      throw malformed("unexpected field in " + what);
    }
    ASN1TaggedObject tagged = (ASN1TaggedObject) value.toASN1Primitive();
    if (tagged.getTagClass() != BERTags.CONTEXT_SPECIFIC) {
      throw malformed("unexpected tag class in " + what);
    }
    return tagged;
  }

  private static ASN1Encodable explicit(ASN1Encodable value, int tagNo, String what) {
    ASN1TaggedObject tagged = contextTagged(value, what);
    if (tagged.getTagNo() != tagNo || !tagged.isExplicit()) {
      throw malformed(what + " must be [" + tagNo + "] EXPLICIT");
    }
    return tagged.getExplicitBaseObject();
  }

  private static boolean isSm3(ASN1Encodable value) {
    AlgorithmIdentifier algorithm = AlgorithmIdentifier.getInstance(value);
    return Sm2Domain.OID_SM3.equals(algorithm.getAlgorithm()) && absentOrNull(algorithm);
  }

  private static boolean absentOrNull(AlgorithmIdentifier algorithm) {
    return algorithm.getParameters() == null || DERNull.INSTANCE.equals(algorithm.getParameters());
  }

  private static void checkAttributes(Parsed parsed, byte[] content) {
    // RFC 5652 §5.3 / §11.1-11.3: contentType and messageDigest are required, single-valued;
    // signingTime is required here as well (issue 9 item 9: a document signature says when).
    byte[] expectedDigest = single(parsed, CMSAttributes.messageDigest, "messageDigest", attribute ->
        ASN1OctetString.getInstance(attribute).getOctets());
    ASN1ObjectIdentifier statedType = single(parsed, CMSAttributes.contentType, "contentType", attribute ->
        ASN1ObjectIdentifier.getInstance(attribute));
    if (!statedType.equals(parsed.contentType)) {
      throw new CryptoException(CryptoException.CONTENT_MISMATCH,
          "CMS: contentType attribute differs from the encapsulated content type");
    }
    signingTime(parsed);
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

  private static Instant signingTime(Parsed parsed) {
    return single(parsed, CMSAttributes.signingTime, "signingTime",
        value -> Time.getInstance(value).getDate().toInstant());
  }

  private static List<Sm2Certificate> certificates(List<byte[]> encoded) {
    List<Sm2Certificate> out = new ArrayList<>();
    for (byte[] c : encoded) {
      try {
        out.add(Sm2Certificate.fromDer(c));
      } catch (CryptoException e) {
        // Certificates that are not SM2 (e.g. a foreign CA) cannot be in an SM2 path; skip them.
        continue;
      }
    }
    return out;
  }

  private static Sm2Certificate findSigner(Parsed parsed, List<Sm2Certificate> certificates) {
    Optional<Sm2Certificate> found = Asn1.guard(CryptoException.MALFORMED_CMS, "CMS signer identifier", () -> {
      for (Sm2Certificate candidate : certificates) {
        if (parsed.signerKeyId != null
            ? Gmt0010.matchesKeyId(new DEROctetString(parsed.signerKeyId), candidate)
            : Gmt0010.matches(parsed.signerIssuerAndSerial, candidate)) {
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
