package io.hdx.cli;

import io.hdx.model.HdxException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The {@code hdx} entry point: picks the verb from the first words and runs it.
 *
 * <p>Thread safety: immutable; {@link #run} may be called concurrently.
 *
 * @since 0.1.0
 */
public final class Hdx {

  /** Every verb, in the order {@code hdx help} lists them. */
  private static final List<Command> COMMANDS =
      Collections.unmodifiableList(
          Arrays.<Command>asList(
              new IdCheckCommand(),
              new SpecListCommand(),
              new SpecShowCommand(),
              new ValidateCommand(),
              new ConvertCommand(),
              new KeygenCommand(),
              new SignCommand(),
              new VerifyCommand(),
              new EncryptCommand(),
              new DecryptCommand(),
              new DeidCommand(),
              new RiskCommand(),
              new GenerateCommand(),
              new DemoCommand(),
              new ServeCommand()));

  private final List<Command> commands;

  /** Creates the command line with every verb HDX has. */
  public Hdx() {
    this(COMMANDS);
  }

  Hdx(List<Command> commands) {
    this.commands = commands;
  }

  /** Runs {@code hdx} with this process's streams and exits with the verb's exit code. */
  public static void main(String[] args) {
    System.exit(new Hdx().run(Arrays.asList(args), Console.system()));
  }

  /**
   * Runs one command line. Never throws and never prints a stack trace (docs/cli.md, "Common rules"): a
   * usage error is two lines on stderr (what is wrong, the synopsis) and exit 2; any other failure
   * is one line on stderr naming the verb and the failure (an HDX error code and its message, which
   * carry no patient data, or only the class of an unexpected exception, whose message might) and
   * exit 2.
   *
   * @return the {@link ExitCode}
   */
  public int run(List<String> args, Console console) {
    try {
      return dispatch(args, console);
    } finally {
      console.out().flush();
      console.err().flush();
    }
  }

  private int dispatch(List<String> args, Console console) {
    if (args.isEmpty() || isHelp(args.get(0)) || args.get(0).equals("help")) {
      printHelp(console);
      return args.isEmpty() ? ExitCode.USAGE : ExitCode.OK;
    }
    if (args.get(0).equals("--version")) {
      console.out().println("hdx " + version());
      return ExitCode.OK;
    }
    Command command = find(args);
    if (command == null) {
      console.err().println("hdx: unknown verb '" + String.join(" ", args.subList(0, Math.min(2, args.size())))
          + "'; run 'hdx help' for the list");
      return ExitCode.USAGE;
    }
    String verb = "hdx " + String.join(" ", command.verb());
    List<String> rest = args.subList(command.verb().size(), args.size());
    int end = rest.indexOf("--");
    for (String arg : end < 0 ? rest : rest.subList(0, end)) {
      if (isHelp(arg)) {
        console.out().println("usage: hdx " + command.synopsis());
        console.out().println(command.summary());
        console.out().println("exit codes: 0 success, 1 input read but invalid, 2 usage error or unreadable input");
        return ExitCode.OK;
      }
    }
    try {
      return command.run(rest, console);
    } catch (UsageException e) {
      console.err().println(verb + ": " + e.getMessage());
      if (e.isCommandLine()) {
        console.err().println("usage: hdx " + command.synopsis());
      }
      return ExitCode.USAGE;
    } catch (HdxException e) {
      // HdxException messages are "CODE detail" and never quote input (STYLE.md §5).
      console.err().println(verb + ": " + e.getMessage());
      return ExitCode.USAGE;
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // A bug or a resource limit: the message of a foreign exception may quote input, so only its class.
      console.err().println(verb + ": unexpected failure (" + e.getClass().getName() + "); please report it");
      return ExitCode.USAGE;
    }
  }

  private static boolean isHelp(String arg) {
    return arg.equals("-h") || arg.equals("--help");
  }

  /** How many verbs there are (tests check that each is covered). */
  int commandCount() {
    return commands.size();
  }

  /** Every verb, in the order {@code hdx help} lists them. */
  List<Command> commands() {
    return commands;
  }

  private Command find(List<String> args) {
    Command best = null;
    for (Command command : commands) {
      List<String> verb = command.verb();
      if (args.size() >= verb.size() && args.subList(0, verb.size()).equals(verb)
          && (best == null || verb.size() > best.verb().size())) {
        best = command;
      }
    }
    return best;
  }

  private void printHelp(Console console) {
    console.out().println("hdx " + version() + " - health data exchange by China's national standards");
    console.out().println();
    console.out().println("usage:");
    for (Command command : commands) {
      console.out().printf("  hdx %-58s %s%n", command.synopsis(), command.summary());
    }
    console.out().println();
    console.out().println("'hdx VERB -h' prints a verb's usage; docs/cli.md in the repository documents every verb.");
    console.out().println("exit codes: 0 valid, 1 invalid, 2 usage error or unreadable input");
  }

  static String version() {
    String version = Hdx.class.getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }
}
