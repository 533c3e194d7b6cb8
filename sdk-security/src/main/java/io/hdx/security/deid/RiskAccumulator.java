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
 * <pre>{@code
 * RiskAccumulator risk = RiskAccumulator.create(Arrays.asList("DE02.01.005.01", "DE02.01.040.00"));
 * for (...) risk.add(Arrays.asList(birthYear, sex), diagnosis);
 * RiskReport report = risk.report(5);   // k, l, records in classes smaller than 5
 * }</pre>
 *
 * <p>Thread safety: not thread-safe; one accumulator per pass.
 *
 * @since 0.1.0
 */
public final class RiskAccumulator {
  private final List<String> quasiIdentifiers;
  private final Map<List<String>, Group> classes = new HashMap<>();
  private long records;

  private RiskAccumulator(List<String> quasiIdentifiers) {
    this.quasiIdentifiers = quasiIdentifiers;
  }

  /** An accumulator over the named quasi-identifiers (data element codes or other names), at least one. */
  public static RiskAccumulator create(List<String> quasiIdentifiers) {
    Objects.requireNonNull(quasiIdentifiers, "quasiIdentifiers");
    if (quasiIdentifiers.isEmpty()) {
      throw new IllegalArgumentException("at least one quasi-identifier");
    }
    return new RiskAccumulator(Collections.unmodifiableList(new ArrayList<>(quasiIdentifiers)));
  }

  /**
   * Adds one record: its quasi-identifier values in the order of {@link #create}, and its sensitive
   * value (for ℓ-diversity; any string, for example a diagnosis code).
   */
  public void add(List<String> quasiValues, String sensitiveValue) {
    Objects.requireNonNull(quasiValues, "quasiValues");
    Objects.requireNonNull(sensitiveValue, "sensitiveValue");
    if (quasiValues.size() != quasiIdentifiers.size()) {
      throw new IllegalArgumentException("expected " + quasiIdentifiers.size() + " quasi-identifier values");
    }
    Group g = classes.computeIfAbsent(Collections.unmodifiableList(new ArrayList<>(quasiValues)), k -> new Group());
    g.size++;
    g.sensitive.add(sensitiveValue);
    records++;
  }

  /** The report so far, with the records in classes smaller than {@code targetK} counted as at risk. */
  public RiskReport report(int targetK) {
    if (targetK < 1) {
      throw new IllegalArgumentException("targetK must be >= 1");
    }
    long k = records == 0 ? 0 : Long.MAX_VALUE;
    long l = records == 0 ? 0 : Long.MAX_VALUE;
    long atRisk = 0;
    Map<Long, Long> histogram = new TreeMap<>();
    for (Group g : classes.values()) {
      k = Math.min(k, g.size);
      l = Math.min(l, g.sensitive.size());
      if (g.size < targetK) {
        atRisk += g.size;
      }
      histogram.merge(g.size, 1L, Long::sum);
    }
    return new RiskReport(quasiIdentifiers, records, classes.size(), k, l, targetK, atRisk, histogram);
  }

  private static final class Group {
    long size;
    final Set<String> sensitive = new HashSet<>();
  }
}
