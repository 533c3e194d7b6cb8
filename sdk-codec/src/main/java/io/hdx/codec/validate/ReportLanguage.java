package io.hdx.codec.validate;

import java.util.Locale;
import java.util.Objects;

/**
 * The language of an {@link HtmlReportWriter} page: its titles, labels, rule titles and explanations, and
 * the findings' messages.
 *
 * <p>Thread safety: immutable.
 *
 * <pre>{@code
 * HtmlReportWriter.builder().language(ReportLanguage.fromLocale(Locale.getDefault()));
 * }</pre>
 *
 * @since 0.1.0
 */
public enum ReportLanguage {
  /** Simplified Chinese (zh-CN). */
  ZH("zh"),
  /** English. */
  EN("en");

  private final String tag;

  ReportLanguage(String tag) {
    this.tag = tag;
  }

  /** The language tag used on the command line and in the page's resources: {@code zh} or {@code en}. */
  public String tag() {
    return tag;
  }

  /** {@link #ZH} for a Chinese locale (any region or script), else {@link #EN}. */
  public static ReportLanguage fromLocale(Locale locale) {
    return Objects.requireNonNull(locale, "locale").getLanguage().equals("zh") ? ZH : EN;
  }

  /**
   * The language with tag {@code tag} ({@code zh} or {@code en}, any case).
   *
   * @throws IllegalArgumentException for another tag
   */
  public static ReportLanguage fromTag(String tag) {
    Objects.requireNonNull(tag, "tag");
    for (ReportLanguage language : values()) {
      if (language.tag.equalsIgnoreCase(tag)) {
        return language;
      }
    }
    throw new IllegalArgumentException("not a report language (zh or en)");
  }
}
