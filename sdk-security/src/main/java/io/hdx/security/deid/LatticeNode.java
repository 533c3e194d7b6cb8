package io.hdx.security.deid;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One node of the generalization lattice: a level per quasi-identifier, and what the records look
 * like there: k and ℓ over the classes kept, the number of classes kept, the records suppressed (in
 * classes below the target k) and the discernibility metric (Bayardo and Agrawal 2005: the sum of
 * the squared class sizes, each suppressed record counting as the whole data set; lower loses less).
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public final class LatticeNode {
  private final int[] levels;
  private final List<String> levelNames;
  private final long k;
  private final long l;
  private final long classes;
  private final long suppressedRecords;
  private final long discernibility;

  LatticeNode(int[] levels, List<String> levelNames, long k, long l, long classes, long suppressedRecords,
      long discernibility) {
    this.levels = levels.clone();
    this.levelNames = Collections.unmodifiableList(new ArrayList<>(levelNames));
    this.k = k;
    this.l = l;
    this.classes = classes;
    this.suppressedRecords = suppressedRecords;
    this.discernibility = discernibility;
  }

  /** The level of each quasi-identifier, in order (0: as recorded). */
  public int[] levels() {
    return levels.clone();
  }

  /** The name of each quasi-identifier's level, e.g. {@code year}, {@code province}, {@code suppressed}. */
  public List<String> levelNames() {
    return levelNames;
  }

  /** The sum of the levels: the node's height in the lattice. */
  public int height() {
    int h = 0;
    for (int v : levels) {
      h += v;
    }
    return h;
  }

  /** The smallest class kept (0 when every record is suppressed). */
  public long k() {
    return k;
  }

  /** The fewest distinct sensitive values in a class kept, or -1 without a sensitive attribute. */
  public long l() {
    return l;
  }

  /** The number of classes kept. */
  public long classes() {
    return classes;
  }

  /** The records in classes below the target k, which must be suppressed. */
  public long suppressedRecords() {
    return suppressedRecords;
  }

  /** The discernibility metric (lower is better). */
  public long discernibility() {
    return discernibility;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof LatticeNode)) {
      return false;
    }
    LatticeNode n = (LatticeNode) o;
    return Arrays.equals(levels, n.levels) && levelNames.equals(n.levelNames) && k == n.k && l == n.l
        && classes == n.classes && suppressedRecords == n.suppressedRecords && discernibility == n.discernibility;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(levels) * 31 + Long.hashCode(discernibility);
  }

  @Override
  public String toString() {
    return "LatticeNode" + Arrays.toString(levels) + "[k=" + k + ", suppressed=" + suppressedRecords + "]";
  }
}
