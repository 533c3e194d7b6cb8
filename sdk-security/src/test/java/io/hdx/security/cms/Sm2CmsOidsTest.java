package io.hdx.security.cms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hdx.security.cert.TrustAnchors;
import io.hdx.security.testing.TestPki;
import java.nio.charset.StandardCharsets;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.cms.SignerInfo;
import org.junit.jupiter.api.Test;

/** Issue 13: SignedData with RFC 5652's PKCS #7 OIDs beside GM/T 0010's, both verified. */
class Sm2CmsOidsTest {
  private static final byte[] DOCUMENT = "<ClinicalDocument/>".getBytes(StandardCharsets.UTF_8);
  private final TestPki pki = new TestPki();
  private final Sm2CmsVerifier verifier = Sm2CmsVerifier.forTrustAnchors(TrustAnchors.of(pki.root));

  private byte[] sign(CmsOids oids, boolean attached) {
    Sm2CmsSigner signer = Sm2CmsSigner.builder(pki.signerKeys.privateKey(), pki.signer)
        .addCertificates(pki.intermediate).oids(oids).build();
    return attached ? signer.signAttached(DOCUMENT) : signer.signDetached(DOCUMENT);
  }

  @Test
  void pkcs7_contentTypesAreRfc5652s_andVerify() throws Exception {
    byte[] der = sign(CmsOids.PKCS7, false);
    ContentInfo info = ContentInfo.getInstance(ASN1Primitive.fromByteArray(der));
    assertEquals("1.2.840.113549.1.7.2", info.getContentType().getId());
    SignedData sd = SignedData.getInstance(info.getContent());
    assertEquals("1.2.840.113549.1.7.1", sd.getEncapContentInfo().getContentType().getId());
    SignerInfo si = SignerInfo.getInstance(sd.getSignerInfos().getObjectAt(0));
    Attribute type = si.getAuthenticatedAttributes() == null ? null
        : Attribute.getInstance(si.getAuthenticatedAttributes().getObjectAt(0));
    assertEquals(CMSAttributes.contentType, type.getAttrType());
    assertEquals("1.2.840.113549.1.7.1", type.getAttrValues().getObjectAt(0).toString());
    assertArrayEquals(DOCUMENT, verifier.verifyDetached(DOCUMENT, der).content());
    assertArrayEquals(DOCUMENT, verifier.verifyAttached(sign(CmsOids.PKCS7, true)).content());
  }

  @Test
  void gmt0010_isTheDefault() throws Exception {
    byte[] der = Sm2CmsSigner.builder(pki.signerKeys.privateKey(), pki.signer).build().signDetached(DOCUMENT);
    assertEquals(CmsOids.GMT0010.signedDataOid(),
        ContentInfo.getInstance(ASN1Primitive.fromByteArray(der)).getContentType().getId());
    assertArrayEquals(DOCUMENT, verifier.verifyDetached(DOCUMENT, sign(CmsOids.GMT0010, false)).content());
  }

  @Test
  void oids_namesAndNull() {
    assertEquals("1.2.156.10197.6.1.4.2.1", CmsOids.GMT0010.dataOid());
    assertEquals("1.2.156.10197.6.1.4.2.2", CmsOids.GMT0010.signedDataOid());
    assertEquals("1.2.840.113549.1.7.1", CmsOids.PKCS7.dataOid());
    assertEquals("1.2.840.113549.1.7.2", CmsOids.PKCS7.signedDataOid());
    assertThrows(NullPointerException.class,
        () -> Sm2CmsSigner.builder(pki.signerKeys.privateKey(), pki.signer).oids(null));
  }
}
