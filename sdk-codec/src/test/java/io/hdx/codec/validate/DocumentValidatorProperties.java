package io.hdx.codec.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.codec.cda.CdaEncoder;
import io.hdx.model.datatype.CodedValue;
import io.hdx.model.datatype.Hl7Value;
import io.hdx.model.datatype.InstanceIdentifier;
import io.hdx.model.datatype.PhysicalQuantity;
import io.hdx.model.datatype.PointInTime;
import io.hdx.model.datatype.Text;
import io.hdx.model.document.Address;
import io.hdx.model.document.ClinicalDocument;
import io.hdx.model.document.Entry;
import io.hdx.model.document.Organization;
import io.hdx.model.document.Participant;
import io.hdx.model.document.Patient;
import io.hdx.model.document.Section;
import io.hdx.model.spec.DocumentSpec;
import io.hdx.model.spec.DocumentSpecRegistry;
import io.hdx.model.testing.Choices;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * Properties of the validator over all 73 specs: complete valid documents have no error, reports never
 * contain a value from the document, and every issue's XPath points into the XML the encoder writes.
 */
class DocumentValidatorProperties {
  private static final List<DocumentSpec> SPECS = DocumentSpecRegistry.standard().all();
  private static final DocumentValidator VALIDATOR = ValidDocuments.validator();
  /** Rules whose XPath names where something absent belongs, which need not exist in the XML. */
  private static final Set<ValidationRule> ABSENT = EnumSet.of(ValidationRule.CDA_REQUIRED,
      ValidationRule.HEADER_MISSING, ValidationRule.SECTION_MISSING, ValidationRule.DOCUMENT_TITLE);

  @Test
  void everySpec_typedBuilderWithCompleteValidData_noError() throws Exception {
    assertEquals(73, SPECS.size());
    for (DocumentSpec spec : SPECS) {
      ClinicalDocument doc = new ValidDocuments(spec.code().hashCode()).document(spec);
      ValidationReport report = VALIDATOR.validate(doc);
      assertTrue(report.isValid(), () -> TextReportWriter.render(spec.code(), report));
      assertEquals(spec.code(), report.documentCode().get());
      assertEquals(report, VALIDATOR.validate(CdaEncoder.create().encode(doc)));
    }
  }

  @Property(tries = 150)
  void anySpec_encodedCompleteValidDocument_noError(@ForAll @IntRange(min = 0, max = 72) int spec,
      @ForAll Choices choices) throws Exception {
    ClinicalDocument doc = new ValidDocuments(choices.asRandom()).document(SPECS.get(spec));
    ValidationReport report = VALIDATOR.validate(CdaEncoder.create().encode(doc));
    assertEquals(0, report.count(Severity.ERROR), () -> TextReportWriter.render(SPECS.get(spec).code(), report));
  }

  @Property(tries = 100)
  void anyReport_rendered_neverContainsDocumentValues(@ForAll @IntRange(min = 0, max = 72) int spec,
      @ForAll Choices choices) throws Exception {
    Random rnd = choices.asRandom();
    String marker = marker(rnd);
    ClinicalDocument doc = corrupt(new ValidDocuments(rnd).document(SPECS.get(spec)), rnd, marker);
    ValidationReport report = VALIDATOR.validate(CdaEncoder.create().encode(doc));
    assertFalse(report.issues().isEmpty());
    String text = TextReportWriter.render("in.xml", report);
    String json = JsonReportWriter.render("in.xml", report);
    String html = HtmlReportWriter.render("in.xml", report);
    for (String rendered : new String[] {text, json, html, report.toString()}) {
      assertFalse(rendered.contains(marker), () -> "value leaked into:\n" + rendered);
    }
  }

  @Property(tries = 60)
  void anyIssue_xpathPointsIntoTheEncodedXml(@ForAll @IntRange(min = 0, max = 72) int spec,
      @ForAll Choices choices) throws Exception {
    Random rnd = choices.asRandom();
    ClinicalDocument doc = corrupt(new ValidDocuments(rnd).document(SPECS.get(spec)), rnd, marker(rnd));
    byte[] xml = CdaEncoder.create().encode(doc);
    ValidationReport report = VALIDATOR.validate(xml);
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(false);
    Document dom = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    javax.xml.xpath.XPath xpath = XPathFactory.newInstance().newXPath();
    for (ValidationIssue issue : report.issues()) {
      if (ABSENT.contains(issue.rule().get())) {
        continue;
      }
      String path = issue.xpath();
      int attribute = path.lastIndexOf("/@");
      String element = attribute < 0 ? path : path.substring(0, attribute);
      assertNotNull(xpath.evaluate(element, dom, XPathConstants.NODE), issue::toString);
    }
  }

  /** A string of letters that no report text contains by chance. */
  private static String marker(Random rnd) {
    StringBuilder sb = new StringBuilder("Qz");
    for (int i = 0; i < 8; i++) {
      sb.append((char) ('a' + rnd.nextInt(26)));
    }
    return sb.toString();
  }

  /**
   * {@code doc} with {@code marker} written into names, identifiers, contacts, texts, codes and units, and
   * with values broken so that many rules fire on them.
   */
  static ClinicalDocument corrupt(ClinicalDocument doc, Random rnd, String marker) {
    Patient p = doc.patient().get();
    Patient.Builder patient = p.toBuilder().name(marker + "123")
        .residentId(InstanceIdentifier.of("2.16.156.10011.1.3", marker))
        .addId(InstanceIdentifier.of("2.16.156.10011.1.99", marker))
        .address(Address.builder().state(marker).city(marker).houseNumber(marker).build()).telecom("tel:" + marker)
        .gender(CodedValue.builder().code(marker).codeSystem("2.16.156.10011.2.3.3.4").build())
        .birthTime(PointInTime.parse("20991231235959"));
    ClinicalDocument.Builder b = doc.toBuilder().title(marker).languageCode(marker).patient(patient.build())
        .custodian(Organization.of(InstanceIdentifier.of("2.16.156.10011.1.5", pad(marker, 18)), marker))
        .addAuthenticator(Participant.builder().time(PointInTime.parse("20990101"))
            .id(InstanceIdentifier.of("2.16.156.10011.1.3", marker)).roleName(marker).name(marker).build());
    if (rnd.nextBoolean()) {
      b.code(marker);
    }
    List<Section> sections = new ArrayList<>();
    for (Section s : doc.sections()) {
      Section.Builder section = s.toBuilder();
      List<Entry> entries = new ArrayList<>();
      for (Entry e : s.entries()) {
        entries.add(corrupt(e, rnd, marker));
      }
      sections.add(rebuild(section, entries));
    }
    sections.add(Section.builder().displayName(marker).text(marker)
        .addEntry(Entry.of(marker, Text.of(marker))).build());
    if (sections.size() > 2) {
      sections.add(sections.get(0));
    }
    return b.sections(sections).build();
  }

  /**
   * A slot of a drug or operation keeps its slot and takes only a broken value that fits it (the model's rule). A
   * coded slot keeps its code system: the decoder tells a slot's data element by it (an operation code in
   * procedure/code is ICD-9-CM-3) and keeps an act whose only slot it cannot name in the source only, which would
   * shift the positions of the entries after it.
   */
  private static Entry corrupt(Entry e, Random rnd, String marker) {
    boolean slot = e.position().isSlot();
    Hl7Value value = e.value().orElse(null);
    if (value != null) {
      Hl7Value broken = bad(value, rnd, marker);
      if (slot && broken instanceof CodedValue && value instanceof CodedValue) {
        broken = ((CodedValue) broken).toBuilder().codeSystem(((CodedValue) value).codeSystem()).build();
      }
      value = slot && !e.position().accepts(broken) ? value : broken;
    }
    List<Entry> children = new ArrayList<>();
    for (Entry child : e.components()) {
      children.add(corrupt(child, rnd, marker));
    }
    Entry.Builder fresh = Entry.builder().dataElement(e.dataElement().orElse(null))
        .displayName(slot ? null : marker).shape(e.shape()).position(e.position()).value(value)
        .effectiveTime(e.effectiveTime().orElse(null));
    for (Entry child : children) {
      fresh.addComponent(child);
    }
    return fresh.build();
  }

  private static Hl7Value bad(Hl7Value value, Random rnd, String marker) {
    switch (rnd.nextInt(6)) {
      case 0:
        return Text.of(marker + "12345678901234567890123456789012345678901234567890" + marker);
      case 1:
        return CodedValue.builder().code(marker).codeSystem(value instanceof CodedValue && rnd.nextBoolean()
            ? ((CodedValue) value).codeSystem() : "2.16.156.10011.2.3.9.9").displayName(marker).build();
      case 2:
        return PhysicalQuantity.of("123456.789", marker);
      case 3:
        return InstanceIdentifier.of("2.16.156.10011.1.3", marker);
      case 4:
        return PointInTime.parse("20991231");
      default:
        return value;
    }
  }

  private static Section rebuild(Section.Builder section, List<Entry> entries) {
    Section s = section.build();
    Section.Builder fresh = Section.builder().code(s.code().orElse(null)).displayName(s.displayName().orElse(null))
        .text(s.text().orElse(null));
    for (Entry e : entries) {
      fresh.addEntry(e);
    }
    return fresh.build();
  }

  private static String pad(String s, int length) {
    StringBuilder sb = new StringBuilder(s);
    while (sb.length() < length) {
      sb.append(s);
    }
    return sb.substring(0, length);
  }
}
