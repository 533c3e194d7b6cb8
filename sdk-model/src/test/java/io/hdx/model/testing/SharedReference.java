package io.hdx.model.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The project's reference material (schemas, code tables) that sits beside a clone as {@code ../shared/reference}
 * and is not part of the repository. A test that needs it asks here, never with its own {@code assumeTrue}: when the
 * environment variable {@code CI} is {@code true} (CI has the folder beside the clone) a missing file fails the
 * test, so that a broken CI checkout cannot turn into a green build of skipped tests; elsewhere (a developer's
 * clone without the folder) the test is aborted with a message that names the missing file.
 *
 * <p>Shared with the other modules' tests through sdk-model's test-jar ({@code <type>test-jar</type>}).
 * Thread safety: stateless.
 */
public final class SharedReference {
  /** Relative to a module's folder, the working directory of its tests. */
  private static final Path ROOT = Paths.get("..", "..", "shared", "reference");

  private SharedReference() {}

  /**
   * The file or folder {@code ../shared/reference/first/more...}, which must exist (a folder is accepted too).
   *
   * @return the path, existing
   * @throws org.opentest4j.AssertionFailedError when it is missing and {@code CI=true}
   * @throws org.opentest4j.TestAbortedException when it is missing elsewhere
   */
  public static Path require(String first, String... more) {
    Path path = ROOT.resolve(Paths.get(first, more));
    if (!Files.exists(path)) {
      String what = "../shared/reference/" + Paths.get(first, more).toString().replace('\\', '/');
      if (onCi()) {
        Assertions.fail(what + " is missing: with CI=true a test that needs the shared reference fails, not skips");
      }
      Assumptions.abort(what + " not present (beside the clone): test not run; with CI=true it fails");
    }
    return path;
  }

  /** Whether the build runs as CI ({@code CI=true}, as GitHub Actions, GitLab CI and .ci/run set it). */
  public static boolean onCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }
}
