package io.hdx.codec.cda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.codec.CodecException;
import io.hdx.codec.DecodeLimits;
import io.hdx.codec.DecodeResult;
import io.hdx.codec.DecodeWarning;
import io.hdx.model.datatype.CodedValue;
import io.hdx.model.datatype.Hl7Type;
import io.hdx.model.datatype.NullFlavor;
import io.hdx.model.datatype.NullValue;
import io.hdx.model.datatype.PhysicalQuantity;
import io.hdx.model.datatype.PointInTime;
import io.hdx.model.datatype.Text;
import io.hdx.model.document.ClinicalDocument;
import io.hdx.model.document.Entry;
import io.hdx.model.document.Participant;
import io.hdx.model.document.Section;
import io.hdx.model.spec.EntryShape;
import io.hdx.model.spec.ValuePosition;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/** Encoder output form, refusals, and the value types of the public API. */
class CdaEncoderTest {
  private static ClinicalDocument.Builder doc() {
    return ClinicalDocument.builder().templateId("2.16.156.10011.2.1.1.54").code("C0034");
  }

  private static ClinicalDocument withEntry(Entry entry) {
    return doc().addSection(Section.builder().code("10154-3").addEntry(entry).build()).build();
  }

  @Test
  void encode_simpleObservation_writesPattern1() {
    String xml = new String(CdaEncoder.create().encode(withEntry(Entry.of("DE04.01.119.00", Text.of("x")))),
        StandardCharsets.UTF_8);
    assertTrue(xml.contains("<realmCode code=\"CN\"/><typeId root=\"2.16.840.1.113883.1.3\" "
        + "extension=\"POCD_MT000040\"/><templateId root=\"2.16.156.10011.2.1.1.54\"/>"), xml);
    assertTrue(xml.contains("<code code=\"10154-3\" codeSystem=\"2.16.840.1.113883.6.1\""), xml);
    assertTrue(xml.contains("<observation classCode=\"OBS\" moodCode=\"EVN\"><code code=\"DE04.01.119.00\" "
        + "codeSystem=\"2.16.156.10011.2.2.1\""), xml);
    assertTrue(xml.contains("<value xsi:type=\"ST\">x</value>"), xml);
  }

  @Test
  void decode_everyShapeWithDataElementAndDetail_roundTrips() {
    Section.Builder section = Section.builder().displayName("卫生事件");
    for (EntryShape shape : EntryShape.values()) {
      if (shape == EntryShape.ENTRY_RELATIONSHIP) {
        continue; // a detail only, never a section's entry
      }
      Entry.Builder e = Entry.builder().shape(shape).dataElement("DE06.00.094.00").displayName("n")
          .addComponent(Entry.builder().shape(shape == EntryShape.ORGANIZER_COMPONENT ? EntryShape.OBSERVATION
              : EntryShape.ENTRY_RELATIONSHIP).dataElement("DE04.01.119.00").value(Text.of("d")).build());
      if (shape == EntryShape.OBSERVATION) {
        e.value(Text.of("v"));
      }
      section.addEntry(e.build());
    }
    ClinicalDocument d = doc().addSection(section.build()).build();
    DecodeResult r = CdaDecoder.create().decode(CdaEncoder.create().encode(d));
    assertEquals(d, r.document());
    assertTrue(r.warnings().isEmpty(), r.warnings().toString());
  }

  @Test
  void encode_drugWithEverySlot_writesTheSampleFormAndRoundTrips() {
    Entry drug = Entry.builder().shape(EntryShape.SUBSTANCE_ADMINISTRATION)
        .addComponent(Entry.at(ValuePosition.DRUG_NAME, "DE08.50.022.00", Text.of("阿莫西林胶囊")))
        .addComponent(Entry.builder().shape(EntryShape.ENTRY_RELATIONSHIP).dataElement("DE08.50.043.00")
            .value(Text.of("0.25g×24粒")).build())
        .addComponent(Entry.at(ValuePosition.ROUTE_CODE, "DE06.00.134.00", CodedValue.builder().type(Hl7Type.CD)
            .code("1").codeSystem("2.16.156.10011.2.3.1.158").displayName("口服").build()))
        .addComponent(Entry.at(ValuePosition.DOSE_QUANTITY, "DE08.50.023.00",
            PhysicalQuantity.of(new BigDecimal("0.5"), "g")))
        .addComponent(Entry.at(ValuePosition.RATE_QUANTITY, "DE06.00.133.00",
            PhysicalQuantity.of(new BigDecimal("3"), "次/日")))
        .addComponent(Entry.at(ValuePosition.ADMINISTRATION_UNIT_CODE, "DE08.50.011.00", CodedValue.builder()
            .type(Hl7Type.CE).code("4").codeSystem("2.16.156.10011.2.3.1.211").build()))
        .build();
    Entry operation = Entry.builder().shape(EntryShape.PROCEDURE)
        .effectiveTime(PointInTime.parse("20240105093000"))
        .addComponent(Entry.at(ValuePosition.ACT_CODE, "DE06.00.093.00", CodedValue.builder().type(Hl7Type.CD)
            .code("47.0901").codeSystem("2.16.156.10011.2.3.3.12").build()))
        .addComponent(Entry.at(ValuePosition.TARGET_SITE_CODE, "DE06.00.187.00", NullValue.of(Hl7Type.CD,
            NullFlavor.UNK)))
        .addComponent(Entry.builder().shape(EntryShape.ENTRY_RELATIONSHIP).dataElement("DE06.00.094.00")
            .value(Text.of("阑尾切除术")).build())
        .build();
    ClinicalDocument d = doc().code("C0004").addSection(Section.builder().code("10160-0").addEntry(drug).build())
        .addSection(Section.builder().code("47519-4").addEntry(operation).build()).build();
    String xml = new String(CdaEncoder.create().encode(d), StandardCharsets.UTF_8);
    assertTrue(xml.contains("<substanceAdministration classCode=\"SBADM\" moodCode=\"EVN\"><routeCode code=\"1\""
        + " codeSystem=\"2.16.156.10011.2.3.1.158\" displayName=\"口服\"/><doseQuantity value=\"0.5\" unit=\"g\"/>"
        + "<rateQuantity value=\"3\" unit=\"次/日\"/><administrationUnitCode xsi:type=\"CE\" code=\"4\""
        + " codeSystem=\"2.16.156.10011.2.3.1.211\"/><consumable><manufacturedProduct><manufacturedLabeledDrug>"
        + "<name>阿莫西林胶囊</name></manufacturedLabeledDrug></manufacturedProduct></consumable>"
        + "<entryRelationship typeCode=\"COMP\"><observation"), xml);
    assertTrue(xml.contains("<procedure classCode=\"PROC\" moodCode=\"EVN\"><code code=\"47.0901\""
        + " codeSystem=\"2.16.156.10011.2.3.3.12\"/><effectiveTime value=\"20240105093000\"/>"
        + "<targetSiteCode nullFlavor=\"UNK\"/><entryRelationship typeCode=\"COMP\">"), xml);
    DecodeResult r = CdaDecoder.create().decode(xml.getBytes(StandardCharsets.UTF_8));
    assertEquals(d, r.document());
    assertTrue(r.warnings().isEmpty(), r.warnings().toString());
  }

  @Test
  void decode_procedureCodeOfAnUnknownSystemInAnUnknownDocument_keptInTheSourceOnly() {
    String xml = new String(CdaEncoder.create().encode(doc().code("X9999").addSection(Section.builder()
        .code("47519-4").addEntry(Entry.builder().shape(EntryShape.PROCEDURE).addComponent(Entry.builder()
            .shape(EntryShape.ENTRY_RELATIONSHIP).dataElement("DE06.00.094.00").value(Text.of("x")).build())
            .build()).build()).build()), StandardCharsets.UTF_8)
        .replace("<procedure classCode=\"PROC\" moodCode=\"EVN\">",
            "<procedure classCode=\"PROC\" moodCode=\"EVN\"><code code=\"1\" codeSystem=\"1.2.3\"/>");
    DecodeResult r = CdaDecoder.create().decode(xml.getBytes(StandardCharsets.UTF_8));
    assertEquals(1, r.warnings().size(), r.warnings().toString());
    assertEquals(DecodeWarning.UNKNOWN_ELEMENT, r.warnings().get(0).code());
    assertTrue(r.warnings().get(0).xpath().endsWith("/procedure/code"), r.warnings().get(0).xpath());
  }

  @Test
  void encode_nestedObservationUnderAct_refused() {
    Entry parent = Entry.builder().dataElement("DE06.00.093.00").shape(EntryShape.PROCEDURE)
        .addComponent(Entry.of("DE04.01.119.00", Text.of("x"))).build();
    CodecException e = assertThrows(CodecException.class, () -> CdaEncoder.create().encode(withEntry(parent)));
    assertEquals("CDA-0202", e.errorCode());
    assertEquals(-1, e.line());
    assertTrue(e.xpath().endsWith("/entry/procedure"), e.xpath());
  }

  @Test
  void encode_participantWithCodeAndRoleName_refused() {
    Participant both = Participant.builder().roleName("r").code(CodedValue.builder().type(Hl7Type.CE).code("1")
        .codeSystem("2.16.156.10011.2.3.3.8").build()).build();
    CodecException e = assertThrows(CodecException.class,
        () -> CdaEncoder.create().encode(doc().addAuthor(both).build()));
    assertEquals("CDA-0202", e.errorCode());
  }

  @Test
  void encode_characterXmlDisallows_failsWithoutQuotingIt() {
    CodecException e = assertThrows(CodecException.class,
        () -> CdaEncoder.create().encode(withEntry(Entry.of("DE04.01.119.00", Text.of("a\u0001b")))));
    assertEquals("CDA-0201", e.errorCode());
    assertFalse(e.getMessage().contains("a\u0001b"));
  }

  @Test
  void decodeLimits_builder_defaultsAndEquality() {
    DecodeLimits d = DecodeLimits.defaults();
    assertEquals(100, d.maxDepth());
    assertEquals(500, d.maxAttributes());
    assertEquals(64L * 1024 * 1024, d.maxDocumentBytes());
    assertEquals(d, d.toBuilder().build());
    assertEquals(d.hashCode(), d.toBuilder().build().hashCode());
    assertNotEquals(d, d.toBuilder().maxDepth(5).build());
    assertThrows(IllegalArgumentException.class, () -> DecodeLimits.builder().maxDepth(0).build());
  }

  @Test
  void decodeWarningAndResult_equality_overAllFields() {
    DecodeWarning w = new DecodeWarning(DecodeWarning.UNKNOWN_ELEMENT, "/a", 1, 2, "m");
    assertEquals(w, new DecodeWarning(DecodeWarning.UNKNOWN_ELEMENT, "/a", 1, 2, "m"));
    assertNotEquals(w, new DecodeWarning(DecodeWarning.UNKNOWN_ELEMENT, "/a", 1, 3, "m"));
    ClinicalDocument d = doc().build();
    DecodeResult r = new DecodeResult(d, Collections.singletonList(w));
    assertEquals(r, new DecodeResult(d, Collections.singletonList(w)));
    assertEquals(r.hashCode(), new DecodeResult(d, Collections.singletonList(w)).hashCode());
    assertNotEquals(r, new DecodeResult(d, Collections.<DecodeWarning>emptyList()));
  }
}
