package io.hdx.model.datatype;

import io.hdx.model.valueset.CodeSystem;
import io.hdx.model.valueset.Coded;
import java.util.Objects;
import java.util.Optional;

/**
 * HL7 V3 CD, CE and CV: a code from a code system identified by OID, with its display name, e.g.
 * sex {@code 1 男性} in {@code 2.16.156.10011.2.3.3.4} (GB/T 2261.1). The {@link #type()} records
 * which of the three the document used, so that a decoded value is written back the same way.
 *
 * <p>A code whose {@code @codeSystem} is missing or no OID is kept as a document wrote it
 * ({@link Builder#buildAsWritten()}): a well-formed document is read whatever its values, and the validator
 * reports it (issue 10); {@link #isValid()} is false for it and {@link #codeSystem()} gives the text as written, or
 * {@code ""} when missing.
 *
 * <p>Thread safety: immutable.
 *
 * <pre>{@code
 * CodedValue sex = CodedValue.of(Sex.MALE);
 * CodedValue icd = CodedValue.builder().code("I10").codeSystem(CodeSystems.ICD10_DIAGNOSIS)
 *     .displayName("特发性(原发性)高血压").build();   // 2.16.156.10011.2.3.3.11.1, as C0004 binds it
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CodedValue implements Hl7Value, Coded {
  private final Hl7Type type;
  private final String code;
  private final String codeSystem;
  private final String codeSystemName;
  private final String displayName;

  private CodedValue(Builder builder, boolean asWritten) {
    this.type = Objects.requireNonNull(builder.type, "type");
    if (!type.isCoded()) {
      throw new IllegalArgumentException("type must be CD, CE or CV");
    }
    this.code = Objects.requireNonNull(builder.code, "code");
    if (code.isEmpty()) {
      throw new IllegalArgumentException("code must not be empty");
    }
    this.codeSystem = asWritten ? builder.codeSystem : Oids.requireValid(builder.codeSystem, "codeSystem");
    this.codeSystemName = builder.codeSystemName;
    this.displayName = builder.displayName;
  }

  /** A CD value carrying {@code concept}'s code, display name and code system. */
  public static CodedValue of(Coded concept) {
    Objects.requireNonNull(concept, "concept");
    return builder()
        .code(concept.code())
        .codeSystem(concept.codeSystem())
        .codeSystemName(emptyToNull(concept.codeSystemName()))
        .displayName(emptyToNull(concept.displayName()))
        .build();
  }

  /** A new builder; the type defaults to CD. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this value's fields. */
  public Builder toBuilder() {
    return new Builder()
        .type(type)
        .code(code)
        .codeSystem(codeSystem)
        .codeSystemName(codeSystemName)
        .displayName(displayName);
  }

  @Override
  public Hl7Type type() {
    return type;
  }

  @Override
  public String code() {
    return code;
  }

  /** The code system's OID; for a value {@link Builder#buildAsWritten() as written}, the text or {@code ""}. */
  @Override
  public String codeSystem() {
    return codeSystem == null ? "" : codeSystem;
  }

  /** The {@code @codeSystem} as written; empty only for a value built {@link Builder#buildAsWritten() as written}. */
  public Optional<String> codeSystemIfPresent() {
    return Optional.ofNullable(codeSystem);
  }

  /** Whether {@code @codeSystem} is an OID; false for a value built {@link Builder#buildAsWritten() as written}. */
  @Override
  public boolean isValid() {
    return codeSystem != null && Oids.isValid(codeSystem);
  }

  /** The code system's name, or an empty string when the document gave none. */
  @Override
  public String codeSystemName() {
    return codeSystemName == null ? "" : codeSystemName;
  }

  /** The display name, or an empty string when the document gave none. */
  @Override
  public String displayName() {
    return displayName == null ? "" : displayName;
  }

  /** The code system's name as given, if it was. */
  public Optional<String> codeSystemNameIfPresent() {
    return Optional.ofNullable(codeSystemName);
  }

  /** The display name as given, if it was. */
  public Optional<String> displayNameIfPresent() {
    return Optional.ofNullable(displayName);
  }

  /** Whether this is the same concept as {@code other}: same code in the same code system. */
  public boolean sameConcept(Coded other) {
    return code.equals(other.code()) && codeSystem().equals(other.codeSystem());
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof CodedValue)) {
      return false;
    }
    CodedValue other = (CodedValue) o;
    return type == other.type
        && code.equals(other.code)
        && Objects.equals(codeSystem, other.codeSystem)
        && Objects.equals(codeSystemName, other.codeSystemName)
        && Objects.equals(displayName, other.displayName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, code, codeSystem, codeSystemName, displayName);
  }

  /** Code and code system; codes are not patient data by themselves. */
  @Override
  public String toString() {
    return type + "[" + code + "@" + (isValid() ? codeSystem : "INVALID") + "]";
  }

  /**
   * Builds a {@link CodedValue}. Thread safety: not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private Hl7Type type = Hl7Type.CD;
    private String code;
    private String codeSystem;
    private String codeSystemName;
    private String displayName;

    private Builder() {}

    /** CD (default), CE or CV. */
    public Builder type(Hl7Type type) {
      this.type = type;
      return this;
    }

    /** The code (required). */
    public Builder code(String code) {
      this.code = code;
      return this;
    }

    /** The code system OID (required). */
    public Builder codeSystem(String codeSystem) {
      this.codeSystem = codeSystem;
      return this;
    }

    /**
     * The code system's OID and name, e.g. {@link io.hdx.model.valueset.CodeSystems#ICD10_DIAGNOSIS}.
     */
    public Builder codeSystem(CodeSystem system) {
      this.codeSystem = system.oid();
      this.codeSystemName = system.name();
      return this;
    }

    /** The code system's name, or {@code null}. */
    public Builder codeSystemName(String codeSystemName) {
      this.codeSystemName = codeSystemName;
      return this;
    }

    /** The display name, or {@code null}. */
    public Builder displayName(String displayName) {
      this.displayName = displayName;
      return this;
    }

    /**
     * Builds the value.
     *
     * @throws NullPointerException when code or code system is missing
     * @throws IllegalArgumentException when the type is not coded, the code is empty or the code
     *     system is not an OID
     */
    public CodedValue build() {
      return new CodedValue(this, false);
    }

    /**
     * The value as a document wrote it, its {@code codeSystem} missing ({@code null}) or no OID: what a lenient
     * decoder keeps so that the document is written back unchanged ({@link CodedValue#isValid()} is false when
     * it is). Type and code are still required.
     *
     * @throws NullPointerException when the code is missing
     * @throws IllegalArgumentException when the type is not coded or the code is empty
     */
    public CodedValue buildAsWritten() {
      return new CodedValue(this, true);
    }
  }
}
