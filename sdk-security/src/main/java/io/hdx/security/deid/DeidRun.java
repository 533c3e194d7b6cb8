package io.hdx.security.deid;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * One run of a {@link Deidentifier}: applies its policy value by value and counts each action per
 * data element for the {@link Manifest}. Values are never kept.
 *
 * <pre>{@code
 * DeidRun run = deid.newRun();
 * Optional<String> name = run.apply(nameDatum, "张三", patientKey);   // e.g. a token, or empty if removed
 * run.documentDone();
 * run.manifest().toJson();
 * }</pre>
 *
 * <p>Thread safety: thread-safe; several threads may share one run.
 *
 * @since 0.1.0
 */
public final class DeidRun {
  private final Deidentifier engine;
  private static final Action[] ACTIONS = Action.values();
  /** Per count key, one counter per action (by ordinal): one allocation per key and run, none per datum. */
  private final ConcurrentHashMap<String, AtomicLongArray> counts = new ConcurrentHashMap<>(64);
  private final AtomicLong documents = new AtomicLong();
  /**
   * The pseudonyms this thread has made in its current document, until {@link #documentDone()}: a value written
   * several times in one document (a hospital's identifier under author, custodian and signer) is computed once.
   * A pseudonym depends on the rule, the kind, the domain and the value only, never on the subject. Bounded; never
   * kept past the document.
   */
  private final ThreadLocal<Map<Memo, Deidentifier.Outcome>> pseudonyms = ThreadLocal.withInitial(HashMap::new);
  private static final int MEMO_LIMIT = 256;

  DeidRun(Deidentifier engine) {
    this.engine = engine;
  }

  /**
   * The de-identified value of {@code value} at {@code datum}, or empty when the policy removes it.
   *
   * <p>Free text ({@link ValueKind#TEXT}) that the policy keeps is scanned when the policy says
   * so: what the scanner finds is replaced as the policy says for its kind.
   *
   * @param subject the patient: the key date shifting keys on (the same key gets the same offset in
   *     every document) and the header people's names that free text is scanned for
   */
  public Optional<String> apply(Datum datum, String value, Subject subject) {
    Objects.requireNonNull(datum, "datum");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(subject, "subject");
    Rule rule = engine.ruleFor(datum);
    Deidentifier.Outcome outcome = rule.action() == Action.PSEUDONYMIZE ? pseudonym(rule, datum, value, subject)
        : engine.transform(rule, datum, value, subject);
    count(datum.countKey(), outcome.action);
    if (outcome.action == Action.KEEP && datum.kind() == ValueKind.TEXT && engine.policy().scansFreeText()) {
      return Optional.of(engine.scanText(this, datum, value, subject));
    }
    return Optional.ofNullable(outcome.value);
  }

  private Deidentifier.Outcome pseudonym(Rule rule, Datum datum, String value, Subject subject) {
    Map<Memo, Deidentifier.Outcome> made = pseudonyms.get();
    Memo key = new Memo(rule, datum.kind(), Deidentifier.domain(datum), value);
    Deidentifier.Outcome outcome = made.get(key);
    if (outcome == null) {
      outcome = engine.transform(rule, datum, value, subject);
      if (made.size() >= MEMO_LIMIT) {
        made.clear();
      }
      made.put(key, outcome);
    }
    return outcome;
  }

  /** As {@link #apply(Datum, String, Subject)} with a subject of {@code subjectKey} and no known names. */
  public Optional<String> apply(Datum datum, String value, String subjectKey) {
    return apply(datum, value, Subject.of(subjectKey));
  }

  /** Counts a removal at {@code datum} done by the caller (for content removed whole, such as an unknown element). */
  public void countRemoval(Datum datum) {
    count(Objects.requireNonNull(datum, "datum").countKey(), Action.REMOVE);
  }

  void count(String key, Action action) {
    counters(key).incrementAndGet(action.ordinal());
  }

  private AtomicLongArray counters(String key) {
    AtomicLongArray c = counts.get(key);
    if (c == null) {
      AtomicLongArray fresh = new AtomicLongArray(ACTIONS.length);
      c = counts.putIfAbsent(key, fresh);
      if (c == null) {
        c = fresh;
      }
    }
    return c;
  }

  /**
   * Adds what {@code other}, a run of the same engine, has counted (its documents and actions), so
   * that a caller can de-identify each document in a run of its own and keep only the counts of the
   * documents that succeeded.
   *
   * @throws IllegalArgumentException when {@code other} is a run of another engine
   */
  public void addAll(DeidRun other) {
    Objects.requireNonNull(other, "other");
    if (other.engine != engine) {
      throw new IllegalArgumentException("a run of another engine");
    }
    for (Map.Entry<String, AtomicLongArray> e : other.counts.entrySet()) {
      AtomicLongArray mine = counters(e.getKey());
      for (int a = 0; a < ACTIONS.length; a++) {
        long n = e.getValue().get(a);
        if (n != 0) {
          mine.addAndGet(a, n);
        }
      }
    }
    documents.addAndGet(other.documents.get());
  }

  /** Marks one document finished (the calling thread's document: what it pseudonymized is forgotten). */
  public void documentDone() {
    documents.incrementAndGet();
    pseudonyms.remove();
  }

  /** The manifest of what this run has done so far. */
  public Manifest manifest() {
    Map<Action, Long> total = new EnumMap<>(Action.class);
    Map<String, Map<Action, Long>> elements = new TreeMap<>();
    for (Map.Entry<String, AtomicLongArray> e : counts.entrySet()) {
      Map<Action, Long> per = new EnumMap<>(Action.class);
      for (int a = 0; a < ACTIONS.length; a++) {
        long n = e.getValue().get(a);
        if (n != 0) {
          per.put(ACTIONS[a], n);
          total.merge(ACTIONS[a], n, Long::sum);
        }
      }
      elements.put(e.getKey(), per);
    }
    Policy policy = engine.policy();
    return new Manifest(policy.name(), policy.hash(), engine.keyId(), documents.get(), total, elements);
  }

  /** What a pseudonym is made from: the rule (by identity), the kind, the domain and the value. */
  private static final class Memo {
    final Rule rule;
    final ValueKind kind;
    final String domain;
    final String value;

    Memo(Rule rule, ValueKind kind, String domain, String value) {
      this.rule = rule;
      this.kind = kind;
      this.domain = domain;
      this.value = value;
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof Memo)) {
        return false;
      }
      Memo m = (Memo) o;
      return rule == m.rule && kind == m.kind && domain.equals(m.domain) && value.equals(m.value);
    }

    @Override
    public int hashCode() {
      return (System.identityHashCode(rule) * 31 + kind.hashCode()) * 31 + domain.hashCode() * 17 + value.hashCode();
    }
  }

  @Override
  public String toString() {
    return "DeidRun[" + engine.policy().name() + ", " + documents.get() + " documents]";
  }
}
