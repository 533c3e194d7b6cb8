package io.hdx.codec.cda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.codec.DecodeResult;
import io.hdx.codec.json.JsonDecoder;
import io.hdx.codec.json.JsonEncoder;
import io.hdx.model.datatype.CodedValue;
import io.hdx.model.document.ClinicalDocument;
import io.hdx.model.document.Entry;
import io.hdx.model.document.Section;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/**
 * The role label of a data element code, {@code code/qualifier/name/@displayName} (HL7 V3 CD.qualifier), as the
 * WS/T 500 examples tell 中医病名代码 from 中医证候代码 under one code DE05.10.130.00 (issue 10 item 2): read into
 * {@link Entry#qualifier()}, written back, carried through JSON; what else a qualifier holds stays in the source.
 */
class QualifierTest {
  private static final CdaDecoder DECODER = CdaDecoder.create();
  private static final CdaEncoder ENCODER = CdaEncoder.create();

  private static ClinicalDocument document(Entry entry) throws IOException {
    ClinicalDocument d = DECODER.decode(Files.readAllBytes(Paths.get(
        "src/test/resources/io/hdx/codec/validate/corpus/deviations/d07-encounter-ivl-ts.xml"))).document();
    return ClinicalDocument.builder().templateId(d.templateId()).code(d.code()).id(d.id().get())
        .effectiveTime(d.effectiveTime().get()).patient(d.patient().get()).addAuthor(d.authors().get(0))
        .custodian(d.custodian().get()).addSection(Section.builder().code("29548-5").addEntry(entry).build()).build();
  }

  private static Entry tcm(String label) {
    return Entry.builder().dataElement("DE05.10.130.00").displayName(label).qualifier(label)
        .value(CodedValue.builder().code("BNG010").codeSystem("2.16.156.10011.2.3.3.14").build()).build();
  }

  @Test
  void encodeDecode_qualifier_writtenAsCodeQualifierNameAndReadBack() throws IOException {
    ClinicalDocument doc = document(tcm("中医证候代码"));
    String xml = new String(ENCODER.encode(doc), StandardCharsets.UTF_8);
    assertTrue(xml.contains("<qualifier><name displayName=\"中医证候代码\"/></qualifier></code>"), xml);
    DecodeResult r = DECODER.decode(xml.getBytes(StandardCharsets.UTF_8));
    assertEquals(doc, r.document());
    assertFalse(r.warnings().stream().anyMatch(w -> w.xpath().contains("qualifier")), r.warnings()::toString);
  }

  @Test
  void json_qualifier_roundTrips() throws IOException {
    ClinicalDocument doc = document(tcm("中医病名代码"));
    String json = new String(JsonEncoder.create().encode(doc), StandardCharsets.UTF_8);
    assertTrue(json.contains("\"qualifier\":\"中医病名代码\""), json);
    assertEquals(doc, JsonDecoder.create().decode(json).document());
  }

  @Test
  void decode_qualifierWithACodedName_keptInTheSourceOnly() throws IOException {
    String xml = new String(ENCODER.encode(document(tcm("中医证候代码"))), StandardCharsets.UTF_8)
        .replace("<name displayName=\"中医证候代码\"/>", "<name code=\"x\" codeSystem=\"1.2.3\"/>");
    DecodeResult r = DECODER.decode(xml.getBytes(StandardCharsets.UTF_8));
    assertFalse(r.document().sections().get(0).entries().get(0).qualifier().isPresent());
    assertTrue(r.warnings().stream().anyMatch(w -> w.code().equals("CDA-0901") && w.xpath().endsWith("qualifier/name")),
        r.warnings()::toString);
    assertEquals(xml, new String(ENCODER.encode(r.document(), r.source().get()), StandardCharsets.UTF_8));
  }

  @Test
  void build_qualifierWithoutDataElement_refused() {
    assertThrows(IllegalArgumentException.class, () -> Entry.builder().qualifier("x")
        .addComponent(tcm("中医病名代码")).build());
  }
}
