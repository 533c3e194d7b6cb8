package io.hdx.security.sm;

import io.hdx.security.CryptoException;
import io.hdx.security.SecretKeyAccess;
import io.hdx.security.internal.Asn1;
import io.hdx.security.internal.Bytes;
import io.hdx.security.internal.Pem;
import io.hdx.security.internal.SecretBytes;
import io.hdx.security.internal.Sm2Domain;
import io.hdx.security.internal.Sm2Engine;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import javax.security.auth.Destroyable;
import org.bouncycastle.asn1.ASN1BitString;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;
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
 * compares in constant time; {@link #toBytes}, {@link #toPkcs8Der} and {@link #toPem} export
 * it only when given a {@link SecretKeyAccess}.
 *
 * <pre>{@code
 * Sm2PrivateKey key = Sm2PrivateKey.fromPem(pemText);
 * byte[] signature = Sm2Signer.create(key).sign(document);
 * }</pre>
 *
 * <p>Secrets held: d and (1 + d)^-1 mod n live only in byte arrays this key owns, which
 * {@link #destroy()} overwrites (javax.security.auth.Destroyable); the arithmetic creates
 * short-lived {@link BigInteger} copies per operation, which Java cannot wipe. After
 * {@code destroy()} every use of the key throws {@link IllegalStateException}.
 *
 * <p>Thread safety: safe to share until destroyed. The key caches its public point,
 * (1 + d)^-1 mod n and the Z value for the default user ID, so signing with it costs one scalar
 * multiplication.
 *
 * @since 0.1.0
 */
public final class Sm2PrivateKey implements Destroyable {
  private static final String PEM_LABEL = "PRIVATE KEY";
  private static final String SEC1_PEM_LABEL = "EC PRIVATE KEY";
  private static final BigInteger MAX_D = Sm2Domain.N.subtract(BigInteger.valueOf(2));

  /** d, 32 bytes big-endian. */
  private final SecretBytes secret;
  /** (1 + d)^-1 mod n, 32 bytes, computed on first use (racy single-check of a volatile field). */
  private volatile SecretBytes dPlus1Inverse;
  private final Sm2PublicKey publicKey;

  private Sm2PrivateKey(BigInteger d) {
    byte[] bytes = Sm2Domain.toBytes32(d);
    this.secret = SecretBytes.copyOf(bytes);
    Bytes.wipe(bytes);
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
    // Every accessor runs inside Asn1.guard: Bouncy Castle reports malformed structures with
    // ClassCastException, IllegalStateException, ArrayIndexOutOfBoundsException and others, and
    // the contract is CryptoException only (issue 9 item 4).
    return Asn1.read(der, CryptoException.MALFORMED_KEY, "SM2 private key", p -> {
      PrivateKeyInfo info = PrivateKeyInfo.getInstance(p);
      Sm2PublicKey.checkSm2Algorithm(info.getPrivateKeyAlgorithm(), "SM2 private key");
      ECPrivateKey ec = Asn1.read(info.getPrivateKey().getOctets(), CryptoException.MALFORMED_KEY,
          "SM2 private key", q -> ECPrivateKey.getInstance(q));
      return fromEcPrivateKey(ec);
    });
  }

  private static Sm2PrivateKey fromEcPrivateKey(ECPrivateKey ec) {
    return Asn1.guard(CryptoException.MALFORMED_KEY, "SM2 private key", () -> {
      // RFC 5915 §3: version 1, privateKey an OCTET STRING of ceiling(log2(n)/8) = 32 bytes.
      if (!BigInteger.ONE.equals(ASN1Integer.getInstance(ASN1Sequence.getInstance(ec.toASN1Primitive())
          .getObjectAt(0)).getValue())) {
        throw new CryptoException(CryptoException.MALFORMED_KEY, "SM2 private key: ECPrivateKey version is not 1");
      }
      Sm2PrivateKey key = ofScalar(ec.getKey());
      ASN1Encodable parameters = ec.getParametersObject();
      if (parameters != null && !Sm2Domain.OID_SM2P256V1.equals(parameters.toASN1Primitive())) {
        throw new CryptoException(CryptoException.UNSUPPORTED_KEY, "SM2 private key: not on sm2p256v1");
      }
      ASN1BitString embedded = ec.getPublicKey();
      if (embedded != null) {
        Sm2PublicKey stated;
        try {
          if (embedded.getPadBits() != 0) {
            throw new CryptoException(CryptoException.MALFORMED_KEY, "SM2 private key: BIT STRING with unused bits");
          }
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
    });
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

  /**
   * Exports the raw 32-byte scalar. Handle with care; wipe the array after use.
   *
   * @param access the token that marks this export ({@link SecretKeyAccess#insecureSecretAccess()})
   */
  public byte[] toBytes(SecretKeyAccess access) {
    SecretKeyAccess.require(access);
    return secret.toByteArray();
  }

  /**
   * Exports the key as DER PKCS#8 PrivateKeyInfo, with the public key embedded (as OpenSSL does).
   *
   * @param access the token that marks this export ({@link SecretKeyAccess#insecureSecretAccess()})
   */
  public byte[] toPkcs8Der(SecretKeyAccess access) {
    SecretKeyAccess.require(access);
    ECPrivateKey ec = new ECPrivateKey(256, d(), new DERBitString(publicKey.toUncompressed()), null);
    PrivateKeyInfo info;
    try {
      info = new PrivateKeyInfo(
          new AlgorithmIdentifier(Sm2Domain.OID_EC_PUBLIC_KEY, Sm2Domain.OID_SM2P256V1), ec);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("PKCS#8 encoding failed", e);
    }
    return Asn1.der(info);
  }

  /**
   * Exports the key as a PEM {@code PRIVATE KEY} (PKCS#8) block.
   *
   * @param access the token that marks this export ({@link SecretKeyAccess#insecureSecretAccess()})
   */
  public String toPem(SecretKeyAccess access) {
    return Pem.encode(PEM_LABEL, toPkcs8Der(access));
  }

  /** Whether {@code other} holds the same secret scalar, compared in constant time. */
  public boolean hasSameSecret(Sm2PrivateKey other) {
    Objects.requireNonNull(other, "other");
    return secret.equalsSecretBytes(other.secret);
  }

  /** d, as a short-lived BigInteger for one operation. */
  BigInteger d() {
    return scalar(secret);
  }

  /** (1 + d)^-1 mod n, as a short-lived BigInteger for one operation. */
  BigInteger dPlus1Inverse() {
    SecretBytes inverse = dPlus1Inverse;
    if (inverse == null) {
      byte[] bytes = Sm2Domain.toBytes32(BigIntegers.modOddInverse(Sm2Domain.N, d().add(BigInteger.ONE)));
      inverse = SecretBytes.copyOf(bytes);
      Bytes.wipe(bytes);
      if (secret.isDestroyed()) {
        inverse.destroy();
      }
      dPlus1Inverse = inverse;
    }
    return scalar(inverse);
  }

  private static BigInteger scalar(SecretBytes bytes) {
    if (bytes.isDestroyed()) {
      throw new IllegalStateException("SM2 private key destroyed");
    }
    byte[] copy = bytes.toByteArray();
    try {
      return new BigInteger(1, copy);
    } finally {
      Bytes.wipe(copy);
    }
  }

  /**
   * Overwrites the secret scalar and its cached inverse with zeros
   * (javax.security.auth.Destroyable); every later use of this key throws
   * {@link IllegalStateException}. The public key stays usable.
   */
  @Override
  public void destroy() {
    secret.destroy();
    SecretBytes inverse = dPlus1Inverse;
    if (inverse != null) {
      inverse.destroy();
    }
  }

  @Override
  public boolean isDestroyed() {
    return secret.isDestroyed();
  }

  /** Never shows the secret; shows the public key's fingerprint. */
  @Override
  public String toString() {
    return "Sm2PrivateKey[redacted, public=" + publicKey + "]";
  }
}
