package io.hdx.security.cms;

import io.hdx.security.CryptoException;
import io.hdx.security.SecretKeyAccess;
import io.hdx.security.cert.KeyUsage;
import io.hdx.security.cert.Sm2Certificate;
import io.hdx.security.internal.Asn1;
import io.hdx.security.internal.Bytes;
import io.hdx.security.internal.Randomness;
import io.hdx.security.internal.Sm2Domain;
import io.hdx.security.interop.Sm4Cbc;
import io.hdx.security.sm.Sm2Cipher;
import io.hdx.security.sm.Sm2PrivateKey;
import io.hdx.security.sm.Sm4Key;
import java.util.Collection;
import java.util.Objects;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.EncryptedContentInfo;
import org.bouncycastle.asn1.cms.EnvelopedData;
import org.bouncycastle.asn1.cms.IssuerAndSerialNumber;
import org.bouncycastle.asn1.cms.KeyTransRecipientInfo;
import org.bouncycastle.asn1.cms.RecipientIdentifier;
import org.bouncycastle.asn1.cms.RecipientInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

/**
 * GM/T 0010-2012 (GB/T 35275-2017 §9) EnvelopedData: content encrypted with a fresh SM4 key in CBC
 * mode, that key encrypted with SM2 for each recipient certificate.
 *
 * <p>What it writes: ContentInfo {@code 1.2.156.10197.6.1.4.2.3}; EnvelopedData version 1; per
 * recipient a KeyTransRecipientInfo (version 1, issuer and serial number, algorithm SM2-3
 * {@code 1.2.156.10197.1.301.3} with NULL parameters, the 16-byte key as a GM/T 0009 DER SM2
 * ciphertext); EncryptedContentInfo with type {@code 1.2.156.10197.6.1.4.2.1} and SM4-CBC
 * ({@code 1.2.156.10197.1.104.2}, the IV as OCTET STRING parameter, PKCS#7 padding). The version
 * numbers 1 follow the emmansun/gmsm implementation of GB/T 35275 (UNCONFIRMED against the
 * standard's text); reading accepts any version, the RFC 5652 content types, and SM4
 * {@code 1.2.156.10197.1.104} for CBC.
 *
 * <p><b>Security: no integrity.</b> Like every CMS EnvelopedData with CBC, the content is
 * confidential but neither authenticated nor protected against change: whoever intercepts an
 * envelope can flip chosen bits of the first plaintext block (through the IV) or garble a block
 * and flip bits of the next, and the result still decrypts. Sign the content as well (sign, then
 * envelope, and verify after decrypting) whenever its origin or integrity matters; prefer SM4-GCM
 * ({@link io.hdx.security.sm.Sm4Gcm}) where the peer allows. This class exists for GM/T 0010
 * interop. To deny a padding oracle, every failure after a recipient matched (SM2 key transport,
 * content-key length, CBC length or padding) is the same {@link CryptoException#DECRYPTION_FAILED}
 * with the same message and no cause, and a failed key transport goes on to decrypt with a random
 * key so that it takes the time a padding failure takes.
 *
 * <pre>{@code
 * byte[] envelope = Sm2CmsEnvelope.encrypt(document, Collections.singletonList(recipientCert));
 * byte[] document = Sm2CmsEnvelope.decrypt(envelope, recipientKey, recipientCert);
 * }</pre>
 *
 * <p>Thread safety: stateless.
 *
 * @since 0.1.0
 */
public final class Sm2CmsEnvelope {
  private static final AlgorithmIdentifier SM2_ENCRYPT = new AlgorithmIdentifier(Sm2Domain.OID_SM2_ENCRYPT, DERNull.INSTANCE);

  private Sm2CmsEnvelope() {}

  /**
   * Encrypts {@code content} for every certificate in {@code recipients}.
   *
   * @throws CryptoException {@link CryptoException#CERTIFICATE_USAGE} when a recipient's key usage
   *     does not allow keyEncipherment
   */
  public static byte[] encrypt(byte[] content, Collection<Sm2Certificate> recipients) {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(recipients, "recipients");
    if (recipients.isEmpty()) {
      throw new IllegalArgumentException("at least one recipient is required");
    }
    Sm4Key contentKey = Sm4Key.generate();
    byte[] keyBytes = contentKey.toBytes(SecretKeyAccess.insecureSecretAccess());
    try {
      ASN1EncodableVector recipientInfos = new ASN1EncodableVector();
      for (Sm2Certificate recipient : recipients) {
        Objects.requireNonNull(recipient, "recipients element");
        if (!recipient.permits(KeyUsage.KEY_ENCIPHERMENT)) {
          throw new CryptoException(CryptoException.CERTIFICATE_USAGE,
              "recipient certificate: key usage does not allow keyEncipherment (RFC 5280 §4.2.1.3)");
        }
        byte[] encryptedKey = Sm2Cipher.create().encrypt(recipient.publicKey(), keyBytes);
        recipientInfos.add(new DERSequence(new ASN1Encodable[] {
            new ASN1Integer(1), Gmt0010.issuerAndSerial(recipient), SM2_ENCRYPT, new DEROctetString(encryptedKey)}));
      }
      byte[] iv = Randomness.bytes(Sm4Cbc.IV_LENGTH);
      byte[] encrypted = Sm4Cbc.create(contentKey).encrypt(iv, content);
      EncryptedContentInfo encryptedContent = new EncryptedContentInfo(Gmt0010.DATA,
          new AlgorithmIdentifier(Sm2Domain.OID_SM4_CBC, new DEROctetString(iv)), new DEROctetString(encrypted));
      DERSequence envelopedData = new DERSequence(new ASN1Encodable[] {
          new ASN1Integer(1), new DERSet(recipientInfos), encryptedContent});
      return Asn1.der(new ContentInfo(Gmt0010.ENVELOPED_DATA, envelopedData));
    } finally {
      Bytes.wipe(keyBytes);
    }
  }

  /**
   * Decrypts an envelope with the private key of {@code certificate}, one of its recipients.
   *
   * @throws CryptoException {@link CryptoException#MALFORMED_CMS},
   *     {@link CryptoException#NO_MATCHING_RECIPIENT} or {@link CryptoException#DECRYPTION_FAILED}
   * @throws IllegalArgumentException when {@code key} does not belong to {@code certificate}
   */
  public static byte[] decrypt(byte[] envelope, Sm2PrivateKey key, Sm2Certificate certificate) {
    Objects.requireNonNull(envelope, "envelope");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(certificate, "certificate");
    if (!key.publicKey().equals(certificate.publicKey())) {
      throw new IllegalArgumentException("key does not belong to certificate");
    }
    Parsed parsed = Asn1.read(envelope, CryptoException.MALFORMED_CMS, "CMS envelope", p -> {
      ContentInfo outer = ContentInfo.getInstance(p);
      ASN1ObjectIdentifier type = outer.getContentType();
      if (!Gmt0010.ENVELOPED_DATA.equals(type) && !Gmt0010.PKCS7_ENVELOPED_DATA.equals(type)) {
        throw new CryptoException(CryptoException.MALFORMED_CMS, "CMS envelope: not EnvelopedData");
      }
      EnvelopedData data = EnvelopedData.getInstance(outer.getContent());
      Parsed out = new Parsed();
      for (ASN1Encodable element : data.getRecipientInfos()) {
        ASN1Encodable info = RecipientInfo.getInstance(element).getInfo();
        if (!(info instanceof KeyTransRecipientInfo)) {
          continue;
        }
        KeyTransRecipientInfo ktri = (KeyTransRecipientInfo) info;
        RecipientIdentifier rid = ktri.getRecipientIdentifier();
        boolean match = rid.isTagged()
            ? Gmt0010.matchesKeyId(ASN1OctetString.getInstance((ASN1TaggedObject) rid.getId(), false), certificate)
            : Gmt0010.matches(IssuerAndSerialNumber.getInstance(rid.getId()), certificate);
        if (match) {
          ASN1ObjectIdentifier algorithm = ktri.getKeyEncryptionAlgorithm().getAlgorithm();
          if (!Sm2Domain.OID_SM2_ENCRYPT.equals(algorithm) && !Sm2Domain.OID_SM2P256V1.equals(algorithm)) {
            throw new CryptoException(CryptoException.MALFORMED_CMS, "CMS envelope: key transport is not SM2");
          }
          out.encryptedKey = ktri.getEncryptedKey().getOctets();
          break;
        }
      }
      EncryptedContentInfo eci = data.getEncryptedContentInfo();
      AlgorithmIdentifier cipher = eci.getContentEncryptionAlgorithm();
      if (!Sm2Domain.OID_SM4_CBC.equals(cipher.getAlgorithm()) && !Gmt0010.SM4.equals(cipher.getAlgorithm())) {
        throw new CryptoException(CryptoException.MALFORMED_CMS, "CMS envelope: content cipher is not SM4-CBC");
      }
      out.iv = ASN1OctetString.getInstance(cipher.getParameters()).getOctets();
      if (out.iv.length != Sm4Cbc.IV_LENGTH || eci.getEncryptedContent() == null) {
        throw new CryptoException(CryptoException.MALFORMED_CMS, "CMS envelope: bad IV or no encrypted content");
      }
      out.encryptedContent = eci.getEncryptedContent().getOctets();
      return out;
    });
    if (parsed.encryptedKey == null) {
      throw new CryptoException(CryptoException.NO_MATCHING_RECIPIENT, "CMS envelope: not addressed to this certificate");
    }
    // Issue 9 item 11: one outcome for every failure from here on (no oracle on the key
    // transport, the key length or the padding), and the same work done in each case.
    byte[] keyBytes;
    boolean keyOk;
    try {
      keyBytes = Sm2Cipher.create().decrypt(key, parsed.encryptedKey);
      keyOk = keyBytes.length == Sm4Key.LENGTH;
      if (!keyOk) {
        Bytes.wipe(keyBytes);
      }
    } catch (CryptoException e) {
      keyBytes = null;
      keyOk = false;
    }
    if (!keyOk) {
      keyBytes = Randomness.bytes(Sm4Key.LENGTH);
    }
    Sm4Key contentKey = Sm4Key.fromBytes(keyBytes);
    Bytes.wipe(keyBytes);
    try {
      byte[] content = Sm4Cbc.create(contentKey).decrypt(parsed.iv, parsed.encryptedContent);
      if (!keyOk) {
        Bytes.wipe(content);
        throw decryptionFailed();
      }
      return content;
    } catch (CryptoException e) {
      throw decryptionFailed();
    } finally {
      contentKey.destroy();
    }
  }

  private static CryptoException decryptionFailed() {
    return new CryptoException(CryptoException.DECRYPTION_FAILED, "CMS envelope: decryption failed");
  }

  private static final class Parsed {
    byte[] encryptedKey;
    byte[] iv;
    byte[] encryptedContent;
  }
}
