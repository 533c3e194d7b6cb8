package io.hdx.examples;

import io.hdx.codec.cda.CdaEncoder;
import io.hdx.model.HdxException;
import io.hdx.security.cert.Sm2Certificate;
import io.hdx.security.cert.Sm2CertificateBuilder;
import io.hdx.security.cert.TrustAnchors;
import io.hdx.security.cms.VerifiedContent;
import io.hdx.security.sign.DocumentSigner;
import io.hdx.security.sign.DocumentVerifier;
import io.hdx.security.sm.Sm2KeyPair;
import io.hdx.testkit.SampleData;
import java.time.Duration;

/**
 * Task: sign a document with SM2 and verify it on the other side. Makes an SM2 key pair and a self-signed SM2/SM3
 * certificate (in memory; a hospital uses its CA-issued one, or a USB key / HSM through
 * {@code DocumentSigner.create(Sm2Signer, certificate)}), signs a synthetic 出院小结 with a GM/T 0010 detached
 * signature, verifies it against the certificate as trust anchor, and shows that one changed byte fails.
 *
 * <p>Run: {@code mvn -B -q -pl examples -am test -Dtest=ExamplesTest -Dsurefire.failIfNoSpecifiedTests=false}
 * runs every example; or run {@code io.hdx.examples.SignAndVerify} from an IDE.
 *
 * @since 0.1.0
 */
public final class SignAndVerify {
  private SignAndVerify() {}

  /** Signs, verifies, tampers, verifies again. */
  public static void main(String[] args) {
    System.exit(run() ? 0 : 1);
  }

  /** Whether the signature verified and the tampered copy did not. */
  static boolean run() {
    byte[] document = CdaEncoder.create().encode(SampleData.withSeed(1).document("C0053", 0).document());
    Sm2KeyPair pair = Sm2KeyPair.generate();
    Sm2Certificate certificate = Sm2CertificateBuilder.forKey(pair.publicKey()).subject("C=CN,O=示例医院,CN=电子病历签名")
        .validFor(Duration.ofDays(365)).selfSign(pair.privateKey());
    byte[] signature = DocumentSigner.create(pair.privateKey(), certificate).sign(document);
    DocumentVerifier verifier = DocumentVerifier.create(TrustAnchors.of(certificate));
    VerifiedContent verified = verifier.verify(document, signature);
    System.out.println("signed " + document.length + " bytes; signature " + signature.length
        + " bytes (CMS SignedData, DER); verified: " + (verified.content().length == document.length));
    byte[] tampered = document.clone();
    tampered[tampered.length / 2] ^= 1;
    try {
      verifier.verify(tampered, signature);
      System.out.println("the tampered copy verified: this must not happen");
      return false;
    } catch (HdxException e) {
      System.out.println("tampered copy refused: " + e.getMessage());
      return true;
    }
  }
}
