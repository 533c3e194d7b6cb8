package io.hdx.cli;

/**
 * A command line the verb cannot run, or input it cannot read at all; exits with
 * {@link ExitCode#USAGE}. The message names the option or file, never the file's content. For a
 * command-line mistake {@code hdx} also prints the verb's synopsis; for unreadable input
 * ({@link #unreadable}) only the one line.
 *
 * @since 0.1.0
 */
public final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final boolean commandLine;

  /** Creates the exception for a command-line mistake, with a message for the user. */
  public UsageException(String message) {
    this(message, null, true);
  }

  /** Creates the exception for a command-line mistake, with a message for the user and its cause. */
  public UsageException(String message, Throwable cause) {
    this(message, cause, true);
  }

  private UsageException(String message, Throwable cause, boolean commandLine) {
    super(message, cause);
    this.commandLine = commandLine;
  }

  /**
   * Input that could not be read at all (a missing file, a key that is not a key): exit 2 with one
   * line, without the synopsis.
   *
   * @param message names the file and what is wrong with it, never its content
   * @param cause the cause, or {@code null}; never printed
   */
  public static UsageException unreadable(String message, Throwable cause) {
    return new UsageException(message, cause, false);
  }

  /** Whether the command line itself is wrong (then the synopsis helps). */
  public boolean isCommandLine() {
    return commandLine;
  }
}
