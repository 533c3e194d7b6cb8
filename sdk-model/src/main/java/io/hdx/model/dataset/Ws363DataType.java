package io.hdx.model.dataset;

import java.util.Objects;
import java.util.Optional;

/**
 * The data types of WS 363 data element values (数据元值的数据类型). A data element whose type no
 * source confirms has none: {@link DataElement#dataType()} is empty then.
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public enum Ws363DataType {
  /** 字符型: a string that cannot be enumerated, e.g. a name or a free-text history. */
  S1("S1", "字符型(不可枚举)", "string that cannot be enumerated"),
  /** 字符型 (枚举, 不超过 3 个值): a string from at most three values listed with the element. */
  S2("S2", "字符型(枚举且不超过3个值)", "enumerated string, at most 3 values listed with the element"),
  /** 字符型 (代码): a code from a value domain (a WS 364 or GB/T code table). */
  S3("S3", "字符型(代码)", "code from a value domain (WS 364 or GB/T code table)"),
  /** 布尔型 (逻辑型): true or false. */
  L("L", "布尔型", "boolean"),
  /** 数值型: a number, integer or decimal. */
  N("N", "数值型", "number"),
  /** 日期型: a date, format D8 (yyyyMMdd). */
  D("D", "日期型", "date (D8 yyyyMMdd)"),
  /** 日期时间型: a date and time, format DT15 (yyyyMMdd'T'HHmmss). */
  DT("DT", "日期时间型", "date-time (DT15 yyyyMMdd'T'HHmmss)"),
  /** 时间型: a time of day, format T6 (HHmmss). */
  T("T", "时间型", "time (T6 HHmmss)"),
  /** 二进制: binary data such as an image or a scanned document. */
  BY("BY", "二进制", "binary (image, file)");

  private final String code;
  private final String nameZh;
  private final String description;

  Ws363DataType(String code, String nameZh, String description) {
    this.code = code;
    this.nameZh = nameZh;
    this.description = description;
  }

  /** The type's code in WS 363, e.g. {@code S1}. */
  public String code() {
    return code;
  }

  /** The type's Chinese name, e.g. {@code 字符型(代码)}. */
  public String nameZh() {
    return nameZh;
  }

  /** A short English description, e.g. {@code code from a value domain ...}. */
  public String description() {
    return description;
  }

  /**
   * The type with this WS 363 code.
   *
   * @param code e.g. {@code S3}; exact, case-sensitive
   * @return the type, or empty if no type has this code
   */
  public static Optional<Ws363DataType> fromCode(String code) {
    Objects.requireNonNull(code, "code");
    for (Ws363DataType t : values()) {
      if (t.code.equals(code)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /**
   * The type with this WS 363 code.
   *
   * @param code e.g. {@code S3}
   * @return the type
   * @throws IllegalArgumentException if no type has this code
   */
  public static Ws363DataType parse(String code) {
    Optional<Ws363DataType> type = fromCode(code);
    if (!type.isPresent()) {
      throw new IllegalArgumentException("not a WS 363 data type code: \"" + code
          + "\" (expected S1, S2, S3, L, N, D, DT, T or BY)");
    }
    return type.get();
  }
}
