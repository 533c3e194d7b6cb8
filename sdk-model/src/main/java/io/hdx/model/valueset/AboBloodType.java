package io.hdx.model.valueset;

import java.util.Optional;

/**
 * ABO 血型 (ABO blood group) per WS 364 value domain CV04.50.005, the value set of data element
 * DE04.50.001.00 (ABO血型代码), code system {@code 2.16.156.10011.2.3.1.85} in WS/T 500 documents.
 *
 * <p>The inpatient front sheet (病案首页) adds 6 未查 (not tested); that code is not part of
 * CV04.50.005 and is not here.
 *
 * <pre>{@code
 * AboBloodType.fromCode("4")   // Optional[AB]
 * }</pre>
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public enum AboBloodType implements Coded {
  /** Group A (A型). Code {@code 1}. */
  A("1", "A型"),
  /** Group B (B型). Code {@code 2}. */
  B("2", "B型"),
  /** Group O (O型). Code {@code 3}. */
  O("3", "O型"),
  /** Group AB (AB型). Code {@code 4}. */
  AB("4", "AB型"),
  /** Not known (不详). Code {@code 5}. */
  UNKNOWN("5", "不详");

  /** The code system's OID, {@value}. */
  public static final String CODE_SYSTEM = "2.16.156.10011.2.3.1.85";

  /** The code system's name, {@value}. */
  public static final String CODE_SYSTEM_NAME = "ABO血型代码表";

  private final String code;
  private final String displayName;

  AboBloodType(String code, String displayName) {
    this.code = code;
    this.displayName = displayName;
  }

  /**
   * The constant with this code.
   *
   * @param code e.g. {@code 1}; exact
   * @return the constant, or empty if the code is not in the table
   */
  public static Optional<AboBloodType> fromCode(String code) {
    return CodedEnums.fromCode(values(), code);
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String displayName() {
    return displayName;
  }

  @Override
  public String codeSystem() {
    return CODE_SYSTEM;
  }

  @Override
  public String codeSystemName() {
    return CODE_SYSTEM_NAME;
  }
}
