package io.hdx.model.document;

import io.hdx.model.spec.EntryShape;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One section of a document body ({@code component/structuredBody/component/section}): its LOINC
 * code and display name, the narrative {@code text}, and its entries.
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public final class Section {
  private final String code;
  private final String displayName;
  private final String text;
  private final List<Entry> entries;

  private Section(Builder b) {
    this.code = b.code;
    this.displayName = b.displayName;
    this.text = b.text;
    this.entries = Collections.unmodifiableList(new ArrayList<>(b.entries));
    if (code == null && displayName == null) {
      throw new IllegalArgumentException("a section needs a code or a display name");
    }
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this section's fields. */
  public Builder toBuilder() {
    Builder b = new Builder().code(code).displayName(displayName).text(text);
    b.entries.addAll(entries);
    return b;
  }

  /** The LOINC code, if any. */
  public Optional<String> code() {
    return Optional.ofNullable(code);
  }

  /** The display name, if any. */
  public Optional<String> displayName() {
    return Optional.ofNullable(displayName);
  }

  /** The code, or the display name for a section without code (matches {@code SectionSpec.key()}). */
  public String key() {
    return code != null ? code : displayName;
  }

  /** The narrative block as plain text, if any. */
  public Optional<String> text() {
    return Optional.ofNullable(text);
  }

  /** The entries, in order. */
  public List<Entry> entries() {
    return entries;
  }

  /** The entries carrying data element {@code dataElement}, searched through nested entries too. */
  public List<Entry> entries(String dataElement) {
    List<Entry> found = new ArrayList<>();
    collect(entries, dataElement, found);
    return found;
  }

  private static void collect(List<Entry> entries, String dataElement, List<Entry> found) {
    for (Entry entry : entries) {
      if (entry.dataElement().filter(dataElement::equals).isPresent()) {
        found.add(entry);
      }
      collect(entry.components(), dataElement, found);
    }
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Section)) {
      return false;
    }
    Section s = (Section) o;
    return Objects.equals(code, s.code) && Objects.equals(displayName, s.displayName)
        && Objects.equals(text, s.text) && entries.equals(s.entries);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, displayName, text, entries);
  }

  @Override
  public String toString() {
    return "Section[" + (code == null ? "-" : code) + ", " + entries.size() + " entries]";
  }

  /**
   * Builds a {@link Section}. Thread safety: not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private String code;
    private String displayName;
    private String text;
    private final List<Entry> entries = new ArrayList<>();

    private Builder() {}

    /** The LOINC code, or {@code null}. */
    public Builder code(String code) {
      this.code = code;
      return this;
    }

    /** The display name, or {@code null}. */
    public Builder displayName(String displayName) {
      this.displayName = displayName;
      return this;
    }

    /** The narrative as plain text, or {@code null}. */
    public Builder text(String text) {
      this.text = text;
      return this;
    }

    /** Appends an entry; an ENTRY_RELATIONSHIP entry is a detail nested in another and is refused here. */
    public Builder addEntry(Entry entry) {
      if (Objects.requireNonNull(entry, "entry").shape() == EntryShape.ENTRY_RELATIONSHIP) {
        throw new IllegalArgumentException("an ENTRY_RELATIONSHIP entry is a detail of another entry, not a section's");
      }
      entries.add(entry);
      return this;
    }

    /** Builds the section. */
    public Section build() {
      return new Section(this);
    }
  }
}
