/**
 * HDX security: SM2/SM3/SM4, SM2 certificates and CMS, document signatures, de-identification. Needs sdk-model and
 * Bouncy Castle only. io.hdx.security.internal is not exported.
 */
module io.hdx.security {
  requires transitive io.hdx.model;
  requires org.bouncycastle.provider;
  requires org.bouncycastle.pkix;
  requires org.bouncycastle.util;

  exports io.hdx.security;
  exports io.hdx.security.cert;
  exports io.hdx.security.cms;
  exports io.hdx.security.deid;
  exports io.hdx.security.interop;
  exports io.hdx.security.sign;
  exports io.hdx.security.sm;
}
