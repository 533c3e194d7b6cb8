package io.hdx.cli;

import java.util.List;

/**
 * One {@code hdx} verb, such as {@code id check} or {@code spec list}.
 *
 * <p>Thread safety: commands are stateless; {@link #run} may be called from any thread.
 *
 * @since 0.1.0
 */
public interface Command {

  /** The words that select this verb, e.g. {@code ["id", "check"]}. */
  List<String> verb();

  /** One line of synopsis after {@code hdx}, e.g. {@code id check [--kind K] [--json] VALUE...}. */
  String synopsis();

  /** What the verb does, in one sentence. */
  String summary();

  /**
   * Runs the verb.
   *
   * @param args the arguments after the verb's words
   * @param console where results (stdout) and diagnostics (stderr) go
   * @return an {@link ExitCode}
   * @throws UsageException when the command line or input cannot be used at all
   */
  int run(List<String> args, Console console);
}
