package io.hdx.codec.validate;

import io.hdx.model.Confidence;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;

/**
 * Collects the issues of one validation: applies the validator's configured severity of each rule,
 * an issue's own ceiling, and the confidence cap (a fact held with LOW or UNCONFIRMED confidence
 * gives a WARNING at most).
 *
 * <p>Thread safety: not thread-safe; one per validation.
 */
final class IssueCollector {
  private final EnumMap<ValidationRule, Severity> severities;
  private final List<ValidationIssue> issues = new ArrayList<>();

  /** {@code severities}: the configured severity of each enabled rule; a disabled rule is absent. */
  IssueCollector(EnumMap<ValidationRule, Severity> severities) {
    this.severities = severities;
  }

  /** Whether issues of {@code rule} are reported at all. */
  boolean enabled(ValidationRule rule) {
    return severities.containsKey(rule);
  }

  /** Reports {@code rule} at its configured severity, capped by {@code confidence} (may be null). */
  void add(ValidationRule rule, Confidence confidence, XPath where, String dataElement, String section,
      String message) {
    add(rule, null, confidence, where, dataElement, section, message);
  }

  /**
   * Reports {@code rule} at its configured severity lowered to {@code ceiling} (may be null for
   * none), capped by {@code confidence} (may be null for a confirmed fact).
   */
  void add(ValidationRule rule, Severity ceiling, Confidence confidence, XPath where, String dataElement,
      String section, String message) {
    Severity severity = severities.get(rule);
    if (severity == null) {
      return;
    }
    if (ceiling != null) {
      severity = severity.atMost(ceiling);
    }
    if (confidence != null && !confidence.isConfirmed()) {
      severity = severity.atMost(Severity.WARNING);
    }
    issues.add(ValidationIssue.builder().severity(severity).ruleId(rule.id()).xpath(where.toString())
        .dataElement(dataElement).section(section).message(message).build());
  }

  /** Adds an issue made elsewhere (a decoder warning), at its rule's configured severity if it has one. */
  void addRaw(ValidationIssue issue) {
    issues.add(issue);
  }

  List<ValidationIssue> issues() {
    return issues;
  }

  /** The lower of two confidences; {@code null} stands for confirmed. */
  static Confidence lower(Confidence a, Confidence b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return a.compareTo(b) >= 0 ? a : b;
  }
}
