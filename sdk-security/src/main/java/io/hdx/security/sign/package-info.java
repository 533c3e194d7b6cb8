/**
 * Signatures on shared documents and platform messages: a detached GM/T 0010 CMS signature over
 * the document's exact bytes, carrying the signer's certificate. Verification checks the
 * signature, the certificate chain to the trust anchors the caller gives, and that the content is
 * the one signed, and only then hands the content back as
 * {@link io.hdx.security.cms.VerifiedContent}.
 *
 * <p>Key types: {@link io.hdx.security.sign.DocumentSigner},
 * {@link io.hdx.security.sign.DocumentVerifier}.
 *
 * <p>Null policy: parameters and return values are non-null unless documented otherwise.
 *
 * @since 0.1.0
 */
package io.hdx.security.sign;
