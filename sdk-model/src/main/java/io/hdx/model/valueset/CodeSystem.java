package io.hdx.model.valueset;

import io.hdx.model.datatype.Oids;
import java.util.Objects;
import java.util.Optional;

/**
 * A code system a shared document draws codes from: its OID, its name, and the standard that
 * defines it, plus the {@link CodeShape} its codes must have when HDX cannot ship the table
 * itself. The code systems the WS/T 500 and WS/T 483 documents use are constants of
 * {@link CodeSystems}; the codes HDX knows of each are in {@link ValueSetRegistry}.
 *
 * <pre>{@code
 * CodeSystem icd = CodeSystems.ICD10_DIAGNOSIS;           // 2.16.156.10011.2.3.3.11.1
 * CodedValue dx = CodedValue.builder().code("I10").codeSystem(icd).displayName("特发性(原发性)高血压").build();
 * icd.shape().get().matches("I10");                        // true
 * CodeSystem local = CodeSystem.builder().oid("1.2.156.999.1").name("本院科室代码").standard("local").build();
 * }</pre>
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public final class CodeSystem {
  private final String oid;
  private final String name;
  private final String standard;
  private final CodeShape shape;

  private CodeSystem(Builder b) {
    this.oid = Oids.requireValid(b.oid, "oid");
    this.name = requireText(b.name, "name");
    this.standard = requireText(b.standard, "standard");
    this.shape = b.shape;
  }

  private static String requireText(String s, String what) {
    Objects.requireNonNull(s, what);
    if (s.trim().isEmpty()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return s;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this code system's fields. */
  public Builder toBuilder() {
    return new Builder().oid(oid).name(name).standard(standard).shape(shape);
  }

  /** The OID, e.g. {@code 2.16.156.10011.2.3.3.4}. */
  public String oid() {
    return oid;
  }

  /** The name HDX writes as {@code codeSystemName}, e.g. {@code 生理性别代码表(GB/T 2261.1)}. */
  public String name() {
    return name;
  }

  /** The standard (and clause or edition) the code table comes from, e.g. {@code GB/T 2261.1-2003}. */
  public String standard() {
    return standard;
  }

  /**
   * The shape every code must have, for tables HDX cannot ship (ICD-10, ICD-9-CM-3); empty for
   * the others, whose codes {@link ValueSetRegistry} lists.
   */
  public Optional<CodeShape> shape() {
    return Optional.ofNullable(shape);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof CodeSystem)) {
      return false;
    }
    CodeSystem other = (CodeSystem) o;
    return oid.equals(other.oid) && name.equals(other.name) && standard.equals(other.standard)
        && shape == other.shape;
  }

  @Override
  public int hashCode() {
    return Objects.hash(oid, name, standard, shape);
  }

  @Override
  public String toString() {
    return "CodeSystem[" + oid + " " + name + " (" + standard + ")]";
  }

  /**
   * Builds a {@link CodeSystem}. Thread safety: not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private String oid;
    private String name;
    private String standard;
    private CodeShape shape;

    private Builder() {}

    /** The OID (required). */
    public Builder oid(String oid) {
      this.oid = oid;
      return this;
    }

    /** The name (required). */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /** The defining standard (required). */
    public Builder standard(String standard) {
      this.standard = standard;
      return this;
    }

    /** The shape codes must have, or {@code null} (the default) for none. */
    public Builder shape(CodeShape shape) {
      this.shape = shape;
      return this;
    }

    /**
     * Builds the code system.
     *
     * @throws NullPointerException when OID, name or standard is missing
     * @throws IllegalArgumentException when the OID is not an OID or a text is blank
     */
    public CodeSystem build() {
      return new CodeSystem(this);
    }
  }
}
