package io.hdx.security.sm;

import io.hdx.security.SecretKeyAccess;
import io.hdx.security.interop.Sm4Cbc;
import io.hdx.security.interop.Sm4Ctr;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.security.internal.Bytes;
import io.hdx.security.testing.OpenSsl;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Interop with the OpenSSL 3 command line: signatures, ciphertexts, digests and keys made by one
 * side are accepted by the other. Skipped (with a message) where openssl lacks SM2/SM3/SM4.
 */
class OpenSslInteropTest {
  private static final String DEFAULT_ID = "distid:" + Sm2Signer.DEFAULT_USER_ID;
  private static final byte[] MESSAGE =
      "<ClinicalDocument>synthetic document for interop tests, 中文</ClinicalDocument>\n".getBytes(StandardCharsets.UTF_8);

  @TempDir
  Path dir;

  @BeforeEach
  void requireOpenSsl() {
    OpenSsl.assumeSmSupport();
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  private Path write(String name, String text) throws IOException {
    return write(name, text.getBytes(StandardCharsets.US_ASCII));
  }

  private byte[] read(String name) throws IOException {
    return Files.readAllBytes(dir.resolve(name));
  }

  private String readText(String name) throws IOException {
    return new String(read(name), StandardCharsets.US_ASCII);
  }

  @Test
  void hdxSignature_verifiesWithOpenSsl() throws IOException {
    Sm2KeyPair pair = Sm2KeyPair.generate();
    write("pub.pem", pair.publicKey().toPem());
    write("msg", MESSAGE);
    write("sig.der", Sm2Signer.create(pair.privateKey()).sign(MESSAGE));
    OpenSsl.Result ok = OpenSsl.run(dir, "pkeyutl", "-verify", "-rawin", "-digest", "sm3", "-pkeyopt", DEFAULT_ID,
        "-pubin", "-inkey", "pub.pem", "-in", "msg", "-sigfile", "sig.der");
    assertEquals(0, ok.exitCode, ok.stderr + ok.stdoutText());
    assertTrue(ok.stdoutText().contains("Signature Verified Successfully"));

    write("bad", "another message");
    OpenSsl.Result bad = OpenSsl.run(dir, "pkeyutl", "-verify", "-rawin", "-digest", "sm3", "-pkeyopt", DEFAULT_ID,
        "-pubin", "-inkey", "pub.pem", "-in", "bad", "-sigfile", "sig.der");
    assertNotEquals(0, bad.exitCode);
  }

  @Test
  void hdxSignatureWithOtherUserId_verifiesWithOpenSslDistid() throws IOException {
    Sm2KeyPair pair = Sm2KeyPair.generate();
    write("pub.pem", pair.publicKey().toPem());
    write("msg", MESSAGE);
    write("sig.der", Sm2Signer.builder(pair.privateKey()).userId("alice@example.test").build().sign(MESSAGE));
    OpenSsl.ok(dir, "pkeyutl", "-verify", "-rawin", "-digest", "sm3", "-pkeyopt", "distid:alice@example.test",
        "-pubin", "-inkey", "pub.pem", "-in", "msg", "-sigfile", "sig.der");
  }

  @Test
  void openSslSignature_verifiesWithHdx() throws IOException {
    OpenSsl.ok(dir, "genpkey", "-algorithm", "SM2", "-out", "key.pem");
    OpenSsl.ok(dir, "pkey", "-in", "key.pem", "-pubout", "-out", "pub.pem");
    write("msg", MESSAGE);
    OpenSsl.ok(dir, "pkeyutl", "-sign", "-rawin", "-digest", "sm3", "-pkeyopt", DEFAULT_ID,
        "-inkey", "key.pem", "-in", "msg", "-out", "sig.der");
    Sm2PublicKey publicKey = Sm2PublicKey.fromPem(readText("pub.pem"));
    Sm2Verifier.create(publicKey).verify(MESSAGE, read("sig.der"));
    byte[] raw = SignatureEncoding.DER.convert(read("sig.der"), SignatureEncoding.RAW_RS);
    assertTrue(Sm2Verifier.builder(publicKey).encoding(SignatureEncoding.RAW_RS).build().isValid(MESSAGE, raw));
    assertEquals(publicKey, Sm2PrivateKey.fromPem(readText("key.pem")).publicKey());
  }

  @Test
  void keys_pemReadBothWays_sameDer() throws IOException {
    // OpenSSL's key, read by HDX and written again, is byte for byte what OpenSSL wrote.
    OpenSsl.ok(dir, "genpkey", "-algorithm", "SM2", "-out", "openssl-key.pem");
    // (OpenSSL 3.0 "pkey -outform DER" writes SEC 1, not PKCS#8; "pkcs8 -topk8" writes PKCS#8.)
    OpenSsl.ok(dir, "pkcs8", "-topk8", "-nocrypt", "-in", "openssl-key.pem", "-outform", "DER", "-out", "openssl-key.der");
    OpenSsl.ok(dir, "pkey", "-in", "openssl-key.pem", "-pubout", "-outform", "DER", "-out", "openssl-pub.der");
    Sm2PrivateKey key = Sm2PrivateKey.fromPem(readText("openssl-key.pem"));
    assertArrayEquals(read("openssl-key.der"), key.toPkcs8Der(SecretKeyAccess.insecureSecretAccess()));
    assertArrayEquals(read("openssl-pub.der"), key.publicKey().toSpkiDer());

    // HDX's key, read by OpenSSL: same private and public key.
    Sm2KeyPair pair = Sm2KeyPair.generate();
    write("hdx-key.pem", pair.privateKey().toPem(SecretKeyAccess.insecureSecretAccess()));
    OpenSsl.ok(dir, "pkcs8", "-topk8", "-nocrypt", "-in", "hdx-key.pem", "-outform", "DER", "-out", "hdx-key.der");
    OpenSsl.ok(dir, "pkey", "-in", "hdx-key.pem", "-pubout", "-out", "hdx-pub.pem");
    assertArrayEquals(pair.privateKey().toPkcs8Der(SecretKeyAccess.insecureSecretAccess()), read("hdx-key.der"));
    assertEquals(pair.publicKey().toPem(), readText("hdx-pub.pem"));
    OpenSsl.Result text = OpenSsl.ok(dir, "pkey", "-in", "hdx-key.pem", "-noout", "-text");
    assertTrue(text.stdoutText().contains("SM2"), text.stdoutText());
  }

  @Test
  void sm2Encryption_bothWays() throws IOException {
    Sm2KeyPair pair = Sm2KeyPair.generate();
    write("key.pem", pair.privateKey().toPem(SecretKeyAccess.insecureSecretAccess()));
    write("pub.pem", pair.publicKey().toPem());
    byte[] secret = Bytes.fromHexOrNull("00112233445566778899aabbccddeeff");
    write("hdx.ct", Sm2Cipher.create().encrypt(pair.publicKey(), secret));
    OpenSsl.ok(dir, "pkeyutl", "-decrypt", "-inkey", "key.pem", "-in", "hdx.ct", "-out", "hdx.pt");
    assertArrayEquals(secret, read("hdx.pt"));

    write("pt", secret);
    OpenSsl.ok(dir, "pkeyutl", "-encrypt", "-pubin", "-inkey", "pub.pem", "-in", "pt", "-out", "openssl.ct");
    assertArrayEquals(secret, Sm2Cipher.create().decrypt(pair.privateKey(), read("openssl.ct")));
  }

  @Test
  void sm3AndHmacSm3_matchOpenSsl() throws IOException {
    write("msg", MESSAGE);
    assertArrayEquals(Sm3.digest(MESSAGE), OpenSsl.ok(dir, "dgst", "-sm3", "-binary", "msg").stdout);
    byte[] key = Bytes.fromHexOrNull("000102030405060708090a0b0c0d0e0f1011121314151617");
    OpenSsl.Result mac = OpenSsl.ok(dir, "dgst", "-sm3", "-mac", "HMAC", "-macopt", "hexkey:" + Bytes.toHex(key),
        "-binary", "msg");
    assertArrayEquals(HmacSm3.create(key).compute(MESSAGE), mac.stdout);
  }

  @Test
  void sm4Cbc_bothWays() throws IOException {
    Sm4Key key = Sm4Key.generate();
    byte[] iv = Bytes.fromHexOrNull("0f0e0d0c0b0a09080706050403020100");
    String k = Bytes.toHex(key.toBytes(SecretKeyAccess.insecureSecretAccess()));
    write("msg", MESSAGE);
    OpenSsl.ok(dir, "enc", "-sm4-cbc", "-K", k, "-iv", Bytes.toHex(iv), "-in", "msg", "-out", "openssl.ct");
    assertArrayEquals(read("openssl.ct"), Sm4Cbc.create(key).encrypt(iv, MESSAGE));
    assertArrayEquals(MESSAGE, Sm4Cbc.create(key).decrypt(iv, read("openssl.ct")));

    write("hdx.ct", Sm4Cbc.create(key).encrypt(iv, MESSAGE));
    OpenSsl.ok(dir, "enc", "-d", "-sm4-cbc", "-K", k, "-iv", Bytes.toHex(iv), "-in", "hdx.ct", "-out", "hdx.pt");
    assertArrayEquals(MESSAGE, read("hdx.pt"));
  }

  @Test
  void sm4Ctr_bothWays() throws IOException {
    Sm4Key key = Sm4Key.generate();
    // A counter block whose low bytes wrap, to check that the whole block counts.
    byte[] iv = Bytes.fromHexOrNull("00000000000000000000fffffffffffe");
    String k = Bytes.toHex(key.toBytes(SecretKeyAccess.insecureSecretAccess()));
    write("msg", MESSAGE);
    OpenSsl.ok(dir, "enc", "-sm4-ctr", "-K", k, "-iv", Bytes.toHex(iv), "-in", "msg", "-out", "openssl.ct");
    assertArrayEquals(read("openssl.ct"), Sm4Ctr.create(key).encrypt(iv, MESSAGE));
    write("hdx.ct", Sm4Ctr.create(key).encrypt(iv, MESSAGE));
    OpenSsl.ok(dir, "enc", "-d", "-sm4-ctr", "-K", k, "-iv", Bytes.toHex(iv), "-in", "hdx.ct", "-out", "hdx.pt");
    assertArrayEquals(MESSAGE, read("hdx.pt"));
  }
}
