package io.hdx.security.deid;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Re-identification risk over a set of records in one streaming pass: records are grouped by their
 * quasi-identifier values (equivalence classes); k-anonymity is the size of the smallest class and
 * ℓ-diversity the smallest number of distinct sensitive values within a class (GB/T 37964-2019
 * Annex B de-identification models — clause number unconfirmed). Memory grows with the number of
 * classes, not of records; values are kept only as the classes' keys and never reported.
 *
 * <p>The generalization lattice ({@link #report(int, List, double)}) is searched over the classes
 * alone: generalizing a class's key gives the class it joins at a coarser node, so no record is read
 * twice. Record ids (file names, row numbers; never values) are kept only for classes smaller than
 * {@link Builder#listRecordsBelow(int)}, so that the records at risk can be listed.
 *
 * <pre>{@code
 * RiskAccumulator risk = RiskAccumulator.builder(Arrays.asList("DE02.01.005.01", "DE02.01.040.00"))
 *     .sensitiveAttribute("diagnosis").listRecordsBelow(5).build();
 * for (...) risk.add(Arrays.asList(birthDate, sex), diagnosis, fileName);
 * RiskReport report = risk.report(5, Arrays.asList(Hierarchy.birthDate(), Hierarchy.suppression()), 0.0);
 * }</pre>
 *
 * <p>Thread safety: not thread-safe; one accumulator per pass.
 *
 * @since 0.1.0
 */
public final class RiskAccumulator {
  /** The largest lattice searched (product of the hierarchies' heights). */
  public static final int MAX_LATTICE_NODES = 100_000;

  private final List<String> quasiIdentifiers;
  private final String sensitiveAttribute;
  private final int listBelow;
  private final Map<List<String>, Group> classes = new HashMap<>();
  private long records;

  private RiskAccumulator(Builder b) {
    this.quasiIdentifiers = b.quasiIdentifiers;
    this.sensitiveAttribute = b.sensitiveAttribute;
    this.listBelow = b.listBelow;
  }

  /**
   * An accumulator over the named quasi-identifiers (data element codes or other names), at least
   * one, with ℓ-diversity over the sensitive values given to {@link #add}, and no record ids kept.
   */
  public static RiskAccumulator create(List<String> quasiIdentifiers) {
    return builder(quasiIdentifiers).sensitiveAttribute("sensitive").build();
  }

  /** A builder over the named quasi-identifiers, at least one. */
  public static Builder builder(List<String> quasiIdentifiers) {
    return new Builder(quasiIdentifiers);
  }

  /** The quasi-identifiers. */
  public List<String> quasiIdentifiers() {
    return quasiIdentifiers;
  }

  /**
   * Adds one record: its quasi-identifier values in the order of {@link #create}, and its sensitive
   * value (for ℓ-diversity; any string, for example a diagnosis code; ignored without a sensitive
   * attribute).
   */
  public void add(List<String> quasiValues, String sensitiveValue) {
    add(quasiValues, sensitiveValue, null);
  }

  /** As {@link #add(List, String)}, naming the record by {@code recordId} (a file name; never a value). */
  public void add(List<String> quasiValues, String sensitiveValue, String recordId) {
    Objects.requireNonNull(quasiValues, "quasiValues");
    Objects.requireNonNull(sensitiveValue, "sensitiveValue");
    if (quasiValues.size() != quasiIdentifiers.size()) {
      throw new IllegalArgumentException("expected " + quasiIdentifiers.size() + " quasi-identifier values");
    }
    for (String v : quasiValues) {
      Objects.requireNonNull(v, "quasi-identifier value");
    }
    Group g = classes.computeIfAbsent(Collections.unmodifiableList(new ArrayList<>(quasiValues)), k -> new Group());
    g.size++;
    if (sensitiveAttribute != null) {
      g.sensitive.add(sensitiveValue);
    }
    if (recordId != null && g.size < listBelow) {
      g.ids.add(recordId);
    } else if (g.size >= listBelow && !g.ids.isEmpty()) {
      g.ids = new ArrayList<>(0);
    }
    records++;
  }

  /** The report so far, with the records in classes smaller than {@code targetK} counted as at risk. */
  public RiskReport report(int targetK) {
    return report(targetK, Collections.<Hierarchy>emptyList(), 0.0);
  }

  /**
   * The report so far, with the minimal generalizations that reach {@code targetK}: the nodes of the
   * lattice of {@code hierarchies} (one per quasi-identifier, in order) at which every class has at
   * least {@code targetK} records once at most {@code maxSuppression} of the records (those in smaller
   * classes) are suppressed, and none of whose direct predecessors does. k-anonymity is monotone in
   * the lattice (merging classes never adds records to classes below k), so a node above a
   * satisfying node satisfies and is not evaluated (predictive tagging).
   *
   * @param hierarchies empty for no search, else one per quasi-identifier
   * @param maxSuppression the fraction of records that may be suppressed, 0..1
   * @throws IllegalArgumentException for a target below 1, a wrong number of hierarchies, a fraction
   *     outside 0..1, or a lattice of more than {@link #MAX_LATTICE_NODES} nodes
   */
  public RiskReport report(int targetK, List<Hierarchy> hierarchies, double maxSuppression) {
    if (targetK < 1) {
      throw new IllegalArgumentException("targetK must be >= 1");
    }
    Objects.requireNonNull(hierarchies, "hierarchies");
    if (!hierarchies.isEmpty() && hierarchies.size() != quasiIdentifiers.size()) {
      throw new IllegalArgumentException("expected one hierarchy per quasi-identifier");
    }
    if (!(maxSuppression >= 0 && maxSuppression <= 1)) {
      throw new IllegalArgumentException("maxSuppression must be 0..1");
    }
    long k = records == 0 ? 0 : Long.MAX_VALUE;
    long l = records == 0 ? 0 : Long.MAX_VALUE;
    long atRisk = 0;
    Map<Long, Long> histogram = new TreeMap<>();
    List<String> ids = new ArrayList<>();
    boolean idsComplete = targetK <= listBelow;
    for (Group g : classes.values()) {
      k = Math.min(k, g.size);
      l = Math.min(l, g.sensitive.size());
      if (g.size < targetK) {
        atRisk += g.size;
        ids.addAll(g.ids);
      }
      histogram.merge(g.size, 1L, Long::sum);
    }
    Collections.sort(ids);
    List<LatticeNode> minimal = hierarchies.isEmpty() ? Collections.<LatticeNode>emptyList()
        : new Search(hierarchies, targetK, maxSuppression).minimalNodes();
    return new RiskReport(this, records, classes.size(), k, sensitiveAttribute == null ? -1 : l, targetK, atRisk,
        histogram, idsComplete ? ids : Collections.<String>emptyList(), idsComplete, hierarchies, maxSuppression,
        minimal);
  }

  String sensitiveAttributeOrNull() {
    return sensitiveAttribute;
  }

  /** The lattice search over the classes. */
  private final class Search {
    private final List<Hierarchy> hierarchies;
    private final int targetK;
    private final long suppressionLimit;
    private final int[] heights;
    /** Per quasi-identifier: each distinct value's generalization at every level. */
    private final List<Map<String, String[]>> generalized = new ArrayList<>();

    Search(List<Hierarchy> hierarchies, int targetK, double maxSuppression) {
      this.hierarchies = hierarchies;
      this.targetK = targetK;
      this.suppressionLimit = (long) Math.floor(maxSuppression * records);
      this.heights = new int[hierarchies.size()];
      long nodes = 1;
      for (int i = 0; i < heights.length; i++) {
        heights[i] = hierarchies.get(i).height();
        nodes *= heights[i];
        if (nodes > MAX_LATTICE_NODES) {
          throw new IllegalArgumentException("generalization lattice larger than " + MAX_LATTICE_NODES + " nodes");
        }
      }
      for (int i = 0; i < heights.length; i++) {
        Map<String, String[]> byValue = new HashMap<>();
        for (List<String> key : classes.keySet()) {
          String v = key.get(i);
          if (!byValue.containsKey(v)) {
            String[] levels = new String[heights[i]];
            for (int level = 0; level < heights[i]; level++) {
              levels[level] = hierarchies.get(i).generalize(v, level);
            }
            byValue.put(v, levels);
          }
        }
        generalized.add(byValue);
      }
    }

    List<LatticeNode> minimalNodes() {
      List<int[]> all = new ArrayList<>();
      enumerate(new int[heights.length], 0, all);
      all.sort((x, y) -> Integer.compare(sum(x), sum(y)));
      Set<String> satisfied = new HashSet<>();
      List<LatticeNode> minimal = new ArrayList<>();
      for (int[] node : all) {
        boolean predecessorSatisfies = false;
        for (int i = 0; i < node.length && !predecessorSatisfies; i++) {
          if (node[i] > 0) {
            node[i]--;
            predecessorSatisfies = satisfied.contains(keyOf(node));
            node[i]++;
          }
        }
        if (predecessorSatisfies) {
          satisfied.add(keyOf(node));
          continue;
        }
        LatticeNode evaluated = evaluate(node);
        if (evaluated.suppressedRecords() <= suppressionLimit) {
          satisfied.add(keyOf(node));
          minimal.add(evaluated);
        }
      }
      minimal.sort((x, y) -> {
        int c = Long.compare(x.discernibility(), y.discernibility());
        return c != 0 ? c : Integer.compare(x.height(), y.height());
      });
      return minimal;
    }

    private void enumerate(int[] node, int i, List<int[]> out) {
      if (i == node.length) {
        out.add(node.clone());
        return;
      }
      for (int level = 0; level < heights[i]; level++) {
        node[i] = level;
        enumerate(node, i + 1, out);
      }
    }

    private LatticeNode evaluate(int[] node) {
      Map<List<String>, Group> merged = new HashMap<>();
      for (Map.Entry<List<String>, Group> e : classes.entrySet()) {
        List<String> key = new ArrayList<>(node.length);
        for (int i = 0; i < node.length; i++) {
          key.add(generalized.get(i).get(e.getKey().get(i))[node[i]]);
        }
        Group m = merged.computeIfAbsent(key, x -> new Group());
        m.size += e.getValue().size;
        if (sensitiveAttribute != null) {
          m.sensitive.addAll(e.getValue().sensitive);
        }
      }
      long suppressed = 0;
      long k = Long.MAX_VALUE;
      long l = Long.MAX_VALUE;
      long discernibility = 0;
      long kept = 0;
      for (Group g : merged.values()) {
        if (g.size < targetK) {
          suppressed += g.size;
        } else {
          k = Math.min(k, g.size);
          l = Math.min(l, g.sensitive.size());
          discernibility += g.size * g.size;
          kept++;
        }
      }
      discernibility += suppressed * records;
      List<String> levelNames = new ArrayList<>(node.length);
      for (int i = 0; i < node.length; i++) {
        levelNames.add(hierarchies.get(i).levels().get(node[i]));
      }
      return new LatticeNode(node, levelNames, kept == 0 ? 0 : k, sensitiveAttribute == null || kept == 0 ? -1 : l,
          kept, suppressed, discernibility);
    }

    private int sum(int[] node) {
      int s = 0;
      for (int v : node) {
        s += v;
      }
      return s;
    }

    private String keyOf(int[] node) {
      return java.util.Arrays.toString(node);
    }
  }

  private static final class Group {
    long size;
    final Set<String> sensitive = new HashSet<>(2);
    List<String> ids = new ArrayList<>(1);
  }

  /**
   * Builds a {@link RiskAccumulator}.
   *
   * <p>Thread safety: not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final List<String> quasiIdentifiers;
    private String sensitiveAttribute;
    private int listBelow;

    private Builder(List<String> quasiIdentifiers) {
      Objects.requireNonNull(quasiIdentifiers, "quasiIdentifiers");
      if (quasiIdentifiers.isEmpty()) {
        throw new IllegalArgumentException("at least one quasi-identifier");
      }
      for (String q : quasiIdentifiers) {
        Objects.requireNonNull(q, "quasi-identifier");
      }
      this.quasiIdentifiers = Collections.unmodifiableList(new ArrayList<>(quasiIdentifiers));
    }

    /** The sensitive attribute's name: ℓ-diversity is measured over it (default: none, no ℓ). */
    public Builder sensitiveAttribute(String name) {
      this.sensitiveAttribute = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Keep the ids of records in classes smaller than {@code k} (default 0: none), so that a report
     * with a target up to {@code k} lists the records at risk. Memory: fewer than {@code k} ids per class.
     */
    public Builder listRecordsBelow(int k) {
      if (k < 0) {
        throw new IllegalArgumentException("k must be >= 0");
      }
      this.listBelow = k;
      return this;
    }

    /** The accumulator. */
    public RiskAccumulator build() {
      return new RiskAccumulator(this);
    }
  }
}
