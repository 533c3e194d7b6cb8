package io.hdx.codec.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hdx.codec.DecodeResult;
import io.hdx.codec.cda.CdaDecoder;
import io.hdx.codec.cda.CdaEncoder;
import io.hdx.codec.cda.TestDocuments;
import io.hdx.model.datatype.Hl7Value;
import io.hdx.model.datatype.MonetaryAmount;
import io.hdx.model.datatype.PhysicalQuantity;
import io.hdx.model.datatype.RealValue;
import io.hdx.model.document.ClinicalDocument;
import io.hdx.model.document.Entry;
import io.hdx.model.document.Section;
import io.hdx.model.spec.DocumentSpec;
import io.hdx.model.spec.DocumentSpecRegistry;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** decode(encode(doc)) equals doc for random documents of every spec, on every input and output form. */
class JsonCodecProperties {
  private static final JsonEncoder ENCODER = JsonEncoder.create();
  private static final JsonEncoder PRETTY = JsonEncoder.create().with(JsonEncodeFeature.PRETTY_PRINT);
  private static final JsonDecoder DECODER = JsonDecoder.create();
  private static final JsonDecoder STRICT = JsonDecoder.create().with(JsonDecodeFeature.REFUSE_UNKNOWN_FIELDS);

  @Property(tries = 300)
  void decode_encodedDocument_equalsOriginal(@ForAll("documents") ClinicalDocument doc) {
    DecodeResult result = DECODER.decode(ENCODER.encode(doc));
    assertEquals(doc, result.document());
    assertEquals(0, result.warnings().size(), () -> result.warnings().toString());
  }

  @Property(tries = 100)
  void decode_everyInputAndOutputForm_equalsOriginal(@ForAll("documents") ClinicalDocument doc) {
    byte[] compact = ENCODER.encode(doc);
    StringWriter text = new StringWriter();
    PRETTY.encode(doc, text);
    assertEquals(doc, STRICT.decode(compact).document());
    assertEquals(doc, STRICT.decode(new ByteArrayInputStream(compact)).document());
    assertEquals(doc, STRICT.decode(text.toString()).document());
    assertEquals(doc, STRICT.decode(new StringReader(text.toString())).document());
    assertEquals(doc, DECODER.decode(PRETTY.encode(doc)).document());
  }

  /** XML → model → JSON → model → XML: the same document and the same XML bytes. */
  @Property(tries = 150)
  void xmlDecode_throughJson_equalsAndWritesSameXml(@ForAll("documents") ClinicalDocument doc) {
    byte[] xml = CdaEncoder.create().encode(doc);
    ClinicalDocument fromXml = CdaDecoder.create().decode(xml).document();
    ClinicalDocument throughJson = DECODER.decode(ENCODER.encode(fromXml)).document();
    assertEquals(fromXml, throughJson);
    assertEquals(doc, CdaDecoder.create().decode(CdaEncoder.create().encode(throughJson)).document());
    assertArrayEquals(xml, CdaEncoder.create().encode(throughJson));
  }

  /** Any BigDecimal, negative and large scales included, comes back with the same value and scale. */
  @Property(tries = 300)
  void decode_decimals_keepValueAndScale(@ForAll long unscaled, @ForAll @IntRange(min = -100, max = 100) int scale) {
    BigDecimal d = new BigDecimal(BigInteger.valueOf(unscaled), scale);
    Section.Builder s = Section.builder().code("8716-3");
    for (Hl7Value v : new Hl7Value[] {PhysicalQuantity.of(d, "mmHg"), RealValue.of(d), MonetaryAmount.of(d, "CNY")}) {
      s.addEntry(Entry.of("DE04.10.174.00", v));
    }
    ClinicalDocument doc = ClinicalDocument.builder().templateId("2.16.156.10011.2.1.1.54").code("C0034")
        .addSection(s.build()).build();
    assertEquals(doc, DECODER.decode(ENCODER.encode(doc)).document());
  }

  @Provide
  Arbitrary<ClinicalDocument> documents() {
    List<DocumentSpec> specs = DocumentSpecRegistry.standard().all();
    return Combinators.combine(Arbitraries.of(specs), Arbitraries.longs(), Arbitraries.of(false, true))
        .as((spec, seed, complete) -> new TestDocuments(seed).document(spec, complete));
  }
}
