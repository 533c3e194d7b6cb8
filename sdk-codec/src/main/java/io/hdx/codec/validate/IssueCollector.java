package io.hdx.codec.validate;

import io.hdx.model.Confidence;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
  /** Where a value-invalid was reported (XPaths without {@code [1]}): one report per value. */
  private final Set<String> invalidAt = new HashSet<>();

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
    if (severity == null || (rule == ValidationRule.VALUE_INVALID && !invalidAt.add(sameXPath(where.toString())))) {
      return;
    }
    if (ceiling != null) {
      severity = severity.atMost(ceiling);
    }
    if (confidence != null && !confidence.isConfirmed()) {
      severity = severity.atMost(Severity.WARNING);
    }
    issues.add(ValidationIssue.builder().severity(severity).ruleId(rule.id()).xpath(where.toString())
        .dataElement(dataElement).section(section).message(message).confidence(confidence).build());
  }

  /**
   * Reports a value the decoder kept as written (its CDA-0921 warning at {@code xpath}) as value-invalid, unless
   * the checks of the model reported it already (a header identifier or code they do not reach, e.g. setId).
   */
  void addKeptInvalid(String xpath, String message) {
    Severity severity = severities.get(ValidationRule.VALUE_INVALID);
    if (severity != null && invalidAt.add(sameXPath(xpath))) {
      issues.add(ValidationIssue.builder().severity(severity).ruleId(ValidationRule.VALUE_INVALID.id()).xpath(xpath)
          .message(message).build());
    }
  }

  /** The decoder writes a first sibling without {@code [1]}, the checks with it: the same place either way. */
  private static String sameXPath(String xpath) {
    return xpath.replace("[1]", "");
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
