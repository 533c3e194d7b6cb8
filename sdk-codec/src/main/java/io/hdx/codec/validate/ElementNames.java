package io.hdx.codec.validate;

import io.hdx.model.dataset.DataElement;
import io.hdx.model.dataset.DataElementCatalog;
import java.text.Normalizer;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The names data elements go by, to tell whether a document's {@code code/@displayName} names another element
 * than its {@code code/@code} (rule {@link ValidationRule#DE_DISPLAY_NAME}), by the catalog's name of each element
 * (WS 363). The specs' entry names are not used: they come from the same samples, copy-paste included.
 *
 * <p>Thread safety: safe for concurrent use; the catalog maps are immutable after construction and the memo of
 * normalized display names is a concurrent map, bounded so that arbitrary input cannot grow it.
 */
final class ElementNames {
  private static final Pattern REMARKS = Pattern.compile("\\([^)]*\\)|\\[[^\\]]*\\]|【[^】]*】");
  private static final int MEMO_LIMIT = 8192;
  private static final Pattern SEPARATORS = Pattern.compile("[\\s()\\[\\]【】\\-_/、·]");
  private final Map<String, Set<String>> codesByCatalogName = new HashMap<>();
  private final Map<String, Set<String>> namesByCode = new HashMap<>();
  /** Display names seen in documents, normalized (NFKC and two regular expressions cost a third of a validation). */
  private final Map<String, String> normalizedDisplayNames = new ConcurrentHashMap<>();

  ElementNames(DataElementCatalog catalog) {
    for (DataElement e : catalog.all()) {
      String name = normalize(e.nameZh());
      String code = e.code().toString();
      codesByCatalogName.computeIfAbsent(name, k -> new TreeSet<>()).add(code);
      namesByCode.computeIfAbsent(code, k -> new HashSet<>()).add(name);
    }
  }

  /**
   * The data elements whose catalog name {@code displayName} is, when {@code code} is none of them and
   * {@code displayName} is not like any name {@code code} goes by; empty otherwise.
   */
  Set<String> otherElementsNamed(String code, String displayName) {
    String name = normalizedDisplayNames.get(displayName);
    if (name == null) {
      name = normalize(displayName);
      if (normalizedDisplayNames.size() < MEMO_LIMIT) {
        normalizedDisplayNames.put(displayName, name);
      }
    }
    Set<String> named = codesByCatalogName.get(name);
    if (named == null || named.contains(code)) {
      return Collections.emptySet();
    }
    for (String own : namesByCode.getOrDefault(code, Collections.<String>emptySet())) {
      if (alike(own, name)) {
        return Collections.emptySet();
      }
    }
    return named;
  }

  /** A name without full-width forms (NFKC), bracketed remarks (units: 体温(℃)), spacing and dashes, lower case. */
  static String normalize(String name) {
    String n = Normalizer.normalize(name, Normalizer.Form.NFKC);
    n = REMARKS.matcher(n).replaceAll("");
    return SEPARATORS.matcher(n).replaceAll("").toLowerCase(Locale.ROOT);
  }

  /**
   * Whether two normalized names are near-identical: one contains the other, or they share more than half their
   * characters in order (2 x longest common subsequence / total length > 0.5; 产后心率 / 心率 alike, 体温 / 心率 not).
   */
  static boolean alike(String a, String b) {
    if (a.isEmpty() || b.isEmpty() || a.contains(b) || b.contains(a)) {
      return true;
    }
    int[][] lcs = new int[a.length() + 1][b.length() + 1];
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        lcs[i][j] = a.charAt(i - 1) == b.charAt(j - 1) ? lcs[i - 1][j - 1] + 1 : Math.max(lcs[i - 1][j], lcs[i][j - 1]);
      }
    }
    return 2.0 * lcs[a.length()][b.length()] / (a.length() + b.length()) > 0.5;
  }
}
