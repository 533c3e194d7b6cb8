package io.hdx.security.deid;

import io.hdx.security.SecretKeyAccess;
import io.hdx.security.sm.Sm4Key;
import java.io.Serializable;
import java.util.Optional;

/**
 * Where a {@link Deidentifier} gets its keys: a key file ({@link DeidKeys}) or the caller's own
 * provider, so that a KMS or HSM can hold them. A provider is serialized with the engine that uses
 * it (Spark, Flink): a KMS-backed provider should serialize only its key reference and fetch the
 * key where it is deserialized.
 *
 * <pre>{@code
 * DeidKeyProvider kms = new MyKmsKeys("projects/p/keys/deid-2026");   // your implementation
 * Deidentifier deid = Deidentifier.builder().policy(Policies.research()).keys(kms).build();
 * }</pre>
 *
 * <p>Thread safety: implementations must be safe to call from several threads.
 *
 * @since 0.1.0
 */
public interface DeidKeyProvider extends Serializable {
  /**
   * A name for the key that the manifest may print: never the key, nor anything from which it can
   * be derived faster than by brute force.
   */
  String keyId();

  /**
   * The pseudonym key, at least 16 bytes: a fresh copy the engine wipes after deriving its sub-keys. The engine passes
   * a token, as every export of secret bytes takes one; an implementation checks it with
   * {@link SecretKeyAccess#require}.
   *
   * @param access the token that marks this export of secret bytes
   */
  byte[] pseudonymKey(SecretKeyAccess access);

  /** The separate SM4 key for reversible pseudonyms, if there is one. */
  Optional<Sm4Key> reversibleKey();
}
