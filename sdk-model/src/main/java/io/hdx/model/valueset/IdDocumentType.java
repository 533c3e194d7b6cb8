package io.hdx.model.valueset;

import java.util.Optional;

/**
 * 身份证件类别 (type of identity document) per WS 364 value domain CV02.01.101, the value set of data
 * element DE02.01.031.00 (身份证件类别代码).
 *
 * <p>The code-system OID {@code 2.16.156.10011.2.3.1.1} is the one the HL7 V3 patient-registry
 * examples of the 2016 互联互通 specification use for {@code idCategory} (confidence MEDIUM: one
 * example corpus and vendor XSLs derived from it); the codes come from several dictionaries.
 *
 * <pre>{@code
 * IdDocumentType.fromCode("01")   // Optional[RESIDENT_ID_CARD]
 * }</pre>
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public enum IdDocumentType implements Coded {
  /** Resident identity card (居民身份证). Code {@code 01}. */
  RESIDENT_ID_CARD("01", "居民身份证"),
  /** Household register (居民户口簿). Code {@code 02}. */
  HOUSEHOLD_REGISTER("02", "居民户口簿"),
  /** Passport (护照). Code {@code 03}. */
  PASSPORT("03", "护照"),
  /** Military officer identity card (军官证). Code {@code 04}. */
  MILITARY_OFFICER_ID("04", "军官证"),
  /** Driving licence (驾驶证). Code {@code 05}. */
  DRIVING_LICENCE("05", "驾驶证"),
  /** Travel permit for Hong Kong and Macao residents (港澳居民来往内地通行证). Code {@code 06}. */
  HONG_KONG_MACAO_TRAVEL_PERMIT("06", "港澳居民来往内地通行证"),
  /** Travel permit for Taiwan residents (台湾居民来往内地通行证). Code {@code 07}. */
  TAIWAN_TRAVEL_PERMIT("07", "台湾居民来往内地通行证"),
  /** Other legal identity document (其他法定有效证件). Code {@code 99}. */
  OTHER("99", "其他法定有效证件");

  /** The code system's OID, {@value}. */
  public static final String CODE_SYSTEM = "2.16.156.10011.2.3.1.1";

  /** The code system's name, {@value}. */
  public static final String CODE_SYSTEM_NAME = "身份证件类别代码表";

  private final String code;
  private final String displayName;

  IdDocumentType(String code, String displayName) {
    this.code = code;
    this.displayName = displayName;
  }

  /**
   * The constant with this code.
   *
   * @param code e.g. {@code 01}; exact
   * @return the constant, or empty if the code is not in the table
   */
  public static Optional<IdDocumentType> fromCode(String code) {
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
