package io.hdx.codec.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The texts of {@link HtmlReportWriter} in one {@link ReportLanguage}: labels, rule titles and explanations,
 * and the translation of findings' messages. Read from {@code report-<tag>.properties} beside this class as
 * UTF-8 (not through {@code ResourceBundle}, which reads properties as ISO-8859-1 on Java 8).
 *
 * <p>Messages are made in English by the checks; a Chinese page translates each by the first
 * {@code msg.N.pattern} (a regular expression over the whole message) that matches, its groups carried over
 * and their known terms ({@code term.N}) translated. A message no pattern matches is shown in English, marked
 * as the original text.
 *
 * <p>Thread safety: immutable once loaded.
 */
final class ReportText {
  private static final Map<ReportLanguage, ReportText> LOADED = load();

  private final ReportLanguage language;
  private final Properties texts;
  private final List<Pattern> patterns;
  private final List<String> templates;
  private final List<String[]> terms;

  private ReportText(ReportLanguage language, Properties texts) {
    this.language = language;
    this.texts = texts;
    List<Pattern> p = new ArrayList<>();
    List<String> t = new ArrayList<>();
    for (int n = 1; texts.getProperty("msg." + n + ".pattern") != null; n++) {
      p.add(Pattern.compile(texts.getProperty("msg." + n + ".pattern")));
      t.add(texts.getProperty("msg." + n + ".zh"));
    }
    List<String[]> w = new ArrayList<>();
    for (int n = 1; texts.getProperty("term." + n + ".en") != null; n++) {
      w.add(new String[] {texts.getProperty("term." + n + ".en"), texts.getProperty("term." + n + ".zh")});
    }
    this.patterns = Collections.unmodifiableList(p);
    this.templates = Collections.unmodifiableList(t);
    this.terms = Collections.unmodifiableList(w);
  }

  private static Map<ReportLanguage, ReportText> load() {
    Map<ReportLanguage, ReportText> map = new EnumMap<>(ReportLanguage.class);
    for (ReportLanguage language : ReportLanguage.values()) {
      String name = "report-" + language.tag() + ".properties";
      Properties p = new Properties();
      try (InputStream in = ReportText.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + name + " of sdk-codec");
        }
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read resource " + name + " of sdk-codec", e);
      }
      map.put(language, new ReportText(language, p));
    }
    return map;
  }

  static ReportText of(ReportLanguage language) {
    return LOADED.get(language);
  }

  ReportLanguage language() {
    return language;
  }

  /** The text {@code key} with {@code {0}}, {@code {1}} ... replaced by {@code args}. */
  String get(String key, Object... args) {
    String text = texts.getProperty(key);
    if (text == null) {
      throw new IllegalStateException("no text " + key + " in report-" + language.tag() + ".properties");
    }
    for (int i = 0; i < args.length; i++) {
      text = text.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return text;
  }

  /** Whether the text {@code key} exists. */
  boolean has(String key) {
    return texts.getProperty(key) != null;
  }

  /** The rule's title in this language. */
  String title(ValidationRule rule) {
    return language == ReportLanguage.EN ? rule.title() : get("rule." + rule.id() + ".title");
  }

  /** The rule's explanation in this language. */
  String explanation(ValidationRule rule) {
    return language == ReportLanguage.EN ? rule.explanation() : get("rule." + rule.id() + ".explanation");
  }

  /** {@code message} in this language, or null when it has no translation (then it is shown as written). */
  String message(String message) {
    if (language == ReportLanguage.EN) {
      return message;
    }
    for (int i = 0; i < patterns.size(); i++) {
      Matcher m = patterns.get(i).matcher(message);
      if (m.matches()) {
        String out = templates.get(i);
        for (int g = m.groupCount(); g >= 1; g--) {
          out = out.replace("$" + g, term(m.group(g) == null ? "" : m.group(g)));
        }
        return out;
      }
    }
    return null;
  }

  private String term(String text) {
    for (String[] t : terms) {
      if (text.equals(t[0])) {
        return t[1];
      }
    }
    return text;
  }

  /** The keys of the labels (not rules, messages or terms), for tests that compare the languages. */
  List<String> labelKeys() {
    List<String> keys = new ArrayList<>();
    for (String key : texts.stringPropertyNames()) {
      if (!key.startsWith("rule.") || key.equals("rule.decoder") || key.equals("rule.source")) {
        if (!key.startsWith("msg.") && !key.startsWith("term.")) {
          keys.add(key);
        }
      }
    }
    Collections.sort(keys);
    return keys;
  }
}
