package io.hdx.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The streams a verb writes to: results to {@link #out()}, diagnostics to {@link #err()}, both
 * UTF-8 and flushed by {@link Hdx#run} at the end (a verb that streams results flushes as it goes). Knows whether stderr is a terminal, so that progress bars appear only there (docs/cli.md).
 *
 * <p>Thread safety: the streams are {@link PrintStream}s, which synchronise each call.
 *
 * @since 0.1.0
 */
public final class Console {
  private final PrintStream out;
  private final PrintStream err;
  private final boolean errIsTerminal;

  /**
   * Creates a console over two byte streams.
   *
   * @param out where results go
   * @param err where diagnostics go
   * @param errIsTerminal whether {@code err} is an interactive terminal
   */
  public Console(OutputStream out, OutputStream err, boolean errIsTerminal) {
    this.out = utf8(out);
    this.err = utf8(err);
    this.errIsTerminal = errIsTerminal;
  }

  /**
   * The console of this process: stdout (buffered; {@link Hdx#run} flushes it), stderr, and whether
   * stderr is a terminal (see {@link #stderrIsTerminal()}).
   */
  public static Console system() {
    return new Console(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
        new FileOutputStream(FileDescriptor.err), stderrIsTerminal());
  }

  /**
   * Whether this process's stderr is a terminal: the {@code hdx.stderr.terminal} system property when
   * set (the {@code ./hdx} launcher sets it from the shell's {@code [ -t 2 ]}); else, on Linux, whether
   * file descriptor 2 is a terminal device; else whether the JVM has a console.
   */
  static boolean stderrIsTerminal() {
    String told = System.getProperty("hdx.stderr.terminal");
    if (told != null && !told.isEmpty()) {
      return Boolean.parseBoolean(told);
    }
    Path fd2 = Paths.get("/proc/self/fd/2");
    if (Files.isSymbolicLink(fd2)) {
      try {
        String target = Files.readSymbolicLink(fd2).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      } catch (IOException | SecurityException e) {
        return false;
      }
    }
    return System.console() != null;
  }

  /** Results. */
  public PrintStream out() {
    return out;
  }

  /** Diagnostics. */
  public PrintStream err() {
    return err;
  }

  /** Whether stderr is an interactive terminal (progress bars are shown only then). */
  public boolean errIsTerminal() {
    return errIsTerminal;
  }

  /**
   * A progress bar over {@code total} steps on stderr, or a silent one when stderr is not a
   * terminal.
   */
  public ProgressBar progress(String label, long total) {
    return errIsTerminal ? new ProgressBar(err, label, total) : ProgressBar.silent();
  }

  private static PrintStream utf8(OutputStream stream) {
    try {
      return new PrintStream(stream, false, StandardCharsets.UTF_8.name());
    } catch (UnsupportedEncodingException e) {
      throw new AssertionError("UTF-8 is always supported", e);
    }
  }
}
