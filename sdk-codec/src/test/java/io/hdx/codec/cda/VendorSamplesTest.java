package io.hdx.codec.cda;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.codec.DecodeResult;
import io.hdx.codec.DecodeWarning;
import io.hdx.model.datatype.BooleanValue;
import io.hdx.model.datatype.CodedValue;
import io.hdx.model.datatype.Hl7Value;
import io.hdx.model.datatype.IntegerValue;
import io.hdx.model.datatype.MonetaryAmount;
import io.hdx.model.datatype.PhysicalQuantity;
import io.hdx.model.datatype.PointInTime;
import io.hdx.model.datatype.Text;
import io.hdx.model.document.ClinicalDocument;
import io.hdx.model.document.Entry;
import io.hdx.model.document.Section;
import io.hdx.model.spec.EntryShape;
import io.hdx.model.testing.SharedReference;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.UnaryOperator;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Vendor-style WS/T 500 documents (samples/, synthetic, written in the habits of the public samples; see
 * sdk-model/src/build/facts/wst500-entry-forms.md) decode, re-encode unchanged to their own bytes, and
 * re-encode a changed model so that (a) the output decodes to exactly the changed model and (b) everything the
 * change did not touch is still there: re-encoding the original model against the output's source gives back
 * the sample (XML-equivalent), or, for a dropped section, the output equals the sample without that section.
 */
class VendorSamplesTest {
  private static final CdaDecoder DECODER = CdaDecoder.create();
  private static final CdaEncoder ENCODER = CdaEncoder.create();
  private static final String V3 = "urn:hl7-org:v3";

  static List<String> samples() {
    return Arrays.asList("C0002-vendor.xml", "C0032-sample.xml", "C0034-sample.xml", "C0004-sample.xml");
  }

  /*
   * The samples a case about drugs and operations applies to, named here rather than found by an assumption at run
   * time (a sample edited so that it no longer has what a case needs fails samplesOfEachCase_areExactlyTheseSamples
   * instead of silently skipping the case).
   */

  /** The samples with a substanceAdministration or procedure entry (C0034 has none). */
  static List<String> samplesWithActs() {
    return Arrays.asList("C0002-vendor.xml", "C0032-sample.xml", "C0004-sample.xml");
  }

  /** The samples with a drug or procedure that holds a nested detail besides other members. */
  static List<String> samplesWithActDetailAmongOthers() {
    return Arrays.asList("C0032-sample.xml", "C0004-sample.xml");
  }

  /** The samples with a drug or procedure that has an effectiveTime. */
  static List<String> samplesWithTimedActs() {
    return Arrays.asList("C0032-sample.xml");
  }

  @Test
  void samplesOfEachCase_areExactlyTheseSamples() {
    List<String> withActs = new ArrayList<>();
    List<String> withDetail = new ArrayList<>();
    List<String> timed = new ArrayList<>();
    for (String name : samples()) {
      List<Entry> acts = acts(DECODER.decode(LosslessReencodeTest.sample(name)).document());
      if (!acts.isEmpty()) {
        withActs.add(name);
      }
      if (acts.stream().anyMatch(VendorSamplesTest::hasDetailAmongOthers)) {
        withDetail.add(name);
      }
      if (acts.stream().anyMatch(e -> e.effectiveTime().isPresent())) {
        timed.add(name);
      }
    }
    assertEquals(samplesWithActs(), withActs);
    assertEquals(samplesWithActDetailAmongOthers(), withDetail);
    assertEquals(samplesWithTimedActs(), timed);
  }

  // ---- decode ----

  /**
   * The counts document what the model does not hold today (CDA-0901) and the narrative markup read as text.
   * Drug and operation slots are read into the model and empty placeholders ({@code <text/>}) are silent;
   * C0032's fee items (HDSD00.11 data-set item codes, code system 2.16.156.10011.2.2.4) are read as entries; the
   * people of an operation are not held.
   */
  @ParameterizedTest(name = "{0}: {1} sections, {2} warnings")
  @CsvSource({
      "C0002-vendor.xml, 6, 6",
      "C0032-sample.xml, 13, 10",
      "C0034-sample.xml, 13, 2",
      "C0004-sample.xml, 3, 1"})
  void decode_sample_readsAllSectionsWithKnownWarnings(String name, int sections, int warnings) {
    DecodeResult r = DECODER.decode(LosslessReencodeTest.sample(name));
    assertEquals(sections, r.document().sections().size());
    for (DecodeWarning w : r.warnings()) {
      assertTrue(w.code().equals(DecodeWarning.UNKNOWN_ELEMENT) || w.code().equals(DecodeWarning.NARRATIVE_MARKUP),
          w::toString);
    }
    assertEquals(warnings, r.warnings().size(), () -> r.warnings().toString());
    assertTrue(r.source().isPresent());
  }

  @ParameterizedTest
  @MethodSource("samples")
  void decode_nonObservationActs_readAsEntriesOfTheirDetailObservations(String name) {
    ClinicalDocument doc = DECODER.decode(LosslessReencodeTest.sample(name)).document();
    for (Entry act : acts(doc)) {
      assertEquals(Optional.empty(), act.dataElement(), "the public forms put no data element on the act");
      assertEquals(Optional.empty(), act.value(), "and no REFR value");
      for (Entry detail : act.components()) {
        assertEquals(EntryShape.ENTRY_RELATIONSHIP, detail.shape());
        assertTrue(detail.dataElement().isPresent());
      }
    }
  }

  // ---- unchanged ----

  @ParameterizedTest
  @MethodSource("samples")
  void reencode_unchanged_isTheSourceBytes(String name) {
    byte[] xml = LosslessReencodeTest.sample(name);
    DecodeResult r = DECODER.decode(xml);
    assertArrayEquals(xml, ENCODER.encode(r.document(), r.source().get()));
  }

  // ---- changed ----

  @ParameterizedTest
  @MethodSource("samples")
  void reencode_titleChanged_differsOnlyThereAndKeepsTheRest(String name) {
    byte[] xml = LosslessReencodeTest.sample(name);
    DecodeResult r = DECODER.decode(xml);
    ClinicalDocument changed = r.document().toBuilder().title("测试标题").build();

    byte[] out = ENCODER.encode(changed, r.source().get());

    assertEquals(changed, DECODER.decode(out).document());
    assertEquals(Optional.of("/ClinicalDocument/title[1]/text()"), XmlEquivalence.firstDifference(xml, out));
    assertRevertGivesTheSample(xml, r.document(), out);
  }

  @ParameterizedTest
  @MethodSource("samples")
  void reencode_patientNameChanged_differsOnlyThereAndKeepsTheRest(String name) {
    byte[] xml = LosslessReencodeTest.sample(name);
    DecodeResult r = DECODER.decode(xml);
    ClinicalDocument doc = r.document();
    ClinicalDocument changed = doc.toBuilder().patient(doc.patient().get().toBuilder().name("另一测试患者").build())
        .build();

    byte[] out = ENCODER.encode(changed, r.source().get());

    assertEquals(changed, DECODER.decode(out).document());
    assertTrue(XmlEquivalence.firstDifference(xml, out).get().endsWith("/patient[1]/name[1]/text()"),
        () -> XmlEquivalence.firstDifference(xml, out).toString());
    assertRevertGivesTheSample(xml, doc, out);
  }

  @ParameterizedTest
  @MethodSource("samples")
  void reencode_legalAuthenticatorNameChanged_keepsTheRest(String name) {
    byte[] xml = LosslessReencodeTest.sample(name);
    DecodeResult r = DECODER.decode(xml);
    ClinicalDocument doc = r.document();
    ClinicalDocument changed = doc.toBuilder().legalAuthenticator(doc.legalAuthenticator().get().toBuilder()
        .name("另一测试医师").build()).build();

    byte[] out = ENCODER.encode(changed, r.source().get());

    assertEquals(changed, DECODER.decode(out).document());
    assertRevertGivesTheSample(xml, doc, out);
  }

  /** A second drug or operation, written in the writer's form, next to the vendor's. */
  @ParameterizedTest
  @MethodSource("samplesWithActs")
  void reencode_nonObservationActAdded_keepsTheRest(String name) {
    byte[] xml = LosslessReencodeTest.sample(name);
    DecodeResult r = DECODER.decode(xml);
    List<Section> sections = new ArrayList<>(r.document().sections());
    for (int i = 0; i < sections.size(); i++) {
      Section s = sections.get(i);
      if (!s.entries().isEmpty() && isAct(s.entries().get(0))) {
        Entry copy = rebuild(s.entries().get(0), s.entries().get(0).components());
        List<Entry> entries = new ArrayList<>(s.entries());
        entries.add(1, copy);
        sections.set(i, withEntries(s, entries));
        break;
      }
    }
    ClinicalDocument changed = r.document().toBuilder().sections(sections).build();
    assertNotEquals(r.document().sections(), changed.sections());

    assertMergesExactly(xml, r, changed);
  }

  @ParameterizedTest
  @MethodSource("samples")
  void reencode_firstTextValueChanged_keepsTheRest(String name) {
    byte[] xml = LosslessReencodeTest.sample(name);
    DecodeResult r = DECODER.decode(xml);
    ClinicalDocument changed = replaceFirst(r.document(), (e, parent) -> e.value().orElse(null) instanceof Text,
        e -> e.toBuilder().value(Text.of("已修改的测试内容")).build());
    assertNotEquals(r.document(), changed);

    assertMergesExactly(xml, r, changed);
  }

  /** Every value the model holds, changed one at a time (depth first), merges into exactly that change. */
  @ParameterizedTest
  @MethodSource("samples")
  void reencode_eachValueChangedInTurn_appliesThatChangeAndKeepsTheRest(String name) {
    byte[] xml = LosslessReencodeTest.sample(name);
    DecodeResult r = DECODER.decode(xml);
    List<String> failures = new ArrayList<>();
    int changes = 0;
    for (Section s : r.document().sections()) {
      for (Entry e : s.entries()) {
        changes += mutable(e);
      }
    }
    for (int n = 0; n < changes; n++) {
      int[] seen = {0};
      int target = n;
      ClinicalDocument changed =
          replaceFirst(r.document(), (e, parent) -> mutated(e) != null && seen[0]++ == target, e -> mutated(e));
      byte[] out = ENCODER.encode(changed, r.source().get());
      if (!changed.equals(DECODER.decode(out).document())) {
        failures.add("value " + n + ": the output does not decode to the changed model");
        continue;
      }
      byte[] back = ENCODER.encode(r.document(), DECODER.decode(out).source().get());
      Optional<String> diff = XmlEquivalence.firstDifference(xml, back);
      if (diff.isPresent()) {
        failures.add("value " + n + ": reverting differs from the sample at " + diff.get());
      }
    }
    assertTrue(changes > 0);
    assertEquals(new ArrayList<String>(), failures);
  }

  /** How many entries in {@code e} (itself included) {@link #mutated} varies. */
  private static int mutable(Entry e) {
    int n = mutated(e) == null ? 0 : 1;
    for (Entry c : e.components()) {
      n += mutable(c);
    }
    return n;
  }

  /** {@code e} with a different value of the same type, or null when its value is absent or not varied here. */
  private static Entry mutated(Entry e) {
    Hl7Value v = e.value().orElse(null);
    Hl7Value w = null;
    if (v instanceof Text) {
      w = Text.of(((Text) v).value() + "改");
    } else if (v instanceof CodedValue) {
      w = ((CodedValue) v).toBuilder().code(((CodedValue) v).code() + "9").build();
    } else if (v instanceof PhysicalQuantity) {
      PhysicalQuantity q = (PhysicalQuantity) v;
      w = q.unit().isPresent() ? PhysicalQuantity.of(q.value().add(BigDecimal.ONE), q.unit().get())
          : PhysicalQuantity.unitless(q.value().add(BigDecimal.ONE));
    } else if (v instanceof BooleanValue) {
      w = BooleanValue.of(!((BooleanValue) v).value());
    } else if (v instanceof IntegerValue) {
      w = IntegerValue.of(((IntegerValue) v).value() + 1);
    } else if (v instanceof MonetaryAmount) {
      MonetaryAmount m = (MonetaryAmount) v;
      w = MonetaryAmount.of(m.value().add(BigDecimal.ONE), m.currency().orElse(null));
    }
    return w == null ? null : e.toBuilder().value(w).build();
  }

  @ParameterizedTest
  @MethodSource("samplesWithActs")
  void reencode_detailOfANonObservationActChanged_keepsTheActsAttributes(String name) {
    byte[] xml = LosslessReencodeTest.sample(name);
    DecodeResult r = DECODER.decode(xml);
    ClinicalDocument changed = replaceFirst(r.document(),
        (e, parent) -> parent != null && isAct(parent) && e.value().orElse(null) instanceof Text,
        e -> e.toBuilder().value(Text.of("已修改的测试明细")).build());
    assertNotEquals(r.document(), changed);

    assertMergesExactly(xml, r, changed);
  }

  @ParameterizedTest
  @MethodSource("samples")
  void reencode_entryAddedToFirstSection_keepsTheRest(String name) {
    byte[] xml = LosslessReencodeTest.sample(name);
    DecodeResult r = DECODER.decode(xml);
    List<Section> sections = new ArrayList<>(r.document().sections());
    sections.set(0, withEntries(sections.get(0), append(sections.get(0).entries(),
        Entry.builder().dataElement("DE06.00.179.00").displayName("备注").value(Text.of("新增的测试条目")).build())));
    ClinicalDocument changed = r.document().toBuilder().sections(sections).build();

    assertMergesExactly(xml, r, changed);
  }

  @ParameterizedTest
  @MethodSource("samplesWithActs")
  void reencode_detailAddedToANonObservationAct_keepsTheActsAttributes(String name) {
    byte[] xml = LosslessReencodeTest.sample(name);
    DecodeResult r = DECODER.decode(xml);
    Entry detail = Entry.builder().dataElement("DE06.00.136.00").displayName("药物用法")
        .shape(EntryShape.ENTRY_RELATIONSHIP).value(Text.of("测试用法")).build();
    ClinicalDocument changed = replaceFirst(r.document(), (e, parent) -> isAct(e),
        e -> rebuild(e, append(e.components(), detail)));

    assertMergesExactly(xml, r, changed);
  }

  @ParameterizedTest
  @MethodSource("samplesWithActDetailAmongOthers")
  void reencode_detailRemovedFromANonObservationAct_keepsTheActsAttributes(String name) {
    byte[] xml = LosslessReencodeTest.sample(name);
    DecodeResult r = DECODER.decode(xml);
    ClinicalDocument changed = replaceFirst(r.document(), (e, parent) -> isAct(e) && hasDetailAmongOthers(e),
        e -> rebuild(e, withoutFirstDetail(e)));

    byte[] out = ENCODER.encode(changed, r.source().get());

    assertEquals(changed, DECODER.decode(out).document());
    String s = new String(out, StandardCharsets.UTF_8);
    for (String kept : new String[] {"<routeCode", "<performer>", "manufacturedLabeledDrug>", "<participant "}) {
      assertEquals(new String(xml, StandardCharsets.UTF_8).contains(kept), s.contains(kept), kept);
    }
  }

  @ParameterizedTest
  @MethodSource("samplesWithTimedActs")
  void reencode_effectiveTimeOfANonObservationActChanged_keepsTheRest(String name) {
    byte[] xml = LosslessReencodeTest.sample(name);
    DecodeResult r = DECODER.decode(xml);
    ClinicalDocument changed = replaceFirst(r.document(), (e, parent) -> isAct(e) && e.effectiveTime().isPresent(),
        e -> rebuild(e.toBuilder().effectiveTime(PointInTime.parse("202404051200")).build(), e.components()));

    assertMergesExactly(xml, r, changed);
  }

  @ParameterizedTest
  @MethodSource("samples")
  void reencode_sectionDropped_outputIsTheSampleWithoutThatSection(String name) throws Exception {
    byte[] xml = LosslessReencodeTest.sample(name);
    DecodeResult r = DECODER.decode(xml);
    List<Section> sections = new ArrayList<>(r.document().sections());
    int dropped = 1;
    sections.remove(dropped);
    ClinicalDocument changed = r.document().toBuilder().sections(sections).build();

    byte[] out = ENCODER.encode(changed, r.source().get());

    assertEquals(changed, DECODER.decode(out).document());
    byte[] expected = withoutBodyComponent(xml, dropped);
    assertEquals(Optional.empty(), XmlEquivalence.firstDifference(expected, out));
  }

  /**
   * Every top-level entry removed in turn; where a section's entries are all modelled, the output equals the sample
   * without that entry element.
   */
  @ParameterizedTest
  @MethodSource("samples")
  void reencode_eachEntryRemovedInTurn_removesOnlyThatEntry(String name) throws Exception {
    byte[] xml = LosslessReencodeTest.sample(name);
    DecodeResult r = DECODER.decode(xml);
    List<String> failures = new ArrayList<>();
    List<Section> all = r.document().sections();
    for (int i = 0; i < all.size(); i++) {
      int inXml = bodyEntryCount(xml, i);
      for (int k = 0; k < all.get(i).entries().size(); k++) {
        List<Section> sections = new ArrayList<>(all);
        List<Entry> entries = new ArrayList<>(all.get(i).entries());
        entries.remove(k);
        sections.set(i, withEntries(all.get(i), entries));
        ClinicalDocument changed = r.document().toBuilder().sections(sections).build();
        byte[] out = ENCODER.encode(changed, r.source().get());
        if (!changed.equals(DECODER.decode(out).document())) {
          failures.add("section " + i + " entry " + k + ": the output does not decode to the changed model");
        } else if (inXml == all.get(i).entries().size()) {
          Optional<String> diff = XmlEquivalence.firstDifference(withoutEntry(xml, i, k), out);
          if (diff.isPresent()) {
            failures.add("section " + i + " entry " + k + ": differs from the sample without it at " + diff.get());
          }
        }
      }
    }
    assertEquals(new ArrayList<String>(), failures);
  }

  @ParameterizedTest
  @MethodSource("samples")
  void reencode_severalChangesAtOnce_keepsTheRest(String name) {
    byte[] xml = LosslessReencodeTest.sample(name);
    DecodeResult r = DECODER.decode(xml);
    ClinicalDocument doc = r.document();
    ClinicalDocument changed = replaceFirst(doc, (e, parent) -> e.value().orElse(null) instanceof Text,
        e -> e.toBuilder().value(Text.of("已修改的测试内容")).build());
    List<Section> sections = new ArrayList<>(changed.sections());
    int last = sections.size() - 1;
    sections.set(last, withEntries(sections.get(last), append(sections.get(last).entries(),
        Entry.of("DE06.00.179.00", Text.of("新增的测试条目")))));
    changed = changed.toBuilder().title("测试标题").sections(sections)
        .patient(doc.patient().get().toBuilder().name("另一测试患者").build()).build();

    byte[] out = ENCODER.encode(changed, r.source().get());

    assertEquals(changed, DECODER.decode(out).document());
    assertRevertGivesTheSample(xml, doc, out);
  }

  // ---- schema ----

  /** The WS/T 500-style fixtures, and what a merge makes of them, validate against SDA.xsd. */
  @ParameterizedTest
  @CsvSource({"C0032-sample.xml", "C0034-sample.xml", "C0004-sample.xml"})
  void reencode_changedSample_staysValidAgainstSdaXsd(String name) throws Exception {
    Path sda = SharedReference.require("schemas", "sdschemas", "SDA.xsd");
    Schema schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(sda.toFile());
    byte[] xml = LosslessReencodeTest.sample(name);
    schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
    DecodeResult r = DECODER.decode(xml);
    ClinicalDocument changed = replaceFirst(r.document(), (e, parent) -> e.value().orElse(null) instanceof Text,
        e -> e.toBuilder().value(Text.of("已修改的测试内容")).build());
    List<Section> sections = new ArrayList<>(changed.sections());
    sections.set(0, withEntries(sections.get(0), append(sections.get(0).entries(),
        Entry.of("DE06.00.179.00", Text.of("新增的测试条目")))));
    sections.remove(sections.size() - 1);
    changed = changed.toBuilder().title("测试标题").sections(sections).build();

    byte[] out = ENCODER.encode(changed, r.source().get());

    schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(out)));
  }

  // ---- a TreeMerge regression (fixed): an unmodelled entry first ----

  /**
   * A section whose source starts with an entry the model does not hold (a supply whose code is of a system
   * that is no data element) followed by a modelled observation. TreeMerge once paired the source entries with
   * the model's rendering by name only, so a change landed in the unmodelled entry.
   */
  static final String UNMODELLED_FIRST = "<ClinicalDocument xmlns=\"urn:hl7-org:v3\""
      + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n"
      + "<templateId root=\"2.16.156.10011.2.1.1.68\"/><code code=\"C0048\" codeSystem=\"2.16.156.10011.2.4\"/>\n"
      + "<component><structuredBody><component><section>\n"
      + "<code code=\"47519-4\" codeSystem=\"2.16.840.1.113883.6.1\"/>\n"
      + "<entry>\n <supply classCode=\"SPLY\" moodCode=\"EVN\">\n"
      + "  <code code=\"43.41013\" codeSystem=\"1.2.156.99\"/>\n </supply>\n</entry>\n"
      + "<entry>\n <observation classCode=\"OBS\" moodCode=\"EVN\">\n"
      + "  <code code=\"DE06.00.094.00\" codeSystem=\"2.16.156.10011.2.2.1\"/>\n"
      + "  <value xsi:type=\"ST\">A</value>\n </observation>\n</entry>\n"
      + "</section></component></structuredBody></component></ClinicalDocument>\n";

  @Test
  void reencode_valueChangedAfterAnUnmodelledEntry_changesTheModelledEntry() {
    DecodeResult r = DECODER.decode(UNMODELLED_FIRST.getBytes(StandardCharsets.UTF_8));
    ClinicalDocument changed = replaceFirst(r.document(), (e, parent) -> true,
        e -> e.toBuilder().value(Text.of("B")).build());

    byte[] out = ENCODER.encode(changed, r.source().get());

    assertEquals(changed, DECODER.decode(out).document());
  }

  @Test
  void reencode_entryDroppedAfterAnUnmodelledEntry_keepsTheUnmodelledEntry() {
    byte[] xml = UNMODELLED_FIRST.getBytes(StandardCharsets.UTF_8);
    DecodeResult r = DECODER.decode(xml);
    List<Section> sections = new ArrayList<>();
    sections.add(withEntries(r.document().sections().get(0), new ArrayList<Entry>()));
    ClinicalDocument changed = r.document().toBuilder().sections(sections).build();

    byte[] out = ENCODER.encode(changed, r.source().get());

    assertTrue(new String(out, StandardCharsets.UTF_8).contains("43.41013"), "the unmodelled entry is kept");
    assertEquals(changed, DECODER.decode(out).document());
  }

  /**
   * A section narrative with markup (as the C0002 fixture and many vendors write it): the model holds it as plain
   * text. Changing that text keeps the source's markup elements as if they were vendor extensions and writes the
   * new text next to them, so the output reads back as old text + new text.
   */
  @Test
  void reencode_narrativeWithMarkupChanged_readsBackAsTheNewText() {
    String xml = "<ClinicalDocument xmlns=\"urn:hl7-org:v3\">"
        + "<templateId root=\"2.16.156.10011.2.1.1.54\"/><code code=\"C0034\" codeSystem=\"2.16.156.10011.2.4\"/>"
        + "<component><structuredBody><component><section>"
        + "<code code=\"10154-3\" codeSystem=\"2.16.840.1.113883.6.1\"/>"
        + "<text><paragraph>A</paragraph></text>"
        + "</section></component></structuredBody></component></ClinicalDocument>";
    DecodeResult r = DECODER.decode(xml.getBytes(StandardCharsets.UTF_8));
    List<Section> sections = new ArrayList<>();
    sections.add(r.document().sections().get(0).toBuilder().text("B").build());
    ClinicalDocument changed = r.document().toBuilder().sections(sections).build();

    byte[] out = ENCODER.encode(changed, r.source().get());

    // Today: <text><paragraph>A</paragraph>B</text>, which reads back as "AB".
    assertEquals(changed, DECODER.decode(out).document());
  }

  // ---- helpers ----

  /** Re-encoding the original model against the changed output's source gives back the sample. */
  /** Re-encodes {@code changed} against the sample: it decodes to exactly {@code changed} and reverts to the sample. */
  private static void assertMergesExactly(byte[] xml, DecodeResult r, ClinicalDocument changed) {
    byte[] out = ENCODER.encode(changed, r.source().get());

    assertEquals(changed, DECODER.decode(out).document());
    assertRevertGivesTheSample(xml, r.document(), out);
  }

  private static void assertRevertGivesTheSample(byte[] xml, ClinicalDocument original, byte[] out) {
    DecodeResult again = DECODER.decode(out);
    byte[] back = ENCODER.encode(original, again.source().get());
    assertEquals(Optional.empty(), XmlEquivalence.firstDifference(xml, back));
  }

  private static boolean isAct(Entry e) {
    return e.shape() == EntryShape.SUBSTANCE_ADMINISTRATION || e.shape() == EntryShape.PROCEDURE;
  }

  private static List<Entry> acts(ClinicalDocument doc) {
    List<Entry> out = new ArrayList<>();
    for (Section s : doc.sections()) {
      for (Entry e : s.entries()) {
        if (isAct(e)) {
          out.add(e);
        }
      }
    }
    return out;
  }

  /** {@code doc} with the first entry (depth first) that {@code where} accepts (entry, parent or null) replaced. */
  private static ClinicalDocument replaceFirst(ClinicalDocument doc, BiPredicate<Entry, Entry> where,
      UnaryOperator<Entry> how) {
    boolean[] done = {false};
    List<Section> sections = new ArrayList<>();
    for (Section s : doc.sections()) {
      List<Entry> entries = new ArrayList<>();
      for (Entry e : s.entries()) {
        entries.add(replace(e, null, where, how, done));
      }
      sections.add(withEntries(s, entries));
    }
    assertTrue(done[0], "no entry to change");
    return doc.toBuilder().sections(sections).build();
  }

  private static Entry replace(Entry e, Entry parent, BiPredicate<Entry, Entry> where, UnaryOperator<Entry> how,
      boolean[] done) {
    if (done[0]) {
      return e;
    }
    if (where.test(e, parent)) {
      done[0] = true;
      return how.apply(e);
    }
    List<Entry> components = new ArrayList<>();
    for (Entry c : e.components()) {
      components.add(replace(c, e, where, how, done));
    }
    return rebuild(e, components);
  }

  /** The members of act {@code e} that are nested observations, not slots. */
  private static List<Entry> details(Entry e) {
    List<Entry> details = new ArrayList<>();
    for (Entry c : e.components()) {
      if (!c.position().isSlot()) {
        details.add(c);
      }
    }
    return details;
  }

  private static boolean hasDetailAmongOthers(Entry act) {
    return !details(act).isEmpty() && act.components().size() > 1;
  }

  /** The members of act {@code e} without its first nested observation. */
  private static List<Entry> withoutFirstDetail(Entry e) {
    List<Entry> kept = new ArrayList<>(e.components());
    kept.remove(details(e).get(0));
    return kept;
  }

  private static Entry rebuild(Entry e, List<Entry> components) {
    Entry.Builder b = Entry.builder().dataElement(e.dataElement().orElse(null)).displayName(e.displayName()
        .orElse(null)).shape(e.shape()).position(e.position()).value(e.value().orElse(null))
        .effectiveTime(e.effectiveTime().orElse(null));
    for (Entry c : components) {
      b.addComponent(c);
    }
    return b.build();
  }

  private static Section withEntries(Section s, List<Entry> entries) {
    Section.Builder b = Section.builder().code(s.code().orElse(null)).displayName(s.displayName().orElse(null))
        .text(s.text().orElse(null));
    for (Entry e : entries) {
      b.addEntry(e);
    }
    return b.build();
  }

  private static List<Entry> append(List<Entry> entries, Entry added) {
    List<Entry> out = new ArrayList<>(entries);
    out.add(added);
    return out;
  }

  /** {@code xml} without the {@code index}-th (0-based) component of its structuredBody. */
  private static byte[] withoutBodyComponent(byte[] xml, int index) throws Exception {
    Document d = parse(xml);
    Element body = (Element) d.getElementsByTagNameNS(V3, "structuredBody").item(0);
    Element component = child(body, "component", index);
    body.removeChild(component);
    return serialize(d);
  }

  /** {@code xml} without the {@code k}-th entry of the section in the {@code index}-th body component. */
  private static byte[] withoutEntry(byte[] xml, int index, int k) throws Exception {
    Document d = parse(xml);
    Element section = child(child((Element) d.getElementsByTagNameNS(V3, "structuredBody").item(0), "component",
        index), "section", 0);
    section.removeChild(child(section, "entry", k));
    return serialize(d);
  }

  /** How many entry elements the section in the {@code index}-th body component has. */
  private static int bodyEntryCount(byte[] xml, int index) throws Exception {
    Element section = child(child((Element) parse(xml).getElementsByTagNameNS(V3, "structuredBody").item(0),
        "component", index), "section", 0);
    int n = 0;
    while (child(section, "entry", n) != null) {
      n++;
    }
    return n;
  }

  private static Element child(Element parent, String local, int index) {
    int seen = 0;
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element && V3.equals(n.getNamespaceURI()) && local.equals(n.getLocalName())
          && seen++ == index) {
        return (Element) n;
      }
    }
    return null;
  }

  private static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  private static byte[] serialize(Document d) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TransformerFactory.newInstance().newTransformer().transform(new DOMSource(d), new StreamResult(out));
    return out.toByteArray();
  }
}
