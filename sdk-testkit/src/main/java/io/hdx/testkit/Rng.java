package io.hdx.testkit;

import java.util.List;

/**
 * A small deterministic random source (SplitMix64, Steele, Lea and Flood, "Fast splittable pseudorandom number
 * generators", OOPSLA 2014): the same seed gives the same numbers on every JVM, so generated data is byte-identical
 * across machines and releases of the JDK (java.util.Random and SplittableRandom keep their algorithms unspecified).
 * Every patient and document gets its own source derived from (seed, stream, index), so the order in which threads
 * generate them never changes what they contain.
 *
 * <p>Thread safety: not thread-safe; one instance per patient or document.
 */
final class Rng {
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;
  private long state;

  Rng(long seed) {
    this.state = seed;
  }

  /** The source for item {@code index} of stream {@code stream} under {@code seed}. */
  static Rng of(long seed, long stream, long index) {
    return new Rng(mix(mix(seed ^ mix(stream + GOLDEN)) + index * GOLDEN));
  }

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  long nextLong() {
    state += GOLDEN;
    return mix(state);
  }

  /** Uniform in [0, bound). */
  int nextInt(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound");
    }
    return (int) ((nextLong() >>> 33) % bound);
  }

  /** Uniform in [min, max]. */
  int between(int min, int max) {
    return min + nextInt(max - min + 1);
  }

  /** Uniform in [0, 1). */
  double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  boolean chance(double p) {
    return nextDouble() < p;
  }

  /** Normally distributed (Box-Muller), mean {@code mean}, standard deviation {@code sd}. */
  double gaussian(double mean, double sd) {
    double u = Math.max(nextDouble(), 1e-12);
    double v = nextDouble();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  <T> T pick(List<T> list) {
    return list.get(nextInt(list.size()));
  }

  <T> T pick(T[] array) {
    return array[nextInt(array.length)];
  }

  /** An index drawn with the cumulative weights {@code cumulative} (ascending, last = total). */
  int weighted(long[] cumulative) {
    long total = cumulative[cumulative.length - 1];
    long r = (nextLong() >>> 1) % total;
    int lo = 0;
    int hi = cumulative.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] > r) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }
}
