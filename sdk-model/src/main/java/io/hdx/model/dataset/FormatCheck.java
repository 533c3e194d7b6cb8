package io.hdx.model.dataset;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of checking a value against a {@link RepresentationFormat}: either it fits, or the
 * {@link FormatProblem} and a message that names the format and the rule, such as
 * {@code too long: format AN..50 allows at most 50 characters}. The message never contains the
 * value, so it may be logged and shown even when the value is patient data.
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public final class FormatCheck {

  private static final FormatCheck OK = new FormatCheck(null, "fits");

  private final FormatProblem problem;
  private final String message;

  private FormatCheck(FormatProblem problem, String message) {
    this.problem = problem;
    this.message = message;
  }

  /** The outcome for a value that fits. */
  public static FormatCheck ok() {
    return OK;
  }

  static FormatCheck fail(FormatProblem problem, String message) {
    return new FormatCheck(Objects.requireNonNull(problem, "problem"),
        Objects.requireNonNull(message, "message"));
  }

  /** Whether the value fits the format. */
  public boolean isOk() {
    return problem == null;
  }

  /** Why the value does not fit; empty if it fits. */
  public Optional<FormatProblem> problem() {
    return Optional.ofNullable(problem);
  }

  /** {@code fits}, or why not, naming the format and the rule but never the value. */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof FormatCheck)) {
      return false;
    }
    FormatCheck other = (FormatCheck) o;
    return problem == other.problem && message.equals(other.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(problem, message);
  }

  @Override
  public String toString() {
    return isOk() ? "FormatCheck{fits}" : "FormatCheck{" + problem + ": " + message + "}";
  }
}
