package io.hdx.cli;

import io.hdx.security.sm.Sm2PublicKey;
import io.hdx.security.sm.Sm4Gcm;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;

/**
 * {@code hdx encrypt}: with {@code --key-file K}, SM4-GCM under the SM4 key in K (32 hex digits,
 * as {@code hdx keygen --sm4} writes it), output {@code nonce(12) ‖ ciphertext ‖ tag(16)}; with
 * {@code --pub PUB} (a public key or certificate PEM), SM2 public-key encryption in the layout
 * {@code --format c1c3c2|c1c2c3} (default c1c3c2) and {@code --encoding der|raw} (default der,
 * GM/T 0009).
 *
 * <p>Thread safety: stateless.
 *
 * @since 0.1.0
 */
final class EncryptCommand implements Command {

  @Override
  public List<String> verb() {
    return Collections.singletonList("encrypt");
  }

  @Override
  public String synopsis() {
    return "encrypt (--key-file K | --pub PUB) IN --out OUT [--format c1c3c2|c1c2c3] [--encoding der|raw]";
  }

  @Override
  public String summary() {
    return "encrypts a file with SM4-GCM under a key file, or with SM2 for a public key";
  }

  @Override
  public int run(List<String> arguments, Console console) {
    Args args = Args.parse(arguments, new HashSet<>(Arrays.asList("key-file", "pub", "out", "format", "encoding")),
        Collections.<String>emptySet());
    if (args.positionals().size() != 1) {
      throw new UsageException("exactly one input file IN is required");
    }
    if (args.option("key-file").isPresent() == args.option("pub").isPresent()) {
      throw new UsageException("give exactly one of --key-file (SM4-GCM) and --pub (SM2)");
    }
    String in = args.positionals().get(0);
    String out = args.requiredOption("out");
    byte[] ciphertext;
    String scheme;
    if (args.option("key-file").isPresent()) {
      Sm2CipherOptions.rejectWithSm4(args);
      Sm4Gcm aead = Sm4Gcm.create(CryptoFiles.sm4Key(args.option("key-file").get()));
      ciphertext = aead.encrypt(CryptoFiles.read(in));
      scheme = "sm4-gcm";
    } else {
      Sm2PublicKey key = CryptoFiles.publicKey(args.option("pub").get());
      byte[] plaintext = CryptoFiles.read(in);
      if (plaintext.length == 0) {
        throw UsageException.unreadable(in + ": SM2 cannot encrypt an empty file", null);
      }
      ciphertext = Sm2CipherOptions.cipher(args).encrypt(key, plaintext);
      scheme = "sm2";
    }
    CryptoFiles.write(out, ciphertext);
    console.out().println("ENCRYPTED " + in + " " + scheme + " " + out);
    return ExitCode.OK;
  }
}
