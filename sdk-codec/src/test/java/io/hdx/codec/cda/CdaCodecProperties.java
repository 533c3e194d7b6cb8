package io.hdx.codec.cda;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hdx.codec.DecodeResult;
import io.hdx.model.document.ClinicalDocument;
import io.hdx.model.spec.DocumentSpec;
import io.hdx.model.spec.DocumentSpecRegistry;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** decode(encode(doc)) equals doc for random documents of every spec, with no warnings. */
class CdaCodecProperties {
  private static final CdaEncoder ENCODER = CdaEncoder.create();
  private static final CdaDecoder DECODER = CdaDecoder.create();

  @Property(tries = 200)
  void decode_encodedDocument_equalsOriginal(@ForAll("documents") ClinicalDocument doc) {
    DecodeResult result = DECODER.decode(ENCODER.encode(doc));
    assertEquals(doc, result.document());
    assertEquals(0, result.warnings().size(), () -> result.warnings().toString());
  }

  @Provide
  Arbitrary<ClinicalDocument> documents() {
    List<DocumentSpec> specs = DocumentSpecRegistry.standard().all();
    return Combinators.combine(Arbitraries.of(specs), Arbitraries.longs(), Arbitraries.of(false, true))
        .as((spec, seed, complete) -> new TestDocuments(seed).document(spec, complete));
  }
}
