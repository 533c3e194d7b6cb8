package io.hdx.security.deid;

import io.hdx.security.SecretKeyAccess;
import io.hdx.security.internal.Bytes;
import io.hdx.security.internal.Randomness;
import io.hdx.security.sm.Sm3;
import io.hdx.security.sm.Sm4Key;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * De-identification keys held in memory, read from a key file or given as bytes.
 *
 * <p>Key file (UTF-8 text; {@code #} starts a comment line):
 *
 * <pre>
 * pseudonym=&lt;32..128 hex digits&gt;     # HMAC-SM3, FF1, date-shift and noise sub-keys derive from it
 * reversible=&lt;32 hex digits&gt;         # optional: the separate SM4 key for reversible pseudonyms
 * </pre>
 *
 * A file holding only hex digits (as {@code hdx keygen --sm4} writes) is the pseudonym key alone.
 *
 * <p>The key id is {@code sm3:} and the first 16 hex digits of SM3("hdx-deid/key-id" || pseudonym
 * key): it names the key in manifests without revealing it.
 *
 * <p>Serializing this object carries the keys; prefer a KMS-backed {@link DeidKeyProvider} when
 * engines are shipped across a network.
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public final class DeidKeys implements DeidKeyProvider {
  private static final long serialVersionUID = 1L;
  private static final int MAX_KEY_BYTES = 64;

  private final byte[] pseudonym;
  private final byte[] reversible;

  private DeidKeys(byte[] pseudonym, byte[] reversible) {
    this.pseudonym = pseudonym;
    this.reversible = reversible;
  }

  /** Keys from (a copy of) a pseudonym key of 16..64 bytes, without a reversible key. */
  public static DeidKeys of(byte[] pseudonymKey) {
    Objects.requireNonNull(pseudonymKey, "pseudonymKey");
    if (pseudonymKey.length < KeyedPseudonym.MIN_KEY_LENGTH || pseudonymKey.length > MAX_KEY_BYTES) {
      throw new PolicyException(PolicyException.KEY, "deid key: pseudonym key must be 16..64 bytes");
    }
    return new DeidKeys(pseudonymKey.clone(), null);
  }

  /** Fresh random keys: a 32-byte pseudonym key and a reversible SM4 key. */
  public static DeidKeys generate() {
    byte[] p = Randomness.bytes(32);
    byte[] r = Randomness.bytes(Sm4Key.LENGTH);
    return new DeidKeys(p, r);
  }

  /** These keys with {@code key} as the reversible key. */
  public DeidKeys withReversibleKey(Sm4Key key) {
    return new DeidKeys(pseudonym.clone(), Objects.requireNonNull(key, "key").toBytes(SecretKeyAccess.insecureSecretAccess()));
  }

  /**
   * Reads a key file (format above).
   *
   * @throws PolicyException {@code DEID-0201} naming the line that is wrong (never its content)
   * @throws IOException when the file cannot be read
   */
  public static DeidKeys fromFile(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    byte[] p = null;
    byte[] r = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).trim();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int eq = line.indexOf('=');
      String name = eq < 0 ? "pseudonym" : line.substring(0, eq).trim();
      String hex = eq < 0 ? line : line.substring(eq + 1).trim();
      int hash = hex.indexOf('#');
      hex = hash < 0 ? hex : hex.substring(0, hash).trim();
      byte[] bytes = Bytes.fromHexOrNull(hex);
      if (bytes == null) {
        throw new PolicyException(PolicyException.KEY, "key file line " + (i + 1) + ": not hexadecimal");
      }
      if (name.equals("pseudonym") && p == null) {
        p = bytes;
      } else if (name.equals("reversible") && r == null) {
        if (bytes.length != Sm4Key.LENGTH) {
          throw new PolicyException(PolicyException.KEY, "key file line " + (i + 1) + ": reversible key must be 32 hex digits");
        }
        r = bytes;
      } else {
        throw new PolicyException(PolicyException.KEY, "key file line " + (i + 1) + ": unknown or repeated name (pseudonym, reversible)");
      }
    }
    if (p == null) {
      throw new PolicyException(PolicyException.KEY, "key file: no pseudonym key");
    }
    DeidKeys keys = of(p);
    Bytes.wipe(p);
    return r == null ? keys : new DeidKeys(keys.pseudonym, r);
  }

  /**
   * The key file text for these keys (handle it as the secret it is).
   *
   * @param access the token that marks this export ({@link SecretKeyAccess#insecureSecretAccess()})
   */
  public String toKeyFile(SecretKeyAccess access) {
    SecretKeyAccess.require(access);
    StringBuilder sb = new StringBuilder("# HDX de-identification keys (keep secret)\n");
    sb.append("pseudonym=").append(Bytes.toHex(pseudonym)).append('\n');
    if (reversible != null) {
      sb.append("reversible=").append(Bytes.toHex(reversible)).append('\n');
    }
    return sb.toString();
  }

  @Override
  public String keyId() {
    byte[] label = "hdx-deid/key-id".getBytes(StandardCharsets.US_ASCII);
    return "sm3:" + Bytes.toHex(Sm3.digest(Bytes.concat(label, pseudonym))).substring(0, 16);
  }

  @Override
  public byte[] pseudonymKey(SecretKeyAccess access) {
    SecretKeyAccess.require(access);
    return pseudonym.clone();
  }

  @Override
  public Optional<Sm4Key> reversibleKey() {
    return reversible == null ? Optional.empty() : Optional.of(Sm4Key.fromBytes(reversible));
  }

  @Override
  public String toString() {
    return "DeidKeys[" + keyId() + (reversible == null ? "" : ", reversible") + ", keys redacted]";
  }
}
