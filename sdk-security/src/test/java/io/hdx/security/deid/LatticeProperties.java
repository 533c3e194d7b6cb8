package io.hdx.security.deid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * The generalization-lattice search against brute force: each minimal node, generalized record by
 * record, reaches the target k within the suppression limit with the k, ℓ and suppression it
 * reports; none of its direct predecessors does; every satisfying node lies above a minimal one.
 */
class LatticeProperties {
  private static final String[] REGIONS = {"110105", "110108", "110228", "330106", "330108", "330782", ""};
  private static final String[] BIRTHS = {"19491231", "19500102", "19530611", "19610101", "19641231", "1970", "x"};
  private static final List<Hierarchy> HIERARCHIES = Arrays.asList(Hierarchy.birthDate(), Hierarchy.region(),
      Hierarchy.suppression());

  @Property(tries = 60)
  void minimalNodes_equalBruteForce(@ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 6) Integer> births,
      @ForAll @Size(min = 40, max = 40) List<@IntRange(min = 0, max = 6) Integer> regions,
      @ForAll @Size(min = 40, max = 40) List<@IntRange(min = 0, max = 1) Integer> sexes,
      @ForAll @Size(min = 40, max = 40) List<@IntRange(min = 0, max = 3) Integer> diagnoses,
      @ForAll @IntRange(min = 1, max = 5) int target, @ForAll @IntRange(min = 0, max = 2) int suppressTenths) {
    int n = births.size();
    List<List<String>> rows = new ArrayList<>();
    RiskAccumulator risk = RiskAccumulator.builder(Arrays.asList("birth", "region", "sex"))
        .sensitiveAttribute("diagnosis").listRecordsBelow(target).build();
    for (int i = 0; i < n; i++) {
      List<String> row = Arrays.asList(BIRTHS[births.get(i)], REGIONS[regions.get(i)], "s" + sexes.get(i));
      rows.add(row);
      risk.add(row, "d" + diagnoses.get(i), "r" + i);
    }
    double maxSuppression = suppressTenths / 10.0;
    RiskReport report = risk.report(target, HIERARCHIES, maxSuppression);
    long limit = (long) Math.floor(maxSuppression * n);
    Set<String> minimal = new HashSet<>();
    for (LatticeNode node : report.minimalGeneralizations()) {
      int[] levels = node.levels();
      minimal.add(Arrays.toString(levels));
      long[] brute = brute(rows, diagnoses, levels, target);
      assertTrue(brute[0] <= limit, "minimal node satisfies");
      assertEquals(brute[0], node.suppressedRecords());
      assertEquals(brute[1], node.k());
      assertEquals(brute[2], node.l());
      for (int i = 0; i < levels.length; i++) {
        if (levels[i] > 0) {
          int[] down = levels.clone();
          down[i]--;
          assertTrue(brute(rows, diagnoses, down, target)[0] > limit, "a predecessor of a minimal node does not satisfy");
        }
      }
    }
    // Completeness: every satisfying node is at or above some minimal node.
    for (int a = 0; a < 5; a++) {
      for (int b = 0; b < 4; b++) {
        for (int c = 0; c < 2; c++) {
          int[] node = {a, b, c};
          if (brute(rows, diagnoses, node, target)[0] <= limit) {
            boolean covered = false;
            for (LatticeNode m : report.minimalGeneralizations()) {
              int[] lv = m.levels();
              covered |= lv[0] <= a && lv[1] <= b && lv[2] <= c;
            }
            assertTrue(covered, Arrays.toString(node) + " satisfies but is above no minimal node");
          }
        }
      }
    }
    // Records at risk at the data as recorded: by id, as brute force counts them.
    List<String> atRisk = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int size = 0;
      for (List<String> other : rows) {
        size += other.equals(rows.get(i)) ? 1 : 0;
      }
      if (size < target) {
        atRisk.add("r" + i);
      }
    }
    atRisk.sort(null);
    assertEquals(atRisk, report.recordIdsAtRisk());
  }

  /** {suppressed records, k over kept classes (0 if none), ℓ over kept classes (0 if none)} at {@code levels}. */
  private static long[] brute(List<List<String>> rows, List<Integer> diagnoses, int[] levels, int target) {
    Map<List<String>, List<Integer>> classes = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      List<String> key = new ArrayList<>();
      for (int q = 0; q < levels.length; q++) {
        key.add(HIERARCHIES.get(q).generalize(rows.get(i).get(q), levels[q]));
      }
      classes.computeIfAbsent(key, x -> new ArrayList<>()).add(i);
    }
    long suppressed = 0;
    long k = Long.MAX_VALUE;
    long l = Long.MAX_VALUE;
    for (List<Integer> members : classes.values()) {
      if (members.size() < target) {
        suppressed += members.size();
      } else {
        k = Math.min(k, members.size());
        Set<Integer> distinct = new HashSet<>();
        for (int i : members) {
          distinct.add(diagnoses.get(i));
        }
        l = Math.min(l, distinct.size());
      }
    }
    return new long[] {suppressed, k == Long.MAX_VALUE ? 0 : k, l == Long.MAX_VALUE ? -1 : l};
  }

  @Test
  void hierarchies_levels() {
    Hierarchy birth = Hierarchy.birthDate();
    assertEquals(Arrays.asList("19491231", "1949", "1945-1949", "1940-1949", "*"),
        Arrays.asList(birth.generalize("19491231", 0), birth.generalize("19491231", 1), birth.generalize("19491231", 2),
            birth.generalize("19491231", 3), birth.generalize("19491231", 4)));
    assertEquals("?", birth.generalize("unknown", 1));
    assertEquals("", birth.generalize("", 2));
    assertEquals("110100", Hierarchy.region().generalize("110105", 1));
    assertEquals("110000", Hierarchy.region().generalize("110105", 2));
    assertEquals("202403", Hierarchy.date().generalize("20240315103000+0800", 1));
    assertEquals("35-39", Hierarchy.age().generalize("37", 1));
    assertEquals("90+", Hierarchy.age().generalize("93", 2));
    assertEquals("*", Hierarchy.suppression().generalize("2", 1));
    assertEquals(Hierarchy.region(), Hierarchy.byName("REGION").get());
    assertFalse(Hierarchy.byName("nope").isPresent());
  }

  @Test
  void report_html_isSelfContained_withSvgPlot_andNoValues() {
    RiskAccumulator risk = RiskAccumulator.builder(Arrays.asList("DE02.01.005.01", "region"))
        .listRecordsBelow(3).build();
    risk.add(Arrays.asList("19491231", "110105"), "", "a<1>.xml");
    risk.add(Arrays.asList("19491230", "110108"), "", "b.xml");
    risk.add(Arrays.asList("19491230", "110108"), "", "c.xml");
    RiskReport r = risk.report(2, Arrays.asList(Hierarchy.birthDate(), Hierarchy.region()), 0.0);
    String html = r.toHtml();
    assertTrue(html.contains("<svg"), html);
    assertTrue(html.contains("a&lt;1&gt;.xml"));
    assertFalse(html.contains("<script"));
    assertFalse(html.contains("http://") && html.replace("http://www.w3.org/2000/svg", "").contains("http://"));
    assertFalse(html.contains("https://"));
    for (String value : new String[] {"19491231", "110105", "110108"}) {
      assertFalse(html.contains(value), value);
      assertFalse(r.toText().contains(value), value);
      assertFalse(r.toJson().contains(value), value);
    }
    assertEquals(Arrays.asList("a<1>.xml"), r.recordIdsAtRisk());
    assertEquals(-1, r.l());
    LatticeNode best = r.minimalGeneralizations().get(0);
    assertEquals(Arrays.asList("year", "prefecture"), best.levelNames());
    assertTrue(r.toText().contains("DE02.01.005.01=year region=prefecture : k 3"), r.toText());
  }
}
