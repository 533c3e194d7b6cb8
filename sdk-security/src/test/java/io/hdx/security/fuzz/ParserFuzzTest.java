package io.hdx.security.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.security.SecretKeyAccess;
import io.hdx.security.CryptoException;
import io.hdx.security.cert.Sm2Certificate;
import io.hdx.security.cert.TrustAnchors;
import io.hdx.security.cms.Sm2CmsEnvelope;
import io.hdx.security.cms.Sm2CmsSigner;
import io.hdx.security.cms.Sm2CmsVerifier;
import io.hdx.security.internal.Bytes;
import io.hdx.security.internal.Pem;
import io.hdx.security.sign.DocumentVerifier;
import io.hdx.security.sm.Sm2PrivateKey;
import io.hdx.security.sm.Sm2PublicKey;
import io.hdx.security.testing.TestPki;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 item 4: every public parser of keys, certificates and CMS, fed mutated DER (bit flips,
 * truncation, length-byte edits, tag swaps, inserted and removed bytes), throws nothing but
 * {@link CryptoException} and takes at most a second per input.
 *
 * <p>Fixed seed ({@code -Dhdx.fuzz.seed}, default {@value #DEFAULT_SEED}). Inputs per class:
 * {@code -Dhdx.fuzz.inputs}, {@value #DEFAULT_INPUTS} by default (the CI run);
 * {@code mvn -Pfuzz-long} runs 20,000 per class. A failure prints the class, the input number and
 * the input as hexadecimal, so it can be replayed.
 */
class ParserFuzzTest {
  static final long DEFAULT_SEED = 20261204L;
  static final int DEFAULT_INPUTS = 1500;
  private static final long MAX_NANOS_PER_INPUT = 1_000_000_000L;

  private static final TestPki PKI = new TestPki();
  private static final byte[] DOCUMENT = "<ClinicalDocument>synthetic</ClinicalDocument>".getBytes(StandardCharsets.UTF_8);

  private static long seed() {
    return Long.getLong("hdx.fuzz.seed", DEFAULT_SEED);
  }

  private static int inputs() {
    return Integer.getInteger("hdx.fuzz.inputs", DEFAULT_INPUTS);
  }

  /** DER tags worth swapping in: the universal ones these structures use and context tags. */
  private static final int[] TAGS = {0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x0c, 0x13, 0x17, 0x18, 0x30, 0x31,
      0x80, 0x81, 0xa0, 0xa1, 0xa2, 0xa3, 0x00, 0x1f};
  private static final int[] LENGTHS = {0x00, 0x01, 0x7f, 0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0x88, 0xff};

  /** One to three mutations of {@code seed}. */
  static byte[] mutate(byte[] seed, Random random) {
    byte[] out = seed.clone();
    int mutations = 1 + random.nextInt(3);
    for (int m = 0; m < mutations && out.length > 0; m++) {
      int at = random.nextInt(out.length);
      switch (random.nextInt(7)) {
        case 0: // bit flip
          out[at] ^= (byte) (1 << random.nextInt(8));
          break;
        case 1: // truncation
          out = java.util.Arrays.copyOf(out, at);
          break;
        case 2: // length byte: the byte after a position taken as a tag
          if (at + 1 < out.length) {
            out[at + 1] = (byte) (random.nextBoolean() ? LENGTHS[random.nextInt(LENGTHS.length)] : random.nextInt(256));
          }
          break;
        case 3: // tag swap at a byte that holds a tag value
          out[at] = (byte) TAGS[random.nextInt(TAGS.length)];
          break;
        case 4: // inserted bytes
          byte[] inserted = new byte[1 + random.nextInt(4)];
          random.nextBytes(inserted);
          out = Bytes.concat(java.util.Arrays.copyOf(out, at), inserted, java.util.Arrays.copyOfRange(out, at, out.length));
          break;
        case 5: // removed bytes
          int end = Math.min(out.length, at + 1 + random.nextInt(4));
          out = Bytes.concat(java.util.Arrays.copyOf(out, at), java.util.Arrays.copyOfRange(out, end, out.length));
          break;
        default: // a byte set to a random value
          out[at] = (byte) random.nextInt(256);
          break;
      }
    }
    return out;
  }

  private static void fuzz(String name, byte[] seedInput, Consumer<byte[]> parser) {
    parser.accept(seedInput); // the unmutated input parses: the harness exercises real code paths
    Random random = new Random(seed() ^ name.hashCode());
    List<String> failures = new ArrayList<>();
    long slowest = 0;
    int n = inputs();
    for (int i = 0; i < n; i++) {
      byte[] input = mutate(seedInput, random);
      long start = System.nanoTime();
      try {
        parser.accept(input);
      } catch (CryptoException expected) {
        // the documented contract
      } catch (RuntimeException | Error e) {
        failures.add(name + " input " + i + ": " + e.getClass().getName() + " for " + Bytes.toHex(input));
      }
      long took = System.nanoTime() - start;
      slowest = Math.max(slowest, took);
      if (took > MAX_NANOS_PER_INPUT) {
        failures.add(name + " input " + i + ": took " + took / 1_000_000 + " ms for " + Bytes.toHex(input));
      }
      if (failures.size() > 5) {
        break;
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
    assertTrue(slowest <= MAX_NANOS_PER_INPUT, name + ": slowest input " + slowest / 1_000_000 + " ms");
  }

  private static String pem(String label, byte[] der) {
    return Pem.encode(label, der);
  }

  @Test
  void subjectPublicKeyInfo() {
    fuzz("Sm2PublicKey.fromSpkiDer", PKI.signerKeys.publicKey().toSpkiDer(), Sm2PublicKey::fromSpkiDer);
  }

  @Test
  void rawPublicKey() {
    fuzz("Sm2PublicKey.fromBytes", PKI.signerKeys.publicKey().toUncompressed(), Sm2PublicKey::fromBytes);
  }

  @Test
  void pkcs8PrivateKey() {
    fuzz("Sm2PrivateKey.fromPkcs8Der", PKI.signerKeys.privateKey().toPkcs8Der(SecretKeyAccess.insecureSecretAccess()), Sm2PrivateKey::fromPkcs8Der);
  }

  @Test
  void sec1PrivateKeyPem() {
    byte[] pkcs8 = PKI.signerKeys.privateKey().toPkcs8Der(SecretKeyAccess.insecureSecretAccess());
    // The SEC 1 ECPrivateKey inside the PKCS#8 OCTET STRING (RFC 5915), as "EC PRIVATE KEY".
    byte[] sec1 = org.bouncycastle.asn1.pkcs.PrivateKeyInfo.getInstance(pkcs8).getPrivateKey().getOctets();
    fuzz("Sm2PrivateKey.fromPem (SEC 1)", sec1, der -> Sm2PrivateKey.fromPem(pem("EC PRIVATE KEY", der)));
  }

  @Test
  void certificateDer() {
    fuzz("Sm2Certificate.fromDer", PKI.signer.toDer(), Sm2Certificate::fromDer);
  }

  @Test
  void certificatePemAndTrustAnchors() {
    fuzz("TrustAnchors.fromPem", PKI.intermediate.toDer(),
        der -> TrustAnchors.fromPem(PKI.root.toPem() + pem("CERTIFICATE", der)));
  }

  @Test
  void cmsDetachedDocumentSignature() {
    DocumentVerifier verifier = DocumentVerifier.create(TrustAnchors.of(PKI.root), Clock.systemUTC());
    byte[] signature = Sm2CmsSigner.builder(PKI.signerKeys.privateKey(), PKI.signer).addCertificates(PKI.intermediate)
        .build().signDetached(DOCUMENT);
    fuzz("DocumentVerifier.verify", signature, der -> verifier.verify(DOCUMENT, der));
  }

  @Test
  void cmsAttachedSignature() {
    Sm2CmsVerifier verifier = Sm2CmsVerifier.forSignerKey(PKI.signerKeys.publicKey());
    byte[] signature = Sm2CmsSigner.builder(PKI.signerKeys.privateKey(), PKI.signer).build().signAttached(DOCUMENT);
    fuzz("Sm2CmsVerifier.verifyAttached", signature, verifier::verifyAttached);
  }

  @Test
  void cmsEnvelope() {
    byte[] envelope = Sm2CmsEnvelope.encrypt(DOCUMENT, Collections.singletonList(PKI.recipient));
    fuzz("Sm2CmsEnvelope.decrypt", envelope,
        der -> Sm2CmsEnvelope.decrypt(der, PKI.recipientKeys.privateKey(), PKI.recipient));
  }
}
