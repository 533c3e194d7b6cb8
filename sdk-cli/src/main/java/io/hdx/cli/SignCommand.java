package io.hdx.cli;

import io.hdx.security.cert.Sm2Certificate;
import io.hdx.security.sign.DocumentSigner;
import io.hdx.security.sm.SignatureEncoding;
import io.hdx.security.sm.Sm2PrivateKey;
import io.hdx.security.sm.Sm2Signer;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;

/**
 * {@code hdx sign --key KEY --cert CERT IN --out SIG}: a detached GM/T 0010 CMS signature over IN
 * (SM2 with SM3, DER) carrying CERT; {@code --format raw-der} writes the bare DER SM2 signature
 * over IN instead and {@code --format raw-rs} the 64-byte r‖s (both with Z from the user ID,
 * default {@code 1234567812345678}, changed with {@code --id}; CERT is optional for them).
 *
 * <p>Thread safety: stateless.
 *
 * @since 0.1.0
 */
final class SignCommand implements Command {

  @Override
  public List<String> verb() {
    return Collections.singletonList("sign");
  }

  @Override
  public String synopsis() {
    return "sign --key KEY [--cert CERT] IN --out SIG [--format cms|raw-der|raw-rs] [--id USERID]";
  }

  @Override
  public String summary() {
    return "signs a file with SM2: a GM/T 0010 CMS detached signature, or a bare DER or r||s signature";
  }

  @Override
  public int run(List<String> arguments, Console console) {
    Args args = Args.parse(arguments, new HashSet<>(Arrays.asList("key", "cert", "out", "format", "id")),
        Collections.<String>emptySet());
    if (args.positionals().size() != 1) {
      throw new UsageException("exactly one input file IN is required");
    }
    String in = args.positionals().get(0);
    String out = args.requiredOption("out");
    SignatureFormat format = SignatureFormat.parse(args.option("format").orElse("cms"));
    Sm2PrivateKey key = CryptoFiles.privateKey(args.requiredOption("key"));
    Sm2Certificate certificate = args.option("cert").map(CryptoFiles::certificate).orElse(null);
    if (certificate != null && !certificate.publicKey().equals(key.publicKey())) {
      throw new UsageException(args.option("cert").get() + ": certificate is not for the key " + args.requiredOption("key"));
    }
    byte[] content = CryptoFiles.read(in);

    byte[] signature;
    if (format == SignatureFormat.CMS) {
      if (certificate == null) {
        throw new UsageException("--cert is required for --format cms");
      }
      if (args.option("id").isPresent()) {
        throw new UsageException("--id applies to raw-der and raw-rs only; CMS uses the default user ID");
      }
      try {
        signature = DocumentSigner.create(key, certificate).sign(content);
      } catch (IllegalArgumentException e) {
        throw new UsageException(args.option("cert").get() + ": " + e.getMessage(), e);
      }
    } else {
      Sm2Signer.Builder signer = Sm2Signer.builder(key)
          .encoding(format == SignatureFormat.RAW_RS ? SignatureEncoding.RAW_RS : SignatureEncoding.DER);
      args.option("id").ifPresent(signer::userId);
      signature = signer.build().sign(content);
    }
    CryptoFiles.write(out, signature);
    console.out().println("SIGNED " + in + " " + format.cliName() + " " + out);
    return ExitCode.OK;
  }
}
