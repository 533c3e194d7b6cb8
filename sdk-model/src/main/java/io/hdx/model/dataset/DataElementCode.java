package io.hdx.model.dataset;

import io.hdx.model.ValidationException;
import java.util.Objects;

/**
 * The identifier of a WS 363 data element, {@code DEab.cd.efg.hi}, for example
 * {@code DE02.01.039.00} (姓名).
 *
 * <p>WS 363.1-2011 builds the identifier from the prefix {@code DE}, the two-level subject
 * classification of the element (a two-digit class {@code ab}, such as {@code 02} for the
 * identification of the person, and a two-digit subclass {@code cd}), a three-digit serial number
 * {@code efg} within the subclass, and a two-digit additional code {@code hi} that tells apart
 * variants of one element ({@code DE02.01.005.01} 出生日期 is a variant of serial 005). The digits
 * are ASCII digits. This class checks the structure only; whether a code names a real element is
 * for {@link DataElementCatalog}.
 *
 * <pre>{@code
 * DataElementCode code = DataElementCode.parse("DE02.01.039.00");
 * code.classCode();   // "02"
 * }</pre>
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public final class DataElementCode implements Comparable<DataElementCode> {

  /** Error code of {@link #parse} for text that is not a data element code. */
  public static final String ERROR_MALFORMED = "DE-0001";

  /** The WS 363.1 shape {@code DEab.cd.efg.hi}: {@code 9} stands for a digit, every other character for itself. */
  private static final String SHAPE = "DE99.99.999.99";

  private final String value;

  private DataElementCode(String value) {
    this.value = value;
  }

  /**
   * Parses a data element code.
   *
   * @param text e.g. {@code DE02.01.039.00}; no surrounding blanks
   * @return the code
   * @throws ValidationException {@value #ERROR_MALFORMED} if the text does not have the WS 363.1
   *     structure {@code DEab.cd.efg.hi}
   */
  public static DataElementCode parse(String text) {
    Objects.requireNonNull(text, "text");
    if (!isValid(text)) {
      throw new ValidationException(ERROR_MALFORMED, "data element code: not of the WS 363.1 form"
          + " DEab.cd.efg.hi (DE, 2-digit class, 2-digit subclass, 3-digit serial number,"
          + " 2-digit additional code)");
    }
    return new DataElementCode(text);
  }

  /**
   * Whether the text has the structure {@code DEab.cd.efg.hi} (WS 363.1).
   *
   * @param text any text
   * @return true if {@link #parse} would accept it
   */
  public static boolean isValid(String text) {
    Objects.requireNonNull(text, "text");
    if (text.length() != SHAPE.length()) {
      return false;
    }
    for (int i = 0; i < SHAPE.length(); i++) {
      char want = SHAPE.charAt(i);
      char c = text.charAt(i);
      if (want == '9' ? c < '0' || c > '9' : c != want) {
        return false;
      }
    }
    return true;
  }

  /** The whole code, e.g. {@code DE02.01.039.00}. */
  public String value() {
    return value;
  }

  /** The class {@code ab} of the WS 363.1 subject classification, e.g. {@code 02}. */
  public String classCode() {
    return value.substring(2, 4);
  }

  /** The subclass {@code cd} of the WS 363.1 subject classification, e.g. {@code 01}. */
  public String subclassCode() {
    return value.substring(5, 7);
  }

  /** The serial number {@code efg} within the subclass (WS 363.1), e.g. {@code 039}. */
  public String serialNumber() {
    return value.substring(8, 11);
  }

  /**
   * The additional code {@code hi} (WS 363.1 附加码) that tells apart variants of one element,
   * e.g. {@code 00}, or {@code 01} in {@code DE02.01.005.01}.
   */
  public String additionalCode() {
    return value.substring(12, 14);
  }

  @Override
  public int compareTo(DataElementCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DataElementCode && ((DataElementCode) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The code itself, e.g. {@code DE02.01.039.00}. */
  @Override
  public String toString() {
    return value;
  }
}
