package io.hdx.cli;

import io.hdx.security.SecretKeyAccess;
import io.hdx.security.cert.Sm2Certificate;
import io.hdx.security.cert.Sm2CertificateBuilder;
import io.hdx.security.sm.Sm2KeyPair;
import io.hdx.security.sm.Sm4Key;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;

/**
 * {@code hdx keygen --out DIR}: writes an SM2 key pair as {@code sm2-private.pem} (PKCS#8),
 * {@code sm2-public.pem} (SubjectPublicKeyInfo) and {@code sm2-cert.pem} (self-signed X.509,
 * SM3withSM2); with {@code --sm4} also {@code sm4.key}, a random SM4 key as 32 hex digits for
 * {@code hdx encrypt --key-file}. Secret files are created readable by their owner only. Existing
 * files are kept unless {@code --force} is given.
 *
 * <p>Thread safety: stateless.
 *
 * @since 0.1.0
 */
final class KeygenCommand implements Command {
  static final String PRIVATE_KEY = "sm2-private.pem";
  static final String PUBLIC_KEY = "sm2-public.pem";
  static final String CERTIFICATE = "sm2-cert.pem";
  static final String SM4_KEY = "sm4.key";

  @Override
  public List<String> verb() {
    return Collections.singletonList("keygen");
  }

  @Override
  public String synopsis() {
    return "keygen --out DIR [--subject DN] [--days N] [--sm4] [--force]";
  }

  @Override
  public String summary() {
    return "writes an SM2 key pair and a self-signed SM2 certificate (and an SM4 key with --sm4)";
  }

  @Override
  public int run(List<String> arguments, Console console) {
    Args args = Args.parse(arguments, new HashSet<>(Arrays.asList("out", "subject", "days")),
        new HashSet<>(Arrays.asList("sm4", "force")));
    if (!args.positionals().isEmpty()) {
      throw new UsageException("unexpected argument " + args.positionals().get(0));
    }
    Path dir = Paths.get(args.requiredOption("out"));
    String subject = args.option("subject").orElse("CN=HDX SM2 key");
    int days = days(args.option("days").orElse("365"));
    boolean force = args.flag("force");

    Sm2KeyPair pair = Sm2KeyPair.generate();
    Sm2Certificate certificate;
    try {
      certificate = Sm2CertificateBuilder.forKey(pair.publicKey()).subject(subject)
          .validFor(Duration.ofDays(days)).selfSign(pair.privateKey());
    } catch (IllegalArgumentException e) {
      throw new UsageException("--subject is not a distinguished name such as C=CN,O=Example,CN=Name", e);
    }
    try {
      Files.createDirectories(dir);
      for (String name : args.flag("sm4") ? Arrays.asList(PRIVATE_KEY, PUBLIC_KEY, CERTIFICATE, SM4_KEY)
          : Arrays.asList(PRIVATE_KEY, PUBLIC_KEY, CERTIFICATE)) {
        if (!force && Files.exists(dir.resolve(name))) {
          throw new FileAlreadyExistsException(dir.resolve(name).toString());
        }
      }
      CryptoFiles.writeSecret(dir.resolve(PRIVATE_KEY), ascii(pair.privateKey().toPem(SecretKeyAccess.insecureSecretAccess())), force);
      CryptoFiles.writeNew(dir.resolve(PUBLIC_KEY), ascii(pair.publicKey().toPem()), force);
      CryptoFiles.writeNew(dir.resolve(CERTIFICATE), ascii(certificate.toPem()), force);
      console.out().println("wrote " + dir.resolve(PRIVATE_KEY));
      console.out().println("wrote " + dir.resolve(PUBLIC_KEY));
      console.out().println("wrote " + dir.resolve(CERTIFICATE));
      if (args.flag("sm4")) {
        byte[] key = Sm4Key.generate().toBytes(SecretKeyAccess.insecureSecretAccess());
        try {
          CryptoFiles.writeSecret(dir.resolve(SM4_KEY), ascii(CryptoFiles.hex(key) + "\n"), force);
        } finally {
          Arrays.fill(key, (byte) 0);
        }
        console.out().println("wrote " + dir.resolve(SM4_KEY));
      }
    } catch (FileAlreadyExistsException e) {
      throw new UsageException(e.getFile() + " exists; use --force to replace it", e);
    } catch (IOException e) {
      throw UsageException.unreadable("cannot write to " + dir, e);
    }
    return ExitCode.OK;
  }

  private static int days(String text) {
    try {
      int days = Integer.parseInt(text);
      if (days > 0) {
        return days;
      }
    } catch (NumberFormatException e) {
      // fall through to the usage error
    }
    throw new UsageException("--days must be a positive whole number");
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
