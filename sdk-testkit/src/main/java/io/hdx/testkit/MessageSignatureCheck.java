package io.hdx.testkit;

/**
 * Whether the {@link PlatformSimulator} checks the SM2 signature a client sends with each V3 message (the HTTP
 * header {@value io.hdx.codec.v3.MessageSignatures#HEADER}, see {@link io.hdx.codec.v3.MessageSignatures}).
 * A message that fails the check is rejected with an AR acknowledgement before anything is applied, and the
 * audit log records the refusal.
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public enum MessageSignatureCheck {
  /** Signatures are ignored (the default). */
  OFF,
  /**
   * An unsigned message is accepted; a signed one must verify with the key trusted for its sender
   * ({@link PlatformSimulator.Builder#trustSigner}), else AR.
   */
  OPTIONAL,
  /** Every message must carry a signature that verifies with the key trusted for its sender, else AR. */
  REQUIRED
}
