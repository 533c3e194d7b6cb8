package io.hdx.security.sm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.security.SecretKeyAccess;
import io.hdx.security.CryptoException;
import java.io.IOException;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.junit.jupiter.api.Test;

/** Issue 9 items 4, 12 and 13: key parsers keep their contract; secrets can be destroyed. */
class KeyHardeningTest {
  private static final ASN1ObjectIdentifier EC = new ASN1ObjectIdentifier("1.2.840.10045.2.1");
  private static final ASN1ObjectIdentifier SM2 = new ASN1ObjectIdentifier("1.2.156.10197.1.301");

  private final Sm2KeyPair pair = Sm2KeyPair.generate();

  private static byte[] der(ASN1Encodable value) {
    try {
      return value.toASN1Primitive().getEncoded(ASN1Encoding.DER);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static void assertCode(String code, Runnable r) {
    CryptoException e = assertThrows(CryptoException.class, r::run);
    assertEquals(code, e.errorCode(), e.getMessage());
  }

  @Test
  void spkiBitStringWithUnusedBits_malformedKey() {
    byte[] spki = der(new DERSequence(new ASN1Encodable[] {new AlgorithmIdentifier(EC, SM2),
        new DERBitString(pair.publicKey().toUncompressed(), 1)}));
    assertCode(CryptoException.MALFORMED_KEY, () -> Sm2PublicKey.fromSpkiDer(spki));
  }

  @Test
  void hybridPointEncodings_refused() {
    byte[] uncompressed = pair.publicKey().toUncompressed();
    byte[] hybrid = uncompressed.clone();
    hybrid[0] = (byte) (0x06 | (uncompressed[64] & 1)); // SEC 1 v1 / GB/T 32918.1 §4.2.9 hybrid form
    assertCode(CryptoException.INVALID_PUBLIC_KEY, () -> Sm2PublicKey.fromBytes(hybrid));
    byte[] spki = der(new DERSequence(new ASN1Encodable[] {new AlgorithmIdentifier(EC, SM2), new DERBitString(hybrid)}));
    assertCode(CryptoException.INVALID_PUBLIC_KEY, () -> Sm2PublicKey.fromSpkiDer(spki));
    // The forms SEC 1 v2 §2.3.4 defines still read.
    assertEquals(pair.publicKey(), Sm2PublicKey.fromBytes(uncompressed));
    assertEquals(pair.publicKey(), Sm2PublicKey.fromBytes(pair.publicKey().toCompressed()));
  }

  private static byte[] pkcs8(ASN1Encodable ecPrivateKey) {
    return der(new DERSequence(new ASN1Encodable[] {new ASN1Integer(0), new AlgorithmIdentifier(EC, SM2),
        new DEROctetString(der(ecPrivateKey))}));
  }

  @Test
  void pkcs8_structuresThatLeakedRuntimeExceptions_malformedKey() {
    byte[] d = pair.privateKey().toBytes(SecretKeyAccess.insecureSecretAccess());
    ASN1Encodable[] bad = {
        // ClassCastException before: an INTEGER where the ECPrivateKey SEQUENCE belongs.
        new ASN1Integer(5),
        // ArrayIndexOutOfBoundsException before: an empty ECPrivateKey.
        new DERSequence(),
        // IllegalStateException before: a public key BIT STRING with unused bits.
        new DERSequence(new ASN1Encodable[] {new ASN1Integer(1), new DEROctetString(d),
            new DERTaggedObject(true, 1, new DERBitString(pair.publicKey().toUncompressed(), 3))}),
        // Version other than 1 (RFC 5915 §3).
        new DERSequence(new ASN1Encodable[] {new ASN1Integer(2), new DEROctetString(d)}),
        // A privateKey that is not an OCTET STRING.
        new DERSequence(new ASN1Encodable[] {new ASN1Integer(1), new ASN1Integer(7)}),
    };
    for (ASN1Encodable ec : bad) {
      assertThrows(CryptoException.class, () -> Sm2PrivateKey.fromPkcs8Der(pkcs8(ec)), ec.toString());
    }
    // A PrivateKeyInfo whose privateKey field is not an OCTET STRING at all.
    byte[] noOctets = der(new DERSequence(new ASN1Encodable[] {new ASN1Integer(0), new AlgorithmIdentifier(EC, SM2),
        new ASN1Integer(1)}));
    assertCode(CryptoException.MALFORMED_KEY, () -> Sm2PrivateKey.fromPkcs8Der(noOctets));
    // The well-formed key still reads.
    assertTrue(Sm2PrivateKey.fromPkcs8Der(pair.privateKey().toPkcs8Der(SecretKeyAccess.insecureSecretAccess())).hasSameSecret(pair.privateKey()));
  }

  @Test
  void privateKey_destroy_wipesAndRefusesUse() {
    Sm2PrivateKey key = Sm2PrivateKey.fromPkcs8Der(pair.privateKey().toPkcs8Der(SecretKeyAccess.insecureSecretAccess()));
    Sm2Signer signer = Sm2Signer.create(key);
    byte[] message = {1, 2, 3};
    assertTrue(Sm2Verifier.create(key.publicKey()).isValid(message, signer.sign(message)));
    assertFalse(key.isDestroyed());
    key.destroy();
    assertTrue(key.isDestroyed());
    assertThrows(IllegalStateException.class, () -> signer.sign(message));
    assertThrows(IllegalStateException.class, () -> key.toBytes(SecretKeyAccess.insecureSecretAccess()));
    assertThrows(IllegalStateException.class, () -> key.toPkcs8Der(SecretKeyAccess.insecureSecretAccess()));
    assertEquals(pair.publicKey(), key.publicKey());
    assertFalse(key.toString().isEmpty());
  }

  @Test
  void sm4Key_destroy_wipesAndRefusesUse() {
    Sm4Key key = Sm4Key.fromHex("0123456789abcdeffedcba9876543210");
    byte[] sealed = Sm4Gcm.create(key).encrypt(new byte[] {1});
    key.destroy();
    assertTrue(key.isDestroyed());
    assertThrows(IllegalStateException.class, () -> key.toBytes(SecretKeyAccess.insecureSecretAccess()));
    assertThrows(IllegalStateException.class, () -> Sm4Gcm.create(key).decrypt(sealed));
    Sm4Key again = Sm4Key.fromHex("0123456789abcdeffedcba9876543210");
    assertArrayEquals(new byte[] {1}, Sm4Gcm.create(again).decrypt(sealed));
  }
}
