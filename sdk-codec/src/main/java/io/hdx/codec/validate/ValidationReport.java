package io.hdx.codec.validate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link DocumentValidator} found in one document: the issues, whether the
 * document is valid (no {@link Severity#ERROR}), counts by severity, and which document type it was
 * validated as (code, templateId and title from the spec, never from the document). Render it with
 * {@link TextReportWriter}, {@link JsonReportWriter} or {@link HtmlReportWriter}.
 *
 * <p>Thread safety: immutable.
 *
 * <pre>{@code
 * ValidationReport report = DocumentValidator.create().validate(xml);
 * if (!report.isValid()) {
 *   out.print(TextReportWriter.render("in.xml", report));   // out: a PrintStream of yours
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ValidationReport {
  private final String documentCode;
  private final String templateId;
  private final String documentTitle;
  private final List<ValidationIssue> issues;
  private final int errors;
  private final int warnings;
  private final int infos;

  private ValidationReport(Builder b) {
    this.documentCode = b.documentCode;
    this.templateId = b.templateId;
    this.documentTitle = b.documentTitle;
    this.issues = Collections.unmodifiableList(new ArrayList<>(b.issues));
    int e = 0;
    int w = 0;
    int i = 0;
    for (ValidationIssue issue : issues) {
      switch (issue.severity()) {
        case ERROR:
          e++;
          break;
        case WARNING:
          w++;
          break;
        default:
          i++;
      }
    }
    this.errors = e;
    this.warnings = w;
    this.infos = i;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this report's fields. */
  public Builder toBuilder() {
    Builder b = new Builder().documentCode(documentCode).templateId(templateId).documentTitle(documentTitle);
    b.issues.addAll(issues);
    return b;
  }

  /**
   * The issues in the order they were found: the decoder's warnings, the document type, the header,
   * the body in document order, then the date rules.
   */
  public List<ValidationIssue> issues() {
    return issues;
  }

  /** Whether the document has no {@link Severity#ERROR}. */
  public boolean isValid() {
    return errors == 0;
  }

  /** The number of issues of {@code severity}. */
  public int count(Severity severity) {
    switch (Objects.requireNonNull(severity, "severity")) {
      case ERROR:
        return errors;
      case WARNING:
        return warnings;
      default:
        return infos;
    }
  }

  /** The document code of the spec the document was validated against, e.g. {@code C0002}. */
  public Optional<String> documentCode() {
    return Optional.ofNullable(documentCode);
  }

  /** The templateId of that spec. */
  public Optional<String> templateId() {
    return Optional.ofNullable(templateId);
  }

  /** The spec's Chinese title, e.g. {@code 门(急)诊病历}. */
  public Optional<String> documentTitle() {
    return Optional.ofNullable(documentTitle);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ValidationReport)) {
      return false;
    }
    ValidationReport r = (ValidationReport) o;
    return Objects.equals(documentCode, r.documentCode) && Objects.equals(templateId, r.templateId)
        && Objects.equals(documentTitle, r.documentTitle) && issues.equals(r.issues);
  }

  @Override
  public int hashCode() {
    return Objects.hash(documentCode, templateId, documentTitle, issues);
  }

  @Override
  public String toString() {
    return "ValidationReport[" + (documentCode == null ? "unknown document type" : documentCode) + ", "
        + (isValid() ? "valid" : "invalid") + ", " + errors + " errors, " + warnings + " warnings, " + infos
        + " infos]";
  }

  /**
   * Builds a {@link ValidationReport}. Thread safety: not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private String documentCode;
    private String templateId;
    private String documentTitle;
    private final List<ValidationIssue> issues = new ArrayList<>();

    private Builder() {}

    /** The spec's document code, or {@code null} when the type is unknown. */
    public Builder documentCode(String documentCode) {
      this.documentCode = documentCode;
      return this;
    }

    /** The spec's templateId, or {@code null}. */
    public Builder templateId(String templateId) {
      this.templateId = templateId;
      return this;
    }

    /** The spec's title, or {@code null}. */
    public Builder documentTitle(String documentTitle) {
      this.documentTitle = documentTitle;
      return this;
    }

    /** Appends an issue. */
    public Builder addIssue(ValidationIssue issue) {
      issues.add(Objects.requireNonNull(issue, "issue"));
      return this;
    }

    /** Appends issues. */
    public Builder addIssues(List<ValidationIssue> more) {
      for (ValidationIssue issue : more) {
        addIssue(issue);
      }
      return this;
    }

    /** Builds the report. */
    public ValidationReport build() {
      return new ValidationReport(this);
    }
  }
}
