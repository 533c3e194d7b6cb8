package io.hdx.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

/**
 * The streams a verb writes to: results to {@link #out()}, diagnostics to {@link #err()}, both
 * UTF-8. Knows whether stderr is a terminal, so that progress bars appear only there (CLI.md).
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

  /** The console of this process: stdout, stderr, and whether a terminal is attached. */
  public static Console system() {
    return new Console(System.out, System.err, System.console() != null);
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
      return new PrintStream(stream, true, StandardCharsets.UTF_8.name());
    } catch (UnsupportedEncodingException e) {
      throw new AssertionError("UTF-8 is always supported", e);
    }
  }
}
