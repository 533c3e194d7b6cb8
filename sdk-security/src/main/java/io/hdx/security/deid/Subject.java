package io.hdx.security.deid;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The person a document is about, as the engine needs it: a key that date shifting keys on (the
 * same key gets the same offset in every document, for example the patient's first identifier), and
 * the names of the people in the header (patient, authors, legal authenticator, contacts), which a
 * free-text scan looks for in narrative text.
 *
 * <pre>{@code
 * Subject subject = Subject.builder(patientId).addName("张三").addName("李四").build();
 * }</pre>
 *
 * <p>{@link #toString()} shows neither the key nor the names.
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public final class Subject {
  private final String key;
  private final List<String> names;

  private Subject(String key, List<String> names) {
    this.key = key;
    this.names = names;
  }

  /** A subject with {@code key} and no known names. */
  public static Subject of(String key) {
    return builder(key).build();
  }

  /** A builder. */
  public static Builder builder(String key) {
    return new Builder(key);
  }

  /** The key date shifting keys on. Personal data: do not log. */
  public String key() {
    return key;
  }

  /** The header people's names, longest first. Personal data: do not log. */
  public List<String> names() {
    return names;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Subject && ((Subject) o).key.equals(key) && ((Subject) o).names.equals(names);
  }

  @Override
  public int hashCode() {
    return key.hashCode() * 31 + names.hashCode();
  }

  @Override
  public String toString() {
    return "Subject[" + names.size() + " names, redacted]";
  }

  /**
   * Builds a {@link Subject}.
   *
   * <p>Thread safety: not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final String key;
    private final Set<String> names = new LinkedHashSet<>();

    private Builder(String key) {
      this.key = Objects.requireNonNull(key, "key");
    }

    /** Adds a header person's name (blank names and single characters are ignored). */
    public Builder addName(String name) {
      String n = Objects.requireNonNull(name, "name").trim();
      if (n.codePointCount(0, n.length()) >= 2) {
        names.add(n);
      }
      return this;
    }

    /** The subject. */
    public Subject build() {
      List<String> sorted = new ArrayList<>(names);
      sorted.sort((a, b) -> b.length() - a.length());
      return new Subject(key, Collections.unmodifiableList(sorted));
    }
  }
}
