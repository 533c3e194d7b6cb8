package io.hdx.deid.hanlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import io.hdx.security.deid.EntityRecognizer;
import io.hdx.security.deid.TextSpan;
import io.hdx.security.deid.ValueKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Person, place and organization names in Chinese free text, found by HanLP's named-entity
 * recognition (com.hankcs:hanlp, portable build, Apache-2.0; its dictionaries ship in its jar, no
 * network): the part of the free-text scan ({@link io.hdx.security.deid.TextScanner}) for names
 * that appear nowhere else in the document, so that the patterns and the header's names cannot
 * find them. HanLP's part-of-speech natures map to kinds: {@code nr*} (person names, including
 * transliterated and Japanese) to {@link ValueKind#NAME}, {@code ns*} (places) to {@link
 * ValueKind#ADDRESS}, {@code nt*} (organizations: hospitals, companies, schools) to {@link
 * ValueKind#OTHER}.
 *
 * <pre>{@code
 * Deidentifier deid = Deidentifier.builder()
 *     .policy(Policies.gbt37964()).keys(keys)
 *     .textScanner(TextScanner.withRecognizer(HanlpRecognizer.create()))
 *     .build();
 * }</pre>
 *
 * <p>HanLP loads its dictionaries on first use (a few seconds, once per JVM). Nothing of the text is
 * logged.
 *
 * <p>Throughput: about 8,000 clinical sentences per CPU-second of one thread once the JIT has compiled
 * HanLP (measured in {@code HanlpRecognizerTest.throughput_measured}); the first sentences of a JVM run
 * much slower. Place recognition costs about half of that (without it: about 20,000 per CPU-second), and
 * is kept: it is what finds the names of villages and towns that are in no dictionary ({@code 刘庄镇}).
 *
 * <p>Thread safety: immutable; all calls share one segmenter, configured once when first used and never
 * again, which HanLP's analysis calls allow from many threads (HanLP's author, hankcs/HanLP issue 732:
 * analysis keeps its state on the stack; only configuration changes a segmenter). Serializable: a
 * deserialized recognizer configures its own segmenter in the JVM it lands in.
 *
 * @since 0.1.0
 */
public final class HanlpRecognizer implements EntityRecognizer {
  private static final long serialVersionUID = 1L;

  /** The segmenter, configured once on first use (not serialized: HanLP's objects are not serializable). */
  private transient volatile Segment segment;

  private HanlpRecognizer() {}

  /** A recognizer of person, place and organization names. */
  public static HanlpRecognizer create() {
    return new HanlpRecognizer();
  }

  @Override
  public List<TextSpan> find(String text) {
    Objects.requireNonNull(text, "text");
    if (text.isEmpty()) {
      return Collections.emptyList();
    }
    List<TextSpan> spans = new ArrayList<>();
    for (Term term : segment().seg(text)) {
      ValueKind kind = kindOf(term.nature == null ? "" : term.nature.toString());
      if (kind == null || term.word.length() < 2) {
        continue;
      }
      int start = term.offset;
      int end = start + term.word.length();
      if (start >= 0 && end <= text.length() && text.startsWith(term.word, start)) {
        spans.add(TextSpan.of(start, end, kind));
      }
    }
    return spans;
  }

  private Segment segment() {
    Segment s = segment;
    if (s == null) {
      // Configured completely before it is published; a race makes a second, identical segmenter, never a half one.
      s = HanLP.newSegment().enableOffset(true).enableNameRecognize(true).enablePlaceRecognize(true)
          .enableOrganizationRecognize(true).enableTranslatedNameRecognize(true).enableJapaneseNameRecognize(true);
      segment = s;
    }
    return s;
  }

  /** The kind of a HanLP nature: {@code nr*} person, {@code ns*} place, {@code nt*} organization, else none. */
  static ValueKind kindOf(String nature) {
    if (nature.startsWith("nr")) {
      return ValueKind.NAME;
    }
    if (nature.startsWith("ns")) {
      return ValueKind.ADDRESS;
    }
    if (nature.startsWith("nt")) {
      return ValueKind.OTHER;
    }
    return null;
  }

  @Override
  public String toString() {
    return "HanlpRecognizer[portable]";
  }
}
