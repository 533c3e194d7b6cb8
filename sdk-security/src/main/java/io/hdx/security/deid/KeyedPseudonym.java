package io.hdx.security.deid;

import io.hdx.security.internal.Bytes;
import io.hdx.security.sm.HmacSm3;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Keyed pseudonyms: HMAC-SM3 (GB/T 15852.2 with GB/T 32905) of a value under a secret key, within a
 * domain (the data element or identifier scheme), so the same value under the same key is the same
 * pseudonym in every document and every run, another key gives unrelated pseudonyms, and nobody
 * without the key can recompute or invert them (GB/T 37964-2019 Annex A, "pseudonymization"
 * techniques — clause number unconfirmed against the text).
 *
 * <pre>{@code
 * KeyedPseudonym p = KeyedPseudonym.create(key);
 * p.token("DE02.01.039.00", "张三");       // 16 base-32 characters
 * p.digits("2.16.156.10011.1.12", "A123", 4);   // four digits
 * }</pre>
 *
 * <p>Security guarantees: a PRF under the key; tokens carry 80 bits. The key never appears in
 * {@link #toString()}.
 *
 * <p>Thread safety: immutable; share it.
 *
 * @since 0.1.0
 */
public final class KeyedPseudonym {
  /** The shortest key accepted, in bytes. */
  public static final int MIN_KEY_LENGTH = 16;
  private static final int TOKEN_BYTES = 10;

  private final HmacSm3 mac;

  private KeyedPseudonym(HmacSm3 mac) {
    this.mac = mac;
  }

  /** A pseudonymizer under (a copy of) {@code key}, at least {@value #MIN_KEY_LENGTH} bytes. */
  public static KeyedPseudonym create(byte[] key) {
    Objects.requireNonNull(key, "key");
    if (key.length < MIN_KEY_LENGTH) {
      throw new IllegalArgumentException("pseudonym key must be at least " + MIN_KEY_LENGTH + " bytes");
    }
    return new KeyedPseudonym(HmacSm3.create(key));
  }

  /** The 32-byte HMAC-SM3 of {@code 0x01 || domain || 0x00 || value} (both UTF-8). */
  public byte[] tag(String domain, String value) {
    return mac(Objects.requireNonNull(domain, "domain"), Objects.requireNonNull(value, "value"), -1);
  }

  /** A 16-character base-32 token (80 bits of the tag). */
  public String token(String domain, String value) {
    return Base32.encode(tag(domain, value), 0, TOKEN_BYTES);
  }

  /** {@code length} decimal digits (1..60) derived from the tag; uniform up to a 2^-64 bias. */
  public String digits(String domain, String value, int length) {
    if (length < 1 || length > 60) {
      throw new IllegalArgumentException("digits: length must be 1..60");
    }
    BigInteger n = new BigInteger(1, Bytes.concat(tag(domain, value), mac(domain, value, 1)));
    String s = n.mod(BigInteger.TEN.pow(length)).toString();
    StringBuilder out = new StringBuilder(length);
    for (int i = s.length(); i < length; i++) {
      out.append('0');
    }
    return out.append(s).toString();
  }

  /** A number in {@code [0, bound)} derived from the tag; uniform up to a 2^-192 bias. */
  public long uniform(String domain, String value, long bound) {
    if (bound < 1) {
      throw new IllegalArgumentException("bound must be positive");
    }
    return new BigInteger(1, tag(domain, value)).mod(BigInteger.valueOf(bound)).longValue();
  }

  private byte[] mac(String domain, String value, int counter) {
    byte[] d = domain.getBytes(StandardCharsets.UTF_8);
    byte[] v = value.getBytes(StandardCharsets.UTF_8);
    // One leading byte tells the tag (1) from its extensions (2, counter) apart.
    byte[] head = counter < 0 ? new byte[] {1} : new byte[] {2, (byte) counter};
    return mac.compute(Bytes.concat(head, d, new byte[] {0}, v));
  }

  @Override
  public String toString() {
    return "KeyedPseudonym[key redacted]";
  }
}
