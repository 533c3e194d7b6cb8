package io.hdx.cli;

import io.hdx.security.CryptoException;
import io.hdx.security.cert.Sm2Certificate;
import io.hdx.security.cert.TrustAnchors;
import io.hdx.security.cms.Sm2CmsVerifier;
import io.hdx.security.sm.SignatureEncoding;
import io.hdx.security.sm.Sm2PublicKey;
import io.hdx.security.sm.Sm2Verifier;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;

/**
 * {@code hdx verify (--cert CERT | --pub PUB) IN SIG}: verifies a signature made by
 * {@code hdx sign} (or by a peer) in any of its forms, detected or given with {@code --format}.
 * Prints {@code VALID IN FORMAT} and exits 0, or {@code INVALID IN FORMAT CODE reason} and exits
 * 1; exits 2 when a file cannot be read or the signature is in no known form.
 *
 * <p>For CMS, {@code --cert} is the certificate trusted as anchor (the signer's own certificate or
 * a CA above it: the chain, validity and key usage are checked); {@code --pub} trusts exactly that
 * signing key. For bare signatures the key is {@code --pub} or the key of {@code --cert}.
 *
 * <p>Thread safety: stateless.
 *
 * @since 0.1.0
 */
final class VerifyCommand implements Command {

  @Override
  public List<String> verb() {
    return Collections.singletonList("verify");
  }

  @Override
  public String synopsis() {
    return "verify (--cert CERT | --pub PUB) IN SIG [--format cms|raw-der|raw-rs] [--id USERID]";
  }

  @Override
  public String summary() {
    return "verifies an SM2 signature (CMS, DER or r||s) over a file; exit 0 valid, 1 invalid";
  }

  @Override
  public int run(List<String> arguments, Console console) {
    Args args = Args.parse(arguments, new HashSet<>(Arrays.asList("cert", "pub", "format", "id")),
        Collections.<String>emptySet());
    if (args.positionals().size() != 2) {
      throw new UsageException("IN and SIG are required");
    }
    if (args.option("cert").isPresent() == args.option("pub").isPresent()) {
      throw new UsageException("give exactly one of --cert and --pub");
    }
    String in = args.positionals().get(0);
    String sigFile = args.positionals().get(1);
    Sm2Certificate certificate = args.option("cert").map(CryptoFiles::certificate).orElse(null);
    Sm2PublicKey publicKey = certificate != null ? certificate.publicKey()
        : CryptoFiles.publicKey(args.option("pub").get());
    byte[] content = CryptoFiles.read(in);
    byte[] signature = CryptoFiles.read(sigFile);

    SignatureFormat format;
    if (args.option("format").isPresent()) {
      format = SignatureFormat.parse(args.option("format").get());
    } else {
      format = SignatureFormat.detect(signature);
      if (format == null) {
        throw UsageException.unreadable(sigFile + ": not a CMS, DER or r||s SM2 signature", null);
      }
    }
    if (format == SignatureFormat.CMS && args.option("id").isPresent()) {
      throw new UsageException("--id applies to raw-der and raw-rs only; CMS uses the default user ID");
    }
    try {
      if (format == SignatureFormat.CMS) {
        Sm2CmsVerifier verifier = certificate != null
            ? Sm2CmsVerifier.forTrustAnchors(TrustAnchors.of(certificate))
            : Sm2CmsVerifier.forSignerKey(publicKey);
        verifier.verifyDetached(content, SignatureFormat.cmsDer(signature));
      } else {
        Sm2Verifier.Builder verifier = Sm2Verifier.builder(publicKey)
            .encoding(format == SignatureFormat.RAW_RS ? SignatureEncoding.RAW_RS : SignatureEncoding.DER);
        args.option("id").ifPresent(verifier::userId);
        verifier.build().verify(content, signature);
      }
    } catch (CryptoException e) {
      console.out().println("INVALID " + in + " " + format.cliName() + " " + e.getMessage());
      return ExitCode.INVALID;
    }
    console.out().println("VALID " + in + " " + format.cliName());
    return ExitCode.OK;
  }
}
