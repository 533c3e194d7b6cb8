package io.hdx.security.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs the {@code openssl} command line for interop tests, and skips a test (JUnit assumption)
 * when openssl is missing or lacks SM2/SM3/SM4. The system property {@code hdx.openssl} names
 * another binary (for example an OpenSSL 3 or Tongsuo build outside the PATH).
 */
public final class OpenSsl {
  private static Boolean smSupport;

  private OpenSsl() {}

  /** The outcome of one openssl run. */
  public static final class Result {
    public final int exitCode;
    public final byte[] stdout;
    public final String stderr;

    Result(int exitCode, byte[] stdout, String stderr) {
      this.exitCode = exitCode;
      this.stdout = stdout;
      this.stderr = stderr;
    }

    public String stdoutText() {
      return new String(stdout, StandardCharsets.UTF_8);
    }
  }

  /** Skips the calling test unless openssl with SM2, SM3 and SM4 is on the PATH. */
  public static void assumeSmSupport() {
    Assumptions.assumeTrue(smSupport(),
        "openssl with SM2/SM3/SM4 support not found on PATH (need OpenSSL 3 with SM algorithms "
            + "enabled; 'openssl genpkey -algorithm SM2' must work): interop test skipped");
  }

  /** Whether openssl with SM2, SM3 and SM4 is on the PATH (probed once). */
  public static synchronized boolean smSupport() {
    // Probed lazily, not in a static initialiser: run() starts a reader thread that calls back
    // into this class, which would deadlock during class initialisation.
    if (smSupport == null) {
      smSupport = probe();
    }
    return smSupport;
  }

  private static Boolean probe() {
    try {
      Path dir = Files.createTempDirectory("hdx-openssl-probe");
      try {
        Result key = run(dir, "genpkey", "-algorithm", "SM2", "-out", "k.pem");
        Result sm4 = run(dir, "enc", "-sm4-cbc", "-K", "00000000000000000000000000000000",
            "-iv", "00000000000000000000000000000000", "-in", "k.pem", "-out", "k.enc");
        Result sm3 = run(dir, "dgst", "-sm3", "k.pem");
        return key.exitCode == 0 && sm4.exitCode == 0 && sm3.exitCode == 0;
      } finally {
        deleteTree(dir);
      }
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Runs {@code openssl args...} in {@code dir} with no input and returns its outcome.
   *
   * @throws IOException when openssl cannot be started at all
   */
  public static Result run(Path dir, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(System.getProperty("hdx.openssl", "openssl"));
    command.addAll(Arrays.asList(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
    Process process = builder.start();
    byte[][] out = new byte[2][];
    Thread errReader = new Thread(() -> out[1] = readQuietly(process.getErrorStream()));
    errReader.start();
    out[0] = readQuietly(process.getInputStream());
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException("openssl did not finish within 60 s");
      }
      errReader.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    return new Result(process.exitValue(), out[0], new String(out[1], StandardCharsets.UTF_8));
  }

  /** Runs openssl and fails with its stderr unless it exits with 0. */
  public static Result ok(Path dir, String... args) throws IOException {
    Result result = run(dir, args);
    if (result.exitCode != 0) {
      throw new AssertionError("openssl " + String.join(" ", args) + " failed (" + result.exitCode + "): "
          + result.stderr);
    }
    return result;
  }

  private static java.io.File nullDevice() {
    return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
  }

  private static byte[] readQuietly(InputStream in) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    byte[] chunk = new byte[8192];
    try {
      int n;
      while ((n = in.read(chunk)) >= 0) {
        buffer.write(chunk, 0, n);
      }
    } catch (IOException e) {
      // the process went away; return what was read
    }
    return buffer.toByteArray();
  }

  private static void deleteTree(Path dir) throws IOException {
    try (java.util.stream.Stream<Path> paths = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) paths.sorted(java.util.Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    }
  }
}
