package io.hdx.security.deid;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The result of a {@link RiskAccumulator} pass: the number of records and equivalence classes,
 * k (smallest class), ℓ (fewest distinct sensitive values in a class), how many records sit in
 * classes smaller than the target k (and which, by record id), the distribution of class sizes, and
 * the minimal generalizations that reach the target k. No values, as text, JSON or one HTML page
 * with an inline SVG plot (no script, no external resource).
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public final class RiskReport {
  /** Bars of the class-size plot before the last, which gathers the larger sizes. */
  private static final int PLOT_BARS = 30;

  private final List<String> quasiIdentifiers;
  private final String sensitiveAttribute;
  private final long records;
  private final long classes;
  private final long k;
  private final long l;
  private final int targetK;
  private final long recordsAtRisk;
  private final Map<Long, Long> classSizes;
  private final List<String> recordIdsAtRisk;
  private final boolean recordIdsComplete;
  private final List<String> hierarchies;
  private final double maxSuppression;
  private final List<LatticeNode> minimalGeneralizations;

  RiskReport(RiskAccumulator from, long records, long classes, long k, long l, int targetK, long recordsAtRisk,
      Map<Long, Long> classSizes, List<String> recordIdsAtRisk, boolean recordIdsComplete, List<Hierarchy> hierarchies,
      double maxSuppression, List<LatticeNode> minimalGeneralizations) {
    this.quasiIdentifiers = from.quasiIdentifiers();
    this.sensitiveAttribute = from.sensitiveAttributeOrNull();
    this.records = records;
    this.classes = classes;
    this.k = k;
    this.l = l;
    this.targetK = targetK;
    this.recordsAtRisk = recordsAtRisk;
    this.classSizes = Collections.unmodifiableMap(new TreeMap<>(classSizes));
    this.recordIdsAtRisk = Collections.unmodifiableList(new ArrayList<>(recordIdsAtRisk));
    this.recordIdsComplete = recordIdsComplete;
    List<String> names = new ArrayList<>();
    for (Hierarchy h : hierarchies) {
      names.add(h.name());
    }
    this.hierarchies = Collections.unmodifiableList(names);
    this.maxSuppression = maxSuppression;
    this.minimalGeneralizations = Collections.unmodifiableList(new ArrayList<>(minimalGeneralizations));
  }

  /** The quasi-identifiers. */
  public List<String> quasiIdentifiers() {
    return quasiIdentifiers;
  }

  /** The sensitive attribute ℓ-diversity is measured over, if any. */
  public Optional<String> sensitiveAttribute() {
    return Optional.ofNullable(sensitiveAttribute);
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

  /** ℓ-diversity: the fewest distinct sensitive values in one class (0 without records, -1 without a sensitive attribute). */
  public long l() {
    return l;
  }

  /** The target k. */
  public int targetK() {
    return targetK;
  }

  /** Whether k reaches the target. */
  public boolean reachesTarget() {
    return records > 0 && k >= targetK;
  }

  /** The records in classes smaller than the target k. */
  public long recordsAtRisk() {
    return recordsAtRisk;
  }

  /** The ids of the records in classes smaller than the target k, sorted (empty unless {@link #recordIdsComplete()}). */
  public List<String> recordIdsAtRisk() {
    return recordIdsAtRisk;
  }

  /** Whether {@link #recordIdsAtRisk()} lists every record at risk (the accumulator kept ids up to the target). */
  public boolean recordIdsComplete() {
    return recordIdsComplete;
  }

  /** Class size to number of classes of that size. */
  public Map<Long, Long> classSizes() {
    return classSizes;
  }

  /** The names of the hierarchies searched, one per quasi-identifier (empty: no search). */
  public List<String> hierarchies() {
    return hierarchies;
  }

  /** The fraction of records the search may suppress. */
  public double maxSuppression() {
    return maxSuppression;
  }

  /** The minimal generalizations reaching the target k, least information loss (discernibility) first. */
  public List<LatticeNode> minimalGeneralizations() {
    return minimalGeneralizations;
  }

  /** Text for people. */
  public String toText() {
    StringBuilder sb = new StringBuilder();
    sb.append("quasi-identifiers ").append(String.join(",", quasiIdentifiers)).append('\n');
    sb.append("records ").append(records).append(", classes ").append(classes).append('\n');
    sb.append("k ").append(k);
    if (l >= 0) {
      sb.append(", l ").append(l).append(" (").append(sensitiveAttribute).append(')');
    }
    sb.append('\n');
    sb.append("at risk (class < ").append(targetK).append(") ").append(recordsAtRisk).append(" records\n");
    for (String id : recordIdsAtRisk) {
      sb.append("  ").append(id).append('\n');
    }
    sb.append("class sizes\n");
    for (Map.Entry<Long, Long> e : classSizes.entrySet()) {
      sb.append("  size ").append(e.getKey()).append(": ").append(e.getValue()).append(" classes\n");
    }
    if (!hierarchies.isEmpty()) {
      sb.append("minimal generalizations to k ").append(targetK).append(" (hierarchies ")
          .append(String.join(",", hierarchies)).append(", suppression up to ")
          .append(percent(maxSuppression)).append("): ").append(minimalGeneralizations.size()).append('\n');
      for (LatticeNode n : minimalGeneralizations) {
        sb.append("  ");
        for (int i = 0; i < quasiIdentifiers.size(); i++) {
          sb.append(i == 0 ? "" : " ").append(quasiIdentifiers.get(i)).append('=').append(n.levelNames().get(i));
        }
        sb.append(" : k ").append(n.k());
        if (n.l() >= 0) {
          sb.append(", l ").append(n.l());
        }
        sb.append(", classes ").append(n.classes()).append(", suppressed ").append(n.suppressedRecords())
            .append(", discernibility ").append(n.discernibility()).append('\n');
      }
    }
    return sb.toString();
  }

  private static String percent(double fraction) {
    return String.format(java.util.Locale.ROOT, "%.1f%%", fraction * 100);
  }

  /** One JSON object. */
  public String toJson() {
    StringBuilder sb = new StringBuilder("{\"quasiIdentifiers\":");
    strings(sb, quasiIdentifiers);
    sb.append(",\"records\":").append(records).append(",\"classes\":").append(classes)
        .append(",\"k\":").append(k).append(",\"l\":").append(l >= 0 ? Long.toString(l) : "null");
    if (sensitiveAttribute != null) {
      sb.append(",\"sensitiveAttribute\":").append(Manifest.quote(sensitiveAttribute));
    }
    sb.append(",\"targetK\":").append(targetK).append(",\"recordsAtRisk\":").append(recordsAtRisk);
    if (recordIdsComplete) {
      sb.append(",\"recordIdsAtRisk\":");
      strings(sb, recordIdsAtRisk);
    }
    sb.append(",\"classSizes\":{");
    boolean first = true;
    for (Map.Entry<Long, Long> e : classSizes.entrySet()) {
      sb.append(first ? "" : ",").append('"').append(e.getKey()).append("\":").append(e.getValue());
      first = false;
    }
    sb.append('}');
    if (!hierarchies.isEmpty()) {
      sb.append(",\"hierarchies\":");
      strings(sb, hierarchies);
      sb.append(",\"maxSuppression\":").append(maxSuppression).append(",\"minimalGeneralizations\":[");
      for (int i = 0; i < minimalGeneralizations.size(); i++) {
        LatticeNode n = minimalGeneralizations.get(i);
        sb.append(i == 0 ? "" : ",").append("{\"levels\":");
        strings(sb, n.levelNames());
        sb.append(",\"k\":").append(n.k()).append(",\"l\":").append(n.l() >= 0 ? Long.toString(n.l()) : "null")
            .append(",\"classes\":").append(n.classes()).append(",\"suppressed\":").append(n.suppressedRecords())
            .append(",\"discernibility\":").append(n.discernibility()).append('}');
      }
      sb.append(']');
    }
    return sb.append('}').toString();
  }

  private static void strings(StringBuilder sb, List<String> list) {
    sb.append('[');
    for (int i = 0; i < list.size(); i++) {
      sb.append(i == 0 ? "" : ",").append(Manifest.quote(list.get(i)));
    }
    sb.append(']');
  }

  /**
   * One self-contained HTML page: the figures, an inline SVG bar chart of the equivalence-class
   * size distribution (classes below the target k in red), the records at risk and the minimal
   * generalizations. No script, no external stylesheet, image or font.
   */
  public String toHtml() {
    StringBuilder sb = new StringBuilder(4096);
    sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Re-identification risk</title>\n")
        .append("<style>body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse}")
        .append("td,th{border:1px solid #ccc;padding:2px 8px;text-align:left}.risk{color:#b00}</style></head><body>\n")
        .append("<h1>Re-identification risk</h1>\n<table>\n");
    row(sb, "quasi-identifiers", String.join(", ", quasiIdentifiers));
    row(sb, "records", Long.toString(records));
    row(sb, "equivalence classes", Long.toString(classes));
    row(sb, "k-anonymity", Long.toString(k));
    if (l >= 0) {
      row(sb, "ℓ-diversity (" + sensitiveAttribute + ")", Long.toString(l));
    }
    row(sb, "target k", Integer.toString(targetK));
    row(sb, "records at risk (class < " + targetK + ")", Long.toString(recordsAtRisk));
    sb.append("</table>\n<h2>Equivalence-class sizes</h2>\n");
    plot(sb);
    if (recordIdsComplete && !recordIdsAtRisk.isEmpty()) {
      sb.append("<h2>Records at risk</h2>\n<ul>\n");
      for (String id : recordIdsAtRisk) {
        sb.append("<li>").append(escape(id)).append("</li>\n");
      }
      sb.append("</ul>\n");
    }
    if (!hierarchies.isEmpty()) {
      sb.append("<h2>Minimal generalizations reaching k = ").append(targetK).append("</h2>\n<p>Suppression up to ")
          .append(percent(maxSuppression)).append(" of the records; least information loss first.</p>\n<table><tr>");
      for (int i = 0; i < quasiIdentifiers.size(); i++) {
        sb.append("<th>").append(escape(quasiIdentifiers.get(i))).append(" (").append(escape(hierarchies.get(i)))
            .append(")</th>");
      }
      sb.append("<th>k</th>").append(l >= 0 ? "<th>ℓ</th>" : "")
          .append("<th>classes</th><th>suppressed</th><th>discernibility</th></tr>\n");
      for (LatticeNode n : minimalGeneralizations) {
        sb.append("<tr>");
        for (String level : n.levelNames()) {
          sb.append("<td>").append(escape(level)).append("</td>");
        }
        sb.append("<td>").append(n.k()).append("</td>").append(l >= 0 ? "<td>" + n.l() + "</td>" : "")
            .append("<td>").append(n.classes()).append("</td><td>").append(n.suppressedRecords()).append("</td><td>")
            .append(n.discernibility()).append("</td></tr>\n");
      }
      sb.append("</table>\n");
    }
    return sb.append("</body></html>\n").toString();
  }

  private static void row(StringBuilder sb, String name, String value) {
    sb.append("<tr><th>").append(escape(name)).append("</th><td>").append(escape(value)).append("</td></tr>\n");
  }

  /** A bar per class size 1..30, the last bar gathering larger sizes; the height is the number of classes. */
  private void plot(StringBuilder sb) {
    long[] bars = new long[PLOT_BARS + 1];
    for (Map.Entry<Long, Long> e : classSizes.entrySet()) {
      int at = (int) Math.min(e.getKey(), PLOT_BARS + 1) - 1;
      bars[at] += e.getValue();
    }
    int used = 0;
    for (int i = 0; i < bars.length; i++) {
      if (bars[i] > 0) {
        used = i + 1;
      }
    }
    used = Math.max(used, 1);
    long max = 1;
    for (long b : bars) {
      max = Math.max(max, b);
    }
    int barWidth = 20;
    int gap = 4;
    int chartHeight = 200;
    int left = 50;
    int width = left + used * (barWidth + gap) + 10;
    int height = chartHeight + 50;
    sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"").append(height)
        .append("\" role=\"img\" aria-label=\"number of equivalence classes by class size\">\n");
    sb.append("<line x1=\"").append(left).append("\" y1=\"10\" x2=\"").append(left).append("\" y2=\"")
        .append(chartHeight + 10).append("\" stroke=\"#444\"/>\n");
    sb.append("<line x1=\"").append(left).append("\" y1=\"").append(chartHeight + 10).append("\" x2=\"").append(width - 5)
        .append("\" y2=\"").append(chartHeight + 10).append("\" stroke=\"#444\"/>\n");
    sb.append("<text x=\"").append(left - 5).append("\" y=\"16\" font-size=\"10\" text-anchor=\"end\">").append(max)
        .append("</text>\n");
    sb.append("<text x=\"").append(left - 5).append("\" y=\"").append(chartHeight + 10)
        .append("\" font-size=\"10\" text-anchor=\"end\">0</text>\n");
    for (int i = 0; i < used; i++) {
      long count = bars[i];
      int h = (int) Math.round((double) count / max * chartHeight);
      int x = left + gap + i * (barWidth + gap);
      boolean atRisk = i + 1 < targetK;
      String label = i == PLOT_BARS ? (PLOT_BARS + 1) + "+" : Integer.toString(i + 1);
      sb.append("<rect x=\"").append(x).append("\" y=\"").append(chartHeight + 10 - h).append("\" width=\"")
          .append(barWidth).append("\" height=\"").append(h).append("\" fill=\"").append(atRisk ? "#c33" : "#47a")
          .append("\"><title>size ").append(label).append(": ").append(count).append(" classes</title></rect>\n");
      sb.append("<text x=\"").append(x + barWidth / 2).append("\" y=\"").append(chartHeight + 24)
          .append("\" font-size=\"10\" text-anchor=\"middle\">").append(label).append("</text>\n");
    }
    sb.append("<text x=\"").append(left + (width - left) / 2).append("\" y=\"").append(chartHeight + 42)
        .append("\" font-size=\"11\" text-anchor=\"middle\">class size (red: below k = ").append(targetK)
        .append(")</text>\n</svg>\n");
  }

  /** Text escaped for HTML element content and attribute values. */
  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<':
          sb.append("&lt;");
          break;
        case '>':
          sb.append("&gt;");
          break;
        case '&':
          sb.append("&amp;");
          break;
        case '"':
          sb.append("&quot;");
          break;
        case '\'':
          sb.append("&#39;");
          break;
        default:
          sb.append(c);
      }
    }
    return sb.toString();
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
