package io.hdx.cli;

import io.hdx.security.CryptoException;
import io.hdx.security.sm.Sm4Gcm;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;

/**
 * {@code hdx decrypt}: the inverse of {@code hdx encrypt}, with {@code --key-file K} (SM4-GCM) or
 * {@code --key KEY} (an SM2 private key PEM, with the same {@code --format} and {@code --encoding}
 * as at encryption). Nothing is written unless the ciphertext checks out (GCM tag, SM2 C3); a
 * failure prints the reason on stderr and exits 1.
 *
 * <p>Thread safety: stateless.
 *
 * @since 0.1.0
 */
final class DecryptCommand implements Command {

  @Override
  public List<String> verb() {
    return Collections.singletonList("decrypt");
  }

  @Override
  public String synopsis() {
    return "decrypt (--key-file K | --key KEY) IN --out OUT [--format c1c3c2|c1c2c3] [--encoding der|raw]";
  }

  @Override
  public String summary() {
    return "decrypts a file made by 'hdx encrypt' (SM4-GCM key file or SM2 private key)";
  }

  @Override
  public int run(List<String> arguments, Console console) {
    Args args = Args.parse(arguments, new HashSet<>(Arrays.asList("key-file", "key", "out", "format", "encoding")),
        Collections.<String>emptySet());
    if (args.positionals().size() != 1) {
      throw new UsageException("exactly one input file IN is required");
    }
    if (args.option("key-file").isPresent() == args.option("key").isPresent()) {
      throw new UsageException("give exactly one of --key-file (SM4-GCM) and --key (SM2)");
    }
    String in = args.positionals().get(0);
    String out = args.requiredOption("out");
    byte[] plaintext;
    try {
      if (args.option("key-file").isPresent()) {
        Sm2CipherOptions.rejectWithSm4(args);
        Sm4Gcm aead = Sm4Gcm.create(CryptoFiles.sm4Key(args.option("key-file").get()));
        plaintext = aead.decrypt(CryptoFiles.read(in));
      } else {
        plaintext = Sm2CipherOptions.cipher(args).decrypt(CryptoFiles.privateKey(args.option("key").get()),
            CryptoFiles.read(in));
      }
    } catch (CryptoException e) {
      console.err().println("hdx decrypt: " + in + ": " + e.getMessage());
      return ExitCode.INVALID;
    }
    CryptoFiles.write(out, plaintext);
    console.out().println("DECRYPTED " + in + " " + out);
    return ExitCode.OK;
  }
}
