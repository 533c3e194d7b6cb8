package io.hdx.security.deid;

import io.hdx.model.valueset.AdministrativeDivision;
import io.hdx.model.valueset.AdministrativeDivisions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the GB/T 2260 division names at the start of a Chinese address ("浙江省杭州市西湖区文三路 1 号"
 * starts with a province, a prefecture and a county), so an address can be generalized or masked to
 * a level. Uses the bundled current divisions of {@link AdministrativeDivisions}.
 */
final class Addresses {
  private Addresses() {}

  /** One division name matched in the text, ending at {@code end}. */
  static final class Match {
    final RegionLevel level;
    final String code;
    final int end;

    Match(RegionLevel level, String code, int end) {
      this.level = level;
      this.code = code;
      this.end = end;
    }
  }

  /** The divisions named at the start of {@code address}, province first; empty when none. */
  static List<Match> leadingDivisions(String address) {
    return leadingDivisions(address, 0);
  }

  /** The divisions named from {@code start} on, province first; empty when none. */
  static List<Match> leadingDivisions(String text, int start) {
    Index index = Index.INSTANCE;
    List<Match> out = new ArrayList<>(3);
    int pos = start;
    String province = null;
    String prefecture = null;
    AdministrativeDivision p = index.longestAt(text, pos, index.provinces);
    if (p != null) {
      province = p.code().substring(0, 2);
      pos += p.name().length();
      out.add(new Match(RegionLevel.PROVINCE, p.code(), pos));
    }
    List<AdministrativeDivision> prefectures = province != null
        ? index.prefecturesOf.getOrDefault(province, Collections.<AdministrativeDivision>emptyList())
        : pos < text.length() ? index.prefecturesByFirstChar.getOrDefault(text.charAt(pos),
            Collections.<AdministrativeDivision>emptyList())
        : Collections.<AdministrativeDivision>emptyList();
    AdministrativeDivision c = index.longestAt(text, pos, prefectures);
    if (c != null) {
      prefecture = c.code().substring(0, 4);
      pos += c.name().length();
      out.add(new Match(RegionLevel.PREFECTURE, c.code(), pos));
    }
    List<AdministrativeDivision> counties = prefecture != null
        ? index.countiesOf.getOrDefault(prefecture, Collections.<AdministrativeDivision>emptyList())
        : province != null ? index.countiesOfProvince.getOrDefault(province, Collections.<AdministrativeDivision>emptyList())
        : Collections.<AdministrativeDivision>emptyList();
    AdministrativeDivision k = index.longestAt(text, pos, counties);
    if (k != null) {
      pos += k.name().length();
      out.add(new Match(RegionLevel.COUNTY, k.code(), pos));
    }
    return out;
  }

  /** The address cut after its deepest division name at or above {@code level}; empty when none is named. */
  static String generalize(String address, RegionLevel level) {
    int end = keptEnd(address, level);
    return end <= 0 ? "" : address.substring(0, end);
  }

  /** The address with every character after its division names down to {@code level} masked. */
  static String mask(String address, RegionLevel level) {
    int end = Math.max(keptEnd(address, level), 0);
    return address.substring(0, end) + Masking.all(address.substring(end));
  }

  private static int keptEnd(String address, RegionLevel level) {
    int end = -1;
    for (Match m : leadingDivisions(address)) {
      if (m.level.digits() <= level.digits()) {
        end = m.end;
      }
    }
    return end;
  }

  /** The bundled current divisions by level and parent, built once (immutable). */
  static final class Index {
    static final Index INSTANCE = new Index();

    final List<AdministrativeDivision> provinces = new ArrayList<>();
    final List<AdministrativeDivision> allPrefectures = new ArrayList<>();
    /** The prefectures of {@link #allPrefectures} by their name's first character (an address without a province). */
    final Map<Character, List<AdministrativeDivision>> prefecturesByFirstChar = new HashMap<>();
    final Map<String, List<AdministrativeDivision>> prefecturesOf = new HashMap<>();
    final Map<String, List<AdministrativeDivision>> countiesOf = new HashMap<>();
    final Map<String, List<AdministrativeDivision>> countiesOfProvince = new HashMap<>();
    final List<AdministrativeDivision> allCounties = new ArrayList<>();
    /** Every division name of two or more characters, by its first character (for scanning text). */
    final Map<Character, List<AdministrativeDivision>> byFirstChar = new HashMap<>();

    private Index() {
      for (AdministrativeDivision d : AdministrativeDivisions.bundled().current()) {
        String code = d.code();
        if (d.name().length() >= 2 && !d.name().equals("市辖区") && !d.name().endsWith("直辖县级行政区划")) {
          byFirstChar.computeIfAbsent(d.name().charAt(0), x -> new ArrayList<>()).add(d);
        }
        switch (d.level()) {
          case PROVINCE:
            provinces.add(d);
            break;
          case PREFECTURE:
            if (!d.name().equals("市辖区") && !d.name().endsWith("直辖县级行政区划")) {
              allPrefectures.add(d);
              prefecturesByFirstChar.computeIfAbsent(d.name().charAt(0), x -> new ArrayList<>()).add(d);
              prefecturesOf.computeIfAbsent(code.substring(0, 2), x -> new ArrayList<>()).add(d);
            }
            break;
          default:
            if (!d.name().equals("市辖区")) {
              allCounties.add(d);
              countiesOf.computeIfAbsent(code.substring(0, 4), x -> new ArrayList<>()).add(d);
              countiesOfProvince.computeIfAbsent(code.substring(0, 2), x -> new ArrayList<>()).add(d);
            }
        }
      }
    }

    AdministrativeDivision longestAt(String text, int pos, List<AdministrativeDivision> candidates) {
      AdministrativeDivision best = null;
      for (AdministrativeDivision d : candidates) {
        String name = d.name();
        if (name.length() >= 2 && text.startsWith(name, pos) && (best == null || name.length() > best.name().length())) {
          best = d;
        }
      }
      return best;
    }
  }
}
