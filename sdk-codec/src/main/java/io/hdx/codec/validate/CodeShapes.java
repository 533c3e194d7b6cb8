package io.hdx.codec.validate;

import java.util.regex.Pattern;

/**
 * The shapes of diagnosis and operation codes (rule {@link ValidationRule#CODE_SHAPE}): ICD-10 with the national
 * clinical extension (GB/T 14396-2016) and ICD-9-CM-3. Thread safety: stateless.
 */
final class CodeShapes {
  /** ICD-10 tables the WS/T 500 samples write: 2.16.156.10011.2.3.3.11 and 2.16.156.10011.2.3.3.11.n. */
  static final String ICD10 = "2.16.156.10011.2.3.3.11";
  /** 手术(操作)代码表(ICD-9-CM-3). */
  static final String ICD9CM3 = "2.16.156.10011.2.3.3.12";

  private static final Pattern ICD10_CATEGORY = Pattern.compile("^[A-Z][0-9]{2}.*");
  // A00-Z99, .d or .dd (x for "no subcategory" in the national edition), up to three extension digits and
  // x + ddd, a dagger or asterisk mark; or a morphology code M dddd/d
  private static final Pattern ICD10_CODE = Pattern.compile(
      "^(?:[A-Z][0-9]{2}(?:\\.[0-9Xx]{1,2}[0-9]{0,3}(?:x[0-9]{3})?)?[†*+]?|M[0-9]{4}/[0-9])$");
  // two digits, then a dot and up to five digits (43.41013, 02.34002 in regional editions) and x + ddd
  private static final Pattern ICD9_CATEGORY = Pattern.compile("^[0-9]{2}.*");
  private static final Pattern ICD9_CODE = Pattern.compile("^[0-9]{2}(?:\\.[0-9]{1,5}(?:x[0-9]{3})?)?$");

  /** A code's shape: as the classification writes it, a known category with an unexpected tail, or no category. */
  enum Verdict {
    OK, TAIL, NO_CATEGORY
  }

  private CodeShapes() {}

  /** Whether {@code codeSystem} is an ICD-10 or the ICD-9-CM-3 table. */
  static boolean applies(String codeSystem) {
    return codeSystem.equals(ICD10) || codeSystem.startsWith(ICD10 + ".") || codeSystem.equals(ICD9CM3);
  }

  /** The shape of {@code code} in {@code codeSystem} (one {@link #applies(String)} accepts). */
  static Verdict check(String codeSystem, String code) {
    boolean icd9 = codeSystem.equals(ICD9CM3);
    String c = code.trim();
    if (!(icd9 ? ICD9_CATEGORY : ICD10_CATEGORY).matcher(c).matches()) {
      return Verdict.NO_CATEGORY;
    }
    return (icd9 ? ICD9_CODE : ICD10_CODE).matcher(c).matches() ? Verdict.OK : Verdict.TAIL;
  }

  /** The classification's name for messages. */
  static String name(String codeSystem) {
    return codeSystem.equals(ICD9CM3) ? "ICD-9-CM-3" : "ICD-10";
  }
}
