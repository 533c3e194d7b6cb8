package io.hdx.model.valueset;

import java.util.Objects;
import java.util.Optional;

/** The code lookup the typed value-set enums share. Thread safety: stateless. */
final class CodedEnums {
  private CodedEnums() {}

  /** The constant of {@code values} whose {@link Coded#code()} is {@code code}, exactly. */
  static <E extends Coded> Optional<E> fromCode(E[] values, String code) {
    Objects.requireNonNull(code, "code");
    for (E value : values) {
      if (value.code().equals(code)) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }
}
