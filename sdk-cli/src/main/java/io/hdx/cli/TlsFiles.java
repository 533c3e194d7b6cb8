package io.hdx.cli;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * The server identity of {@code hdx serve --tls}: a private key (PEM {@code PRIVATE KEY}, PKCS#8, RFC 5208) and its
 * certificate chain (PEM {@code CERTIFICATE}, X.509, the server's first), in one file or in several, read into an
 * {@link SSLContext} for the simulator's HTTPS server. The JDK's TLS has no SM2 cipher suites (GB/T 38636 TLCP is
 * not TLS 1.2/1.3), so the key is EC (e.g. P-256) or RSA; an SM2 key is refused with that reason. Anything
 * unreadable is a {@link UsageException} naming the file, never its content.
 *
 * <p>Thread safety: stateless.
 *
 * @since 0.1.0
 */
final class TlsFiles {
  private static final String KEY = "PRIVATE KEY";
  private static final String CERTIFICATE = "CERTIFICATE";
  private static final char[] IN_MEMORY = "hdx-serve".toCharArray();

  private TlsFiles() {}

  /** An SSLContext serving with the key and certificate chain found in {@code files}. */
  static SSLContext serverContext(List<String> files) {
    byte[] key = null;
    String keyFile = null;
    List<Certificate> chain = new ArrayList<>();
    for (String file : files) {
      String text = CryptoFiles.readText(file);
      for (byte[] der : blocks(text, KEY, file)) {
        if (key != null) {
          throw new UsageException("--tls: more than one private key (" + keyFile + ", " + file + ")");
        }
        key = der;
        keyFile = file;
      }
      for (byte[] der : blocks(text, CERTIFICATE, file)) {
        try {
          chain.add(CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der)));
        } catch (CertificateException e) {
          throw new UsageException("--tls: " + file + ": a CERTIFICATE block is not an X.509 certificate");
        }
      }
    }
    if (key == null) {
      throw new UsageException("--tls: no PEM PRIVATE KEY (PKCS#8) in " + String.join(", ", files));
    }
    if (chain.isEmpty()) {
      throw new UsageException("--tls: no PEM CERTIFICATE in " + String.join(", ", files));
    }
    PrivateKey privateKey = privateKey(key, keyFile);
    try {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(null, null);
      ks.setKeyEntry("server", privateKey, IN_MEMORY, chain.toArray(new Certificate[0]));
      KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      kmf.init(ks, IN_MEMORY);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(kmf.getKeyManagers(), null, null);
      return context;
    } catch (GeneralSecurityException | java.io.IOException e) {
      throw new UsageException("--tls: the key and certificate cannot serve TLS (" + e.getClass().getSimpleName()
          + "); does the certificate belong to the key?");
    }
  }

  private static PrivateKey privateKey(byte[] pkcs8, String file) {
    for (String algorithm : new String[] {"EC", "RSA"}) {
      try {
        return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
      } catch (InvalidKeySpecException | java.security.NoSuchAlgorithmException e) {
        // try the next algorithm
      }
    }
    throw new UsageException("--tls: " + file + ": the private key is neither EC (P-256, P-384) nor RSA; the JDK's"
        + " TLS has no SM2 cipher suites");
  }

  /** The DER of each PEM block of {@code type} in {@code text} (RFC 7468). */
  private static List<byte[]> blocks(String text, String type, String file) {
    List<byte[]> out = new ArrayList<>();
    String begin = "-----BEGIN " + type + "-----";
    String end = "-----END " + type + "-----";
    int from = 0;
    int at;
    while ((at = text.indexOf(begin, from)) >= 0) {
      int stop = text.indexOf(end, at);
      if (stop < 0) {
        throw new UsageException("--tls: " + file + ": PEM " + type + " block without its END line");
      }
      try {
        out.add(Base64.getMimeDecoder().decode(text.substring(at + begin.length(), stop)));
      } catch (IllegalArgumentException e) {
        throw new UsageException("--tls: " + file + ": PEM " + type + " block is not Base64");
      }
      from = stop + end.length();
    }
    return out;
  }
}
