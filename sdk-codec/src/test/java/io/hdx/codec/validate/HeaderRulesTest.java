package io.hdx.codec.validate;

import static io.hdx.codec.validate.Reports.none;
import static io.hdx.codec.validate.Reports.one;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.model.Confidence;
import io.hdx.model.datatype.CodedValue;
import io.hdx.model.datatype.InstanceIdentifier;
import io.hdx.model.document.ClinicalDocument;
import io.hdx.model.document.Organization;
import io.hdx.model.document.Participant;
import io.hdx.model.document.Patient;
import io.hdx.model.spec.Cardinality;
import io.hdx.model.spec.DocumentSpec;
import io.hdx.model.spec.DocumentSpecRegistry;
import io.hdx.model.spec.HeaderElement;
import io.hdx.model.spec.HeaderElementSpec;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The document-type, CDA header and header-spec rules, each made to fire and not to fire. */
class HeaderRulesTest {
  private static final String PATIENT = "/ClinicalDocument/recordTarget/patientRole/patient";

  private final ValidDocuments data = new ValidDocuments(7);
  private final DocumentValidator validator = ValidDocuments.validator();

  /** A valid 门(急)诊病历 with two sections. */
  private ClinicalDocument outpatient() {
    return data.header(ValidDocuments.spec("C0002")).addSection(Reports.chiefComplaint())
        .addSection(Reports.physicalExamination()).build();
  }

  private ValidationReport validate(ClinicalDocument doc) {
    return validator.validate(doc);
  }

  private Patient patient() {
    return outpatient().patient().get();
  }

  @Test
  void validOutpatientRecord_noIssues() {
    ValidationReport report = validate(outpatient());
    assertTrue(report.issues().isEmpty(), () -> TextReportWriter.render(report));
    assertEquals("C0002", report.documentCode().get());
    assertEquals("门(急)诊病历", report.documentTitle().get());
  }

  @Test
  void documentType_unknownTemplateIdAndCode_error() {
    ValidationReport report = validate(outpatient().toBuilder().templateId("2.16.156.10011.2.1.1.999")
        .code("C9999").build());
    one(report, ValidationRule.DOCUMENT_TYPE_UNKNOWN, Severity.ERROR, "/ClinicalDocument/templateId/@root");
    assertFalse(report.documentCode().isPresent());
    none(report, ValidationRule.SECTION_UNKNOWN);
    none(validate(outpatient()), ValidationRule.DOCUMENT_TYPE_UNKNOWN);
  }

  @Test
  void documentType_codeOfAnotherDocument_errorValidatedByTemplateId() {
    ValidationReport report = validate(outpatient().toBuilder().code("C0003").build());
    ValidationIssue issue = one(report, ValidationRule.DOCUMENT_TYPE_MISMATCH, Severity.ERROR,
        "/ClinicalDocument/code/@code");
    assertTrue(issue.message().contains("C0003"), issue::toString);
    assertEquals("C0002", report.documentCode().get());
    none(validate(outpatient()), ValidationRule.DOCUMENT_TYPE_MISMATCH);
  }

  @Test
  void documentType_unknownCodeOrUnknownTemplateId_errorAtThatPart() {
    one(validate(outpatient().toBuilder().code("C9999").build()), ValidationRule.DOCUMENT_TYPE_MISMATCH,
        Severity.ERROR, "/ClinicalDocument/code/@code");
    ValidationReport report = validate(outpatient().toBuilder().templateId("2.16.156.10011.2.1.1.999").build());
    one(report, ValidationRule.DOCUMENT_TYPE_MISMATCH, Severity.ERROR, "/ClinicalDocument/templateId/@root");
    assertEquals("C0002", report.documentCode().get());
  }

  @Test
  void documentType_unconfirmedTemplateId_warningOnly() {
    DocumentSpec spec = ValidDocuments.spec("HSDB01.01");
    assertEquals(Confidence.UNCONFIRMED, spec.templateIdConfidence());
    ClinicalDocument doc = data.header(spec).templateId("2.16.156.10011.2.1.1.999").build();
    one(validate(doc), ValidationRule.DOCUMENT_TYPE_MISMATCH, Severity.WARNING, "/ClinicalDocument/templateId/@root");
  }

  @Test
  void documentTitle_differs_info() {
    one(validate(outpatient().toBuilder().title("门诊病历").build()), ValidationRule.DOCUMENT_TITLE, Severity.INFO,
        "/ClinicalDocument/title");
    one(validate(outpatient().toBuilder().title(null).build()), ValidationRule.DOCUMENT_TITLE, Severity.INFO,
        "/ClinicalDocument/title");
    none(validate(outpatient()), ValidationRule.DOCUMENT_TITLE);
  }

  @Test
  void cdaRequired_missingIdTimePatientCustodian_errors() {
    ClinicalDocument doc = outpatient().toBuilder().id(null).effectiveTime(null).patient(null).custodian(null)
        .build();
    ValidationReport report = validate(doc);
    List<String> xpaths = new ArrayList<>();
    for (ValidationIssue issue : Reports.of(report, ValidationRule.CDA_REQUIRED)) {
      assertEquals(Severity.ERROR, issue.severity());
      xpaths.add(issue.xpath());
    }
    assertEquals(java.util.Arrays.asList("/ClinicalDocument/id", "/ClinicalDocument/effectiveTime",
        "/ClinicalDocument/recordTarget", "/ClinicalDocument/custodian"), xpaths);
    assertFalse(report.isValid());
    none(validate(outpatient()), ValidationRule.CDA_REQUIRED);
  }

  @Test
  void cdaRequired_authorWithoutTimeOrNoAuthor_error() {
    ClinicalDocument base = outpatient();
    Participant author = base.authors().get(0).toBuilder().time(null).build();
    one(validate(rebuildAuthors(base, author)), ValidationRule.CDA_REQUIRED, Severity.ERROR,
        "/ClinicalDocument/author[1]/time");
    one(validate(rebuildAuthors(base)), ValidationRule.CDA_REQUIRED, Severity.ERROR, "/ClinicalDocument/author");
    none(validate(rebuildAuthors(base, base.authors().get(0))), ValidationRule.CDA_REQUIRED);
  }

  private static ClinicalDocument rebuildAuthors(ClinicalDocument doc, Participant... authors) {
    ClinicalDocument.Builder b = ClinicalDocument.builder().templateId(doc.templateId()).code(doc.code())
        .title(doc.title().orElse(null)).id(doc.id().orElse(null)).effectiveTime(doc.effectiveTime().orElse(null))
        .patient(doc.patient().orElse(null)).custodian(doc.custodian().orElse(null))
        .legalAuthenticator(doc.legalAuthenticator().orElse(null)).sections(doc.sections());
    for (Participant author : authors) {
      b.addAuthor(author);
    }
    return b.build();
  }

  @Test
  void cdaHeaderCode_otherLanguageOrConfidentialitySystem_warning() {
    one(validate(outpatient().toBuilder().languageCode("en-US").build()), ValidationRule.CDA_HEADER_CODE,
        Severity.WARNING, "/ClinicalDocument/languageCode");
    CodedValue other = CodedValue.builder().code("N").codeSystem("2.16.840.1.113883.5.99").build();
    one(validate(outpatient().toBuilder().confidentiality(other).build()), ValidationRule.CDA_HEADER_CODE,
        Severity.WARNING, "/ClinicalDocument/confidentialityCode/@codeSystem");
    none(validate(outpatient()), ValidationRule.CDA_HEADER_CODE);
  }

  @Test
  void headerMissing_requiredByVendorSpec_errorAndWarningWhenUnconfirmed() {
    ClinicalDocument noName = outpatient().toBuilder().patient(patient().toBuilder().name(null).build()).build();
    one(validator(requirement(Confidence.HIGH)).validate(noName), ValidationRule.HEADER_MISSING, Severity.ERROR,
        PATIENT + "/name");
    one(validator(requirement(Confidence.LOW)).validate(noName), ValidationRule.HEADER_MISSING, Severity.WARNING,
        PATIENT + "/name");
    none(validator(requirement(Confidence.HIGH)).validate(outpatient()), ValidationRule.HEADER_MISSING);
    none(validate(noName), ValidationRule.HEADER_MISSING);
  }

  /** The C0002 spec with patient.name required. */
  private static DocumentSpec requirement(Confidence confidence) {
    DocumentSpec spec = ValidDocuments.spec("C0002");
    DocumentSpec.Builder fresh = DocumentSpec.builder().standard(spec.standard()).part(spec.part())
        .code(spec.code(), spec.codeConfidence()).templateId(spec.templateId(), spec.templateIdConfidence())
        .titleZh(spec.titleZh()).titleEn(spec.titleEn());
    for (HeaderElementSpec h : spec.header()) {
      fresh.addHeader(h.element() == HeaderElement.PATIENT_NAME
          ? h.toBuilder().cardinality(Cardinality.REQUIRED).confidence(confidence).build() : h);
    }
    spec.sections().forEach(fresh::addSection);
    return fresh.build();
  }

  private static DocumentValidator validator(DocumentSpec replacement) {
    List<DocumentSpec> specs = new ArrayList<>();
    for (DocumentSpec s : DocumentSpecRegistry.standard().all()) {
      specs.add(s.code().equals(replacement.code()) ? replacement : s);
    }
    return DocumentValidator.builder().clock(ValidDocuments.clock()).specs(DocumentSpecRegistry.of(specs)).build();
  }

  @Test
  void headerRepeated_twoOutpatientNumbers_warning() {
    Patient two = patient().toBuilder().addId(InstanceIdentifier.of("2.16.156.10011.1.11", "MZ2")).build();
    one(validate(outpatient().toBuilder().patient(two).build()), ValidationRule.HEADER_REPEATED, Severity.WARNING,
        "/ClinicalDocument/recordTarget/patientRole/id");
    none(validate(outpatient()), ValidationRule.HEADER_REPEATED);
  }

  @Test
  void headerIdRoot_residentIdUnderStaffRoot_error() {
    Patient wrong = patient().toBuilder().residentId(InstanceIdentifier.of("2.16.156.10011.1.4", "X1")).build();
    ValidationIssue issue = one(validate(outpatient().toBuilder().patient(wrong).build()),
        ValidationRule.HEADER_ID_ROOT, Severity.ERROR, PATIENT + "/id/@root");
    assertTrue(issue.message().contains("2.16.156.10011.1.3 患者身份证号"), issue::toString);
    none(validate(outpatient()), ValidationRule.HEADER_ID_ROOT);
  }

  @Test
  void headerIdRoot_documentCustodianSigner_errors() {
    ClinicalDocument base = outpatient();
    one(validate(base.toBuilder().id(InstanceIdentifier.of("2.16.156.10011.1.2", "D")).build()),
        ValidationRule.HEADER_ID_ROOT, Severity.ERROR, "/ClinicalDocument/id/@root");
    one(validate(base.toBuilder().custodian(Organization.of(InstanceIdentifier.of("2.16.156.10011.1.6", "O"), "医院"))
        .build()), ValidationRule.HEADER_ID_ROOT, Severity.ERROR,
        "/ClinicalDocument/custodian/assignedCustodian/representedCustodianOrganization/id/@root");
    Participant signer = base.legalAuthenticator().get().toBuilder()
        .id(InstanceIdentifier.of("2.16.156.10011.1.7", "S")).build();
    one(validate(base.toBuilder().legalAuthenticator(signer).build()), ValidationRule.HEADER_ID_ROOT,
        Severity.ERROR, "/ClinicalDocument/legalAuthenticator/assignedEntity/id/@root");
  }

  @Test
  void headerIdRoot_wst483DocumentIdRoot_warningOnly() {
    DocumentSpec spec = ValidDocuments.spec("HSDA00.01");
    ClinicalDocument doc = data.header(spec).id(InstanceIdentifier.of("2.16.156.10011.1.1.2", "D")).build();
    one(validate(doc), ValidationRule.HEADER_ID_ROOT, Severity.WARNING, "/ClinicalDocument/id/@root");
  }

  @Test
  void headerIdUnlisted_inpatientNumberInOutpatientRecord_warning() {
    Patient more = patient().toBuilder().addId(InstanceIdentifier.of("2.16.156.10011.1.12", "ZY1")).build();
    int position = more.ids().size();
    ValidationIssue issue = one(validate(outpatient().toBuilder().patient(more).build()),
        ValidationRule.HEADER_ID_UNLISTED, Severity.WARNING,
        "/ClinicalDocument/recordTarget/patientRole/id[" + position + "]/@root");
    assertTrue(issue.message().contains("2.16.156.10011.1.11 门(急)诊号"), issue::toString);
    none(validate(outpatient()), ValidationRule.HEADER_ID_UNLISTED);
  }

  /** A valid 入院记录 header (signers by role, informant, encounter location chain). */
  private ClinicalDocument admission() {
    return data.header(ValidDocuments.spec("C0034")).build();
  }

  @Test
  void headerIdRoot_authenticatorOfAKnownRole_error_ofAnUnknownRole_warning() {
    ClinicalDocument base = admission();
    assertTrue(validate(base).issues().isEmpty(), () -> TextReportWriter.render(validate(base)));
    ClinicalDocument attending = withAuthenticator(base, "主治医师");
    one(validate(attending), ValidationRule.HEADER_ID_ROOT, Severity.ERROR,
        "/ClinicalDocument/authenticator[" + attending.authenticators().size() + "]/assignedEntity/id/@root");
    ClinicalDocument stranger = withAuthenticator(base, "陌生角色");
    one(validate(stranger), ValidationRule.HEADER_ID_ROOT, Severity.WARNING,
        "/ClinicalDocument/authenticator[" + stranger.authenticators().size() + "]/assignedEntity/id/@root");
  }

  private static ClinicalDocument withAuthenticator(ClinicalDocument doc, String role) {
    return doc.toBuilder().addAuthenticator(Participant.builder().time(doc.effectiveTime().get())
        .id(InstanceIdentifier.of("2.16.156.10011.1.7", "S9")).roleName(role).build()).build();
  }

  @Test
  void headerRepeated_twoSignersOfOneRole_warning() {
    ClinicalDocument base = admission();
    Participant twice = base.authenticators().get(0);
    one(validate(base.toBuilder().addAuthenticator(twice).build()), ValidationRule.HEADER_REPEATED,
        Severity.WARNING, "/ClinicalDocument/authenticator");
  }

  @Test
  void headerIdUnlisted_encounterLocationOfUnknownKind_warning() {
    ClinicalDocument base = admission();
    Organization odd = Organization.builder().id(InstanceIdentifier.of("2.16.156.10011.1.99", "L"))
        .partOf(base.encounter().get().location().orElse(null)).build();
    ClinicalDocument doc = base.toBuilder().encounter(io.hdx.model.document.Encounter.of(
        base.encounter().get().effectiveTime().get(), odd)).build();
    one(validate(doc), ValidationRule.HEADER_ID_UNLISTED, Severity.WARNING, "/ClinicalDocument/componentOf"
        + "/encompassingEncounter/location/healthCareFacility/serviceProviderOrganization/id/@root");
    none(validate(base), ValidationRule.HEADER_ID_UNLISTED);
  }

  @Test
  void patientCodes_notInTheirGbTables_errors() {
    ClinicalDocument base = admission();
    Patient p = base.patient().get();
    CodedValue marital = CodedValue.builder().type(io.hdx.model.datatype.Hl7Type.CE).code("99")
        .codeSystem("2.16.156.10011.2.3.3.5").build();
    one(validate(base.toBuilder().patient(p.toBuilder().maritalStatus(marital).build()).build()),
        ValidationRule.CODE_IN_VALUE_SET, Severity.ERROR, PATIENT + "/maritalStatusCode/@code");
    CodedValue ethnic = CodedValue.builder().type(io.hdx.model.datatype.Hl7Type.CE).code("01")
        .codeSystem("2.16.156.10011.2.3.3.4").build();
    one(validate(base.toBuilder().patient(p.toBuilder().ethnicGroup(ethnic).build()).build()),
        ValidationRule.CODE_SYSTEM, Severity.ERROR, PATIENT + "/ethnicGroupCode/@codeSystem");
    none(validate(base), ValidationRule.CODE_IN_VALUE_SET);
    none(validate(base), ValidationRule.CODE_SYSTEM);
  }
}
