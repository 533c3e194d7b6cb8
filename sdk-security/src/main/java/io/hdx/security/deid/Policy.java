package io.hdx.security.deid;

import io.hdx.security.internal.Bytes;
import io.hdx.security.sm.Sm3;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A de-identification policy: which {@link Rule} applies to each datum. A datum gets the first rule
 * that matches, most specific first:
 *
 * <ol>
 *   <li>its identifier scheme OID ({@code identifiers});
 *   <li>its path, exactly, then the longest path prefix written with a trailing {@code *} ({@code paths});
 *   <li>its data element code ({@code dataElements});
 *   <li>its category and kind of value ({@code categories.<c>.kinds});
 *   <li>its category ({@code categories});
 *   <li>otherwise, and always for a category the policy does not name, the rule for unknown
 *       content ({@code default}), which is {@code remove} in every preset: nothing passes through
 *       by accident.
 * </ol>
 *
 * <p>Free text that a rule keeps is scanned for identifiers when {@link #scansFreeText()}; what the
 * scan finds is treated as a direct identifier of its kind. Dates are shifted by up to {@link
 * #dateShiftMaxDays()} days.
 *
 * <pre>{@code
 * Policy policy = Policies.gbt37964().toBuilder()
 *     .dataElement("DE02.01.005.01", Rule.builder(Action.GENERALIZE).date(DatePrecision.YEAR).build())
 *     .build();
 * String hash = policy.hash();   // SM3 of the canonical form, for the manifest
 * }</pre>
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public final class Policy implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String name;
  private final Rule unknown;
  private final Map<Category, Rule> categories;
  private final Map<Category, Map<ValueKind, Rule>> kinds;
  private final Map<String, Rule> dataElements;
  private final Map<String, Rule> paths;
  private final Map<String, Rule> identifiers;
  private final int dateShiftMaxDays;
  private final boolean scanFreeText;

  private Policy(Builder b) {
    this.name = b.name;
    this.unknown = b.unknown;
    this.categories = Collections.unmodifiableMap(new EnumMap<>(b.categories));
    Map<Category, Map<ValueKind, Rule>> k = new EnumMap<>(Category.class);
    for (Map.Entry<Category, Map<ValueKind, Rule>> e : b.kinds.entrySet()) {
      k.put(e.getKey(), Collections.unmodifiableMap(new EnumMap<>(e.getValue())));
    }
    this.kinds = Collections.unmodifiableMap(k);
    this.dataElements = Collections.unmodifiableMap(new TreeMap<>(b.dataElements));
    this.paths = Collections.unmodifiableMap(new TreeMap<>(b.paths));
    this.identifiers = Collections.unmodifiableMap(new TreeMap<>(b.identifiers));
    this.dateShiftMaxDays = b.dateShiftMaxDays;
    this.scanFreeText = b.scanFreeText;
  }

  /** A builder for a policy called {@code name}, removing everything until told otherwise. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** A builder holding this policy's rules. */
  public Builder toBuilder() {
    Builder b = new Builder(name);
    b.unknown = unknown;
    b.categories.putAll(categories);
    for (Map.Entry<Category, Map<ValueKind, Rule>> e : kinds.entrySet()) {
      b.kinds.put(e.getKey(), new EnumMap<>(e.getValue()));
    }
    b.dataElements.putAll(dataElements);
    b.paths.putAll(paths);
    b.identifiers.putAll(identifiers);
    b.dateShiftMaxDays = dateShiftMaxDays;
    b.scanFreeText = scanFreeText;
    return b;
  }

  /** The rule for {@code datum}, as the class documentation orders them. */
  public Rule ruleFor(Datum datum) {
    Objects.requireNonNull(datum, "datum");
    if (datum.identifierOid().isPresent()) {
      Rule r = identifiers.get(datum.identifierOid().get());
      if (r != null) {
        return r;
      }
    }
    Rule byPath = pathRule(datum.path());
    if (byPath != null) {
      return byPath;
    }
    if (datum.dataElement().isPresent()) {
      Rule r = dataElements.get(datum.dataElement().get());
      if (r != null) {
        return r;
      }
    }
    if (datum.category() == Category.UNKNOWN) {
      return unknown;
    }
    Map<ValueKind, Rule> byKind = kinds.get(datum.category());
    if (byKind != null && byKind.containsKey(datum.kind())) {
      return byKind.get(datum.kind());
    }
    Rule byCategory = categories.get(datum.category());
    return byCategory != null ? byCategory : unknown;
  }

  private Rule pathRule(String path) {
    Rule exact = paths.get(path);
    if (exact != null) {
      return exact;
    }
    Rule best = null;
    int bestLength = -1;
    for (Map.Entry<String, Rule> e : paths.entrySet()) {
      String key = e.getKey();
      if (key.endsWith("*")) {
        String prefix = key.substring(0, key.length() - 1);
        if (path.startsWith(prefix) && prefix.length() > bestLength) {
          best = e.getValue();
          bestLength = prefix.length();
        }
      }
    }
    return best;
  }

  /** The name, e.g. {@code gbt37964}. */
  public String name() {
    return name;
  }

  /** The rule for content the model does not know, and for categories the policy does not name. */
  public Rule unknownRule() {
    return unknown;
  }

  /** The rule per category. */
  public Map<Category, Rule> categories() {
    return categories;
  }

  /** The rules per category and kind of value. */
  public Map<Category, Map<ValueKind, Rule>> kinds() {
    return kinds;
  }

  /** The rules per data element code. */
  public Map<String, Rule> dataElements() {
    return dataElements;
  }

  /** The rules per path (a trailing {@code *} matches a prefix). */
  public Map<String, Rule> paths() {
    return paths;
  }

  /** The rules per identifier scheme OID. */
  public Map<String, Rule> identifiers() {
    return identifiers;
  }

  /** The largest date shift in days. */
  public int dateShiftMaxDays() {
    return dateShiftMaxDays;
  }

  /** Whether kept free text is scanned for identifiers. */
  public boolean scansFreeText() {
    return scanFreeText;
  }

  /** Whether any rule uses reversible pseudonyms (then a reversible key is needed). */
  public boolean usesReversible() {
    return canonicalForm().contains("=" + Action.REVERSIBLE.jsonName());
  }

  /** A stable text form of every rule: one {@code selector=rule} line each, sorted within each part. */
  public String canonicalForm() {
    StringBuilder sb = new StringBuilder();
    sb.append("policy=").append(name).append('\n');
    sb.append("default=").append(unknown.canonicalForm()).append('\n');
    for (Map.Entry<Category, Rule> e : categories.entrySet()) {
      sb.append("category.").append(e.getKey().jsonName()).append('=').append(e.getValue().canonicalForm()).append('\n');
    }
    for (Map.Entry<Category, Map<ValueKind, Rule>> e : kinds.entrySet()) {
      for (Map.Entry<ValueKind, Rule> k : e.getValue().entrySet()) {
        sb.append("category.").append(e.getKey().jsonName()).append(".kind.").append(k.getKey().jsonName())
            .append('=').append(k.getValue().canonicalForm()).append('\n');
      }
    }
    for (Map.Entry<String, Rule> e : dataElements.entrySet()) {
      sb.append("de.").append(e.getKey()).append('=').append(e.getValue().canonicalForm()).append('\n');
    }
    for (Map.Entry<String, Rule> e : paths.entrySet()) {
      sb.append("path.").append(e.getKey()).append('=').append(e.getValue().canonicalForm()).append('\n');
    }
    for (Map.Entry<String, Rule> e : identifiers.entrySet()) {
      sb.append("oid.").append(e.getKey()).append('=').append(e.getValue().canonicalForm()).append('\n');
    }
    sb.append("dateShiftMaxDays=").append(dateShiftMaxDays).append('\n');
    sb.append("freeText=").append(scanFreeText ? "scan" : "keep").append('\n');
    return sb.toString();
  }

  /** SM3 (GB/T 32905) of the canonical form, 64 hex digits: names the policy in a manifest. */
  public String hash() {
    return Bytes.toHex(Sm3.digest(canonicalForm().getBytes(StandardCharsets.UTF_8)));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Policy && ((Policy) o).canonicalForm().equals(canonicalForm());
  }

  @Override
  public int hashCode() {
    return canonicalForm().hashCode();
  }

  @Override
  public String toString() {
    return "Policy[" + name + ", sm3=" + hash().substring(0, 16) + "]";
  }

  /**
   * Builds a {@link Policy}. A new builder removes everything: categories, data elements, paths and
   * identifiers are added one by one.
   *
   * <p>Thread safety: not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private String name;
    private Rule unknown = Rule.REMOVE;
    private final Map<Category, Rule> categories = new EnumMap<>(Category.class);
    private final Map<Category, Map<ValueKind, Rule>> kinds = new EnumMap<>(Category.class);
    private final Map<String, Rule> dataElements = new TreeMap<>();
    private final Map<String, Rule> paths = new TreeMap<>();
    private final Map<String, Rule> identifiers = new TreeMap<>();
    private int dateShiftMaxDays = 365;
    private boolean scanFreeText = true;

    private Builder(String name) {
      name(name);
    }

    /** The policy's name: letters, digits, {@code -}, {@code _} and {@code .}, 1..64 characters. */
    public Builder name(String name) {
      Objects.requireNonNull(name, "name");
      if (!name.matches("[A-Za-z0-9._-]{1,64}")) {
        throw new IllegalArgumentException("policy name: letters, digits, '-', '_', '.', 1..64");
      }
      this.name = name;
      return this;
    }

    /** The rule for unknown content (and unnamed categories). */
    public Builder unknown(Rule rule) {
      this.unknown = Objects.requireNonNull(rule, "rule");
      return this;
    }

    /** The rule for a category; {@link Category#UNKNOWN} sets {@link #unknown}. */
    public Builder category(Category category, Rule rule) {
      Objects.requireNonNull(category, "category");
      Objects.requireNonNull(rule, "rule");
      if (category == Category.UNKNOWN) {
        return unknown(rule);
      }
      categories.put(category, rule);
      return this;
    }

    /** The rule for one kind of value within a category. */
    public Builder kind(Category category, ValueKind kind, Rule rule) {
      Objects.requireNonNull(category, "category");
      if (category == Category.UNKNOWN) {
        throw new IllegalArgumentException("unknown content has one rule: use unknown()");
      }
      kinds.computeIfAbsent(category, c -> new EnumMap<>(ValueKind.class))
          .put(Objects.requireNonNull(kind, "kind"), Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /** The rule for a data element, by its code ({@code DEab.cd.efg.hi}). */
    public Builder dataElement(String code, Rule rule) {
      Objects.requireNonNull(code, "code");
      if (!code.matches("DE\\d{2}\\.\\d{2}\\.\\d{3}\\.\\d{2}")) {
        throw new IllegalArgumentException("data element code must look like DE02.01.039.00");
      }
      dataElements.put(code, Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /** The rule for a path, exactly, or for every path under a prefix written with a trailing {@code *}. */
    public Builder path(String path, Rule rule) {
      Objects.requireNonNull(path, "path");
      if (path.isEmpty() || path.indexOf('*') >= 0 && path.indexOf('*') != path.length() - 1) {
        throw new IllegalArgumentException("path: non-empty, '*' only at the end");
      }
      paths.put(path, Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /** The rule for identifiers of a scheme, by its OID. */
    public Builder identifier(String oid, Rule rule) {
      Objects.requireNonNull(oid, "oid");
      if (!oid.matches("[0-2](\\.(0|[1-9][0-9]*))+")) {
        throw new IllegalArgumentException("identifier: not an OID");
      }
      identifiers.put(oid, Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /** The largest date shift, 1..3650 days. */
    public Builder dateShiftMaxDays(int days) {
      if (days < 1 || days > 3650) {
        throw new IllegalArgumentException("dateShiftMaxDays must be 1..3650");
      }
      this.dateShiftMaxDays = days;
      return this;
    }

    /** Whether kept free text is scanned for identifiers (default: yes). */
    public Builder scanFreeText(boolean scan) {
      this.scanFreeText = scan;
      return this;
    }

    /** The policy. */
    public Policy build() {
      return new Policy(this);
    }
  }
}
