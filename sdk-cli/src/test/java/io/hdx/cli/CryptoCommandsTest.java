package io.hdx.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.security.cert.Sm2Certificate;
import io.hdx.security.sm.Sm2PrivateKey;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The keygen, sign, verify, encrypt and decrypt verbs, run through {@link Hdx#run}. */
class CryptoCommandsTest {
  private static final byte[] DOCUMENT =
      "<ClinicalDocument>synthetic 门诊 document</ClinicalDocument>\n".getBytes(StandardCharsets.UTF_8);

  @TempDir
  Path dir;
  Path keys;
  Path doc;

  static final class Run {
    final int code;
    final String out;
    final String err;

    Run(int code, String out, String err) {
      this.code = code;
      this.out = out;
      this.err = err;
    }
  }

  static Run hdx(Object... args) {
    List<String> list = new ArrayList<>();
    for (Object a : args) {
      list.add(a.toString());
    }
    return hdx(new Hdx(), list);
  }

  /** Runs {@code hdx} on a console that is not a terminal and collects what it wrote. */
  static Run hdx(Hdx hdx, List<String> args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = hdx.run(args, new Console(out, err, false));
    return new Run(code, new String(out.toByteArray(), StandardCharsets.UTF_8),
        new String(err.toByteArray(), StandardCharsets.UTF_8));
  }

  @BeforeEach
  void keysAndDocument() throws IOException {
    keys = dir.resolve("keys");
    Run run = hdx("keygen", "--out", keys, "--subject", "C=CN,O=HDX Test,CN=CLI Signer", "--sm4");
    assertEquals(0, run.code, run.err);
    doc = Files.write(dir.resolve("doc.xml"), DOCUMENT);
  }

  private Path key(String name) {
    return keys.resolve(name);
  }

  @Test
  void keygen_writesReadableFiles() throws IOException {
    Sm2PrivateKey privateKey = Sm2PrivateKey.fromPem(new String(Files.readAllBytes(key("sm2-private.pem")),
        StandardCharsets.US_ASCII));
    Sm2Certificate cert = Sm2Certificate.fromPem(new String(Files.readAllBytes(key("sm2-cert.pem")),
        StandardCharsets.US_ASCII));
    assertEquals(privateKey.publicKey(), cert.publicKey());
    assertTrue(cert.isSelfSigned());
    assertEquals("C=CN,O=HDX Test,CN=CLI Signer", cert.subject());
    assertTrue(new String(Files.readAllBytes(key("sm2-public.pem")), StandardCharsets.US_ASCII)
        .startsWith("-----BEGIN PUBLIC KEY-----"));
    assertEquals(33, Files.size(key("sm4.key")));
    try {
      assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
          Files.getPosixFilePermissions(key("sm2-private.pem"))));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system
    }
  }

  @Test
  void keygen_existingFiles_refusedWithoutForce() {
    Run again = hdx("keygen", "--out", keys);
    assertEquals(2, again.code);
    assertTrue(again.err.contains("exists; use --force"), again.err);
    assertEquals(0, hdx("keygen", "--out", keys, "--force").code);
  }

  @Test
  void signVerify_cms_valid() {
    Path sig = dir.resolve("doc.p7s");
    Run sign = hdx("sign", "--key", key("sm2-private.pem"), "--cert", key("sm2-cert.pem"), doc, "--out", sig);
    assertEquals(0, sign.code, sign.err);
    assertEquals("SIGNED " + doc + " cms " + sig, sign.out.trim());
    Run verify = hdx("verify", "--cert", key("sm2-cert.pem"), doc, sig);
    assertEquals(0, verify.code, verify.out + verify.err);
    assertEquals("VALID " + doc + " cms", verify.out.trim());
    assertEquals(0, hdx("verify", "--pub", key("sm2-public.pem"), doc, sig).code);
    assertEquals(0, hdx("verify", "--pub", key("sm2-cert.pem"), doc, sig, "--format", "cms").code);
  }

  @Test
  void signVerify_cmsWithPkcs7Oids_validAndReadBack() throws IOException {
    Path sig = dir.resolve("doc-pkcs7.p7s");
    Run sign = hdx("sign", "--key", key("sm2-private.pem"), "--cert", key("sm2-cert.pem"), doc, "--out", sig,
        "--oids", "pkcs7");
    assertEquals(0, sign.code, sign.err);
    byte[] der = Files.readAllBytes(sig);
    // ContentInfo { contentType 1.2.840.113549.1.7.2 (06 09 2A 86 48 86 F7 0D 01 07 02) ... }
    String hex = CryptoFiles.hex(der);
    assertTrue(hex.contains("06092a864886f70d010702"), "PKCS #7 signedData OID");
    assertFalse(hex.contains("060a2a811ccf550601040202"), "no GM/T 0010 content-type OID");
    Run verify = hdx("verify", "--cert", key("sm2-cert.pem"), doc, sig);
    assertEquals(0, verify.code, verify.out + verify.err);
    assertEquals("VALID " + doc + " cms", verify.out.trim());
    Path gm = dir.resolve("doc-gm.p7s");
    assertEquals(0, hdx("sign", "--key", key("sm2-private.pem"), "--cert", key("sm2-cert.pem"), doc, "--out", gm,
        "--oids", "gmt0010").code);
    assertTrue(CryptoFiles.hex(Files.readAllBytes(gm)).contains("060a2a811ccf550601040202"), "GM/T 0010 signedData OID");
    assertEquals(2, hdx("sign", "--key", key("sm2-private.pem"), "--cert", key("sm2-cert.pem"), doc, "--out", sig,
        "--oids", "x509").code);
    assertEquals(2, hdx("sign", "--key", key("sm2-private.pem"), doc, "--out", sig, "--format", "raw-der",
        "--oids", "pkcs7").code);
  }

  @Test
  void verify_changedDocument_invalidExit1() throws IOException {
    Path sig = dir.resolve("doc.p7s");
    hdx("sign", "--key", key("sm2-private.pem"), "--cert", key("sm2-cert.pem"), doc, "--out", sig);
    Path changed = Files.write(dir.resolve("changed.xml"), "<ClinicalDocument/>".getBytes(StandardCharsets.UTF_8));
    Run verify = hdx("verify", "--cert", key("sm2-cert.pem"), changed, sig);
    assertEquals(1, verify.code);
    assertTrue(verify.out.startsWith("INVALID " + changed + " cms CRYPTO-0502"), verify.out);
    assertFalse(verify.out.contains("ClinicalDocument"));
  }

  @Test
  void signVerify_rawForms_validAndDetected() throws IOException {
    for (String format : Arrays.asList("raw-der", "raw-rs")) {
      Path sig = dir.resolve("doc." + format);
      assertEquals(0, hdx("sign", "--key", key("sm2-private.pem"), doc, "--out", sig, "--format", format).code);
      if (format.equals("raw-rs")) {
        assertEquals(64, Files.size(sig));
      }
      Run verify = hdx("verify", "--pub", key("sm2-public.pem"), doc, sig);
      assertEquals("VALID " + doc + " " + format, verify.out.trim(), verify.err);
      assertEquals(0, hdx("verify", "--cert", key("sm2-cert.pem"), doc, sig, "--format", format).code);
    }
  }

  @Test
  void signVerify_userId_mustMatch() {
    Path sig = dir.resolve("doc.sig");
    assertEquals(0, hdx("sign", "--key", key("sm2-private.pem"), doc, "--out", sig, "--format", "raw-der",
        "--id", "alice@example.test").code);
    assertEquals(1, hdx("verify", "--pub", key("sm2-public.pem"), doc, sig).code);
    assertEquals(0, hdx("verify", "--pub", key("sm2-public.pem"), doc, sig, "--id", "alice@example.test").code);
  }

  @Test
  void verify_unreadableInputs_exit2() throws IOException {
    assertEquals(2, hdx("verify", "--pub", key("sm2-public.pem"), doc, dir.resolve("missing.sig")).code);
    Path junk = Files.write(dir.resolve("junk.sig"), new byte[] {1, 2, 3});
    Run run = hdx("verify", "--pub", key("sm2-public.pem"), doc, junk);
    assertEquals(2, run.code);
    assertTrue(run.err.contains("not a CMS, DER or r||s SM2 signature"), run.err);
    assertEquals(2, hdx("verify", "--pub", doc, doc, junk).code);
    assertEquals(2, hdx("verify", doc, junk).code);
    assertEquals(2, hdx("sign", "--key", key("sm2-private.pem"), doc, "--out", junk).code); // cms needs --cert
  }

  @Test
  void verify_malformedForcedFormat_invalidExit1() throws IOException {
    Path junk = Files.write(dir.resolve("junk.sig"), new byte[64]);
    Run run = hdx("verify", "--pub", key("sm2-public.pem"), doc, junk, "--format", "raw-rs");
    assertEquals(1, run.code);
    assertTrue(run.out.startsWith("INVALID " + doc + " raw-rs CRYPTO-0201"), run.out);
  }

  @Test
  void encryptDecrypt_sm4Gcm_roundTrip() throws IOException {
    Path enc = dir.resolve("doc.enc");
    Path back = dir.resolve("doc.back");
    assertEquals(0, hdx("encrypt", "--key-file", key("sm4.key"), doc, "--out", enc).code);
    assertEquals(DOCUMENT.length + 28, Files.size(enc));
    Run decrypt = hdx("decrypt", "--key-file", key("sm4.key"), enc, "--out", back);
    assertEquals(0, decrypt.code, decrypt.err);
    assertArrayEquals(DOCUMENT, Files.readAllBytes(back));

    byte[] tampered = Files.readAllBytes(enc);
    tampered[20] ^= 1;
    Files.write(enc, tampered);
    Path never = dir.resolve("never");
    Run failed = hdx("decrypt", "--key-file", key("sm4.key"), enc, "--out", never);
    assertEquals(1, failed.code);
    assertTrue(failed.err.contains("CRYPTO-0302"), failed.err);
    assertFalse(Files.exists(never));
  }

  @Test
  void encryptDecrypt_sm2AllFormats_roundTrip() throws IOException {
    for (String format : Arrays.asList("c1c3c2", "c1c2c3")) {
      for (String encoding : Arrays.asList("der", "raw")) {
        Path enc = dir.resolve("doc." + format + "." + encoding);
        Path back = dir.resolve("back." + format + "." + encoding);
        assertEquals(0, hdx("encrypt", "--pub", key("sm2-cert.pem"), doc, "--out", enc, "--format", format,
            "--encoding", encoding).code);
        Run run = hdx("decrypt", "--key", key("sm2-private.pem"), enc, "--out", back, "--format", format,
            "--encoding", encoding);
        assertEquals(0, run.code, run.err);
        assertArrayEquals(DOCUMENT, Files.readAllBytes(back));
      }
    }
    Path enc = dir.resolve("doc.c1c3c2.raw");
    assertEquals(1, hdx("decrypt", "--key", key("sm2-private.pem"), enc, "--out", dir.resolve("x"),
        "--format", "c1c2c3", "--encoding", "raw").code);
  }

  @Test
  void encrypt_optionMistakes_usageErrors() {
    assertEquals(2, hdx("encrypt", doc, "--out", dir.resolve("x")).code);
    assertEquals(2, hdx("encrypt", "--key-file", key("sm4.key"), doc, "--out", dir.resolve("x"), "--format", "c1c2c3").code);
    assertEquals(2, hdx("encrypt", "--pub", key("sm2-public.pem"), doc, "--out", dir.resolve("x"), "--format", "c3c2c1").code);
    assertEquals(2, hdx("decrypt", "--key-file", key("sm2-public.pem"), doc, "--out", dir.resolve("x")).code);
  }

  @Test
  void help_listsCryptoVerbs() {
    Run help = hdx("help");
    for (String verb : Arrays.asList("keygen", "sign", "verify", "encrypt", "decrypt")) {
      assertTrue(help.out.contains("hdx " + verb + " "), help.out);
    }
  }
}
