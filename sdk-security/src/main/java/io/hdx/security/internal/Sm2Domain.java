package io.hdx.security.internal;

import java.math.BigInteger;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;

/**
 * The SM2 recommended curve sm2p256v1 (GB/T 32918.5-2017 §4, GM/T 0003.5-2012), taken from Bouncy
 * Castle's {@code CustomNamedCurves}, whose field arithmetic is specialised for this prime and
 * several times faster than the generic curve from {@code GMNamedCurves}.
 *
 * <p>Thread safety: immutable; Bouncy Castle's precomputation tables attached to {@link #G} are
 * built under its own lock and then shared.
 *
 * @since 0.1.0
 */
public final class Sm2Domain {
  /** The curve parameters. */
  public static final X9ECParameters X9 = CustomNamedCurves.getByName("sm2p256v1");
  /** The curve. */
  public static final ECCurve CURVE = X9.getCurve();
  /** The base point G. */
  public static final ECPoint G = X9.getG();
  /** The order n of G. */
  public static final BigInteger N = X9.getN();
  /** The domain as Bouncy Castle's lightweight API wants it. */
  public static final ECDomainParameters PARAMETERS =
      new ECDomainParameters(CURVE, G, N, X9.getH(), X9.getSeed());
  /** Field element and scalar length in bytes. */
  public static final int FIELD_BYTES = 32;

  /** The OIDs of the SM algorithm family, GM/T 0006-2012 and GB/T 33560-2017. */
  public static final ASN1ObjectIdentifier OID_SM2P256V1 = new ASN1ObjectIdentifier("1.2.156.10197.1.301");
  /** SM2-1, the SM2 signature algorithm. */
  public static final ASN1ObjectIdentifier OID_SM2_SIGN = new ASN1ObjectIdentifier("1.2.156.10197.1.301.1");
  /** SM2-3, SM2 public-key encryption. */
  public static final ASN1ObjectIdentifier OID_SM2_ENCRYPT = new ASN1ObjectIdentifier("1.2.156.10197.1.301.3");
  /** SM3. */
  public static final ASN1ObjectIdentifier OID_SM3 = new ASN1ObjectIdentifier("1.2.156.10197.1.401");
  /** SM2 signature with SM3 (used in X.509 certificates). */
  public static final ASN1ObjectIdentifier OID_SM3_WITH_SM2 = new ASN1ObjectIdentifier("1.2.156.10197.1.501");
  /** SM4 in CBC mode. */
  public static final ASN1ObjectIdentifier OID_SM4_CBC = new ASN1ObjectIdentifier("1.2.156.10197.1.104.2");
  /** id-ecPublicKey, RFC 5480 §2.1.1: the algorithm OpenSSL and most peers put in SM2 keys. */
  public static final ASN1ObjectIdentifier OID_EC_PUBLIC_KEY = new ASN1ObjectIdentifier("1.2.840.10045.2.1");

  private Sm2Domain() {}

  /** Whether {@code k} lies in [1, n-1]. */
  public static boolean isScalar(BigInteger k) {
    return k.signum() > 0 && k.compareTo(N) < 0;
  }

  /** The 32-byte big-endian form of a field element or scalar (GB/T 32918.1 §4.2.5). */
  public static byte[] toBytes32(BigInteger value) {
    byte[] out = new byte[FIELD_BYTES];
    toBytes32(value, out, 0);
    return out;
  }

  /** Writes the 32-byte big-endian form of {@code value} into {@code out} at {@code offset}. */
  public static void toBytes32(BigInteger value, byte[] out, int offset) {
    byte[] raw = value.toByteArray();
    int start = raw.length > FIELD_BYTES ? raw.length - FIELD_BYTES : 0;
    int length = raw.length - start;
    int pad = FIELD_BYTES - length;
    for (int i = 0; i < pad; i++) {
      out[offset + i] = 0;
    }
    System.arraycopy(raw, start, out, offset + pad, length);
  }
}
