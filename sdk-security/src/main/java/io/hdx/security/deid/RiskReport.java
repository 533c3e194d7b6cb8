package io.hdx.security.deid;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The result of a {@link RiskAccumulator} pass: the number of records and equivalence classes,
 * k (smallest class), ℓ (fewest distinct sensitive values in a class), how many records sit in
 * classes smaller than the target k, and the distribution of class sizes. No values.
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public final class RiskReport {
  private final List<String> quasiIdentifiers;
  private final long records;
  private final long classes;
  private final long k;
  private final long l;
  private final int targetK;
  private final long recordsAtRisk;
  private final Map<Long, Long> classSizes;

  RiskReport(List<String> quasiIdentifiers, long records, long classes, long k, long l, int targetK,
      long recordsAtRisk, Map<Long, Long> classSizes) {
    this.quasiIdentifiers = quasiIdentifiers;
    this.records = records;
    this.classes = classes;
    this.k = k;
    this.l = l;
    this.targetK = targetK;
    this.recordsAtRisk = recordsAtRisk;
    this.classSizes = Collections.unmodifiableMap(new TreeMap<>(classSizes));
  }

  /** The quasi-identifiers. */
  public List<String> quasiIdentifiers() {
    return quasiIdentifiers;
  }

  /** The number of records. */
  public long records() {
    return records;
  }

  /** The number of equivalence classes. */
  public long classes() {
    return classes;
  }

  /** k-anonymity: the size of the smallest class (0 without records). */
  public long k() {
    return k;
  }

  /** ℓ-diversity: the fewest distinct sensitive values in one class (0 without records). */
  public long l() {
    return l;
  }

  /** The target k. */
  public int targetK() {
    return targetK;
  }

  /** The records in classes smaller than the target k. */
  public long recordsAtRisk() {
    return recordsAtRisk;
  }

  /** Class size to number of classes of that size. */
  public Map<Long, Long> classSizes() {
    return classSizes;
  }

  /** Text for people. */
  public String toText() {
    StringBuilder sb = new StringBuilder();
    sb.append("quasi-identifiers ").append(String.join(",", quasiIdentifiers)).append('\n');
    sb.append("records ").append(records).append(", classes ").append(classes).append('\n');
    sb.append("k ").append(k).append(", l ").append(l).append('\n');
    sb.append("at risk (class < ").append(targetK).append(") ").append(recordsAtRisk).append(" records\n");
    for (Map.Entry<Long, Long> e : classSizes.entrySet()) {
      sb.append("  size ").append(e.getKey()).append(": ").append(e.getValue()).append(" classes\n");
    }
    return sb.toString();
  }

  /** One JSON object. */
  public String toJson() {
    StringBuilder sb = new StringBuilder("{\"quasiIdentifiers\":[");
    for (int i = 0; i < quasiIdentifiers.size(); i++) {
      sb.append(i == 0 ? "" : ",").append(Manifest.quote(quasiIdentifiers.get(i)));
    }
    sb.append("],\"records\":").append(records).append(",\"classes\":").append(classes)
        .append(",\"k\":").append(k).append(",\"l\":").append(l).append(",\"targetK\":").append(targetK)
        .append(",\"recordsAtRisk\":").append(recordsAtRisk).append(",\"classSizes\":{");
    boolean first = true;
    for (Map.Entry<Long, Long> e : classSizes.entrySet()) {
      sb.append(first ? "" : ",").append('"').append(e.getKey()).append("\":").append(e.getValue());
      first = false;
    }
    return sb.append("}}").toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RiskReport && ((RiskReport) o).toJson().equals(toJson());
  }

  @Override
  public int hashCode() {
    return toJson().hashCode();
  }

  @Override
  public String toString() {
    return "RiskReport[k=" + k + ", l=" + l + ", records=" + records + "]";
  }
}
