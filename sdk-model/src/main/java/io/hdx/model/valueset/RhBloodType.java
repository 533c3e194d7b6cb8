package io.hdx.model.valueset;

import java.util.Optional;

/**
 * Rh(D) 血型 per WS 364 value domain CV04.50.020, the value set of data element DE04.50.010.00
 * (Rh(D)血型代码), code system {@code 2.16.156.10011.2.3.1.250} in WS/T 500 documents.
 *
 * <pre>{@code
 * RhBloodType.fromCode("1")   // Optional[NEGATIVE]
 * }</pre>
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public enum RhBloodType implements Coded {
  /** Rh(D) negative (阴性). Code {@code 1}. */
  NEGATIVE("1", "阴性"),
  /** Rh(D) positive (阳性). Code {@code 2}. */
  POSITIVE("2", "阳性"),
  /** Not known (不详). Code {@code 3}. */
  UNKNOWN("3", "不详"),
  /** Not tested (未查). Code {@code 4}. */
  NOT_TESTED("4", "未查");

  /** The code system's OID, {@value}. */
  public static final String CODE_SYSTEM = "2.16.156.10011.2.3.1.250";

  /** The code system's name, {@value}. */
  public static final String CODE_SYSTEM_NAME = "Rh(D)血型代码表";

  private final String code;
  private final String displayName;

  RhBloodType(String code, String displayName) {
    this.code = code;
    this.displayName = displayName;
  }

  /**
   * The constant with this code.
   *
   * @param code e.g. {@code 1}; exact
   * @return the constant, or empty if the code is not in the table
   */
  public static Optional<RhBloodType> fromCode(String code) {
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
