package io.hdx.codec.v3;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A value set (值集) as the terminology messages carry it ({@code registrationRequest/subject1/valueSet}): its
 * identifier ({@code id/@extension}), description ({@code desc}), status ({@code statusCode/@code}), version
 * ({@code version/@code} with a display name) and items ({@code valueSetItems}: {@code code/@code} with a display
 * name, and a status). Elements per wangk4i/LangZhongGit {@code lzihe/xml样例/H05/H0501Rt.xml} (register),
 * {@code H0503Rt.xml} (query) and the H0503Rp response mapping; no HL7 V3 schema of the PRVS interactions is
 * public (schemas-v3/PROVENANCE.md), so both data-type styles write the same layout apart from display names and
 * the description (attribute {@code value} in the national style, element text in R1).
 *
 * <p>The status codes are kept as written: the sample writes {@code 1} for an active value set and item, and no
 * source we could read names the code system.
 *
 * <p>Thread safety: immutable; the builder is not.
 *
 * <pre>{@code ValueSetRecord sex = ValueSetRecord.builder("sexDictionary").version("1.0")
 *     .addItem(ValueSetRecord.Item.of("1", "男性", "1")).build();}</pre>
 *
 * @since 0.1.0
 */
public final class ValueSetRecord {
  private final String id;
  private final String description;
  private final String status;
  private final String version;
  private final String versionName;
  private final List<Item> items;

  private ValueSetRecord(Builder b) {
    this.id = b.id;
    this.description = b.description;
    this.status = b.status;
    this.version = b.version;
    this.versionName = b.versionName;
    this.items = Collections.unmodifiableList(new ArrayList<>(b.items));
  }

  /** A builder for the value set with identifier {@code id}. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** A builder holding this record's values. */
  public Builder toBuilder() {
    Builder b = new Builder(id);
    b.description = description;
    b.status = status;
    b.version = version;
    b.versionName = versionName;
    b.items.addAll(items);
    return b;
  }

  /** The value set's identifier (值集标识符). */
  public String id() {
    return id;
  }

  /** The description (值集描述). */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /** The status code as written (值集状态代码). */
  public Optional<String> status() {
    return Optional.ofNullable(status);
  }

  /** The version code (值集版本). */
  public Optional<String> version() {
    return Optional.ofNullable(version);
  }

  /** The version's display name. */
  public Optional<String> versionName() {
    return Optional.ofNullable(versionName);
  }

  /** The items (值集项目). */
  public List<Item> items() {
    return items;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ValueSetRecord)) {
      return false;
    }
    ValueSetRecord r = (ValueSetRecord) o;
    return id.equals(r.id) && Objects.equals(description, r.description) && Objects.equals(status, r.status)
        && Objects.equals(version, r.version) && Objects.equals(versionName, r.versionName) && items.equals(r.items);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, description, status, version, versionName, items);
  }

  @Override
  public String toString() {
    return "ValueSetRecord{" + id + (version == null ? "" : " v" + version) + ", " + items.size() + " items}";
  }

  /**
   * One item of a value set: code, display name, status.
   *
   * <p>Thread safety: immutable.
   */
  public static final class Item {
    private final String code;
    private final String displayName;
    private final String status;

    private Item(String code, String displayName, String status) {
      this.code = Objects.requireNonNull(code, "code");
      if (code.isEmpty()) {
        throw new IllegalArgumentException("code must not be empty");
      }
      this.displayName = displayName == null || displayName.isEmpty() ? null : displayName;
      this.status = status == null || status.isEmpty() ? null : status;
    }

    /** An item ({@code displayName} and {@code status} may be null). */
    public static Item of(String code, String displayName, String status) {
      return new Item(code, displayName, status);
    }

    /** The item's code (项目代码). */
    public String code() {
      return code;
    }

    /** The display name (项目描述). */
    public Optional<String> displayName() {
      return Optional.ofNullable(displayName);
    }

    /** The status code as written (项目状态). */
    public Optional<String> status() {
      return Optional.ofNullable(status);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Item && code.equals(((Item) o).code) && Objects.equals(displayName, ((Item) o).displayName)
          && Objects.equals(status, ((Item) o).status);
    }

    @Override
    public int hashCode() {
      return Objects.hash(code, displayName, status);
    }

    @Override
    public String toString() {
      return "Item{" + code + "}";
    }
  }

  /**
   * Builds a {@link ValueSetRecord}.
   *
   * <p>Thread safety: not thread-safe.
   */
  public static final class Builder {
    private final String id;
    private String description;
    private String status;
    private String version;
    private String versionName;
    private final List<Item> items = new ArrayList<>();

    private Builder(String id) {
      this.id = Objects.requireNonNull(id, "id");
      if (id.isEmpty()) {
        throw new IllegalArgumentException("id must not be empty");
      }
    }

    /** The description, or null. */
    public Builder description(String description) {
      this.description = description == null || description.isEmpty() ? null : description;
      return this;
    }

    /** The status code, or null. */
    public Builder status(String status) {
      this.status = status == null || status.isEmpty() ? null : status;
      return this;
    }

    /** The version code, or null. */
    public Builder version(String version) {
      this.version = version == null || version.isEmpty() ? null : version;
      return this;
    }

    /** The version's display name, or null. */
    public Builder versionName(String versionName) {
      this.versionName = versionName == null || versionName.isEmpty() ? null : versionName;
      return this;
    }

    /** Adds an item. */
    public Builder addItem(Item item) {
      items.add(Objects.requireNonNull(item, "item"));
      return this;
    }

    /** Builds the record. */
    public ValueSetRecord build() {
      return new ValueSetRecord(this);
    }
  }
}
