package io.hdx.security.deid;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

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
  private final ConcurrentHashMap<String, ConcurrentHashMap<Action, LongAdder>> counts = new ConcurrentHashMap<>();
  private final AtomicLong documents = new AtomicLong();

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
    Deidentifier.Outcome outcome = engine.transform(engine.ruleFor(datum), datum, value, subject);
    count(datum.countKey(), outcome.action);
    if (outcome.action == Action.KEEP && datum.kind() == ValueKind.TEXT && engine.policy().scansFreeText()) {
      return Optional.of(engine.scanText(this, datum, value, subject));
    }
    return Optional.ofNullable(outcome.value);
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
    counts.computeIfAbsent(key, k -> new ConcurrentHashMap<>()).computeIfAbsent(action, a -> new LongAdder()).increment();
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
    for (Map.Entry<String, ConcurrentHashMap<Action, LongAdder>> e : other.counts.entrySet()) {
      ConcurrentHashMap<Action, LongAdder> mine = counts.computeIfAbsent(e.getKey(), k -> new ConcurrentHashMap<>());
      for (Map.Entry<Action, LongAdder> a : e.getValue().entrySet()) {
        mine.computeIfAbsent(a.getKey(), x -> new LongAdder()).add(a.getValue().sum());
      }
    }
    documents.addAndGet(other.documents.get());
  }

  /** Marks one document finished. */
  public void documentDone() {
    documents.incrementAndGet();
  }

  /** The manifest of what this run has done so far. */
  public Manifest manifest() {
    Map<Action, Long> total = new EnumMap<>(Action.class);
    Map<String, Map<Action, Long>> elements = new TreeMap<>();
    for (Map.Entry<String, ConcurrentHashMap<Action, LongAdder>> e : counts.entrySet()) {
      Map<Action, Long> per = new EnumMap<>(Action.class);
      for (Map.Entry<Action, LongAdder> a : e.getValue().entrySet()) {
        long n = a.getValue().sum();
        per.put(a.getKey(), n);
        total.merge(a.getKey(), n, Long::sum);
      }
      elements.put(e.getKey(), per);
    }
    Policy policy = engine.policy();
    return new Manifest(policy.name(), policy.hash(), engine.keyId(), documents.get(), total, elements);
  }

  @Override
  public String toString() {
    return "DeidRun[" + engine.policy().name() + ", " + documents.get() + " documents]";
  }
}
