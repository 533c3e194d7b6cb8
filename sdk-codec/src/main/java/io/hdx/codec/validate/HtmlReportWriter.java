package io.hdx.codec.validate;

import io.hdx.codec.CodecException;
import io.hdx.model.dataset.DataElement;
import io.hdx.model.dataset.DataElementCatalog;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Renders the reports of one or many documents as one standalone HTML page for people, in Chinese or English
 * ({@link ReportLanguage}): a header that lets the page be filed as evidence (when it was made, the HDX
 * version, the version of the spec data validated against, each input file's SM3 digest), a summary
 * (counts, document types, results), then each document's findings grouped by header and section. Within a
 * group the decoder's warnings and the validator's findings are one list in document order, each with its
 * rule's title and explanation, its source line (when the source was given), its data element's code and
 * name, and a mark when it rests on a fact HDX holds with LOW or UNCONFIRMED confidence. The offending value
 * is shown only with {@link HtmlReportFeature#SHOW_VALUES}: without it the page holds no value from any
 * document.
 *
 * <p>The page has inline CSS with a system CJK font stack (PingFang SC, Microsoft YaHei, Noto Sans CJK SC,
 * Source Han Sans SC, WenQuanYi; no web font), no script and no external resource; everything written into it
 * is HTML-escaped.
 *
 * <p>Thread safety: immutable once built; the builder is not thread-safe.
 *
 * <pre>{@code
 * String html = HtmlReportWriter.builder().language(ReportLanguage.ZH)
 *     .add("a.xml", reportA, xmlA, sm3HexOfA)     // with the source: line numbers
 *     .add("b.xml", reportB)
 *     .build().render();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class HtmlReportWriter {
  private static final String SECTION_PREFIX = "/ClinicalDocument/component/structuredBody/component";
  /** System fonts that carry Chinese on macOS, Windows, Linux and Android, before the generic family. */
  static final String FONTS = "system-ui,-apple-system,'Segoe UI','PingFang SC','Hiragino Sans GB',"
      + "'Microsoft YaHei','Noto Sans CJK SC','Noto Sans SC','Source Han Sans SC','WenQuanYi Micro Hei',"
      + "'Droid Sans Fallback',sans-serif";
  private static final String CSS = "body{font-family:" + FONTS + ";margin:2em;color:#222;max-width:95em}"
      + "h1{font-size:1.6em}h2{font-size:1.25em;margin-top:2em;border-bottom:1px solid #ccc}h3{font-size:1.05em}"
      + "table{border-collapse:collapse;width:100%;margin:.5em 0}th,td{border:1px solid #ddd;padding:.3em .5em;"
      + "text-align:left;vertical-align:top}th{background:#f4f4f4}code{font-size:.85em;word-break:break-all}"
      + ".ERROR td.sev,.badge.invalid,.badge.unreadable{color:#fff;background:#c62828}"
      + ".WARNING td.sev{background:#f9a825}.INFO td.sev{background:#e3f2fd}"
      + ".badge{padding:.1em .5em;border-radius:.3em;font-size:.8em;white-space:nowrap}.badge.valid{color:#fff;background:#2e7d32}"
      + ".badge.unconfirmed{background:#eee;color:#555;border:1px dashed #888}tr.unconfirmed td{color:#666}"
      + "details summary{cursor:pointer}details p{margin:.3em 0;font-size:.9em}.src{color:#666}"
      + ".totals{font-size:1.05em}.none{color:#2e7d32}.meta th{width:12em}.orig{color:#666;font-size:.9em}"
      + ".value{background:#fff3e0}.phi{color:#b71c1c;font-weight:bold}td.line{text-align:right}"
      + "td.sev,th{white-space:nowrap}";

  private final List<Item> items;
  private final ReportText text;
  private final Set<HtmlReportFeature> features;
  private final OffsetDateTime generatedAt;
  private final String hdxVersion;
  private final String specDataVersion;
  private final DataElementCatalog dataElements;

  private HtmlReportWriter(Builder b) {
    this.items = Collections.unmodifiableList(new ArrayList<>(b.items));
    this.text = ReportText.of(b.language);
    this.features = Collections.unmodifiableSet(b.features.isEmpty()
        ? EnumSet.noneOf(HtmlReportFeature.class) : EnumSet.copyOf(b.features));
    this.generatedAt = b.generatedAt != null ? b.generatedAt : OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS);
    this.hdxVersion = b.hdxVersion != null ? b.hdxVersion : defaultVersion();
    this.specDataVersion = b.specDataVersion;
    this.dataElements = b.dataElements;
  }

  private static String defaultVersion() {
    String version = HtmlReportWriter.class.getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }

  /** A new builder with no documents, in English, without values. */
  public static Builder builder() {
    return new Builder();
  }

  /** The English page of one document's report. */
  public static String render(String source, ValidationReport report) {
    return builder().add(source, report).build().render();
  }

  /** The page as text. */
  public String render() {
    StringWriter out = new StringWriter(4096);
    try {
      write(out);
    } catch (IOException e) {
      throw new UncheckedIOException("a StringWriter does not fail", e);
    }
    return out.toString();
  }

  /**
   * Writes the page to {@code out}, which is flushed and left open.
   *
   * @throws IOException when {@code out} fails
   */
  public void write(Writer out) throws IOException {
    Objects.requireNonNull(out, "out");
    StringBuilder h = new StringBuilder(4096);
    h.append("<!DOCTYPE html>\n<html lang=\"").append(text.get("lang")).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(escape(text.get("title"))).append("</title>\n<style>").append(CSS)
        .append("</style>\n</head>\n<body>\n<h1>").append(escape(text.get("title"))).append("</h1>\n");
    header(h);
    summary(h);
    for (int i = 0; i < items.size(); i++) {
      document(h, items.get(i), i + 1);
    }
    h.append("</body>\n</html>\n");
    out.write(h.toString());
    out.flush();
  }

  private boolean on(HtmlReportFeature feature) {
    return features.contains(feature);
  }

  private void header(StringBuilder h) {
    h.append("<table class=\"meta\">\n");
    meta(h, text.get("header.time"), escape(generatedAt.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)));
    meta(h, text.get("header.version"), escape(hdxVersion));
    if (specDataVersion != null) {
      meta(h, text.get("header.spec"), "<code>" + escape(specDataVersion) + "</code> <span class=\"src\">"
          + escape(text.get("header.spec.note")) + "</span>");
    }
    h.append("</table>\n");
    if (on(HtmlReportFeature.SHOW_VALUES)) {
      h.append("<p class=\"phi\">").append(escape(text.get("header.values.shown"))).append("</p>\n");
    } else {
      h.append("<p class=\"src\">").append(escape(text.get("header.values.hidden"))).append("</p>\n");
    }
    if (on(HtmlReportFeature.HIDE_UNCONFIRMED)) {
      int hidden = 0;
      for (Item item : items) {
        for (Row row : item.rows) {
          hidden += row.issue.isUnconfirmed() ? 1 : 0;
        }
      }
      h.append("<p>").append(escape(text.get("header.unconfirmed.hidden", hidden))).append("</p>\n");
    }
  }

  private static void meta(StringBuilder h, String label, String html) {
    h.append("<tr><th>").append(escape(label)).append("</th><td>").append(html).append("</td></tr>\n");
  }

  private void summary(StringBuilder h) {
    int valid = 0;
    int invalid = 0;
    int unreadable = 0;
    int[] counts = new int[Severity.values().length];
    boolean digests = false;
    for (Item item : items) {
      digests |= item.digest != null;
      if (item.report == null) {
        unreadable++;
        continue;
      }
      if (item.report.isValid()) {
        valid++;
      } else {
        invalid++;
      }
      for (Severity s : Severity.values()) {
        counts[s.ordinal()] += item.report.count(s);
      }
    }
    h.append("<section class=\"summary\">\n<h2>").append(escape(text.get("summary"))).append("</h2>\n<p class=\"totals\">")
        .append(escape(text.get("summary.totals", items.size(), valid, invalid, unreadable,
            counts[Severity.ERROR.ordinal()], counts[Severity.WARNING.ordinal()], counts[Severity.INFO.ordinal()])))
        .append("</p>\n<p>").append(escape(text.get("summary.note"))).append("</p>\n<table>\n<thead><tr><th>")
        .append(escape(text.get("col.document"))).append("</th><th>").append(escape(text.get("col.type")))
        .append("</th><th>").append(escape(text.get("col.result"))).append("</th><th>")
        .append(escape(text.get("col.errors"))).append("</th><th>").append(escape(text.get("col.warnings")))
        .append("</th><th>").append(escape(text.get("col.infos"))).append("</th>");
    if (digests) {
      h.append("<th>").append(escape(text.get("header.digest"))).append("</th>");
    }
    h.append("</tr></thead>\n<tbody>\n");
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      h.append("<tr><td><a href=\"#doc-").append(i + 1).append("\">").append(escape(item.source))
          .append("</a></td><td>").append(escape(type(item))).append("</td><td>");
      badge(h, item);
      h.append("</td>");
      for (Severity s : Severity.values()) {
        h.append("<td>").append(item.report == null ? "" : String.valueOf(item.report.count(s))).append("</td>");
      }
      if (digests) {
        h.append("<td><code>").append(item.digest == null ? "" : escape(item.digest)).append("</code></td>");
      }
      h.append("</tr>\n");
    }
    h.append("</tbody>\n</table>\n</section>\n");
  }

  private void document(StringBuilder h, Item item, int number) {
    h.append("<section class=\"doc\" id=\"doc-").append(number).append("\">\n<h2>").append(escape(item.source))
        .append(' ');
    badge(h, item);
    h.append("</h2>\n");
    if (item.digest != null) {
      h.append("<p class=\"src\">").append(escape(text.get("header.digest"))).append(" <code>")
          .append(escape(item.digest)).append("</code></p>\n");
    }
    if (item.report == null) {
      h.append("<p>").append(escape(text.get("doc.unreadable"))).append(" <code>").append(escape(item.failure))
          .append("</code></p>\n</section>\n");
      return;
    }
    ValidationReport report = item.report;
    String type = escape(type(item));
    if (report.templateId().isPresent()) {
      type += " (templateId <code>" + escape(report.templateId().get()) + "</code>)";
    }
    h.append("<p>").append(escape(text.get("doc.type", "\u0000")).replace("\u0000", type)).append(' ')
        .append(escape(text.get("doc.counts", report.count(Severity.ERROR), report.count(Severity.WARNING),
            report.count(Severity.INFO)))).append("</p>\n");
    Map<GroupKey, List<Row>> groups = new TreeMap<>();
    for (Row row : item.rows) {
      if (on(HtmlReportFeature.HIDE_UNCONFIRMED) && row.issue.isUnconfirmed()) {
        continue;
      }
      groups.computeIfAbsent(GroupKey.of(row.issue), k -> new ArrayList<Row>()).add(row);
    }
    if (groups.isEmpty()) {
      h.append("<p class=\"none\">").append(escape(text.get("doc.none"))).append("</p>\n</section>\n");
      return;
    }
    for (Map.Entry<GroupKey, List<Row>> group : groups.entrySet()) {
      List<Row> rows = group.getValue();
      Collections.sort(rows, Row.DOCUMENT_ORDER);
      h.append("<h3>").append(escape(groupTitle(group.getKey(), rows))).append("</h3>\n<table>\n<thead><tr><th>")
          .append(escape(text.get("col.severity"))).append("</th><th>").append(escape(text.get("col.rule")))
          .append("</th><th>").append(escape(text.get("col.line"))).append("</th><th>")
          .append(escape(text.get("col.where"))).append("</th><th>").append(escape(text.get("col.element")))
          .append("</th><th>").append(escape(text.get("col.message"))).append("</th>");
      if (on(HtmlReportFeature.SHOW_VALUES)) {
        h.append("<th>").append(escape(text.get("col.value"))).append("</th>");
      }
      h.append("</tr></thead>\n<tbody>\n");
      for (Row row : rows) {
        issueRow(h, row);
      }
      h.append("</tbody>\n</table>\n");
    }
    h.append("</section>\n");
  }

  private String groupTitle(GroupKey key, List<Row> rows) {
    if (key.kind == 0) {
      return text.get("group.header");
    }
    if (key.kind == 1) {
      return text.get("group.body");
    }
    String label = text.get("group.section", key.section);
    for (Row row : rows) {
      if (row.issue.section().isPresent()) {
        return label + ": " + row.issue.section().get();
      }
    }
    return label;
  }

  private void issueRow(StringBuilder h, Row row) {
    ValidationIssue issue = row.issue;
    ValidationRule rule = issue.rule().orElse(null);
    h.append("<tr class=\"").append(issue.severity().name()).append(issue.isUnconfirmed() ? " unconfirmed" : "")
        .append("\"><td class=\"sev\">").append(escape(text.get("severity." + issue.severity().name())));
    if (issue.isUnconfirmed()) {
      h.append(" <span class=\"badge unconfirmed\" title=\"")
          .append(escape(text.get("confidence.title", issue.confidence().get().name()))).append("\">")
          .append(escape(text.get("confidence.unconfirmed"))).append("</span>");
    }
    h.append("</td><td><details><summary><code>").append(escape(issue.ruleId()))
        .append("</code> ").append(escape(rule == null ? text.get("rule.decoder") : text.title(rule))).append("</summary>");
    if (rule != null) {
      h.append("<p>").append(escape(text.explanation(rule))).append("</p><p class=\"src\">")
          .append(escape(text.get("rule.source"))).append(' ').append(escape(rule.source())).append("</p>");
    }
    h.append("</details></td><td class=\"line\">");
    if (row.line > 0) {
      if (row.exact) {
        h.append(row.line);
      } else {
        h.append("<span title=\"").append(escape(text.get("line.approximate"))).append("\">≈").append(row.line)
            .append("</span>");
      }
    }
    h.append("</td><td><code>").append(escape(issue.xpath())).append("</code></td><td>");
    if (issue.dataElement().isPresent()) {
      String code = issue.dataElement().get();
      h.append("<code>").append(escape(code)).append("</code>");
      DataElement element = dataElements.find(code).orElse(null);
      if (element != null) {
        h.append(' ').append(escape(element.nameZh()));
      }
    }
    h.append("</td><td>");
    String translated = text.message(issue.message());
    if (translated != null) {
      h.append(escape(translated));
    } else {
      h.append("<span class=\"orig\" lang=\"en\">").append(escape(text.get("message.original")))
          .append(escape(issue.message())).append("</span>");
    }
    h.append("</td>");
    if (on(HtmlReportFeature.SHOW_VALUES)) {
      h.append("<td>");
      if (row.value != null) {
        h.append("<code class=\"value\">").append(escape(row.value)).append("</code>");
      }
      h.append("</td>");
    }
    h.append("</tr>\n");
  }

  private String type(Item item) {
    if (item.report == null) {
      return "";
    }
    return item.report.documentCode().isPresent()
        ? item.report.documentCode().get() + " " + item.report.documentTitle().orElse("") : text.get("doc.unknown");
  }

  private void badge(StringBuilder h, Item item) {
    String state = item.report == null ? "UNREADABLE" : item.report.isValid() ? "VALID" : "INVALID";
    h.append("<span class=\"badge ").append(state.toLowerCase(Locale.ROOT)).append("\">")
        .append(escape(text.get("state." + state))).append("</span>");
  }

  /** {@code Header}, {@code Section 3: 10154-3 CHIEF COMPLAINT} or {@code Body} (English), from the XPath. */
  static String group(ValidationIssue issue) {
    GroupKey key = GroupKey.of(issue);
    if (key.kind == 2) {
      return "Section " + key.section + (issue.section().isPresent() ? ": " + issue.section().get() : "");
    }
    return key.kind == 1 ? "Body" : "Header";
  }

  /** {@code text} with {@code & < > " '} escaped, safe in element content and quoted attributes. */
  static String escape(String text) {
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String r;
      switch (c) {
        case '&':
          r = "&amp;";
          break;
        case '<':
          r = "&lt;";
          break;
        case '>':
          r = "&gt;";
          break;
        case '"':
          r = "&quot;";
          break;
        case '\'':
          r = "&#39;";
          break;
        default:
          r = null;
      }
      if (r != null && sb == null) {
        sb = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (sb != null) {
        if (r != null) {
          sb.append(r);
        } else {
          sb.append(c);
        }
      }
    }
    return sb == null ? text : sb.toString();
  }

  /** Where a finding is grouped: the header (0), the body outside a section (1) or section N (2). */
  private static final class GroupKey implements Comparable<GroupKey> {
    final int kind;
    final String section;

    private GroupKey(int kind, String section) {
      this.kind = kind;
      this.section = section;
    }

    static GroupKey of(ValidationIssue issue) {
      String xpath = issue.xpath();
      if (xpath.startsWith(SECTION_PREFIX)) {
        int at = SECTION_PREFIX.length();
        if (xpath.length() == at || xpath.charAt(at) == '/') {
          return new GroupKey(2, "1"); // the decoder writes a first sibling without [1]
        }
        if (xpath.charAt(at) == '[') {
          int end = xpath.indexOf(']', at);
          return new GroupKey(2, end < 0 ? "?" : xpath.substring(at + 1, end));
        }
      }
      if (xpath.startsWith("/ClinicalDocument/component")) {
        return new GroupKey(1, "");
      }
      return new GroupKey(0, "");
    }

    private long number() {
      try {
        return Long.parseLong(section);
      } catch (NumberFormatException e) {
        return Long.MAX_VALUE;
      }
    }

    @Override
    public int compareTo(GroupKey o) {
      if (kind != o.kind) {
        return Integer.compare(kind, o.kind);
      }
      int byNumber = Long.compare(number(), o.number());
      return byNumber != 0 ? byNumber : section.compareTo(o.section);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof GroupKey && compareTo((GroupKey) o) == 0;
    }

    @Override
    public int hashCode() {
      return Objects.hash(kind, section);
    }
  }

  /** One finding with where it is in the source (line 0: unknown) and, when asked for, its value. */
  private static final class Row {
    /** By source line, findings without one after those with one, else in the order the report lists them. */
    static final Comparator<Row> DOCUMENT_ORDER = (a, b) -> {
      long la = a.line > 0 ? a.line : Integer.MAX_VALUE;
      long lb = b.line > 0 ? b.line : Integer.MAX_VALUE;
      return la != lb ? Long.compare(la, lb) : Integer.compare(a.order, b.order);
    };

    final ValidationIssue issue;
    final int order;
    final int line;
    final boolean exact;
    final String value;

    Row(ValidationIssue issue, int order, SourceLines.Place place) {
      this.issue = issue;
      this.order = order;
      this.line = place == null ? 0 : place.line;
      this.exact = place != null && place.exact;
      this.value = place == null ? null : place.value;
    }
  }

  /** One document: its report and findings, or why it could not be read. */
  private static final class Item {
    final String source;
    final ValidationReport report;
    final String failure;
    final String digest;
    final List<Row> rows;

    Item(String source, ValidationReport report, String failure, String digest, List<Row> rows) {
      this.source = source;
      this.report = report;
      this.failure = failure;
      this.digest = digest;
      this.rows = rows;
    }
  }

  /**
   * Collects the documents of a page and how to show them. Thread safety: not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final List<Item> items = new ArrayList<>();
    private ReportLanguage language = ReportLanguage.EN;
    private final Set<HtmlReportFeature> features = EnumSet.noneOf(HtmlReportFeature.class);
    private OffsetDateTime generatedAt;
    private String hdxVersion;
    private String specDataVersion;
    private DataElementCatalog dataElements = DataElementCatalog.standard();

    private Builder() {}

    /** The page's language (default {@link ReportLanguage#EN}; the CLI takes it from the locale). */
    public Builder language(ReportLanguage language) {
      this.language = Objects.requireNonNull(language, "language");
      return this;
    }

    /**
     * Turns features on. Call before adding documents: {@link HtmlReportFeature#SHOW_VALUES} reads the values
     * from the sources given to {@link #add(String, ValidationReport, byte[], String)}.
     */
    public Builder enable(HtmlReportFeature... more) {
      for (HtmlReportFeature f : more) {
        features.add(Objects.requireNonNull(f, "feature"));
      }
      return this;
    }

    /** When the page was made (default: when it is built, to the second, in the system's zone). */
    public Builder generatedAt(OffsetDateTime generatedAt) {
      this.generatedAt = Objects.requireNonNull(generatedAt, "generatedAt");
      return this;
    }

    /** The HDX version shown (default: sdk-codec's jar version, or {@code dev}). */
    public Builder hdxVersion(String hdxVersion) {
      this.hdxVersion = Objects.requireNonNull(hdxVersion, "hdxVersion");
      return this;
    }

    /**
     * The version of the spec data (document specs, data elements, value sets) the documents were validated
     * against, e.g. {@code sm3:} and a digest of it; not shown unless set.
     */
    public Builder specDataVersion(String specDataVersion) {
      this.specDataVersion = Objects.requireNonNull(specDataVersion, "specDataVersion");
      return this;
    }

    /** The catalog naming the data elements (default {@link DataElementCatalog#standard()}). */
    public Builder dataElements(DataElementCatalog dataElements) {
      this.dataElements = Objects.requireNonNull(dataElements, "dataElements");
      return this;
    }

    /** Adds the report of {@code source} (e.g. a file path), without its source: no line numbers or values. */
    public Builder add(String source, ValidationReport report) {
      Objects.requireNonNull(report, "report");
      items.add(new Item(Objects.requireNonNull(source, "source"), report, null, null, rows(report, null)));
      return this;
    }

    /**
     * Adds the report of {@code source} with the bytes it was validated from, so that each finding shows its
     * source line (and, with {@link HtmlReportFeature#SHOW_VALUES}, its value), and the file's digest as the
     * caller computed it (e.g. the SM3 hex of {@code xml}). The bytes are read here and not kept.
     */
    public Builder add(String source, ValidationReport report, byte[] xml, String digest) {
      Objects.requireNonNull(report, "report");
      Objects.requireNonNull(xml, "xml");
      SourceLines lines = SourceLines.of(xml, features.contains(HtmlReportFeature.SHOW_VALUES));
      items.add(new Item(Objects.requireNonNull(source, "source"), report, null,
          Objects.requireNonNull(digest, "digest"), rows(report, lines)));
      return this;
    }

    private static List<Row> rows(ValidationReport report, SourceLines lines) {
      List<Row> rows = new ArrayList<>(report.issues().size());
      for (ValidationIssue issue : report.issues()) {
        rows.add(new Row(issue, rows.size(), lines == null ? null : lines.find(issue.xpath())));
      }
      return Collections.unmodifiableList(rows);
    }

    /**
     * Adds a document that could not be read, with the decoder's failure (its code, place and rule;
     * never a value).
     */
    public Builder addUnreadable(String source, CodecException failure) {
      Objects.requireNonNull(failure, "failure");
      items.add(new Item(Objects.requireNonNull(source, "source"), null, failure.getMessage(), null,
          Collections.<Row>emptyList()));
      return this;
    }

    /** As {@link #addUnreadable(String, CodecException)}, with the file's digest as the caller computed it. */
    public Builder addUnreadable(String source, CodecException failure, String digest) {
      Objects.requireNonNull(failure, "failure");
      items.add(new Item(Objects.requireNonNull(source, "source"), null, failure.getMessage(),
          Objects.requireNonNull(digest, "digest"), Collections.<Row>emptyList()));
      return this;
    }

    /** Builds the writer. */
    public HtmlReportWriter build() {
      return new HtmlReportWriter(this);
    }
  }

  /** The features in a stable order, for {@code toString}. */
  @Override
  public String toString() {
    return "HtmlReportWriter[" + items.size() + " documents, " + text.language().tag() + ", "
        + Arrays.toString(features.toArray()) + "]";
  }
}
