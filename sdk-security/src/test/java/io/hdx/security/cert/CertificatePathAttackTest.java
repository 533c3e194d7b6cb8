package io.hdx.security.cert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.security.CryptoException;
import io.hdx.security.cms.VerifiedContent;
import io.hdx.security.sign.DocumentSigner;
import io.hdx.security.sign.DocumentVerifier;
import io.hdx.security.sm.Sm2KeyPair;
import io.hdx.security.testing.CertForge;
import io.hdx.security.testing.TestPki;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralSubtree;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.NameConstraints;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 items 1, 7 and 10: the attacks on path validation, each reproduced through the public
 * API (RFC 5280 §6.1).
 */
class CertificatePathAttackTest {
  private static final byte[] DOCUMENT = "<ClinicalDocument/>".getBytes(StandardCharsets.UTF_8);

  private final TestPki pki = new TestPki();
  private final TrustAnchors anchors = TrustAnchors.of(pki.root);
  private final CertificatePathValidator validator = CertificatePathValidator.create(anchors);

  private static void assertCode(String code, Runnable r) {
    CryptoException e = assertThrows(CryptoException.class, r::run);
    assertEquals(code, e.errorCode(), e.getMessage());
  }

  /** An end-entity certificate (no basicConstraints, no keyUsage) issued by the trusted root. */
  private Sm2KeyPair endEntityKeys = Sm2KeyPair.generate();

  private Sm2Certificate endEntity(CertForge forge) {
    return forge.subject("CN=Ordinary End Entity").issuer(pki.root.subject()).signWith(pki.rootKeys.privateKey());
  }

  private Sm2Certificate victimUnder(Sm2Certificate issuer, Sm2KeyPair issuerKeys, Sm2KeyPair victimKeys) {
    return CertForge.forKey(victimKeys.publicKey()).subject("C=CN,O=Victim Hospital,CN=Chief Physician")
        .issuer(issuer.subject())
        .extension(Extension.keyUsage, true, new org.bouncycastle.asn1.x509.KeyUsage(
            org.bouncycastle.asn1.x509.KeyUsage.digitalSignature))
        .signWith(issuerKeys.privateKey());
  }

  @Test
  void endEntityWithoutBasicConstraints_cannotIssue_forgedChainRefused() {
    Sm2Certificate ee = endEntity(CertForge.forKey(endEntityKeys.publicKey()));
    // The link root -> ee is itself fine: ee is a valid end-entity certificate.
    assertEquals(2, validator.validate(ee, Collections.<Sm2Certificate>emptyList()).size());
    Sm2KeyPair victimKeys = Sm2KeyPair.generate();
    Sm2Certificate victim = victimUnder(ee, endEntityKeys, victimKeys);
    assertTrue(victim.isSignedBy(ee.publicKey()));
    assertCode(CryptoException.CERTIFICATE_USAGE,
        () -> validator.validate(victim, Collections.singletonList(ee), KeyUsage.DIGITAL_SIGNATURE));
    assertCode(CryptoException.CERTIFICATE_USAGE,
        () -> validator.validateForDocumentSigning(victim, Collections.singletonList(ee)));
    // Through the document API: the forger signs as the victim, embedding ee as intermediate.
    byte[] signature = DocumentSigner.create(victimKeys.privateKey(), victim, ee).sign(DOCUMENT);
    assertCode(CryptoException.CERTIFICATE_USAGE, () -> DocumentVerifier.create(anchors).verify(DOCUMENT, signature));
  }

  @Test
  void endEntityWithBasicConstraintsCaFalse_cannotIssue() {
    Sm2Certificate ee = endEntity(CertForge.forKey(endEntityKeys.publicKey())
        .extension(Extension.basicConstraints, true, new BasicConstraints(false)));
    Sm2Certificate victim = victimUnder(ee, endEntityKeys, Sm2KeyPair.generate());
    assertCode(CryptoException.CERTIFICATE_USAGE, () -> validator.validate(victim, Collections.singletonList(ee)));
  }

  @Test
  void version1Intermediate_cannotIssue() {
    Sm2Certificate v1 = endEntity(CertForge.forKey(endEntityKeys.publicKey()).version1());
    assertEquals(1, v1.version());
    Sm2Certificate victim = victimUnder(v1, endEntityKeys, Sm2KeyPair.generate());
    assertCode(CryptoException.CERTIFICATE_USAGE, () -> validator.validate(victim, Collections.singletonList(v1)));
  }

  @Test
  void version1RootAnchor_mayIssue() {
    Sm2KeyPair rootKeys = Sm2KeyPair.generate();
    Sm2Certificate v1Root = CertForge.forKey(rootKeys.publicKey()).subject("CN=Legacy V1 Root").version1()
        .signWith(rootKeys.privateKey());
    Sm2Certificate leaf = victimUnder(v1Root, rootKeys, Sm2KeyPair.generate());
    assertEquals(Arrays.asList(leaf, v1Root), CertificatePathValidator.create(TrustAnchors.of(v1Root))
        .validateForDocumentSigning(leaf, Collections.<Sm2Certificate>emptyList()));
  }

  @Test
  void endEntityConfiguredAsAnchor_vouchesForItsOwnKeyOnly() {
    Sm2Certificate ee = endEntity(CertForge.forKey(endEntityKeys.publicKey()));
    CertificatePathValidator trustsEe = CertificatePathValidator.create(TrustAnchors.of(ee));
    assertEquals(Collections.singletonList(ee), trustsEe.validate(ee, Collections.<Sm2Certificate>emptyList()));
    Sm2Certificate victim = victimUnder(ee, endEntityKeys, Sm2KeyPair.generate());
    assertCode(CryptoException.CERTIFICATE_USAGE, () -> trustsEe.validate(victim, Collections.<Sm2Certificate>emptyList()));
    // Likewise a self-signed end entity with basicConstraints cA=FALSE (what hdx keygen writes).
    Sm2KeyPair selfKeys = Sm2KeyPair.generate();
    Sm2Certificate self = Sm2CertificateBuilder.forKey(selfKeys.publicKey()).subject("CN=Self").selfSign(selfKeys.privateKey());
    Sm2Certificate below = victimUnder(self, selfKeys, Sm2KeyPair.generate());
    assertCode(CryptoException.CERTIFICATE_USAGE, () -> CertificatePathValidator.create(TrustAnchors.of(self))
        .validate(below, Collections.<Sm2Certificate>emptyList()));
  }

  @Test
  void intermediateKeyUsageWithoutKeyCertSign_refused() {
    Sm2KeyPair caKeys = Sm2KeyPair.generate();
    Sm2Certificate ca = CertForge.forKey(caKeys.publicKey()).subject("CN=CA Without CertSign").issuer(pki.root.subject())
        .extension(Extension.basicConstraints, true, new BasicConstraints(0))
        .extension(Extension.keyUsage, true, new org.bouncycastle.asn1.x509.KeyUsage(
            org.bouncycastle.asn1.x509.KeyUsage.digitalSignature))
        .signWith(pki.rootKeys.privateKey());
    Sm2Certificate leaf = victimUnder(ca, caKeys, Sm2KeyPair.generate());
    CryptoException e = assertThrows(CryptoException.class, () -> validator.validate(leaf, Collections.singletonList(ca)));
    assertTrue(e.getMessage().contains("§6.1.4 (n)"), e.getMessage());
  }

  @Test
  void intermediateCaWithoutKeyUsage_mayIssue() {
    Sm2KeyPair caKeys = Sm2KeyPair.generate();
    Sm2Certificate ca = CertForge.forKey(caKeys.publicKey()).subject("CN=CA Without KeyUsage").issuer(pki.root.subject())
        .extension(Extension.basicConstraints, true, new BasicConstraints(0)).signWith(pki.rootKeys.privateKey());
    Sm2Certificate leaf = victimUnder(ca, caKeys, Sm2KeyPair.generate());
    assertEquals(3, validator.validateForDocumentSigning(leaf, Collections.singletonList(ca)).size());
  }

  @Test
  void selfIssuedIntermediate_doesNotCountAgainstPathLength() {
    // RFC 5280 §6.1.4 (l): a key-rollover certificate (same name, new key) is self-issued.
    Sm2KeyPair newKeys = Sm2KeyPair.generate();
    Sm2Certificate rollover = CertForge.forKey(newKeys.publicKey()).subject(pki.intermediate.subject())
        .issuer(pki.intermediate.subject()).extension(Extension.basicConstraints, true, new BasicConstraints(0))
        .signWith(pki.intermediateKeys.privateKey());
    Sm2Certificate leaf = victimUnder(rollover, newKeys, Sm2KeyPair.generate());
    assertEquals(4, validator.validate(leaf, Arrays.asList(pki.intermediate, rollover)).size());
  }

  @Test
  void anchorPathLengthZero_refusesIntermediate() {
    Sm2Certificate root0 = Sm2CertificateBuilder.forKey(pki.rootKeys.publicKey()).subject(pki.root.subject())
        .certificateAuthority(0).selfSign(pki.rootKeys.privateKey());
    assertCode(CryptoException.CERTIFICATE_USAGE, () -> CertificatePathValidator.create(TrustAnchors.of(root0))
        .validate(pki.signer, Collections.singletonList(pki.intermediate)));
  }

  @Test
  void nameConstraints_refusedEvenWhenNotCritical() {
    Sm2KeyPair caKeys = Sm2KeyPair.generate();
    NameConstraints constraints = new NameConstraints(
        new GeneralSubtree[] {new GeneralSubtree(new GeneralName(GeneralName.dNSName, "example.cn"))}, null);
    Sm2Certificate ca = CertForge.forKey(caKeys.publicKey()).subject("CN=Constrained CA").issuer(pki.root.subject())
        .extension(Extension.basicConstraints, true, new BasicConstraints(0))
        .extension(Extension.nameConstraints, false, constraints).signWith(pki.rootKeys.privateKey());
    Sm2Certificate leaf = victimUnder(ca, caKeys, Sm2KeyPair.generate());
    assertCode(CryptoException.CERTIFICATE_USAGE, () -> validator.validate(leaf, Collections.singletonList(ca)));
  }

  @Test
  void unknownCriticalExtension_refused() {
    Sm2Certificate leaf = CertForge.forKey(Sm2KeyPair.generate().publicKey()).issuer(pki.intermediate.subject())
        .extension(new ASN1ObjectIdentifier("1.2.3.4.5"), true, new DERSequence())
        .signWith(pki.intermediateKeys.privateKey());
    assertCode(CryptoException.CERTIFICATE_USAGE, () -> validator.validate(leaf, Collections.singletonList(pki.intermediate)));
  }

  private Sm2Certificate leafWithEku(Sm2KeyPair keys, boolean critical, KeyPurposeId... purposes) {
    return CertForge.forKey(keys.publicKey()).subject("CN=EKU Leaf").issuer(pki.intermediate.subject())
        .extension(Extension.keyUsage, true, new org.bouncycastle.asn1.x509.KeyUsage(
            org.bouncycastle.asn1.x509.KeyUsage.digitalSignature))
        .extension(Extension.extendedKeyUsage, critical, new ExtendedKeyUsage(purposes))
        .signWith(pki.intermediateKeys.privateKey());
  }

  @Test
  void criticalServerAuthOnly_cannotSignDocuments() {
    Sm2KeyPair keys = Sm2KeyPair.generate();
    Sm2Certificate tls = leafWithEku(keys, true, KeyPurposeId.id_kp_serverAuth);
    List<Sm2Certificate> intermediates = Collections.singletonList(pki.intermediate);
    assertCode(CryptoException.CERTIFICATE_USAGE, () -> validator.validateForDocumentSigning(tls, intermediates));
    // A purpose the validator does not know cannot honour a critical EKU: refused too.
    assertCode(CryptoException.CERTIFICATE_USAGE, () -> validator.validate(tls, intermediates));
    assertTrue(!tls.permitsDocumentSigning());
    assertThrows(IllegalArgumentException.class, () -> DocumentSigner.create(keys.privateKey(), tls));
    // Not critical: still "MUST only be used for one of the purposes indicated" (§4.2.1.12).
    Sm2Certificate tlsNonCritical = leafWithEku(keys, false, KeyPurposeId.id_kp_serverAuth);
    assertCode(CryptoException.CERTIFICATE_USAGE, () -> validator.validateForDocumentSigning(tlsNonCritical, intermediates));
  }

  @Test
  void documentSigningPurposes_accepted() {
    Sm2KeyPair keys = Sm2KeyPair.generate();
    List<Sm2Certificate> intermediates = Collections.singletonList(pki.intermediate);
    for (KeyPurposeId purpose : new KeyPurposeId[] {KeyPurposeId.getInstance(
        new ASN1ObjectIdentifier(io.hdx.security.cert.ExtendedKeyUsage.DOCUMENT_SIGNING.dottedOid())),
        KeyPurposeId.id_kp_emailProtection, KeyPurposeId.anyExtendedKeyUsage}) {
      Sm2Certificate leaf = leafWithEku(keys, true, KeyPurposeId.id_kp_clientAuth, purpose);
      assertEquals(3, validator.validateForDocumentSigning(leaf, intermediates).size());
      byte[] signature = DocumentSigner.create(keys.privateKey(), leaf, pki.intermediate).sign(DOCUMENT);
      VerifiedContent verified = DocumentVerifier.create(anchors).verify(DOCUMENT, signature);
      assertEquals(leaf, verified.signerCertificate().get());
    }
  }

  @Test
  void intermediateEkuWithoutDocumentSigning_refusedForDocuments() {
    Sm2KeyPair caKeys = Sm2KeyPair.generate();
    Sm2Certificate tlsCa = CertForge.forKey(caKeys.publicKey()).subject("CN=TLS Only CA").issuer(pki.root.subject())
        .extension(Extension.basicConstraints, true, new BasicConstraints(0))
        .extension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
        .signWith(pki.rootKeys.privateKey());
    Sm2Certificate leaf = victimUnder(tlsCa, caKeys, Sm2KeyPair.generate());
    assertCode(CryptoException.CERTIFICATE_USAGE,
        () -> validator.validateForDocumentSigning(leaf, Collections.singletonList(tlsCa)));
  }

  @Test
  void twentyThousandFakeIntermediates_refusedFast() {
    // Issue 9 item 10: fakes with the right issuer name and a wrong signature each (200 distinct
    // ones, each 100 times: every occurrence is a candidate to try).
    Sm2KeyPair fakeKeys = Sm2KeyPair.generate();
    List<Sm2Certificate> distinct = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      distinct.add(CertForge.forKey(fakeKeys.publicKey()).subject(pki.intermediate.subject()).issuer(pki.root.subject())
          .serial(100_000 + i).extension(Extension.basicConstraints, true, new BasicConstraints(0)).signBogus());
    }
    List<Sm2Certificate> fakes = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      fakes.addAll(distinct);
    }
    // The leaf names the intermediate as issuer; every fake has that name.
    List<Sm2Certificate> pool = new ArrayList<>(fakes);
    pool.add(pki.intermediate);
    long start = System.nanoTime();
    assertThrows(CryptoException.class, () -> validator.validate(pki.signer, pool));
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertTrue(millis < 1000, "took " + millis + " ms");
  }
}
