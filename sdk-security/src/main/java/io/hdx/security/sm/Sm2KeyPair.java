package io.hdx.security.sm;

import java.util.Objects;

/**
 * An SM2 private key and its public key.
 *
 * <pre>{@code
 * Sm2KeyPair pair = Sm2KeyPair.generate();
 * Files.write(dir.resolve("sm2-private.pem"), pair.privateKey().toPem(SecretKeyAccess.insecureSecretAccess()).getBytes(US_ASCII));
 * }</pre>
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public final class Sm2KeyPair {
  private final Sm2PrivateKey privateKey;

  private Sm2KeyPair(Sm2PrivateKey privateKey) {
    this.privateKey = privateKey;
  }

  /** Generates a key pair from a {@link java.security.SecureRandom} (GB/T 32918.1 §6.1). */
  public static Sm2KeyPair generate() {
    return new Sm2KeyPair(Sm2PrivateKey.generate());
  }

  /** The pair of {@code privateKey} and the public key derived from it. */
  public static Sm2KeyPair of(Sm2PrivateKey privateKey) {
    return new Sm2KeyPair(Objects.requireNonNull(privateKey, "privateKey"));
  }

  /** The private key. */
  public Sm2PrivateKey privateKey() {
    return privateKey;
  }

  /** The public key. */
  public Sm2PublicKey publicKey() {
    return privateKey.publicKey();
  }

  /** Shows the public key only. */
  @Override
  public String toString() {
    return "Sm2KeyPair[" + privateKey.publicKey() + "]";
  }
}
