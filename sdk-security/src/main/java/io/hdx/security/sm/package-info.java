/**
 * The Chinese commercial cryptographic primitives: SM2 signatures and public-key encryption
 * (GB/T 32918), the SM3 hash, HMAC-SM3 and KDF (GB/T 32905, GB/T 32918.4 §5.4.3), and the SM4
 * block cipher (GB/T 32907) in GCM mode (CBC and CTR, for interop only, are in
 * {@code io.hdx.security.interop}).
 *
 * <p>Every wire format is explicit: {@link io.hdx.security.sm.SignatureEncoding} (DER or raw
 * r‖s), {@link io.hdx.security.sm.CiphertextLayout} (C1C3C2 or C1C2C3) and
 * {@link io.hdx.security.sm.CiphertextEncoding} (GM/T 0009 DER or raw). The defaults are the
 * standards' choices. Keys wrap their secrets: they never print, compare in constant time, and are
 * exported only on request. Random nonces and SM2's k are generated inside; callers never supply
 * them.
 *
 * <p>Key types: {@link io.hdx.security.sm.Sm2KeyPair}, {@link io.hdx.security.sm.Sm2Signer},
 * {@link io.hdx.security.sm.Sm2Verifier}, {@link io.hdx.security.sm.Sm2Cipher},
 * {@link io.hdx.security.sm.Sm3}, {@link io.hdx.security.sm.Sm4Gcm}.
 *
 * <p>Bouncy Castle's lightweight API does the arithmetic underneath; it is never registered as a
 * JCA provider and none of its types appears here.
 *
 * <p>Null policy: parameters and return values are non-null unless documented otherwise.
 *
 * @since 0.1.0
 */
package io.hdx.security.sm;
