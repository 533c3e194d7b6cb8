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
 * <p>Thread safety: immutable; each call segments with a segmenter of its own (HanLP's dictionaries
 * are shared, read-only). Serializable: a deserialized recognizer uses the HanLP of the JVM it lands in.
 *
 * @since 0.1.0
 */
public final class HanlpRecognizer implements EntityRecognizer {
  private static final long serialVersionUID = 1L;

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
    Segment segment = HanLP.newSegment().enableOffset(true).enableNameRecognize(true).enablePlaceRecognize(true)
        .enableOrganizationRecognize(true).enableTranslatedNameRecognize(true).enableJapaneseNameRecognize(true);
    List<TextSpan> spans = new ArrayList<>();
    for (Term term : segment.seg(text)) {
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
