package io.hdx.security;

import java.util.Objects;

/**
 * The token that lets secret key bytes leave their key object, after Tink's
 * {@code SecretKeyAccess} / {@code InsecureSecretKeyAccess}: every method that exports a secret
 * ({@link io.hdx.security.sm.Sm2PrivateKey#toBytes}, {@code toPkcs8Der}, {@code toPem},
 * {@link io.hdx.security.sm.Sm4Key#toBytes}) takes one, so each place a secret is exported says so
 * in its source and can be found by searching for {@link #insecureSecretAccess()}.
 *
 * <pre>{@code
 * String pem = privateKey.toPem(SecretKeyAccess.insecureSecretAccess());
 * }</pre>
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public final class SecretKeyAccess {
  private static final SecretKeyAccess INSTANCE = new SecretKeyAccess();

  private SecretKeyAccess() {}

  /**
   * The access token. Call it only where secret bytes must leave a key (writing a key file,
   * handing a key to another library), and keep those places few.
   */
  public static SecretKeyAccess insecureSecretAccess() {
    return INSTANCE;
  }

  /** Checks that a caller passed a token; for sdk-security's export methods. */
  public static void require(SecretKeyAccess access) {
    Objects.requireNonNull(access, "access: secret key bytes leave their key only with a SecretKeyAccess");
  }

  @Override
  public String toString() {
    return "SecretKeyAccess";
  }
}
