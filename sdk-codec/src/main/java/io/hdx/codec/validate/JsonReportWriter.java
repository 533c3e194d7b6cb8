package io.hdx.codec.validate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;

/**
 * Renders a report as one JSON object on one line (the {@code --json} form of {@code hdx validate}):
 *
 * <pre>{@code
 * {"path":"in.xml","valid":false,"documentCode":"C0002","templateId":"2.16.156.10011.2.1.1.22",
 *  "title":"门(急)诊病历","errors":1,"warnings":0,"infos":0,
 *  "issues":[{"severity":"ERROR","rule":"value-format","xpath":"/ClinicalDocument/...",
 *             "dataElement":"DE04.10.188.00","section":"29545-1 PHYSICAL EXAMINATION","message":"..."}]}
 * }</pre>
 *
 * <p>{@code path} is written only when a source is given, {@code documentCode}, {@code templateId},
 * {@code title}, {@code dataElement} and {@code section} only when known. Written with Jackson's
 * streaming generator.
 *
 * <p>Thread safety: stateless; the shared {@link JsonFactory} is thread-safe once configured.
 *
 * @since 0.1.0
 */
public final class JsonReportWriter {
  private static final JsonFactory JSON = new JsonFactory();

  private JsonReportWriter() {}

  /** The report as one line of JSON, without {@code path}. */
  public static String render(ValidationReport report) {
    return renderTo(null, report);
  }

  /** The report of {@code source} (e.g. a file path) as one line of JSON. */
  public static String render(String source, ValidationReport report) {
    return renderTo(Objects.requireNonNull(source, "source"), report);
  }

  /**
   * Writes the report of {@code source} (or {@code null} for none) as one JSON object without line
   * end to {@code out}, which is flushed and left open.
   *
   * @throws IOException when {@code out} fails
   */
  public static void write(String source, ValidationReport report, Writer out) throws IOException {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(out, "out");
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartObject();
      if (source != null) {
        g.writeStringField("path", source);
      }
      g.writeBooleanField("valid", report.isValid());
      optional(g, "documentCode", report.documentCode().orElse(null));
      optional(g, "templateId", report.templateId().orElse(null));
      optional(g, "title", report.documentTitle().orElse(null));
      g.writeNumberField("errors", report.count(Severity.ERROR));
      g.writeNumberField("warnings", report.count(Severity.WARNING));
      g.writeNumberField("infos", report.count(Severity.INFO));
      g.writeArrayFieldStart("issues");
      for (ValidationIssue issue : report.issues()) {
        g.writeStartObject();
        g.writeStringField("severity", issue.severity().name());
        g.writeStringField("rule", issue.ruleId());
        g.writeStringField("xpath", issue.xpath());
        optional(g, "dataElement", issue.dataElement().orElse(null));
        optional(g, "section", issue.section().orElse(null));
        g.writeStringField("message", issue.message());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  private static String renderTo(String source, ValidationReport report) {
    StringWriter out = new StringWriter(256);
    try {
      write(source, report, out);
    } catch (IOException e) {
      throw new UncheckedIOException("a StringWriter does not fail", e);
    }
    return out.toString();
  }

  private static void optional(JsonGenerator g, String name, String value) throws IOException {
    if (value != null) {
      g.writeStringField(name, value);
    }
  }
}
