package io.hdx.codec.validate;

import java.util.Objects;

/**
 * Renders reports as the text of {@code hdx validate} (docs/cli.md): per document {@code VALID path} or
 * {@code INVALID path}, then one line per issue, indented two spaces:
 * {@code   ERROR|WARNING|INFO rule-id xpath [DE code] message}, where the data element code is
 * written only when the issue has one.
 *
 * <p>Thread safety: stateless.
 *
 * <pre>{@code
 * out.print(TextReportWriter.render("in.xml", report));   // out: a PrintStream of yours
 * // INVALID in.xml
 * //   ERROR value-format /ClinicalDocument/component/structuredBody/component[2]/section/entry[1]
 * //       /observation/value DE04.10.188.00 too long: ...   (one line)
 * }</pre>
 *
 * @since 0.1.0
 */
public final class TextReportWriter {
  private TextReportWriter() {}

  /** One issue's line with its two-space indentation, without line end. */
  public static String issueLine(ValidationIssue issue) {
    return "  " + line(issue);
  }

  /** Every issue's line, each ending in {@code \n}; empty for a report without issues. */
  public static String render(ValidationReport report) {
    Objects.requireNonNull(report, "report");
    StringBuilder sb = new StringBuilder();
    for (ValidationIssue issue : report.issues()) {
      sb.append(issueLine(issue)).append('\n');
    }
    return sb.toString();
  }

  /** {@code VALID source} or {@code INVALID source}, then the issue lines; every line ends in {@code \n}. */
  public static String render(String source, ValidationReport report) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(report, "report");
    return (report.isValid() ? "VALID " : "INVALID ") + source + "\n" + render(report);
  }

  static String line(ValidationIssue issue) {
    StringBuilder sb = new StringBuilder(160);
    sb.append(issue.severity().name()).append(' ').append(issue.ruleId()).append(' ').append(issue.xpath());
    if (issue.dataElement().isPresent()) {
      sb.append(' ').append(issue.dataElement().get());
    }
    return sb.append(' ').append(issue.message()).toString();
  }
}
