package io.hdx.codec.cda;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.codec.DecodeResult;
import io.hdx.codec.json.JsonDecoder;
import io.hdx.codec.json.JsonEncoder;
import io.hdx.codec.validate.DocumentValidator;
import io.hdx.codec.validate.ValidationIssue;
import io.hdx.codec.validate.ValidationReport;
import io.hdx.model.datatype.Hl7Type;
import io.hdx.model.datatype.NullFlavor;
import io.hdx.model.datatype.NullValue;
import io.hdx.model.datatype.PointInTime;
import io.hdx.model.datatype.Text;
import io.hdx.model.datatype.TimeInterval;
import io.hdx.model.document.ClinicalDocument;
import io.hdx.model.document.Encounter;
import io.hdx.model.document.Entry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/**
 * An effectiveTime in every form CDA R2 gives it (IVL_TS on the encompassing encounter and on the clinical
 * statements, issue 10 item 2): a point, an interval (low/high, as the standard's inpatient examples write the
 * encounter) and a null flavor are read into the model, written back as they were, carried through JSON, and do
 * not raise "required, missing".
 */
class EffectiveTimeFormsTest {
  private static final String CORPUS = "src/test/resources/io/hdx/codec/validate/corpus/deviations/";
  private static final CdaDecoder DECODER = CdaDecoder.create();
  private static final CdaEncoder ENCODER = CdaEncoder.create();

  private static byte[] read(String name) throws IOException {
    return Files.readAllBytes(Paths.get(CORPUS + name));
  }

  /** A document of the standard with a header and no sections (d07 without its body). */
  private static ClinicalDocument base() throws IOException {
    ClinicalDocument d = DECODER.decode(read("d07-encounter-ivl-ts.xml")).document();
    return ClinicalDocument.builder().templateId(d.templateId()).code(d.code()).id(d.id().get())
        .effectiveTime(d.effectiveTime().get()).patient(d.patient().get()).addAuthor(d.authors().get(0))
        .custodian(d.custodian().get()).build();
  }

  @Test
  void decode_encounterIvlTs_lowAndHighInTheModelSourceKept() throws IOException {
    byte[] xml = read("d07-encounter-ivl-ts.xml");
    DecodeResult r = DECODER.decode(xml);
    Encounter e = r.document().encounter().get();
    assertEquals(TimeInterval.of(PointInTime.parse("20240312093000"), PointInTime.parse("20240312113000")),
        e.time().get());
    assertEquals(PointInTime.parse("20240312093000"), e.effectiveTime().get(), "the encounter began at low");
    assertFalse(r.warnings().stream().anyMatch(w -> w.xpath().contains("encompassingEncounter/effectiveTime")),
        r.warnings()::toString);
    assertArrayEquals(xml, ENCODER.encode(r.document(), r.source().get()));
    String fresh = new String(ENCODER.encode(r.document()), StandardCharsets.UTF_8);
    assertTrue(fresh.contains("<effectiveTime><low value=\"20240312093000\"/><high value=\"20240312113000\"/>"
        + "</effectiveTime>"), "written fresh as an interval");
    assertEquals(r.document(), DECODER.decode(fresh.getBytes(StandardCharsets.UTF_8)).document());
  }

  @Test
  void decode_encounterNullFlavorNi_keptAndNotReportedMissing() throws IOException {
    byte[] xml = read("d08-encounter-nullflavor.xml");
    DecodeResult r = DECODER.decode(xml);
    assertEquals(NullValue.of(Hl7Type.IVL_TS, NullFlavor.NI), r.document().encounter().get().time().get());
    assertFalse(r.document().encounter().get().effectiveTime().isPresent());
    ValidationReport report = DocumentValidator.builder().build().validate(xml);
    for (ValidationIssue issue : report.issues()) {
      assertFalse(issue.xpath().startsWith("/ClinicalDocument/componentOf/encompassingEncounter/effectiveTime"),
          issue::toString);
    }
  }

  @Test
  void encode_encounterWithoutTime_writesUnknownAndReadsBackAsNone() throws IOException {
    ClinicalDocument doc = base().toBuilder()
        .encounter(Encounter.of((PointInTime) null, null)).build();
    String xml = new String(ENCODER.encode(doc), StandardCharsets.UTF_8);
    assertTrue(xml.contains("<effectiveTime nullFlavor=\"UNK\"/>"), xml);
    assertFalse(DECODER.decode(xml.getBytes(StandardCharsets.UTF_8)).document().encounter().get().time()
        .isPresent());
  }

  @Test
  void json_entryAndEncounterTimes_roundTripInEveryForm() throws IOException {
    Entry point = Entry.builder().dataElement("DE04.01.119.00").value(Text.of("x"))
        .effectiveTime(PointInTime.parse("20240101")).build();
    Entry interval = Entry.builder().dataElement("DE04.01.119.00").value(Text.of("y"))
        .effectiveTime(TimeInterval.of(PointInTime.parse("20240101"), null)).build();
    Entry unknown = Entry.builder().dataElement("DE04.01.119.00").value(Text.of("z"))
        .effectiveTime(NullValue.of(Hl7Type.IVL_TS, NullFlavor.UNK)).build();
    ClinicalDocument doc = base().toBuilder()
        .encounter(Encounter.of(NullValue.of(Hl7Type.IVL_TS, NullFlavor.NI), null))
        .addSection(io.hdx.model.document.Section.builder().code("10164-2").addEntry(point).addEntry(interval)
            .addEntry(unknown).build())
        .build();
    String json = new String(JsonEncoder.create().encode(doc), StandardCharsets.UTF_8);
    assertTrue(json.contains("\"effectiveTime\":\"20240101\""), json);
    assertTrue(json.contains("\"effectiveTime\":{\"type\":\"IVL_TS\",\"low\":\"20240101\"}"), json);
    assertTrue(json.contains("\"effectiveTime\":{\"type\":\"IVL_TS\",\"nullFlavor\":\"NI\"}"), json);
    assertEquals(doc, JsonDecoder.create().decode(json).document());
    assertEquals(doc, DECODER.decode(ENCODER.encode(doc)).document());
  }

  @Test
  void entryBuilder_timeOfAnotherType_refused() {
    assertThrows(IllegalArgumentException.class, () -> Entry.builder().dataElement("DE04.01.119.00")
        .value(Text.of("x")).effectiveTime(Text.of("yesterday")).build());
    assertThrows(IllegalArgumentException.class, () -> Encounter.of(NullValue.of(Hl7Type.CD, NullFlavor.NI), null));
  }

  @Test
  void validate_entryIntervalLowAfterHigh_valueInvalidNotRefused() throws IOException {
    String xml = new String(ENCODER.encode(base().toBuilder()
        .addSection(io.hdx.model.document.Section.builder().code("10164-2").addEntry(Entry.builder()
            .dataElement("DE04.01.119.00").value(Text.of("x"))
            .effectiveTime(TimeInterval.of(PointInTime.parse("20240101"), PointInTime.parse("20240102"))).build())
            .build()).build()), StandardCharsets.UTF_8);
    byte[] reversed = xml.replace("<low value=\"20240101\"/><high value=\"20240102\"/>",
        "<low value=\"20240102\"/><high value=\"20240101\"/>").getBytes(StandardCharsets.UTF_8);
    DecodeResult r = DECODER.decode(reversed);
    assertFalse(r.document().sections().get(0).entries().get(0).time().get().isValid());
    ValidationReport report = DocumentValidator.builder().build().validate(reversed);
    assertTrue(report.issues().stream().anyMatch(i -> i.ruleId().equals("value-invalid")
        && i.xpath().endsWith("/observation/effectiveTime")), report.issues()::toString);
  }
}
