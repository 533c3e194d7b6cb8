/**
 * The {@code hdx} command line (its contract: docs/cli.md in the repository).
 *
 * <p>{@link io.hdx.cli.Hdx} dispatches to one {@link io.hdx.cli.Command} per verb. Results go to
 * stdout, diagnostics to stderr; exit codes are {@link io.hdx.cli.ExitCode#OK},
 * {@link io.hdx.cli.ExitCode#INVALID} and {@link io.hdx.cli.ExitCode#USAGE}. No diagnostic ever
 * carries patient data.
 *
 * <p>Null policy: parameters and return values are non-null unless documented otherwise.
 *
 * @since 0.1.0
 */
package io.hdx.cli;
