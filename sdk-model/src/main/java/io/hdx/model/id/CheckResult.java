package io.hdx.model.id;

import io.hdx.model.ValidationException;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of checking an identifier without throwing: either the parsed value or the rule
 * that failed. {@code check} methods return it; {@code parse} methods throw instead.
 *
 * <pre>{@code
 * CheckResult<ResidentIdNumber> result = ResidentIdNumber.check(input);
 * if (!result.isValid()) {
 *   log.warn("rejected: {}", result.failedRule().get().code());   // e.g. ID-0104, never the input
 * }
 * }</pre>
 *
 * <p>Thread safety: immutable when the value is.
 *
 * @param <T> the identifier type
 * @since 0.1.0
 */
public final class CheckResult<T> {
  private final T value;
  private final IdRule failedRule;

  private CheckResult(T value, IdRule failedRule) {
    this.value = value;
    this.failedRule = failedRule;
  }

  /** A passed check holding its value. */
  public static <T> CheckResult<T> valid(T value) {
    return new CheckResult<>(Objects.requireNonNull(value, "value"), null);
  }

  /** A failed check naming its rule. */
  public static <T> CheckResult<T> invalid(IdRule failedRule) {
    return new CheckResult<>(null, Objects.requireNonNull(failedRule, "failedRule"));
  }

  /** Whether every rule passed. */
  public boolean isValid() {
    return failedRule == null;
  }

  /** The parsed value; empty when a rule failed. */
  public Optional<T> value() {
    return Optional.ofNullable(value);
  }

  /** The first rule that failed; empty when valid. */
  public Optional<IdRule> failedRule() {
    return Optional.ofNullable(failedRule);
  }

  /**
   * The value, or a {@link ValidationException} carrying the failed rule's code and message.
   *
   * @throws ValidationException when a rule failed
   */
  public T orElseThrow() {
    if (failedRule != null) {
      throw new ValidationException(failedRule.code(), failedRule.message());
    }
    return value;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof CheckResult)) {
      return false;
    }
    CheckResult<?> that = (CheckResult<?>) o;
    return Objects.equals(value, that.value) && failedRule == that.failedRule;
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, failedRule);
  }

  /** {@code CheckResult[valid <value's toString>]} or {@code CheckResult[invalid ID-0104]}. */
  @Override
  public String toString() {
    return isValid() ? "CheckResult[valid " + value + "]" : "CheckResult[invalid " + failedRule.code() + "]";
  }
}
