package io.hdx.security.deid;

import java.util.Objects;
import java.util.Optional;

/**
 * What the engine knows of one datum of a document, as the document layout lists it: its path
 * (CDA XPath), its data element (WS 363 / WS 445 code) if it has one, the identifier scheme OID of
 * an {@code II}, its personal-data category and the kind of value. Never the value itself.
 *
 * <pre>{@code
 * Datum name = Datum.builder("/ClinicalDocument/recordTarget/patientRole/patient/name", Category.DIRECT, ValueKind.NAME)
 *     .dataElement("DE02.01.039.00").build();
 * }</pre>
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public final class Datum {
  private final String path;
  private final String dataElement;
  private final String identifierOid;
  private final Category category;
  private final ValueKind kind;

  private Datum(Builder b) {
    this.path = b.path;
    this.dataElement = b.dataElement;
    this.identifierOid = b.identifierOid;
    this.category = b.category;
    this.kind = b.kind;
  }

  /** A datum at {@code path} of {@code category} holding a {@code kind} of value. */
  public static Datum of(String path, Category category, ValueKind kind) {
    return builder(path, category, kind).build();
  }

  /** A builder. */
  public static Builder builder(String path, Category category, ValueKind kind) {
    return new Builder(path, category, kind);
  }

  /** A builder holding this datum's values. */
  public Builder toBuilder() {
    Builder b = new Builder(path, category, kind);
    b.dataElement = dataElement;
    b.identifierOid = identifierOid;
    return b;
  }

  /** The path, e.g. a CDA XPath. */
  public String path() {
    return path;
  }

  /** The data element code, e.g. {@code DE02.01.039.00}. */
  public Optional<String> dataElement() {
    return Optional.ofNullable(dataElement);
  }

  /** The identifier scheme OID of an identifier, e.g. {@code 2.16.156.10011.1.3}. */
  public Optional<String> identifierOid() {
    return Optional.ofNullable(identifierOid);
  }

  /** The personal-data category. */
  public Category category() {
    return category;
  }

  /** The kind of value. */
  public ValueKind kind() {
    return kind;
  }

  /** The name a manifest counts this datum under: its data element, else its identifier OID, else its path. */
  public String countKey() {
    if (dataElement != null) {
      return dataElement;
    }
    return identifierOid != null ? identifierOid : path;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Datum)) {
      return false;
    }
    Datum d = (Datum) o;
    return path.equals(d.path) && Objects.equals(dataElement, d.dataElement)
        && Objects.equals(identifierOid, d.identifierOid) && category == d.category && kind == d.kind;
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, dataElement, identifierOid, category, kind);
  }

  @Override
  public String toString() {
    return "Datum[" + path + ", " + (dataElement == null ? "-" : dataElement) + ", "
        + (identifierOid == null ? "-" : identifierOid) + ", " + category.jsonName() + ", " + kind.jsonName() + "]";
  }

  /**
   * Builds a {@link Datum}.
   *
   * <p>Thread safety: not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final String path;
    private final Category category;
    private final ValueKind kind;
    private String dataElement;
    private String identifierOid;

    private Builder(String path, Category category, ValueKind kind) {
      this.path = Objects.requireNonNull(path, "path");
      this.category = Objects.requireNonNull(category, "category");
      this.kind = Objects.requireNonNull(kind, "kind");
    }

    /** The data element code. */
    public Builder dataElement(String code) {
      this.dataElement = Objects.requireNonNull(code, "code");
      return this;
    }

    /** The identifier scheme OID. */
    public Builder identifierOid(String oid) {
      this.identifierOid = Objects.requireNonNull(oid, "oid");
      return this;
    }

    /** The datum. */
    public Datum build() {
      return new Datum(this);
    }
  }
}
