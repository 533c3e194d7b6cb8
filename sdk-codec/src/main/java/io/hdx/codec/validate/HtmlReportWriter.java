package io.hdx.codec.validate;

import io.hdx.codec.cda.CodecException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Renders the reports of one or many documents as one standalone HTML page for people: a summary
 * first (counts, document types, results), then each document's issues grouped by header and
 * section, each issue with its rule's title and explanation. The page has inline CSS and no script or
 * external resource; everything written into it is HTML-escaped.
 *
 * <p>Thread safety: immutable once built; the builder is not thread-safe.
 *
 * <pre>{@code
 * String html = HtmlReportWriter.builder().add("a.xml", reportA).add("b.xml", reportB).build().render();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class HtmlReportWriter {
  private static final String BODY_PREFIX = "/ClinicalDocument/component/structuredBody/component[";
  private static final String CSS = "body{font-family:system-ui,-apple-system,'Segoe UI','PingFang SC',"
      + "'Microsoft YaHei',sans-serif;margin:2em;color:#222;max-width:90em}"
      + "h1{font-size:1.6em}h2{font-size:1.25em;margin-top:2em;border-bottom:1px solid #ccc}h3{font-size:1.05em}"
      + "table{border-collapse:collapse;width:100%;margin:.5em 0}th,td{border:1px solid #ddd;padding:.3em .5em;"
      + "text-align:left;vertical-align:top}th{background:#f4f4f4}code{font-size:.85em;word-break:break-all}"
      + ".ERROR td.sev,.badge.invalid,.badge.unreadable{color:#fff;background:#c62828}"
      + ".WARNING td.sev{background:#f9a825}.INFO td.sev{background:#e3f2fd}"
      + ".badge{padding:.1em .5em;border-radius:.3em;font-size:.8em}.badge.valid{color:#fff;background:#2e7d32}"
      + "details summary{cursor:pointer}details p{margin:.3em 0;font-size:.9em}.src{color:#666}"
      + ".totals{font-size:1.05em}.none{color:#2e7d32}";

  private final List<Item> items;

  private HtmlReportWriter(Builder b) {
    this.items = Collections.unmodifiableList(new ArrayList<>(b.items));
  }

  /** A new builder with no documents. */
  public static Builder builder() {
    return new Builder();
  }

  /** The page of one document's report. */
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
    h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>HDX validation report</title>\n<style>").append(CSS).append("</style>\n</head>\n<body>\n")
        .append("<h1>HDX validation report</h1>\n");
    summary(h);
    for (int i = 0; i < items.size(); i++) {
      document(h, items.get(i), i + 1);
    }
    h.append("</body>\n</html>\n");
    out.write(h.toString());
    out.flush();
  }

  private void summary(StringBuilder h) {
    int valid = 0;
    int invalid = 0;
    int unreadable = 0;
    int[] counts = new int[Severity.values().length];
    for (Item item : items) {
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
    h.append("<section class=\"summary\">\n<h2>Summary</h2>\n<p class=\"totals\">").append(items.size())
        .append(items.size() == 1 ? " document: " : " documents: ").append(valid).append(" valid, ").append(invalid)
        .append(" invalid");
    if (unreadable > 0) {
      h.append(", ").append(unreadable).append(" unreadable");
    }
    h.append(". Issues: ").append(counts[Severity.ERROR.ordinal()]).append(" errors, ")
        .append(counts[Severity.WARNING.ordinal()]).append(" warnings, ").append(counts[Severity.INFO.ordinal()])
        .append(" infos.</p>\n<p>A document is invalid when it has an error. Issues that rest on facts HDX holds with "
            + "LOW or UNCONFIRMED confidence (taken from public samples, not the standards' text) are warnings at "
            + "most. Open a rule to read what it checks and which standard it implements.</p>\n")
        .append("<table>\n<thead><tr><th>Document</th><th>Document type</th><th>Result</th>"
            + "<th>Errors</th><th>Warnings</th><th>Infos</th></tr></thead>\n<tbody>\n");
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      h.append("<tr><td><a href=\"#doc-").append(i + 1).append("\">").append(escape(item.source))
          .append("</a></td><td>").append(escape(type(item))).append("</td><td>");
      badge(h, item);
      h.append("</td>");
      for (Severity s : Severity.values()) {
        h.append("<td>").append(item.report == null ? "" : String.valueOf(item.report.count(s))).append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</tbody>\n</table>\n</section>\n");
  }

  private static void document(StringBuilder h, Item item, int number) {
    h.append("<section class=\"doc\" id=\"doc-").append(number).append("\">\n<h2>").append(escape(item.source))
        .append(' ');
    badge(h, item);
    h.append("</h2>\n");
    if (item.report == null) {
      h.append("<p>The file could not be read as a CDA document: <code>").append(escape(item.failure))
          .append("</code></p>\n</section>\n");
      return;
    }
    ValidationReport report = item.report;
    h.append("<p>Document type: ").append(escape(type(item)));
    if (report.templateId().isPresent()) {
      h.append(" (templateId <code>").append(escape(report.templateId().get())).append("</code>)");
    }
    h.append(". ").append(report.count(Severity.ERROR)).append(" errors, ").append(report.count(Severity.WARNING))
        .append(" warnings, ").append(report.count(Severity.INFO)).append(" infos.</p>\n");
    if (report.issues().isEmpty()) {
      h.append("<p class=\"none\">No issues.</p>\n</section>\n");
      return;
    }
    Map<String, List<ValidationIssue>> groups = new LinkedHashMap<>();
    groups.put("Header", new ArrayList<ValidationIssue>());
    for (ValidationIssue issue : report.issues()) {
      groups.computeIfAbsent(group(issue), k -> new ArrayList<ValidationIssue>()).add(issue);
    }
    for (Map.Entry<String, List<ValidationIssue>> group : groups.entrySet()) {
      if (group.getValue().isEmpty()) {
        continue;
      }
      h.append("<h3>").append(escape(group.getKey())).append("</h3>\n<table>\n<thead><tr><th>Severity</th>"
          + "<th>Rule</th><th>Where</th><th>Data element</th><th>Message</th></tr></thead>\n<tbody>\n");
      for (ValidationIssue issue : group.getValue()) {
        issueRow(h, issue);
      }
      h.append("</tbody>\n</table>\n");
    }
    h.append("</section>\n");
  }

  private static void issueRow(StringBuilder h, ValidationIssue issue) {
    ValidationRule rule = issue.rule().orElse(null);
    h.append("<tr class=\"").append(issue.severity().name()).append("\"><td class=\"sev\">")
        .append(issue.severity().name()).append("</td><td><details><summary><code>").append(escape(issue.ruleId()))
        .append("</code> ").append(escape(rule == null ? "decoder warning" : rule.title())).append("</summary>");
    if (rule != null) {
      h.append("<p>").append(escape(rule.explanation())).append("</p><p class=\"src\">")
          .append(escape(rule.source())).append("</p>");
    }
    h.append("</details></td><td><code>").append(escape(issue.xpath())).append("</code></td><td>")
        .append(escape(issue.dataElement().orElse(""))).append("</td><td>").append(escape(issue.message()))
        .append("</td></tr>\n");
  }

  /** {@code Header}, {@code Section 3: 10154-3 CHIEF COMPLAINT} or {@code Body}, from the issue's XPath. */
  static String group(ValidationIssue issue) {
    String xpath = issue.xpath();
    if (xpath.startsWith(BODY_PREFIX)) {
      int end = xpath.indexOf(']', BODY_PREFIX.length());
      String number = end < 0 ? "?" : xpath.substring(BODY_PREFIX.length(), end);
      return "Section " + number + (issue.section().isPresent() ? ": " + issue.section().get() : "");
    }
    if (xpath.startsWith("/ClinicalDocument/component")) {
      return "Body";
    }
    return "Header";
  }

  private static String type(Item item) {
    if (item.report == null) {
      return "";
    }
    return item.report.documentCode().isPresent()
        ? item.report.documentCode().get() + " " + item.report.documentTitle().orElse("") : "unknown";
  }

  private static void badge(StringBuilder h, Item item) {
    String state = item.report == null ? "unreadable" : item.report.isValid() ? "valid" : "invalid";
    h.append("<span class=\"badge ").append(state).append("\">").append(state.toUpperCase(java.util.Locale.ROOT))
        .append("</span>");
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

  /** One document: its report, or why it could not be read. */
  private static final class Item {
    final String source;
    final ValidationReport report;
    final String failure;

    Item(String source, ValidationReport report, String failure) {
      this.source = source;
      this.report = report;
      this.failure = failure;
    }
  }

  /**
   * Collects the documents of a page. Thread safety: not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final List<Item> items = new ArrayList<>();

    private Builder() {}

    /** Adds the report of {@code source} (e.g. a file path). */
    public Builder add(String source, ValidationReport report) {
      items.add(new Item(Objects.requireNonNull(source, "source"), Objects.requireNonNull(report, "report"), null));
      return this;
    }

    /**
     * Adds a document that could not be read, with the decoder's failure (its code, place and rule;
     * never a value).
     */
    public Builder addUnreadable(String source, CodecException failure) {
      Objects.requireNonNull(failure, "failure");
      items.add(new Item(Objects.requireNonNull(source, "source"), null, failure.getMessage()));
      return this;
    }

    /** Builds the writer. */
    public HtmlReportWriter build() {
      return new HtmlReportWriter(this);
    }
  }
}
