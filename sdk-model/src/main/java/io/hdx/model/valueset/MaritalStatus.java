package io.hdx.model.valueset;

import java.util.Optional;

/**
 * 婚姻状况 (marital status) per GB/T 2261.2-2003 《个人基本信息分类与代码 第2部分：婚姻状况代码》,
 * code system {@code 2.16.156.10011.2.3.3.5} in WS/T 500 documents.
 *
 * <pre>{@code
 * MaritalStatus.fromCode("20")   // Optional[MARRIED]
 * }</pre>
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public enum MaritalStatus implements Coded {
  /** Never married (未婚). Code {@code 10}. */
  UNMARRIED("10", "未婚"),
  /** Married (已婚). Code {@code 20}. */
  MARRIED("20", "已婚"),
  /** Married, first marriage (初婚). Code {@code 21}. */
  FIRST_MARRIAGE("21", "初婚"),
  /** Remarried (再婚). Code {@code 22}. */
  REMARRIED("22", "再婚"),
  /** Remarried to the former spouse (复婚). Code {@code 23}. */
  REMARRIED_SAME_SPOUSE("23", "复婚"),
  /** Widowed (丧偶). Code {@code 30}. */
  WIDOWED("30", "丧偶"),
  /** Divorced (离婚). Code {@code 40}. */
  DIVORCED("40", "离婚"),
  /** Not stated (未说明的婚姻状况). Code {@code 90}. */
  NOT_STATED("90", "未说明的婚姻状况");

  /** The code system's OID, {@value}. */
  public static final String CODE_SYSTEM = "2.16.156.10011.2.3.3.5";

  /** The code system's name, {@value}. */
  public static final String CODE_SYSTEM_NAME = "婚姻状况代码表(GB/T 2261.2)";

  private final String code;
  private final String displayName;

  MaritalStatus(String code, String displayName) {
    this.code = code;
    this.displayName = displayName;
  }

  /**
   * The constant with this code.
   *
   * @param code e.g. {@code 10}; exact
   * @return the constant, or empty if the code is not in the table
   */
  public static Optional<MaritalStatus> fromCode(String code) {
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
