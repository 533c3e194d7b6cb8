package io.hdx.model.valueset;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The GB/T 2260 administrative divisions (中华人民共和国行政区划代码) at county level and above,
 * bundled with HDX: the current edition plus the codes retired since 2002-12. Identifier checks
 * use it for the address code of a resident ID number (GB 11643-1999) and the registration
 * region of a unified social credit code (GB 32100-2015).
 *
 * <p>The data is the resource {@code io/hdx/model/valueset/gb-t-2260.tsv}, whose header names its
 * sources: the current divisions are the Ministry of Civil Affairs' 2021 list (as kept by the
 * cn/GB2260 project, file {@code mca/202112.tsv}); the retired ones are the codes of the GB/T 2260
 * revisions 2002-12 to 2016-07 that the 2021 list no longer has. Codes retired before 2002-12 are
 * not bundled. The catalog is loaded on first use and never changes afterwards.
 *
 * <pre>{@code
 * AdministrativeDivisions divisions = AdministrativeDivisions.bundled();
 * divisions.isCurrent("110105");               // true  (朝阳区)
 * divisions.isKnown("110103");                 // true  (崇文区, retired 2010)
 * divisions.province("110105").get().name();   // 北京市
 * }</pre>
 *
 * <p>Thread safety: immutable; share the one instance.
 *
 * @since 0.1.0
 */
public final class AdministrativeDivisions {
  private static final String RESOURCE = "gb-t-2260.tsv";

  private final String edition;
  private final Map<String, AdministrativeDivision> byCode;
  private final List<AdministrativeDivision> all;
  private final List<AdministrativeDivision> current;

  private AdministrativeDivisions(String edition, Map<String, AdministrativeDivision> byCode) {
    this.edition = edition;
    this.byCode = Collections.unmodifiableMap(byCode);
    List<AdministrativeDivision> allList = new ArrayList<>(byCode.values());
    List<AdministrativeDivision> currentList = new ArrayList<>();
    for (AdministrativeDivision division : allList) {
      if (division.isCurrent()) {
        currentList.add(division);
      }
    }
    this.all = Collections.unmodifiableList(allList);
    this.current = Collections.unmodifiableList(currentList);
  }

  /** The bundled catalog, loaded from the resource on first call. */
  public static AdministrativeDivisions bundled() {
    return Bundled.INSTANCE;
  }

  /** The year of the current edition, as the resource's header gives it, e.g. {@code 2021}. */
  public String edition() {
    return edition;
  }

  /** The division with this code, current or retired; empty for an unknown or malformed code. */
  public Optional<AdministrativeDivision> find(String code) {
    Objects.requireNonNull(code, "code");
    return Optional.ofNullable(byCode.get(code));
  }

  /** Whether {@code code} is a division of the current edition. */
  public boolean isCurrent(String code) {
    AdministrativeDivision division = byCode.get(Objects.requireNonNull(code, "code"));
    return division != null && division.isCurrent();
  }

  /** Whether {@code code} is a division of the current edition or a bundled retired one. */
  public boolean isKnown(String code) {
    return byCode.containsKey(Objects.requireNonNull(code, "code"));
  }

  /**
   * The province-level division of a code: the division {@code xx0000} for the code's first two
   * digits. Empty when the code is not six ASCII digits or its prefix is no known province.
   */
  public Optional<AdministrativeDivision> province(String code) {
    Objects.requireNonNull(code, "code");
    if (!AdministrativeDivision.isSixDigits(code)) {
      return Optional.empty();
    }
    return Optional.ofNullable(byCode.get(code.substring(0, 2) + "0000"));
  }

  /** Every bundled division, current and retired, ordered by code. */
  public List<AdministrativeDivision> all() {
    return all;
  }

  /** The divisions of the current edition, ordered by code. */
  public List<AdministrativeDivision> current() {
    return current;
  }

  @Override
  public String toString() {
    return "AdministrativeDivisions[GB/T 2260 edition " + edition + ", " + current.size()
        + " current, " + (all.size() - current.size()) + " retired]";
  }

  /** Holds the lazily loaded, immutable bundled catalog. */
  private static final class Bundled {
    static final AdministrativeDivisions INSTANCE = load();
  }

  private static AdministrativeDivisions load() {
    InputStream in = AdministrativeDivisions.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("resource io/hdx/model/valueset/" + RESOURCE + " is missing");
    }
    String edition = null;
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      boolean headerSeen = false;
      String line;
      int lineNumber = 0;
      while ((line = reader.readLine()) != null) {
        lineNumber++;
        if (line.startsWith("#")) {
          String comment = line.substring(1).trim();
          if (comment.startsWith("edition:")) {
            edition = comment.substring("edition:".length()).trim();
          }
          continue;
        }
        if (line.isEmpty()) {
          continue;
        }
        if (!headerSeen) {
          headerSeen = true;
          continue;
        }
        String[] fields = line.split("\t", -1);
        if (fields.length < 3) {
          throw new IllegalStateException(RESOURCE + " line " + lineNumber + ": fewer than 3 columns");
        }
        rows.add(fields);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + RESOURCE, e);
    }
    if (edition == null) {
      throw new IllegalStateException(RESOURCE + ": no '# edition:' header line");
    }
    Map<String, Boolean> status = new LinkedHashMap<>();
    for (String[] row : rows) {
      status.put(row[0], "current".equals(row[2]));
    }
    Map<String, AdministrativeDivision> byCode = new LinkedHashMap<>();
    for (String[] row : rows) {
      String code = row[0];
      AdministrativeDivision.Builder builder =
          AdministrativeDivision.builder().code(code).name(row[1]).current(status.get(code));
      String parent = parentOf(code, status.get(code), status);
      if (parent != null) {
        builder.parentCode(parent);
      }
      byCode.put(code, builder.build());
    }
    return new AdministrativeDivisions(edition, byCode);
  }

  /**
   * The prefecture when listed, otherwise the province. A current division only gets a current
   * parent: {@code 110105} belongs to {@code 110000}, not to the retired {@code 110100} 市辖区.
   */
  private static String parentOf(String code, boolean current, Map<String, Boolean> known) {
    AdministrativeDivision.Level level = AdministrativeDivision.Level.ofCode(code);
    if (level == AdministrativeDivision.Level.PROVINCE) {
      return null;
    }
    String province = code.substring(0, 2) + "0000";
    if (level == AdministrativeDivision.Level.COUNTY) {
      String prefecture = code.substring(0, 4) + "00";
      Boolean prefectureCurrent = known.get(prefecture);
      if (prefectureCurrent != null && (prefectureCurrent || !current)) {
        return prefecture;
      }
    }
    return known.containsKey(province) ? province : null;
  }
}
