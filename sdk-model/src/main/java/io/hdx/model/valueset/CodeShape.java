package io.hdx.model.valueset;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The shape of a code in a code table HDX cannot ship: the national editions of ICD-10 and
 * ICD-9-CM-3 are licensed, so HDX knows only a few example codes of them and checks instead that a
 * code <em>looks like</em> one of theirs. A code of the right shape may still not exist in the
 * table; a code of the wrong shape certainly does not.
 *
 * <p>Shared by the validator and by user code, so that both say the same thing about a code:
 *
 * <pre>{@code
 * CodeShape.ICD10.matches("I10");          // true
 * CodeShape.ICD10.matches("B95.100");      // true: category B95, .1, national extension 00
 * CodeShape.ICD10.matches("I10.x00x002");  // true: national clinical edition placeholder and suffix
 * CodeShape.ICD10.matches("1");            // false
 * CodeShape.ICD9CM3.matches("02.34002");   // true
 * }</pre>
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public enum CodeShape {
  /**
   * ICD-10 (WHO; the national edition is GB/T 14396-2016 《疾病分类与代码》): a category of one
   * capital letter and two digits ({@code A00}-{@code Z99}), optionally a point and one or two
   * subcategory characters (a digit, or {@code x} as the national clinical edition's placeholder),
   * then up to three national extension digits and an optional {@code x} followed by three digits
   * (national clinical edition suffix). Examples from public WS/T 500 samples: {@code S06.902},
   * {@code R57.101}, {@code B95.100}.
   */
  ICD10("ICD-10 category A00-Z99, optionally .x or .xx and national extension digits",
      "[A-Z][0-9]{2}(\\.(?:[0-9]{1,2}|x[0-9]?)[0-9]{0,3}(?:x[0-9]{3})?)?"),
  /**
   * ICD-9-CM volume 3 (procedures), as the national clinical edition extends it: two digits,
   * optionally a point and one or two digits, then up to three national extension digits and an
   * optional {@code x} followed by three digits. Examples: {@code 02.34}, {@code 02.34002} (public
   * WS/T 500 samples), {@code 00.0100x001}.
   */
  ICD9CM3("ICD-9-CM-3 code nn or nn.n or nn.nn, optionally national extension digits",
      "[0-9]{2}(\\.[0-9]{1,2}[0-9]{0,3}(?:x[0-9]{3})?)?");

  private final String description;
  private final Pattern pattern;

  CodeShape(String description, String regex) {
    this.description = description;
    this.pattern = Pattern.compile(regex);
  }

  /**
   * Whether {@code code} has this shape. Case matters ({@code i10} is not an ICD-10 code) and no
   * blanks are trimmed.
   *
   * @param code the code, e.g. {@code I10}
   * @return whether it has the shape
   */
  public boolean matches(String code) {
    Objects.requireNonNull(code, "code");
    return pattern.matcher(code).matches();
  }

  /** What the shape is, in one line, for messages (never contains a value). */
  public String description() {
    return description;
  }
}
