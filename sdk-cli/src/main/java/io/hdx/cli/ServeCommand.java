package io.hdx.cli;

import io.hdx.model.HdxException;
import io.hdx.security.sm.Sm2Signer;
import io.hdx.testkit.MessageSignatureCheck;
import io.hdx.testkit.PlatformSimulator;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

/**
 * {@code hdx serve [--port P] [--data DIR] [--host H] [--signatures off|optional|required] [--trust SENDER=PEM,..]
 * [--sign-answers KEY.pem] [--tls PEM[,PEM]]}: runs the platform simulator until stopped and prints its endpoint URL
 * as the first line of stdout (docs/cli.md). Without {@code --data} the registries live in memory; with it in an H2
 * database under DIR, so that a restart keeps every registration. {@code --signatures} checks each message's SM2
 * signature ({@link io.hdx.codec.v3.MessageSignatures}) with the public key (PEM, or a certificate) {@code --trust}
 * names for its sender; {@code --sign-answers} signs every answer with an SM2 private key (PEM, as
 * {@code hdx keygen} writes it); {@code --tls} serves HTTPS with the private key and certificate chain in the PEM
 * files ({@link TlsFiles}). Stopped by Ctrl-C / SIGTERM.
 *
 * <p>Thread safety: stateless; each run starts its own simulator.
 *
 * @since 0.1.0
 */
final class ServeCommand implements Command {
  private final CountDownLatch stop;

  ServeCommand() {
    this(new CountDownLatch(1));
  }

  /** For tests: the run returns when {@code stop} opens. */
  ServeCommand(CountDownLatch stop) {
    this.stop = stop;
  }

  @Override
  public List<String> verb() {
    return Arrays.asList("serve");
  }

  @Override
  public String synopsis() {
    return "serve [--port P] [--data DIR] [--host H] [--signatures off|optional|required] [--trust SENDER=KEY.pem,..]"
        + " [--sign-answers SM2-KEY.pem] [--tls KEY-AND-CERT.pem[,CHAIN.pem]]";
  }

  @Override
  public String summary() {
    return "runs the platform simulator until stopped; prints the endpoint URL first";
  }

  @Override
  public int run(List<String> argv, Console console) {
    Args args = Args.parse(argv, new HashSet<>(Arrays.asList("port", "data", "host",
        "signatures", "trust", "sign-answers", "tls")), new HashSet<String>());
    if (!args.positionals().isEmpty()) {
      throw new UsageException("unexpected argument; serve takes options only");
    }
    PlatformSimulator.Builder b = PlatformSimulator.builder();
    if (args.option("port").isPresent()) {
      try {
        b.port(Integer.parseInt(args.option("port").get()));
      } catch (IllegalArgumentException e) {
        throw new UsageException("--port must be a number from 0 to 65535");
      }
    }
    args.option("host").ifPresent(b::host);
    args.option("data").ifPresent(d -> b.dataDirectory(Paths.get(d)));
    MessageSignatureCheck check = MessageSignatureCheck.OFF;
    if (args.option("signatures").isPresent()) {
      try {
        check = MessageSignatureCheck.valueOf(args.option("signatures").get().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new UsageException("--signatures must be off, optional or required");
      }
    }
    b.messageSignatures(check);
    if (args.option("trust").isPresent()) {
      for (String pair : args.option("trust").get().split(",")) {
        int eq = pair.indexOf('=');
        if (eq <= 0 || eq == pair.length() - 1) {
          throw new UsageException("--trust takes SENDER=PUBLIC-KEY.pem, comma-separated");
        }
        b.trustSigner(pair.substring(0, eq).trim(), CryptoFiles.publicKey(pair.substring(eq + 1).trim()));
      }
    } else if (check != MessageSignatureCheck.OFF) {
      throw new UsageException("--signatures " + check.name().toLowerCase(Locale.ROOT)
          + " needs --trust SENDER=PUBLIC-KEY.pem for each signing system");
    }
    args.option("sign-answers").ifPresent(key -> b.signAnswersWith(Sm2Signer.create(CryptoFiles.privateKey(key))));
    args.option("tls").ifPresent(pems -> b.https(TlsFiles.serverContext(
        Arrays.asList(pems.trim().split("\\s*,\\s*")))));
    PlatformSimulator platform;
    try {
      platform = b.start();
    } catch (HdxException e) {
      console.err().println("hdx serve: " + e.getMessage());
      return ExitCode.USAGE;
    }
    Thread hook = new Thread(() -> {
      stop.countDown();
      platform.close();
    }, "hdx-serve-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    console.out().println(platform.endpoint());
    console.out().flush();
    console.err().println("hdx serve: platform simulator running"
        + args.option("data").map(d -> " (data in " + d + ")").orElse(" (in memory)") + "; Ctrl-C stops it");
    try {
      stop.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running and closes the simulator itself
      return ExitCode.OK;
    }
    platform.close();
    return ExitCode.OK;
  }
}
