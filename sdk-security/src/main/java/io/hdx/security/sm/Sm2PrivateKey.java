package io.hdx.security.sm;

import io.hdx.security.CryptoException;
import io.hdx.security.internal.Asn1;
import io.hdx.security.internal.Bytes;
import io.hdx.security.internal.Pem;
import io.hdx.security.internal.SecretBytes;
import io.hdx.security.internal.Sm2Domain;
import io.hdx.security.internal.Sm2Engine;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.sec.ECPrivateKey;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.util.BigIntegers;

/**
 * An SM2 private key: a scalar d in [1, n-2] of sm2p256v1 (GB/T 32918.1-2016 §6.1), with its public
 * key.
 *
 * <p>Reads and writes PKCS#8 PrivateKeyInfo (RFC 5208 / RFC 5915, id-ecPublicKey with the named
 * curve sm2p256v1, as {@code openssl genpkey -algorithm SM2} writes it) in DER and PEM; also reads
 * the SEC 1 {@code EC PRIVATE KEY} PEM form and the raw 32-byte scalar Chinese peers exchange as
 * 64 hex digits. Encrypted PKCS#8 is not supported.
 *
 * <p>The secret never appears in {@link #toString()} or in any exception; {@link #hasSameSecret}
 * compares in constant time; {@link #toBytes()}, {@link #toPkcs8Der()} and {@link #toPem()} export
 * it only when asked.
 *
 * <pre>{@code
 * Sm2PrivateKey key = Sm2PrivateKey.fromPem(pemText);
 * byte[] signature = Sm2Signer.create(key).sign(document);
 * }</pre>
 *
 * <p>Thread safety: immutable. The key caches its public point, (1 + d)^-1 mod n and the Z value
 * for the default user ID, so signing with it costs one scalar multiplication.
 *
 * @since 0.1.0
 */
public final class Sm2PrivateKey {
  private static final String PEM_LABEL = "PRIVATE KEY";
  private static final String SEC1_PEM_LABEL = "EC PRIVATE KEY";
  private static final BigInteger MAX_D = Sm2Domain.N.subtract(BigInteger.valueOf(2));

  private final SecretBytes secret;
  private final BigInteger d;
  /** (1 + d)^-1 mod n, computed on first use (racy single-check: BigInteger is immutable). */
  private volatile BigInteger dPlus1Inverse;
  private final Sm2PublicKey publicKey;

  private Sm2PrivateKey(BigInteger d) {
    this.d = d;
    this.secret = SecretBytes.copyOf(Sm2Domain.toBytes32(d));
    this.publicKey = Sm2PublicKey.ofPoint(Sm2Engine.publicPoint(d));
  }

  static Sm2PrivateKey ofScalar(BigInteger d) {
    if (d.signum() <= 0 || d.compareTo(MAX_D) > 0) {
      throw new CryptoException(CryptoException.MALFORMED_KEY,
          "SM2 private key: scalar outside [1, n-2] (GB/T 32918.1 §6.1)");
    }
    return new Sm2PrivateKey(d);
  }

  /** A fresh key from this thread's {@link java.security.SecureRandom}. */
  static Sm2PrivateKey generate() {
    while (true) {
      BigInteger d = Sm2Engine.RANDOM_K.nextK();
      if (d.compareTo(MAX_D) <= 0) {
        return new Sm2PrivateKey(d);
      }
    }
  }

  /**
   * Reads the raw 32-byte big-endian scalar.
   *
   * @throws CryptoException when the length is not 32 or the scalar is outside [1, n-2]
   */
  public static Sm2PrivateKey fromBytes(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    if (bytes.length != Sm2Domain.FIELD_BYTES) {
      throw new CryptoException(CryptoException.MALFORMED_KEY, "SM2 private key: raw form must be 32 bytes");
    }
    return ofScalar(new BigInteger(1, bytes));
  }

  /** Reads the raw scalar as 64 hexadecimal digits. */
  public static Sm2PrivateKey fromHex(String hex) {
    byte[] bytes = Bytes.fromHexOrNull(Objects.requireNonNull(hex, "hex"));
    if (bytes == null) {
      throw new CryptoException(CryptoException.MALFORMED_KEY, "SM2 private key: not hexadecimal");
    }
    try {
      return fromBytes(bytes);
    } finally {
      Bytes.wipe(bytes);
    }
  }

  /**
   * Reads a DER PKCS#8 PrivateKeyInfo holding an SM2 key. When the embedded ECPrivateKey carries
   * the public key, it must match the scalar.
   *
   * @throws CryptoException when the structure is malformed, not SM2, or inconsistent
   */
  public static Sm2PrivateKey fromPkcs8Der(byte[] der) {
    Objects.requireNonNull(der, "der");
    PrivateKeyInfo info = Asn1.read(der, CryptoException.MALFORMED_KEY, "SM2 private key",
        p -> PrivateKeyInfo.getInstance(p));
    Sm2PublicKey.checkSm2Algorithm(info.getPrivateKeyAlgorithm(), "SM2 private key");
    ECPrivateKey ec = Asn1.read(info.getPrivateKey().getOctets(), CryptoException.MALFORMED_KEY,
        "SM2 private key", p -> ECPrivateKey.getInstance(p));
    return fromEcPrivateKey(ec);
  }

  private static Sm2PrivateKey fromEcPrivateKey(ECPrivateKey ec) {
    Sm2PrivateKey key;
    DERBitString embedded;
    try {
      key = ofScalar(ec.getKey());
      ASN1Encodable parameters = ec.getParametersObject();
      if (parameters != null && !Sm2Domain.OID_SM2P256V1.equals(parameters.toASN1Primitive())) {
        throw new CryptoException(CryptoException.UNSUPPORTED_KEY, "SM2 private key: not on sm2p256v1");
      }
      embedded = ec.getPublicKey() == null ? null : DERBitString.convert(ec.getPublicKey());
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new CryptoException(CryptoException.MALFORMED_KEY, "SM2 private key: malformed", e);
    }
    if (embedded != null) {
      Sm2PublicKey stated;
      try {
        stated = Sm2PublicKey.fromBytes(embedded.getOctets());
      } catch (CryptoException e) {
        throw new CryptoException(CryptoException.MALFORMED_KEY, "SM2 private key: embedded public key invalid", e);
      }
      if (!stated.equals(key.publicKey)) {
        throw new CryptoException(CryptoException.MALFORMED_KEY,
            "SM2 private key: embedded public key does not match the scalar");
      }
    }
    return key;
  }

  /**
   * Reads the first {@code PRIVATE KEY} (PKCS#8) or {@code EC PRIVATE KEY} (SEC 1) block of a
   * PEM text.
   */
  public static Sm2PrivateKey fromPem(String pem) {
    Objects.requireNonNull(pem, "pem");
    List<Pem.Block> blocks = Pem.decodeAll(pem);
    for (Pem.Block block : blocks) {
      if (PEM_LABEL.equals(block.label())) {
        return fromPkcs8Der(block.der());
      }
      if (SEC1_PEM_LABEL.equals(block.label())) {
        ECPrivateKey ec = Asn1.read(block.der(), CryptoException.MALFORMED_KEY, "SM2 private key",
            p -> ECPrivateKey.getInstance(p));
        return fromEcPrivateKey(ec);
      }
    }
    throw new CryptoException(CryptoException.MALFORMED_KEY, "SM2 private key: no PEM PRIVATE KEY block");
  }

  /** The public key. */
  public Sm2PublicKey publicKey() {
    return publicKey;
  }

  /** Exports the raw 32-byte scalar. Handle with care; wipe the array after use. */
  public byte[] toBytes() {
    return secret.toByteArray();
  }

  /** Exports the key as DER PKCS#8 PrivateKeyInfo, with the public key embedded (as OpenSSL does). */
  public byte[] toPkcs8Der() {
    ECPrivateKey ec = new ECPrivateKey(256, d, new DERBitString(publicKey.toUncompressed()), null);
    PrivateKeyInfo info;
    try {
      info = new PrivateKeyInfo(
          new AlgorithmIdentifier(Sm2Domain.OID_EC_PUBLIC_KEY, Sm2Domain.OID_SM2P256V1), ec);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("PKCS#8 encoding failed", e);
    }
    return Asn1.der(info);
  }

  /** Exports the key as a PEM {@code PRIVATE KEY} (PKCS#8) block. */
  public String toPem() {
    return Pem.encode(PEM_LABEL, toPkcs8Der());
  }

  /** Whether {@code other} holds the same secret scalar, compared in constant time. */
  public boolean hasSameSecret(Sm2PrivateKey other) {
    return secret.equalsSecretBytes(other.secret);
  }

  BigInteger d() {
    return d;
  }

  BigInteger dPlus1Inverse() {
    BigInteger inverse = dPlus1Inverse;
    if (inverse == null) {
      inverse = BigIntegers.modOddInverse(Sm2Domain.N, d.add(BigInteger.ONE));
      dPlus1Inverse = inverse;
    }
    return inverse;
  }

  /** Never shows the secret; shows the public key's fingerprint. */
  @Override
  public String toString() {
    return "Sm2PrivateKey[redacted, public=" + publicKey + "]";
  }
}
