package io.hdx.security.testing;

import io.hdx.security.cert.KeyUsage;
import io.hdx.security.cert.Sm2Certificate;
import io.hdx.security.cert.Sm2CertificateBuilder;
import io.hdx.security.sm.Sm2KeyPair;
import java.time.Duration;
import java.time.Instant;

/** A synthetic three-level PKI (root CA, intermediate CA, end entities) for tests. */
public final class TestPki {
  public final Sm2KeyPair rootKeys = Sm2KeyPair.generate();
  public final Sm2Certificate root;
  public final Sm2KeyPair intermediateKeys = Sm2KeyPair.generate();
  public final Sm2Certificate intermediate;
  public final Sm2KeyPair signerKeys = Sm2KeyPair.generate();
  public final Sm2Certificate signer;
  public final Sm2KeyPair recipientKeys = Sm2KeyPair.generate();
  public final Sm2Certificate recipient;

  public TestPki() {
    Instant now = Instant.now();
    root = Sm2CertificateBuilder.forKey(rootKeys.publicKey())
        .subject("C=CN,O=HDX Test,CN=HDX Test Root CA")
        .certificateAuthority(1)
        .validity(now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(3650)))
        .selfSign(rootKeys.privateKey());
    intermediate = Sm2CertificateBuilder.forKey(intermediateKeys.publicKey())
        .subject("C=CN,O=HDX Test,CN=HDX Test Issuing CA")
        .certificateAuthority(0)
        .validity(now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(1825)))
        .issueWith(root, rootKeys.privateKey());
    signer = Sm2CertificateBuilder.forKey(signerKeys.publicKey())
        .subject("C=CN,O=HDX Test Hospital,CN=Document Signing Service")
        .validity(now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(365)))
        .issueWith(intermediate, intermediateKeys.privateKey());
    recipient = Sm2CertificateBuilder.forKey(recipientKeys.publicKey())
        .subject("C=CN,O=HDX Test Platform,CN=Regional Platform")
        .keyUsage(KeyUsage.KEY_ENCIPHERMENT, KeyUsage.DIGITAL_SIGNATURE)
        .validity(now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(365)))
        .issueWith(intermediate, intermediateKeys.privateKey());
  }
}
