package io.hdx.security.deid;

import io.hdx.model.id.ResidentIdNumber;
import io.hdx.model.valueset.AdministrativeDivision;
import io.hdx.model.valueset.AdministrativeDivisions;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A pseudonym for a resident ID number that is itself a well-formed GB 11643-1999 number: a current
 * GB/T 2260 address code (§5.2), a real birth date (§5.3), a sequence code (§5.4) and the ISO 7064
 * MOD 11-2 check character (§5.5). It keeps what it is told of the region ({@link RegionLevel}),
 * the birth date ({@link DatePrecision}) and the sex (the sequence code's parity); everything else
 * is replaced.
 *
 * <p>Construction: the parts not kept form one number {@code x} in a domain of size {@code D}
 * (regions under the kept prefix × days in the kept period × sequence codes of the kept parity);
 * {@code x}, written as two numerals (three above 2^32) in the smallest radix whose square (cube) covers
 * {@code D}, is encrypted with {@link Ff1} over SM4 (NIST SP 800-38G), walking the cycle until the
 * result falls inside the domain (about one step, as radix^2 is barely above {@code D}), with the kept
 * parts as tweak. The mapping is therefore a
 * permutation of each kept group: two people never share a pseudonym (except holders of retired
 * address codes, which are mapped by hash), and the key holder can compute it back. Domains below
 * one million are padded to FF1's minimum, costing up to 10^6/D encryptions when almost everything
 * is kept.
 *
 * <pre>{@code
 * ResidentIdPseudonym p = ResidentIdPseudonym.create(ff1Key, RegionLevel.PROVINCE, DatePrecision.YEAR, true);
 * String pseudonym = p.pseudonymize(ResidentIdNumber.parse(number));   // same province, birth year, sex
 * }</pre>
 *
 * <p>Thread safety: immutable; share it.
 *
 * @since 0.1.0
 */
public final class ResidentIdPseudonym {
  /** Birth dates drawn when none of the birth date is kept: 1930-01-01 to 2019-12-31 (a fixed range, so results do not depend on today). */
  static final LocalDate ANY_BIRTH_FROM = LocalDate.of(1930, 1, 1);
  static final LocalDate ANY_BIRTH_TO = LocalDate.of(2019, 12, 31);
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private final Ff1 ff1;
  private final RegionLevel region;
  private final DatePrecision birth;
  private final boolean keepSex;

  private ResidentIdPseudonym(Ff1 ff1, RegionLevel region, DatePrecision birth, boolean keepSex) {
    this.ff1 = ff1;
    this.region = region;
    this.birth = birth;
    this.keepSex = keepSex;
  }

  /** The current GB/T 2260 codes below province level, sorted: built once, immutable. */
  private static final class Codes {
    static final List<String> BELOW_PROVINCE = build();

    private static List<String> build() {
      List<String> codes = new ArrayList<>();
      for (AdministrativeDivision d : AdministrativeDivisions.bundled().current()) {
        if (d.level() != AdministrativeDivision.Level.PROVINCE) {
          codes.add(d.code());
        }
      }
      Collections.sort(codes);
      return Collections.unmodifiableList(codes);
    }
  }

  /**
   * A pseudonymizer under {@code ff1} (radix 10) keeping {@code region}, {@code birth} and, when
   * {@code keepSex}, the sex.
   */
  public static ResidentIdPseudonym create(Ff1 ff1, RegionLevel region, DatePrecision birth, boolean keepSex) {
    Objects.requireNonNull(ff1, "ff1");
    if (ff1.radix() != 10) {
      throw new IllegalArgumentException("FF1 radix must be 10");
    }
    return new ResidentIdPseudonym(ff1, Objects.requireNonNull(region, "region"),
        Objects.requireNonNull(birth, "birth"), keepSex);
  }

  /** The pseudonym of {@code id}: 18 characters, valid under GB 11643-1999. */
  public String pseudonymize(ResidentIdNumber id) {
    Objects.requireNonNull(id, "id");
    return map(id, true);
  }

  /**
   * The number a pseudonym was made from, for authorized re-identification with the same key and
   * options; exact when the original's address code is current and, if none of the birth date is
   * kept, the birth date lies in 1930-2019 (others are clamped into that range).
   */
  public String reidentify(ResidentIdNumber pseudonym) {
    Objects.requireNonNull(pseudonym, "pseudonym");
    return map(pseudonym, false);
  }

  private String map(ResidentIdNumber id, boolean forward) {
    String code = id.regionCode();
    List<String> regions = regionsLike(code);
    LocalDate born = id.birthDate();
    LocalDate from;
    LocalDate to;
    switch (birth) {
      case DAY:
        from = born;
        to = born;
        break;
      case MONTH:
        from = born.withDayOfMonth(1);
        to = from.plusMonths(1).minusDays(1);
        break;
      case YEAR:
        from = born.withDayOfYear(1);
        to = from.plusYears(1).minusDays(1);
        break;
      default:
        from = ANY_BIRTH_FROM;
        to = ANY_BIRTH_TO;
    }
    long days = ChronoUnit.DAYS.between(from, to) + 1;
    int sequence = Integer.parseInt(id.sequenceCode());
    boolean male = sequence % 2 == 1;
    long sequences = keepSex ? (male ? 500 : 499) : 999;

    long regionIndex = Collections.binarySearch(regions, code);
    if (regionIndex < 0) {
      regionIndex = Math.floorMod(code.hashCode(), regions.size());
    }
    long dayIndex = Math.min(Math.max(ChronoUnit.DAYS.between(from, born), 0), days - 1);
    long seqIndex = keepSex ? (male ? (sequence - 1) / 2 : Math.max(sequence / 2 - 1, 0)) : Math.max(sequence - 1, 0);

    long domain = regions.size() * days * sequences;
    long x = (regionIndex * days + dayIndex) * sequences + seqIndex;
    byte[] tweak = ("hdx-rid|" + region + '|' + code.substring(0, region.digits()) + '|' + birth + '|'
        + from.format(DAY) + '|' + (keepSex ? (male ? "1" : "2") : "-")).getBytes(StandardCharsets.US_ASCII);
    // The domain written as `length` numerals in the smallest radix whose radix^length covers it (at least FF1's
    // one million): each step of the cycle walk then lands inside the domain with a probability near one.
    int length = domain <= 65536L * 65536L ? 2 : 3;
    int radix = Math.max(length == 2 ? 1000 : 100, rootUp(domain, length));
    long y = x;
    do {
      int[] numerals = Ff1.strLong(y, length, radix);
      y = Ff1.numLong(forward ? ff1.encrypt(radix, numerals, tweak) : ff1.decrypt(radix, numerals, tweak), radix);
    } while (y >= domain);

    long newSeqIndex = y % sequences;
    long rest = y / sequences;
    String newRegion = regions.get((int) (rest / days));
    LocalDate newBirth = from.plusDays(rest % days);
    int newSequence = keepSex ? (male ? (int) (2 * newSeqIndex + 1) : (int) (2 * newSeqIndex + 2)) : (int) (newSeqIndex + 1);
    String first17 = newRegion + newBirth.format(DAY) + pad(Integer.toString(newSequence), 3);
    return first17 + ResidentIdNumber.checkCharacter(first17);
  }

  private List<String> regionsLike(String code) {
    if (region == RegionLevel.COUNTY) {
      return Collections.singletonList(code);
    }
    String prefix = code.substring(0, region.digits());
    List<String> codes = Codes.BELOW_PROVINCE;
    int from = insertionPoint(codes, prefix);
    int to = from;
    while (to < codes.size() && codes.get(to).startsWith(prefix)) {
      to++;
    }
    return from == to ? Collections.singletonList(code) : codes.subList(from, to);
  }

  /** The smallest r with r^length >= value. */
  static int rootUp(long value, int length) {
    long r = (long) Math.floor(Math.pow(value, 1.0 / length));
    while (r > 1 && pow(r - 1, length) >= value) {
      r--;
    }
    while (pow(r, length) < value) {
      r++;
    }
    return (int) r;
  }

  private static long pow(long base, int length) {
    long out = 1;
    for (int i = 0; i < length; i++) {
      out *= base;
    }
    return out;
  }

  /** The index of the first of the sorted {@code codes} not below {@code key}. */
  private static int insertionPoint(List<String> codes, String key) {
    int at = Collections.binarySearch(codes, key);
    return at >= 0 ? at : -at - 1;
  }

  private static String pad(String digits, int width) {
    StringBuilder out = new StringBuilder(width);
    for (int i = digits.length(); i < width; i++) {
      out.append('0');
    }
    return out.append(digits).toString();
  }

  @Override
  public String toString() {
    return "ResidentIdPseudonym[region=" + region + ", birth=" + birth + ", keepSex=" + keepSex + ", key redacted]";
  }
}
