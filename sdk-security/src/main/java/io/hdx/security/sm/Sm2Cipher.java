package io.hdx.security.sm;

import io.hdx.security.CryptoException;
import io.hdx.security.internal.Asn1;
import io.hdx.security.internal.KSource;
import io.hdx.security.internal.Sm2Domain;
import io.hdx.security.internal.Sm2Engine;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Objects;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.math.ec.ECPoint;

/**
 * SM2 public-key encryption (GB/T 32918.4-2016), in one explicit wire format: a
 * {@link CiphertextLayout} (C1C3C2 by default) and a {@link CiphertextEncoding} (GM/T 0009 DER by
 * default, which is what OpenSSL writes).
 *
 * <p>Security guarantees: a fresh random k for every encryption; decryption checks that C1 is a
 * point of the curve and that C3 = SM3(x2 ‖ M ‖ y2) (compared in constant time) before any
 * plaintext is released. Every failure is a {@link CryptoException} that says only what failed.
 * SM2 encryption is meant for short secrets such as content keys; encrypt bulk data with
 * {@link Sm4Gcm} under such a key.
 *
 * <pre>{@code
 * byte[] ciphertext = Sm2Cipher.create().encrypt(recipientPublicKey, contentKey);
 * byte[] raw = Sm2Cipher.builder().encoding(CiphertextEncoding.RAW).build().encrypt(publicKey, secret);
 * byte[] back = Sm2Cipher.create().decrypt(privateKey, ciphertext);
 * }</pre>
 *
 * <p>Thread safety: immutable; share it.
 *
 * @since 0.1.0
 */
public final class Sm2Cipher {
  private static final int HASH_LENGTH = 32;
  private static final int C1_LENGTH = 65;
  private static final int C1_COMPRESSED_LENGTH = 33;

  private final CiphertextLayout layout;
  private final CiphertextEncoding encoding;
  private final KSource kSource;

  private Sm2Cipher(Builder builder) {
    this.layout = builder.layout;
    this.encoding = builder.encoding;
    this.kSource = builder.kSource;
  }

  /** C1C3C2 in GM/T 0009 DER. */
  public static Sm2Cipher create() {
    return builder().build();
  }

  /** A builder for another layout or encoding. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Encrypts {@code plaintext} (not empty) for the holder of {@code recipient}'s private key.
   */
  public byte[] encrypt(Sm2PublicKey recipient, byte[] plaintext) {
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(plaintext, "plaintext");
    if (plaintext.length == 0) {
      throw new IllegalArgumentException("plaintext must not be empty");
    }
    return write(Sm2Engine.encrypt(recipient.point(), plaintext, kSource));
  }

  /**
   * Decrypts {@code ciphertext} written in this cipher's format.
   *
   * @throws CryptoException {@link CryptoException#MALFORMED_CIPHERTEXT} when it cannot be
   *     decoded, {@link CryptoException#DECRYPTION_FAILED} when the hash check fails
   */
  public byte[] decrypt(Sm2PrivateKey key, byte[] ciphertext) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(ciphertext, "ciphertext");
    Parts parts = read(ciphertext);
    byte[] plaintext = Sm2Engine.decrypt(key.d(), parts.c1, parts.c2, parts.c3);
    if (plaintext == null) {
      throw new CryptoException(CryptoException.DECRYPTION_FAILED, "SM2 decryption failed");
    }
    return plaintext;
  }

  /**
   * Rewrites {@code ciphertext}, given in this cipher's format, in {@code target}'s format. Needs no
   * key; checks only the structure and that C1 is a curve point.
   *
   * @throws CryptoException when {@code ciphertext} is not in this cipher's format
   */
  public byte[] convertTo(Sm2Cipher target, byte[] ciphertext) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(ciphertext, "ciphertext");
    Parts parts = read(ciphertext);
    return target.write(new Sm2Engine.Ciphertext(parts.c1.getEncoded(false), parts.c2, parts.c3));
  }

  /** The layout. */
  public CiphertextLayout layout() {
    return layout;
  }

  /** The encoding. */
  public CiphertextEncoding encoding() {
    return encoding;
  }

  private byte[] write(Sm2Engine.Ciphertext ct) {
    if (encoding == CiphertextEncoding.RAW) {
      byte[] out = new byte[ct.c1.length + ct.c2.length + ct.c3.length];
      System.arraycopy(ct.c1, 0, out, 0, ct.c1.length);
      byte[] second = layout == CiphertextLayout.C1C3C2 ? ct.c3 : ct.c2;
      byte[] third = layout == CiphertextLayout.C1C3C2 ? ct.c2 : ct.c3;
      System.arraycopy(second, 0, out, ct.c1.length, second.length);
      System.arraycopy(third, 0, out, ct.c1.length + second.length, third.length);
      return out;
    }
    ASN1EncodableVector v = new ASN1EncodableVector(4);
    v.add(new ASN1Integer(new BigInteger(1, Arrays.copyOfRange(ct.c1, 1, 33))));
    v.add(new ASN1Integer(new BigInteger(1, Arrays.copyOfRange(ct.c1, 33, 65))));
    if (layout == CiphertextLayout.C1C3C2) {
      v.add(new DEROctetString(ct.c3));
      v.add(new DEROctetString(ct.c2));
    } else {
      v.add(new DEROctetString(ct.c2));
      v.add(new DEROctetString(ct.c3));
    }
    return Asn1.der(new DERSequence(v));
  }

  private static final class Parts {
    final ECPoint c1;
    final byte[] c2;
    final byte[] c3;

    Parts(ECPoint c1, byte[] c2, byte[] c3) {
      this.c1 = c1;
      this.c2 = c2;
      this.c3 = c3;
    }
  }

  private Parts read(byte[] ciphertext) {
    if (encoding == CiphertextEncoding.RAW) {
      int c1Length;
      if (ciphertext.length > 0 && ciphertext[0] == 0x04) {
        c1Length = C1_LENGTH;
      } else if (ciphertext.length > 0 && (ciphertext[0] == 0x02 || ciphertext[0] == 0x03)) {
        c1Length = C1_COMPRESSED_LENGTH;
      } else {
        throw malformed("C1 must start with 04, 02 or 03");
      }
      if (ciphertext.length <= c1Length + HASH_LENGTH) {
        throw malformed("too short");
      }
      ECPoint c1 = point(Arrays.copyOfRange(ciphertext, 0, c1Length));
      int c2Length = ciphertext.length - c1Length - HASH_LENGTH;
      byte[] c2;
      byte[] c3;
      if (layout == CiphertextLayout.C1C3C2) {
        c3 = Arrays.copyOfRange(ciphertext, c1Length, c1Length + HASH_LENGTH);
        c2 = Arrays.copyOfRange(ciphertext, c1Length + HASH_LENGTH, ciphertext.length);
      } else {
        c2 = Arrays.copyOfRange(ciphertext, c1Length, c1Length + c2Length);
        c3 = Arrays.copyOfRange(ciphertext, c1Length + c2Length, ciphertext.length);
      }
      return new Parts(c1, c2, c3);
    }
    return Asn1.read(ciphertext, CryptoException.MALFORMED_CIPHERTEXT, "SM2 ciphertext", p -> {
      ASN1Sequence seq = ASN1Sequence.getInstance(p);
      if (seq.size() != 4) {
        throw malformed("DER SEQUENCE must have four elements");
      }
      BigInteger x = ASN1Integer.getInstance(seq.getObjectAt(0)).getPositiveValue();
      BigInteger y = ASN1Integer.getInstance(seq.getObjectAt(1)).getPositiveValue();
      byte[] third = ASN1OctetString.getInstance(seq.getObjectAt(2)).getOctets();
      byte[] fourth = ASN1OctetString.getInstance(seq.getObjectAt(3)).getOctets();
      byte[] c3 = layout == CiphertextLayout.C1C3C2 ? third : fourth;
      byte[] c2 = layout == CiphertextLayout.C1C3C2 ? fourth : third;
      if (c3.length != HASH_LENGTH || c2.length == 0) {
        throw malformed("hash must be 32 bytes and the ciphertext not empty");
      }
      if (x.bitLength() > 256 || y.bitLength() > 256) {
        throw malformed("C1 coordinate too large");
      }
      byte[] c1 = new byte[C1_LENGTH];
      c1[0] = 0x04;
      Sm2Domain.toBytes32(x, c1, 1);
      Sm2Domain.toBytes32(y, c1, 33);
      return new Parts(point(c1), c2, c3);
    });
  }

  private static ECPoint point(byte[] encoding) {
    try {
      return Sm2PublicKey.decodePoint(encoding);
    } catch (CryptoException e) {
      throw new CryptoException(CryptoException.MALFORMED_CIPHERTEXT, "SM2 ciphertext: C1 is not a curve point", e);
    }
  }

  private static CryptoException malformed(String what) {
    return new CryptoException(CryptoException.MALFORMED_CIPHERTEXT, "SM2 ciphertext: " + what);
  }

  @Override
  public String toString() {
    return "Sm2Cipher[" + layout + ", " + encoding + "]";
  }

  /**
   * Configures an {@link Sm2Cipher}.
   *
   * <p>Thread safety: not thread-safe; build once, then share the cipher.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private CiphertextLayout layout = CiphertextLayout.C1C3C2;
    private CiphertextEncoding encoding = CiphertextEncoding.DER;
    private KSource kSource = Sm2Engine.RANDOM_K;

    private Builder() {}

    /** The layout; {@link CiphertextLayout#C1C3C2} by default. */
    public Builder layout(CiphertextLayout layout) {
      this.layout = Objects.requireNonNull(layout, "layout");
      return this;
    }

    /** The encoding; {@link CiphertextEncoding#DER} by default. */
    public Builder encoding(CiphertextEncoding encoding) {
      this.encoding = Objects.requireNonNull(encoding, "encoding");
      return this;
    }

    /** Test hook: a fixed k, to reproduce the standard's worked example. Never use otherwise. */
    Builder kSourceForTesting(KSource kSource) {
      this.kSource = Objects.requireNonNull(kSource, "kSource");
      return this;
    }

    /** The cipher. */
    public Sm2Cipher build() {
      return new Sm2Cipher(this);
    }
  }
}
