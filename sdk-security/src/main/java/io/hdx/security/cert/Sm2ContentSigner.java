package io.hdx.security.cert;

import io.hdx.security.internal.Sm2Domain;
import io.hdx.security.sm.Sm2PrivateKey;
import io.hdx.security.sm.Sm2Signer;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.operator.ContentSigner;

/**
 * Bouncy Castle's lightweight {@link ContentSigner} over HDX's SM2 signer: SM3withSM2 with the
 * default user ID, DER signatures, and no parameters in the algorithm identifier (as OpenSSL
 * writes it). One instance signs one structure.
 *
 * <p>Thread safety: not thread-safe.
 *
 * @since 0.1.0
 */
final class Sm2ContentSigner implements ContentSigner {
  private static final AlgorithmIdentifier ALGORITHM = new AlgorithmIdentifier(Sm2Domain.OID_SM3_WITH_SM2);

  private final Sm2Signer signer;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

  Sm2ContentSigner(Sm2PrivateKey key) {
    this.signer = Sm2Signer.create(key);
  }

  static AlgorithmIdentifier algorithm() {
    return ALGORITHM;
  }

  @Override
  public AlgorithmIdentifier getAlgorithmIdentifier() {
    return ALGORITHM;
  }

  @Override
  public OutputStream getOutputStream() {
    return buffer;
  }

  @Override
  public byte[] getSignature() {
    return signer.sign(buffer.toByteArray());
  }
}
