package io.hdx.codec.validate;

import static io.hdx.codec.validate.Reports.chiefComplaint;
import static io.hdx.codec.validate.Reports.none;
import static io.hdx.codec.validate.Reports.obs;
import static io.hdx.codec.validate.Reports.one;
import static io.hdx.codec.validate.Reports.physicalExamination;
import static io.hdx.codec.validate.Reports.section;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.codec.cda.CdaEncoder;
import io.hdx.model.Confidence;
import io.hdx.model.datatype.BooleanValue;
import io.hdx.model.datatype.CodedValue;
import io.hdx.model.datatype.Hl7Type;
import io.hdx.model.datatype.IntegerValue;
import io.hdx.model.datatype.PhysicalQuantity;
import io.hdx.model.datatype.Text;
import io.hdx.model.document.ClinicalDocument;
import io.hdx.model.document.Entry;
import io.hdx.model.document.Section;
import io.hdx.model.spec.Cardinality;
import io.hdx.model.spec.DocumentSpec;
import io.hdx.model.spec.DocumentSpecRegistry;
import io.hdx.model.spec.EntryShape;
import io.hdx.model.spec.EntrySpec;
import io.hdx.model.spec.SectionSpec;
import io.hdx.model.spec.ValuePosition;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;

/** The section, entry and value rules, each made to fire and not to fire. */
class BodyRulesTest {
  private static final String BODY = "/ClinicalDocument/component/structuredBody";

  private final ValidDocuments data = new ValidDocuments(11);
  private final DocumentValidator validator = ValidDocuments.validator();

  private ValidationReport validate(String code, Section... sections) {
    return validate(validator, code, sections);
  }

  private ValidationReport validate(DocumentValidator v, String code, Section... sections) {
    ClinicalDocument.Builder b = data.header(ValidDocuments.spec(code));
    for (Section s : sections) {
      b.addSection(s);
    }
    return v.validate(b.build());
  }

  // ---- sections ----

  @Test
  void sectionMissing_requiredByVendorSpec_error() {
    DocumentValidator v = validator(sectionRequired());
    ValidationIssue issue = one(validate(v, "C0002", physicalExamination()), ValidationRule.SECTION_MISSING,
        Severity.ERROR, BODY);
    assertEquals("10154-3 CHIEF COMPLAINT", issue.section().get());
    none(validate(v, "C0002", chiefComplaint(), physicalExamination()), ValidationRule.SECTION_MISSING);
    none(validate("C0002", physicalExamination()), ValidationRule.SECTION_MISSING);
  }

  @Test
  void sectionRepeated_twiceWhereStatedOnce_warning() {
    DocumentValidator v = validator(replaceSection("10154-3",
        s -> s.toBuilder().cardinalitySource("a vendor's template table").build()));
    one(validate(v, "C0002", chiefComplaint(), chiefComplaint()), ValidationRule.SECTION_REPEATED, Severity.WARNING,
        BODY + "/component[2]/section");
    none(validate(v, "C0002", chiefComplaint()), ValidationRule.SECTION_REPEATED);
  }

  @Test
  void deDisplayName_namesAnotherElement_warning_nearIdenticalName_nothing() {
    Entry heartRateCalledTemperature = Entry.builder().dataElement("DE04.10.206.00").displayName("体温")
        .value(PhysicalQuantity.of("72", "次/min")).build();
    Entry heartRate = Entry.builder().dataElement("DE04.10.206.00").displayName("心率（次/min）")
        .value(PhysicalQuantity.of("72", "次/min")).build();
    ValidationIssue issue = one(validate("C0020", section("8716-3", "VITAL SIGNS", heartRateCalledTemperature)),
        ValidationRule.DE_DISPLAY_NAME, Severity.WARNING, BODY + "/component[1]/section/entry[1]/observation/code/@displayName");
    assertTrue(issue.message().contains("DE04.10.186.00"), issue::toString);
    none(validate("C0020", section("8716-3", "VITAL SIGNS", heartRate)), ValidationRule.DE_DISPLAY_NAME);
  }

  @Test
  void copiedCode_forAnElementOfThisSection_displayNameWarning_notMisplaced() {
    // One corpus of the WS/T 500 samples writes C0001's 预防接种史 (DE02.10.101.00, section 11369-6) with the code of
    // 过敏史 (DE02.10.022.00, section 48765-2 of the same document).
    Entry copied = Entry.builder().dataElement("DE02.10.022.00").displayName("预防接种史").value(Text.of("无")).build();
    ValidationReport report = validate("C0001", section("11369-6", "HISTORY OF IMMUNIZATIONS", copied));
    one(report, ValidationRule.DE_DISPLAY_NAME, Severity.WARNING,
        BODY + "/component[1]/section/entry[1]/observation/code/@displayName");
    none(report, ValidationRule.ENTRY_MISPLACED);
    Entry allergy = Entry.builder().dataElement("DE02.10.022.00").displayName("过敏史").value(Text.of("无")).build();
    one(validate("C0001", section("11369-6", "HISTORY OF IMMUNIZATIONS", allergy)), ValidationRule.ENTRY_MISPLACED,
        Severity.ERROR, BODY + "/component[1]/section/entry[1]/observation/code");
  }

  @Test
  void codeShape_icd10CodeOne_reported_wellFormedCode_nothing() {
    Section one = section("29548-5", "Diagnosis", obs("DE05.01.024.00", CodedValue.builder().code("1")
        .codeSystem("2.16.156.10011.2.3.3.11.3").build()));
    one(validate("C0002", one), ValidationRule.CODE_SHAPE, Severity.WARNING,
        BODY + "/component[1]/section/entry[1]/observation/value/@code");
    Section good = section("29548-5", "Diagnosis", obs("DE05.01.024.00", CodedValue.builder().code("K35.800x001")
        .codeSystem("2.16.156.10011.2.3.3.11.3").build()));
    none(validate("C0002", good), ValidationRule.CODE_SHAPE);
  }

  @Test
  void sectionRepeated_cardinalityOnlyInferredFromSamples_nothing() {
    none(validate("C0002", chiefComplaint(), chiefComplaint()), ValidationRule.SECTION_REPEATED);
  }

  @Test
  void sectionTitle_withOrWithoutZhangJie_sameSection() {
    assertEquals(SpecIndex.titleKey("会诊原因"), SpecIndex.titleKey("会诊原因章节"));
    assertEquals(SpecIndex.titleKey("辅助检查"), SpecIndex.titleKey(" 辅助检查　章节 "));
    assertEquals(SpecIndex.titleKey("ＡＢＣ"), SpecIndex.titleKey("abc"));
    assertNotEquals(SpecIndex.titleKey("会诊原因"), SpecIndex.titleKey("会诊意见"));
  }

  @Test
  void sectionOrder_swapped_warning() {
    ValidationIssue issue = one(validate("C0002", physicalExamination(), chiefComplaint()),
        ValidationRule.SECTION_ORDER, Severity.WARNING, BODY + "/component[2]/section");
    assertTrue(issue.message().contains("29545-1 PHYSICAL EXAMINATION"), issue::toString);
    none(validate("C0002", chiefComplaint(), physicalExamination()), ValidationRule.SECTION_ORDER);
  }

  @Test
  void sectionUnknown_codeNotInSpec_warning() {
    Section other = section("99999-9", "OTHER", obs("DE04.01.119.00", Text.of("x")));
    ValidationReport report = validate("C0002", chiefComplaint(), other);
    one(report, ValidationRule.SECTION_UNKNOWN, Severity.WARNING, BODY + "/component[2]/section/code");
    none(report, ValidationRule.ENTRY_MISPLACED);
    none(validate("C0002", chiefComplaint()), ValidationRule.SECTION_UNKNOWN);
  }

  // ---- entries ----

  @Test
  void entryMisplaced_elementOfAnotherSection_error() {
    Section wrong = section("10154-3", "CHIEF COMPLAINT", obs("DE04.01.119.00", Text.of("x")),
        obs("DE04.10.258.00", Text.of("y")));
    ValidationIssue issue = one(validate("C0002", wrong), ValidationRule.ENTRY_MISPLACED, Severity.ERROR,
        BODY + "/component[1]/section/entry[2]/observation/code");
    assertEquals("DE04.10.258.00", issue.dataElement().get());
    assertTrue(issue.message().contains("29545-1 PHYSICAL EXAMINATION"), issue::toString);
    none(validate("C0002", chiefComplaint(), physicalExamination()), ValidationRule.ENTRY_MISPLACED);
  }

  @Test
  void entryUnknown_elementNotInSpecOrMalformedCode_warning() {
    Section s = section("10154-3", "CHIEF COMPLAINT", obs("DE99.99.999.99", Text.of("x")));
    ValidationIssue issue = one(validate("C0002", s), ValidationRule.ENTRY_UNKNOWN, Severity.WARNING,
        BODY + "/component[1]/section/entry[1]/observation/code");
    assertEquals("DE99.99.999.99", issue.dataElement().get());
    Section malformed = section("10154-3", "CHIEF COMPLAINT", obs("NOT-A-CODE", Text.of("x")));
    ValidationIssue bad = one(validate("C0002", malformed), ValidationRule.ENTRY_UNKNOWN);
    assertFalse(bad.dataElement().isPresent());
    none(validate("C0002", chiefComplaint()), ValidationRule.ENTRY_UNKNOWN);
  }

  @Test
  void entryMissing_requiredByVendorSpec_errorAtSection() {
    DocumentValidator v = validator(entryRequired());
    Section empty = section("29545-1", "PHYSICAL EXAMINATION", obs("DE99.99.999.99", Text.of("x")));
    ValidationIssue issue = one(validate(v, "C0002", empty), ValidationRule.ENTRY_MISSING, Severity.ERROR,
        BODY + "/component[1]/section");
    assertEquals("DE04.10.258.00", issue.dataElement().get());
    none(validate(v, "C0002", physicalExamination()), ValidationRule.ENTRY_MISSING);
  }

  @Test
  void entryRepeated_twiceWhereOnceAllowed_warning() {
    Section twice = section("10154-3", "CHIEF COMPLAINT", obs("DE04.01.119.00", Text.of("a")),
        obs("DE04.01.119.00", Text.of("b")));
    none(validate("C0002", twice), ValidationRule.ENTRY_REPEATED); // 0..1 only inferred from the samples
    DocumentValidator stated = validator(replaceSection("10154-3", s -> {
      SectionSpec.Builder b = SectionSpec.builder().code(s.code().orElse(null)).displayName(s.displayName())
          .order(s.order()).cardinality(s.cardinality()).confidence(s.confidence());
      for (EntrySpec e : s.entries()) {
        b.addEntry(e.toBuilder().cardinalitySource("a vendor's template table").build());
      }
      return b.build();
    }));
    one(validate(stated, "C0002", twice), ValidationRule.ENTRY_REPEATED, Severity.WARNING,
        BODY + "/component[1]/section/entry[2]/observation");
    Section repeating = section("29548-5", "Diagnosis", organizer(obs("DE05.10.172.00", Text.of("a")),
        obs("DE05.10.172.00", Text.of("b"))));
    none(validate("C0002", repeating), ValidationRule.ENTRY_REPEATED);
    none(validate("C0002", chiefComplaint()), ValidationRule.ENTRY_REPEATED);
  }

  // ---- members of an act (a drug of a prescription) ----

  private static final String DRUG = BODY + "/component[1]/section/entry[1]/substanceAdministration";

  @Test
  void prescription_twoDrugsFromSlotsAndObservations_noIssue() {
    Section drugs = section("10160-0", "HISTORY OF MEDICATION USE", drug("维生素C片", "1"), drug("阿莫西林胶囊", "1"),
        obs("DE06.00.294.00", PhysicalQuantity.of("7", "天")));
    ValidationReport report = validate("C0004", drugs);
    assertEquals(0, report.count(Severity.ERROR), () -> TextReportWriter.render(report));
    assertTrue(report.issues().isEmpty(), () -> TextReportWriter.render(report));
  }

  @Test
  void entryPosition_memberInAnotherSlot_warningAtTheSlot() {
    Entry formAsRoute = Entry.builder().shape(EntryShape.SUBSTANCE_ADMINISTRATION)
        .addComponent(Entry.at(ValuePosition.DRUG_NAME, "DE08.50.022.00", Text.of("维生素C片")))
        .addComponent(Entry.at(ValuePosition.ROUTE_CODE, "DE08.50.011.00", form()))
        .build();
    ValidationIssue issue = one(validate("C0004", section("10160-0", "HISTORY OF MEDICATION USE", formAsRoute)),
        ValidationRule.ENTRY_POSITION, Severity.WARNING, DRUG + "/routeCode");
    assertEquals("DE08.50.011.00", issue.dataElement().get());
    assertTrue(issue.message().contains("substanceAdministration/administrationUnitCode"), issue::toString);
    assertEquals("10160-0 HISTORY OF MEDICATION USE", issue.section().get());
  }

  @Test
  void entryPosition_observationWhereSlotOrSlotWhereObservationOrOutsideTheAct_warning() {
    Entry routeAsObservation = Entry.builder().shape(EntryShape.SUBSTANCE_ADMINISTRATION)
        .addComponent(member("DE06.00.134.00", route("1"))).build();
    one(validate("C0004", section("10160-0", "HISTORY OF MEDICATION USE", routeAsObservation)),
        ValidationRule.ENTRY_POSITION, Severity.WARNING, DRUG + "/entryRelationship[1]/observation/code");
    Entry specificationAsName = Entry.builder().shape(EntryShape.SUBSTANCE_ADMINISTRATION)
        .addComponent(Entry.at(ValuePosition.DRUG_NAME, "DE08.50.043.00", Text.of("100mg"))).build();
    one(validate("C0004", section("10160-0", "HISTORY OF MEDICATION USE", specificationAsName)),
        ValidationRule.ENTRY_POSITION, Severity.WARNING,
        DRUG + "/consumable/manufacturedProduct/manufacturedLabeledDrug/name");
    ValidationIssue outside = one(validate("C0004", section("10160-0", "HISTORY OF MEDICATION USE",
        drug("维生素C片", "1"), obs("DE08.50.043.00", Text.of("100mg")))), ValidationRule.ENTRY_POSITION,
        Severity.WARNING, BODY + "/component[1]/section/entry[2]/observation/code");
    assertTrue(outside.message().contains("outside any act"), outside::toString);
    Entry daysInDrug = drug("维生素C片", "1").toBuilder()
        .addComponent(member("DE06.00.294.00", PhysicalQuantity.of("7", "天"))).build();
    one(validate("C0004", section("10160-0", "HISTORY OF MEDICATION USE", daysInDrug)),
        ValidationRule.ENTRY_POSITION, Severity.WARNING, DRUG + "/entryRelationship[3]/observation/code");
    Entry inProcedure = Entry.builder().shape(EntryShape.PROCEDURE)
        .addComponent(member("DE08.50.043.00", Text.of("100mg"))).build();
    one(validate("C0004", section("10160-0", "HISTORY OF MEDICATION USE", inProcedure)),
        ValidationRule.ENTRY_POSITION, Severity.WARNING,
        BODY + "/component[1]/section/entry[1]/procedure/entryRelationship[1]/observation/code");
  }

  @Test
  void entryUnknown_memberNotInTheSpec_warningAtItsCodeOrSlot() {
    Entry drug = drug("维生素C片", "1").toBuilder().addComponent(member("DE99.99.999.99", Text.of("x"))).build();
    ValidationReport report = validate("C0004", section("10160-0", "HISTORY OF MEDICATION USE", drug));
    one(report, ValidationRule.ENTRY_UNKNOWN, Severity.WARNING, DRUG + "/entryRelationship[3]/observation/code");
    none(report, ValidationRule.ENTRY_POSITION);
    Entry unknownSlot = Entry.builder().shape(EntryShape.SUBSTANCE_ADMINISTRATION)
        .addComponent(Entry.at(ValuePosition.ROUTE_CODE, "DE99.99.999.99", route("1"))).build();
    one(validate("C0004", section("10160-0", "HISTORY OF MEDICATION USE", unknownSlot)), ValidationRule.ENTRY_UNKNOWN,
        Severity.WARNING, DRUG + "/routeCode");
    Entry misplaced = drug("维生素C片", "1").toBuilder().addComponent(member("DE07.00.004.00", Text.of("x"))).build();
    one(validate("C0004", section("10160-0", "HISTORY OF MEDICATION USE", misplaced)), ValidationRule.ENTRY_MISPLACED,
        Severity.ERROR, DRUG + "/entryRelationship[3]/observation/code");
  }

  @Test
  void valueChecks_members_xpathAtSlotOrEntryRelationship() {
    ValidationIssue code = one(validate("C0004", section("10160-0", "HISTORY OF MEDICATION USE",
        drug("维生素C片", "1"), drug("阿莫西林胶囊", "99"))), ValidationRule.CODE_IN_VALUE_SET);
    assertEquals(BODY + "/component[1]/section/entry[2]/substanceAdministration/routeCode/@code", code.xpath());
    Entry badSpecification = Entry.builder().shape(EntryShape.SUBSTANCE_ADMINISTRATION)
        .addComponent(Entry.at(ValuePosition.DRUG_NAME, "DE08.50.022.00", Text.of("维生素C片")))
        .addComponent(member("DE08.50.043.00", IntegerValue.of(100))).build();
    one(validate("C0004", section("10160-0", "HISTORY OF MEDICATION USE", badSpecification)), ValidationRule.VALUE_TYPE,
        Severity.ERROR, DRUG + "/entryRelationship[1]/observation/value");
  }

  @Test
  void memberXPaths_pointIntoTheEncodedXml_andXmlValidatesAlike() throws Exception {
    ClinicalDocument doc = data.header(ValidDocuments.spec("C0004")).addSection(section("10160-0",
        "HISTORY OF MEDICATION USE", drug("维生素C片", "1"), drug("阿莫西林胶囊", "1"))).build();
    byte[] xml = CdaEncoder.create().encode(doc);
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(false);
    org.w3c.dom.Document dom = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    javax.xml.xpath.XPath xpath = XPathFactory.newInstance().newXPath();
    String second = BODY + "/component[1]/section/entry[2]/substanceAdministration";
    for (String path : new String[] {DRUG + "/routeCode/@code", DRUG + "/doseQuantity/@value",
        DRUG + "/rateQuantity/@unit", DRUG + "/administrationUnitCode/@code",
        DRUG + "/consumable/manufacturedProduct/manufacturedLabeledDrug/name",
        DRUG + "/entryRelationship[1]/observation/code[@code='DE08.50.043.00']",
        DRUG + "/entryRelationship[2]/observation/code[@code='DE06.00.135.00']",
        second + "/routeCode", second + "/entryRelationship[2]/observation/value"}) {
      assertNotNull(xpath.evaluate(path, dom, XPathConstants.NODE), path);
    }
    assertEquals(validator.validate(doc), validator.validate(xml));
  }

  /**
   * A drug of a 西药处方 as the WS/T 500 examples write it (wst500-entry-forms.md §1): name, route, dose, frequency
   * and form in slots of the substanceAdministration, 药物规格 and 药物使用总剂量 in entryRelationship observations.
   */
  private static Entry drug(String name, String routeCode) {
    return Entry.builder().shape(EntryShape.SUBSTANCE_ADMINISTRATION)
        .addComponent(member("DE08.50.043.00", Text.of("100mg")))
        .addComponent(Entry.at(ValuePosition.DRUG_NAME, "DE08.50.022.00", Text.of(name)))
        .addComponent(Entry.at(ValuePosition.ROUTE_CODE, "DE06.00.134.00", route(routeCode)))
        .addComponent(Entry.at(ValuePosition.DOSE_QUANTITY, "DE08.50.023.00", PhysicalQuantity.of("100", "mg")))
        .addComponent(Entry.at(ValuePosition.RATE_QUANTITY, "DE06.00.133.00", PhysicalQuantity.of("3", "次/日")))
        .addComponent(Entry.at(ValuePosition.ADMINISTRATION_UNIT_CODE, "DE08.50.011.00", form()))
        .addComponent(member("DE06.00.135.00", PhysicalQuantity.of("2100", "mg")))
        .build();
  }

  /** An observation member of an act. */
  private static Entry member(String dataElement, io.hdx.model.datatype.Hl7Value value) {
    return Entry.builder().dataElement(dataElement).shape(EntryShape.ENTRY_RELATIONSHIP).value(value).build();
  }

  /** 用药途径 (value set 2.16.156.10011.2.3.1.158; 1 = 口服). */
  private static CodedValue route(String code) {
    return CodedValue.builder().code(code).codeSystem("2.16.156.10011.2.3.1.158").build();
  }

  /** 药物剂型 01 (value set 2.16.156.10011.2.3.1.211). */
  private static CodedValue form() {
    return CodedValue.builder().code("01").codeSystem("2.16.156.10011.2.3.1.211").build();
  }

  // ---- values ----

  @Test
  void valueType_integerWhereText_error_codedVariant_info() {
    Section s = section("10154-3", "CHIEF COMPLAINT", obs("DE04.01.119.00", IntegerValue.of(3)));
    ValidationIssue issue = one(validate("C0002", s), ValidationRule.VALUE_TYPE, Severity.ERROR,
        BODY + "/component[1]/section/entry[1]/observation/value");
    assertTrue(issue.message().contains("INT") && issue.message().contains("ST"), issue::toString);
    CodedValue ce = CodedValue.builder().type(Hl7Type.CE).code("1").codeSystem("2.16.156.10011.2.3.1.85").build();
    one(validate("C0002", section("29548-5", "Diagnosis", obs("DE06.00.196.00", ce))), ValidationRule.VALUE_TYPE,
        Severity.INFO, BODY + "/component[1]/section/entry[1]/observation/value");
    none(validate("C0002", chiefComplaint()), ValidationRule.VALUE_TYPE);
  }

  @Test
  void valueFormat_tooLongForConfirmedFormat_error() {
    String path = BODY + "/component[1]/section/entry[1]/procedure/entryRelationship[1]/observation/value";
    ValidationIssue issue = one(validate("C0013", transfusionReason(101)), ValidationRule.VALUE_FORMAT,
        Severity.ERROR, path);
    assertEquals("DE06.00.107.00", issue.dataElement().get());
    assertTrue(issue.message().contains("AN..100"), issue::toString);
    none(validate("C0013", transfusionReason(100)), ValidationRule.VALUE_FORMAT);
  }

  @Test
  void valueFormat_lowConfidenceFormat_warningOnly() {
    // 疾病史(含外伤) AN..100 is held with LOW confidence in the catalog.
    Section s = section("11348-0", "HISTORY OF PAST ILLNESS", obs("DE02.10.026.00", Text.of(Reports.chars(101))));
    one(validate("C0001", s), ValidationRule.VALUE_FORMAT, Severity.WARNING,
        BODY + "/component[1]/section/entry[1]/observation/value");
  }

  /** 输血原因, a member of the transfusion procedure (C0013: one procedure act per transfusion). */
  private static Section transfusionReason(int length) {
    return section("56836-0", "History of blood transfusion", Entry.builder().shape(EntryShape.PROCEDURE)
        .addComponent(Entry.builder().dataElement("DE06.00.107.00").shape(EntryShape.ENTRY_RELATIONSHIP)
            .value(Text.of(Reports.chars(length))).build())
        .build());
  }

  @Test
  void codeInValueSet_requiredCompleteList_error() {
    ValidationIssue issue = one(validate("C0013", abo("9", "2.16.156.10011.2.3.1.85")),
        ValidationRule.CODE_IN_VALUE_SET, Severity.ERROR,
        BODY + "/component[1]/section/entry[1]/organizer/component[1]/observation/value/@code");
    assertTrue(issue.message().contains("2.16.156.10011.2.3.1.85 ABO血型代码表"), issue::toString);
    none(validate("C0013", abo("1", "2.16.156.10011.2.3.1.85")), ValidationRule.CODE_IN_VALUE_SET);
  }

  @Test
  void codeInValueSet_requiredPartialList_infoOnly() {
    Section diet = section("51848-0", "Assessment note", obs("DE03.00.080.00", CodedValue.builder().code("8")
        .codeSystem("2.16.156.10011.2.3.2.34").build()));
    diet = withSpecName("C0017", diet);
    one(validate("C0017", diet), ValidationRule.CODE_IN_VALUE_SET, Severity.INFO,
        BODY + "/component[1]/section/entry[1]/observation/value/@code");
  }

  @Test
  void codeInValueSet_exampleBinding_infoOnly() {
    // C0013's Rh(D) entry is in one corpus only: its binding is EXAMPLE
    one(validate("C0013", rh("9", "2.16.156.10011.2.3.1.250")), ValidationRule.CODE_IN_VALUE_SET, Severity.INFO,
        BODY + "/component[1]/section/entry[1]/organizer/component[1]/observation/value/@code");
  }

  @Test
  void codeSystem_notTheBoundOid_errorForRequired_infoForExample() {
    ValidationReport report = validate("C0013", abo("1", "2.16.156.10011.2.3.1.250"));
    one(report, ValidationRule.CODE_SYSTEM, Severity.ERROR,
        BODY + "/component[1]/section/entry[1]/organizer/component[1]/observation/value/@codeSystem");
    none(report, ValidationRule.CODE_IN_VALUE_SET);
    one(validate("C0013", rh("1", "2.16.156.10011.2.3.2.39")), ValidationRule.CODE_SYSTEM, Severity.INFO,
        BODY + "/component[1]/section/entry[1]/organizer/component[1]/observation/value/@codeSystem");
    none(validate("C0013", abo("1", "2.16.156.10011.2.3.1.85")), ValidationRule.CODE_SYSTEM);
  }

  private Section rh(String code, String system) {
    return withSpecName("C0013", section("30954-2", "STUDIES SUMMARY",
        organizer(obs("DE04.50.010.00", CodedValue.builder().code(code).codeSystem(system).build()))));
  }

  private Section abo(String code, String system) {
    return withSpecName("C0013", section("30954-2", "STUDIES SUMMARY",
        organizer(obs("DE04.50.001.00", CodedValue.builder().code(code).codeSystem(system).build()))));
  }

  @Test
  void valueUnit_otherUnitOrNone_warning_caseIgnored() {
    String path = BODY + "/component[1]/section/entry[1]/organizer/component[1]/observation/value";
    one(validate("C0017", systolic(PhysicalQuantity.of("120", "kPa"))), ValidationRule.VALUE_UNIT,
        Severity.WARNING, path + "/@unit");
    one(validate("C0017", systolic(PhysicalQuantity.unitless(new java.math.BigDecimal("120")))),
        ValidationRule.VALUE_UNIT, Severity.WARNING, path);
    none(validate("C0017", systolic(PhysicalQuantity.of("120", "mmHg"))), ValidationRule.VALUE_UNIT);
    none(validate("C0017", systolic(PhysicalQuantity.of("120", "MMHG"))), ValidationRule.VALUE_UNIT);
  }

  private Section systolic(PhysicalQuantity value) {
    return withSpecName("C0017", section("8716-3", "VITAL SIGNS", organizer(obs("DE04.10.174.00", value))));
  }

  @Test
  void valueChecks_nestedEntryAndBoolean_noIssues() {
    Entry flag = Entry.builder().dataElement("DE02.10.023.00").value(BooleanValue.TRUE).build();
    ValidationReport report = validate("C0002", section("48765-2", "Allergies, adverse reactions, alerts", flag));
    assertTrue(report.issues().isEmpty(), () -> TextReportWriter.render(report));
  }

  // ---- helpers ----

  private static Entry organizer(Entry... components) {
    Entry.Builder b = Entry.builder().shape(EntryShape.ORGANIZER_COMPONENT);
    for (Entry c : components) {
      b.addComponent(c);
    }
    return b.build();
  }

  /** {@code s} with the display name the spec of {@code code} gives its section. */
  private static Section withSpecName(String code, Section s) {
    SectionSpec spec = ValidDocuments.spec(code).section(s.key()).get();
    return s.toBuilder().displayName(spec.displayName()).build();
  }

  /** C0002 with 10154-3 required. */
  private static DocumentSpec sectionRequired() {
    return replaceSection("10154-3", s -> s.toBuilder().cardinality(Cardinality.REQUIRED).confidence(Confidence.HIGH)
        .build());
  }

  /** C0002 with 体格检查 required in 29545-1. */
  private static DocumentSpec entryRequired() {
    return replaceSection("29545-1", s -> {
      SectionSpec.Builder b = SectionSpec.builder().code(s.code().orElse(null)).displayName(s.displayName())
          .order(s.order()).cardinality(s.cardinality()).confidence(s.confidence());
      for (EntrySpec e : s.entries()) {
        b.addEntry(e.toBuilder().cardinality(Cardinality.REQUIRED).confidence(Confidence.HIGH).build());
      }
      return b.build();
    });
  }

  private static DocumentSpec replaceSection(String key, java.util.function.UnaryOperator<SectionSpec> change) {
    DocumentSpec spec = ValidDocuments.spec("C0002");
    DocumentSpec.Builder b = DocumentSpec.builder().standard(spec.standard()).part(spec.part())
        .code(spec.code(), spec.codeConfidence()).templateId(spec.templateId(), spec.templateIdConfidence())
        .titleZh(spec.titleZh()).titleEn(spec.titleEn());
    spec.header().forEach(b::addHeader);
    for (SectionSpec s : spec.sections()) {
      b.addSection(s.key().equals(key) ? change.apply(s) : s);
    }
    return b.build();
  }

  static DocumentValidator validator(DocumentSpec replacement) {
    List<DocumentSpec> specs = new ArrayList<>();
    for (DocumentSpec s : DocumentSpecRegistry.standard().all()) {
      specs.add(s.code().equals(replacement.code()) ? replacement : s);
    }
    return DocumentValidator.builder().clock(ValidDocuments.clock()).specs(DocumentSpecRegistry.of(specs)).build();
  }
}
