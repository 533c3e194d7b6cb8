package io.hdx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI's acceptance test from the sdk-security issue: a signature made with
 * {@code hdx sign --format raw-der} verifies with {@code openssl}, and the other way round.
 * Skipped (with a message) when openssl with SM2 is not on the PATH.
 */
class CryptoCommandsOpenSslTest {
  private static final String DISTID = "distid:1234567812345678";

  @TempDir
  Path dir;

  private int openssl(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(System.getProperty("hdx.openssl", "openssl"));
    command.addAll(Arrays.asList(args));
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(dir.resolve("openssl.log").toFile()).start();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      return -1;
    }
    return p.exitValue();
  }

  @BeforeEach
  void requireOpenSslWithSm2() throws InterruptedException {
    int rc;
    try {
      rc = openssl("genpkey", "-algorithm", "SM2", "-out", "probe.pem");
    } catch (IOException e) {
      rc = -1;
    }
    Assumptions.assumeTrue(rc == 0, "openssl with SM2 support not found on PATH: CLI interop test skipped");
  }

  @Test
  void hdxRawDer_verifiesWithOpenSsl() throws Exception {
    assertEquals(0, CryptoCommandsTest.hdx("keygen", "--out", dir.resolve("k")).code);
    Files.write(dir.resolve("doc.xml"), "<ClinicalDocument/>\n".getBytes(StandardCharsets.UTF_8));
    CryptoCommandsTest.Run sign = CryptoCommandsTest.hdx("sign", "--key", dir.resolve("k/sm2-private.pem"),
        dir.resolve("doc.xml"), "--out", dir.resolve("doc.sig"), "--format", "raw-der");
    assertEquals(0, sign.code, sign.err);
    int rc = openssl("pkeyutl", "-verify", "-rawin", "-digest", "sm3", "-pkeyopt", DISTID, "-pubin",
        "-inkey", "k/sm2-public.pem", "-in", "doc.xml", "-sigfile", "doc.sig");
    assertEquals(0, rc, new String(Files.readAllBytes(dir.resolve("openssl.log")), StandardCharsets.UTF_8));
    assertTrue(new String(Files.readAllBytes(dir.resolve("openssl.log")), StandardCharsets.UTF_8)
        .contains("Signature Verified Successfully"));
  }

  /**
   * What OpenSSL 3.0 makes of hdx's CMS (README "Signatures and other tools"): with GM/T 0010's OIDs it does not
   * recognise the message at all ("content type not signed data"); with {@code --oids pkcs7} it parses it, finds
   * the signer and its certificate and checks the SM2 signature, which then fails because OpenSSL 3.0's CMS code
   * computes SM2's Z with an empty user ID, not GM/T 0009's default 1234567812345678 that GM/T 0010 prescribes
   * (the same signed attributes re-signed with an empty ID verify there: checked by hand, 2026-12-05).
   */
  @Test
  void hdxCms_openSsl30_pkcs7OidsParsedGmt0010Not() throws Exception {
    assertEquals(0, CryptoCommandsTest.hdx("keygen", "--out", dir.resolve("k")).code);
    Files.write(dir.resolve("doc.xml"), "<ClinicalDocument/>\n".getBytes(StandardCharsets.UTF_8));
    assertEquals(0, CryptoCommandsTest.hdx("sign", "--key", dir.resolve("k/sm2-private.pem"), "--cert",
        dir.resolve("k/sm2-cert.pem"), dir.resolve("doc.xml"), "--out", dir.resolve("pkcs7.p7s"), "--oids", "pkcs7")
        .code);
    assertEquals(0, CryptoCommandsTest.hdx("sign", "--key", dir.resolve("k/sm2-private.pem"), "--cert",
        dir.resolve("k/sm2-cert.pem"), dir.resolve("doc.xml"), "--out", dir.resolve("gm.p7s")).code);
    openssl("cms", "-verify", "-binary", "-inform", "DER", "-in", "gm.p7s", "-content", "doc.xml",
        "-CAfile", "k/sm2-cert.pem", "-purpose", "any", "-out", "verified-gm.xml");
    String gm = new String(Files.readAllBytes(dir.resolve("openssl.log")), StandardCharsets.UTF_8);
    assertTrue(gm.contains("content type not signed data"), gm);
    int rc = openssl("cms", "-verify", "-binary", "-inform", "DER", "-in", "pkcs7.p7s", "-content", "doc.xml",
        "-CAfile", "k/sm2-cert.pem", "-purpose", "any", "-out", "verified.xml");
    String pkcs7 = new String(Files.readAllBytes(dir.resolve("openssl.log")), StandardCharsets.UTF_8);
    if (rc != 0) {
      assertFalse(pkcs7.contains("content type not signed data"), pkcs7);
      assertTrue(pkcs7.contains("CMS_SignerInfo_verify"), "parsed, signer found, the SM2 check failed: " + pkcs7);
    } // an OpenSSL whose CMS uses the default SM2 user ID verifies it
  }

  @Test
  void openSslSignature_verifiesWithHdx() throws Exception {
    Files.write(dir.resolve("doc.xml"), "<ClinicalDocument/>\n".getBytes(StandardCharsets.UTF_8));
    assertEquals(0, openssl("genpkey", "-algorithm", "SM2", "-out", "key.pem"));
    assertEquals(0, openssl("pkey", "-in", "key.pem", "-pubout", "-out", "pub.pem"));
    assertEquals(0, openssl("pkeyutl", "-sign", "-rawin", "-digest", "sm3", "-pkeyopt", DISTID, "-inkey", "key.pem",
        "-in", "doc.xml", "-out", "doc.sig"));
    CryptoCommandsTest.Run verify = CryptoCommandsTest.hdx("verify", "--pub", dir.resolve("pub.pem"),
        dir.resolve("doc.xml"), dir.resolve("doc.sig"));
    assertEquals(0, verify.code, verify.out + verify.err);
    assertEquals("VALID " + dir.resolve("doc.xml") + " raw-der", verify.out.trim());
    // And the OpenSSL private key signs with hdx.
    assertEquals(0, CryptoCommandsTest.hdx("sign", "--key", dir.resolve("key.pem"), dir.resolve("doc.xml"),
        "--out", dir.resolve("hdx.sig"), "--format", "raw-der").code);
    assertEquals(0, openssl("pkeyutl", "-verify", "-rawin", "-digest", "sm3", "-pkeyopt", DISTID, "-pubin",
        "-inkey", "pub.pem", "-in", "doc.xml", "-sigfile", "hdx.sig"));
  }

  @Test
  void hdxSm2Encryption_decryptsWithOpenSsl() throws Exception {
    assertEquals(0, CryptoCommandsTest.hdx("keygen", "--out", dir.resolve("k")).code);
    Files.write(dir.resolve("secret.txt"), "synthetic secret".getBytes(StandardCharsets.UTF_8));
    assertEquals(0, CryptoCommandsTest.hdx("encrypt", "--pub", dir.resolve("k/sm2-public.pem"),
        dir.resolve("secret.txt"), "--out", dir.resolve("secret.enc")).code);
    assertEquals(0, openssl("pkeyutl", "-decrypt", "-inkey", "k/sm2-private.pem", "-in", "secret.enc",
        "-out", "secret.out"));
    assertEquals("synthetic secret", new String(Files.readAllBytes(dir.resolve("secret.out")), StandardCharsets.UTF_8));
  }
}
