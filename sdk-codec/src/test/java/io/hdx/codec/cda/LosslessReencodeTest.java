package io.hdx.codec.cda;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.codec.CodecException;
import io.hdx.codec.DecodeResult;
import io.hdx.codec.DecodeWarning;
import io.hdx.model.datatype.Text;
import io.hdx.model.document.ClinicalDocument;
import io.hdx.model.document.Entry;
import io.hdx.model.document.Patient;
import io.hdx.model.document.Section;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A vendor's document decodes and re-encodes losslessly, unchanged or changed. */
class LosslessReencodeTest {
  private static final CdaDecoder DECODER = CdaDecoder.create();
  private static final CdaEncoder ENCODER = CdaEncoder.create();

  static byte[] sample(String name) {
    try (InputStream in = LosslessReencodeTest.class.getResourceAsStream("samples/" + name)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[8192];
      for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
        out.write(buf, 0, n);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void reencode_unchangedVendorDocument_isTheSource() {
    byte[] xml = sample("C0002-vendor.xml");
    DecodeResult r = DECODER.decode(xml);
    assertArrayEquals(xml, ENCODER.encode(r.document(), r.source().get()));
  }

  @Test
  void decode_vendorDocument_reportsWhatTheModelDoesNotHold() {
    DecodeResult r = DECODER.decode(sample("C0002-vendor.xml"));
    List<String> paths = new ArrayList<>();
    for (DecodeWarning w : r.warnings()) {
      paths.add(w.xpath());
    }
    assertTrue(paths.contains("/ClinicalDocument/exportBatch"), paths::toString);
    assertTrue(paths.contains("/ClinicalDocument/templateId[2]"), paths::toString);
    assertEquals("C0002", r.document().code());
    assertEquals(6, r.document().sections().size());
  }

  @Test
  void reencode_changedVendorDocument_keepsVendorContentAndAppliesChanges() {
    byte[] xml = sample("C0002-vendor.xml");
    DecodeResult r = DECODER.decode(xml);
    ClinicalDocument doc = r.document();
    Patient patient = doc.patient().get().toBuilder().name("另一患者").build();
    List<Section> sections = new ArrayList<>(doc.sections());
    Section complaint = sections.get(1);
    sections.set(1, Section.builder().code(complaint.code().orElse(null)).displayName(complaint.displayName()
        .orElse(null)).text(complaint.text().orElse(null)).addEntry(Entry.of("DE04.01.119.00", Text.of("发热1天")))
        .build());
    sections.remove(3);
    ClinicalDocument changed = doc.toBuilder().title("门诊病历").patient(patient).sections(sections).build();

    byte[] out = ENCODER.encode(changed, r.source().get());

    assertEquals(changed, DECODER.decode(out).document());
    String s = new String(out, StandardCharsets.UTF_8);
    for (String kept : new String[] {"his:exportBatch", "his:sourceField", "1.2.3.4.5.vendor.template",
        "<content styleCode=\"Bold\">青霉素</content>", "<doseQuantity value=\"0.5\" unit=\"g\"/>",
        "<!-- 文档流水号 -->", "xml-stylesheet", "<title>过敏史</title>", "contextControlCode=\"OP\""}) {
      assertTrue(s.contains(kept), kept);
    }
    assertFalse(s.contains("体格检查"), "the removed section is gone");
    assertFalse(s.contains("反复咳嗽"), "the replaced value is gone");
    assertTrue(s.contains("发热1天") && s.contains("另一患者") && s.contains("<title>门诊病历</title>"));
  }

  @Test
  void reencode_valueChangedOnly_differsOnlyThere() {
    byte[] xml = sample("C0002-vendor.xml");
    DecodeResult r = DECODER.decode(xml);
    ClinicalDocument changed = r.document().toBuilder().title("门诊病历").build();
    byte[] out = ENCODER.encode(changed, r.source().get());
    assertEquals(Optional.of("/ClinicalDocument/title[1]/text()"), XmlEquivalence.firstDifference(xml, out));
    byte[] back = ENCODER.encode(r.document(), DECODER.decode(out).source().get());
    assertTrue(XmlEquivalence.equivalent(xml, back), () -> XmlEquivalence.firstDifference(xml, back).toString());
  }

  @Test
  void reencode_prefixedNamespace_changesUseTheVendorsPrefix() {
    String xml = new String(sample("C0002-vendor.xml"), StandardCharsets.UTF_8)
        .replaceAll("<(/?)([A-Za-z]+[ />])", "<$1v3:$2")
        .replace("xmlns=\"urn:hl7-org:v3\"", "xmlns:v3=\"urn:hl7-org:v3\"");
    DecodeResult r = DECODER.decode(xml.getBytes(StandardCharsets.UTF_8));
    assertEquals(6, r.document().sections().size());
    Section added = Section.builder().code("10157-6").displayName("Family history")
        .addEntry(Entry.of("DE02.10.103.00", Text.of("无"))).build();
    ClinicalDocument changed = r.document().toBuilder().addSection(added).build();

    byte[] out = ENCODER.encode(changed, r.source().get());

    assertEquals(changed, DECODER.decode(out).document());
    String s = new String(out, StandardCharsets.UTF_8);
    assertFalse(s.contains("xmlns=\"urn:hl7-org:v3\""), "no second binding of the HL7 namespace");
    assertTrue(s.contains("<v3:section><v3:code code=\"10157-6\""), "the new section uses the vendor's prefix");
    assertTrue(s.contains("xsi:type=\"v3:ST\""), "xsi:type is qualified where the default namespace is not HL7");
  }

  @Test
  void decode_noNamespace_lenientWarnsStrictRefuses() {
    byte[] xml = new String(sample("C0002-vendor.xml"), StandardCharsets.UTF_8)
        .replace("xmlns=\"urn:hl7-org:v3\" ", "").getBytes(StandardCharsets.UTF_8);
    DecodeResult r = DECODER.decode(xml);
    assertEquals(DecodeWarning.NO_NAMESPACE, r.warnings().get(0).code());
    assertEquals(DECODER.decode(sample("C0002-vendor.xml")).document(), r.document());
    CodecException e = org.junit.jupiter.api.Assertions.assertThrows(CodecException.class,
        () -> CdaDecoder.builder().mode(DecodeMode.STRICT).build().decode(xml));
    assertEquals(DecodeWarning.NO_NAMESPACE, e.errorCode());
  }

  @Test
  void decode_paddedCodesAndSeparatedTimes_lenientNormalizes() {
    byte[] xml = new String(sample("C0002-vendor.xml"), StandardCharsets.UTF_8)
        .replace("<birthTime value=\"19491231\"/>", "<birthTime value=\"1949-12-31\"/>")
        .replace("<value xsi:type=\"BL\" value=\"true\"/>", "<value xsi:type=\"BL\" value=\"1\"/>")
        .replace("code=\"J20.900\"", "code=\"J20.900  \"").getBytes(StandardCharsets.UTF_8);
    DecodeResult r = DECODER.decode(xml);
    assertEquals(DECODER.decode(sample("C0002-vendor.xml")).document(), r.document());
    List<String> codes = new ArrayList<>();
    for (DecodeWarning w : r.warnings()) {
      codes.add(w.code());
    }
    assertTrue(codes.containsAll(java.util.Arrays.asList(DecodeWarning.TIMESTAMP_NORMALIZED,
        DecodeWarning.BOOLEAN_NORMALIZED, DecodeWarning.WHITESPACE_TRIMMED)), codes::toString);
    assertArrayEquals(xml, ENCODER.encode(r.document(), r.source().get()), "the source is what goes back");
  }
}
