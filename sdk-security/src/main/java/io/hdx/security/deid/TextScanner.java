package io.hdx.security.deid;

import io.hdx.model.id.RegionCheck;
import io.hdx.model.id.ResidentIdNumber;
import io.hdx.model.valueset.AdministrativeDivision;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal data in Chinese clinical free text (chief complaint, histories, notes, narrative
 * blocks): the names of the people in the header, resident ID numbers whose GB 11643-1999 check
 * character is right, mobile and fixed-line phone numbers, card and record numbers (after a keyword
 * such as 住院号 or 卡号, or any run of eight or more digits), addresses that start with GB/T 2260
 * division names, and dates ({@code 2024年3月15日}, {@code 2024-03-15}, {@code 20240315}). An
 * optional {@link EntityRecognizer} adds names, places and organizations that appear nowhere else.
 *
 * <p>Overlapping finds are resolved leftmost-longest; on equal spans the more specific kind wins
 * (resident ID, phone, date, identifier, name, address).
 *
 * <pre>{@code
 * TextScanner scanner = TextScanner.create();
 * List<TextSpan> spans = scanner.scan("患者张三，身份证11010519491231002X，电话13812345678", subject);
 * }</pre>
 *
 * <p>Thread safety: immutable; share it.
 *
 * @since 0.1.0
 */
public final class TextScanner implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final LocalDate FAR_FUTURE = LocalDate.of(9999, 12, 31);

  private static final Pattern RESIDENT_ID = Pattern.compile("(?<![0-9A-Za-z])(\\d{17}[0-9Xx]|\\d{15})(?![0-9A-Za-z])");
  private static final Pattern MOBILE = Pattern.compile("(?<![0-9])(?:\\+?86[- ]?)?1[3-9]\\d[- ]?\\d{4}[- ]?\\d{4}(?![0-9])");
  private static final Pattern FIXED_LINE = Pattern.compile("(?<![0-9])(?:0\\d{2,3}[- ]|[(（]0\\d{2,3}[)）])\\d{7,8}(?![0-9])");
  private static final Pattern PHONE_AFTER_KEYWORD = Pattern.compile(
      "(?:电话|手机|联系电话|联系方式|Tel|TEL|tel)[:：\\s]*([0-9][0-9 -]{5,14}[0-9])");
  private static final Pattern NUMBER_AFTER_KEYWORD = Pattern.compile(
      "(?:门诊号|急诊号|住院号|病案号|病历号|就诊卡号|就诊号|卡号|医保号|医保卡号|社保卡号|健康卡号|身份证号码|身份证号|身份证|证件号码|证件号|登记号|档案号|标本号|ID号|ID)[:：\\s]*([A-Za-z0-9][A-Za-z0-9-]{3,})");
  private static final Pattern LONG_NUMBER = Pattern.compile("(?<![0-9A-Za-z])[A-Za-z]{0,3}\\d{8,}(?![0-9])");
  private static final Pattern DATE_CHINESE = Pattern.compile("(?<![0-9])(1[89]|20)\\d{2}年\\d{1,2}月(?:\\d{1,2}[日号])?");
  private static final Pattern DATE_DASHED = Pattern.compile("(?<![0-9])(1[89]|20)\\d{2}[-/.](0?[1-9]|1[0-2])[-/.](0?[1-9]|[12]\\d|3[01])(?![0-9])");
  private static final Pattern DATE_COMPACT = Pattern.compile("(?<![0-9])(1[89]|20)\\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?![0-9])");
  /** Words that end the street part of an address. */
  private static final Pattern ADDRESS_TAIL = Pattern.compile(
      "^[\\u4e00-\\u9fa5A-Za-z0-9#\\-]{0,30}(?:号楼|号院|号|室|村|组|弄|栋|幢|单元|小区|路|街|巷|胡同|镇|乡)");

  private final EntityRecognizer recognizer;

  private TextScanner(EntityRecognizer recognizer) {
    this.recognizer = recognizer;
  }

  /** The pattern and header-name scanner alone. */
  public static TextScanner create() {
    return new TextScanner(null);
  }

  /** The scanner with {@code recognizer}'s finds added. */
  public static TextScanner withRecognizer(EntityRecognizer recognizer) {
    return new TextScanner(Objects.requireNonNull(recognizer, "recognizer"));
  }

  /** The non-overlapping spans of personal data in {@code text}, in text order. */
  public List<TextSpan> scan(String text, Subject subject) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(subject, "subject");
    List<Candidate> found = new ArrayList<>();
    Matcher m = RESIDENT_ID.matcher(text);
    while (m.find()) {
      if (ResidentIdNumber.check(m.group(1), RegionCheck.LENIENT, FAR_FUTURE).isValid()) {
        found.add(new Candidate(m.start(1), m.end(1), ValueKind.RESIDENT_ID, 0));
      }
    }
    addAll(found, MOBILE.matcher(text), 0, ValueKind.PHONE, 1);
    addAll(found, FIXED_LINE.matcher(text), 0, ValueKind.PHONE, 1);
    addAll(found, PHONE_AFTER_KEYWORD.matcher(text), 1, ValueKind.PHONE, 1);
    addAll(found, DATE_CHINESE.matcher(text), 0, ValueKind.DATE, 2);
    addAll(found, DATE_DASHED.matcher(text), 0, ValueKind.DATE, 2);
    m = DATE_COMPACT.matcher(text);
    while (m.find()) {
      if (toTs(m.group()) != null) {
        found.add(new Candidate(m.start(), m.end(), ValueKind.DATE, 2));
      }
    }
    addAll(found, NUMBER_AFTER_KEYWORD.matcher(text), 1, ValueKind.IDENTIFIER, 3);
    addAll(found, LONG_NUMBER.matcher(text), 0, ValueKind.IDENTIFIER, 3);
    for (String name : subject.names()) {
      for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length())) {
        found.add(new Candidate(i, i + name.length(), ValueKind.NAME, 4));
      }
    }
    addresses(text, found);
    if (recognizer != null) {
      for (TextSpan s : recognizer.find(text)) {
        if (s.end() <= text.length()) {
          found.add(new Candidate(s.start(), s.end(), s.kind(), 6));
        }
      }
    }
    return resolve(found);
  }

  private static void addAll(List<Candidate> out, Matcher m, int group, ValueKind kind, int priority) {
    while (m.find()) {
      out.add(new Candidate(m.start(group), m.end(group), kind, priority));
    }
  }

  /** Addresses: division names (GB/T 2260), then a street part when one follows. */
  private static void addresses(String text, List<Candidate> out) {
    Addresses.Index index = Addresses.Index.INSTANCE;
    int i = 0;
    while (i < text.length()) {
      List<AdministrativeDivision> candidates = index.byFirstChar.get(text.charAt(i));
      if (candidates == null) {
        i++;
        continue;
      }
      List<Addresses.Match> chain = Addresses.leadingDivisions(text, i);
      int end = chain.isEmpty() ? -1 : chain.get(chain.size() - 1).end;
      boolean countyAlone = false;
      if (end < 0) {
        AdministrativeDivision county = index.longestAt(text, i, candidates);
        if (county != null) {
          end = i + county.name().length();
          countyAlone = true;
        }
      }
      if (end < 0) {
        i++;
        continue;
      }
      Matcher tail = ADDRESS_TAIL.matcher(text).region(end, text.length());
      boolean hasTail = tail.lookingAt();
      if (countyAlone && !hasTail) {
        i++;
        continue;
      }
      int stop = hasTail ? tail.end() : end;
      out.add(new Candidate(i, stop, ValueKind.ADDRESS, 5));
      i = stop;
    }
  }

  private static List<TextSpan> resolve(List<Candidate> found) {
    found.sort(Comparator.comparingInt((Candidate c) -> c.start).thenComparingInt(c -> -(c.end - c.start))
        .thenComparingInt(c -> c.priority));
    List<TextSpan> out = new ArrayList<>();
    int covered = 0;
    for (Candidate c : found) {
      if (c.start >= covered) {
        out.add(TextSpan.of(c.start, c.end, c.kind));
        covered = c.end;
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * A date found in text as an HL7 TS value ({@code yyyy}, {@code yyyyMM} or {@code yyyyMMdd}), or
   * null when it is not a real date.
   */
  static String toTs(String text) {
    String[] parts = text.split("[^0-9]+");
    List<String> nums = new ArrayList<>();
    for (String p : parts) {
      if (!p.isEmpty()) {
        nums.add(p);
      }
    }
    try {
      if (nums.size() == 1 && nums.get(0).length() == 8) {
        String d = nums.get(0);
        LocalDate.of(Integer.parseInt(d.substring(0, 4)), Integer.parseInt(d.substring(4, 6)), Integer.parseInt(d.substring(6)));
        return d;
      }
      int year = Integer.parseInt(nums.get(0));
      int month = nums.size() > 1 ? Integer.parseInt(nums.get(1)) : 1;
      int day = nums.size() > 2 ? Integer.parseInt(nums.get(2)) : 1;
      LocalDate.of(year, month, day);
      return String.format("%04d", year) + (nums.size() > 1 ? String.format("%02d", month) : "")
          + (nums.size() > 2 ? String.format("%02d", day) : "");
    } catch (DateTimeException | NumberFormatException | IndexOutOfBoundsException e) {
      return null;
    }
  }

  /** A TS value written back in Chinese: {@code 2024年03月15日}, {@code 2024年03月} or {@code 2024年}. */
  static String fromTs(String ts) {
    StringBuilder sb = new StringBuilder(ts.substring(0, 4)).append('年');
    if (ts.length() >= 6) {
      sb.append(ts, 4, 6).append('月');
    }
    if (ts.length() >= 8) {
      sb.append(ts, 6, 8).append('日');
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return "TextScanner[" + (recognizer == null ? "patterns" : "patterns + " + recognizer.getClass().getSimpleName()) + "]";
  }

  private static final class Candidate {
    final int start;
    final int end;
    final ValueKind kind;
    final int priority;

    Candidate(int start, int end, ValueKind kind, int priority) {
      this.start = start;
      this.end = end;
      this.kind = kind;
      this.priority = priority;
    }
  }
}
