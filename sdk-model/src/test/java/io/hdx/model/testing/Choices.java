package io.hdx.model.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomDistribution;

/**
 * The decisions of a test-data generator written against {@link Random}, drawn by jqwik instead of by a seed, so that a
 * failing property shrinks: {@link #asRandom()} answers every draw with the next number of a list jqwik generated
 * (uniform over {@code 0..Integer.MAX_VALUE}, as a seeded {@code Random} would), and every draw past the list's end
 * with 0. jqwik shrinks a failing list to fewer numbers, each towards 0, so every decision of the generator shrinks
 * towards its first option ({@code nextInt(n)} is the number modulo {@code n}); a {@code @ForAll long seed} with
 * {@code new Random(seed)} shrinks to nothing simpler, since a smaller seed is not a simpler input.
 *
 * <p>Use: {@code @ForAll("choices") Choices choices} with {@code @Provide Arbitrary<Choices> choices() {return
 * Choices.any();}}, then {@code new TestDocuments(choices.asRandom())}. Thread safety: immutable; each
 * {@code asRandom()} is a new reader from the first number, for one thread.
 */
public final class Choices {
  /** More numbers than one generated document takes; past them every draw is 0. */
  private static final int MAX_DRAWS = 4000;

  private final List<Integer> drawn;

  private Choices(List<Integer> drawn) {
    this.drawn = Collections.unmodifiableList(new ArrayList<>(drawn));
  }

  /** Any list of up to 4,000 decisions. */
  public static Arbitrary<Choices> any() {
    return Arbitraries.integers().between(0, Integer.MAX_VALUE).withDistribution(RandomDistribution.uniform())
        .list().ofMaxSize(MAX_DRAWS).withSizeDistribution(RandomDistribution.uniform()).map(Choices::new);
  }

  /** These decisions, for a regression test of a case jqwik found. */
  public static Choices of(List<Integer> drawn) {
    for (Integer n : drawn) {
      if (n < 0) {
        throw new IllegalArgumentException("decisions are not negative");
      }
    }
    return new Choices(drawn);
  }

  /** A {@code Random} that answers with these decisions from the first. */
  public Random asRandom() {
    return new Reader(drawn);
  }

  /** The decisions, as jqwik shows a falsified sample (a shrunk one is short). */
  @Override
  public String toString() {
    return "Choices" + drawn;
  }

  private static final class Reader extends Random {
    private static final long serialVersionUID = 1L;
    private final List<Integer> drawn;
    private int position;

    Reader(List<Integer> drawn) {
      super(0);
      this.drawn = drawn;
    }

    @Override
    protected int next(int bits) {
      int n = position < drawn.size() ? drawn.get(position++) : 0;
      return bits >= 32 ? n : n & ((1 << bits) - 1);
    }

    @Override
    public int nextInt(int bound) {
      if (bound <= 0) {
        throw new IllegalArgumentException("bound must be positive");
      }
      return next(31) % bound;
    }

    @Override
    public boolean nextBoolean() {
      return nextInt(2) == 1;
    }
  }
}
