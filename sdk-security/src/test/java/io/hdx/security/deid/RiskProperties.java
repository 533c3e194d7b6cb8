package io.hdx.security.deid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** k and ℓ equal a brute-force count. */
class RiskProperties {
  @Property(tries = 200)
  void kAndL_equalBruteForce(@ForAll @Size(min = 1, max = 60) List<@IntRange(min = 0, max = 3) Integer> a,
      @ForAll @Size(min = 60, max = 60) List<@IntRange(min = 0, max = 2) Integer> b,
      @ForAll @Size(min = 60, max = 60) List<@IntRange(min = 0, max = 4) Integer> s, @ForAll @IntRange(min = 1, max = 6) int target) {
    int n = a.size();
    RiskAccumulator risk = RiskAccumulator.create(Arrays.asList("birthYear", "sex"));
    for (int i = 0; i < n; i++) {
      risk.add(Arrays.asList("y" + a.get(i), "s" + b.get(i)), "d" + s.get(i));
    }
    RiskReport report = risk.report(target);
    long k = Long.MAX_VALUE;
    long l = Long.MAX_VALUE;
    long atRisk = 0;
    Set<String> classes = new HashSet<>();
    for (int i = 0; i < n; i++) {
      int size = 0;
      Set<Integer> distinct = new HashSet<>();
      for (int j = 0; j < n; j++) {
        if (a.get(i).equals(a.get(j)) && b.get(i).equals(b.get(j))) {
          size++;
          distinct.add(s.get(j));
        }
      }
      k = Math.min(k, size);
      l = Math.min(l, distinct.size());
      atRisk += size < target ? 1 : 0;
      classes.add(a.get(i) + "/" + b.get(i));
    }
    assertEquals(k, report.k());
    assertEquals(l, report.l());
    assertEquals(atRisk, report.recordsAtRisk());
    assertEquals(classes.size(), report.classes());
    assertEquals(n, report.records());
  }

  @Test
  void report_textAndJson_withoutValues() {
    RiskAccumulator risk = RiskAccumulator.create(Arrays.asList("DE02.01.005.01", "DE02.01.040.00"));
    risk.add(Arrays.asList("1949", "2"), "I10");
    risk.add(Arrays.asList("1949", "2"), "E11");
    risk.add(Arrays.asList("1980", "1"), "I10");
    RiskReport r = risk.report(2);
    assertEquals(1, r.k());
    assertEquals(1, r.l());
    assertEquals(1, r.recordsAtRisk());
    assertEquals("{\"quasiIdentifiers\":[\"DE02.01.005.01\",\"DE02.01.040.00\"],\"records\":3,\"classes\":2,\"k\":1,\"l\":1,"
        + "\"sensitiveAttribute\":\"sensitive\",\"targetK\":2,\"recordsAtRisk\":1,\"classSizes\":{\"1\":1,\"2\":1}}", r.toJson());
    assertEquals(false, r.toText().contains("1949"));
  }
}
