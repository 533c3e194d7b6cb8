package io.hdx.security.sm;

import io.hdx.security.CryptoException;
import io.hdx.security.internal.Asn1;
import io.hdx.security.internal.Bytes;
import io.hdx.security.internal.Pem;
import io.hdx.security.internal.Sm2Domain;
import io.hdx.security.internal.Sm2Engine;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.asn1.ASN1BitString;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.math.ec.ECPoint;

/**
 * An SM2 public key: a point of the recommended curve sm2p256v1 (GB/T 32918.5-2017), checked on
 * every import to lie on the curve and not to be the point at infinity (GB/T 32918.1-2016 §6.2.2).
 *
 * <p>Reads and writes SubjectPublicKeyInfo (RFC 5280 §4.1.2.7, with id-ecPublicKey and the named
 * curve 1.2.156.10197.1.301, as OpenSSL writes it) in DER and PEM, and the raw point forms Chinese
 * peers exchange: 65-byte uncompressed {@code 04‖x‖y}, 33-byte compressed {@code 02|03‖x}, and the
 * 64-byte {@code x‖y} some peers send without the {@code 04} prefix.
 *
 * <pre>{@code
 * Sm2PublicKey key = Sm2PublicKey.fromPem(pemText);
 * boolean ok = Sm2Verifier.create(key).isValid(document, signature);
 * }</pre>
 *
 * <p>Thread safety: immutable. The key caches the Z value for the default user ID and Bouncy
 * Castle's precomputation for the point, so reusing one instance makes verification cheaper.
 *
 * @since 0.1.0
 */
public final class Sm2PublicKey {
  private static final String PEM_LABEL = "PUBLIC KEY";

  private final ECPoint point;
  private final byte[] encoded;
  /** Z for the default user ID, computed on first use (racy single-check of a volatile field). */
  private volatile byte[] defaultZ;

  private Sm2PublicKey(ECPoint point) {
    this.point = point.normalize();
    this.encoded = this.point.getEncoded(false);
  }

  static Sm2PublicKey ofPoint(ECPoint point) {
    return new Sm2PublicKey(point);
  }

  /**
   * Reads a raw point: 65 bytes {@code 04‖x‖y}, 33 bytes {@code 02‖x} or {@code 03‖x}, or 64 bytes
   * {@code x‖y}.
   *
   * @throws CryptoException when the length is none of these or the point is not on the curve
   */
  public static Sm2PublicKey fromBytes(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    byte[] encoding = bytes;
    if (bytes.length == 64) {
      encoding = new byte[65];
      encoding[0] = 0x04;
      System.arraycopy(bytes, 0, encoding, 1, 64);
    } else if (bytes.length != 65 && bytes.length != 33) {
      throw new CryptoException(CryptoException.MALFORMED_KEY,
          "SM2 public key: raw form must be 65, 64 or 33 bytes");
    }
    return new Sm2PublicKey(decodePoint(encoding));
  }

  /** Reads a raw point given as hexadecimal text (see {@link #fromBytes}). */
  public static Sm2PublicKey fromHex(String hex) {
    byte[] bytes = Bytes.fromHexOrNull(Objects.requireNonNull(hex, "hex"));
    if (bytes == null) {
      throw new CryptoException(CryptoException.MALFORMED_KEY, "SM2 public key: not hexadecimal");
    }
    return fromBytes(bytes);
  }

  /**
   * Reads a DER SubjectPublicKeyInfo whose algorithm is id-ecPublicKey with the named curve
   * sm2p256v1, or (as some Chinese implementations write it) the SM2 OID 1.2.156.10197.1.301.
   *
   * @throws CryptoException when the structure is malformed, not SM2, or the point is invalid
   */
  public static Sm2PublicKey fromSpkiDer(byte[] der) {
    Objects.requireNonNull(der, "der");
    SubjectPublicKeyInfo info = Asn1.read(der, CryptoException.MALFORMED_KEY, "SM2 public key",
        p -> SubjectPublicKeyInfo.getInstance(p));
    return fromSpki(info);
  }

  /** Reads SM2 from a parsed SubjectPublicKeyInfo; for sdk-security's certificate code. */
  static Sm2PublicKey fromSpki(SubjectPublicKeyInfo info) {
    byte[] point = Asn1.guard(CryptoException.MALFORMED_KEY, "SM2 public key", () -> {
      checkSm2Algorithm(info.getAlgorithm(), "SM2 public key");
      ASN1BitString bits = info.getPublicKeyData();
      if (bits.getPadBits() != 0) {
        // RFC 5480 §2.2: the ECPoint octet string is the whole BIT STRING; unused bits make it
        // something else (issue 9 item 4: Bouncy Castle threw IllegalStateException here).
        throw new CryptoException(CryptoException.MALFORMED_KEY, "SM2 public key: BIT STRING with unused bits");
      }
      return bits.getOctets();
    });
    return new Sm2PublicKey(decodePoint(point));
  }

  /** Reads a PEM {@code PUBLIC KEY} block (the first one in the text). */
  public static Sm2PublicKey fromPem(String pem) {
    Objects.requireNonNull(pem, "pem");
    List<Pem.Block> blocks = Pem.decodeAll(pem);
    for (Pem.Block block : blocks) {
      if (PEM_LABEL.equals(block.label())) {
        return fromSpkiDer(block.der());
      }
    }
    throw new CryptoException(CryptoException.MALFORMED_KEY, "SM2 public key: no PEM PUBLIC KEY block");
  }

  static void checkSm2Algorithm(AlgorithmIdentifier algorithm, String what) {
    ASN1ObjectIdentifier oid = algorithm.getAlgorithm();
    if (Sm2Domain.OID_SM2P256V1.equals(oid)
        && (algorithm.getParameters() == null || DERNull.INSTANCE.equals(algorithm.getParameters())
            || Sm2Domain.OID_SM2P256V1.equals(algorithm.getParameters()))) {
      return;
    }
    if (Sm2Domain.OID_EC_PUBLIC_KEY.equals(oid) && algorithm.getParameters() != null
        && Sm2Domain.OID_SM2P256V1.equals(algorithm.getParameters().toASN1Primitive())) {
      return;
    }
    throw new CryptoException(CryptoException.UNSUPPORTED_KEY, what + ": not an SM2 key on sm2p256v1");
  }

  /**
   * Decodes a point in the forms SEC 1 v2 §2.3.4 defines and GM/T 0003.1 / GB/T 32918.1 §4.2.9
   * requires implementations to read: uncompressed ({@code 04}) and compressed ({@code 02},
   * {@code 03}). The hybrid form ({@code 06}, {@code 07}) that GB/T 32918.1 allows as an option and
   * SEC 1 v2 dropped is refused: it is a second encoding of the same key that peers do not send.
   */
  static ECPoint decodePoint(byte[] encoding) {
    int form = encoding.length == 0 ? -1 : encoding[0];
    boolean lengthMatches = (form == 0x04 && encoding.length == 1 + 2 * Sm2Domain.FIELD_BYTES)
        || ((form == 0x02 || form == 0x03) && encoding.length == 1 + Sm2Domain.FIELD_BYTES);
    if (!lengthMatches) {
      throw new CryptoException(CryptoException.INVALID_PUBLIC_KEY,
          "SM2 public key: not an uncompressed or compressed point (SEC 1 §2.3.4)");
    }
    try {
      ECPoint p = Sm2Domain.CURVE.decodePoint(encoding);
      if (p.isInfinity() || !p.isValid()) {
        throw new CryptoException(CryptoException.INVALID_PUBLIC_KEY,
            "SM2 public key: not a point of sm2p256v1");
      }
      return p;
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw new CryptoException(CryptoException.INVALID_PUBLIC_KEY,
          "SM2 public key: not a point of sm2p256v1", e);
    }
  }

  /** The 65-byte uncompressed point {@code 04‖x‖y}. */
  public byte[] toUncompressed() {
    return encoded.clone();
  }

  /** The 33-byte compressed point {@code 02|03‖x}. */
  public byte[] toCompressed() {
    return point.getEncoded(true);
  }

  /** The DER SubjectPublicKeyInfo (id-ecPublicKey, named curve sm2p256v1). */
  public byte[] toSpkiDer() {
    return Asn1.der(toSpki());
  }

  SubjectPublicKeyInfo toSpki() {
    return new SubjectPublicKeyInfo(
        new AlgorithmIdentifier(Sm2Domain.OID_EC_PUBLIC_KEY, Sm2Domain.OID_SM2P256V1),
        new DERBitString(encoded));
  }

  /** The SubjectPublicKeyInfo as a PEM {@code PUBLIC KEY} block. */
  public String toPem() {
    return Pem.encode(PEM_LABEL, toSpkiDer());
  }

  ECPoint point() {
    return point;
  }

  /** Z for {@code userId} (GB/T 32918.2 §5.5), from the cache for the default user ID. */
  byte[] z(byte[] userId) {
    if (KeySm2Signer.isDefaultUserId(userId)) {
      byte[] z = defaultZ;
      if (z == null) {
        z = Sm2Engine.z(userId, point);
        defaultZ = z;
      }
      return z;
    }
    return Sm2Engine.z(userId, point);
  }

  /** Equal when the points are equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Sm2PublicKey && Arrays.equals(encoded, ((Sm2PublicKey) o).encoded);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(encoded);
  }

  /** The curve and the first 8 bytes of the SM3 hash of the uncompressed point. */
  @Override
  public String toString() {
    byte[] hash = Sm3.digest(encoded);
    return "Sm2PublicKey[sm2p256v1, sm3=" + Bytes.toHex(Arrays.copyOf(hash, 8)) + "]";
  }
}
