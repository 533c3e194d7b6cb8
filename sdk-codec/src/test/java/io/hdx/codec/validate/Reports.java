package io.hdx.codec.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.model.datatype.Hl7Value;
import io.hdx.model.datatype.Text;
import io.hdx.model.document.Entry;
import io.hdx.model.document.Section;
import java.util.ArrayList;
import java.util.List;

/** Assertions and small builders shared by the validator tests. */
final class Reports {
  private Reports() {}

  /** The issues of {@code rule} in {@code report}. */
  static List<ValidationIssue> of(ValidationReport report, ValidationRule rule) {
    List<ValidationIssue> found = new ArrayList<>();
    for (ValidationIssue issue : report.issues()) {
      if (issue.ruleId().equals(rule.id())) {
        found.add(issue);
      }
    }
    return found;
  }

  /** The one issue of {@code rule}, failing when there is none or more. */
  static ValidationIssue one(ValidationReport report, ValidationRule rule) {
    List<ValidationIssue> found = of(report, rule);
    assertEquals(1, found.size(), () -> rule.id() + " in\n" + TextReportWriter.render(report));
    return found.get(0);
  }

  /** Asserts the one issue of {@code rule} has {@code severity} and {@code xpath}; returns it. */
  static ValidationIssue one(ValidationReport report, ValidationRule rule, Severity severity, String xpath) {
    ValidationIssue issue = one(report, rule);
    assertEquals(severity, issue.severity(), issue::toString);
    assertEquals(xpath, issue.xpath(), issue::toString);
    return issue;
  }

  /** Asserts {@code report} has no issue of {@code rule}. */
  static void none(ValidationReport report, ValidationRule rule) {
    assertTrue(of(report, rule).isEmpty(), () -> rule.id() + " in\n" + TextReportWriter.render(report));
  }

  /** A section with its spec's code and display name and {@code entries}. */
  static Section section(String code, String displayName, Entry... entries) {
    Section.Builder s = Section.builder().code(code).displayName(displayName);
    for (Entry e : entries) {
      s.addEntry(e);
    }
    return s.build();
  }

  /** An observation of {@code dataElement}. */
  static Entry obs(String dataElement, Hl7Value value) {
    return Entry.of(dataElement, value);
  }

  /** 主诉 in 10154-3 CHIEF COMPLAINT. */
  static Section chiefComplaint() {
    return section("10154-3", "CHIEF COMPLAINT", obs("DE04.01.119.00", Text.of("头痛三天")));
  }

  /** 体格检查 in 29545-1 PHYSICAL EXAMINATION. */
  static Section physicalExamination() {
    return section("29545-1", "PHYSICAL EXAMINATION", obs("DE04.10.258.00", Text.of("未见异常")));
  }

  /** A string of {@code n} Chinese characters. */
  static String chars(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append('字');
    }
    return sb.toString();
  }
}
