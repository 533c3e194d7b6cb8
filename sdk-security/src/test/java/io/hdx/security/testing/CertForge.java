package io.hdx.security.testing;

import io.hdx.security.cert.Sm2Certificate;
import io.hdx.security.sm.Sm2PrivateKey;
import io.hdx.security.sm.Sm2PublicKey;
import io.hdx.security.sm.Sm2Signer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509v1CertificateBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;

/**
 * Makes certificates that {@link io.hdx.security.cert.Sm2CertificateBuilder} refuses to make: an
 * end entity issuing certificates, version 1 certificates, arbitrary extensions, bogus
 * signatures. For attack regression tests only.
 */
public final class CertForge {
  private static final AlgorithmIdentifier SM3_WITH_SM2 =
      new AlgorithmIdentifier(new ASN1ObjectIdentifier("1.2.156.10197.1.501"));
  private static final AtomicLong SERIAL = new AtomicLong(1000);

  private static final class Ext {
    final ASN1ObjectIdentifier oid;
    final boolean critical;
    final ASN1Encodable value;

    Ext(ASN1ObjectIdentifier oid, boolean critical, ASN1Encodable value) {
      this.oid = oid;
      this.critical = critical;
      this.value = value;
    }
  }

  private final Sm2PublicKey subjectKey;
  private String subject = "CN=Forged";
  private String issuer;
  private boolean version1;
  private BigInteger serial = BigInteger.valueOf(SERIAL.incrementAndGet());
  private Instant notBefore = Instant.now().minus(Duration.ofDays(1));
  private Instant notAfter = Instant.now().plus(Duration.ofDays(30));
  private final List<Ext> extensions = new ArrayList<>();

  private CertForge(Sm2PublicKey subjectKey) {
    this.subjectKey = subjectKey;
  }

  public static CertForge forKey(Sm2PublicKey subjectKey) {
    return new CertForge(subjectKey);
  }

  public CertForge subject(String subject) {
    this.subject = subject;
    return this;
  }

  public CertForge issuer(String issuer) {
    this.issuer = issuer;
    return this;
  }

  public CertForge serial(long serial) {
    this.serial = BigInteger.valueOf(serial);
    return this;
  }

  public CertForge version1() {
    this.version1 = true;
    return this;
  }

  public CertForge extension(ASN1ObjectIdentifier oid, boolean critical, ASN1Encodable value) {
    extensions.add(new Ext(oid, critical, value));
    return this;
  }

  /** Signs with {@code issuerKey}; the issuer name defaults to the subject (self-issued). */
  public Sm2Certificate signWith(Sm2PrivateKey issuerKey) {
    Sm2Signer signer = Sm2Signer.create(issuerKey);
    return build(bytes -> signer.sign(bytes));
  }

  /** A certificate whose signature is a fixed, well-formed but wrong SM2 signature. */
  public Sm2Certificate signBogus() {
    byte[] bogus = new byte[] {0x30, 0x06, 0x02, 0x01, 0x01, 0x02, 0x01, 0x01};
    return build(bytes -> bogus);
  }

  private interface Sign {
    byte[] sign(byte[] tbs);
  }

  private Sm2Certificate build(Sign sign) {
    X500Name subjectName = new X500Name(subject);
    X500Name issuerName = new X500Name(issuer != null ? issuer : subject);
    SubjectPublicKeyInfo spki = SubjectPublicKeyInfo.getInstance(subjectKey.toSpkiDer());
    ContentSigner contentSigner = new ContentSigner() {
      private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

      @Override
      public AlgorithmIdentifier getAlgorithmIdentifier() {
        return SM3_WITH_SM2;
      }

      @Override
      public OutputStream getOutputStream() {
        return buffer;
      }

      @Override
      public byte[] getSignature() {
        return sign.sign(buffer.toByteArray());
      }
    };
    try {
      byte[] der;
      if (version1) {
        der = new X509v1CertificateBuilder(issuerName, serial, Date.from(notBefore), Date.from(notAfter),
            subjectName, spki).build(contentSigner).getEncoded();
      } else {
        X509v3CertificateBuilder builder = new X509v3CertificateBuilder(issuerName, serial, Date.from(notBefore),
            Date.from(notAfter), subjectName, spki);
        for (Ext e : extensions) {
          builder.addExtension(e.oid, e.critical, e.value);
        }
        der = builder.build(contentSigner).getEncoded();
      }
      return Sm2Certificate.fromDer(der);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
