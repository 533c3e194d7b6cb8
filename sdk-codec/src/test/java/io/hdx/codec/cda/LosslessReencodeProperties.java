package io.hdx.codec.cda;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.codec.DecodeResult;
import io.hdx.model.document.ClinicalDocument;
import io.hdx.model.spec.DocumentSpec;
import io.hdx.model.spec.DocumentSpecRegistry;
import io.hdx.model.testing.Choices;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Lossless re-encoding over random documents of every spec, whose XML a "vendor" has decorated with
 * comments, indentation and elements of its own namespace: unchanged documents come back as the source;
 * changed ones decode to exactly the new document, and vendor content outside the changes survives.
 */
class LosslessReencodeProperties {
  private static final CdaEncoder ENCODER = CdaEncoder.create();
  private static final CdaDecoder DECODER = CdaDecoder.create();
  private static final String VENDOR = "<his:note xmlns:his=\"urn:example:his\" k=\"v\"/>";

  @Property(tries = 150)
  void reencode_anyChange_decodesToTheNewDocument(@ForAll("pairs") ClinicalDocument[] pair,
      @ForAll Choices decorations) {
    byte[] source = decorate(ENCODER.encode(pair[0]), decorations.asRandom());
    DecodeResult r = DECODER.decode(source);
    assertEquals(pair[0], r.document());
    assertArrayEquals(source, ENCODER.encode(r.document(), r.source().get()));

    byte[] out = ENCODER.encode(pair[1], r.source().get());
    DecodeResult back = DECODER.decode(out);
    assertEquals(pair[1], back.document(), () -> "canonical encodings differ at "
        + XmlEquivalence.firstDifference(ENCODER.encode(pair[1]), ENCODER.encode(back.document())));
    assertTrue(back.warnings().size() <= r.warnings().size(), "no new unknown content appears");
    if (pair[1].equals(pair[0])) {
      assertArrayEquals(source, out);
    }
  }

  @Provide
  Arbitrary<ClinicalDocument[]> pairs() {
    List<DocumentSpec> specs = DocumentSpecRegistry.standard().all();
    // one time in five the second is the first again (an unchanged document)
    return Combinators.combine(Arbitraries.of(specs), Choices.any(), Choices.any(), Arbitraries.integers().between(0, 4))
        .as((spec, first, second, unchanged) -> new ClinicalDocument[] {document(spec, first),
            document(spec, unchanged == 0 ? first : second)});
  }

  private static ClinicalDocument document(DocumentSpec spec, Choices choices) {
    Random rnd = choices.asRandom();
    return new TestDocuments(rnd, false).document(spec, rnd.nextBoolean());
  }

  /**
   * Inserts, after random start tags of elements that hold elements, a comment, a newline with
   * indentation or a vendor element; never inside text-valued elements, whose text would change.
   */
  static byte[] decorate(byte[] xml, Random rnd) {
    String s = new String(xml, StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder(s.length() * 2);
    int i = 0;
    while (i < s.length()) {
      int lt = s.indexOf('<', i);
      if (lt < 0) {
        out.append(s, i, s.length());
        break;
      }
      int gt = s.indexOf('>', lt);
      out.append(s, i, gt + 1);
      i = gt + 1;
      boolean start = s.charAt(lt + 1) != '/' && s.charAt(lt + 1) != '?' && s.charAt(gt - 1) != '/';
      boolean holdsElements = i + 1 < s.length() && s.charAt(i) == '<' && s.charAt(i + 1) != '/';
      if (start && holdsElements) {
        switch (rnd.nextInt(4)) {
          case 0:
            out.append("<!-- 注释 -->");
            break;
          case 1:
            out.append("\n    ");
            break;
          case 2:
            out.append(VENDOR);
            break;
          default:
            break;
        }
      }
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }
}
