package io.hdx.security.deid;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What one de-identification run did: the policy (name and SM3 hash), the key id (never the key),
 * the number of documents, and how often each action was applied, in total and per data element
 * (or identifier OID, or path, for data without a data element). It holds no value of the data.
 *
 * <pre>{@code
 * Manifest m = run.manifest();
 * System.out.print(m.toText());
 * Files.write(dir.resolve("manifest.json"), m.toJson().getBytes(UTF_8));
 * }</pre>
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public final class Manifest {
  private final String policyName;
  private final String policyHash;
  private final String keyId;
  private final long documents;
  private final Map<Action, Long> actions;
  private final Map<String, Map<Action, Long>> elements;

  Manifest(String policyName, String policyHash, String keyId, long documents, Map<Action, Long> actions,
      Map<String, Map<Action, Long>> elements) {
    this.policyName = policyName;
    this.policyHash = policyHash;
    this.keyId = keyId;
    this.documents = documents;
    Map<Action, Long> a = new EnumMap<>(Action.class);
    a.putAll(actions);
    this.actions = Collections.unmodifiableMap(a);
    Map<String, Map<Action, Long>> e = new TreeMap<>();
    for (Map.Entry<String, Map<Action, Long>> entry : elements.entrySet()) {
      Map<Action, Long> per = new EnumMap<>(Action.class);
      per.putAll(entry.getValue());
      e.put(entry.getKey(), Collections.unmodifiableMap(per));
    }
    this.elements = Collections.unmodifiableMap(e);
  }

  /** The policy's name. */
  public String policyName() {
    return policyName;
  }

  /** The SM3 hash of the policy's canonical form. */
  public String policyHash() {
    return policyHash;
  }

  /** The key id (never the key). */
  public String keyId() {
    return keyId;
  }

  /** How many documents were finished. */
  public long documents() {
    return documents;
  }

  /** How often each action was applied. */
  public Map<Action, Long> actions() {
    return actions;
  }

  /** How often each action was applied, per data element (else identifier OID, else path). */
  public Map<String, Map<Action, Long>> elements() {
    return elements;
  }

  /** The count of {@code action}. */
  public long count(Action action) {
    return actions.getOrDefault(Objects.requireNonNull(action, "action"), 0L);
  }

  /** Text for people: a header, one line per action, then one line per element. */
  public String toText() {
    StringBuilder sb = new StringBuilder();
    sb.append("policy ").append(policyName).append(" sm3=").append(policyHash).append('\n');
    sb.append("key ").append(keyId).append('\n');
    sb.append("documents ").append(documents).append('\n');
    for (Map.Entry<Action, Long> e : actions.entrySet()) {
      sb.append(e.getKey().jsonName()).append(' ').append(e.getValue()).append('\n');
    }
    for (Map.Entry<String, Map<Action, Long>> e : elements.entrySet()) {
      sb.append("  ").append(e.getKey());
      for (Map.Entry<Action, Long> a : e.getValue().entrySet()) {
        sb.append(' ').append(a.getKey().jsonName()).append('=').append(a.getValue());
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  /** One JSON object: {@code policy}, {@code policyHash}, {@code keyId}, {@code documents}, {@code actions}, {@code elements}. */
  public String toJson() {
    StringBuilder sb = new StringBuilder("{");
    sb.append("\"policy\":").append(quote(policyName));
    sb.append(",\"policyHash\":").append(quote(policyHash));
    sb.append(",\"keyId\":").append(quote(keyId));
    sb.append(",\"documents\":").append(documents);
    sb.append(",\"actions\":");
    counts(sb, actions);
    sb.append(",\"elements\":{");
    boolean first = true;
    for (Map.Entry<String, Map<Action, Long>> e : elements.entrySet()) {
      sb.append(first ? "" : ",").append(quote(e.getKey())).append(':');
      counts(sb, e.getValue());
      first = false;
    }
    return sb.append("}}").toString();
  }

  private static void counts(StringBuilder sb, Map<Action, Long> counts) {
    sb.append('{');
    boolean first = true;
    for (Map.Entry<Action, Long> e : counts.entrySet()) {
      sb.append(first ? "" : ",").append(quote(e.getKey().jsonName())).append(':').append(e.getValue());
      first = false;
    }
    sb.append('}');
  }

  /** A JSON string literal (RFC 8259 §7). */
  static String quote(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append('"').toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Manifest && ((Manifest) o).toJson().equals(toJson());
  }

  @Override
  public int hashCode() {
    return toJson().hashCode();
  }

  @Override
  public String toString() {
    return "Manifest[" + policyName + ", " + documents + " documents]";
  }
}
