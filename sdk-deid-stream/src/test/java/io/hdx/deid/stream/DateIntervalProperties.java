package io.hdx.deid.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.model.testing.Choices;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Time intervals (HL7 IVL_TS: {@code effectiveTime} with {@code low} and {@code high}) on the encompassing encounter
 * and on entries of documents of any type: under {@code research} both bounds are shifted by the patient's one
 * offset, so every interval keeps its length to the second; under {@code gbt37964} both bounds are generalized
 * (to the month) and stay in order. No bound is removed (issue 12: date intervals kept under date shift).
 */
class DateIntervalProperties {
  private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
  private static final Pattern INTERVAL = Pattern.compile(
      "<effectiveTime><low value=\"(\\d{14})\"/><high value=\"(\\d{14})\"/></effectiveTime>");

  @Property(tries = 12)
  void research_everyInterval_shiftedByOneOffset_lengthKept(@ForAll @IntRange(min = 0, max = 72) int type,
      @ForAll Choices choices) {
    Random rnd = choices.asRandom();
    checkResearch(inject(new PlantedDocuments(rnd).document(AllDocumentTypesProperties.SPECS.get(type)).xml, rnd));
  }

  /** Every type once, with intervals on the encounter and on the entries of most types. */
  @Test
  void research_everyDocumentType_intervalsKept() {
    Random rnd = new Random(20261205L);
    PlantedDocuments factory = new PlantedDocuments(rnd);
    int withEntryIntervals = 0;
    for (io.hdx.model.spec.DocumentSpec spec : AllDocumentTypesProperties.SPECS) {
      Injected doc = inject(factory.document(spec).xml, rnd);
      withEntryIntervals += doc.intervals.size() > 1 ? 1 : 0;
      checkResearch(doc);
    }
    assertTrue(withEntryIntervals >= 40, withEntryIntervals + " types with entry intervals");
  }

  private static void checkResearch(Injected doc) {
    List<String[]> out = intervals(AllDocumentTypesProperties.deid(AllDocumentTypesProperties.RESEARCH_A, doc.xml));
    assertEquals(doc.intervals.size(), out.size(), "every interval kept, none removed");
    Set<Duration> offsets = new HashSet<>();
    for (int i = 0; i < out.size(); i++) {
      LocalDateTime low = at(doc.intervals.get(i)[0]);
      LocalDateTime high = at(doc.intervals.get(i)[1]);
      LocalDateTime shiftedLow = at(out.get(i)[0]);
      LocalDateTime shiftedHigh = at(out.get(i)[1]);
      assertEquals(Duration.between(low, high), Duration.between(shiftedLow, shiftedHigh), "interval length");
      offsets.add(Duration.between(low, shiftedLow));
    }
    assertEquals(1, offsets.size(), "one offset per patient: " + offsets);
    assertTrue(!offsets.contains(Duration.ZERO), "dates shifted");
  }

  @Property(tries = 8)
  void gbt37964_everyInterval_generalized_inOrder(@ForAll @IntRange(min = 0, max = 72) int type,
      @ForAll Choices choices) {
    Random rnd = choices.asRandom();
    Injected doc = inject(new PlantedDocuments(rnd).document(AllDocumentTypesProperties.SPECS.get(type)).xml, rnd);
    List<String[]> out = intervals(AllDocumentTypesProperties.deid(AllDocumentTypesProperties.GBT_A, doc.xml));
    assertEquals(doc.intervals.size(), out.size(), "every interval kept, none removed");
    for (int i = 0; i < out.size(); i++) {
      String low = out.get(i)[0];
      String high = out.get(i)[1];
      assertTrue(low.compareTo(high) <= 0, low + " after " + high);
      assertEquals(doc.intervals.get(i)[0].substring(0, 6) + "01000000", low, "the month of the low bound");
      assertEquals(doc.intervals.get(i)[1].substring(0, 6) + "01000000", high, "the month of the high bound");
    }
  }

  /** The document with its encounter's time and each entry's (an observation's code followed by its value) made intervals. */
  private static Injected inject(byte[] xml, Random rnd) {
    String text = new String(xml, StandardCharsets.UTF_8);
    List<String[]> intervals = new ArrayList<>();
    Matcher encounter = Pattern.compile("(<encompassingEncounter[^>]*>)<effectiveTime value=\"\\d+\"/>").matcher(text);
    assertTrue(encounter.find(), "a planted document has an encounter time");
    StringBuilder out = new StringBuilder(text.substring(0, encounter.start()));
    out.append(encounter.group(1)).append(interval(rnd, intervals));
    Matcher entry = Pattern.compile("(<observation classCode=\"OBS\" moodCode=\"EVN\"><code [^>]*/>)(<value )")
        .matcher(text);
    int at = encounter.end();
    while (entry.find(at)) {
      out.append(text, at, entry.start()).append(entry.group(1)).append(interval(rnd, intervals)).append(entry.group(2));
      at = entry.end();
    }
    out.append(text.substring(at));
    return new Injected(out.toString().getBytes(StandardCharsets.UTF_8), intervals);
  }

  private static String interval(Random rnd, List<String[]> intervals) {
    LocalDateTime low = LocalDateTime.of(2020, 1, 1, 0, 0).plusSeconds(rnd.nextInt(5 * 365 * 86_400));
    LocalDateTime high = low.plusSeconds(rnd.nextInt(60 * 86_400));
    String[] bounds = {TS.format(low), TS.format(high)};
    intervals.add(bounds);
    return "<effectiveTime><low value=\"" + bounds[0] + "\"/><high value=\"" + bounds[1] + "\"/></effectiveTime>";
  }

  private static List<String[]> intervals(byte[] xml) {
    Matcher m = INTERVAL.matcher(new String(xml, StandardCharsets.UTF_8));
    List<String[]> found = new ArrayList<>();
    while (m.find()) {
      found.add(new String[] {m.group(1), m.group(2)});
    }
    return found;
  }

  private static LocalDateTime at(String ts) {
    return LocalDateTime.parse(ts, TS);
  }

  private static final class Injected {
    final byte[] xml;
    final List<String[]> intervals;

    Injected(byte[] xml, List<String[]> intervals) {
      this.xml = xml;
      this.intervals = intervals;
    }
  }
}
