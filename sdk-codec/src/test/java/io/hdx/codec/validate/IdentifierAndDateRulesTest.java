package io.hdx.codec.validate;

import static io.hdx.codec.validate.Reports.none;
import static io.hdx.codec.validate.Reports.obs;
import static io.hdx.codec.validate.Reports.one;
import static io.hdx.codec.validate.Reports.section;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.codec.cda.CdaEncoder;
import io.hdx.model.datatype.CodedValue;
import io.hdx.model.datatype.InstanceIdentifier;
import io.hdx.model.datatype.PointInTime;
import io.hdx.model.document.ClinicalDocument;
import io.hdx.model.document.Encounter;
import io.hdx.model.document.Organization;
import io.hdx.model.document.Patient;
import io.hdx.model.valueset.Sex;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The identifier, date and decoder-warning rules, each made to fire and not to fire. */
class IdentifierAndDateRulesTest {
  private static final String PATIENT = "/ClinicalDocument/recordTarget/patientRole/patient";
  private static final String CUSTODIAN_ID =
      "/ClinicalDocument/custodian/assignedCustodian/representedCustodianOrganization/id";

  private final ValidDocuments data = new ValidDocuments(3);
  private final DocumentValidator validator = ValidDocuments.validator();

  private ClinicalDocument outpatient() {
    return data.header(ValidDocuments.spec("C0002")).addSection(Reports.chiefComplaint()).build();
  }

  private Patient patient() {
    return outpatient().patient().get();
  }

  private ValidationReport withPatient(Patient p) {
    return validator.validate(outpatient().toBuilder().patient(p).build());
  }

  // ---- identifiers ----

  @Test
  void residentId_wrongCheckCharacter_errorNamingTheRule() {
    String valid = patient().residentId().get().extension().get();
    char last = valid.charAt(17) == '0' ? '1' : '0';
    Patient p = patient().toBuilder()
        .residentId(InstanceIdentifier.of("2.16.156.10011.1.3", valid.substring(0, 17) + last)).build();
    ValidationIssue issue = one(withPatient(p), ValidationRule.ID_RESIDENT, Severity.ERROR, PATIENT + "/id/@extension");
    assertEquals("DE02.01.030.00", issue.dataElement().get());
    assertTrue(issue.message().contains("ID-0104") && issue.message().contains("GB 11643-1999"), issue::toString);
    none(validator.validate(outpatient()), ValidationRule.ID_RESIDENT);
  }

  @Test
  void residentId_inAnEntryOrInformant_checkedToo() {
    ClinicalDocument doc = data.header(ValidDocuments.spec("C0034")).addInformant(io.hdx.model.document.Participant
        .builder().id(InstanceIdentifier.of("2.16.156.10011.1.3", "123")).build()).build();
    ValidationIssue issue = Reports.of(validator.validate(doc), ValidationRule.ID_RESIDENT).get(0);
    assertTrue(issue.xpath().matches("/ClinicalDocument/informant\\[\\d]/assignedEntity/id/@extension"),
        issue::toString);
    assertTrue(issue.message().contains("ID-0101"), issue::toString);
  }

  @Test
  void residentIdConsistency_otherBirthDateOrSex_warning() {
    LocalDate other = data.birth().plusDays(1);
    one(withPatient(patient().toBuilder().birthTime(PointInTime.of(other)).build()),
        ValidationRule.ID_RESIDENT_CONSISTENCY, Severity.WARNING, PATIENT + "/id/@extension");
    boolean male = patient().gender().get().code().equals("1");
    one(withPatient(patient().toBuilder().gender(CodedValue.of(male ? Sex.FEMALE : Sex.MALE)).build()),
        ValidationRule.ID_RESIDENT_CONSISTENCY, Severity.WARNING, PATIENT + "/id/@extension");
    none(withPatient(patient().toBuilder().gender(CodedValue.of(Sex.UNKNOWN)).build()),
        ValidationRule.ID_RESIDENT_CONSISTENCY);
    none(validator.validate(outpatient()), ValidationRule.ID_RESIDENT_CONSISTENCY);
  }

  @Test
  void organizationId_badUsccOrOrganizationCode_warning_otherLengthsUnchecked() {
    String badUscc = ValidDocuments.USCC.substring(0, 17) + (ValidDocuments.USCC.endsWith("3") ? "4" : "3");
    ValidationIssue issue = one(withCustodian(badUscc), ValidationRule.ID_ORGANIZATION, Severity.WARNING,
        CUSTODIAN_ID + "/@extension");
    assertTrue(issue.message().contains("ID-0204"), issue::toString);
    String badOrg = ValidDocuments.ORG_CODE.substring(0, 8) + (ValidDocuments.ORG_CODE.endsWith("4") ? "5" : "4");
    assertTrue(one(withCustodian(badOrg), ValidationRule.ID_ORGANIZATION).message().contains("ID-0303"));
    none(withCustodian(ValidDocuments.USCC), ValidationRule.ID_ORGANIZATION);
    none(withCustodian(ValidDocuments.ORG_CODE), ValidationRule.ID_ORGANIZATION);
    none(withCustodian("PDY12345678901234567890"), ValidationRule.ID_ORGANIZATION);
  }

  private ValidationReport withCustodian(String extension) {
    return validator.validate(outpatient().toBuilder()
        .custodian(Organization.of(InstanceIdentifier.of("2.16.156.10011.1.5", extension), "医院")).build());
  }

  // ---- dates ----

  @Test
  void dateOrder_birthAfterDocument_error() {
    PointInTime late = PointInTime.of(data.documentTime().toLocalDate().plusDays(1));
    ValidationReport report = withPatient(patient().toBuilder().birthTime(late).build());
    ValidationIssue issue = Reports.of(report, ValidationRule.DATE_ORDER).get(0);
    assertEquals(Severity.ERROR, issue.severity());
    assertEquals("/ClinicalDocument/effectiveTime", issue.xpath());
    assertTrue(issue.message().contains(PATIENT + "/birthTime"), issue::toString);
    none(validator.validate(outpatient()), ValidationRule.DATE_ORDER);
  }

  @Test
  void dateOrder_sameDayAtDayPrecision_noIssue() {
    PointInTime sameDay = PointInTime.of(data.documentTime().toLocalDate());
    ClinicalDocument doc = outpatient().toBuilder().encounter(Encounter.of(sameDay, null)).build();
    none(validator.validate(doc), ValidationRule.DATE_ORDER);
    PointInTime after = PointInTime.of(data.documentTime().plusHours(1));
    one(validator.validate(outpatient().toBuilder().encounter(Encounter.of(after, null)).build()),
        ValidationRule.DATE_ORDER, Severity.ERROR, "/ClinicalDocument/effectiveTime");
  }

  @Test
  void dateOrder_dischargeAfterDocument_warning_admissionAfterDischarge_error() {
    String body = "/ClinicalDocument/component/structuredBody/component[1]/section";
    ClinicalDocument.Builder b = data.header(ValidDocuments.spec("C0049"));
    PointInTime admission = PointInTime.of(data.admission());
    PointInTime discharge = PointInTime.of(data.documentTime().plusHours(2));
    ValidationReport report = validator.validate(b.addSection(section("11535-2", "HOSPITAL DISCHARGE DX",
        obs("DE06.00.092.00", admission), obs("DE06.00.017.00", discharge))).build());
    ValidationIssue issue = one(report, ValidationRule.DATE_ORDER, Severity.WARNING, "/ClinicalDocument/effectiveTime");
    assertTrue(issue.message().contains(body + "/entry[2]/observation/value"), issue::toString);

    ClinicalDocument.Builder c = data.header(ValidDocuments.spec("C0049"));
    PointInTime early = PointInTime.of(data.admission().minusDays(1));
    ValidationReport reversed = validator.validate(c.addSection(section("11535-2", "HOSPITAL DISCHARGE DX",
        obs("DE06.00.092.00", admission), obs("DE06.00.017.00", early))).build());
    one(reversed, ValidationRule.DATE_ORDER, Severity.ERROR, body + "/entry[2]/observation/value");
  }

  @Test
  void dateFuture_afterClockPlusSkew_error_withinSkewOrOffsetAware_none() {
    ClinicalDocument tomorrow = outpatient().toBuilder()
        .effectiveTime(PointInTime.of(ValidDocuments.NOW.plusDays(1))).build();
    ValidationReport report = validator.validate(tomorrow);
    assertTrue(Reports.of(report, ValidationRule.DATE_FUTURE).stream()
        .anyMatch(i -> i.xpath().equals("/ClinicalDocument/effectiveTime") && i.severity() == Severity.ERROR),
        () -> TextReportWriter.render(report));
    ClinicalDocument inSkew = outpatient().toBuilder()
        .effectiveTime(PointInTime.of(ValidDocuments.NOW.plusMinutes(2))).build();
    none(validator.validate(inSkew), ValidationRule.DATE_FUTURE);
    // 05:00 UTC is 13:00 in Beijing: an hour after the clock.
    ClinicalDocument utc = outpatient().toBuilder().effectiveTime(PointInTime.parse("20250601050000+0000")).build();
    assertTrue(Reports.of(validator.validate(utc), ValidationRule.DATE_FUTURE).stream()
        .anyMatch(i -> i.xpath().equals("/ClinicalDocument/effectiveTime")));
    ClinicalDocument utcPast = outpatient().toBuilder().effectiveTime(PointInTime.parse("20250601030000+0000"))
        .build();
    none(validator.validate(utcPast), ValidationRule.DATE_FUTURE);
    none(validator.validate(outpatient()), ValidationRule.DATE_FUTURE);
  }

  // ---- decoder warnings ----

  @Test
  void decodeWarnings_unknownElementAndNarrativeMarkup_warningsWithTheirCodes() {
    String xml = new String(CdaEncoder.create().encode(outpatient()), StandardCharsets.UTF_8);
    // An empty element is a placeholder the decoder skips silently; one with content is reported.
    String withUnknown = xml.replaceFirst("<recordTarget", "<unknownPart code=\"x\"/><recordTarget");
    ValidationReport report = validator.validate(withUnknown.getBytes(StandardCharsets.UTF_8));
    ValidationIssue issue = one(report, ValidationRule.DECODE_UNKNOWN_ELEMENT);
    assertEquals(Severity.WARNING, issue.severity());
    assertTrue(issue.xpath().startsWith("/ClinicalDocument"), issue::toString);
    none(validator.validate(xml.getBytes(StandardCharsets.UTF_8)), ValidationRule.DECODE_UNKNOWN_ELEMENT);
    none(validator.validate(xml.getBytes(StandardCharsets.UTF_8)), ValidationRule.DECODE_NARRATIVE_MARKUP);

    String withMarkup = xml.replaceFirst("<entry>", "<text><paragraph>段落</paragraph></text><entry>");
    ValidationIssue markup = one(validator.validate(withMarkup.getBytes(StandardCharsets.UTF_8)),
        ValidationRule.DECODE_NARRATIVE_MARKUP);
    assertEquals(Severity.WARNING, markup.severity());
  }
}
