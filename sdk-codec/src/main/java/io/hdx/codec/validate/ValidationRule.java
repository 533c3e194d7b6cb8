package io.hdx.codec.validate;

import java.util.Objects;
import java.util.Optional;

/**
 * The catalog of the rules {@link DocumentValidator} checks: each with a stable {@link #id()} (the
 * {@code rule-id} of the CLI's output and of {@link ValidationIssue#ruleId()}), a default
 * {@link Severity}, a one-line {@link #title()}, a short {@link #explanation()} for people
 * reading a report, and the {@link #source() standard and clause} it implements.
 *
 * <p>Whatever a rule's severity, an issue that rests on a fact HDX holds with LOW or UNCONFIRMED
 * {@link io.hdx.model.Confidence} is reported as a {@link Severity#WARNING} at most: the specs
 * were assembled from public samples, and a vendor must not fail on a guess.
 *
 * <p>Thread safety: immutable.
 *
 * <pre>{@code
 * ValidationRule rule = ValidationRule.fromId("value-format").get();
 * rule.title();    // "Value fits the data element's WS 363 format"
 * }</pre>
 *
 * @since 0.1.0
 */
public enum ValidationRule {
  /** The templateId and document code name no known shared document. */
  DOCUMENT_TYPE_UNKNOWN("document-type-unknown", Severity.ERROR,
      "Document type is known",
      "The templateId and the document code name none of the shared documents HDX knows (the 53 of "
          + "WS/T 500 and the 20 of WS/T 483). Without the document's spec, its header, sections and "
          + "entries cannot be checked; only the checks that hold for every document are made.",
      "WS/T 500-2016 / WS/T 483-2016, document code and templateId of each part"),
  /** The templateId and the document code belong to different documents. */
  DOCUMENT_TYPE_MISMATCH("document-type-mismatch", Severity.ERROR,
      "templateId and document code name the same document",
      "Each part of WS/T 500 and WS/T 483 gives its document one templateId OID and one document code "
          + "(codeSystem 2.16.156.10011.2.4); a document must carry the pair of one part. The spec the "
          + "templateId names is used for all other checks. Where HDX holds the code or the templateId "
          + "as unconfirmed (most WS/T 483 templateIds), a mismatch is a warning only.",
      "WS/T 500-2016 / WS/T 483-2016, document code and templateId of each part"),
  /** The title differs from the spec's title. */
  DOCUMENT_TITLE("document-title", Severity.INFO,
      "Title is the document's title in the standard",
      "ClinicalDocument/title is expected to be the Chinese title of the document's part (e.g. "
          + "门(急)诊病历). Samples vary in punctuation (full- and half-width brackets), so this is only "
          + "a hint.",
      "WS/T 500-2016 / WS/T 483-2016, header (ClinicalDocument/title)"),
  /** A header part CDA R2 requires is absent. */
  CDA_REQUIRED("cda-required", Severity.ERROR,
      "Header parts CDA R2 requires are present",
      "CDA R2 requires the document id, effectiveTime, confidentialityCode, a recordTarget (the "
          + "patient), at least one author with time and id, and a custodian organization with an id; "
          + "signers need a time (only a warning: the standard's own examples leave it empty) and an id, "
          + "informants an id, an encounter its effectiveTime. HDX writes a "
          + "nullFlavor where the model lacks one, which the schema accepts but a receiving platform cannot "
          + "use.",
      "HL7 CDA R2, POCD_MT000040.ClinicalDocument, Author, AssignedAuthor, Custodian, CustodianOrganization, "
          + "LegalAuthenticator, Authenticator, AssignedEntity, EncompassingEncounter"),
  /** The confidentiality or language code is not the one WS/T 500 uses. */
  CDA_HEADER_CODE("cda-header-code", Severity.WARNING,
      "Confidentiality and language codes are the ones WS/T 500 uses",
      "WS/T 500 documents carry confidentialityCode from HL7 Confidentiality (codeSystem "
          + "2.16.840.1.113883.5.25, normally N) and languageCode zh-CN.",
      "WS/T 500-2016 header; HL7 CDA R2 (ClinicalDocument/confidentialityCode, languageCode)"),
  /** A header part that the document's spec requires is absent. */
  HEADER_MISSING("header-missing", Severity.ERROR,
      "Header parts the document's spec requires are present",
      "The document's header table names the participants and patient data it must carry. Most of "
          + "HDX's header requirements are optional (0..1) because the public samples show presence "
          + "only; a vendor spec may make more of them required." + Notes.GUESS,
      "WS/T 500-2016 parts 1-53 / WS/T 483-2016 parts 1-20, header tables"),
  /** A header part occurs more often than the spec allows. */
  HEADER_REPEATED("header-repeated", Severity.WARNING,
      "Header parts occur no more often than the spec allows",
      "More identifiers of one kind, signers of one role, informants or contacts than the document's "
          + "spec allows. The maximum in HDX's shipped specs is what the samples show, not the "
          + "standard's text, hence a warning.",
      "WS/T 500-2016 parts 1-53 / WS/T 483-2016 parts 1-20, header tables"),
  /** An identifier's root OID is not the one its place requires. */
  HEADER_ID_ROOT("header-id-root", Severity.ERROR,
      "Identifiers carry the OID of their kind",
      "The root of an identifier names what it is: 2.16.156.10011.1.1 the document, 1.3 the "
          + "patient's resident ID number, 1.7 an author, 1.4 a health professional, 1.5 an "
          + "organization, 1.26 a department, 1.22/1.21/1.27 bed, room and ward. An identifier in the "
          + "wrong namespace cannot be matched by a receiving platform." + Notes.GUESS,
      "WS/T 500-2016 header; identifier OIDs 2.16.156.10011.1.* (national health OID register)"),
  /** A patient identifier has a root the spec does not list for this document. */
  HEADER_ID_UNLISTED("header-id-unlisted", Severity.WARNING,
      "Patient and location identifiers are of the kinds the spec lists",
      "patientRole/id carries the business identifiers the document's part lists (e.g. 门(急)诊号 "
          + "2.16.156.10011.1.11 in 门(急)诊病历); an identifier of another kind, or an encounter "
          + "location level the spec does not list, is probably misplaced. The lists come from the "
          + "samples, hence a warning.",
      "WS/T 500-2016 parts 1-53, header tables (recordTarget/patientRole/id)"),
  /** A section the spec requires is absent. */
  SECTION_MISSING("section-missing", Severity.ERROR,
      "Sections the spec requires are present",
      "A section whose cardinality in the document's spec is 1.. is absent. HDX's shipped specs make "
          + "every section optional (the samples show presence only), so this fires for vendor specs." + Notes.GUESS,
      "WS/T 500-2016 parts 1-53 / WS/T 483-2016, document body (section tables)"),
  /** A section occurs more often than the spec allows. */
  SECTION_REPEATED("section-repeated", Severity.WARNING,
      "Sections occur no more often than the spec allows",
      "The same section (by LOINC code, or name for uncoded sections) occurs more often than its "
          + "cardinality allows. The maxima in HDX's shipped specs come from the samples.",
      "WS/T 500-2016 parts 1-53 / WS/T 483-2016, document body (section tables)"),
  /** The sections are not in the spec's order. */
  SECTION_ORDER("section-order", Severity.WARNING,
      "Sections follow the spec's order",
      "WS/T 500 lists each document's sections in an order, which the samples follow. CDA R2 itself "
          + "does not constrain section order, so a section out of order is a warning.",
      "WS/T 500-2016 parts 1-53 / WS/T 483-2016, document body (section tables)"),
  /** A section is not in the document's spec. */
  SECTION_UNKNOWN("section-unknown", Severity.WARNING,
      "Sections are the ones the spec lists",
      "A section whose LOINC code (or name, for uncoded sections) the document's spec does not list. "
          + "Its entries are not checked against a section. The shipped specs list the sections the "
          + "samples show, which may miss some the standard allows, hence a warning.",
      "WS/T 500-2016 parts 1-53 / WS/T 483-2016, document body (section tables)"),
  /** A data element sits in a section other than the one the spec puts it in. */
  ENTRY_MISPLACED("entry-misplaced", Severity.ERROR,
      "Data elements sit in their section",
      "The entry's data element belongs to another section of this document. A receiving system looks "
          + "for it in its own section and will not find it." + Notes.GUESS,
      "WS/T 500-2016 parts 1-53 / WS/T 483-2016, section tables (data elements per section)"),
  /** A data element is not in the document's spec. */
  ENTRY_UNKNOWN("entry-unknown", Severity.WARNING,
      "Data elements are ones the document's spec lists",
      "The entry's code is not a data element of this document's spec, or not a WS 363 data element "
          + "code (DEab.cd.efg.hi) at all. The shipped specs list what the samples show, so an element "
          + "they miss is a warning.",
      "WS 363-2011 (data element identifiers); WS/T 500-2016 section tables"),
  /** An entry the spec requires is absent. */
  ENTRY_MISSING("entry-missing", Severity.ERROR,
      "Entries the spec requires are present",
      "A data element whose cardinality in its section is 1.. is absent from a section that is present. "
          + "HDX's shipped specs make every entry optional, so this fires for vendor specs." + Notes.GUESS,
      "WS/T 500-2016 parts 1-53 / WS/T 483-2016, section tables"),
  /** An entry occurs more often than the spec allows. */
  ENTRY_REPEATED("entry-repeated", Severity.WARNING,
      "Entries occur no more often than the spec allows",
      "A data element occurs in its section more often than its cardinality allows (0..1 unless the "
          + "samples repeat it). The maxima come from the samples, hence a warning.",
      "WS/T 500-2016 parts 1-53 / WS/T 483-2016, section tables"),
  /** A value of a group sits in another group, or twice in one group (document layout groups). */
  ENTRY_GROUP("entry-group", Severity.ERROR,
      "Values sit in their own group",
      "Values that belong together are one group of the document layout: a diagnosis's name with its code and "
          + "rank, a drug, an operation, an organizer's components. A member that occurs in one group more often "
          + "than the layout allows (once, unless the standard's examples nest it more: a TCM diagnosis holds its "
          + "病名 and 证候 codes), or sits in a group that does not hold it, belongs to another group: e.g. a second "
          + "diagnosis's ICD-10 code nested under the first diagnosis, which leaves the second without its code.",
      "WS/T 500-2016 appendix examples (one observation, act or organizer per diagnosis, drug, operation); "
          + "sdk-model document layout (layout-body.tsv)"),
  /** A data element sits in another place of its act (slot, observation, act) than the spec gives. */
  ENTRY_POSITION("entry-position", Severity.WARNING,
      "Data elements sit in their place in the act",
      "A drug (substanceAdministration) or an operation (procedure) is one act whose data elements are its "
          + "members: some in a slot of the act (the drug name in consumable/manufacturedProduct/"
          + "manufacturedLabeledDrug/name, the route in routeCode, the single dose in doseQuantity, the "
          + "operation code in procedure/code ...), the others in entryRelationship observations. The entry's "
          + "data element is in another slot, in another kind of act, inside an act where the spec has an "
          + "entry of its own, or outside the act the spec puts it in; a receiving system looks for it in its "
          + "place. The places come from the standard's examples and vendor templates (held with MEDIUM or LOW "
          + "confidence), hence a warning.",
      "WS/T 500-2016 appendix examples (e.g. 西药处方 C0004, 手术记录); HL7 CDA R2, "
          + "POCD_MT000040.SubstanceAdministration and Procedure; sdk-model/src/build/facts/wst500-entry-forms.md "
          + "§1, §2"),
  /** The value's HL7 type is not the spec's. */
  VALUE_TYPE("value-type", Severity.ERROR,
      "Value has the HL7 data type the spec gives",
      "The value's xsi:type differs from the data type the document's spec gives the entry (e.g. PQ "
          + "for a blood pressure, CD for a coded element). CD, CE and CV are restrictions of one "
          + "another; exchanging them is reported as info only." + Notes.GUESS,
      "WS/T 500-2016 section tables (entry data type); HL7 V3 Data Types R1"),
  /** The value breaks its HL7 data type: the decoder kept it as written. */
  VALUE_INVALID("value-invalid", Severity.ERROR,
      "Value is a value of its data type",
      "A value that breaks its HL7 data type (a TS that is not of the form YYYY[MM[DD[HH[MM[SS[.S+]]]]]]"
          + "[+|-ZZZZ] or names no real date, e.g. a birth time of nine digits, 20151236209521, 19900231, an "
          + "empty value or the offset -700; a PQ, MO, REAL, INT or BL whose @value is empty or not of its "
          + "type; an II without an OID @root, e.g. a setId with only an extension; a code without an OID "
          + "@codeSystem) is read and kept as written, so that the document is judged and written back "
          + "unchanged; it is reported here, never quoted.",
      "HL7 V3 Data Types R1 (TS literal form, REAL, INT, BL, PQ, MO, II, CD); ISO 8601 calendar dates"),
  /** The value does not fit the data element's representation format. */
  VALUE_FORMAT("value-format", Severity.ERROR,
      "Value fits the data element's WS 363 format",
      "WS 363 gives each data element a representation format (AN..50, N..3,1, D8, DT15, T/F ...); "
          + "the value must fit it, written as HL7 V3 writes it (a DT15 as yyyyMMddHHmmss, a boolean as "
          + "true/false). Formats HDX holds with LOW confidence give warnings only. The message names the "
          + "format and the rule broken, never the value.",
      "WS 363.1-2011 (representation format of data element values)"),
  /** A code is not in the value set its entry is bound to. */
  CODE_IN_VALUE_SET("code-in-value-set", Severity.ERROR,
      "Codes come from the bound value set",
      "A coded value must be a code of the value set its entry is bound to. With a REQUIRED binding "
          + "and a complete code list this is an error; with a partial list (only the codes the samples "
          + "show) info; with an EXAMPLE binding (an OID the samples use but HDX cannot confirm) "
          + "info at most." + Notes.GUESS,
      "WS 364-2011 (value domains); GB/T code tables (GB/T 2261.1, GB/T 2261.2, GB 3304 ...); WS/T 500 "
          + "value-set bindings"),
  /** A code's codeSystem is not the bound value set's OID. */
  CODE_SYSTEM("code-system", Severity.ERROR,
      "Code system is the bound value set's OID",
      "The codeSystem attribute must be the OID of the value set the entry is bound to (e.g. "
          + "2.16.156.10011.2.3.3.4 for sex). With an EXAMPLE binding the OID is not confirmed (the "
          + "public samples copy OIDs between elements), so a different one is info only." + Notes.GUESS,
      "WS 364-2011; WS/T 500-2016 value-set OIDs 2.16.156.10011.2.3.*"),
  /** A diagnosis or operation code does not have the shape of its classification. */
  CODE_SHAPE("code-shape", Severity.ERROR,
      "Diagnosis and operation codes have their classification's shape",
      "A code in an ICD-10 table (2.16.156.10011.2.3.3.11 and its sub-tables) starts with a letter and two "
          + "digits (A00-Z99), optionally followed by a dot, one or two characters and the national clinical "
          + "extension (up to three digits, then x and three digits, e.g. K35.800x001), and may end in a dagger "
          + "or asterisk mark; a morphology code is M followed by four digits, a slash and one digit. A code in the "
          + "ICD-9-CM-3 table (2.16.156.10011.2.3.3.12) is two digits, optionally a dot and up to five digits "
          + "with the x-extension (e.g. 47.0900x001, 84.51003). A code without the category (letter and two digits, or two "
          + "digits) is an error; a category with an unexpected tail is a warning, as national extensions vary.",
      "ICD-10 (WHO) and GB/T 14396-2016 (疾病分类与代码); ICD-9-CM-3 and its national clinical edition"),
  /** A data element code is written with the name of another data element. */
  DE_DISPLAY_NAME("de-display-name", Severity.WARNING,
      "Data element code and name agree",
      "An entry's code/@code is a data element and its code/@displayName names it. When the name is the "
          + "catalog name of another data element, and not like any name this element goes by, the code is "
          + "probably used for another concept. Names are compared without spacing, brackets and full-width "
          + "forms, so near-identical names do not count.",
      "WS 363-2011 (data element identifiers and names); WS/T 500-2016 entry tables (code/@displayName)"),
  /** A quantity's unit is not the spec's unit. */
  VALUE_UNIT("value-unit", Severity.WARNING,
      "Quantity has the spec's unit",
      "A PQ value's unit should be the one the data element is recorded in (mmHg, kg, 次/min ...). The "
          + "units in HDX's specs come from the samples, which write the same unit in several ways, "
          + "hence a warning; letter case is ignored (ml and mL).",
      "WS 363.1-2011 (unit of measure of data elements); WS/T 500-2016 entry tables"),
  /** A resident ID number fails its check. */
  ID_RESIDENT("id-resident", Severity.ERROR,
      "Resident ID numbers are well formed",
      "An identifier with root 2.16.156.10011.1.3 is a resident ID number: 18 characters, a GB/T 2260 "
          + "address code, a real birth date not in the future, and the ISO 7064 MOD 11-2 check "
          + "character (or a 15-digit legacy number). Address codes are checked leniently: a number "
          + "keeps a retired county code for life.",
      "GB 11643-1999 §5 (公民身份号码)"),
  /** The resident ID number disagrees with the patient's birth time or sex. */
  ID_RESIDENT_CONSISTENCY("id-resident-consistency", Severity.WARNING,
      "Resident ID number agrees with birth date and sex",
      "The birth date code (positions 7-14) and the sequence code's parity (odd male, even female) of "
          + "the patient's resident ID number should agree with patient/birthTime and "
          + "administrativeGenderCode. A disagreement usually means one of them belongs to someone "
          + "else.",
      "GB 11643-1999 §5.3, §5.4; GB/T 2261.1"),
  /** An organization identifier fails its check. */
  ID_ORGANIZATION("id-organization", Severity.WARNING,
      "Organization identifiers are well formed",
      "The extension of an organization identifier (root 2.16.156.10011.1.5) of 18 characters is "
          + "checked as a unified social credit code (MOD 31 check character), of 9 or 10 characters as "
          + "an organization code (MOD 11 check character). Samples write 组织机构代码 there, but which "
          + "code WS/T 500 requires is not confirmed, hence a warning.",
      "GB 32100-2015 §4; GB 11714-1997"),
  /** Dates are in an impossible order. */
  DATE_ORDER("date-order", Severity.ERROR,
      "Dates are in a possible order",
      "Birth comes before admission, admission before discharge and before the document's time; "
          + "authors and signers act after the patient's birth. A document written before the recorded "
          + "discharge time is a warning only (discharge summaries are often prepared in advance). "
          + "Values are compared at the precision they are written.",
      "WS/T 500-2016 (DE02.01.005.01 出生日期, DE06.00.092.00 入院日期时间, DE06.00.017.00 出院日期时间); "
          + "HL7 V3 TS"),
  /** A date of something that has happened lies in the future. */
  DATE_FUTURE("date-future", Severity.ERROR,
      "Past events are not in the future",
      "Birth, admission, discharge, the document's time and authors' and signers' times must not lie "
          + "after the validator's clock (a few minutes of clock skew are allowed). Times without an "
          + "offset are read as Beijing time (+08:00) unless the validator's clock says otherwise.",
      "WS/T 500-2016 header and data elements; HL7 V3 TS"),
  /** The decoder skipped an element it does not know. */
  DECODE_UNKNOWN_ELEMENT("CDA-0901", Severity.WARNING,
      "Every element was read",
      "The decoder met an element the HDX model has no place for and skipped it with its content; "
          + "nothing in it was validated.",
      "HL7 CDA R2 (POCD_MT000040); HDX decoder"),
  /** The decoder read narrative markup as plain text. */
  DECODE_NARRATIVE_MARKUP("CDA-0902", Severity.WARNING,
      "Section text is plain text",
      "A section's narrative block contained markup (paragraphs, tables, lists); it was read as plain "
          + "text only.",
      "HL7 CDA R2, section narrative block (StrucDoc.Text); HDX decoder");

  private final String id;
  private final Severity defaultSeverity;
  private final String title;
  private final String explanation;
  private final String source;

  ValidationRule(String id, Severity defaultSeverity, String title, String explanation, String source) {
    this.id = id;
    this.defaultSeverity = defaultSeverity;
    this.title = title;
    this.explanation = explanation;
    this.source = source;
  }

  /** The stable id, e.g. {@code value-format}; the decoder's warning code for decoder rules. */
  public String id() {
    return id;
  }

  /** The severity of a breach on confirmed facts, unless the validator was configured otherwise. */
  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  /** The rule in one line. */
  public String title() {
    return title;
  }

  /** What the rule checks and why, in a few sentences, for people reading a report. */
  public String explanation() {
    return explanation;
  }

  /** The standard and clause the rule implements. */
  public String source() {
    return source;
  }

  /** The rule with {@link #id()} {@code id}. */
  public static Optional<ValidationRule> fromId(String id) {
    Objects.requireNonNull(id, "id");
    for (ValidationRule rule : values()) {
      if (rule.id.equals(id)) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }

  /** The id. */
  @Override
  public String toString() {
    return id;
  }

  /** Shared explanation text (an enum's constants cannot refer to its own static fields). */
  private static final class Notes {
    static final String GUESS = " Where the fact behind it is held with LOW or UNCONFIRMED confidence (it comes from "
        + "the samples only), the issue is a warning at most: a vendor must not fail on a guess.";
  }
}
