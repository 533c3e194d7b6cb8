package io.hdx.cli;

import io.hdx.security.cert.Sm2Certificate;
import io.hdx.security.cms.CmsOids;
import io.hdx.security.sign.DocumentSigner;
import io.hdx.security.sm.SignatureEncoding;
import io.hdx.security.sm.Sm2PrivateKey;
import io.hdx.security.sm.Sm2Signer;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;

/**
 * {@code hdx sign --key KEY --cert CERT IN --out SIG}: a detached GM/T 0010 CMS signature over IN
 * (SM2 with SM3, DER) carrying CERT; {@code --format raw-der} writes the bare DER SM2 signature
 * over IN instead and {@code --format raw-rs} the 64-byte r‖s (both with Z from the user ID,
 * default {@code 1234567812345678}, changed with {@code --id}; CERT is optional for them). {@code --oids pkcs7}
 * writes the CMS with RFC 5652's PKCS #7 content-type OIDs ({@code 1.2.840.113549.1.7.x}) instead of GM/T
 * 0010's ({@code 1.2.156.10197.6.1.4.2.x}, the default), for tools that know only those (OpenSSL 3).
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
    return "sign --key KEY [--cert CERT] IN --out SIG [--format cms|raw-der|raw-rs] [--oids gmt0010|pkcs7] [--id USERID]";
  }

  @Override
  public String summary() {
    return "signs a file with SM2: a GM/T 0010 CMS detached signature, or a bare DER or r||s signature";
  }

  @Override
  public int run(List<String> arguments, Console console) {
    Args args = Args.parse(arguments, new HashSet<>(Arrays.asList("key", "cert", "out", "format", "id", "oids")),
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
      CmsOids oids = oids(args.option("oids").orElse("gmt0010"));
      try {
        signature = DocumentSigner.create(key, certificate, Collections.<Sm2Certificate>emptyList(),
            Clock.systemUTC(), oids).sign(content);
      } catch (IllegalArgumentException e) {
        throw new UsageException(args.option("cert").get() + ": " + e.getMessage(), e);
      }
    } else {
      if (args.option("oids").isPresent()) {
        throw new UsageException("--oids applies to --format cms only");
      }
      Sm2Signer.Builder signer = Sm2Signer.builder(key)
          .encoding(format == SignatureFormat.RAW_RS ? SignatureEncoding.RAW_RS : SignatureEncoding.DER);
      args.option("id").ifPresent(signer::userId);
      signature = signer.build().sign(content);
    }
    CryptoFiles.write(out, signature);
    console.out().println("SIGNED " + in + " " + format.cliName() + " " + out);
    return ExitCode.OK;
  }

  private static CmsOids oids(String name) {
    switch (name) {
      case "gmt0010":
        return CmsOids.GMT0010;
      case "pkcs7":
        return CmsOids.PKCS7;
      default:
        throw new UsageException("--oids must be gmt0010 or pkcs7");
    }
  }
}
