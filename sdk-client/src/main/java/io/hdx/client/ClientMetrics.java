package io.hdx.client;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts and latencies of a {@link PlatformClient}'s HTTP attempts, per {@code HIPMessageServer} action (or
 * interaction id over plain HTTP): attempts, answers by HTTP status class, connection failures, and a latency
 * histogram with power-of-two millisecond buckets for percentiles. Recorded by an OkHttp interceptor beside the
 * logging one; nothing of a message is seen or kept, only the action name, the status and the time.
 *
 * <p>Thread safety: thread-safe; one instance may be given to several clients.
 *
 * <pre>{@code
 * ClientMetrics metrics = ClientMetrics.create();
 * PlatformClient client = PlatformClient.builder().endpoint(url).senderId("HIS").metrics(metrics).build();
 * long p99 = metrics.snapshot().get("PatientInfoRegister").percentileMillis(0.99);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ClientMetrics {
  /** Bucket i holds latencies below 2^i ms (bucket 0: below 1 ms); the last bucket holds the rest. */
  static final int BUCKETS = 20;

  private final Map<String, Recorder> actions = new ConcurrentHashMap<>();

  private ClientMetrics() {}

  /** Empty metrics. */
  public static ClientMetrics create() {
    return new ClientMetrics();
  }

  /** Records one attempt: {@code status} the HTTP status, or 0 when no answer came. */
  void record(String action, int status, long nanos) {
    actions.computeIfAbsent(action == null ? "" : action, a -> new Recorder()).record(status, nanos);
  }

  /** The figures so far, by action, in action order. */
  public Map<String, ActionStats> snapshot() {
    Map<String, ActionStats> out = new TreeMap<>();
    actions.forEach((a, r) -> out.put(a, r.snapshot()));
    return Collections.unmodifiableMap(out);
  }

  /** One action's live counters. */
  private static final class Recorder {
    final LongAdder ok = new LongAdder();
    final LongAdder clientErrors = new LongAdder();
    final LongAdder serverErrors = new LongAdder();
    final LongAdder failures = new LongAdder();
    final LongAdder totalNanos = new LongAdder();
    final AtomicLongArray histogram = new AtomicLongArray(BUCKETS);

    void record(int status, long nanos) {
      (status == 0 ? failures : status >= 500 ? serverErrors : status >= 300 ? clientErrors : ok).increment();
      totalNanos.add(nanos);
      long ms = nanos / 1_000_000;
      int bucket = ms == 0 ? 0 : Math.min(BUCKETS - 1, 64 - Long.numberOfLeadingZeros(ms));
      histogram.incrementAndGet(bucket);
    }

    ActionStats snapshot() {
      long[] h = new long[BUCKETS];
      for (int i = 0; i < BUCKETS; i++) {
        h[i] = histogram.get(i);
      }
      return new ActionStats(ok.sum(), clientErrors.sum(), serverErrors.sum(), failures.sum(), totalNanos.sum(), h);
    }
  }

  /**
   * One action's figures at one moment.
   *
   * <p>Thread safety: immutable.
   */
  public static final class ActionStats {
    private final long ok;
    private final long clientErrors;
    private final long serverErrors;
    private final long failures;
    private final long totalNanos;
    private final long[] histogram;

    ActionStats(long ok, long clientErrors, long serverErrors, long failures, long totalNanos, long[] histogram) {
      this.ok = ok;
      this.clientErrors = clientErrors;
      this.serverErrors = serverErrors;
      this.failures = failures;
      this.totalNanos = totalNanos;
      this.histogram = histogram.clone();
    }

    /** Attempts made (every retry counts). */
    public long attempts() {
      return ok + clientErrors + serverErrors + failures;
    }

    /** Attempts answered 2xx (AA, AE and AR acknowledgements all come as 200). */
    public long answered() {
      return ok;
    }

    /** Attempts answered 3xx/4xx. */
    public long clientErrors() {
      return clientErrors;
    }

    /** Attempts answered 5xx. */
    public long serverErrors() {
      return serverErrors;
    }

    /** Attempts without an answer (timeout, refused or dropped connection). */
    public long failures() {
      return failures;
    }

    /** Mean latency in milliseconds (0 when nothing was recorded). */
    public double meanMillis() {
      long n = attempts();
      return n == 0 ? 0 : totalNanos / 1e6 / n;
    }

    /**
     * An upper bound of the {@code q} quantile of the latency in milliseconds (the bucket's upper edge: 1, 2, 4, ..);
     * 0 when nothing was recorded.
     */
    public long percentileMillis(double q) {
      if (q < 0 || q > 1) {
        throw new IllegalArgumentException("q must be in [0, 1]");
      }
      long n = attempts();
      if (n == 0) {
        return 0;
      }
      long rank = (long) Math.ceil(q * n);
      long seen = 0;
      for (int i = 0; i < histogram.length; i++) {
        seen += histogram[i];
        if (seen >= rank && seen > 0) {
          return 1L << i;
        }
      }
      return 1L << (histogram.length - 1);
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof ActionStats)) {
        return false;
      }
      ActionStats s = (ActionStats) o;
      return ok == s.ok && clientErrors == s.clientErrors && serverErrors == s.serverErrors && failures == s.failures
          && totalNanos == s.totalNanos && java.util.Arrays.equals(histogram, s.histogram);
    }

    @Override
    public int hashCode() {
      return Objects.hash(ok, clientErrors, serverErrors, failures, totalNanos, java.util.Arrays.hashCode(histogram));
    }

    @Override
    public String toString() {
      return "ActionStats{attempts=" + attempts() + ", 2xx=" + ok + ", 5xx=" + serverErrors + ", failed=" + failures
          + ", meanMs=" + String.format(java.util.Locale.ROOT, "%.2f", meanMillis()) + "}";
    }
  }
}
