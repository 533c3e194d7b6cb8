package io.hdx.client;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link PlatformClient} retries a request that got no usable answer: a timeout, a refused or dropped
 * connection, or an HTTP 5xx. Each retry sends the same bytes, with the same message id, so a platform that did
 * apply the first attempt answers the repeat from its log instead of applying it twice. The wait before retry
 * {@code n} (1-based) is {@code initialBackoff * multiplier^(n-1)}, capped at {@code maxBackoff}, with up to 20 %
 * random jitter. AE/AR acknowledgements and other HTTP errors are never retried.
 *
 * <p>Thread safety: immutable; the builder is not.
 *
 * <pre>{@code RetryPolicy p = RetryPolicy.builder().maxAttempts(5).initialBackoff(Duration.ofMillis(50)).build();}</pre>
 *
 * @since 0.1.0
 */
public final class RetryPolicy {
  private final int maxAttempts;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final double multiplier;

  private RetryPolicy(Builder b) {
    this.maxAttempts = b.maxAttempts;
    this.initialBackoff = b.initialBackoff;
    this.maxBackoff = b.maxBackoff;
    this.multiplier = b.multiplier;
  }

  /** Four attempts, 100 ms first backoff, doubling, at most 2 s. */
  public static RetryPolicy defaults() {
    return builder().build();
  }

  /** One attempt, no retry. */
  public static RetryPolicy none() {
    return builder().maxAttempts(1).build();
  }

  /** A builder starting from {@link #defaults()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** Attempts in all, the first included. */
  public int maxAttempts() {
    return maxAttempts;
  }

  /** The wait before the first retry. */
  public Duration initialBackoff() {
    return initialBackoff;
  }

  /** The longest wait. */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  /** The growth of the wait per retry. */
  public double multiplier() {
    return multiplier;
  }

  /** The wait before retry {@code retry} (1-based), without jitter, in milliseconds. */
  long backoffMillis(int retry) {
    double ms = initialBackoff.toMillis() * Math.pow(multiplier, retry - 1);
    return (long) Math.min(ms, maxBackoff.toMillis());
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof RetryPolicy)) {
      return false;
    }
    RetryPolicy r = (RetryPolicy) o;
    return maxAttempts == r.maxAttempts && initialBackoff.equals(r.initialBackoff) && maxBackoff.equals(r.maxBackoff)
        && multiplier == r.multiplier;
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxAttempts, initialBackoff, maxBackoff, multiplier);
  }

  @Override
  public String toString() {
    return "RetryPolicy{" + maxAttempts + " attempts, " + initialBackoff.toMillis() + "ms x" + multiplier + " <= "
        + maxBackoff.toMillis() + "ms}";
  }

  /**
   * Builds a {@link RetryPolicy}.
   *
   * <p>Thread safety: not thread-safe.
   */
  public static final class Builder {
    private int maxAttempts = 4;
    private Duration initialBackoff = Duration.ofMillis(100);
    private Duration maxBackoff = Duration.ofSeconds(2);
    private double multiplier = 2.0;

    private Builder() {}

    /** Attempts in all (at least 1). */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be at least 1");
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /** The first wait (not negative). */
    public Builder initialBackoff(Duration initialBackoff) {
      if (Objects.requireNonNull(initialBackoff, "initialBackoff").isNegative()) {
        throw new IllegalArgumentException("initialBackoff must not be negative");
      }
      this.initialBackoff = initialBackoff;
      return this;
    }

    /** The longest wait (not negative). */
    public Builder maxBackoff(Duration maxBackoff) {
      if (Objects.requireNonNull(maxBackoff, "maxBackoff").isNegative()) {
        throw new IllegalArgumentException("maxBackoff must not be negative");
      }
      this.maxBackoff = maxBackoff;
      return this;
    }

    /** The growth per retry (at least 1). */
    public Builder multiplier(double multiplier) {
      if (!(multiplier >= 1)) {
        throw new IllegalArgumentException("multiplier must be at least 1");
      }
      this.multiplier = multiplier;
      return this;
    }

    /** Builds the policy. */
    public RetryPolicy build() {
      return new RetryPolicy(this);
    }
  }
}
