package io.hdx.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A verb's arguments split into options and positional values. Options are {@code --name value},
 * {@code --name=value} or bare flags such as {@code --json}; {@code --} ends the options. Each
 * verb declares which options it knows, so a typo is a usage error instead of a silent no-op.
 *
 * <p>Thread safety: immutable once parsed.
 *
 * @since 0.1.0
 */
public final class Args {
  private final Map<String, String> options;
  private final Set<String> flags;
  private final List<String> positionals;

  private Args(Map<String, String> options, Set<String> flags, List<String> positionals) {
    this.options = options;
    this.flags = flags;
    this.positionals = positionals;
  }

  /**
   * Parses {@code args}.
   *
   * @param args the arguments after the verb
   * @param valueOptions names (without {@code --}) of options that take a value
   * @param flagOptions names (without {@code --}) of options that take none
   * @throws UsageException on an unknown option or an option without its value
   */
  public static Args parse(List<String> args, Set<String> valueOptions, Set<String> flagOptions) {
    Map<String, String> options = new LinkedHashMap<>();
    Set<String> flags = new HashSet<>();
    List<String> positionals = new ArrayList<>();
    boolean optionsEnded = false;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (optionsEnded || !arg.startsWith("--") || arg.length() == 2) {
        if ("--".equals(arg) && !optionsEnded) {
          optionsEnded = true;
        } else {
          positionals.add(arg);
        }
        continue;
      }
      String name = arg.substring(2);
      String value = null;
      int eq = name.indexOf('=');
      if (eq >= 0) {
        value = name.substring(eq + 1);
        name = name.substring(0, eq);
      }
      if (flagOptions.contains(name) && value == null) {
        flags.add(name);
      } else if (valueOptions.contains(name)) {
        if (value == null) {
          if (i + 1 >= args.size()) {
            throw new UsageException("option --" + name + " needs a value");
          }
          value = args.get(++i);
        }
        options.put(name, value);
      } else {
        throw new UsageException("unknown option --" + name);
      }
    }
    return new Args(
        Collections.unmodifiableMap(options),
        Collections.unmodifiableSet(flags),
        Collections.unmodifiableList(positionals));
  }

  /** The value of option {@code --name}, if given. */
  public Optional<String> option(String name) {
    return Optional.ofNullable(options.get(name));
  }

  /** The value of the required option {@code --name}. */
  public String requiredOption(String name) {
    return option(name).orElseThrow(() -> new UsageException("option --" + name + " is required"));
  }

  /** Whether flag {@code --name} was given. */
  public boolean flag(String name) {
    return flags.contains(name);
  }

  /** The positional arguments, in order. */
  public List<String> positionals() {
    return positionals;
  }
}
