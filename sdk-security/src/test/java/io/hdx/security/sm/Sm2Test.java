package io.hdx.security.sm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.security.SecretKeyAccess;
import io.hdx.security.CryptoException;
import io.hdx.security.internal.Bytes;
import io.hdx.security.internal.KSource;
import io.hdx.security.internal.Sm2Domain;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * SM2 on the recommended curve against the worked examples of GM/T 0003.5-2012 / GB/T 32918.5-2017
 * (Annex A: signature on "message digest" with ID 1234567812345678; Annex C: encryption of
 * "encryption standard"), as reproduced in OpenSSL's test/sm2_internal_test.c. The examples in
 * GB/T 32918.2/.4 Appendix A use a test curve and are not used here.
 */
class Sm2Test {
  static final String D = "3945208F7B2144B13F36E38AC6D39F95889393692860B51A42FB81EF4DF7C5B8";
  static final String PUBLIC_X = "09F9DF311E5421A150DD7D161E4BC5C672179FAD1833FC076BB08FF356F35020";
  static final String PUBLIC_Y = "CCEA490CE26775A52DC6EA718CC1AA600AED05FBF35E084A6632F6072DA9AD13";
  static final String K = "59276E27D506861A16680F3AD9C02DCCEF3CC1FA3CDBE4CE6D54B80DEAC1BC21";
  static final String R = "F5A03B0648D2C4630EEAC513E1BB81A15944DA3827D5B74143AC7EACEEE720B3";
  static final String S = "B1B6AA29DF212FD8763182BC0D421CA1BB9038FD1F7F42D4840B69C485BBC1AA";
  static final String Z = "B2E14C5C79C6DF5B85F4FE7ED8DB7A262B9DA7E07CCB0EA9F4747B8CCDA8A4F3";
  static final String CIPHERTEXT_DER = "307C"
      + "022004EBFC718E8D1798620432268E77FEB6415E2EDE0E073C0F4F640ECD2E149A73"
      + "022100E858F9D81E5430A57B36DAAB8F950A3C64E6EE6A63094D99283AFF767E124DF0"
      + "042059983C18F809E262923C53AEC295D30383B54E39D609D160AFCB1908D0BD8766"
      + "041321886CA989CA9C7D58087307CA93092D651EFA";

  private static final KSource FIXED_K = () -> new BigInteger(K, 16);

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  private static String upper(byte[] bytes) {
    return Bytes.toHex(bytes).toUpperCase(java.util.Locale.ROOT);
  }

  @Test
  void publicKey_gmt00035Example_derivedFromPrivate() {
    Sm2PrivateKey key = Sm2PrivateKey.fromHex(D);
    assertEquals("04" + PUBLIC_X + PUBLIC_Y, upper(key.publicKey().toUncompressed()));
  }

  @Test
  void z_gmt00035ExampleDefaultId_matches() {
    Sm2PublicKey key = Sm2PublicKey.fromHex("04" + PUBLIC_X + PUBLIC_Y);
    assertEquals(Z, upper(key.z(ascii("1234567812345678"))));
  }

  @Test
  void sign_gmt00035AnnexAWithFixedK_matchesRs() {
    Sm2PrivateKey key = Sm2PrivateKey.fromHex(D);
    byte[] raw = Sm2Signer.builder(key).encoding(SignatureEncoding.RAW_RS).kSourceForTesting(FIXED_K)
        .build().sign(ascii("message digest"));
    assertEquals(R + S, upper(raw));
    byte[] der = Sm2Signer.builder(key).kSourceForTesting(FIXED_K).build().sign(ascii("message digest"));
    assertEquals("3046022100" + R + "022100" + S, upper(der));
  }

  @Test
  void verify_gmt00035AnnexASignature_valid() {
    Sm2PublicKey key = Sm2PublicKey.fromHex("04" + PUBLIC_X + PUBLIC_Y);
    Sm2Verifier verifier = Sm2Verifier.builder(key).encoding(SignatureEncoding.RAW_RS).build();
    verifier.verify(ascii("message digest"), Bytes.fromHexOrNull(R + S));
    assertFalse(verifier.isValid(ascii("message digesT"), Bytes.fromHexOrNull(R + S)));
  }

  @Test
  void encrypt_gmt00035AnnexCWithFixedK_matchesDer() {
    Sm2PublicKey key = Sm2PublicKey.fromHex("04" + PUBLIC_X + PUBLIC_Y);
    byte[] der = Sm2Cipher.builder().kSourceForTesting(FIXED_K).build()
        .encrypt(key, ascii("encryption standard"));
    assertEquals(CIPHERTEXT_DER, upper(der));
  }

  @Test
  void encrypt_gmt00035AnnexCRawLayouts_matchParts() {
    Sm2PublicKey key = Sm2PublicKey.fromHex("04" + PUBLIC_X + PUBLIC_Y);
    String c1 = "04" + "04EBFC718E8D1798620432268E77FEB6415E2EDE0E073C0F4F640ECD2E149A73"
        + "E858F9D81E5430A57B36DAAB8F950A3C64E6EE6A63094D99283AFF767E124DF0";
    String c3 = "59983C18F809E262923C53AEC295D30383B54E39D609D160AFCB1908D0BD8766";
    String c2 = "21886CA989CA9C7D58087307CA93092D651EFA";
    Sm2Cipher c1c3c2 = Sm2Cipher.builder().encoding(CiphertextEncoding.RAW).kSourceForTesting(FIXED_K).build();
    Sm2Cipher c1c2c3 = Sm2Cipher.builder().encoding(CiphertextEncoding.RAW).layout(CiphertextLayout.C1C2C3)
        .kSourceForTesting(FIXED_K).build();
    assertEquals(c1 + c3 + c2, upper(c1c3c2.encrypt(key, ascii("encryption standard"))));
    assertEquals(c1 + c2 + c3, upper(c1c2c3.encrypt(key, ascii("encryption standard"))));
  }

  @Test
  void decrypt_gmt00035AnnexCCiphertext_givesPlaintext() {
    Sm2PrivateKey key = Sm2PrivateKey.fromHex(D);
    assertArrayEquals(ascii("encryption standard"),
        Sm2Cipher.create().decrypt(key, Bytes.fromHexOrNull(CIPHERTEXT_DER)));
  }

  @Test
  void convert_derToRawAndBack_lossless() {
    Sm2Cipher der = Sm2Cipher.create();
    Sm2Cipher raw12 = Sm2Cipher.builder().encoding(CiphertextEncoding.RAW).layout(CiphertextLayout.C1C2C3).build();
    byte[] original = Bytes.fromHexOrNull(CIPHERTEXT_DER);
    byte[] raw = der.convertTo(raw12, original);
    assertArrayEquals(original, raw12.convertTo(der, raw));
    assertArrayEquals(ascii("encryption standard"), raw12.decrypt(Sm2PrivateKey.fromHex(D), raw));
  }

  // ---- malformed signatures: always CryptoException, never anything else

  private static Sm2Verifier derVerifier() {
    return Sm2Verifier.create(Sm2PrivateKey.fromHex(D).publicKey());
  }

  private static void assertMalformed(Sm2Verifier verifier, String hex) {
    CryptoException e = assertThrows(CryptoException.class,
        () -> verifier.verify(ascii("message digest"), Bytes.fromHexOrNull(hex)));
    assertEquals(CryptoException.MALFORMED_SIGNATURE, e.errorCode(), hex);
    assertFalse(verifier.isValid(ascii("message digest"), Bytes.fromHexOrNull(hex)));
  }

  @Test
  void verify_malformedDer_rejected() {
    Sm2Verifier v = derVerifier();
    String n = Sm2Domain.N.toString(16).toUpperCase(java.util.Locale.ROOT);
    assertMalformed(v, "");
    assertMalformed(v, "30");
    assertMalformed(v, "3006020101020101FF"); // trailing byte
    assertMalformed(v, "300602010002010A"); // r = 0
    assertMalformed(v, "3006020101020100"); // s = 0
    assertMalformed(v, "30060201FF020101"); // r negative
    assertMalformed(v, "3007020200010201" + "01"); // r non-minimal
    assertMalformed(v, "3026022100" + n + "020101"); // r = n
    assertMalformed(v, "3147022100" + R + "022100" + S); // SET instead of SEQUENCE
    assertMalformed(v, "3045022100" + R + "022100" + S); // wrong outer length
    assertMalformed(v, "3046032100" + R + "022100" + S); // BIT STRING instead of INTEGER
    assertMalformed(v, "308146022100" + R + "022100" + S); // long-form length
  }

  @Test
  void verify_malformedRaw_rejected() {
    Sm2Verifier v = Sm2Verifier.builder(Sm2PrivateKey.fromHex(D).publicKey())
        .encoding(SignatureEncoding.RAW_RS).build();
    String n = Sm2Domain.N.toString(16);
    assertMalformed(v, R + S + "00");
    assertMalformed(v, R + S.substring(2));
    assertMalformed(v, n + S);
    assertMalformed(v, R + "0000000000000000000000000000000000000000000000000000000000000000");
    assertMalformed(v, "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF" + S);
  }

  @Test
  void verify_wellFormedButWrong_isSignatureInvalid() {
    CryptoException e = assertThrows(CryptoException.class,
        () -> derVerifier().verify(ascii("message digest"), Bytes.fromHexOrNull("3006020101020101")));
    assertEquals(CryptoException.SIGNATURE_INVALID, e.errorCode());
  }

  @Test
  void signatureEncoding_convert_lossless() {
    byte[] raw = Bytes.fromHexOrNull(R + S);
    byte[] der = SignatureEncoding.RAW_RS.convert(raw, SignatureEncoding.DER);
    assertEquals("3046022100" + R + "022100" + S, upper(der));
    assertArrayEquals(raw, SignatureEncoding.DER.convert(der, SignatureEncoding.RAW_RS));
  }

  // ---- keys

  @Test
  void privateKey_pkcs8AndPemRoundTrip_sameKey() {
    Sm2KeyPair pair = Sm2KeyPair.generate();
    Sm2PrivateKey back = Sm2PrivateKey.fromPem(pair.privateKey().toPem(SecretKeyAccess.insecureSecretAccess()));
    assertTrue(back.hasSameSecret(pair.privateKey()));
    assertEquals(pair.publicKey(), back.publicKey());
    assertTrue(Sm2PrivateKey.fromPkcs8Der(pair.privateKey().toPkcs8Der(SecretKeyAccess.insecureSecretAccess())).hasSameSecret(back));
    assertTrue(Sm2PrivateKey.fromBytes(pair.privateKey().toBytes(SecretKeyAccess.insecureSecretAccess())).hasSameSecret(back));
    assertTrue(pair.privateKey().toPem(SecretKeyAccess.insecureSecretAccess()).startsWith("-----BEGIN PRIVATE KEY-----\n"));
  }

  @Test
  void publicKey_allFormsRoundTrip_equal() {
    Sm2PublicKey key = Sm2KeyPair.generate().publicKey();
    assertEquals(key, Sm2PublicKey.fromPem(key.toPem()));
    assertEquals(key, Sm2PublicKey.fromSpkiDer(key.toSpkiDer()));
    assertEquals(key, Sm2PublicKey.fromBytes(key.toUncompressed()));
    assertEquals(key, Sm2PublicKey.fromBytes(key.toCompressed()));
    assertEquals(key, Sm2PublicKey.fromBytes(java.util.Arrays.copyOfRange(key.toUncompressed(), 1, 65)));
    assertEquals(key.hashCode(), Sm2PublicKey.fromPem(key.toPem()).hashCode());
  }

  @Test
  void publicKey_pointNotOnCurve_rejected() {
    String badY = PUBLIC_Y.substring(0, 63) + "4";
    CryptoException e = assertThrows(CryptoException.class, () -> Sm2PublicKey.fromHex("04" + PUBLIC_X + badY));
    assertEquals(CryptoException.INVALID_PUBLIC_KEY, e.errorCode());
    assertThrows(CryptoException.class, () -> Sm2PublicKey.fromBytes(new byte[65]));
    assertThrows(CryptoException.class, () -> Sm2PublicKey.fromBytes(new byte[10]));
    assertThrows(CryptoException.class, () -> Sm2PublicKey.fromSpkiDer(new byte[] {0x30, 0x00}));
    assertThrows(CryptoException.class, () -> Sm2PublicKey.fromPem("nothing"));
  }

  @Test
  void privateKey_outOfRangeOrMalformed_rejected() {
    assertThrows(CryptoException.class, () -> Sm2PrivateKey.fromBytes(new byte[32]));
    String nMinus1 = Sm2Domain.N.subtract(BigInteger.ONE).toString(16);
    assertThrows(CryptoException.class, () -> Sm2PrivateKey.fromHex(nMinus1));
    assertThrows(CryptoException.class, () -> Sm2PrivateKey.fromBytes(new byte[31]));
    assertThrows(CryptoException.class, () -> Sm2PrivateKey.fromPkcs8Der(new byte[] {0x30, 0x03, 0x02, 0x01, 0x00}));
    assertThrows(CryptoException.class, () -> Sm2PrivateKey.fromPem("-----BEGIN PRIVATE KEY-----\n!!\n-----END PRIVATE KEY-----\n"));
  }

  @Test
  void privateKey_secretNeverInTextOrErrors() {
    Sm2PrivateKey key = Sm2PrivateKey.fromHex(D);
    String d = D.toLowerCase(java.util.Locale.ROOT);
    assertFalse(key.toString().toLowerCase(java.util.Locale.ROOT).contains(d.substring(0, 16)));
    assertFalse(Sm2KeyPair.of(key).toString().toLowerCase(java.util.Locale.ROOT).contains(d.substring(0, 16)));
    assertFalse(Sm2Signer.create(key).toString().toLowerCase(java.util.Locale.ROOT).contains(d.substring(0, 16)));
    CryptoException e = assertThrows(CryptoException.class,
        () -> Sm2Cipher.create().decrypt(key, Sm2Cipher.create().encrypt(Sm2KeyPair.generate().publicKey(),
            ascii("secret plaintext"))));
    assertEquals(CryptoException.DECRYPTION_FAILED, e.errorCode());
    assertFalse(e.getMessage().contains("secret"));
    assertFalse(e.getMessage().toLowerCase(java.util.Locale.ROOT).contains(d.substring(0, 16)));
  }

  @Test
  void signer_userIdMismatch_fails() {
    Sm2KeyPair pair = Sm2KeyPair.generate();
    byte[] sig = Sm2Signer.builder(pair.privateKey()).userId("alice@example.test").build().sign(ascii("m"));
    assertFalse(Sm2Verifier.create(pair.publicKey()).isValid(ascii("m"), sig));
    assertTrue(Sm2Verifier.builder(pair.publicKey()).userId("alice@example.test").build().isValid(ascii("m"), sig));
  }

  @Test
  void decrypt_malformed_rejectedWithCryptoException() {
    Sm2PrivateKey key = Sm2PrivateKey.fromHex(D);
    Sm2Cipher raw = Sm2Cipher.builder().encoding(CiphertextEncoding.RAW).build();
    for (String hex : new String[] {"", "04", "0500", "30", "3000", "300602010102010104000400"}) {
      assertThrows(CryptoException.class, () -> Sm2Cipher.create().decrypt(key, Bytes.fromHexOrNull(hex)), hex);
      assertThrows(CryptoException.class, () -> raw.decrypt(key, Bytes.fromHexOrNull(hex)), hex);
    }
    assertThrows(IllegalArgumentException.class, () -> Sm2Cipher.create().encrypt(key.publicKey(), new byte[0]));
  }
}
