package io.hdx.cli;

/**
 * A command line the verb cannot run, or input it cannot read at all; exits with
 * {@link ExitCode#USAGE}. The message names the option or file, never the file's content.
 *
 * @since 0.1.0
 */
public final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message for the user. */
  public UsageException(String message) {
    super(message);
  }

  /** Creates the exception with a message for the user and its cause. */
  public UsageException(String message, Throwable cause) {
    super(message, cause);
  }
}
