package io.hdx.codec;

import io.hdx.codec.cda.CdaSource;
import io.hdx.codec.cda.DecodeMode;
import java.util.Objects;

/**
 * Something the decoder read but did not map into the model as written: an element it does not know
 * (kept in the {@link CdaSource}, not in the model), or a vendor deviation it recovered from in
 * {@link DecodeMode#LENIENT} mode (codes CDA-091x). Never carries a document value. The JSON decoder's
 * warnings have {@code JSON-09xx} codes.
 *
 * <p>Thread safety: immutable.
 *
 * <pre>{@code
 * for (DecodeWarning w : result.warnings()) { log(w.code(), w.xpath()); }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class DecodeWarning {
  /** Code of an element the model does not hold: not in the document, kept in its {@link CdaSource}. */
  public static final String UNKNOWN_ELEMENT = "CDA-0901";
  /** Code of markup inside a text value, read as plain text in the model and kept in the {@link CdaSource}. */
  public static final String NARRATIVE_MARKUP = "CDA-0902";
  /** Lenient: a document without the HL7 V3 namespace, read as if it had it. */
  public static final String NO_NAMESPACE = "CDA-0910";
  /** Lenient: a {@code value} without {@code xsi:type}, its type inferred from its attributes. */
  public static final String TYPE_INFERRED = "CDA-0911";
  /** Lenient: a timestamp written with separators (2024-01-31 08:00), read as HL7 TS (202401310800). */
  public static final String TIMESTAMP_NORMALIZED = "CDA-0912";
  /** Lenient: a boolean written as 1/0 or in capitals, read as true/false. */
  public static final String BOOLEAN_NORMALIZED = "CDA-0913";
  /** Lenient: a nullFlavor that is not an HL7 code, read as NI (no information). */
  public static final String NULL_FLAVOR_REPLACED = "CDA-0914";
  /** Lenient: a code, OID, timestamp or number padded with whitespace (a fixed-width column), read trimmed. */
  public static final String WHITESPACE_TRIMMED = "CDA-0915";
  /**
   * Lenient: an all-zero timestamp ({@code 00000000}, {@code 000000000000}, {@code 00000000000000}: six to
   * fourteen zeros, an even count, as the WS/T 500 appendix examples write an unknown time), which names
   * no calendar date. Where the model's field is optional (header effectiveTime, birthTime, author and
   * signer time, encounter effectiveTime, entry effectiveTime, IVL_TS low and high) it reads as absent;
   * a {@code value} of xsi:type TS reads as a {@code NullValue} of type TS with nullFlavor NI, so the
   * entry keeps its data element. {@code 0000} is a valid HL7 TS (year 0) and is not a placeholder. The
   * {@link CdaSource} keeps the placeholder, so an unchanged document re-encodes as it came.
   */
  public static final String TIMESTAMP_PLACEHOLDER = "CDA-0916";
  /**
   * Lenient: a coded value (CD, CE, CV) without {@code @code} or with an empty one, e.g. only codeSystem
   * and displayName (generators that leave out an attribute they have no value for). A {@code value}
   * reads as a {@code NullValue} of its type with nullFlavor NI; an optional header code
   * (administrativeGenderCode, maritalStatusCode, ethnicGroupCode, occupationCode, confidentialityCode)
   * reads as absent. The displayName is not kept in the model, only in the {@link CdaSource}.
   */
  public static final String CODE_MISSING = "CDA-0917";
  /**
   * Lenient: an INT written as element text ({@code <value xsi:type="INT">3</value>}) instead of in
   * {@code @value}, read from the text because the text is an integer.
   */
  public static final String NUMBER_AS_TEXT = "CDA-0918";
  /**
   * Lenient: a number with no value: an INT or PQ whose {@code @value} is empty, or an INT without
   * {@code @value} whose text is empty or not an integer. A {@code value} reads as a {@code NullValue} of
   * its type with nullFlavor NI; the header age reads as absent. Any other non-number in {@code @value}
   * is still refused (CDA-0101) in both modes.
   */
  public static final String NUMBER_PLACEHOLDER = "CDA-0919";

  /**
   * Lenient: a value that breaks its data type, kept in the model as written (an invalid value of its type:
   * {@code PointInTime.invalid}, {@code PhysicalQuantity.invalid}, {@code MonetaryAmount.invalid},
   * {@code RealValue.invalid}, {@code IntegerValue.invalid}, {@code BooleanValue.invalid}, an identifier or code
   * {@code buildAsWritten()}; {@code Hl7Value.isValid()} is false) so that the document is read, judged and
   * written back unchanged: a TS that is not of the HL7 form or names no real date (a birth time of nine digits,
   * {@code 20151236209521}, {@code 19900231}, an empty value, the offset {@code -700}); a PQ, MO, REAL, INT or BL
   * whose {@code @value} is empty or not of its type; an II without {@code @root} or with a root that is no OID
   * ({@code <setId extension="1"/>}); a code without {@code @codeSystem} or with one that is no OID. A
   * {@code versionNumber} that is no integer is read as absent (the source keeps it). The validator reports each
   * as an ERROR of rule {@code value-invalid}, with its data element where the model knows it. Strict mode
   * refuses it (CDA-0101, CDA-0102 for a missing attribute). Issue 10.
   */
  public static final String VALUE_KEPT_INVALID = "CDA-0921";

  private final String code;
  private final String xpath;
  private final int line;
  private final int column;
  private final String message;

  /** A warning {@code code} at {@code xpath}, line and column (-1 when unknown), with a value-free message. */
  public DecodeWarning(String code, String xpath, int line, int column, String message) {
    this.code = Objects.requireNonNull(code, "code");
    this.xpath = Objects.requireNonNull(xpath, "xpath");
    this.line = line;
    this.column = column;
    this.message = Objects.requireNonNull(message, "message");
  }

  /** The stable code, e.g. {@link #UNKNOWN_ELEMENT}. */
  public String code() {
    return code;
  }

  /** The XPath of the skipped element (for JSON, the JSON Pointer of the skipped field). */
  public String xpath() {
    return xpath;
  }

  /** The 1-based line, or -1. */
  public int line() {
    return line;
  }

  /** The 1-based column, or -1. */
  public int column() {
    return column;
  }

  /** What happened, without values. */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof DecodeWarning)) {
      return false;
    }
    DecodeWarning w = (DecodeWarning) o;
    return code.equals(w.code) && xpath.equals(w.xpath) && line == w.line && column == w.column
        && message.equals(w.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, xpath, line, column, message);
  }

  @Override
  public String toString() {
    return code + " " + xpath + ": " + message + " (line " + line + ", column " + column + ")";
  }
}
