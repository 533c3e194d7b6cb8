package io.hdx.examples;

import io.hdx.codec.cda.CdaEncoder;
import io.hdx.codec.validate.DocumentValidator;
import io.hdx.codec.validate.ValidationIssue;
import io.hdx.codec.validate.ValidationReport;
import io.hdx.model.document.ClinicalDocument;

/**
 * Task: build a shared document from HIS data and check it before sending it. Builds the 门(急)诊病历 of
 * {@link BuildOutpatientRecord} (typed builders, as a HIS fills them from its rows), validates it against its
 * WS/T 500 spec, prints every issue (rule, XPath, data element; never a value) and encodes it as CDA XML.
 * Synthetic data only.
 *
 * <p>Run: {@code mvn -B -q -pl examples -am test -Dtest=ExamplesTest -Dsurefire.failIfNoSpecifiedTests=false}
 * runs every example; or run {@code io.hdx.examples.BuildAndValidate} from an IDE.
 *
 * @since 0.1.0
 */
public final class BuildAndValidate {
  private BuildAndValidate() {}

  /** Builds, validates, encodes; exits 1 when the document has an error. */
  public static void main(String[] args) {
    System.exit(run() ? 0 : 1);
  }

  /** Whether the built document validates; prints the report. */
  static boolean run() {
    ClinicalDocument doc = BuildOutpatientRecord.record().toClinicalDocument();
    ValidationReport report = DocumentValidator.create().validate(doc);
    for (ValidationIssue issue : report.issues()) {
      System.out.println(issue.severity() + " " + issue.ruleId() + " " + issue.xpath() + " "
          + issue.dataElement().orElse("-"));
    }
    byte[] xml = CdaEncoder.create().encode(doc);
    System.out.println(doc.code() + (report.isValid() ? " valid, " : " INVALID, ") + xml.length + " bytes of CDA XML");
    return report.isValid();
  }
}
