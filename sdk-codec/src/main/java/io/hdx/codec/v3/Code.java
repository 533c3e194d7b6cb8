package io.hdx.codec.v3;

import java.util.Objects;
import java.util.Optional;

/**
 * A coded value (CD/CE/CV) as platform messages carry it: code, code system, and optionally the code system's
 * name and a display name. Read from the R1 form ({@code displayName} attribute) and the 2016 national form
 * ({@code <displayName value=".."/>} child). Lenient on purpose: the older style writes code systems such as
 * {@code 2} or {@code 0}; the simulator judges them, the codec keeps them.
 *
 * <p>Thread safety: immutable.
 *
 * <pre>{@code Code male = Code.of("1", "2.16.156.10011.2.3.3.4", "男性");}</pre>
 *
 * @since 0.1.0
 */
public final class Code {
  private final String code;
  private final String codeSystem;
  private final String codeSystemName;
  private final String displayName;

  private Code(String code, String codeSystem, String codeSystemName, String displayName) {
    this.code = Objects.requireNonNull(code, "code");
    if (code.isEmpty()) {
      throw new IllegalArgumentException("code must not be empty");
    }
    this.codeSystem = codeSystem == null ? "" : codeSystem;
    this.codeSystemName = emptyToNull(codeSystemName);
    this.displayName = emptyToNull(displayName);
  }

  /** A code in a code system, with an optional display name ({@code displayName} may be null). */
  public static Code of(String code, String codeSystem, String displayName) {
    return new Code(code, codeSystem, null, displayName);
  }

  /** A code with every field ({@code codeSystemName} and {@code displayName} may be null). */
  public static Code of(String code, String codeSystem, String codeSystemName, String displayName) {
    return new Code(code, codeSystem, codeSystemName, displayName);
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  /** The code. */
  public String code() {
    return code;
  }

  /** The code system OID as written ("" when absent). */
  public String codeSystem() {
    return codeSystem;
  }

  /** The code system's name, when written. */
  public Optional<String> codeSystemName() {
    return Optional.ofNullable(codeSystemName);
  }

  /** The display name, when written. */
  public Optional<String> displayName() {
    return Optional.ofNullable(displayName);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Code)) {
      return false;
    }
    Code c = (Code) o;
    return code.equals(c.code) && codeSystem.equals(c.codeSystem) && Objects.equals(codeSystemName, c.codeSystemName)
        && Objects.equals(displayName, c.displayName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, codeSystem, codeSystemName, displayName);
  }

  @Override
  public String toString() {
    return "Code{" + code + "@" + codeSystem + "}";
  }
}
