package io.hdx.security.deid;

import io.hdx.model.id.ResidentIdNumber;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Masking for screens (GB/T 37964-2019 Annex A, suppression/masking techniques — clause number
 * unconfirmed): a name keeps its surname, a phone number its last four digits, a resident ID number
 * what the caller asks of its region, birth date and tail; every other character becomes {@code *}.
 *
 * <pre>{@code
 * Masking.name("欧阳娜娜");          // 欧阳**
 * Masking.phone("138-1234-5678");    // ***-****-5678
 * Masking.residentId(id, RegionLevel.COUNTY, DatePrecision.NONE, 4);   // 110105********002X
 * }</pre>
 *
 * <p>Thread safety: stateless.
 *
 * @since 0.1.0
 */
public final class Masking {
  /** The masking character. */
  public static final char MASK = '*';

  /**
   * Two-character (复姓) surnames of the traditional 百家姓 list and a few common modern ones; a name
   * starting with one keeps both characters.
   */
  private static final Set<String> COMPOUND_SURNAMES = Collections.unmodifiableSet(new HashSet<>(Arrays.asList(
      "万俟", "司马", "上官", "欧阳", "夏侯", "诸葛", "闻人", "东方", "赫连", "皇甫", "尉迟", "公羊",
      "澹台", "公冶", "宗政", "濮阳", "淳于", "单于", "太叔", "申屠", "公孙", "仲孙", "轩辕", "令狐",
      "钟离", "宇文", "长孙", "慕容", "鲜于", "闾丘", "司徒", "司空", "亓官", "司寇", "子车", "颛孙",
      "端木", "巫马", "公西", "漆雕", "乐正", "壤驷", "公良", "拓跋", "夹谷", "宰父", "谷梁", "段干",
      "百里", "东郭", "南门", "呼延", "羊舌", "微生", "梁丘", "左丘", "东门", "西门", "南宫", "第五",
      "独孤", "范姜", "张简")));

  private Masking() {}

  /** The surname of a Chinese name: its compound surname when it starts with one, else its first character. */
  public static String surname(String name) {
    Objects.requireNonNull(name, "name");
    String trimmed = name.trim();
    if (trimmed.length() > 2 && COMPOUND_SURNAMES.contains(trimmed.substring(0, 2))) {
      return trimmed.substring(0, 2);
    }
    return trimmed.isEmpty() ? "" : trimmed.substring(0, trimmed.offsetByCodePoints(0, 1));
  }

  /** Whether {@code twoCharacters} is a known compound surname. */
  public static boolean isCompoundSurname(String twoCharacters) {
    return COMPOUND_SURNAMES.contains(twoCharacters);
  }

  /**
   * A name with its surname kept and every other character masked, one {@code *} per character;
   * a name in Latin letters keeps only its first letter.
   */
  public static String name(String name) {
    Objects.requireNonNull(name, "name");
    String trimmed = name.trim();
    if (!trimmed.isEmpty() && trimmed.codePointAt(0) < 0x2E80) {
      return trimmed.substring(0, 1) + maskAll(trimmed.substring(1));
    }
    String surname = surname(trimmed);
    return surname + maskAll(trimmed.substring(surname.length()));
  }

  /**
   * A phone number with its last four digits kept and every other digit masked; separators and a
   * leading {@code tel:} (an HL7 TEL URL) stay.
   */
  public static String phone(String phone) {
    return phone(phone, 4);
  }

  /** A phone number with its last {@code keep} digits kept; separators and a leading {@code tel:} stay. */
  public static String phone(String phone, int keep) {
    Objects.requireNonNull(phone, "phone");
    int scheme = phone.regionMatches(true, 0, "tel:", 0, 4) ? 4 : 0;
    return phone.substring(0, scheme) + keepLastDigits(phone.substring(scheme), keep);
  }

  /** {@code value} with its last {@code keep} digits kept and every other digit or letter masked. */
  public static String keepLastDigits(String value, int keep) {
    Objects.requireNonNull(value, "value");
    if (keep < 0) {
      throw new IllegalArgumentException("keep must be >= 0");
    }
    char[] out = value.toCharArray();
    int kept = 0;
    for (int i = out.length - 1; i >= 0; i--) {
      char c = out[i];
      if (Character.isLetterOrDigit(c)) {
        if (Character.isDigit(c) && kept < keep) {
          kept++;
        } else {
          out[i] = MASK;
        }
      }
    }
    return new String(out);
  }

  /**
   * A resident ID number (GB 11643-1999 §5: address code, birth date code, sequence, check
   * character) with the region kept to {@code region}, the birth date to {@code birth} and the last
   * {@code keepLast} (0..4) characters kept; every other character masked.
   */
  public static String residentId(ResidentIdNumber id, RegionLevel region, DatePrecision birth, int keepLast) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(birth, "birth");
    if (keepLast < 0 || keepLast > 4) {
      throw new IllegalArgumentException("keepLast must be 0..4");
    }
    char[] out = id.number().toCharArray();
    int birthKept = birth == DatePrecision.DAY ? 8 : birth == DatePrecision.MONTH ? 6 : birth == DatePrecision.YEAR ? 4 : 0;
    for (int i = 0; i < 18; i++) {
      boolean keep = i < region.digits()
          || (i >= 6 && i < 6 + birthKept)
          || i >= 18 - keepLast;
      if (!keep) {
        out[i] = MASK;
      }
    }
    return new String(out);
  }

  /** Every character masked (code points, so each CJK character is one {@code *}). */
  public static String all(String value) {
    return maskAll(Objects.requireNonNull(value, "value"));
  }

  private static String maskAll(String value) {
    StringBuilder out = new StringBuilder(value.length());
    value.codePoints().forEach(cp -> out.append(Character.isWhitespace(cp) ? ' ' : MASK));
    return out.toString();
  }
}
