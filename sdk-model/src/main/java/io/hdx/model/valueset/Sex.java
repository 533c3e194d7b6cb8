package io.hdx.model.valueset;

import java.util.Optional;

/**
 * 生理性别 (sex) per GB/T 2261.1-2003 《个人基本信息分类与代码 第1部分：人的性别代码》, the value set of
 * data element DE02.01.040.00 (性别代码) in WS/T 500 documents, code system
 * {@code 2.16.156.10011.2.3.3.4}.
 *
 * <p>Codes 5 and 6 are in GB/T 2261.1-2003 (two public sources) but rare in health records;
 * codes 0, 1, 2 and 9 are confirmed by the WS/T 500 samples and several dictionaries.
 *
 * <pre>{@code
 * Sex.fromCode("2")   // Optional[FEMALE]
 * }</pre>
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public enum Sex implements Coded {
  /** Not known (未知的性别). Code {@code 0}. */
  UNKNOWN("0", "未知的性别"),
  /** Male (男性). Code {@code 1}. */
  MALE("1", "男性"),
  /** Female (女性). Code {@code 2}. */
  FEMALE("2", "女性"),
  /** Changed from female to male (女性改(变)为男性). Code {@code 5}. */
  FEMALE_TO_MALE("5", "女性改(变)为男性"),
  /** Changed from male to female (男性改(变)为女性). Code {@code 6}. */
  MALE_TO_FEMALE("6", "男性改(变)为女性"),
  /** Not stated (未说明的性别). Code {@code 9}. */
  NOT_STATED("9", "未说明的性别");

  /** The code system's OID, {@value}. */
  public static final String CODE_SYSTEM = "2.16.156.10011.2.3.3.4";

  /** The code system's name, {@value}. */
  public static final String CODE_SYSTEM_NAME = "生理性别代码表(GB/T 2261.1)";

  private final String code;
  private final String displayName;

  Sex(String code, String displayName) {
    this.code = code;
    this.displayName = displayName;
  }

  /**
   * The constant with this code.
   *
   * @param code e.g. {@code 0}; exact
   * @return the constant, or empty if the code is not in the table
   */
  public static Optional<Sex> fromCode(String code) {
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
