package io.hdx.testkit;

import java.time.Duration;
import java.util.Objects;

/**
 * Faults the {@link PlatformSimulator} injects, each on a share (0 to 1) of requests, drawn independently per
 * request: added latency; HTTP 503 before the message is looked at; a dropped connection after the message was
 * applied (the answer is lost, so a client retries a request the platform already applied: the case that
 * duplicate detection exists for); and AE or AR acknowledgements returned without applying anything.
 *
 * <p>Thread safety: immutable; the builder is not.
 *
 * <pre>{@code FaultPlan f = FaultPlan.builder().serverErrors(0.1).drops(0.1).latency(Duration.ofMillis(50), 0.2).build();}</pre>
 *
 * @since 0.1.0
 */
public final class FaultPlan {
  private static final FaultPlan NONE = builder().build();

  private final Duration latency;
  private final double latencyShare;
  private final double serverErrorShare;
  private final double dropShare;
  private final double errorAckShare;
  private final double rejectAckShare;

  private FaultPlan(Builder b) {
    this.latency = b.latency;
    this.latencyShare = b.latencyShare;
    this.serverErrorShare = b.serverErrorShare;
    this.dropShare = b.dropShare;
    this.errorAckShare = b.errorAckShare;
    this.rejectAckShare = b.rejectAckShare;
  }

  /** No faults. */
  public static FaultPlan none() {
    return NONE;
  }

  /** A builder with no faults. */
  public static Builder builder() {
    return new Builder();
  }

  /** The added latency. */
  public Duration latency() {
    return latency;
  }

  /** Share of requests delayed by {@link #latency()}. */
  public double latencyShare() {
    return latencyShare;
  }

  /** Share of requests answered HTTP 503 without being looked at. */
  public double serverErrorShare() {
    return serverErrorShare;
  }

  /** Share of requests applied and then left without an answer (connection closed). */
  public double dropShare() {
    return dropShare;
  }

  /** Share of requests answered AE without being applied. */
  public double errorAckShare() {
    return errorAckShare;
  }

  /** Share of requests answered AR without being applied. */
  public double rejectAckShare() {
    return rejectAckShare;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof FaultPlan)) {
      return false;
    }
    FaultPlan f = (FaultPlan) o;
    return latency.equals(f.latency) && latencyShare == f.latencyShare && serverErrorShare == f.serverErrorShare
        && dropShare == f.dropShare && errorAckShare == f.errorAckShare && rejectAckShare == f.rejectAckShare;
  }

  @Override
  public int hashCode() {
    return Objects.hash(latency, latencyShare, serverErrorShare, dropShare, errorAckShare, rejectAckShare);
  }

  @Override
  public String toString() {
    return "FaultPlan{latency=" + latency.toMillis() + "ms@" + latencyShare + ", 503@" + serverErrorShare + ", drop@"
        + dropShare + ", AE@" + errorAckShare + ", AR@" + rejectAckShare + "}";
  }

  /**
   * Builds a {@link FaultPlan}.
   *
   * <p>Thread safety: not thread-safe.
   */
  public static final class Builder {
    private Duration latency = Duration.ZERO;
    private double latencyShare;
    private double serverErrorShare;
    private double dropShare;
    private double errorAckShare;
    private double rejectAckShare;

    private Builder() {}

    private static double share(double s, String name) {
      if (!(s >= 0 && s <= 1)) {
        throw new IllegalArgumentException(name + " must be between 0 and 1");
      }
      return s;
    }

    /** Delays a share of requests by {@code latency}. */
    public Builder latency(Duration latency, double share) {
      if (Objects.requireNonNull(latency, "latency").isNegative()) {
        throw new IllegalArgumentException("latency must not be negative");
      }
      this.latency = latency;
      this.latencyShare = share(share, "share");
      return this;
    }

    /** Answers a share of requests with HTTP 503. */
    public Builder serverErrors(double share) {
      this.serverErrorShare = share(share, "share");
      return this;
    }

    /** Applies a share of requests and then drops the connection without an answer. */
    public Builder drops(double share) {
      this.dropShare = share(share, "share");
      return this;
    }

    /** Answers a share of requests AE without applying them. */
    public Builder errorAcks(double share) {
      this.errorAckShare = share(share, "share");
      return this;
    }

    /** Answers a share of requests AR without applying them. */
    public Builder rejectAcks(double share) {
      this.rejectAckShare = share(share, "share");
      return this;
    }

    /** Builds the plan. */
    public FaultPlan build() {
      return new FaultPlan(this);
    }
  }
}
