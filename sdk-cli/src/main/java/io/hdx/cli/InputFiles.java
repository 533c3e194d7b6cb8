package io.hdx.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The documents a verb reads: files named on the command line, and every {@code *.xml} file under a
 * folder, searched recursively in name order. Each file keeps the folder it was found under, so a
 * verb that writes one output per input can keep the relative path.
 *
 * <p>Thread safety: {@link Found} is immutable; {@link #collect} is stateless.
 *
 * @since 0.1.0
 */
final class InputFiles {
  private InputFiles() {}

  /** One file found, and the root it was found under (the file's parent for a file named directly). */
  static final class Found {
    final Path file;
    final Path root;

    Found(Path file, Path root) {
      this.file = file;
      this.root = root;
    }

    /** The path of the file relative to its root: its name for a file named directly. */
    Path relative() {
      return root.relativize(file);
    }
  }

  /**
   * Adds the file {@code name}, or every {@code *.xml} file under the folder {@code name} in name
   * order; reports on stderr ({@code verb: name: reason}) and returns false when there is nothing
   * readable there.
   */
  static boolean collect(String verb, String name, List<Found> files, Console console) {
    Path path;
    try {
      path = Paths.get(name);
    } catch (InvalidPathException e) {
      console.err().println(verb + ": " + name + ": not a path");
      return false;
    }
    if (Files.isRegularFile(path)) {
      files.add(new Found(path, path.getParent() == null ? Paths.get("") : path.getParent()));
      return true;
    }
    if (!Files.isDirectory(path)) {
      console.err().println(verb + ": " + name + ": no such file or folder");
      return false;
    }
    List<Path> found;
    try (Stream<Path> walk = Files.walk(path)) {
      found = walk.filter(p -> Files.isRegularFile(p)
              && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml"))
          .sorted().collect(Collectors.toList());
    } catch (IOException | UncheckedIOException e) {
      console.err().println(verb + ": " + name + ": cannot list the folder");
      return false;
    }
    if (found.isEmpty()) {
      console.err().println(verb + ": " + name + ": no *.xml files in the folder");
      return false;
    }
    for (Path p : found) {
      files.add(new Found(p, path));
    }
    return true;
  }
}
