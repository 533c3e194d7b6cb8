package io.hdx.cli;

/**
 * The exit codes of every {@code hdx} verb (docs/cli.md, "Common rules"). Scripts rely on them.
 *
 * @since 0.1.0
 */
public final class ExitCode {
  /** Success; everything checked was valid. */
  public static final int OK = 0;
  /** The input was read but is invalid: a check failed, a signature did not verify. */
  public static final int INVALID = 1;
  /** Usage error, or input that could not be read at all. */
  public static final int USAGE = 2;

  private ExitCode() {}
}
