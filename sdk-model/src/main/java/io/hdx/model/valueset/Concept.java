package io.hdx.model.valueset;

import java.util.Objects;

/**
 * One code of a code system, with its display name and the code system's OID and name: what an
 * HL7 CD value in a WS/T 500 document carries, e.g. {@code 1} {@code 男性} from
 * {@code 2.16.156.10011.2.3.3.4} {@code 生理性别代码表(GB/T 2261.1)}.
 *
 * <pre>{@code
 * Concept male = ValueSetRegistry.standard().get("2.16.156.10011.2.3.3.4").lookup("1").get();
 * }</pre>
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public final class Concept implements Coded {

  private final String code;
  private final String displayName;
  private final String codeSystem;
  private final String codeSystemName;

  private Concept(String code, String displayName, String codeSystem, String codeSystemName) {
    this.code = requireNonEmpty(code, "code");
    this.displayName = requireNonEmpty(displayName, "displayName");
    this.codeSystem = requireNonEmpty(codeSystem, "codeSystem");
    this.codeSystemName = requireNonEmpty(codeSystemName, "codeSystemName");
  }

  /**
   * A concept.
   *
   * @param code e.g. {@code 1}
   * @param displayName e.g. {@code 男性}
   * @param codeSystem OID, e.g. {@code 2.16.156.10011.2.3.3.4}
   * @param codeSystemName e.g. {@code 生理性别代码表(GB/T 2261.1)}
   * @return the concept
   * @throws IllegalArgumentException if a field is empty
   */
  public static Concept of(String code, String displayName, String codeSystem,
      String codeSystemName) {
    return new Concept(code, displayName, codeSystem, codeSystemName);
  }

  /**
   * The concept a {@link Coded} value stands for, e.g. an enum constant such as
   * {@link Sex#MALE}.
   */
  public static Concept of(Coded coded) {
    Objects.requireNonNull(coded, "coded");
    return coded instanceof Concept ? (Concept) coded
        : new Concept(coded.code(), coded.displayName(), coded.codeSystem(),
            coded.codeSystemName());
  }

  private static String requireNonEmpty(String s, String name) {
    Objects.requireNonNull(s, name);
    if (s.isEmpty()) {
      throw new IllegalArgumentException(name + " is empty");
    }
    return s;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String displayName() {
    return displayName;
  }

  @Override
  public String codeSystem() {
    return codeSystem;
  }

  @Override
  public String codeSystemName() {
    return codeSystemName;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Concept)) {
      return false;
    }
    Concept other = (Concept) o;
    return code.equals(other.code) && displayName.equals(other.displayName)
        && codeSystem.equals(other.codeSystem) && codeSystemName.equals(other.codeSystemName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, displayName, codeSystem, codeSystemName);
  }

  /** E.g. {@code Concept{1 男性 in 2.16.156.10011.2.3.3.4}}: vocabulary, not patient data. */
  @Override
  public String toString() {
    return "Concept{" + code + " " + displayName + " in " + codeSystem + "}";
  }
}
