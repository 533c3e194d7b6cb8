package io.hdx.model.layout;

import java.util.Locale;
import java.util.Optional;

/**
 * How personal a datum of a document is, for de-identification: a direct identifier, a quasi-identifier,
 * sensitive health data, or none of these. The category of each datum is spec data
 * ({@code sdk-model/src/build/facts/personal-data-categories.tsv}), not decided here.
 *
 * <p>Clauses: GB/T 37964-2019 (信息安全技术 个人信息去标识化指南) §3.6 defines 标识符 (identifier) and §3.7 直接标识符
 * (direct identifier), as its published text shows; 准标识符 (quasi-identifier) follows as §3.8 by the order of §3,
 * which we could not confirm from a public copy of the text (the copy we read stops after §3.7). GB/T 39725-2020
 * (信息安全技术 健康医疗数据安全指南) §6.1 (数据类别范围) names the classes of health data: 个人属性数据, 健康状况数据,
 * 医疗应用数据, 医疗支付数据, 卫生资源数据, 公共卫生数据; our {@link #SENSITIVE} covers the health status, care and
 * payment classes, and the 个人属性数据 of that clause are our {@link #DIRECT} and {@link #QUASI} data.
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public enum PersonalDataCategory {
  /** Identifies a person on its own: name, resident ID, phone, address, insurance or health-card and record numbers. */
  DIRECT("GB/T 37964-2019 §3.7"),
  /** Identifies a person combined with others: birth date, sex, region, ethnicity, occupation, dates of care. */
  QUASI("GB/T 37964-2019 §3.8 (clause number unconfirmed)"),
  /** Health data about the person: history, findings, diagnoses, drugs, operations, fees (GB/T 39725-2020 §6.1). */
  SENSITIVE("GB/T 39725-2020 §6.1"),
  /** Not about the data subject: document identity, codes, the keeping organization. */
  NONE(null);

  private final String clause;

  PersonalDataCategory(String clause) {
    this.clause = clause;
  }

  /** The standard and clause the category follows; empty for {@link #NONE}. */
  public Optional<String> clause() {
    return Optional.ofNullable(clause);
  }

  /** The lower-case word the CLI prints: {@code direct}, {@code quasi}, {@code sensitive}, {@code none}. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
