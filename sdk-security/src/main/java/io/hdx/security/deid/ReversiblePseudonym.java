package io.hdx.security.deid;

import io.hdx.security.CryptoException;
import io.hdx.security.SecretKeyAccess;
import io.hdx.security.internal.Bytes;
import io.hdx.security.internal.SecretBytes;
import io.hdx.security.sm.HmacSm3;
import io.hdx.security.sm.Sm4Key;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.SICBlockCipher;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;

/**
 * Reversible pseudonyms for authorized re-identification: deterministic authenticated encryption
 * of a value under an SM4 key kept apart from the pseudonym key. GB/T 37964-2019 lists
 * cryptographic techniques (deterministic and format-preserving encryption) and pseudonymization
 * among the de-identification techniques of its Annex A, where the holder of the key can reverse
 * them; the exact clause number could not be confirmed against the standard's text here.
 *
 * <p>Construction (SIV, after RFC 5297, with SM3/SM4): {@code IV = HMAC-SM3(K_mac, domain || 0 ||
 * value)[0..16]}, {@code C = SM4-CTR(K_enc, IV, value)}, token {@code "RV1" || base32(IV || C)};
 * both sub-keys are derived from the reversible key with HMAC-SM3 and distinct labels. The same
 * value in the same domain under the same key gives the same token (documents still link); a
 * token decrypts only under its key and domain, and any change to it is detected.
 *
 * <pre>{@code
 * ReversiblePseudonym r = ReversiblePseudonym.create(reversibleKey);
 * String token = r.encrypt("2.16.156.10011.1.3", idNumber);
 * String back = r.decrypt("2.16.156.10011.1.3", token);
 * }</pre>
 *
 * <p>Thread safety: immutable; share it.
 *
 * @since 0.1.0
 */
public final class ReversiblePseudonym {
  /** Every token starts with this prefix (version 1 of the construction). */
  public static final String PREFIX = "RV1";
  private static final int IV_LENGTH = 16;

  private final SecretBytes encKey;
  private final HmacSm3 macKey;

  private ReversiblePseudonym(SecretBytes encKey, HmacSm3 macKey) {
    this.encKey = encKey;
    this.macKey = macKey;
  }

  /** A reversible pseudonymizer under {@code key}; use a key other than the pseudonym key. */
  public static ReversiblePseudonym create(Sm4Key key) {
    byte[] master = Objects.requireNonNull(key, "key").toBytes(SecretKeyAccess.insecureSecretAccess());
    byte[] enc = Subkeys.derive(master, "hdx-deid/reversible/enc");
    byte[] mac = Subkeys.derive(master, "hdx-deid/reversible/mac");
    try {
      return new ReversiblePseudonym(SecretBytes.copyOf(Arrays.copyOf(enc, 16)), HmacSm3.create(mac));
    } finally {
      Bytes.wipe(master);
      Bytes.wipe(enc);
      Bytes.wipe(mac);
    }
  }

  /** The token of {@code value} in {@code domain}. */
  public String encrypt(String domain, String value) {
    byte[] plain = Objects.requireNonNull(value, "value").getBytes(StandardCharsets.UTF_8);
    byte[] iv = siv(Objects.requireNonNull(domain, "domain"), plain);
    byte[] out = new byte[IV_LENGTH + plain.length];
    System.arraycopy(iv, 0, out, 0, IV_LENGTH);
    ctr(iv, plain, out, IV_LENGTH);
    return PREFIX + Base32.encode(out, 0, out.length);
  }

  /**
   * The value a token was made from.
   *
   * @throws CryptoException {@code CRYPTO-0301} when it is not a token, {@code CRYPTO-0302} when it
   *     was not made under this key and domain or was changed
   */
  public String decrypt(String domain, String token) {
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(token, "token");
    byte[] raw = token.startsWith(PREFIX) ? Base32.decodeOrNull(token.substring(PREFIX.length())) : null;
    if (raw == null || raw.length < IV_LENGTH) {
      throw new CryptoException(CryptoException.MALFORMED_CIPHERTEXT, "reversible pseudonym: not a token");
    }
    byte[] iv = Arrays.copyOf(raw, IV_LENGTH);
    byte[] plain = new byte[raw.length - IV_LENGTH];
    ctr(iv, Arrays.copyOfRange(raw, IV_LENGTH, raw.length), plain, 0);
    if (!Bytes.constantTimeEquals(iv, siv(domain, plain))) {
      Bytes.wipe(plain);
      throw new CryptoException(CryptoException.DECRYPTION_FAILED, "reversible pseudonym: authentication failed");
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(plain)).toString();
    } catch (CharacterCodingException e) {
      throw new CryptoException(CryptoException.DECRYPTION_FAILED, "reversible pseudonym: not UTF-8");
    } finally {
      Bytes.wipe(plain);
    }
  }

  private byte[] siv(String domain, byte[] plain) {
    byte[] tag = macKey.compute(Bytes.concat(domain.getBytes(StandardCharsets.UTF_8), new byte[] {0}, plain));
    return Arrays.copyOf(tag, IV_LENGTH);
  }

  private void ctr(byte[] iv, byte[] in, byte[] out, int outOffset) {
    SICBlockCipher cipher = new SICBlockCipher(new SM4Engine());
    byte[] k = encKey.toByteArray();
    try {
      cipher.init(true, new ParametersWithIV(new KeyParameter(k), iv));
    } finally {
      Bytes.wipe(k);
    }
    cipher.processBytes(in, 0, in.length, out, outOffset);
  }

  @Override
  public String toString() {
    return "ReversiblePseudonym[key redacted]";
  }
}
