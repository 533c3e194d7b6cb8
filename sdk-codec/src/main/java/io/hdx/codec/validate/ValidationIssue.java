package io.hdx.codec.validate;

import io.hdx.model.Confidence;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem {@link DocumentValidator} found: how serious, which rule, where (a positional XPath
 * in the layout {@link io.hdx.codec.cda.CdaEncoder} writes, e.g.
 * {@code /ClinicalDocument/component/structuredBody/component[3]/section/entry[2]/observation/value}),
 * the data element concerned if any, the section of the spec it lies in if any, the confidence of the
 * fact it rests on when that is held below certainty, and a message. The
 * message names the rule, the place and the spec's facts (formats, OIDs, codes of the spec), never
 * a value taken from the document: an issue may be logged and shown anywhere.
 *
 * <p>Thread safety: immutable.
 *
 * <pre>{@code
 * for (ValidationIssue issue : report.issues()) {
 *   log.warn("{} {} {} {}", issue.severity(), issue.ruleId(), issue.xpath(), issue.message());
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ValidationIssue {
  private final Severity severity;
  private final String ruleId;
  private final String xpath;
  private final String dataElement;
  private final String section;
  private final String message;
  private final Confidence confidence;

  private ValidationIssue(Builder b) {
    this.severity = Objects.requireNonNull(b.severity, "severity");
    this.ruleId = Objects.requireNonNull(b.ruleId, "ruleId");
    this.xpath = Objects.requireNonNull(b.xpath, "xpath");
    this.dataElement = b.dataElement;
    this.section = b.section;
    this.message = Objects.requireNonNull(b.message, "message");
    this.confidence = b.confidence;
    if (ruleId.isEmpty() || xpath.isEmpty()) {
      throw new IllegalArgumentException("ruleId and xpath must not be empty");
    }
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this issue's fields. */
  public Builder toBuilder() {
    return new Builder().severity(severity).ruleId(ruleId).xpath(xpath).dataElement(dataElement).section(section)
        .message(message).confidence(confidence);
  }

  /** How serious the issue is. */
  public Severity severity() {
    return severity;
  }

  /** The rule's id, e.g. {@code value-format} (see {@link ValidationRule#fromId(String)}). */
  public String ruleId() {
    return ruleId;
  }

  /** The rule, when the id is one of {@link ValidationRule}'s. */
  public Optional<ValidationRule> rule() {
    return ValidationRule.fromId(ruleId);
  }

  /** Where: a positional XPath, 1-based predicates on repeating elements. */
  public String xpath() {
    return xpath;
  }

  /** The data element concerned, e.g. {@code DE04.10.188.00}. */
  public Optional<String> dataElement() {
    return Optional.ofNullable(dataElement);
  }

  /**
   * The spec section the issue lies in, as its key and display name from the spec, e.g.
   * {@code 10154-3 CHIEF COMPLAINT}; empty for the header and for sections the spec does not know.
   */
  public Optional<String> section() {
    return Optional.ofNullable(section);
  }

  /** What is wrong, without any value from the document. */
  public String message() {
    return message;
  }

  /**
   * The confidence of the spec fact the issue rests on (a binding, a cardinality, an OID taken from the
   * samples), when the check had one; empty for checks of the standards' own rules (formats, identifiers,
   * dates) and for decoder warnings. An issue whose confidence is not {@link Confidence#isConfirmed()
   * confirmed} is a warning at most.
   */
  public Optional<Confidence> confidence() {
    return Optional.ofNullable(confidence);
  }

  /** Whether the issue rests on a fact HDX holds with LOW or UNCONFIRMED confidence. */
  public boolean isUnconfirmed() {
    return confidence != null && !confidence.isConfirmed();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ValidationIssue)) {
      return false;
    }
    ValidationIssue other = (ValidationIssue) o;
    return severity == other.severity && ruleId.equals(other.ruleId) && xpath.equals(other.xpath)
        && Objects.equals(dataElement, other.dataElement) && Objects.equals(section, other.section)
        && message.equals(other.message) && confidence == other.confidence;
  }

  @Override
  public int hashCode() {
    return Objects.hash(severity, ruleId, xpath, dataElement, section, message, confidence);
  }

  /** The CLI's line without its indentation: {@code ERROR rule-id xpath [DE code] message}. */
  @Override
  public String toString() {
    return TextReportWriter.line(this);
  }

  /**
   * Builds a {@link ValidationIssue}; severity, rule id, xpath and message are required. Thread safety:
   * not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private Severity severity;
    private String ruleId;
    private String xpath;
    private String dataElement;
    private String section;
    private String message;
    private Confidence confidence;

    private Builder() {}

    /** The severity (required). */
    public Builder severity(Severity severity) {
      this.severity = severity;
      return this;
    }

    /** The rule id (required). */
    public Builder ruleId(String ruleId) {
      this.ruleId = ruleId;
      return this;
    }

    /** The XPath (required). */
    public Builder xpath(String xpath) {
      this.xpath = xpath;
      return this;
    }

    /** The data element code, or {@code null}. */
    public Builder dataElement(String dataElement) {
      this.dataElement = dataElement;
      return this;
    }

    /** The spec section label, or {@code null}. */
    public Builder section(String section) {
      this.section = section;
      return this;
    }

    /** The message (required); never a document value. */
    public Builder message(String message) {
      this.message = message;
      return this;
    }

    /** The confidence of the fact the issue rests on, or {@code null} when it rests on none held below certainty. */
    public Builder confidence(Confidence confidence) {
      this.confidence = confidence;
      return this;
    }

    /**
     * Builds the issue.
     *
     * @throws NullPointerException when a required field is missing
     * @throws IllegalArgumentException when the rule id or xpath is empty
     */
    public ValidationIssue build() {
      return new ValidationIssue(this);
    }
  }
}
