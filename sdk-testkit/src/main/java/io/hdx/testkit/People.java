package io.hdx.testkit;

import io.hdx.model.id.OrganizationCode;
import io.hdx.model.id.ResidentIdNumber;
import io.hdx.model.id.UnifiedSocialCreditCode;
import io.hdx.model.valueset.AdministrativeDivision;
import io.hdx.model.valueset.AdministrativeDivisions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The China-locale facts the generator draws people, places and organizations from.
 *
 * <ul>
 *   <li>Surnames with their national frequencies: resource {@code surnames.tsv} (the 100 most frequent, from the
 *       National Citizen Identity Information Center's 2008 counts as published by psychbruce/ChineseNames,
 *       {@code data-csv/familyname.csv}).
 *   <li>Given-name characters: frequent characters of that project's {@code data-csv/givenname.csv} whose
 *       {@code name.gender} leans clearly male (&gt; 0.5) or female (&lt; -0.5).
 *   <li>Regions: the current county-level divisions of GB/T 2260 bundled in sdk-model
 *       ({@link AdministrativeDivisions#bundled()}); a resident ID's address code is the patient's county
 *       (GB 11643-1999 §5.2), its birth date code the birth date (§5.3), its sequence code's parity the sex (§5.4) and
 *       its check character GB 11643-1999 §6 ({@link ResidentIdNumber#checkCharacter}).
 *   <li>Unified social credit codes (GB 32100-2015): registration authority 1 (机构编制) category 2 (事业单位), the
 *       hospital's county as registration region, a nine-character subject identifier and the §5 check character
 *       ({@link UnifiedSocialCreditCode#checkCharacter}).
 *   <li>Mobile numbers: the 11-digit plan of the Ministry of Industry and Information Technology (1 + network
 *       prefix); prefixes of the three operators (e.g. 139 China Mobile, 186 China Unicom, 189 China Telecom).
 * </ul>
 *
 * <p>Thread safety: immutable after loading; shared.
 */
final class People {
  private static final String[] MALE_CHARS = {"伟", "强", "磊", "军", "勇", "杰", "涛", "斌", "超", "明", "刚", "平",
      "辉", "鹏", "华", "飞", "鑫", "波", "宇", "浩", "凯", "健", "俊", "帆", "旭", "龙", "林", "建", "国", "志",
      "文", "海", "东", "峰", "亮", "成", "德", "博", "宏", "兵"};
  private static final String[] FEMALE_CHARS = {"芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "秀", "玲", "桂",
      "英", "燕", "萍", "红", "梅", "琳", "雪", "婷", "慧", "颖", "洁", "倩", "晶", "玉", "兰", "佳", "欣", "怡",
      "悦", "琴", "云", "凤", "莉", "蓉", "薇", "璐", "丹", "荣", "珍"};
  private static final String[] MOBILE_PREFIXES = {"134", "135", "136", "137", "138", "139", "150", "151", "152",
      "158", "159", "182", "187", "188", "130", "131", "132", "155", "156", "185", "186", "133", "153", "177",
      "180", "181", "189", "199"};
  private static final String[] STREET_WORDS = {"人民", "解放", "建设", "中山", "和平", "胜利", "新华", "文化",
      "长江", "黄河", "光明", "幸福", "迎宾", "朝阳", "青年", "健康", "团结", "东风", "花园", "滨河"};
  private static final String[] STREET_KINDS = {"路", "街", "大道", "巷"};
  private static final String[] TOWNSHIP_KINDS = {"街道", "镇"};

  private final List<String> surnames = new ArrayList<>();
  private final long[] cumulative;
  private final List<AdministrativeDivision> counties;
  private final AdministrativeDivisions divisions = AdministrativeDivisions.bundled();

  private People() {
    List<Long> weights = new ArrayList<>();
    try (InputStream in = People.class.getResourceAsStream("surnames.tsv")) {
      if (in == null) {
        throw new IllegalStateException("io/hdx/testkit/surnames.tsv is missing");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      boolean header = true;
      while ((line = reader.readLine()) != null) {
        if (line.startsWith("#") || line.isEmpty()) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] cells = line.split("\t");
        surnames.add(cells[0]);
        weights.add(Long.parseLong(cells[1]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("surnames.tsv", e);
    }
    cumulative = new long[weights.size()];
    long sum = 0;
    for (int i = 0; i < cumulative.length; i++) {
      sum += weights.get(i);
      cumulative[i] = sum;
    }
    List<AdministrativeDivision> list = new ArrayList<>();
    for (AdministrativeDivision d : divisions.current()) {
      // a county-level division that has a named province and prefecture (or is directly under a municipality)
      if (d.level() == AdministrativeDivision.Level.COUNTY && !d.name().equals("市辖区")
          && !d.code().startsWith("71") && !d.code().startsWith("81") && !d.code().startsWith("82")
          && divisions.province(d.code()).isPresent()) {
        list.add(d);
      }
    }
    counties = Collections.unmodifiableList(list);
  }

  static People get() {
    return Holder.INSTANCE;
  }

  String surname(Rng rng) {
    return surnames.get(rng.weighted(cumulative));
  }

  String givenName(Rng rng, boolean male) {
    String[] chars = male ? MALE_CHARS : FEMALE_CHARS;
    String first = rng.pick(chars);
    return rng.chance(0.3) ? first : first + rng.pick(chars);
  }

  AdministrativeDivision county(Rng rng) {
    return rng.pick(counties);
  }

  /** The province of a county, e.g. 浙江省. */
  String provinceName(AdministrativeDivision county) {
    return divisions.province(county.code()).map(AdministrativeDivision::name).orElse("");
  }

  /** The prefecture-level city of a county; a municipality's own name for its districts (北京市). */
  String cityName(AdministrativeDivision county) {
    String prefecture = county.code().substring(0, 4) + "00";
    return divisions.find(prefecture).filter(d -> !d.name().endsWith("辖区") && !d.name().endsWith("辖县")
        && !d.name().contains("直辖")).map(AdministrativeDivision::name).orElse(provinceName(county));
  }

  String township(Rng rng) {
    return rng.pick(STREET_WORDS) + rng.pick(TOWNSHIP_KINDS);
  }

  String street(Rng rng) {
    return rng.pick(STREET_WORDS) + rng.pick(STREET_KINDS);
  }

  String houseNumber(Rng rng) {
    return rng.between(1, 399) + "号" + (rng.chance(0.6) ? rng.between(1, 30) + "栋" + rng.between(1, 6) + "单元"
        + rng.between(1, 32) + String.format("%02d", rng.between(1, 6)) + "室" : "");
  }

  /** A mobile number as a TEL URL: {@code tel:+86-139-1234-5678}. */
  String mobile(Rng rng) {
    return "tel:+86-" + rng.pick(MOBILE_PREFIXES) + "-" + String.format("%04d", rng.nextInt(10000)) + "-"
        + String.format("%04d", rng.nextInt(10000));
  }

  /** A resident ID number of someone registered in {@code county}, born on {@code birth}, of the given sex. */
  static String residentId(AdministrativeDivision county, LocalDate birth, boolean male, Rng rng) {
    int sequence = rng.between(0, 99) * 10 + (male ? 2 * rng.between(0, 4) + 1 : 2 * rng.between(0, 4));
    String first17 = county.code() + String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(),
        birth.getDayOfMonth()) + String.format("%03d", sequence);
    return first17 + ResidentIdNumber.checkCharacter(first17);
  }

  /** A unified social credit code of a public institution registered in {@code county}. */
  static String uscc(AdministrativeDivision county, Rng rng) {
    StringBuilder subject = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      subject.append((char) ('0' + rng.nextInt(10)));
    }
    String base = subject.toString();
    // GB 11714-1997 §5: the organization code's own check character ends the subject identifier
    String orgCode = base + OrganizationCode.checkCharacter(base);
    String first17 = "12" + county.code() + orgCode;
    return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
  }

  private static final class Holder {
    static final People INSTANCE = new People();
  }
}
