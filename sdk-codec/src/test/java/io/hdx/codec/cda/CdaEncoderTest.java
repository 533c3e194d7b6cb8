package io.hdx.codec.cda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.model.datatype.CodedValue;
import io.hdx.model.datatype.Hl7Type;
import io.hdx.model.datatype.Text;
import io.hdx.model.document.ClinicalDocument;
import io.hdx.model.document.Entry;
import io.hdx.model.document.Participant;
import io.hdx.model.document.Section;
import io.hdx.model.spec.EntryShape;
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
  void decode_everyActShapeWithValueAndDetail_roundTrips() {
    Section.Builder section = Section.builder().displayName("卫生事件");
    for (EntryShape shape : EntryShape.values()) {
      if (shape == EntryShape.ORGANIZER_COMPONENT) {
        section.addEntry(Entry.builder().shape(shape).dataElement("DE04.50.001.00")
            .addComponent(Entry.of("DE04.50.010.00", Text.of("o"))).build());
        continue;
      }
      Entry.Builder e = Entry.builder().shape(shape).dataElement("DE06.00.093.00").displayName("n")
          .value(Text.of(shape.name()));
      if (shape != EntryShape.ENTRY_RELATIONSHIP) {
        e.addComponent(Entry.builder().shape(EntryShape.ENTRY_RELATIONSHIP).dataElement("DE04.01.119.00")
            .value(Text.of("d")).build());
      }
      section.addEntry(e.build());
    }
    ClinicalDocument d = doc().addSection(section.build()).build();
    DecodeResult r = CdaDecoder.create().decode(CdaEncoder.create().encode(d));
    assertEquals(d, r.document());
    assertTrue(r.warnings().isEmpty(), r.warnings().toString());
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
