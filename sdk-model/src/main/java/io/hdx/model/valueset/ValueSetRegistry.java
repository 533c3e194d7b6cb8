package io.hdx.model.valueset;

import io.hdx.model.Confidence;

import io.hdx.model.ValidationException;
import io.hdx.model.internal.TsvResource;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The value sets HDX knows, by OID and by value-domain id. {@link #standard()} indexes every
 * value-set OID found in the WS/T 500 samples plus the ID document types (身份证件类别代码表),
 * with the full code lists of the common small tables (sex, marital status, ethnicity,
 * occupation, payment method, ID document type, ABO and Rh blood type) and the example codes of
 * the others.
 *
 * <pre>{@code
 * ValueSetRegistry registry = ValueSetRegistry.standard();
 * registry.find("2.16.156.10011.2.3.3.5");   // 婚姻状况代码表(GB/T 2261.2), by OID
 * registry.find("CV02.01.101");              // 身份证件类别代码表, by WS 364 id
 * registry.find("GB/T 2261.1-2003");         // by GB/T number, with or without the year
 * registry.get("CV04.50.005").concept("1").displayName();   // A型
 * registry.get(CodeSystems.GBT2261_2).concept("20");       // 已婚
 * }</pre>
 *
 * <p>Thread safety: thread-safe. The standard registry reads its index from the classpath
 * resource {@code io/hdx/model/valueset/value-sets.tsv} on first use, and each code list when its
 * set is first looked up; a loaded set is kept and never changes.
 *
 * @since 0.1.0
 */
public final class ValueSetRegistry {

  /** Error code of {@link #get} for an OID or id the registry does not know. */
  public static final String ERROR_UNKNOWN = "VS-0001";

  static final String INDEX = "value-sets.tsv";
  private static final List<String> INDEX_HEADER = Arrays.asList("oid", "name",
      "value_domain_id", "completeness", "confidence", "codes_file", "other_names", "source");
  private static final List<String> CODES_HEADER =
      Arrays.asList("code", "display_zh", "source", "confidence");

  /** Index rows by OID, in index order; the code list of a row is read on first use. */
  private final Map<String, List<String>> index;
  private final Map<String, String> oidByDomainKey;
  private final ConcurrentMap<String, ValueSet> loaded = new ConcurrentHashMap<>();

  private ValueSetRegistry(Map<String, List<String>> index, Map<String, ValueSet> preloaded) {
    this.index = Collections.unmodifiableMap(index);
    Map<String, String> domains = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : index.entrySet()) {
      String domain = e.getValue().get(2);
      if (!domain.isEmpty() && domains.put(domainKey(domain), e.getKey()) != null) {
        throw new IllegalArgumentException("two value sets with value-domain id " + domain);
      }
    }
    this.oidByDomainKey = Collections.unmodifiableMap(domains);
    this.loaded.putAll(preloaded);
  }

  /** The registry HDX ships, indexed once on first use. */
  public static ValueSetRegistry standard() {
    return Holder.STANDARD;
  }

  /**
   * A registry of the given sets.
   *
   * @param sets the sets; OIDs and value-domain ids must be distinct
   * @return the registry
   * @throws IllegalArgumentException if two sets share an OID or a value-domain id
   */
  public static ValueSetRegistry of(Collection<ValueSet> sets) {
    Objects.requireNonNull(sets, "sets");
    Map<String, List<String>> index = new LinkedHashMap<>();
    Map<String, ValueSet> preloaded = new LinkedHashMap<>();
    for (ValueSet s : sets) {
      Objects.requireNonNull(s, "set");
      if (index.put(s.oid(), Arrays.asList(s.oid(), s.name(), s.valueDomainId().orElse(""),
          s.completeness().name(), s.confidence().name(), "", "", "")) != null) {
        throw new IllegalArgumentException("two value sets with OID " + s.oid());
      }
      preloaded.put(s.oid(), s);
    }
    return new ValueSetRegistry(index, preloaded);
  }

  /**
   * The set with this OID.
   *
   * @param oid e.g. {@code 2.16.156.10011.2.3.3.4}
   * @return the set, or empty if the registry does not know the OID
   */
  public Optional<ValueSet> findByOid(String oid) {
    Objects.requireNonNull(oid, "oid");
    List<String> row = index.get(oid);
    return row == null ? Optional.<ValueSet>empty()
        : Optional.of(loaded.computeIfAbsent(oid, k -> load(row)));
  }

  /**
   * The set with this value-domain id: a WS 364 id such as {@code CV04.50.005}, or a GB/T number
   * such as {@code GB/T 2261.1}. Letter case, blanks, a trailing year ({@code -2003}) and the
   * difference between {@code GB} and {@code GB/T} are ignored.
   *
   * @param valueDomainId the id
   * @return the set, or empty if no set has this id
   */
  public Optional<ValueSet> findByValueDomainId(String valueDomainId) {
    Objects.requireNonNull(valueDomainId, "valueDomainId");
    String oid = oidByDomainKey.get(domainKey(valueDomainId));
    return oid == null ? Optional.<ValueSet>empty() : findByOid(oid);
  }

  /**
   * The set with this OID or value-domain id.
   *
   * @param oidOrValueDomainId an OID, a WS 364 id or a GB/T number
   * @return the set, or empty if none matches
   */
  public Optional<ValueSet> find(String oidOrValueDomainId) {
    Optional<ValueSet> byOid = findByOid(oidOrValueDomainId);
    return byOid.isPresent() ? byOid : findByValueDomainId(oidOrValueDomainId);
  }

  /**
   * The set with this OID or value-domain id.
   *
   * @param oidOrValueDomainId an OID, a WS 364 id or a GB/T number
   * @return the set
   * @throws ValidationException {@value #ERROR_UNKNOWN} if none matches
   */
  public ValueSet get(String oidOrValueDomainId) {
    Optional<ValueSet> set = find(oidOrValueDomainId);
    if (!set.isPresent()) {
      throw new ValidationException(ERROR_UNKNOWN,
          "value set: no set with this OID or value-domain id in the HDX registry");
    }
    return set.get();
  }

  /**
   * The codes HDX knows of a code system.
   *
   * @param system e.g. {@link CodeSystems#GBT2261_2}
   * @return the set
   * @throws ValidationException {@value #ERROR_UNKNOWN} if the registry does not hold it
   */
  public ValueSet get(CodeSystem system) {
    return get(system.oid());
  }

  /** The OIDs of every set, in the registry's order. */
  public Set<String> oids() {
    return index.keySet();
  }

  /** The number of sets. */
  public int size() {
    return index.size();
  }

  @Override
  public String toString() {
    return "ValueSetRegistry{" + index.size() + " value sets}";
  }

  static String domainKey(String id) {
    String key = id.trim().toUpperCase(Locale.ROOT).replace(" ", "").replace("GB/T", "GB");
    return key.startsWith("GB") ? key.replaceFirst("-[0-9]{4}$", "") : key;
  }

  private static ValueSet load(List<String> row) {
    String oid = row.get(0);
    try {
      // A code system's name is the one CodeSystems gives it, so that the spec, the validator and
      // user code name it alike; the index keeps the samples' majority name for the others.
      String name = CodeSystems.find(oid).map(CodeSystem::name).orElse(row.get(1));
      ValueSet.Builder b = ValueSet.builder().oid(oid).name(name)
          .valueDomainId(row.get(2))
          .completeness(Completeness.valueOf(row.get(3)))
          .confidence(Confidence.valueOf(row.get(4)));
      if (!row.get(5).isEmpty()) {
        List<List<String>> codes =
            TsvResource.read(ValueSetRegistry.class, row.get(5), CODES_HEADER);
        for (List<String> code : codes) {
          b.concept(code.get(0), code.get(1));
        }
      }
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("HDX resource " + INDEX + ": bad value set " + oid, e);
    }
  }

  static ValueSetRegistry loadStandard() {
    Map<String, List<String>> index = new LinkedHashMap<>();
    for (List<String> row : TsvResource.read(ValueSetRegistry.class, INDEX, INDEX_HEADER)) {
      if (index.put(row.get(0), row) != null) {
        throw new IllegalStateException("HDX resource " + INDEX + ": OID twice: " + row.get(0));
      }
    }
    return new ValueSetRegistry(index, Collections.<String, ValueSet>emptyMap());
  }

  private static final class Holder {
    static final ValueSetRegistry STANDARD = loadStandard();
  }
}
